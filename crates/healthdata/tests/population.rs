//! The default population: deterministic, plausible, and obviously fake.

use c4h_healthdata::codes::{ConditionKind, ObservationKind};
use c4h_healthdata::{
    AppointmentStatus, Population, PrevalenceTarget, QOF_PREVALENCE, Reading, Settings, fhir,
    generate, nhs_number,
};

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
const GOLDEN_EXPORT_HASH: u64 = 0x6143_bd80_5f65_413f;

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
    // The conditions with a cited figure are tested against it below; non-diabetic
    // hyperglycaemia has none, so only a plausible range.
    let hyperglycaemia = share(&population, |p| {
        p.has(ConditionKind::NonDiabeticHyperglycaemia)
    });
    assert!((0.03..0.09).contains(&hyperglycaemia), "{hyperglycaemia}");
    assert!(
        population
            .patients
            .iter()
            .all(|p| !(p.has(ConditionKind::Type2Diabetes)
                && p.has(ConditionKind::NonDiabeticHyperglycaemia)))
    );
}

/// The generated prevalence of a condition, in percent, over the target's own denominator
/// (everyone, or those of at least its age on the reference date).
fn prevalence_percent(population: &Population, target: &PrevalenceTarget) -> f64 {
    let today = population.reference_date;
    let counted: Vec<&c4h_healthdata::Patient> = population
        .patients
        .iter()
        .filter(|p| p.birth_date.age_on(today) >= target.min_age)
        .collect();
    let with = counted.iter().filter(|p| p.has(target.condition)).count();
    100.0 * with as f64 / counted.len() as f64
}

#[test]
fn each_condition_lands_within_a_point_of_its_cited_prevalence() {
    // The default list, and a larger one with the same seed: the larger one is the real test
    // of the rates, the default one what learners see.
    for patients in [1_000, 20_000] {
        let population = generate(Settings {
            seed: 2025,
            patients,
        });
        for target in &QOF_PREVALENCE {
            let generated = prevalence_percent(&population, target);
            assert!(
                (generated - target.percent).abs() <= 1.0,
                "{:?} over {} of {patients} patients: {generated:.2} %, but {} cites {} %",
                target.condition,
                target.denominator,
                target.source,
                target.percent
            );
        }
    }
}

#[test]
fn every_condition_with_a_cited_figure_has_one_entry() {
    let mut conditions: Vec<ConditionKind> = QOF_PREVALENCE
        .iter()
        .map(|target| target.condition)
        .collect();
    conditions.sort();
    conditions.dedup();
    assert_eq!(conditions.len(), QOF_PREVALENCE.len());
    for target in &QOF_PREVALENCE {
        assert!(!target.source.is_empty() && !target.denominator.is_empty());
        assert!(target.percent > 0.0 && target.percent < 100.0);
    }
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
            assert_eq!(future, appointment.status == AppointmentStatus::Booked);
        }
    }
}

#[test]
fn people_with_type_2_diabetes_start_blood_pressure_treatment_with_an_ace_inhibitor() {
    // NICE NG136, step 1: an ACE inhibitor (or ARB) with type 2 diabetes at any age; a
    // calcium-channel blocker from 55 without it.
    let population = default_population();
    let today = population.reference_date;
    let mut older_with_diabetes = 0;
    for patient in &population.patients {
        let first = patient
            .medications
            .iter()
            .filter(|m| {
                *m.medicine == c4h_healthdata::codes::RAMIPRIL
                    || *m.medicine == c4h_healthdata::codes::AMLODIPINE
            })
            .min_by_key(|m| m.start);
        let Some(first) = first else { continue };
        let diabetes = patient.has(ConditionKind::Type2Diabetes);
        let age = patient.birth_date.age_on(today);
        let expected = if diabetes || age < 55 {
            &c4h_healthdata::codes::RAMIPRIL
        } else {
            &c4h_healthdata::codes::AMLODIPINE
        };
        assert_eq!(
            first.medicine.name, expected.name,
            "{} (age {age}, diabetes {diabetes})",
            patient.nhs_number
        );
        if diabetes && age >= 55 {
            older_with_diabetes += 1;
        }
    }
    assert!(older_with_diabetes > 10, "{older_with_diabetes}");
}

#[test]
fn adults_with_atrial_fibrillation_are_offered_flu_vaccination_and_high_blood_pressure_alone_is_not()
 {
    // The Green Book, chapter 19: chronic heart disease includes atrial fibrillation;
    // hypertension counts only with cardiac complications.
    let population = generate(Settings {
        seed: 2025,
        patients: 20_000,
    });
    let today = population.reference_date;
    // Adults under 65 throughout the five seasons, diagnosed before the first.
    let group = |kind: ConditionKind, alone: bool| -> Vec<&c4h_healthdata::Patient> {
        population
            .patients
            .iter()
            .filter(|p| (24..60).contains(&p.birth_date.age_on(today)))
            .filter(|p| {
                p.conditions.iter().any(|c| {
                    c.kind == kind && c.onset < c4h_healthdata::Date::from_ymd(2020, 9, 1).unwrap()
                })
            })
            .filter(|p| !alone || p.conditions.len() == 1)
            .collect()
    };
    let vaccinated = |people: &[&c4h_healthdata::Patient]| {
        people
            .iter()
            .filter(|p| !p.immunisations.is_empty())
            .count()
    };
    let atrial_fibrillation = group(ConditionKind::AtrialFibrillation, true);
    assert!(
        atrial_fibrillation.len() >= 10,
        "{}",
        atrial_fibrillation.len()
    );
    assert!(
        vaccinated(&atrial_fibrillation) * 2 > atrial_fibrillation.len(),
        "{} of {}",
        vaccinated(&atrial_fibrillation),
        atrial_fibrillation.len()
    );
    let hypertension = group(ConditionKind::Hypertension, true);
    assert!(hypertension.len() >= 100, "{}", hypertension.len());
    assert_eq!(vaccinated(&hypertension), 0);
}

#[test]
fn reviews_are_for_long_term_conditions_and_health_checks_for_healthy_adults_aged_40_to_74() {
    let population = default_population();
    let mut health_checks = 0;
    for patient in &population.patients {
        for appointment in &patient.appointments {
            let day = appointment.start.date;
            let age = patient.birth_date.age_on(day);
            let condition = patient.conditions.iter().any(|c| c.onset <= day);
            match appointment.service {
                "Nurse: annual review" => assert!(
                    condition && age >= 18,
                    "{} had an annual review with no condition on {day}",
                    patient.nhs_number
                ),
                "Nurse: NHS Health Check" => {
                    assert!(!condition && (40..=74).contains(&age));
                    health_checks += 1;
                }
                _ => {}
            }
        }
        let checks = patient
            .appointments
            .iter()
            .filter(|a| a.service == "Nurse: NHS Health Check")
            .count();
        assert!(
            checks <= 1,
            "{}: {checks} in five years",
            patient.nhs_number
        );
    }
    assert!(health_checks > 50, "{health_checks}");
}

#[test]
fn there_are_still_plenty_of_blood_pressure_and_weight_readings() {
    // The lessons average and chart them.
    let population = default_population();
    let today = population.reference_date;
    let practice = |p: &c4h_healthdata::Patient, kind: ObservationKind| {
        p.observations_of(kind).filter(|o| o.stay.is_none()).count()
    };
    let adults: Vec<&c4h_healthdata::Patient> = population
        .patients
        .iter()
        .filter(|p| p.birth_date.age_on(today) >= 18)
        .collect();
    let blood_pressure: usize = adults
        .iter()
        .map(|p| practice(p, ObservationKind::BloodPressure))
        .sum();
    let weights: usize = adults
        .iter()
        .map(|p| practice(p, ObservationKind::Weight))
        .sum();
    let with_blood_pressure = adults
        .iter()
        .filter(|p| practice(p, ObservationKind::BloodPressure) > 0)
        .count();
    assert!(blood_pressure > 3_000, "{blood_pressure}");
    assert!(weights > 1_000, "{weights}");
    assert!(
        with_blood_pressure * 10 > adults.len() * 7,
        "{with_blood_pressure} of {} adults",
        adults.len()
    );
    // Healthy adults outside reviews still have the occasional reading.
    let healthy_young: Vec<_> = adults
        .iter()
        .filter(|p| p.conditions.is_empty() && p.birth_date.age_on(today) < 40)
        .collect();
    let with_reading = healthy_young
        .iter()
        .filter(|p| practice(p, ObservationKind::BloodPressure) > 0)
        .count();
    assert!(
        with_reading * 2 > healthy_young.len(),
        "{with_reading} of {}",
        healthy_young.len()
    );
    let no_show = population
        .patients
        .iter()
        .flat_map(|p| &p.appointments)
        .any(|a| a.status == AppointmentStatus::NoShow);
    assert!(no_show);
}
