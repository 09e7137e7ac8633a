//! Patients and their records: `patients()`, `patient(nhs_number)`, `practices()`,
//! `observations(patient, kind)`, `conditions`, `has_condition`, `medications`,
//! `appointments`, `immunisations`, `hospital_stays` and `vital_signs`.
//!
//! Records become maps with plain field names (`birth_date`, `systolic`, `in_hospital`),
//! dates are text (`"2024-05-01"`), and a wrong NHS number or an unknown kind is a
//! [`LibraryError`](super::LibraryError) whose message says what is available.

use c4h_healthdata::codes::{ConditionKind, ObservationKind};
use c4h_healthdata::nhs_number::NhsNumberProblem;
use c4h_healthdata::{Patient, Population, Reading, nhs_number};
use c4h_protocol::Message;
use rhai::{Array, Dynamic, Engine, INT, ImmutableString, Map};

use super::error::{Result, fail};
use super::population::population;
use super::values::{map, number, text};
use crate::suggest::{closest, did_you_mean};
use crate::words::value_words;

fn patient_map(population: &Population, patient: &Patient) -> Dynamic {
    let practice = population.practice_of(patient);
    map(vec![
        ("nhs_number", text(patient.nhs_number.as_str())),
        ("name", text(patient.name())),
        ("given_name", text(patient.given_name.as_str())),
        ("family_name", text(patient.family_name.as_str())),
        ("sex", text(patient.sex.as_str())),
        ("birth_date", text(patient.birth_date.to_string())),
        (
            "age",
            Dynamic::from(patient.birth_date.age_on(population.reference_date) as INT),
        ),
        ("practice", text(practice.name.as_str())),
        ("practice_code", text(practice.code.as_str())),
        ("town", text(practice.town.as_str())),
        ("phone", text(patient.phone.as_str())),
        ("email", text(patient.email.as_str())),
    ])
}

/// The example NHS number messages point to: the first patient's.
pub(super) fn example_number(population: &Population) -> String {
    population
        .patients
        .first()
        .map(|patient| nhs_number::format(&patient.nhs_number))
        .unwrap_or_default()
}

/// The patient a script means: a patient map (from `patients()`) or an NHS number.
fn find_patient<'a>(
    population: &'a Population,
    who: &Dynamic,
    function: &str,
) -> Result<&'a Patient> {
    let number = if let Some(map) = who.read_lock::<Map>() {
        match map
            .get("nhs_number")
            .and_then(|value| value.clone().into_immutable_string().ok())
        {
            Some(number) => number.to_string(),
            None => {
                return fail(Message::new("errors-patient-map").with("function", function));
            }
        }
    } else if let Ok(number) = who.clone().into_immutable_string() {
        number.to_string()
    } else {
        return fail(
            Message::new("errors-patient-needed")
                .with("function", function)
                .with("example", example_number(population))
                .with("value", value_words(who)),
        );
    };
    find_by_number(population, &number)
}

pub(super) fn find_by_number<'a>(population: &'a Population, number: &str) -> Result<&'a Patient> {
    match nhs_number::parse(number) {
        Err(problem) => fail(
            Message::new("errors-nhs-number-not-valid")
                .with("number", number)
                .with("problem", nhs_number_problem(&problem))
                .with("example", example_number(population)),
        ),
        Ok(digits) => population.patient(&digits).map_or_else(
            || {
                fail(
                    Message::new("errors-no-such-patient")
                        .with("number", nhs_number::format(&digits))
                        .with("count", population.patients.len())
                        .with("example", example_number(population)),
                )
            },
            Ok,
        ),
    }
}

/// Why some text is not a valid NHS number, in words a learner can act on.
fn nhs_number_problem(problem: &NhsNumberProblem) -> Message {
    match problem {
        NhsNumberProblem::WrongLength(length) => {
            Message::new("errors-nhs-number-length").with("length", *length)
        }
        NhsNumberProblem::NotDigits => Message::new("errors-nhs-number-digits"),
        NhsNumberProblem::WrongCheckDigit {
            expected: Some(expected),
            found,
        } => Message::new("errors-nhs-number-check-digit")
            .with("expected", u32::from(*expected))
            .with("found", u32::from(*found)),
        NhsNumberProblem::WrongCheckDigit { expected: None, .. } => {
            Message::new("errors-nhs-number-never-issued")
        }
    }
}

/// The error for a name that matches nothing: message `id` (without and with `-suggest`,
/// the closest names), then the list of names to choose from.
fn unknown_name<T>(
    id: &str,
    name: &str,
    all_names: impl IntoIterator<Item = &'static str>,
    main_names: &[&str],
) -> Result<T> {
    let suggestions = closest(&name.to_lowercase(), all_names);
    let message = match did_you_mean(&suggestions) {
        None => Message::new(id),
        Some(suggestion) => Message::new(format!("{id}-suggest")).with("suggestion", suggestion),
    };
    fail(
        message
            .with("name", name)
            .with("names", main_names.join(", ")),
    )
}

fn observation_kind(name: &str) -> Result<ObservationKind> {
    ObservationKind::from_name(name).map_or_else(
        || {
            unknown_name(
                "errors-no-observation-kind",
                name,
                ObservationKind::ALL
                    .iter()
                    .flat_map(|kind| kind.all_names()),
                &ObservationKind::names(),
            )
        },
        Ok,
    )
}

fn condition_kind(name: &str) -> Result<ConditionKind> {
    ConditionKind::from_name(name).map_or_else(
        || {
            let main: Vec<&str> = ConditionKind::ALL.iter().map(|kind| kind.name()).collect();
            unknown_name(
                "errors-no-condition",
                name,
                ConditionKind::ALL.iter().flat_map(|kind| kind.all_names()),
                &main,
            )
        },
        Ok,
    )
}

fn observation_map(observation: &c4h_healthdata::Observation) -> Dynamic {
    let info = observation.kind.info();
    let mut fields = vec![
        ("date", text(observation.taken.date.to_string())),
        ("time", text(observation.taken.time_text())),
        ("kind", text(info.name)),
    ];
    match observation.reading {
        Reading::Number(value) => fields.push(("value", number(value, info.decimals))),
        Reading::BloodPressure {
            systolic,
            diastolic,
        } => {
            fields.push(("systolic", number(systolic, 0)));
            fields.push(("diastolic", number(diastolic, 0)));
        }
        Reading::Consciousness(letter) => fields.push(("value", text(letter.to_string()))),
        Reading::OnOxygen(on) => fields.push(("value", text(if on { "oxygen" } else { "air" }))),
    }
    fields.push(("unit", text(info.unit_shown)));
    fields.push(("in_hospital", Dynamic::from(observation.stay.is_some())));
    map(fields)
}

/// Ward observations taken at the same moment, as one map.
fn vital_signs(patient: &Patient) -> Array {
    let mut sets: Vec<Map> = Vec::new();
    let mut last_taken = None;
    for observation in patient.observations.iter().filter(|o| o.stay.is_some()) {
        if last_taken != Some(observation.taken) {
            let mut set = Map::new();
            set.insert("date".into(), text(observation.taken.date.to_string()));
            set.insert("time".into(), text(observation.taken.time_text()));
            sets.push(set);
            last_taken = Some(observation.taken);
        }
        let set = sets.last_mut().expect("a set was just started");
        let mut put = |name: &str, value: Dynamic| {
            set.insert(name.into(), value);
        };
        match (observation.kind, observation.reading) {
            (
                ObservationKind::BloodPressure,
                Reading::BloodPressure {
                    systolic,
                    diastolic,
                },
            ) => {
                put("systolic", number(systolic, 0));
                put("diastolic", number(diastolic, 0));
            }
            (_, Reading::OnOxygen(on)) => put("on_oxygen", Dynamic::from(on)),
            (_, Reading::Consciousness(letter)) => put("consciousness", text(letter.to_string())),
            (kind, Reading::Number(value)) => {
                let name = match kind {
                    ObservationKind::RespiratoryRate => "respiratory_rate",
                    ObservationKind::OxygenSaturation => "oxygen_saturation",
                    ObservationKind::HeartRate => "pulse",
                    ObservationKind::BodyTemperature => "temperature",
                    ObservationKind::News2 => "news2",
                    _ => continue,
                };
                put(name, number(value, kind.info().decimals));
            }
            _ => {}
        }
    }
    sets.into_iter().map(Dynamic::from_map).collect()
}

/// Registers `name(patient)`, which lists one kind of a patient's records.
fn records(engine: &mut Engine, name: &'static str, convert: fn(&Patient) -> Array) {
    engine.register_fn(name, move |who: Dynamic| -> Result<Array> {
        let population = population();
        let patient = find_patient(&population, &who, name)?;
        Ok(convert(patient))
    });
}

fn practice_maps(population: &Population) -> Array {
    population
        .practices
        .iter()
        .enumerate()
        .map(|(index, practice)| {
            let list = population
                .patients
                .iter()
                .filter(|p| p.practice == index)
                .count();
            map(vec![
                ("code", text(practice.code.as_str())),
                ("name", text(practice.name.as_str())),
                ("town", text(practice.town.as_str())),
                ("patients", Dynamic::from(list as INT)),
            ])
        })
        .collect()
}

fn condition_maps(patient: &Patient) -> Array {
    patient
        .conditions
        .iter()
        .map(|condition| {
            map(vec![
                ("name", text(condition.kind.name())),
                ("snomed_code", text(condition.kind.code().code)),
                ("onset_date", text(condition.onset.to_string())),
            ])
        })
        .collect()
}

fn medication_maps(patient: &Patient) -> Array {
    patient
        .medications
        .iter()
        .map(|request| {
            map(vec![
                ("name", text(request.medicine.name)),
                ("dmd_code", text(request.medicine.code)),
                ("dose", text(request.medicine.dose)),
                ("start_date", text(request.start.to_string())),
                (
                    "end_date",
                    request
                        .end
                        .map_or(Dynamic::UNIT, |end| text(end.to_string())),
                ),
                ("active", Dynamic::from(request.end.is_none())),
            ])
        })
        .collect()
}

fn appointment_maps(patient: &Patient) -> Array {
    patient
        .appointments
        .iter()
        .map(|appointment| {
            map(vec![
                ("date", text(appointment.start.date.to_string())),
                ("time", text(appointment.start.time_text())),
                ("minutes", Dynamic::from(INT::from(appointment.minutes))),
                ("service", text(appointment.service)),
                ("status", text(appointment.status.as_words())),
            ])
        })
        .collect()
}

fn immunisation_maps(patient: &Patient) -> Array {
    patient
        .immunisations
        .iter()
        .map(|immunisation| {
            map(vec![
                ("vaccine", text(immunisation.vaccine.name)),
                ("date", text(immunisation.given.to_string())),
            ])
        })
        .collect()
}

fn hospital_stay_maps(patient: &Patient) -> Array {
    patient
        .hospital_stays
        .iter()
        .map(|stay| {
            let days = stay.admitted.date.days_until(stay.discharged.date);
            map(vec![
                ("admitted", text(stay.admitted.date.to_string())),
                ("admitted_time", text(stay.admitted.time_text())),
                ("discharged", text(stay.discharged.date.to_string())),
                ("discharged_time", text(stay.discharged.time_text())),
                ("days", Dynamic::from(days as INT)),
                ("reason", text(stay.reason)),
            ])
        })
        .collect()
}

/// Adds the patient functions to `engine`. On the engine itself, not in a shared module:
/// `register_fn` records each parameter's type, which the catalogue and the "it works like
/// this" hints need, and registering these few functions costs microseconds.
pub fn register(engine: &mut Engine) {
    engine.register_fn("patients", || -> Result<Array> {
        let population = population();
        Ok(population
            .patients
            .iter()
            .map(|p| patient_map(&population, p))
            .collect())
    });
    engine.register_fn("patient", |number: ImmutableString| -> Result<Dynamic> {
        let population = population();
        let patient = find_by_number(&population, &number)?;
        Ok(patient_map(&population, patient))
    });
    engine.register_fn("practices", || -> Result<Array> {
        Ok(practice_maps(&population()))
    });
    engine.register_fn(
        "observations",
        |who: Dynamic, kind: ImmutableString| -> Result<Array> {
            let population = population();
            let patient = find_patient(&population, &who, "observations")?;
            let kind = observation_kind(&kind)?;
            Ok(patient.observations_of(kind).map(observation_map).collect())
        },
    );
    engine.register_fn("observation_kinds", || -> Result<Array> {
        Ok(ObservationKind::names().into_iter().map(text).collect())
    });
    engine.register_fn(
        "has_condition",
        |who: Dynamic, name: ImmutableString| -> Result<bool> {
            let population = population();
            let patient = find_patient(&population, &who, "has_condition")?;
            Ok(patient.has(condition_kind(&name)?))
        },
    );
    records(engine, "conditions", condition_maps);
    records(engine, "medications", medication_maps);
    records(engine, "appointments", appointment_maps);
    records(engine, "immunisations", immunisation_maps);
    records(engine, "hospital_stays", hospital_stay_maps);
    records(engine, "vital_signs", vital_signs);
}
