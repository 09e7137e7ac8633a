//! c4h-healthdata: the synthetic population learners practise on, and its FHIR R4 form.
//!
//! It makes a population of fictional patients from a seed ([`generate`]): the same seed
//! and [`DATASET_VERSION`] give byte-identical data on every machine and in every browser.
//! It answers FHIR-style requests ([`fhir::request`]) with UK Core shaped JSON, and
//! exports the data set as FHIR or CSV. Everything in it is obviously fake: NHS numbers
//! from the 999 test range, Ofcom drama phone numbers, example.com emails, practice codes
//! that cannot be ODS codes, and a test-data tag on every FHIR resource.
//! It knows nothing of Rhai or the browser: the sandbox turns these records into values a
//! script can use.

pub mod codes;
pub mod csv;
pub mod fhir;
mod generate;
pub mod model;
pub mod news2;
pub mod nhs_number;
mod random;

pub use c4h_dates::{Date, DateTime};
pub use generate::{
    DATASET_VERSION, DEFAULT_PATIENTS, DEFAULT_SEED, HISTORY_YEARS, MAX_PATIENTS, PrevalenceTarget,
    QOF_PREVALENCE, Settings, generate, reference_date,
};
pub use model::*;
