//! The default population: deterministic, plausible, and obviously fake.

use c4h_healthdata::codes::{ConditionKind, ObservationKind};
use c4h_healthdata::{Population, Reading, Settings, fhir, generate, nhs_number};

fn default_population() -> Population {
    generate(Settings::default())
}

/// FNV-1a, 64-bit: a tiny, fixed hash for pinning bytes (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn export_text(population: &Population) -> String {
    serde_json::to_string(&fhir::export_bundle(population)).expect("JSON")
}

/// The golden hash of the default data set's FHIR export. If this changes, the data every
/// lesson and learner sees has changed: bump DATASET_VERSION and check the lessons.
const GOLDEN_EXPORT_HASH: u64 = 0x1d98_a0c2_d5fc_9afd;

#[test]
fn the_default_data_set_is_pinned() {
    let text = export_text(&default_population());
    let hash = fnv1a(text.as_bytes());
    assert_eq!(
        hash,
        GOLDEN_EXPORT_HASH,
        "the default data set changed (hash {hash:#018x}, {} bytes)",
        text.len()
    );
}

#[test]
fn the_same_seed_gives_the_same_data_and_another_seed_does_not() {
    let first = default_population();
    assert_eq!(first, default_population());
    let other = generate(Settings {
        seed: 7,
        ..Settings::default()
    });
    assert_ne!(first.patients[0].nhs_number, other.patients[0].nhs_number);
}

#[test]
fn one_patient_does_not_shift_another() {
    // Patient n depends only on the master stream's first draws, so a smaller data set
    // is the first patients of a larger one with the same seed.
    let small = generate(Settings {
        seed: 3,
        patients: 50,
    });
    let large = generate(Settings {
        seed: 3,
        patients: 200,
    });
    for patient in &small.patients {
        let same = large.patient(&patient.nhs_number) == Some(patient);
        assert!(
            same,
            "patient {} differs in the larger data set",
            patient.nhs_number
        );
    }
}

#[test]
fn default_size_and_shape() {
    let population = default_population();
    assert_eq!(population.patients.len(), 1000);
    assert_eq!(population.practices.len(), 5);
    assert_eq!(population.reference_date.to_string(), "2025-03-31");
    let mut numbers: Vec<&str> = population
        .patients
        .iter()
        .map(|p| p.nhs_number.as_str())
        .collect();
    numbers.dedup();
    assert_eq!(numbers.len(), 1000, "NHS numbers are unique and sorted");
    for practice in &population.practices {
        assert!(practice.code.starts_with("SYN"), "{}", practice.code);
        let list = population
            .patients
            .iter()
            .filter(|p| population.practice_of(p) == practice)
            .count();
        assert!(
            (80..350).contains(&list),
            "{} has {list} patients",
            practice.code
        );
    }
}

#[test]
fn everyone_is_obviously_fake() {
    for patient in &default_population().patients {
        assert!(
            patient.nhs_number.starts_with("999"),
            "{}",
            patient.nhs_number
        );
        assert!(nhs_number::is_valid(&patient.nhs_number));
        let drama = patient
            .phone
            .strip_prefix("07700 900")
            .expect("Ofcom drama range");
        assert!(drama.len() == 3 && drama.bytes().all(|b| b.is_ascii_digit()));
        assert!(patient.email.ends_with("@example.com"));
    }
}

fn share(population: &Population, test: impl Fn(&c4h_healthdata::Patient) -> bool) -> f64 {
    population.patients.iter().filter(|p| test(p)).count() as f64 / population.patients.len() as f64
}

#[test]
fn ages_and_conditions_look_like_a_uk_practice() {
    let population = default_population();
    let today = population.reference_date;
    let age = |p: &c4h_healthdata::Patient| p.birth_date.age_on(today);
    // ONS: about 19 % under 16 (we use under 20: ~23 %), about 19 % 65 and over.
    assert!((0.18..0.29).contains(&share(&population, |p| age(p) < 20)));
    assert!((0.14..0.24).contains(&share(&population, |p| age(p) >= 65)));
    assert!(
        population
            .patients
            .iter()
            .all(|p| (0..100).contains(&age(p)))
    );
    assert!((0.45..0.56).contains(&share(&population, |p| p.sex == c4h_healthdata::Sex::Female)));
    // QOF 2023-24 recorded prevalence, with room for a sample of 1,000.
    let expected = [
        (ConditionKind::Hypertension, 0.10..0.20),
        (ConditionKind::Type2Diabetes, 0.04..0.10),
        (ConditionKind::Asthma, 0.035..0.095),
        (ConditionKind::Copd, 0.005..0.04),
        (ConditionKind::AtrialFibrillation, 0.008..0.045),
        (ConditionKind::NonDiabeticHyperglycaemia, 0.03..0.09),
    ];
    for (kind, range) in expected {
        let prevalence = share(&population, |p| p.has(kind));
        assert!(range.contains(&prevalence), "{kind:?}: {prevalence}");
    }
    assert!(
        population
            .patients
            .iter()
            .all(|p| !(p.has(ConditionKind::Type2Diabetes)
                && p.has(ConditionKind::NonDiabeticHyperglycaemia)))
    );
}

#[test]
fn diabetes_raises_the_chance_of_high_blood_pressure() {
    // In one age band, so age does not explain the difference; a large list, so chance
    // does not either (about 2,200 people in their sixties, a few hundred with diabetes).
    let population = generate(Settings {
        seed: 1,
        patients: 20_000,
    });
    let today = population.reference_date;
    let sixties: Vec<&c4h_healthdata::Patient> = population
        .patients
        .iter()
        .filter(|p| p.birth_date.age_on(today) / 10 == 6)
        .collect();
    let rate = |diabetic: bool| {
        let group: Vec<_> = sixties
            .iter()
            .filter(|p| p.has(ConditionKind::Type2Diabetes) == diabetic)
            .collect();
        group
            .iter()
            .filter(|p| p.has(ConditionKind::Hypertension))
            .count() as f64
            / group.len() as f64
    };
    let (with, without) = (rate(true), rate(false));
    assert!(
        with > without * 1.3,
        "hypertension {with:.3} with diabetes, {without:.3} without"
    );
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

#[test]
fn measurements_follow_the_clinical_story() {
    let population = default_population();
    let systolic = |with: bool| -> Vec<f64> {
        population
            .patients
            .iter()
            .filter(|p| p.has(ConditionKind::Hypertension) == with)
            .flat_map(|p| {
                p.observations_of(ObservationKind::BloodPressure)
                    .filter(|o| o.stay.is_none())
            })
            .map(|o| match o.reading {
                Reading::BloodPressure { systolic, .. } => systolic,
                _ => unreachable!(),
            })
            .collect()
    };
    let (with, without) = (systolic(true), systolic(false));
    assert!(
        mean(&with) > mean(&without) + 8.0,
        "{} vs {}",
        mean(&with),
        mean(&without)
    );
    assert!(
        with.iter()
            .chain(&without)
            .all(|s| (75.0..=235.0).contains(s))
    );

    let hba1c = |kind: ConditionKind| -> Vec<f64> {
        population
            .patients
            .iter()
            .filter(|p| p.has(kind))
            .flat_map(|p| p.observations_of(ObservationKind::Hba1c))
            .map(|o| match o.reading {
                Reading::Number(value) => value,
                _ => unreachable!(),
            })
            .collect()
    };
    let diabetes = hba1c(ConditionKind::Type2Diabetes);
    let hyperglycaemia = hba1c(ConditionKind::NonDiabeticHyperglycaemia);
    assert!(
        diabetes.len() > 200,
        "diabetes reviews every six months: {}",
        diabetes.len()
    );
    assert!(mean(&diabetes) >= 48.0, "{}", mean(&diabetes));
    assert!(
        (41.0..48.0).contains(&mean(&hyperglycaemia)),
        "{}",
        mean(&hyperglycaemia)
    );

    // Hypertension: blood pressure checked several times a year.
    let checks: Vec<usize> = population
        .patients
        .iter()
        .filter(|p| p.has(ConditionKind::Hypertension))
        .map(|p| p.observations_of(ObservationKind::BloodPressure).count())
        .collect();
    assert!(mean(&checks.iter().map(|c| *c as f64).collect::<Vec<_>>()) > 12.0);

    // Every ward vital-sign set has a NEWS2 score, and some patients were very unwell.
    let scores: Vec<f64> = population
        .patients
        .iter()
        .flat_map(|p| p.observations_of(ObservationKind::News2))
        .map(|o| match o.reading {
            Reading::Number(value) => value,
            _ => unreachable!(),
        })
        .collect();
    assert!(scores.len() > 300, "{}", scores.len());
    assert!(scores.iter().any(|s| *s >= 7.0) && scores.contains(&0.0));
    let stays: usize = population
        .patients
        .iter()
        .map(|p| p.hospital_stays.len())
        .sum();
    assert!((40..250).contains(&stays), "{stays}");
    let flu: usize = population
        .patients
        .iter()
        .map(|p| p.immunisations.len())
        .sum();
    assert!(flu > 500, "{flu}");
}

#[test]
fn nothing_happens_after_the_reference_date_but_booked_appointments() {
    let population = default_population();
    let today = population.reference_date;
    for patient in &population.patients {
        assert!(
            patient
                .observations
                .iter()
                .all(|o| o.taken.date <= today.add_days(7))
        );
        assert!(
            patient
                .conditions
                .iter()
                .all(|c| c.onset <= today && c.onset >= patient.birth_date)
        );
        assert!(patient.medications.iter().all(|m| m.start <= today));
        assert!(patient.immunisations.iter().all(|i| i.given <= today));
        for appointment in &patient.appointments {
            let future = appointment.start.date > today;
            assert_eq!(
                future,
                appointment.status == c4h_healthdata::AppointmentStatus::Booked
            );
        }
    }
}
