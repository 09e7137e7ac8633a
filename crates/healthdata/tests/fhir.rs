//! The FHIR shapes and the PDS-style requests. (Schema validity is checked independently
//! by tests/fhir/validate.py with the `fhir.resources` R4 models, run by `make test`.)

use c4h_healthdata::{Population, Settings, fhir, generate};
use serde_json::Value;

fn population() -> Population {
    generate(Settings {
        seed: 11,
        patients: 300,
    })
}

fn spine_code(outcome: &Value) -> &str {
    assert_eq!(outcome["resourceType"], "OperationOutcome", "{outcome}");
    outcome["issue"][0]["details"]["coding"][0]["code"]
        .as_str()
        .unwrap()
}

#[test]
fn reads_a_patient_by_nhs_number_with_or_without_spaces() {
    let population = population();
    let first = &population.patients[0];
    let spaced = c4h_healthdata::nhs_number::format(&first.nhs_number);
    for id in [first.nhs_number.clone(), spaced] {
        let patient = fhir::request(&population, &format!("Patient/{id}"));
        assert_eq!(patient["resourceType"], "Patient");
        assert_eq!(
            patient["identifier"][0]["system"],
            "https://fhir.nhs.uk/Id/nhs-number"
        );
        assert_eq!(patient["identifier"][0]["value"], first.nhs_number.as_str());
        assert_eq!(patient["meta"]["security"][0]["code"], "HTEST");
        assert_eq!(patient["birthDate"], first.birth_date.to_string());
    }
}

#[test]
fn a_bad_or_unknown_nhs_number_gets_the_pds_error() {
    let population = population();
    let invalid = fhir::request(&population, "Patient/9990000019");
    assert_eq!(spine_code(&invalid), "INVALID_RESOURCE_ID");
    assert!(
        invalid["issue"][0]["diagnostics"]
            .as_str()
            .unwrap()
            .contains("check digit")
    );
    // 9990000018 is valid; find a valid number that is not in this data set.
    let absent = (1..)
        .filter_map(c4h_healthdata::nhs_number::test_number)
        .find(|number| population.patient(number).is_none())
        .unwrap();
    assert_eq!(
        spine_code(&fhir::request(&population, &format!("Patient/{absent}"))),
        "RESOURCE_NOT_FOUND"
    );
}

#[test]
fn searches_patients_like_pds() {
    let population = population();
    let someone = &population.patients[5];
    let query = format!(
        "Patient?family={}&gender={}&birthdate=eq{}",
        someone.family_name.to_uppercase(),
        someone.sex.as_str(),
        someone.birth_date
    );
    let bundle = fhir::request(&population, &query);
    assert_eq!(bundle["type"], "searchset");
    let entries = bundle["entry"].as_array().unwrap();
    assert_eq!(bundle["total"], entries.len());
    assert!(
        entries
            .iter()
            .any(|e| e["resource"]["id"] == someone.nhs_number.as_str())
    );
    assert!(entries.iter().all(|e| e["search"]["mode"] == "match"));

    let prefix = &someone.family_name[..2];
    let started = fhir::request(
        &population,
        &format!("Patient?family={prefix}*&birthdate={}", someone.birth_date),
    );
    assert!(started["total"].as_u64().unwrap() >= 1);

    assert_eq!(
        spine_code(&fhir::request(&population, "Patient?gender=female")),
        "TOO_MANY_MATCHES"
    );
    assert_eq!(
        spine_code(&fhir::request(&population, "Patient?")),
        "INVALID_SEARCH_DATA"
    );
    assert_eq!(
        spine_code(&fhir::request(&population, "Patient?colour=blue")),
        "INVALID_SEARCH_DATA"
    );
    assert_eq!(
        spine_code(&fhir::request(&population, "Patient?birthdate=31/01/1970")),
        "INVALID_SEARCH_DATA"
    );
    // Learners type anything: multi-byte text where a prefix would be must not panic.
    for odd in ["€970-01-01x", "%E2%82%AC970-01-01", "ééééééééééé", "eq"] {
        let outcome = fhir::request(&population, &format!("Patient?birthdate={odd}"));
        assert_eq!(spine_code(&outcome), "INVALID_SEARCH_DATA", "{odd}");
    }
    let none = fhir::request(&population, "Patient?family=Nobody-Has-This-Name");
    assert_eq!(none["total"], 0);
    assert!(none.get("entry").is_none(), "FHIR allows no empty arrays");
}

#[test]
fn searches_observations_by_patient_and_code() {
    let population = population();
    let patient = population
        .patients
        .iter()
        .find(|p| p.observations.len() > 10)
        .unwrap();
    let all = fhir::request(
        &population,
        &format!("Observation?patient={}", patient.nhs_number),
    );
    assert_eq!(all["total"], patient.observations.len());
    for code in [
        "8480-6",
        "http://loinc.org|8480-6",
        "75367002",
        "http://snomed.info/sct%7C75367002",
    ] {
        let bundle = fhir::request(
            &population,
            &format!(
                "Observation?patient=Patient/{}&code={code}",
                patient.nhs_number
            ),
        );
        let entries = bundle["entry"].as_array().unwrap();
        assert!(!entries.is_empty(), "{code}");
        assert!(
            entries
                .iter()
                .all(|e| e["resource"]["code"]["text"] == "blood pressure"),
            "{code}"
        );
        let systolic = &entries[0]["resource"]["component"][0];
        assert_eq!(systolic["valueQuantity"]["code"], "mm[Hg]");
        assert!(systolic["valueQuantity"]["value"].is_i64());
    }
    assert_eq!(
        spine_code(&fhir::request(&population, "Observation?code=8480-6")),
        "INVALID_SEARCH_DATA"
    );
    assert_eq!(
        spine_code(&fhir::request(&population, "Practitioner?name=x")),
        "INVALID_SEARCH_DATA"
    );
}

#[test]
fn the_export_holds_every_record_once() {
    let population = generate(Settings {
        seed: 2,
        patients: 20,
    });
    let bundle = fhir::export_bundle(&population);
    let entries = bundle["entry"].as_array().unwrap();
    let records: usize = population
        .patients
        .iter()
        .map(|p| {
            1 + p.conditions.len()
                + p.observations.len()
                + p.medications.len()
                + p.appointments.len()
                + p.immunisations.len()
                + p.hospital_stays.len()
        })
        .sum();
    assert_eq!(entries.len(), records + population.practices.len());
    let mut urls: Vec<&str> = entries
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    urls.sort();
    urls.dedup();
    assert_eq!(urls.len(), entries.len());
}

#[test]
fn oxygen_saturation_is_coded_as_measured_by_pulse_oximetry() {
    // SNOMED CT first, then LOINC 2708-6 and the more specific 59408-5 (pulse oximetry), as
    // the FHIR R4 example observation-example-satO2 codes SpO2 from a pulse oximeter.
    let population = population();
    let patient = population
        .patients
        .iter()
        .find(|p| {
            p.observations_of(c4h_healthdata::codes::ObservationKind::OxygenSaturation)
                .next()
                .is_some()
        })
        .unwrap();
    for code in ["59408-5", "http://loinc.org|2708-6"] {
        let bundle = fhir::request(
            &population,
            &format!("Observation?patient={}&code={code}", patient.nhs_number),
        );
        let entries = bundle["entry"].as_array().unwrap();
        assert!(!entries.is_empty(), "{code}");
        let codings: Vec<(&str, &str)> = entries[0]["resource"]["code"]["coding"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["system"].as_str().unwrap(), c["code"].as_str().unwrap()))
            .collect();
        assert_eq!(
            codings,
            [
                ("http://snomed.info/sct", "431314004"),
                ("http://loinc.org", "2708-6"),
                ("http://loinc.org", "59408-5"),
            ]
        );
    }
}
