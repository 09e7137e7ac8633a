//! The data set as FHIR R4 JSON, shaped like NHS England's UK Core profiles, and a small
//! read-only FHIR "server" that answers requests the way NHS England's Personal
//! Demographics Service sandbox does (`Patient/{id}`, `Patient?family=&gender=&birthdate=`,
//! `Observation?patient=&code=`): a resource, a `searchset` Bundle, or an OperationOutcome
//! with a Spine error code.
//!
//! Every resource carries the HL7 "test health data" security label, so nothing made here
//! can pass for a real record. Ids are stable: a patient's id is their NHS number, and
//! their records are numbered in time order. The UK Core, PDS and HL7 sources are listed in
//! docs/data-sources.md, 'FHIR and CSV shapes'.

use serde_json::{Map, Value, json};

use crate::codes::{self, Code, ObservationKind};
use crate::model::*;
use crate::nhs_number;

/// Where our pretend server lives: example.com is reserved (RFC 2606), so no real one can
/// (see docs/data-sources.md, 'Obviously fake details').
pub const BASE_URL: &str = "https://fhir.example.com/R4/";
pub const NHS_NUMBER_SYSTEM: &str = "https://fhir.nhs.uk/Id/nhs-number";
pub const SPINE_ERROR_SYSTEM: &str = "https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode";
/// The most a search returns before it asks for more search terms (PDS: TOO_MANY_MATCHES;
/// see docs/data-sources.md, 'FHIR and CSV shapes').
pub const MAX_MATCHES: usize = 50;

fn meta() -> Value {
    let tag = codes::SYNTHETIC_DATA_TAG;
    json!({ "security": [coding(&tag)] })
}

fn coding(code: &Code) -> Value {
    json!({ "system": code.system, "code": code.code, "display": code.display })
}

fn concept(codes: &[Code], text: &str) -> Value {
    let mut value = Map::new();
    if !codes.is_empty() {
        value.insert("coding".into(), codes.iter().map(coding).collect());
    }
    value.insert("text".into(), text.into());
    Value::Object(value)
}

fn patient_reference(patient: &Patient) -> Value {
    json!({ "reference": format!("Patient/{}", patient.nhs_number), "display": patient.name() })
}

/// A number as JSON: whole numbers without a trailing `.0`.
fn number(value: f64, decimals: u32) -> Value {
    if decimals == 0 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

fn quantity(value: f64, kind: ObservationKind) -> Value {
    let info = kind.info();
    json!({
        "value": number(value, info.decimals),
        "unit": info.unit_shown,
        "system": codes::UCUM,
        "code": info.unit,
    })
}

pub fn organization(practice: &Practice) -> Value {
    json!({
        "resourceType": "Organization",
        "id": practice.code,
        "meta": meta(),
        "active": true,
        "name": format!("{} (synthetic)", practice.name),
        "address": [{ "city": practice.town, "country": "GB" }],
    })
}

pub fn patient(population: &Population, patient: &Patient) -> Value {
    let practice = population.practice_of(patient);
    json!({
        "resourceType": "Patient",
        "id": patient.nhs_number,
        "meta": meta(),
        "identifier": [{
            // UK Core: the NHS number with its verification status (01: present and verified;
            // see docs/data-sources.md, 'Clinical codes').
            "extension": [{
                "url": "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus",
                "valueCodeableConcept": { "coding": [{
                    "system": "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland",
                    "code": "01",
                    "display": "Number present and verified",
                }]},
            }],
            "system": NHS_NUMBER_SYSTEM,
            "value": patient.nhs_number,
        }],
        "name": [{ "use": "official", "family": patient.family_name, "given": [patient.given_name] }],
        "gender": patient.sex.as_str(),
        "birthDate": patient.birth_date.to_string(),
        "telecom": [
            { "system": "phone", "value": patient.phone, "use": "mobile" },
            { "system": "email", "value": patient.email, "use": "home" },
        ],
        "address": [{ "use": "home", "city": practice.town, "country": "GB" }],
        "generalPractitioner": [{
            "reference": format!("Organization/{}", practice.code),
            "display": practice.name,
        }],
    })
}

fn observation_id(patient: &Patient, index: usize) -> String {
    format!("{}-observation-{}", patient.nhs_number, index + 1)
}

fn stay_id(patient: &Patient, index: usize) -> String {
    format!("{}-stay-{}", patient.nhs_number, index + 1)
}

pub fn observation(patient: &Patient, index: usize) -> Value {
    let observation = &patient.observations[index];
    let info = observation.kind.info();
    let category_display = match info.category {
        "vital-signs" => "Vital Signs",
        "laboratory" => "Laboratory",
        _ => "Survey",
    };
    let mut resource = json!({
        "resourceType": "Observation",
        "id": observation_id(patient, index),
        "meta": meta(),
        "status": "final",
        "category": [{ "coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": info.category,
            "display": category_display,
        }]}],
        "code": concept(info.codes, info.name),
        "subject": patient_reference(patient),
        "effectiveDateTime": observation.taken.to_fhir(),
    });
    let fields = resource.as_object_mut().expect("an object");
    if let Some(stay) = observation.stay {
        fields.insert(
            "encounter".into(),
            json!({ "reference": format!("Encounter/{}", stay_id(patient, stay)) }),
        );
    }
    match observation.reading {
        Reading::Number(value) => {
            fields.insert("valueQuantity".into(), quantity(value, observation.kind));
        }
        Reading::BloodPressure {
            systolic,
            diastolic,
        } => {
            let component = |codes: &[Code], text: &str, value: f64| json!({ "code": concept(codes, text), "valueQuantity": quantity(value, ObservationKind::BloodPressure) });
            fields.insert(
                "component".into(),
                json!([
                    component(&codes::SYSTOLIC, "systolic", systolic),
                    component(&codes::DIASTOLIC, "diastolic", diastolic),
                ]),
            );
        }
        Reading::Consciousness(letter) => {
            let value = match letter {
                'A' => concept(&[codes::MENTALLY_ALERT], "Alert"),
                'C' => concept(&[], "New confusion"),
                'V' => concept(&[], "Responds to voice"),
                'P' => concept(&[], "Responds to pain"),
                _ => concept(&[], "Unresponsive"),
            };
            fields.insert("valueCodeableConcept".into(), value);
        }
        Reading::OnOxygen(on_oxygen) => {
            let value = if on_oxygen {
                concept(&[codes::ON_OXYGEN], "Oxygen")
            } else {
                concept(&[codes::BREATHING_ROOM_AIR], "Air")
            };
            fields.insert("valueCodeableConcept".into(), value);
        }
    }
    resource
}

pub fn condition(patient: &Patient, index: usize) -> Value {
    let condition = &patient.conditions[index];
    json!({
        "resourceType": "Condition",
        "id": format!("{}-condition-{}", patient.nhs_number, index + 1),
        "meta": meta(),
        "clinicalStatus": { "coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
            "code": "active",
            "display": "Active",
        }]},
        "verificationStatus": { "coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
            "code": "confirmed",
            "display": "Confirmed",
        }]},
        "category": [{ "coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/condition-category",
            "code": "problem-list-item",
            "display": "Problem List Item",
        }]}],
        "code": concept(&[condition.kind.code()], condition.kind.name()),
        "subject": patient_reference(patient),
        "onsetDateTime": condition.onset.to_string(),
        "recordedDate": condition.onset.to_string(),
    })
}

pub fn medication_request(patient: &Patient, index: usize) -> Value {
    let request = &patient.medications[index];
    let medicine = request.medicine;
    let mut resource = json!({
        "resourceType": "MedicationRequest",
        "id": format!("{}-medication-{}", patient.nhs_number, index + 1),
        "meta": meta(),
        "status": if request.end.is_some() { "stopped" } else { "active" },
        "intent": "order",
        "medicationCodeableConcept": concept(
            &[Code { system: codes::DMD, code: medicine.code, display: medicine.name }],
            medicine.name,
        ),
        "subject": patient_reference(patient),
        "authoredOn": request.start.to_string(),
        "dosageInstruction": [{ "text": medicine.dose }],
    });
    if let Some(end) = request.end {
        resource["dispenseRequest"] = json!({ "validityPeriod": { "start": request.start.to_string(), "end": end.to_string() } });
    }
    resource
}

pub fn appointment(patient: &Patient, index: usize) -> Value {
    let appointment = &patient.appointments[index];
    let participant_status = match appointment.status {
        AppointmentStatus::Cancelled => "declined",
        _ => "accepted",
    };
    json!({
        "resourceType": "Appointment",
        "id": format!("{}-appointment-{}", patient.nhs_number, index + 1),
        "meta": meta(),
        "status": appointment.status.as_fhir(),
        "serviceType": [{ "text": appointment.service }],
        "start": appointment.start.to_fhir(),
        "end": appointment.start.add_minutes(u32::from(appointment.minutes)).to_fhir(),
        "minutesDuration": appointment.minutes,
        "participant": [{ "actor": patient_reference(patient), "status": participant_status }],
    })
}

pub fn immunization(patient: &Patient, index: usize) -> Value {
    let immunisation = &patient.immunisations[index];
    json!({
        "resourceType": "Immunization",
        "id": format!("{}-immunisation-{}", patient.nhs_number, index + 1),
        "meta": meta(),
        "status": "completed",
        "vaccineCode": concept(&[immunisation.vaccine.code], immunisation.vaccine.name),
        "patient": patient_reference(patient),
        "occurrenceDateTime": immunisation.given.to_string(),
        "primarySource": true,
    })
}

pub fn encounter(patient: &Patient, index: usize) -> Value {
    let stay = &patient.hospital_stays[index];
    json!({
        "resourceType": "Encounter",
        "id": stay_id(patient, index),
        "meta": meta(),
        "status": "finished",
        // UK Core's inpatient encounter example: class IMP, type "Seen in hospital ward" (see
        // docs/data-sources.md, 'Clinical codes').
        "class": {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "code": "IMP",
            "display": "inpatient encounter",
        },
        "type": [concept(&[Code { system: codes::SNOMED, code: "185212007", display: "Seen in hospital ward" }], "Hospital stay")],
        "subject": patient_reference(patient),
        "period": { "start": stay.admitted.to_fhir(), "end": stay.discharged.to_fhir() },
        "reasonCode": [{ "text": stay.reason }],
    })
}

/// Every resource about one patient, the Patient first.
pub fn patient_resources(population: &Population, patient: &Patient) -> Vec<Value> {
    let mut resources = vec![self::patient(population, patient)];
    resources.extend((0..patient.conditions.len()).map(|i| condition(patient, i)));
    resources.extend((0..patient.observations.len()).map(|i| observation(patient, i)));
    resources.extend((0..patient.medications.len()).map(|i| medication_request(patient, i)));
    resources.extend((0..patient.appointments.len()).map(|i| appointment(patient, i)));
    resources.extend((0..patient.immunisations.len()).map(|i| immunization(patient, i)));
    resources.extend((0..patient.hospital_stays.len()).map(|i| encounter(patient, i)));
    resources
}

fn full_url(resource: &Value) -> String {
    format!(
        "{BASE_URL}{}/{}",
        resource["resourceType"].as_str().unwrap_or_default(),
        resource["id"].as_str().unwrap_or_default()
    )
}

/// The whole data set as one `collection` Bundle.
pub fn export_bundle(population: &Population) -> Value {
    let mut entries: Vec<Value> = population.practices.iter().map(organization).collect();
    for patient in &population.patients {
        entries.extend(patient_resources(population, patient));
    }
    let entries: Vec<Value> = entries
        .into_iter()
        .map(|resource| json!({ "fullUrl": full_url(&resource), "resource": resource }))
        .collect();
    json!({
        "resourceType": "Bundle",
        "id": format!("synthetic-population-seed-{}", population.seed),
        "meta": meta(),
        "type": "collection",
        "timestamp": population.reference_date.at(0, 0).to_fhir(),
        "entry": entries,
    })
}

/// A Spine error, as an OperationOutcome.
pub fn operation_outcome(spine_code: &str, diagnostics: &str) -> Value {
    let (issue_code, display) = match spine_code {
        "INVALID_RESOURCE_ID" => ("value", "Resource Id is invalid"),
        "RESOURCE_NOT_FOUND" => ("not-found", "Resource not found"),
        "TOO_MANY_MATCHES" => ("multiple-matches", "Too Many Matches"),
        _ => ("invalid", "Search data is invalid"),
    };
    json!({
        "resourceType": "OperationOutcome",
        "meta": meta(),
        "issue": [{
            "severity": "error",
            "code": issue_code,
            "details": { "coding": [{
                "system": SPINE_ERROR_SYSTEM,
                "version": "1",
                "code": spine_code,
                "display": display,
            }]},
            "diagnostics": diagnostics,
        }],
    })
}

fn searchset(query: &str, resources: Vec<Value>) -> Value {
    let entries: Vec<Value> = resources
        .into_iter()
        .map(|resource| json!({ "fullUrl": full_url(&resource), "resource": resource, "search": { "mode": "match" } }))
        .collect();
    let mut bundle = json!({
        "resourceType": "Bundle",
        "meta": meta(),
        "type": "searchset",
        "total": entries.len(),
        "link": [{ "relation": "self", "url": format!("{BASE_URL}{query}") }],
    });
    // FHIR allows no empty arrays: a search that matches nothing has no `entry` at all.
    if !entries.is_empty() {
        bundle["entry"] = Value::Array(entries);
    }
    bundle
}

/// `%20`, `+` and `%7C` in a search value, decoded.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'+' => out.push(b' '),
            b'%' if index + 2 < bytes.len() && text.is_char_boundary(index + 3) => {
                match u8::from_str_radix(&text[index + 1..index + 3], 16) {
                    Ok(byte) => {
                        out.push(byte);
                        index += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        index += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Search parameters in order; a parameter may repeat.
fn parameters(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((name, value)) => (decode(name), decode(value)),
            None => (decode(part), String::new()),
        })
        .collect()
}

const SEARCHABLE: &str = "Patient, Observation, Condition, MedicationRequest, Appointment, Immunization, Encounter, Organization";

/// Answers a FHIR read or search, like `Patient/9990000018` or `Observation?patient=9990000018&code=8480-6`.
pub fn request(population: &Population, text: &str) -> Value {
    let text = text.trim();
    let text = text
        .strip_prefix(BASE_URL)
        .unwrap_or(text)
        .trim_start_matches('/');
    let (path, query) = text.split_once('?').unwrap_or((text, ""));
    let mut segments = path.split('/');
    let resource_type = segments.next().unwrap_or_default();
    let id = segments.next();
    if segments.next().is_some() {
        return operation_outcome(
            "INVALID_SEARCH_DATA",
            &format!("`{path}` has too many parts: ask for Type/id, or Type?search"),
        );
    }
    match (resource_type, id) {
        ("Patient", Some(id)) => read_patient(population, &decode(id)),
        ("Organization", Some(id)) => match population
            .practices
            .iter()
            .find(|practice| practice.code == id)
        {
            Some(practice) => organization(practice),
            None => operation_outcome(
                "RESOURCE_NOT_FOUND",
                &format!("There is no practice with code {id}. The practices are SYN01 to SYN05."),
            ),
        },
        ("Patient", None) => search_patients(population, text, query),
        ("Organization", None) => searchset(
            text,
            population.practices.iter().map(organization).collect(),
        ),
        (
            "Observation" | "Condition" | "MedicationRequest" | "Appointment" | "Immunization"
            | "Encounter",
            None,
        ) => search_records(population, resource_type, text, query),
        (_, Some(_)) if is_record_type(resource_type) => operation_outcome(
            "INVALID_SEARCH_DATA",
            &format!(
                "Read a {resource_type} by searching for its patient: {resource_type}?patient=<NHS number>"
            ),
        ),
        _ => operation_outcome(
            "INVALID_SEARCH_DATA",
            &format!("This server has no `{resource_type}` resources. It has: {SEARCHABLE}."),
        ),
    }
}

fn is_record_type(name: &str) -> bool {
    matches!(
        name,
        "Observation"
            | "Condition"
            | "MedicationRequest"
            | "Appointment"
            | "Immunization"
            | "Encounter"
    )
}

fn read_patient(population: &Population, id: &str) -> Value {
    match nhs_number::parse(id) {
        Err(problem) => operation_outcome(
            "INVALID_RESOURCE_ID",
            &format!("`{id}` is not a valid NHS number: {problem}."),
        ),
        Ok(digits) => match population.patient(&digits) {
            Some(found) => patient(population, found),
            None => operation_outcome(
                "RESOURCE_NOT_FOUND",
                &format!(
                    "No patient in this data set has NHS number {}.",
                    nhs_number::format(&digits)
                ),
            ),
        },
    }
}

/// PDS-style patient search: family (a trailing * matches the start), given, gender,
/// birthdate (eq, ge, le, gt, lt), identifier.
fn search_patients(population: &Population, text: &str, query: &str) -> Value {
    let parameters = parameters(query);
    if parameters.is_empty() {
        return operation_outcome(
            "INVALID_SEARCH_DATA",
            "Add at least one search parameter: family, given, gender, birthdate or identifier.",
        );
    }
    let mut matches: Vec<&Patient> = population.patients.iter().collect();
    for (name, value) in &parameters {
        let wanted = value.to_lowercase();
        let keep: PatientFilter = match name.as_str() {
            "family" => Box::new(move |p| text_matches(&p.family_name, &wanted)),
            "given" => Box::new(move |p| text_matches(&p.given_name, &wanted)),
            "gender" if matches!(wanted.as_str(), "female" | "male" | "other" | "unknown") => {
                Box::new(move |p| p.sex.as_str() == wanted)
            }
            "gender" => {
                return operation_outcome(
                    "INVALID_SEARCH_DATA",
                    "gender must be female, male, other or unknown.",
                );
            }
            "birthdate" => match date_filter(value) {
                Some(filter) => filter,
                None => {
                    return operation_outcome(
                        "INVALID_SEARCH_DATA",
                        &format!(
                            "birthdate `{value}` is not a date: use YYYY-MM-DD, optionally after eq, ge, le, gt or lt (eq1970-01-31)."
                        ),
                    );
                }
            },
            "identifier" => {
                let digits = value
                    .rsplit('|')
                    .next()
                    .unwrap_or_default()
                    .replace(' ', "");
                Box::new(move |p| p.nhs_number == digits)
            }
            other => {
                return operation_outcome(
                    "INVALID_SEARCH_DATA",
                    &format!(
                        "Unknown search parameter `{other}`. Patient searches can use: family, given, gender, birthdate, identifier."
                    ),
                );
            }
        };
        matches.retain(|patient| keep(patient));
    }
    if matches.len() > MAX_MATCHES {
        return operation_outcome(
            "TOO_MANY_MATCHES",
            &format!(
                "{} patients match; at most {MAX_MATCHES} are returned. Add more search terms, such as birthdate or gender.",
                matches.len()
            ),
        );
    }
    searchset(
        text,
        matches
            .into_iter()
            .map(|p| patient(population, p))
            .collect(),
    )
}

fn text_matches(field: &str, wanted: &str) -> bool {
    let field = field.to_lowercase();
    match wanted.strip_suffix('*') {
        Some(start) => field.starts_with(start),
        None => field == wanted,
    }
}

/// Keeps the patients a search parameter matches.
type PatientFilter = Box<dyn Fn(&Patient) -> bool>;

fn date_filter(value: &str) -> Option<PatientFilter> {
    // A prefix is two ASCII letters; anything else is read as a bare date (and rejected).
    let (prefix, date) = if value.len() > 10 && value.is_char_boundary(2) {
        value.split_at(2)
    } else {
        ("eq", value)
    };
    let date = crate::Date::parse(date)?;
    Some(match prefix {
        "eq" => Box::new(move |p: &Patient| p.birth_date == date),
        "ge" => Box::new(move |p: &Patient| p.birth_date >= date),
        "le" => Box::new(move |p: &Patient| p.birth_date <= date),
        "gt" => Box::new(move |p: &Patient| p.birth_date > date),
        "lt" => Box::new(move |p: &Patient| p.birth_date < date),
        _ => return None,
    })
}

/// `Observation?patient=…&code=…` and the other record searches, which need a patient.
fn search_records(population: &Population, resource_type: &str, text: &str, query: &str) -> Value {
    let mut patient_id = None;
    let mut wanted_codes: Option<Vec<String>> = None;
    for (name, value) in parameters(query) {
        match name.as_str() {
            "patient" | "subject" => {
                patient_id = Some(value.trim_start_matches("Patient/").to_owned())
            }
            "code" if resource_type == "Observation" || resource_type == "Condition" => {
                wanted_codes = Some(
                    value
                        .split(',')
                        .map(|code| code.trim().to_owned())
                        .collect(),
                );
            }
            other => {
                return operation_outcome(
                    "INVALID_SEARCH_DATA",
                    &format!(
                        "Unknown search parameter `{other}` for {resource_type}. Use patient{}.",
                        if resource_type == "Observation" || resource_type == "Condition" {
                            " and code"
                        } else {
                            ""
                        }
                    ),
                );
            }
        }
    }
    let Some(patient_id) = patient_id else {
        return operation_outcome(
            "INVALID_SEARCH_DATA",
            &format!(
                "A {resource_type} search needs a patient: {resource_type}?patient=<NHS number>"
            ),
        );
    };
    let digits = match nhs_number::parse(&patient_id) {
        Ok(digits) => digits,
        Err(problem) => {
            return operation_outcome(
                "INVALID_SEARCH_DATA",
                &format!("`{patient_id}` is not a valid NHS number: {problem}."),
            );
        }
    };
    let Some(found) = population.patient(&digits) else {
        // FHIR searches that match nothing return an empty Bundle.
        return searchset(text, Vec::new());
    };
    let code_matches = |mut codes: Box<dyn Iterator<Item = &Code> + '_>| match &wanted_codes {
        None => true,
        Some(wanted) => codes.any(|code: &Code| {
            wanted.iter().any(|token| match token.split_once('|') {
                Some((system, value)) => {
                    (system.is_empty() || system == code.system) && value == code.code
                }
                None => token == code.code,
            })
        }),
    };
    let resources: Vec<Value> = match resource_type {
        "Observation" => (0..found.observations.len())
            .filter(|&i| {
                let kind = found.observations[i].kind;
                let components: &[Code] = if kind == ObservationKind::BloodPressure {
                    &[
                        codes::SYSTOLIC[0],
                        codes::SYSTOLIC[1],
                        codes::DIASTOLIC[0],
                        codes::DIASTOLIC[1],
                    ]
                } else {
                    &[]
                };
                code_matches(Box::new(kind.info().codes.iter().chain(components)))
            })
            .map(|i| observation(found, i))
            .collect(),
        "Condition" => (0..found.conditions.len())
            .filter(|&i| code_matches(Box::new(std::iter::once(&found.conditions[i].kind.code()))))
            .map(|i| condition(found, i))
            .collect(),
        "MedicationRequest" => (0..found.medications.len())
            .map(|i| medication_request(found, i))
            .collect(),
        "Appointment" => (0..found.appointments.len())
            .map(|i| appointment(found, i))
            .collect(),
        "Immunization" => (0..found.immunisations.len())
            .map(|i| immunization(found, i))
            .collect(),
        _ => (0..found.hospital_stays.len())
            .map(|i| encounter(found, i))
            .collect(),
    };
    searchset(text, resources)
}
