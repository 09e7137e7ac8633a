//! The NEWS2 total score (Royal College of Physicians, 2017), SpO2 scale 1. The chart and
//! its source are in docs/data-sources.md, 'NEWS2'.
//!
//! The data set records a NEWS2 score with every ward vital-sign set, as a real
//! e-observations system would. The lessons ask learners to write this themselves, so it
//! is not part of the learner's API.

/// One set of vital signs, as NEWS2 scores them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VitalSigns {
    pub respiratory_rate: f64,
    pub oxygen_saturation: f64,
    pub on_oxygen: bool,
    pub systolic: f64,
    pub pulse: f64,
    /// ACVPU letter: 'A' is alert; 'C', 'V', 'P', 'U' each score 3.
    pub consciousness: char,
    pub temperature: f64,
}

pub fn score(vitals: &VitalSigns) -> u32 {
    let respiratory = match vitals.respiratory_rate {
        rate if rate <= 8.0 => 3,
        rate if rate <= 11.0 => 1,
        rate if rate <= 20.0 => 0,
        rate if rate <= 24.0 => 2,
        _ => 3,
    };
    let saturation = match vitals.oxygen_saturation {
        spo2 if spo2 <= 91.0 => 3,
        spo2 if spo2 <= 93.0 => 2,
        spo2 if spo2 <= 95.0 => 1,
        _ => 0,
    };
    let oxygen = if vitals.on_oxygen { 2 } else { 0 };
    let systolic = match vitals.systolic {
        pressure if pressure <= 90.0 => 3,
        pressure if pressure <= 100.0 => 2,
        pressure if pressure <= 110.0 => 1,
        pressure if pressure <= 219.0 => 0,
        _ => 3,
    };
    let pulse = match vitals.pulse {
        rate if rate <= 40.0 => 3,
        rate if rate <= 50.0 => 1,
        rate if rate <= 90.0 => 0,
        rate if rate <= 110.0 => 1,
        rate if rate <= 130.0 => 2,
        _ => 3,
    };
    let consciousness = if vitals.consciousness == 'A' { 0 } else { 3 };
    let temperature = match vitals.temperature {
        t if t <= 35.0 => 3,
        t if t <= 36.0 => 1,
        t if t <= 38.0 => 0,
        t if t <= 39.0 => 1,
        _ => 2,
    };
    respiratory + saturation + oxygen + systolic + pulse + consciousness + temperature
}

#[cfg(test)]
mod tests {
    use super::*;

    const WELL: VitalSigns = VitalSigns {
        respiratory_rate: 16.0,
        oxygen_saturation: 97.0,
        on_oxygen: false,
        systolic: 125.0,
        pulse: 72.0,
        consciousness: 'A',
        temperature: 36.8,
    };

    #[test]
    fn a_well_person_scores_zero() {
        assert_eq!(score(&WELL), 0);
    }

    #[test]
    fn each_band_edge_of_the_chart() {
        let with = |change: fn(&mut VitalSigns)| {
            let mut vitals = WELL;
            change(&mut vitals);
            score(&vitals)
        };
        assert_eq!(with(|v| v.respiratory_rate = 8.0), 3);
        assert_eq!(with(|v| v.respiratory_rate = 9.0), 1);
        assert_eq!(with(|v| v.respiratory_rate = 21.0), 2);
        assert_eq!(with(|v| v.respiratory_rate = 25.0), 3);
        assert_eq!(with(|v| v.oxygen_saturation = 93.0), 2);
        assert_eq!(with(|v| v.oxygen_saturation = 95.0), 1);
        assert_eq!(with(|v| v.on_oxygen = true), 2);
        assert_eq!(with(|v| v.systolic = 90.0), 3);
        assert_eq!(with(|v| v.systolic = 101.0), 1);
        assert_eq!(with(|v| v.systolic = 220.0), 3);
        assert_eq!(with(|v| v.pulse = 40.0), 3);
        assert_eq!(with(|v| v.pulse = 91.0), 1);
        assert_eq!(with(|v| v.pulse = 131.0), 3);
        assert_eq!(with(|v| v.consciousness = 'C'), 3);
        assert_eq!(with(|v| v.temperature = 35.0), 3);
        assert_eq!(with(|v| v.temperature = 38.1), 1);
        assert_eq!(with(|v| v.temperature = 39.1), 2);
    }

    #[test]
    fn a_very_unwell_patient() {
        let vitals = VitalSigns {
            respiratory_rate: 26.0,
            oxygen_saturation: 90.0,
            on_oxygen: true,
            systolic: 95.0,
            pulse: 118.0,
            consciousness: 'V',
            temperature: 39.4,
        };
        assert_eq!(score(&vitals), 3 + 3 + 2 + 2 + 2 + 3 + 2);
    }
}
