//! The example apps shipped with the playground (the files in examples/, which the
//! sandbox's tests run and check).

pub struct Example {
    pub title: &'static str,
    pub about: &'static str,
    pub code: &'static str,
}

pub const EXAMPLES: &[Example] = &[
    Example {
        title: "BMI calculator",
        about: "Weight and height in, body mass index out.",
        code: include_str!("../../../examples/bmi-calculator.rhai"),
    },
    Example {
        title: "NEWS2 score calculator",
        about: "The early warning score from a set of observations.",
        code: include_str!("../../../examples/news2-calculator.rhai"),
    },
    Example {
        title: "Blood pressure diary",
        about: "A chart of a made-up patient's blood pressure over time.",
        code: include_str!("../../../examples/blood-pressure-diary.rhai"),
    },
];
