//! The clinical coding of the data set: SNOMED CT, LOINC, dm+d, with UCUM units.
//!
//! Every code here was checked against a published source, named beside it; the codes, their
//! sources and the codes left out are all listed in docs/data-sources.md, 'Clinical codes'.
//! UK Core puts SNOMED CT first and LOINC second on an observation; we do the same.

pub const SNOMED: &str = "http://snomed.info/sct";
pub const LOINC: &str = "http://loinc.org";
pub const UCUM: &str = "http://unitsofmeasure.org";
pub const DMD: &str = "https://dmd.nhs.uk";

/// A code in a coding system, with its display text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub system: &'static str,
    pub code: &'static str,
    pub display: &'static str,
}

const fn snomed(code: &'static str, display: &'static str) -> Code {
    Code {
        system: SNOMED,
        code,
        display,
    }
}

const fn loinc(code: &'static str, display: &'static str) -> Code {
    Code {
        system: LOINC,
        code,
        display,
    }
}

/// What an observation measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ObservationKind {
    BloodPressure,
    HeartRate,
    RespiratoryRate,
    OxygenSaturation,
    AirOrOxygen,
    Consciousness,
    BodyTemperature,
    Weight,
    Height,
    Bmi,
    Hba1c,
    News2,
}

/// How an observation kind is named, coded and measured.
pub struct ObservationInfo {
    /// The name learners use: `observations(patient, "blood pressure")`.
    pub name: &'static str,
    /// Other names a learner might reasonably type.
    pub aliases: &'static [&'static str],
    pub codes: &'static [Code],
    /// UCUM code and how it is shown ("mm[Hg]" shown as "mmHg"); empty for coded answers.
    pub unit: &'static str,
    pub unit_shown: &'static str,
    /// Decimal places the value is recorded to.
    pub decimals: u32,
    /// FHIR observation category (vital-signs or laboratory or survey).
    pub category: &'static str,
}

// Sources, checked 2026-11 (UKC = github.com/NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN; full
// list in docs/data-sources.md, 'Clinical codes'):
// * blood pressure, systolic, diastolic: UKC examples/UKCore-Observation-VitalSigns-BloodPressure-Example.xml
// * heart rate, respiratory rate, NEWS2 total, ACVPU, "Mentally alert", "Breathing room air":
//   UKC examples/UKCore-Bundle-NEWS2Observations-Example.xml
// * oxygen saturation, temperature, weight, height, BMI: UKC examples/UKCore-Observation-VitalSigns-
//   {OxygenSaturation,BodyTemperature,BodyWeight,BodyHeight,BMI}-Example.xml
// * oxygen saturation by pulse oximetry, LOINC 59408-5, beside 2708-6: the FHIR R4 example
//   observation-example-satO2 (HL7, hl7.org/fhir/R4/observation-example-satO2.html), which
//   codes SpO2 from a pulse oximeter with both. (UKC's examples carry 2708-6 alone.)
// * HbA1c (IFCC): SNOMED 999791000000106 in OpenSAFELY's codelist
//   opensafely/glycated-haemoglobin-hba1c-tests-numerical-value (from NHS SNOMED CT releases).
//   Its LOINC code (59261-8) could not be checked against a published source, so it is left out.
// * air or oxygen: NHS Digital Medicines CareConnect NEWS2 guidance ("Air or Oxygen
//   Observation": code by text, value 722742002 Breathing room air or 371825009 Patient on oxygen).
pub const SYSTOLIC: [Code; 2] = [
    snomed("72313002", "Systolic arterial pressure"),
    loinc("8480-6", "Systolic blood pressure"),
];
pub const DIASTOLIC: [Code; 2] = [
    snomed("1091811000000102", "Diastolic arterial pressure"),
    loinc("8462-4", "Diastolic blood pressure"),
];

impl ObservationKind {
    pub const ALL: [ObservationKind; 12] = [
        ObservationKind::BloodPressure,
        ObservationKind::HeartRate,
        ObservationKind::RespiratoryRate,
        ObservationKind::OxygenSaturation,
        ObservationKind::AirOrOxygen,
        ObservationKind::Consciousness,
        ObservationKind::BodyTemperature,
        ObservationKind::Weight,
        ObservationKind::Height,
        ObservationKind::Bmi,
        ObservationKind::Hba1c,
        ObservationKind::News2,
    ];

    pub fn info(self) -> &'static ObservationInfo {
        match self {
            ObservationKind::BloodPressure => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "blood pressure",
                    aliases: &["bp"],
                    codes: &[
                        snomed("75367002", "Blood pressure"),
                        loinc("85354-9", "Blood pressure panel with all children optional"),
                    ],
                    unit: "mm[Hg]",
                    unit_shown: "mmHg",
                    decimals: 0,
                    category: "vital-signs",
                };
                &INFO
            }
            ObservationKind::HeartRate => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "heart rate",
                    aliases: &["pulse", "pulse rate"],
                    codes: &[
                        snomed("364075005", "Heart rate"),
                        loinc("8867-4", "Heart rate"),
                    ],
                    unit: "/min",
                    unit_shown: "beats per minute",
                    decimals: 0,
                    category: "vital-signs",
                };
                &INFO
            }
            ObservationKind::RespiratoryRate => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "respiratory rate",
                    aliases: &["respiration rate", "breathing rate"],
                    codes: &[
                        snomed("86290005", "Respiratory rate"),
                        loinc("9279-1", "Respiratory rate"),
                    ],
                    unit: "/min",
                    unit_shown: "breaths per minute",
                    decimals: 0,
                    category: "vital-signs",
                };
                &INFO
            }
            ObservationKind::OxygenSaturation => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "oxygen saturation",
                    aliases: &["spo2", "sats", "o2 sats"],
                    codes: &[
                        snomed("431314004", "Peripheral oxygen saturation"),
                        loinc("2708-6", "Oxygen saturation in Arterial blood"),
                        loinc(
                            "59408-5",
                            "Oxygen saturation in Arterial blood by Pulse oximetry",
                        ),
                    ],
                    unit: "%",
                    unit_shown: "%",
                    decimals: 0,
                    category: "vital-signs",
                };
                &INFO
            }
            ObservationKind::AirOrOxygen => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "air or oxygen",
                    aliases: &["oxygen", "on oxygen", "supplemental oxygen"],
                    codes: &AIR_OR_OXYGEN,
                    unit: "",
                    unit_shown: "",
                    decimals: 0,
                    category: "vital-signs",
                };
                &INFO
            }
            ObservationKind::Consciousness => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "consciousness",
                    aliases: &["acvpu", "avpu", "level of consciousness"],
                    codes: &CONSCIOUSNESS,
                    unit: "",
                    unit_shown: "",
                    decimals: 0,
                    category: "vital-signs",
                };
                &INFO
            }
            ObservationKind::BodyTemperature => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "temperature",
                    aliases: &["body temperature", "temp"],
                    codes: &[
                        snomed("276885007", "Core body temperature"),
                        loinc("8310-5", "Body temperature"),
                    ],
                    unit: "Cel",
                    unit_shown: "°C",
                    decimals: 1,
                    category: "vital-signs",
                };
                &INFO
            }
            ObservationKind::Weight => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "weight",
                    aliases: &["body weight"],
                    codes: &[
                        snomed("27113001", "Body weight"),
                        loinc("29463-7", "Body weight"),
                    ],
                    unit: "kg",
                    unit_shown: "kg",
                    decimals: 1,
                    category: "vital-signs",
                };
                &INFO
            }
            ObservationKind::Height => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "height",
                    aliases: &["body height"],
                    codes: &[
                        snomed("50373000", "Body height measure"),
                        loinc("8302-2", "Body height"),
                    ],
                    unit: "cm",
                    unit_shown: "cm",
                    decimals: 0,
                    category: "vital-signs",
                };
                &INFO
            }
            ObservationKind::Bmi => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "bmi",
                    aliases: &["body mass index"],
                    codes: &[
                        snomed("60621009", "Body mass index"),
                        loinc("39156-5", "Body mass index (BMI) [Ratio]"),
                    ],
                    unit: "kg/m2",
                    unit_shown: "kg/m²",
                    decimals: 1,
                    category: "vital-signs",
                };
                &INFO
            }
            ObservationKind::Hba1c => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "hba1c",
                    aliases: &["a1c", "hb a1c", "haemoglobin a1c", "glycated haemoglobin"],
                    codes: &[snomed(
                        "999791000000106",
                        "Haemoglobin A1c level - International Federation of Clinical Chemistry and Laboratory Medicine standardised",
                    )],
                    unit: "mmol/mol",
                    unit_shown: "mmol/mol",
                    decimals: 0,
                    category: "laboratory",
                };
                &INFO
            }
            ObservationKind::News2 => {
                const INFO: ObservationInfo = ObservationInfo {
                    name: "news2",
                    aliases: &["news", "news2 score", "news 2", "early warning score"],
                    codes: &[snomed(
                        "1104051000000101",
                        "Royal College of Physicians NEWS2 (National Early Warning Score 2) total score",
                    )],
                    unit: "{score}",
                    unit_shown: "points",
                    decimals: 0,
                    category: "survey",
                };
                &INFO
            }
        }
    }

    /// The kind a learner means by `name` ("Blood Pressure", "bp", "spo2", …), if any.
    pub fn from_name(name: &str) -> Option<ObservationKind> {
        find_by_name(&ObservationKind::ALL, name, ObservationKind::all_names)
    }

    /// Its main name, then the other names a learner may type for it.
    pub fn all_names(self) -> impl Iterator<Item = &'static str> {
        let info = self.info();
        std::iter::once(info.name).chain(info.aliases.iter().copied())
    }

    /// The main name of every kind.
    pub fn names() -> Vec<&'static str> {
        ObservationKind::ALL
            .iter()
            .map(|kind| kind.info().name)
            .collect()
    }
}

/// The kind one of whose names is `name`, both sides compared after [`normalise`].
fn find_by_name<Kind: Copy, Names: Iterator<Item = &'static str>>(
    kinds: &[Kind],
    name: &str,
    names: fn(Kind) -> Names,
) -> Option<Kind> {
    let wanted = normalise(name);
    kinds
        .iter()
        .copied()
        .find(|kind| names(*kind).any(|candidate| normalise(candidate) == wanted))
}

/// Lower case, single spaces, underscores and dashes as spaces.
fn normalise(name: &str) -> String {
    name.to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Coded by text, as the CareConnect NEWS2 guidance does: there is no concept for the question
/// (see docs/data-sources.md, 'Clinical codes').
pub const AIR_OR_OXYGEN: [Code; 0] = [];
pub const BREATHING_ROOM_AIR: Code = snomed("722742002", "Breathing room air");
pub const ON_OXYGEN: Code = snomed("371825009", "Patient on oxygen");
pub const CONSCIOUSNESS: [Code; 1] = [snomed(
    "1104441000000107",
    "ACVPU (Alert Confusion Voice Pain Unresponsive) scale score",
)];
/// The only ACVPU answer with a checked code; the others are recorded as text.
pub const MENTALLY_ALERT: Code = snomed("248234008", "Mentally alert");

/// A long-term condition in the data set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConditionKind {
    Hypertension,
    Type2Diabetes,
    NonDiabeticHyperglycaemia,
    Asthma,
    Copd,
    AtrialFibrillation,
    ChronicKidneyDisease,
    HeartFailure,
}

impl ConditionKind {
    pub const ALL: [ConditionKind; 8] = [
        ConditionKind::Hypertension,
        ConditionKind::Type2Diabetes,
        ConditionKind::NonDiabeticHyperglycaemia,
        ConditionKind::Asthma,
        ConditionKind::Copd,
        ConditionKind::AtrialFibrillation,
        ConditionKind::ChronicKidneyDisease,
        ConditionKind::HeartFailure,
    ];

    /// The name learners see.
    pub fn name(self) -> &'static str {
        match self {
            ConditionKind::Hypertension => "high blood pressure",
            ConditionKind::Type2Diabetes => "type 2 diabetes",
            ConditionKind::NonDiabeticHyperglycaemia => "non-diabetic hyperglycaemia",
            ConditionKind::Asthma => "asthma",
            ConditionKind::Copd => "COPD",
            ConditionKind::AtrialFibrillation => "atrial fibrillation",
            ConditionKind::ChronicKidneyDisease => "chronic kidney disease (stage 3)",
            ConditionKind::HeartFailure => "heart failure",
        }
    }

    /// Other names a learner may type for it.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            ConditionKind::Hypertension => &["hypertension"],
            ConditionKind::Type2Diabetes => &["diabetes", "t2dm"],
            ConditionKind::NonDiabeticHyperglycaemia => &["pre-diabetes", "prediabetes", "ndh"],
            ConditionKind::Asthma | ConditionKind::HeartFailure => &[],
            ConditionKind::Copd => &["chronic obstructive pulmonary disease"],
            ConditionKind::AtrialFibrillation => &["af"],
            ConditionKind::ChronicKidneyDisease => &["chronic kidney disease", "ckd"],
        }
    }

    /// Its name, then its aliases.
    pub fn all_names(self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.name()).chain(self.aliases().iter().copied())
    }

    /// The condition a learner means by `name` ("Asthma", "diabetes", "CKD", …), if any.
    pub fn from_name(name: &str) -> Option<ConditionKind> {
        find_by_name(&ConditionKind::ALL, name, ConditionKind::all_names)
    }

    /// Sources: NHS Digital primary care domain reference sets (HYP_COD, DMTYPE2_COD, AST_COD,
    /// COPD_COD, AFIB_COD, HF_COD) as published in OpenSAFELY's codelists
    /// (opensafely/zostavax-dementia, codelists/nhsd-primary-care-domain-refsets-*.csv);
    /// non-diabetic hyperglycaemia: opensafely-prediabetes-snomed; CKD stage 3:
    /// user-elsie_horne-ckd_snomed (opensafely/post-covid-vaccinated). See docs/data-sources.md,
    /// 'Clinical codes'.
    pub fn code(self) -> Code {
        match self {
            ConditionKind::Hypertension => {
                snomed("38341003", "Hypertensive disorder, systemic arterial")
            }
            ConditionKind::Type2Diabetes => snomed("44054006", "Diabetes mellitus type 2"),
            ConditionKind::NonDiabeticHyperglycaemia => {
                snomed("700449008", "Non-diabetic hyperglycemia")
            }
            ConditionKind::Asthma => snomed("195967001", "Asthma"),
            ConditionKind::Copd => snomed("13645005", "Chronic obstructive pulmonary disease"),
            ConditionKind::AtrialFibrillation => snomed("49436004", "Atrial fibrillation"),
            ConditionKind::ChronicKidneyDisease => {
                snomed("433144002", "Chronic kidney disease stage 3")
            }
            ConditionKind::HeartFailure => snomed("84114007", "Heart failure"),
        }
    }
}

/// A medicine as prescribed: a dm+d virtual medicinal product.
#[derive(Debug, PartialEq)]
pub struct Medicine {
    /// dm+d VMP code.
    pub code: &'static str,
    /// dm+d name, e.g. "Amlodipine 5mg tablets".
    pub name: &'static str,
    /// The dose instruction, in plain English.
    pub dose: &'static str,
}

// dm+d VMP codes, current (successor) codes where dm+d has re-issued one. Sources: OpenSAFELY
// codelists built from dm+d releases — calcium-channel-blockers (amlodipine),
// ace-inhibitor-medications (ramipril), antidiabetic-drugs (metformin, gliclazide),
// statin-medication (atorvastatin), copd-medications-new-dmd (salbutamol, tiotropium),
// asthma-inhaler-steroid-medication (beclometasone), direct-acting-oral-anticoagulants-doac
// (apixaban; its successor code could not be checked, so the original is kept). See
// docs/data-sources.md, 'Clinical codes'.
pub const AMLODIPINE: Medicine = Medicine {
    code: "39732011000001102",
    name: "Amlodipine 5mg tablets",
    dose: "Take one tablet once a day",
};
pub const RAMIPRIL: Medicine = Medicine {
    code: "42381611000001104",
    name: "Ramipril 5mg capsules",
    dose: "Take one capsule once a day",
};
pub const METFORMIN: Medicine = Medicine {
    code: "42084911000001109",
    name: "Metformin 500mg tablets",
    dose: "Take one tablet twice a day with food",
};
pub const GLICLAZIDE: Medicine = Medicine {
    code: "42082911000001100",
    name: "Gliclazide 80mg tablets",
    dose: "Take one tablet once a day with breakfast",
};
pub const ATORVASTATIN: Medicine = Medicine {
    code: "39733011000001106",
    name: "Atorvastatin 20mg tablets",
    dose: "Take one tablet once a day",
};
pub const SALBUTAMOL: Medicine = Medicine {
    code: "39113611000001102",
    name: "Salbutamol 100micrograms/dose inhaler CFC free",
    dose: "Inhale two puffs when needed",
};
pub const BECLOMETASONE: Medicine = Medicine {
    code: "35908111000001105",
    name: "Beclometasone 100micrograms/dose inhaler CFC free",
    dose: "Inhale two puffs twice a day",
};
pub const TIOTROPIUM: Medicine = Medicine {
    code: "9479011000001103",
    name: "Tiotropium bromide 18microgram inhalation powder capsules with device",
    dose: "Inhale the contents of one capsule once a day",
};
pub const APIXABAN: Medicine = Medicine {
    code: "703908001",
    name: "Apixaban 5mg tablets",
    dose: "Take one tablet twice a day",
};

/// A vaccine as recorded on an Immunization.
#[derive(Debug, PartialEq)]
pub struct Vaccine {
    pub code: Code,
    /// The name learners see.
    pub name: &'static str,
}

// Sources: the dm+d flu vaccine in UKC examples/Extension-UKCore-VaccinationProcedure-Example.xml;
// the generic SNOMED product in UKC examples/UKCore-Immunization-Example.xml (no nasal-spray
// product code could be checked, so the nasal spray carries the generic one and says so in text).
// See docs/data-sources.md, 'Clinical codes'.
pub const FLU_INJECTION: Vaccine = Vaccine {
    code: Code {
        system: DMD,
        code: "11278411000001109",
        display: "Influenza vaccine (split virion, inactivated) suspension for injection 0.5ml pre-filled syringes (Pfizer Ltd)",
    },
    name: "flu vaccine (injection)",
};
pub const FLU_NASAL_SPRAY: Vaccine = Vaccine {
    code: Code {
        system: SNOMED,
        code: "46233009",
        display: "Influenza virus vaccine",
    },
    name: "flu vaccine (nasal spray)",
};

/// FHIR's label for test data, on every resource we make (HL7 v3 ActReason HTEST; shown in
/// meta.security by IHE's MHD and PCF implementation guide examples; see docs/data-sources.md,
/// 'FHIR and CSV shapes').
pub const SYNTHETIC_DATA_TAG: Code = Code {
    system: "http://terminology.hl7.org/CodeSystem/v3-ActReason",
    code: "HTEST",
    display: "test health data",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learners_names_find_their_kinds() {
        assert_eq!(
            ObservationKind::from_name("Blood Pressure"),
            Some(ObservationKind::BloodPressure)
        );
        assert_eq!(
            ObservationKind::from_name(" BP "),
            Some(ObservationKind::BloodPressure)
        );
        assert_eq!(
            ObservationKind::from_name("HbA1c"),
            Some(ObservationKind::Hba1c)
        );
        assert_eq!(
            ObservationKind::from_name("blood_pressure"),
            Some(ObservationKind::BloodPressure)
        );
        assert_eq!(ObservationKind::from_name("cholesterol"), None);
    }

    #[test]
    fn learners_names_find_their_conditions() {
        assert_eq!(
            ConditionKind::from_name("Diabetes"),
            Some(ConditionKind::Type2Diabetes)
        );
        assert_eq!(
            ConditionKind::from_name("non diabetic hyperglycaemia"),
            Some(ConditionKind::NonDiabeticHyperglycaemia)
        );
        assert_eq!(
            ConditionKind::from_name("High-Blood-Pressure"),
            Some(ConditionKind::Hypertension)
        );
        assert_eq!(
            ConditionKind::from_name("chronic kidney disease (stage 3)"),
            Some(ConditionKind::ChronicKidneyDisease)
        );
        assert_eq!(ConditionKind::from_name("gout"), None);
    }

    #[test]
    fn names_are_unique() {
        let mut all: Vec<&str> = ObservationKind::ALL
            .iter()
            .flat_map(|kind| {
                std::iter::once(kind.info().name).chain(kind.info().aliases.iter().copied())
            })
            .collect();
        let count = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), count);
    }
}
