//! The example apps shipped with the playground (the files in examples/, which the
//! sandbox's tests run and check). Their names and descriptions are in the page's
//! catalogue (`example-*`).

use crate::i18n::tr;

pub struct Example {
    /// Its name, in the learner's language.
    pub title: fn() -> String,
    /// What it does, in a sentence, in the learner's language.
    pub about: fn() -> String,
    pub code: &'static str,
}

pub const EXAMPLES: &[Example] = &[
    Example {
        title: || tr!("example-bmi"),
        about: || tr!("example-bmi-about"),
        code: include_str!("../../../examples/bmi-calculator.rhai"),
    },
    Example {
        title: || tr!("example-news2"),
        about: || tr!("example-news2-about"),
        code: include_str!("../../../examples/news2-calculator.rhai"),
    },
    Example {
        title: || tr!("example-blood-pressure"),
        about: || tr!("example-blood-pressure-about"),
        code: include_str!("../../../examples/blood-pressure-diary.rhai"),
    },
];
