//! The health-data API a script calls: c4h-healthdata's records as Rhai maps and arrays.
//!
//! Field names are plain words (`birth_date`, `systolic`, `in_hospital`), dates are text
//! (`"2024-05-01"`), and a wrong NHS number or an unknown kind is an [`ApiError`] whose
//! message says what is available. The population is made once per thread, before a run
//! starts, so its memory is not counted against the learner's script.

use std::cell::OnceCell;
use std::rc::Rc;

use c4h_healthdata::codes::{ConditionKind, ObservationKind};
use c4h_healthdata::{Date, Patient, Population, Reading, Settings, fhir, generate, nhs_number};
use rhai::{Array, Dynamic, Engine, EvalAltResult, FLOAT, INT, ImmutableString, Map, Position};

use crate::suggest::{closest, did_you_mean};

/// A mistake in a call to the API, with the message the learner sees.
#[derive(Debug, Clone)]
pub struct ApiError(pub String);

type Result<T> = std::result::Result<T, Box<EvalAltResult>>;

pub(crate) fn fail<T>(message: impl Into<String>) -> Result<T> {
    Err(Box::new(EvalAltResult::ErrorRuntime(
        Dynamic::from(ApiError(message.into())),
        Position::NONE,
    )))
}

thread_local! {
    static POPULATION: OnceCell<Rc<Population>> = const { OnceCell::new() };
}

/// The default population, made on first use on this thread.
pub fn population() -> Rc<Population> {
    POPULATION.with(|cell| Rc::clone(cell.get_or_init(|| Rc::new(generate(Settings::default())))))
}

fn text(value: impl Into<ImmutableString>) -> Dynamic {
    Dynamic::from(value.into())
}

fn number(value: f64, decimals: u32) -> Dynamic {
    if decimals == 0 {
        Dynamic::from(value as INT)
    } else {
        Dynamic::from(value as FLOAT)
    }
}

fn map(fields: Vec<(&str, Dynamic)>) -> Dynamic {
    let mut map = Map::new();
    for (name, value) in fields {
        map.insert(name.into(), value);
    }
    Dynamic::from_map(map)
}

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
fn example_number(population: &Population) -> String {
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
                return fail(format!(
                    "{function}() needs a patient from patients() or patient(), and this map has no `nhs_number`."
                ));
            }
        }
    } else if let Ok(number) = who.clone().into_immutable_string() {
        number.to_string()
    } else {
        return fail(format!(
            "{function}() needs a patient (from patients() or patient(\"{}\")) or an NHS number as text, not {}.",
            example_number(population),
            crate::explain::friendly_type_of(who)
        ));
    };
    find_by_number(population, &number)
}

fn find_by_number<'a>(population: &'a Population, number: &str) -> Result<&'a Patient> {
    match nhs_number::parse(number) {
        Err(problem) => fail(format!(
            "\"{number}\" is not a valid NHS number: {problem}. Every patient in the data set has one, such as \"{}\".",
            example_number(population)
        )),
        Ok(digits) => population.patient(&digits).map_or_else(
            || {
                fail(format!(
                    "No patient in the data set has NHS number {}. There are {} patients: patients() lists them all, and the first is \"{}\".",
                    nhs_number::format(&digits),
                    population.patients.len(),
                    example_number(population)
                ))
            },
            Ok,
        ),
    }
}

/// The error for a name that matches nothing: `opening`, the closest names, then the list
/// of `plural` to choose from.
fn unknown_name<T>(
    opening: String,
    plural: &str,
    name: &str,
    all_names: impl IntoIterator<Item = &'static str>,
    main_names: &[&str],
) -> Result<T> {
    let suggestions = closest(&name.to_lowercase(), all_names);
    fail(format!(
        "{opening}{} The {plural} are: {}.",
        did_you_mean(&suggestions),
        main_names.join(", ")
    ))
}

fn observation_kind(name: &str) -> Result<ObservationKind> {
    ObservationKind::from_name(name).map_or_else(
        || {
            unknown_name(
                format!("There is no kind of observation called \"{name}\"."),
                "kinds",
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
                format!("There is no condition called \"{name}\" in the data set."),
                "conditions",
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

fn parse_date(value: &str, function: &str) -> Result<Date> {
    Date::parse(value.trim()).map_or_else(
        || {
            fail(format!(
                "{function}() needs dates written as YEAR-MONTH-DAY, like \"1970-01-31\", and \"{value}\" is not one."
            ))
        },
        Ok,
    )
}

/// The numbers in a list, or a message naming the first item that is not one.
fn numbers(list: &Array, function: &str) -> Result<Vec<f64>> {
    if list.is_empty() {
        return fail(format!(
            "{function}() needs at least one number, and the list is empty."
        ));
    }
    list.iter()
        .enumerate()
        .map(|(index, item)| {
            if let Ok(value) = item.as_int() {
                Ok(value as f64)
            } else if let Ok(value) = item.as_float() {
                Ok(value)
            } else {
                fail(format!(
                    "{function}() works on a list of numbers, but item {} (counting from 0) is {}.",
                    index,
                    crate::explain::friendly_type_of(item)
                ))
            }
        })
        .collect()
}

/// The first item of `list` that beats every item before it and `start` (`min`, `max`),
/// returned as it is, so a whole number stays whole.
fn extreme(
    list: &Array,
    function: &str,
    start: f64,
    beats: fn(f64, f64) -> bool,
) -> Result<Dynamic> {
    let values = numbers(list, function)?;
    let mut best = (0, start);
    for (index, value) in values.into_iter().enumerate() {
        if beats(value, best.1) {
            best = (index, value);
        }
    }
    Ok(list[best.0].clone())
}

fn all_whole(list: &Array) -> bool {
    list.iter().all(|item| item.is_int())
}

/// JSON from the FHIR server, as Rhai values.
fn from_json(value: serde_json::Value) -> Dynamic {
    use serde_json::Value;
    match value {
        Value::Null => Dynamic::UNIT,
        Value::Bool(flag) => Dynamic::from(flag),
        Value::Number(number) => match number.as_i64() {
            Some(whole) => Dynamic::from(whole),
            None => Dynamic::from(number.as_f64().unwrap_or_default()),
        },
        Value::String(text) => Dynamic::from(ImmutableString::from(text)),
        Value::Array(items) => Dynamic::from_array(items.into_iter().map(from_json).collect()),
        Value::Object(fields) => Dynamic::from_map(
            fields
                .into_iter()
                .map(|(name, value)| (name.into(), from_json(value)))
                .collect(),
        ),
    }
}

/// Registers `name(patient)`, which lists one kind of a patient's records.
fn records(engine: &mut Engine, name: &'static str, convert: fn(&Patient) -> Array) {
    engine.register_fn(name, move |who: Dynamic| -> Result<Array> {
        let population = population();
        let patient = find_patient(&population, &who, name)?;
        Ok(convert(patient))
    });
}

/// Registers the API functions on an engine. On the engine itself, not in a shared module:
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
        let population = population();
        Ok(population
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
            .collect())
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
    records(engine, "conditions", |patient| {
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
    });
    engine.register_fn(
        "has_condition",
        |who: Dynamic, name: ImmutableString| -> Result<bool> {
            let population = population();
            let patient = find_patient(&population, &who, "has_condition")?;
            Ok(patient.has(condition_kind(&name)?))
        },
    );
    records(engine, "medications", |patient| {
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
    });
    records(engine, "appointments", |patient| {
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
    });
    records(engine, "immunisations", |patient| {
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
    });
    records(engine, "hospital_stays", |patient| {
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
    });
    records(engine, "vital_signs", vital_signs);

    engine.register_fn(
        "is_valid_nhs_number",
        |number: ImmutableString| -> Result<bool> { Ok(nhs_number::is_valid(&number)) },
    );
    // A number typed without quotes is a fair thing to check too.
    engine.register_fn("is_valid_nhs_number", |number: INT| -> Result<bool> {
        Ok(nhs_number::is_valid(&format!("{number:010}")))
    });
    engine.register_fn(
        "format_nhs_number",
        |number: ImmutableString| -> Result<ImmutableString> {
            let digits: String = number.chars().filter(|c| !c.is_whitespace()).collect();
            Ok(nhs_number::format(&digits).into())
        },
    );
    engine.register_fn("today", || -> Result<ImmutableString> {
        Ok(population().reference_date.to_string().into())
    });
    engine.register_fn("age", |born: ImmutableString| -> Result<INT> {
        let born = parse_date(&born, "age")?;
        Ok(born.age_on(population().reference_date) as INT)
    });
    engine.register_fn(
        "age",
        |born: ImmutableString, on: ImmutableString| -> Result<INT> {
            Ok(parse_date(&born, "age")?.age_on(parse_date(&on, "age")?) as INT)
        },
    );
    engine.register_fn(
        "days_between",
        |first: ImmutableString, second: ImmutableString| -> Result<INT> {
            Ok(
                parse_date(&first, "days_between")?.days_until(parse_date(&second, "days_between")?)
                    as INT,
            )
        },
    );
    engine.register_fn(
        "add_days",
        |date: ImmutableString, days: INT| -> Result<ImmutableString> {
            let days = i32::try_from(days)
                .ok()
                .filter(|days| days.abs() <= 3_660_000);
            let Some(days) = days else {
                return fail(
                    "add_days() can move a date by at most 3,660,000 days (about 10,000 years).",
                );
            };
            Ok(parse_date(&date, "add_days")?
                .add_days(days)
                .to_string()
                .into())
        },
    );
    engine.register_fn("year", |date: ImmutableString| -> Result<INT> {
        Ok(INT::from(parse_date(&date, "year")?.year()))
    });

    engine.register_fn("mean", |list: Array| -> Result<FLOAT> {
        let values = numbers(&list, "mean")?;
        Ok(values.iter().sum::<f64>() / values.len() as f64)
    });
    engine.register_fn("median", |list: Array| -> Result<FLOAT> {
        let mut values = numbers(&list, "median")?;
        values.sort_by(f64::total_cmp);
        let middle = values.len() / 2;
        Ok(if values.len() % 2 == 1 {
            values[middle]
        } else {
            (values[middle - 1] + values[middle]) / 2.0
        })
    });
    engine.register_fn("min", |list: Array| -> Result<Dynamic> {
        extreme(&list, "min", f64::INFINITY, |value, best| value < best)
    });
    engine.register_fn("max", |list: Array| -> Result<Dynamic> {
        extreme(&list, "max", f64::NEG_INFINITY, |value, best| value > best)
    });
    engine.register_fn("sum", |list: Array| -> Result<Dynamic> {
        if list.is_empty() {
            return Ok(Dynamic::from(0 as INT));
        }
        let values = numbers(&list, "sum")?;
        if all_whole(&list) {
            let mut total: INT = 0;
            for item in &list {
                total = match total.checked_add(item.as_int().unwrap_or_default()) {
                    Some(total) => total,
                    None => {
                        return fail(
                            "sum() went past the largest whole number the playground can hold.",
                        );
                    }
                };
            }
            Ok(Dynamic::from(total))
        } else {
            Ok(Dynamic::from(values.iter().sum::<f64>()))
        }
    });
    engine.register_fn("count", |list: Array| -> Result<INT> {
        Ok(list.len() as INT)
    });
    engine.register_fn("round", |value: FLOAT, places: INT| -> Result<FLOAT> {
        if !(0..=10).contains(&places) {
            return fail("round() can keep between 0 and 10 decimal places.");
        }
        let scale = 10f64.powi(places as i32);
        Ok((value * scale).round() / scale)
    });
    engine.register_fn("round", |value: INT, _places: INT| -> Result<INT> {
        Ok(value)
    });

    engine.register_fn("fhir", |request: ImmutableString| -> Result<Dynamic> {
        Ok(from_json(fhir::request(&population(), &request)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_becomes_rhai_values() {
        let value = from_json(serde_json::json!({ "a": [1, 2.5, "x", null, true] }));
        let map = value.cast::<Map>();
        let list = map["a"].clone().cast::<Array>();
        assert_eq!(list[0].as_int(), Ok(1));
        assert_eq!(list[1].as_float(), Ok(2.5));
        assert!(list[3].is_unit());
    }
}
