//! The records of the synthetic population, as plain Rust values.
//!
//! Each record keeps what a learner needs and what FHIR needs; the coding (SNOMED CT,
//! LOINC, dm+d, UCUM) lives in `codes`, so the records stay small.

use crate::codes::{ConditionKind, Medicine, ObservationKind, Vaccine};
use c4h_dates::{Date, DateTime};

/// A fictional GP practice. Codes are `SYN01`…: real ODS practice codes are a letter and
/// five digits, so ours can never be mistaken for one.
#[derive(Debug, Clone, PartialEq)]
pub struct Practice {
    pub code: String,
    pub name: String,
    pub town: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Female,
    Male,
}

impl Sex {
    /// FHIR's administrative gender, which is also the word learners use.
    pub fn as_str(self) -> &'static str {
        match self {
            Sex::Female => "female",
            Sex::Male => "male",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Patient {
    /// Ten digits, from the 999 test range, with a valid check digit.
    pub nhs_number: String,
    pub given_name: String,
    pub family_name: String,
    pub sex: Sex,
    pub birth_date: Date,
    /// Index into `Population::practices`.
    pub practice: usize,
    /// An Ofcom drama number: `07700 900xxx`.
    pub phone: String,
    /// Always at example.com (RFC 2606).
    pub email: String,
    pub conditions: Vec<Condition>,
    /// Observations in time order (hospital vital signs included).
    pub observations: Vec<Observation>,
    pub medications: Vec<MedicationRequest>,
    pub appointments: Vec<Appointment>,
    pub immunisations: Vec<Immunisation>,
    pub hospital_stays: Vec<HospitalStay>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub kind: ConditionKind,
    pub onset: Date,
}

/// What was measured. Blood pressure has two numbers; the rest one, or a word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading {
    Number(f64),
    BloodPressure {
        systolic: f64,
        diastolic: f64,
    },
    /// ACVPU: 'A' alert, 'C' new confusion, 'V' voice, 'P' pain, 'U' unresponsive.
    Consciousness(char),
    /// Breathing air (false) or given supplemental oxygen (true).
    OnOxygen(bool),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub kind: ObservationKind,
    pub taken: DateTime,
    pub reading: Reading,
    /// Index into the patient's `hospital_stays` when taken on a ward.
    pub stay: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MedicationRequest {
    pub medicine: &'static Medicine,
    pub start: Date,
    /// None while the patient still takes it.
    pub end: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppointmentStatus {
    Booked,
    Fulfilled,
    /// Did not attend.
    NoShow,
    Cancelled,
}

impl AppointmentStatus {
    /// FHIR's Appointment.status codes.
    pub fn as_fhir(self) -> &'static str {
        match self {
            AppointmentStatus::Booked => "booked",
            AppointmentStatus::Fulfilled => "fulfilled",
            AppointmentStatus::NoShow => "noshow",
            AppointmentStatus::Cancelled => "cancelled",
        }
    }

    /// Plain words for learners.
    pub fn as_words(self) -> &'static str {
        match self {
            AppointmentStatus::Booked => "booked",
            AppointmentStatus::Fulfilled => "attended",
            AppointmentStatus::NoShow => "did not attend",
            AppointmentStatus::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Appointment {
    pub start: DateTime,
    pub minutes: u16,
    /// "GP appointment", "Nurse: annual review", …
    pub service: &'static str,
    pub status: AppointmentStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Immunisation {
    pub vaccine: &'static Vaccine,
    pub given: Date,
}

/// An inpatient stay; its vital-sign sets are observations with `stay` set.
#[derive(Debug, Clone, PartialEq)]
pub struct HospitalStay {
    pub admitted: DateTime,
    pub discharged: DateTime,
    pub reason: &'static str,
}

/// The whole data set.
#[derive(Debug, Clone, PartialEq)]
pub struct Population {
    pub seed: u64,
    /// The data set's "today": nothing happens after it except booked appointments.
    pub reference_date: Date,
    pub practices: Vec<Practice>,
    /// Sorted by NHS number.
    pub patients: Vec<Patient>,
}

impl Population {
    /// The patient with these ten digits.
    pub fn patient(&self, nhs_number: &str) -> Option<&Patient> {
        self.patients
            .binary_search_by(|patient| patient.nhs_number.as_str().cmp(nhs_number))
            .ok()
            .map(|index| &self.patients[index])
    }

    pub fn practice_of(&self, patient: &Patient) -> &Practice {
        &self.practices[patient.practice]
    }
}

impl Patient {
    pub fn name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }

    pub fn has(&self, kind: ConditionKind) -> bool {
        self.conditions
            .iter()
            .any(|condition| condition.kind == kind)
    }

    pub fn observations_of(&self, kind: ObservationKind) -> impl Iterator<Item = &Observation> {
        self.observations
            .iter()
            .filter(move |observation| observation.kind == kind)
    }
}
