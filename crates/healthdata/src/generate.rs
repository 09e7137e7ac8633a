//! Making the population: deterministic from a seed, clinically plausible, obviously fake.
//!
//! The master generator draws each patient's NHS number and then one seed per patient, in
//! order, before any patient is made (as Synthea does; see docs/data-sources.md,
//! 'Population and seeds'), so one patient's history never shifts another's. Nothing
//! depends on the clock, on hash-map order or on the platform.
//!
//! The data is made to behave like a UK practice list. A few figures come from published
//! sources; every other rate is a modelling choice (docs/data-sources.md lists every rate
//! with its source, or says that it has none):
//! * age bands: ONS mid-2022 population estimates for the UK, by ten-year band (see
//!   docs/data-sources.md, 'Age and sex');
//! * condition prevalence by age, tuned so each condition lands near NHS England's Quality
//!   and Outcomes Framework 2023-24 recorded prevalence, counted over QOF's own denominator
//!   (the figures are in [`QOF_PREVALENCE`]; see docs/data-sources.md, 'Condition
//!   prevalence');
//! * the first blood pressure medicine: NICE NG136 (see docs/data-sources.md, 'Medicines');
//! * HbA1c bands: WHO 2011 (48 mmol/mol or more, diabetes) and NICE PH38 (42 to 47,
//!   non-diabetic hyperglycaemia; see docs/data-sources.md, 'HbA1c');
//! * who is offered flu vaccination: the Green Book, chapter 19 (see docs/data-sources.md,
//!   'Flu vaccination');
//! * who has an NHS Health Check: the NHS Health Check programme, ages 40 to 74, every five
//!   years (see docs/data-sources.md, 'Appointments and reviews').

use std::collections::BTreeSet;

use crate::codes::{self, ConditionKind, Medicine, ObservationKind};
use crate::model::*;
use crate::news2;
use crate::nhs_number;
use crate::random::Random;
use c4h_dates::{Date, DateTime};

/// Bumped whenever the same seed would give different data.
pub const DATASET_VERSION: u32 = 2;
pub const DEFAULT_SEED: u64 = 2025;
pub const DEFAULT_PATIENTS: usize = 1000;
/// Enough for any exercise, small enough to generate in a browser.
pub const MAX_PATIENTS: usize = 100_000;
/// Years of history before the reference date.
pub const HISTORY_YEARS: i32 = 5;

/// The data set's "today": 31 March 2025, the end of a financial year. Never the real date,
/// so the data is the same whenever it is made.
pub fn reference_date() -> Date {
    Date::from_ymd(2025, 3, 31).expect("a real date")
}

/// What to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub seed: u64,
    pub patients: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            seed: DEFAULT_SEED,
            patients: DEFAULT_PATIENTS,
        }
    }
}

fn practices() -> Vec<Practice> {
    [
        ("SYN01", "Riverside Medical Centre", "Fernley"),
        ("SYN02", "Oak Tree Surgery", "Ashcombe Vale"),
        ("SYN03", "Harbour View Health Centre", "Saltmouth"),
        ("SYN04", "Kingsmead Family Practice", "Kingsmead Cross"),
        ("SYN05", "Hillside Group Practice", "Upper Brackwood"),
    ]
    .into_iter()
    .map(|(code, name, town)| Practice {
        code: code.into(),
        name: name.into(),
        town: town.into(),
    })
    .collect()
}

/// Share of patients at each practice.
const PRACTICE_WEIGHTS: [f64; 5] = [0.26, 0.22, 0.20, 0.18, 0.14];

/// ONS mid-2022, UK, percent by band 0–9, 10–19, …, 80–89, 90–99 (see docs/data-sources.md,
/// 'Age and sex').
const AGE_BAND_PERCENT: [f64; 10] = [11.3, 11.9, 12.3, 13.4, 12.3, 13.3, 11.0, 8.9, 4.4, 1.0];

const FEMALE_NAMES: &[&str] = &[
    "Olivia",
    "Amelia",
    "Isla",
    "Ava",
    "Mia",
    "Grace",
    "Sophie",
    "Emily",
    "Ella",
    "Lily",
    "Freya",
    "Chloe",
    "Aisha",
    "Fatima",
    "Priya",
    "Zara",
    "Maryam",
    "Hannah",
    "Ruth",
    "Margaret",
    "Susan",
    "Patricia",
    "Janet",
    "Linda",
    "Sandra",
    "Karen",
    "Helen",
    "Julie",
    "Claire",
    "Sarah",
    "Emma",
    "Rebecca",
    "Joanne",
    "Nicola",
    "Siobhan",
    "Niamh",
    "Agnieszka",
    "Ngozi",
    "Mei",
    "Rhiannon",
];
const MALE_NAMES: &[&str] = &[
    "Oliver", "George", "Noah", "Arthur", "Harry", "Leo", "Jack", "Oscar", "Charlie", "Muhammad",
    "Ahmed", "Omar", "Arjun", "Ravi", "Kwame", "Tomasz", "David", "John", "Michael", "Paul",
    "Peter", "Robert", "Stephen", "Andrew", "Mark", "Richard", "Ian", "Gary", "Colin", "Keith",
    "James", "Thomas", "Daniel", "Samuel", "Owen", "Rhys", "Callum", "Connor", "Wei", "Dylan",
];
const FAMILY_NAMES: &[&str] = &[
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Thomas",
    "Clarke",
    "Jackson",
    "Wood",
    "Harris",
    "Edwards",
    "Turner",
    "Martin",
    "Cooper",
    "Hill",
    "Ward",
    "Hughes",
    "Moore",
    "Clark",
    "King",
    "Harrison",
    "Lewis",
    "Baker",
    "Lee",
    "Allen",
    "Morris",
    "Khan",
    "Ali",
    "Begum",
    "Hussain",
    "Singh",
    "Kaur",
    "Shah",
    "Okafor",
    "Mensah",
    "Nowak",
    "Kowalski",
    "Chen",
    "Wong",
    "Murphy",
    "Kelly",
    "Campbell",
    "Stewart",
    "MacDonald",
    "Price",
    "Lloyd",
    "Morgan",
];

/// Makes the population for these settings.
pub fn generate(settings: Settings) -> Population {
    let count = settings.patients.min(MAX_PATIENTS);
    let reference = reference_date();
    let mut master = Random::new(settings.seed);
    // Each patient's NHS number and seed come from the master stream in turn, so patient n
    // depends only on the first n draws: a smaller data set is the start of a larger one.
    let mut used = BTreeSet::new();
    let mut patients = Vec::with_capacity(count);
    while patients.len() < count {
        let last_six = master.between(0, 999_999) as u32;
        let Some(number) = nhs_number::test_number(last_six) else {
            continue;
        };
        if !used.insert(last_six) {
            continue;
        }
        let seed = master.next_u64();
        patients.push(make_patient(number, &mut Random::new(seed), reference));
    }
    patients.sort_by(|a, b| a.nhs_number.cmp(&b.nhs_number));
    Population {
        seed: settings.seed,
        reference_date: reference,
        practices: practices(),
        patients,
    }
}

/// A value rounded to `decimals` places (plain arithmetic, so the same everywhere).
fn round_to(value: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    (value * scale).round() / scale
}

fn make_patient(nhs_number: String, random: &mut Random, reference: Date) -> Patient {
    let sex = if random.chance(0.505) {
        Sex::Female
    } else {
        Sex::Male
    };
    let band = random.weighted(&AGE_BAND_PERCENT) as i64;
    let age = random.between(band * 10, band * 10 + 9) as i32;
    let birth_date = reference
        .add_years(-age)
        .add_days(-(random.between(0, 364) as i32));
    let given_name = match sex {
        Sex::Female => *random.pick(FEMALE_NAMES),
        Sex::Male => *random.pick(MALE_NAMES),
    };
    let family_name = *random.pick(FAMILY_NAMES);
    let practice = random.weighted(&PRACTICE_WEIGHTS);
    let phone = format!("07700 900{:03}", random.between(0, 999));
    let email = format!(
        "{}.{}{}@example.com",
        given_name.to_lowercase(),
        family_name.to_lowercase(),
        random.between(1, 99)
    );
    let mut patient = Patient {
        nhs_number,
        given_name: given_name.into(),
        family_name: family_name.into(),
        sex,
        birth_date,
        practice,
        phone,
        email,
        conditions: Vec::new(),
        observations: Vec::new(),
        medications: Vec::new(),
        appointments: Vec::new(),
        immunisations: Vec::new(),
        hospital_stays: Vec::new(),
    };
    let mut history = History::new(&mut patient, random, reference);
    history.conditions();
    history.medications();
    history.reviews_and_measurements();
    history.gp_appointments();
    history.flu_immunisations();
    history.hospital_stays();
    history.finish();
    patient
}

/// A recorded prevalence figure the generator is tuned to: the condition, the figure, and who
/// it counts (QOF divides each register by the practice list, or by the patients on it of at
/// least a given age).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrevalenceTarget {
    pub condition: ConditionKind,
    /// The cited figure, in percent.
    pub percent: f64,
    /// The youngest age, on the reference date, counted in the denominator (0: everyone).
    pub min_age: i32,
    /// The denominator, in words.
    pub denominator: &'static str,
    pub source: &'static str,
}

const QOF: &str = "NHS England, Quality and Outcomes Framework 2023-24, recorded prevalence";

/// QOF 2023-24 recorded prevalence in England, each over QOF's own denominator (see
/// docs/data-sources.md, 'Condition prevalence'). Non-diabetic hyperglycaemia has no
/// figure here.
pub const QOF_PREVALENCE: [PrevalenceTarget; 7] = [
    PrevalenceTarget {
        condition: ConditionKind::Hypertension,
        percent: 14.8,
        min_age: 0,
        denominator: "the whole list",
        source: QOF,
    },
    PrevalenceTarget {
        condition: ConditionKind::Type2Diabetes,
        percent: 7.7,
        min_age: 17,
        denominator: "patients aged 17 or over",
        source: QOF,
    },
    PrevalenceTarget {
        condition: ConditionKind::Asthma,
        percent: 6.5,
        min_age: 6,
        denominator: "patients aged 6 or over",
        source: QOF,
    },
    PrevalenceTarget {
        condition: ConditionKind::Copd,
        percent: 1.9,
        min_age: 0,
        denominator: "the whole list",
        source: QOF,
    },
    PrevalenceTarget {
        condition: ConditionKind::AtrialFibrillation,
        percent: 2.2,
        min_age: 0,
        denominator: "the whole list",
        source: QOF,
    },
    PrevalenceTarget {
        condition: ConditionKind::ChronicKidneyDisease,
        percent: 4.0,
        min_age: 18,
        denominator: "patients aged 18 or over",
        source: QOF,
    },
    PrevalenceTarget {
        condition: ConditionKind::HeartFailure,
        percent: 1.1,
        min_age: 0,
        denominator: "the whole list",
        source: QOF,
    },
];

/// Probability of having each condition now, by age in years: a modelling choice, tuned so
/// each condition lands near its figure in [`QOF_PREVALENCE`] (see docs/data-sources.md,
/// 'Condition prevalence'). A band below the condition's earliest onset age is 0, since it
/// could never apply.
fn prevalence(kind: ConditionKind, age: i32) -> f64 {
    let by_decade = |rates: [f64; 9]| rates[(age / 10).clamp(0, 8) as usize];
    match kind {
        ConditionKind::Hypertension => {
            by_decade([0.0, 0.0, 0.007, 0.025, 0.077, 0.17, 0.3, 0.43, 0.51])
        }
        ConditionKind::Type2Diabetes => {
            by_decade([0.0, 0.0, 0.004, 0.019, 0.047, 0.094, 0.14, 0.178, 0.168])
        }
        ConditionKind::NonDiabeticHyperglycaemia => {
            by_decade([0.0, 0.0, 0.005, 0.03, 0.06, 0.09, 0.12, 0.13, 0.13])
        }
        ConditionKind::Asthma if age < 5 => 0.01,
        ConditionKind::Asthma => 0.065,
        ConditionKind::Copd => by_decade([0.0, 0.0, 0.0, 0.0, 0.005, 0.02, 0.045, 0.07, 0.08]),
        ConditionKind::AtrialFibrillation => {
            by_decade([0.0, 0.0, 0.0, 0.001, 0.002, 0.011, 0.032, 0.086, 0.16])
        }
        ConditionKind::ChronicKidneyDisease => {
            by_decade([0.0, 0.0, 0.002, 0.004, 0.012, 0.024, 0.049, 0.114, 0.2])
        }
        ConditionKind::HeartFailure => {
            by_decade([0.0, 0.0, 0.0, 0.0, 0.003, 0.005, 0.013, 0.039, 0.092])
        }
    }
}

/// Youngest age at which the condition is diagnosed here.
fn earliest_onset_age(kind: ConditionKind) -> i32 {
    match kind {
        ConditionKind::Asthma => 3,
        ConditionKind::Copd => 40,
        ConditionKind::Hypertension | ConditionKind::Type2Diabetes => 20,
        _ => 25,
    }
}

/// One patient's five years, built in steps that share the patient's generator.
struct History<'a> {
    patient: &'a mut Patient,
    random: &'a mut Random,
    reference: Date,
    start: Date,
    /// The person's own levels, before conditions and treatment.
    height_cm: f64,
    body_mass_index: f64,
    systolic: f64,
    heart_rate: f64,
    hba1c: f64,
    /// How well their diabetes settles on treatment (mmol/mol above target).
    diabetes_control: f64,
}

impl<'a> History<'a> {
    fn new(patient: &'a mut Patient, random: &'a mut Random, reference: Date) -> History<'a> {
        let age = patient.birth_date.age_on(reference);
        let height_cm = match patient.sex {
            Sex::Female => random.normal(162.0, 6.5),
            Sex::Male => random.normal(176.0, 7.0),
        };
        let body_mass_index = random.normal(27.0, 4.5).clamp(17.0, 48.0);
        let systolic = 112.0 + 0.45 * f64::from((age - 20).max(0)) + random.normal(0.0, 9.0);
        let heart_rate = random.normal(72.0, 8.0);
        let hba1c = random.normal(36.0, 2.5);
        let diabetes_control = random.normal(0.0, 5.0);
        History {
            patient,
            random,
            reference,
            start: reference.add_years(-HISTORY_YEARS),
            height_cm,
            body_mass_index,
            systolic,
            heart_rate,
            hba1c,
            diabetes_control,
        }
    }

    fn age_on(&self, date: Date) -> i32 {
        self.patient.birth_date.age_on(date)
    }

    fn onset(&self, kind: ConditionKind) -> Option<Date> {
        self.patient
            .conditions
            .iter()
            .find(|condition| condition.kind == kind)
            .map(|condition| condition.onset)
    }

    fn conditions(&mut self) {
        let age = self.age_on(self.reference);
        // Diabetes is decided first: it changes the chance of high blood pressure and rules
        // out non-diabetic hyperglycaemia. (In ConditionKind::ALL's order hypertension came
        // first, so the raised chance below never applied.)
        let mut order = ConditionKind::ALL;
        order.sort_by_key(|kind| *kind != ConditionKind::Type2Diabetes);
        for kind in order {
            let mut chance = prevalence(kind, age);
            let has_diabetes = self.onset(ConditionKind::Type2Diabetes).is_some();
            match kind {
                ConditionKind::NonDiabeticHyperglycaemia if has_diabetes => continue,
                // Diabetes and high blood pressure often come together.
                ConditionKind::Hypertension if has_diabetes => chance *= 1.6,
                _ => {}
            }
            if !self.random.chance(chance) {
                continue;
            }
            let earliest = earliest_onset_age(kind);
            if age < earliest {
                continue;
            }
            // Diagnosed some time in the last fifteen years (or since the earliest age).
            let years_back = f64::from((age - earliest).min(15));
            let days_back = (self.random.uniform(0.0, years_back) * 365.25) as i32;
            let onset = self.reference.add_days(-days_back.max(14));
            self.patient.conditions.push(Condition { kind, onset });
        }
        if self.onset(ConditionKind::Type2Diabetes).is_some() {
            self.body_mass_index += 3.5;
        }
        if self.onset(ConditionKind::AtrialFibrillation).is_some() {
            self.heart_rate += 10.0;
        }
    }

    fn prescribe(&mut self, medicine: &'static Medicine, after: Date) {
        let start = after.add_days(self.random.between(7, 42) as i32);
        if start > self.reference {
            return;
        }
        let end = self
            .random
            .chance(0.05)
            .then(|| start.add_days(self.random.between(60, 700) as i32))
            .filter(|end| *end < self.reference);
        self.patient.medications.push(MedicationRequest {
            medicine,
            start,
            end,
        });
    }

    fn medications(&mut self) {
        let age = self.age_on(self.reference);
        if let Some(onset) = self.onset(ConditionKind::Hypertension) {
            // NICE NG136, step 1: an ACE inhibitor (or ARB) for people with type 2 diabetes at
            // any age, and for people under 55; a calcium-channel blocker from 55 without type 2
            // diabetes. The data has no family origin, so NG136's step for people of Black
            // African or African-Caribbean family origin is not modelled (see
            // docs/data-sources.md, 'Medicines').
            let ace_inhibitor_first =
                self.onset(ConditionKind::Type2Diabetes).is_some() || age < 55;
            let (first, second) = if ace_inhibitor_first {
                (&codes::RAMIPRIL, &codes::AMLODIPINE)
            } else {
                (&codes::AMLODIPINE, &codes::RAMIPRIL)
            };
            self.prescribe(first, onset);
            if self.random.chance(0.3) {
                self.prescribe(second, onset.add_days(180));
            }
            if self.random.chance(0.4) {
                self.prescribe(&codes::ATORVASTATIN, onset);
            }
        }
        if let Some(onset) = self.onset(ConditionKind::Type2Diabetes) {
            if self.random.chance(0.9) {
                self.prescribe(&codes::METFORMIN, onset);
            }
            if self.random.chance(0.25) {
                self.prescribe(&codes::GLICLAZIDE, onset.add_days(365));
            }
            let has_statin = self
                .patient
                .medications
                .iter()
                .any(|m| *m.medicine == codes::ATORVASTATIN);
            if age >= 40 && !has_statin && self.random.chance(0.8) {
                self.prescribe(&codes::ATORVASTATIN, onset);
            }
        }
        if let Some(onset) = self.onset(ConditionKind::Asthma) {
            self.prescribe(&codes::SALBUTAMOL, onset);
            if self.random.chance(0.7) {
                self.prescribe(&codes::BECLOMETASONE, onset);
            }
        }
        if let Some(onset) = self.onset(ConditionKind::Copd) {
            if self.onset(ConditionKind::Asthma).is_none() {
                self.prescribe(&codes::SALBUTAMOL, onset);
            }
            self.prescribe(&codes::TIOTROPIUM, onset);
        }
        if let Some(onset) = self.onset(ConditionKind::AtrialFibrillation)
            && self.random.chance(0.85)
        {
            self.prescribe(&codes::APIXABAN, onset);
        }
        self.patient.medications.sort_by_key(|m| m.start);
    }

    fn taking(&self, medicine: &Medicine, on: Date) -> bool {
        self.patient
            .medications
            .iter()
            .any(|m| m.medicine == medicine && m.start <= on && m.end.is_none_or(|end| on < end))
    }

    fn record(
        &mut self,
        kind: ObservationKind,
        taken: DateTime,
        reading: Reading,
        stay: Option<usize>,
    ) {
        let decimals = kind.info().decimals;
        let reading = match reading {
            Reading::Number(value) => Reading::Number(round_to(value, decimals)),
            Reading::BloodPressure {
                systolic,
                diastolic,
            } => Reading::BloodPressure {
                systolic: systolic.round(),
                diastolic: diastolic.round(),
            },
            other => other,
        };
        self.patient.observations.push(Observation {
            kind,
            taken,
            reading,
            stay,
        });
    }

    /// Usual systolic pressure on a day: age, untreated hypertension, treatment.
    fn systolic_on(&self, date: Date) -> f64 {
        let years = f64::from(self.start.days_until(date)) / 365.25;
        let mut systolic = self.systolic + 0.4 * years;
        if let Some(onset) = self.onset(ConditionKind::Hypertension) {
            // Rising in the year before diagnosis, high at it, lowered by each medicine.
            let days_to_onset = date.days_until(onset);
            systolic += if days_to_onset > 365 {
                8.0
            } else if days_to_onset > 0 {
                8.0 + 18.0 * (1.0 - f64::from(days_to_onset) / 365.0)
            } else {
                26.0
            };
            if self.taking(&codes::AMLODIPINE, date) {
                systolic -= 12.0;
            }
            if self.taking(&codes::RAMIPRIL, date) {
                systolic -= 10.0;
            }
        }
        systolic
    }

    /// Records a blood pressure reading and returns its systolic value, as recorded.
    fn blood_pressure(&mut self, taken: DateTime, stay: Option<usize>, shift: f64) -> f64 {
        let systolic = (self.systolic_on(taken.date) + shift + self.random.normal(0.0, 7.0))
            .clamp(75.0, 235.0);
        let diastolic = (0.45 * systolic + 14.0 + self.random.normal(0.0, 4.0)).clamp(40.0, 130.0);
        self.record(
            ObservationKind::BloodPressure,
            taken,
            Reading::BloodPressure {
                systolic,
                diastolic,
            },
            stay,
        );
        systolic.round()
    }

    /// HbA1c on a day, in mmol/mol (IFCC), made to land in the bands of WHO 2011 (48 or more:
    /// diabetes) and NICE PH38 (42 to 47: non-diabetic hyperglycaemia); see
    /// docs/data-sources.md, 'HbA1c'.
    fn hba1c_on(&self, date: Date) -> f64 {
        if let Some(onset) = self.onset(ConditionKind::Type2Diabetes) {
            let months = f64::from(onset.days_until(date)) / 30.44;
            let at_diagnosis = 62.0 + self.diabetes_control;
            let settled = 50.0 + self.diabetes_control * 0.6;
            let mut value = if months < 0.0 {
                // Creeping up towards the diagnosis.
                (at_diagnosis + months * 0.5).max(44.0)
            } else if months < 6.0 && self.taking(&codes::METFORMIN, date) {
                at_diagnosis + (settled - at_diagnosis) * months / 6.0
            } else if self.taking(&codes::METFORMIN, date) {
                settled + (months - 6.0) / 12.0
            } else {
                at_diagnosis + months / 12.0
            };
            if self.taking(&codes::GLICLAZIDE, date) {
                value -= 7.0;
            }
            value
        } else if self
            .onset(ConditionKind::NonDiabeticHyperglycaemia)
            .is_some()
        {
            44.0 + self.diabetes_control * 0.3
        } else {
            self.hba1c
        }
    }

    fn weight_on(&self, date: Date) -> f64 {
        let years = f64::from(self.start.days_until(date)) / 365.25;
        let age = self.age_on(date);
        // Adults gain about a kilogram a year to about 50, and lose slowly after 65 (see
        // docs/data-sources.md, 'Body measurements').
        let drift = if age < 50 {
            0.8
        } else if age < 65 {
            0.0
        } else {
            -0.5
        };
        let metres = self.height_cm / 100.0;
        self.body_mass_index * metres * metres + drift * years
    }

    /// Whether the person has any of the data set's long-term conditions, diagnosed by `day`.
    fn has_condition_on(&self, day: Date) -> bool {
        self.patient
            .conditions
            .iter()
            .any(|condition| condition.onset <= day)
    }

    /// Measurements at the practice (see docs/data-sources.md, 'Appointments and reviews'):
    /// a yearly review for adults with a long-term condition, an NHS Health Check every five
    /// years for healthy adults aged 40 to 74, and checks for high blood pressure and
    /// diabetes. Other healthy adults have only the occasional reading at a GP appointment
    /// (see `gp_appointments`).
    fn reviews_and_measurements(&mut self) {
        for year in 0..HISTORY_YEARS {
            let day = self
                .start
                .add_days(year * 365 + self.random.between(0, 364) as i32);
            if day > self.reference || self.age_on(day) < 18 || !self.has_condition_on(day) {
                continue;
            }
            let when = day.at(
                self.random.between(8, 17) as u16,
                10 * self.random.between(0, 5) as u16,
            );
            if !self.random.chance(0.92) {
                if self.random.chance(0.5) {
                    self.appointment(when, 20, "Nurse: annual review", AppointmentStatus::NoShow);
                }
                continue;
            }
            self.appointment(
                when,
                20,
                "Nurse: annual review",
                AppointmentStatus::Fulfilled,
            );
            self.blood_pressure(when, None, 0.0);
            let pulse = self.heart_rate + self.random.normal(0.0, 6.0);
            self.record(
                ObservationKind::HeartRate,
                when,
                Reading::Number(pulse),
                None,
            );
            self.weight_height_and_bmi(when);
            self.maybe_hba1c(when);
        }
        self.health_check();
        self.blood_pressure_checks();
        self.diabetes_reviews();
    }

    /// The NHS Health Check, offered once every five years to adults aged 40 to 74 who have
    /// none of the conditions it is not for; here, to anyone with none of the data set's
    /// conditions (anyone with one has a yearly review instead). Half take it up (a
    /// modelling choice).
    fn health_check(&mut self) {
        let day = self
            .start
            .add_days(self.random.between(0, 365 * HISTORY_YEARS as i64 - 1) as i32);
        let when = day.at(
            self.random.between(8, 17) as u16,
            10 * self.random.between(0, 5) as u16,
        );
        let eligible = day <= self.reference
            && (40..=74).contains(&self.age_on(day))
            && !self.has_condition_on(day);
        if !eligible || !self.random.chance(0.5) {
            return;
        }
        self.appointment(
            when,
            30,
            "Nurse: NHS Health Check",
            AppointmentStatus::Fulfilled,
        );
        self.blood_pressure(when, None, 0.0);
        self.weight_height_and_bmi(when);
        self.maybe_hba1c(when);
    }

    /// Weight, height and the body mass index worked out from them, as recorded.
    fn weight_height_and_bmi(&mut self, when: DateTime) {
        let weight = self.weight_on(when.date) + self.random.normal(0.0, 1.0);
        let height = self.height_cm + self.random.normal(0.0, 0.5);
        let height_recorded = round_to(height, 0);
        let weight_recorded = round_to(weight, 1);
        let metres = height_recorded / 100.0;
        self.record(
            ObservationKind::Weight,
            when,
            Reading::Number(weight_recorded),
            None,
        );
        self.record(
            ObservationKind::Height,
            when,
            Reading::Number(height_recorded),
            None,
        );
        self.record(
            ObservationKind::Bmi,
            when,
            Reading::Number(weight_recorded / (metres * metres)),
            None,
        );
    }

    /// An HbA1c test at a review or Health Check: always with non-diabetic hyperglycaemia,
    /// sometimes from 40, never with diabetes (which has its own reviews).
    fn maybe_hba1c(&mut self, when: DateTime) {
        let checks_sugar = self
            .onset(ConditionKind::NonDiabeticHyperglycaemia)
            .is_some()
            || (self.age_on(when.date) >= 40 && self.random.chance(0.15));
        if checks_sugar && self.onset(ConditionKind::Type2Diabetes).is_none() {
            let value = self.hba1c_on(when.date) + self.random.normal(0.0, 1.5);
            self.record(ObservationKind::Hba1c, when, Reading::Number(value), None);
        }
    }

    /// People with high blood pressure: checks every few months, and weekly around diagnosis.
    fn blood_pressure_checks(&mut self) {
        let Some(onset) = self.onset(ConditionKind::Hypertension) else {
            return;
        };
        let mut day = if onset > self.start {
            // The readings that led to the diagnosis, then follow-up.
            for week in [-3, -2, -1] {
                let when = onset
                    .add_days(week * 7)
                    .at(self.random.between(8, 17) as u16, 0);
                if when.date >= self.start {
                    self.appointment(
                        when,
                        10,
                        "Nurse: blood pressure check",
                        AppointmentStatus::Fulfilled,
                    );
                    self.blood_pressure(when, None, 0.0);
                }
            }
            onset.add_days(28)
        } else {
            self.start.add_days(self.random.between(0, 90) as i32)
        };
        while day <= self.reference {
            let when = day.at(self.random.between(8, 17) as u16, 30);
            self.appointment(
                when,
                10,
                "Nurse: blood pressure check",
                AppointmentStatus::Fulfilled,
            );
            self.blood_pressure(when, None, 0.0);
            day = day.add_days(self.random.between(70, 110) as i32);
        }
    }

    /// People with type 2 diabetes: HbA1c about every six months.
    fn diabetes_reviews(&mut self) {
        let Some(onset) = self.onset(ConditionKind::Type2Diabetes) else {
            return;
        };
        let mut day = onset
            .max(self.start)
            .add_days(self.random.between(0, 60) as i32);
        while day <= self.reference {
            let when = day.at(self.random.between(8, 17) as u16, 0);
            self.appointment(
                when,
                20,
                "Nurse: diabetes review",
                AppointmentStatus::Fulfilled,
            );
            let value = self.hba1c_on(day) + self.random.normal(0.0, 2.5);
            self.record(
                ObservationKind::Hba1c,
                when,
                Reading::Number(value.max(30.0)),
                None,
            );
            day = day.add_days(self.random.between(160, 200) as i32);
        }
    }

    fn appointment(
        &mut self,
        start: DateTime,
        minutes: u16,
        service: &'static str,
        status: AppointmentStatus,
    ) {
        self.patient.appointments.push(Appointment {
            start,
            minutes,
            service,
            status,
        });
    }

    fn gp_appointments(&mut self) {
        let age = self.age_on(self.reference);
        let per_year = 2.0
            + self.patient.conditions.len() as f64
            + if age >= 75 { 2.0 } else { 0.0 }
            + if age < 5 { 2.0 } else { 0.0 };
        for year in 0..HISTORY_YEARS {
            let count = (per_year * self.random.uniform(0.3, 1.7)) as i32;
            for _ in 0..count {
                let day = self
                    .start
                    .add_days(year * 365 + self.random.between(0, 364) as i32);
                if day > self.reference || day < self.patient.birth_date {
                    continue;
                }
                let status = match self.random.weighted(&[0.88, 0.06, 0.06]) {
                    0 => AppointmentStatus::Fulfilled,
                    1 => AppointmentStatus::NoShow,
                    _ => AppointmentStatus::Cancelled,
                };
                let when = day.at(
                    self.random.between(8, 17) as u16,
                    10 * self.random.between(0, 5) as u16,
                );
                self.appointment(when, 10, "GP appointment", status);
                // Healthy adults have no reviews: now and then a reading is taken at a GP
                // appointment (a modelling choice; see docs/data-sources.md, 'Appointments
                // and reviews').
                let healthy_adult = self.age_on(day) >= 18 && !self.has_condition_on(day);
                if status == AppointmentStatus::Fulfilled && healthy_adult {
                    if self.random.chance(0.2) {
                        self.blood_pressure(when, None, 0.0);
                    }
                    if self.random.chance(0.1) {
                        let weight = self.weight_on(day) + self.random.normal(0.0, 1.0);
                        self.record(ObservationKind::Weight, when, Reading::Number(weight), None);
                    }
                }
            }
        }
        if self.random.chance(0.3) {
            let day = self.reference.add_days(self.random.between(1, 28) as i32);
            let when = day.at(
                self.random.between(8, 17) as u16,
                10 * self.random.between(0, 5) as u16,
            );
            self.appointment(when, 10, "GP appointment", AppointmentStatus::Booked);
        }
    }

    /// The autumn flu programme: over-65s, adults in a clinical risk group, and children by
    /// nasal spray (see docs/data-sources.md, 'Flu vaccination').
    fn flu_immunisations(&mut self) {
        let first_season = self.start.year();
        for season in first_season..self.reference.year() {
            let Some(first_of_september) = Date::from_ymd(season, 9, 1) else {
                continue;
            };
            let age = self.age_on(first_of_september);
            let at_risk = self.in_flu_risk_group(first_of_september);
            let (vaccine, uptake) = if age >= 65 {
                (&codes::FLU_INJECTION, 0.78)
            } else if at_risk && age >= 18 {
                (&codes::FLU_INJECTION, 0.45)
            } else if (2..=16).contains(&age) {
                (&codes::FLU_NASAL_SPRAY, 0.5)
            } else {
                continue;
            };
            if self.random.chance(uptake) {
                let given = first_of_september.add_days(self.random.between(14, 100) as i32);
                if given <= self.reference {
                    self.patient
                        .immunisations
                        .push(Immunisation { vaccine, given });
                }
            }
        }
    }

    /// In one of the Green Book's clinical risk groups for flu (chapter 19) on a day, by the
    /// conditions diagnosed by then: diabetes, chronic kidney disease (stage 3 to 5), chronic
    /// respiratory disease (COPD; asthma that needs inhaled steroids), and chronic heart
    /// disease, which includes heart failure and atrial fibrillation. High blood pressure
    /// counts only "with cardiac complications", so it does not count alone (see
    /// docs/data-sources.md, 'Flu vaccination').
    fn in_flu_risk_group(&self, day: Date) -> bool {
        let diagnosed = |kind| self.onset(kind).is_some_and(|onset| onset <= day);
        let inhaled_steroid = self.taking(&codes::BECLOMETASONE, day);
        [
            ConditionKind::Type2Diabetes,
            ConditionKind::ChronicKidneyDisease,
            ConditionKind::Copd,
            ConditionKind::HeartFailure,
            ConditionKind::AtrialFibrillation,
        ]
        .into_iter()
        .any(diagnosed)
            || (diagnosed(ConditionKind::Asthma) && inhaled_steroid)
    }

    fn hospital_stays(&mut self) {
        let age = self.age_on(self.reference);
        let mut chance = match age {
            0..18 => 0.03,
            18..50 => 0.05,
            50..70 => 0.1,
            _ => 0.22,
        };
        if self.onset(ConditionKind::Copd).is_some()
            || self.onset(ConditionKind::HeartFailure).is_some()
        {
            chance *= 1.5;
        }
        if !self.random.chance(chance) {
            return;
        }
        let count = if self.random.chance(0.8) { 1 } else { 2 };
        let mut days: Vec<Date> = (0..count)
            .map(|_| {
                self.start
                    .add_days(self.random.between(0, 365 * HISTORY_YEARS as i64 - 10) as i32)
            })
            .filter(|day| *day >= self.patient.birth_date)
            .collect();
        days.sort();
        for admitted_day in days {
            let reason = if self.onset(ConditionKind::Copd).is_some() && self.random.chance(0.5) {
                "COPD exacerbation"
            } else if self.onset(ConditionKind::HeartFailure).is_some() && self.random.chance(0.5) {
                "Heart failure"
            } else {
                *self.random.pick(&[
                    "Chest infection",
                    "Fall",
                    "Urinary tract infection",
                    "Sepsis",
                    "Planned surgery",
                ])
            };
            let admitted = admitted_day.at(
                self.random.between(0, 23) as u16,
                10 * self.random.between(0, 5) as u16,
            );
            let hours = self.random.between(18, 7 * 24) as u32;
            let discharged = admitted.add_minutes(hours * 60);
            let stay = self.patient.hospital_stays.len();
            self.patient.hospital_stays.push(HospitalStay {
                admitted,
                discharged,
                reason,
            });
            self.ward_observations(stay, admitted, hours, reason);
        }
    }

    /// Vital-sign sets every four to eight hours, worst on admission and improving.
    fn ward_observations(&mut self, stay: usize, admitted: DateTime, hours: u32, reason: &str) {
        let severity = [0.0, 1.0, 2.2][self.random.weighted(&[0.5, 0.35, 0.15])];
        let infection = matches!(
            reason,
            "Chest infection" | "Urinary tract infection" | "Sepsis" | "COPD exacerbation"
        );
        let has_copd = self.onset(ConditionKind::Copd).is_some();
        let mut elapsed = self.random.between(10, 60) as u32;
        while elapsed < hours * 60 {
            let when = admitted.add_minutes(elapsed);
            let illness = severity * (1.0 - f64::from(elapsed) / f64::from(hours * 60));
            let respiratory_rate = 16.0 + 5.0 * illness + self.random.normal(0.0, 1.5);
            let mut oxygen_saturation = 97.0 - 3.0 * illness - if has_copd { 4.0 } else { 0.0 }
                + self.random.normal(0.0, 1.0);
            let on_oxygen = oxygen_saturation < 92.0;
            if on_oxygen {
                oxygen_saturation += 3.0;
            }
            let shift = -14.0 * illness;
            let pulse = self.heart_rate + 6.0 + 18.0 * illness + self.random.normal(0.0, 5.0);
            let consciousness = if illness > 1.5 && self.random.chance(0.3) {
                *self.random.pick(&['C', 'V'])
            } else {
                'A'
            };
            let fever = if infection { 1.3 } else { 0.2 };
            let temperature = 36.8 + fever * illness + self.random.normal(0.0, 0.3);
            let mut vitals = news2::VitalSigns {
                respiratory_rate: respiratory_rate.round(),
                oxygen_saturation: oxygen_saturation.round().min(100.0),
                on_oxygen,
                // Set from the blood pressure reading below, which draws it in its turn.
                systolic: 0.0,
                pulse: pulse.round(),
                consciousness,
                temperature: round_to(temperature, 1),
            };
            let stay_index = Some(stay);
            self.record(
                ObservationKind::RespiratoryRate,
                when,
                Reading::Number(vitals.respiratory_rate),
                stay_index,
            );
            self.record(
                ObservationKind::OxygenSaturation,
                when,
                Reading::Number(vitals.oxygen_saturation),
                stay_index,
            );
            self.record(
                ObservationKind::AirOrOxygen,
                when,
                Reading::OnOxygen(on_oxygen),
                stay_index,
            );
            vitals.systolic = self.blood_pressure(when, stay_index, shift);
            self.record(
                ObservationKind::HeartRate,
                when,
                Reading::Number(vitals.pulse),
                stay_index,
            );
            self.record(
                ObservationKind::Consciousness,
                when,
                Reading::Consciousness(consciousness),
                stay_index,
            );
            self.record(
                ObservationKind::BodyTemperature,
                when,
                Reading::Number(vitals.temperature),
                stay_index,
            );
            let score = news2::score(&vitals);
            self.record(
                ObservationKind::News2,
                when,
                Reading::Number(f64::from(score)),
                stay_index,
            );
            elapsed += self.random.between(4 * 60, 8 * 60) as u32;
        }
    }

    /// Everything in time order.
    fn finish(&mut self) {
        let patient = &mut *self.patient;
        patient
            .observations
            .sort_by_key(|observation| observation.taken);
        patient
            .appointments
            .sort_by_key(|appointment| appointment.start);
        patient.conditions.sort_by_key(|condition| condition.onset);
    }
}
