//! The data set as CSV tables, one per kind of record, for spreadsheets and other tools.
//!
//! Each table's first column is the patient's NHS number, so tables join on it. Values
//! are plain (dates as YYYY-MM-DD, times as YYYY-MM-DD HH:MM); a README names the data
//! set as synthetic, since a CSV file has nowhere else to say so.

use std::fmt::Write;

use crate::model::*;

/// One field, quoted when it needs to be (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn row(out: &mut String, fields: &[String]) {
    let line: Vec<String> = fields.iter().map(|text| field(text)).collect();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{}", line.join(","));
}

fn number(value: f64, decimals: u32) -> String {
    format!("{value:.prec$}", prec = decimals as usize)
}

fn when(moment: crate::DateTime) -> String {
    format!("{} {}", moment.date, moment.time_text())
}

/// (file name, contents) for every table, README first.
pub fn tables(population: &Population) -> Vec<(&'static str, String)> {
    let mut readme = String::new();
    let _ = write!(
        readme,
        "Code4Health Playground synthetic data set (seed {}, version {}, {} patients).\n\
         Every person here is made up: NHS numbers are from the 999 test range, phone numbers\n\
         from Ofcom's drama ranges, emails at example.com. It is not real patient data.\n\
         The data set's \"today\" is {}.\n",
        population.seed,
        crate::DATASET_VERSION,
        population.patients.len(),
        population.reference_date
    );
    let mut practices = String::from("code,name,town\n");
    for practice in &population.practices {
        row(
            &mut practices,
            &[
                practice.code.clone(),
                practice.name.clone(),
                practice.town.clone(),
            ],
        );
    }
    let mut patients = String::from(
        "nhs_number,given_name,family_name,sex,birth_date,practice_code,phone,email\n",
    );
    let mut conditions = String::from("nhs_number,condition,snomed_code,onset_date\n");
    let mut observations =
        String::from("nhs_number,date_time,kind,value,second_value,unit,hospital_stay\n");
    let mut medications = String::from("nhs_number,medicine,dmd_code,dose,start_date,end_date\n");
    let mut appointments = String::from("nhs_number,start,minutes,service,status\n");
    let mut immunisations = String::from("nhs_number,vaccine,code,date\n");
    let mut stays = String::from("nhs_number,stay,admitted,discharged,reason\n");
    for patient in &population.patients {
        let nhs = || patient.nhs_number.clone();
        row(
            &mut patients,
            &[
                nhs(),
                patient.given_name.clone(),
                patient.family_name.clone(),
                patient.sex.as_str().into(),
                patient.birth_date.to_string(),
                population.practice_of(patient).code.clone(),
                patient.phone.clone(),
                patient.email.clone(),
            ],
        );
        for condition in &patient.conditions {
            let code = condition.kind.code();
            row(
                &mut conditions,
                &[
                    nhs(),
                    condition.kind.name().into(),
                    code.code.into(),
                    condition.onset.to_string(),
                ],
            );
        }
        for observation in &patient.observations {
            let info = observation.kind.info();
            let (value, second) = match observation.reading {
                Reading::Number(value) => (number(value, info.decimals), String::new()),
                Reading::BloodPressure {
                    systolic,
                    diastolic,
                } => (number(systolic, 0), number(diastolic, 0)),
                Reading::Consciousness(letter) => (letter.to_string(), String::new()),
                Reading::OnOxygen(on) => {
                    ((if on { "oxygen" } else { "air" }).into(), String::new())
                }
            };
            let stay = observation
                .stay
                .map(|stay| (stay + 1).to_string())
                .unwrap_or_default();
            row(
                &mut observations,
                &[
                    nhs(),
                    when(observation.taken),
                    info.name.into(),
                    value,
                    second,
                    info.unit_shown.into(),
                    stay,
                ],
            );
        }
        for request in &patient.medications {
            row(
                &mut medications,
                &[
                    nhs(),
                    request.medicine.name.into(),
                    request.medicine.code.into(),
                    request.medicine.dose.into(),
                    request.start.to_string(),
                    request.end.map(|end| end.to_string()).unwrap_or_default(),
                ],
            );
        }
        for appointment in &patient.appointments {
            row(
                &mut appointments,
                &[
                    nhs(),
                    when(appointment.start),
                    appointment.minutes.to_string(),
                    appointment.service.into(),
                    appointment.status.as_words().into(),
                ],
            );
        }
        for immunisation in &patient.immunisations {
            row(
                &mut immunisations,
                &[
                    nhs(),
                    immunisation.vaccine.name.into(),
                    immunisation.vaccine.code.code.into(),
                    immunisation.given.to_string(),
                ],
            );
        }
        for (index, stay) in patient.hospital_stays.iter().enumerate() {
            row(
                &mut stays,
                &[
                    nhs(),
                    (index + 1).to_string(),
                    when(stay.admitted),
                    when(stay.discharged),
                    stay.reason.into(),
                ],
            );
        }
    }
    vec![
        ("README.txt", readme),
        ("practices.csv", practices),
        ("patients.csv", patients),
        ("conditions.csv", conditions),
        ("observations.csv", observations),
        ("medications.csv", medications),
        ("appointments.csv", appointments),
        ("immunisations.csv", immunisations),
        ("hospital_stays.csv", stays),
    ]
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn quotes_only_what_needs_quoting() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
