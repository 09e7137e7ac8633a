//! The lessons' words that depend on a value: counts (each a plural selection in
//! messages/<lang>/lessons.ftl), who a unit suits, the checklist's summary. Each is a
//! [`Message`], rendered in the learner's language with [`crate::i18n::render`].

use c4h_lessons::Suits;
use c4h_messages::Message;

/// Who a unit or lesson suits, as its tag in the list says it.
pub fn suits(suits: Suits) -> Message {
    match suits {
        Suits::Everyone => Message::new("lessons-suits-everyone"),
        Suits::Patients => Message::new("lessons-suits-patients"),
        Suits::Clinicians => Message::new("lessons-suits-clinicians"),
    }
}

/// The checklist's summary after "Check my code": `passed` of `total` checks passed.
pub fn checks_summary(passed: usize, total: usize) -> Message {
    if passed == total {
        Message::new("lesson-checks-all-passed").with("total", total)
    } else {
        Message::new("lesson-checks-some-passed")
            .with("passed", passed)
            .with("total", total)
    }
}

/// The learner's progress through every lesson.
pub fn progress(done: usize, total: usize) -> Message {
    Message::new("lessons-progress")
        .with("done", done)
        .with("total", total)
}

/// A unit's progress: `finished` of its `total` lessons.
pub fn unit_progress(finished: usize, total: usize) -> Message {
    Message::new("lessons-unit-progress")
        .with("finished", finished)
        .with("total", total)
}

/// A unit's heading.
pub fn unit(number: u32, title: &str) -> Message {
    Message::new("lessons-unit")
        .with("number", number)
        .with("title", title)
}

/// Under a lesson's link: how long it takes and what it teaches.
pub fn about(minutes: u32, teaches: &[String]) -> Message {
    Message::new("lessons-about")
        .with("minutes", minutes)
        .with("teaches", teaches.join(", "))
}

#[cfg(test)]
mod tests {
    use c4h_messages::{Catalogue, Lang, render};

    use super::*;

    fn catalogue(lang: Lang) -> Catalogue {
        let source = match lang {
            Lang::En => include_str!("../../../../messages/en/lessons.ftl"),
            Lang::Cy => include_str!("../../../../messages/cy/lessons.ftl"),
        };
        Catalogue::parse(source).unwrap()
    }

    fn say(lang: Lang, message: &Message) -> String {
        render(&catalogue(lang), lang, message).unwrap()
    }

    /// For each count the check tries: what the message says in English and Welsh.
    fn for_counts(message: impl Fn(usize) -> Message, english: [&str; 6], welsh: [&str; 6]) {
        for (index, n) in [0, 1, 2, 3, 6, 20].into_iter().enumerate() {
            assert_eq!(say(Lang::En, &message(n)), english[index], "English, {n}");
            assert_eq!(say(Lang::Cy, &message(n)), welsh[index], "Welsh, {n}");
        }
    }

    #[test]
    fn the_lesson_list_counts_lessons_in_both_languages() {
        // English follows the total ("of 1 lesson"); Welsh says how many are done, and
        // the noun follows that number.
        for_counts(
            |n| progress(n, 49),
            [
                "You have completed 0 of 49 lessons.",
                "You have completed 1 of 49 lessons.",
                "You have completed 2 of 49 lessons.",
                "You have completed 3 of 49 lessons.",
                "You have completed 6 of 49 lessons.",
                "You have completed 20 of 49 lessons.",
            ],
            [
                "Dydych chi ddim wedi cwblhau unrhyw wers eto, o 49 i gyd.",
                "Rydych chi wedi cwblhau 1 wers, o 49 i gyd.",
                "Rydych chi wedi cwblhau 2 wers, o 49 i gyd.",
                "Rydych chi wedi cwblhau 3 gwers, o 49 i gyd.",
                "Rydych chi wedi cwblhau 6 gwers, o 49 i gyd.",
                "Rydych chi wedi cwblhau 20 gwers, o 49 i gyd.",
            ],
        );
        assert_eq!(
            say(Lang::En, &progress(0, 1)),
            "You have completed 0 of 1 lesson."
        );
    }

    #[test]
    fn minutes_are_counted_in_both_languages() {
        let teaches = ["print".to_owned(), "variables".to_owned()];
        for_counts(
            |n| about(n as u32, &teaches),
            [
                "About 0 minutes. Teaches: print, variables.",
                "About 1 minute. Teaches: print, variables.",
                "About 2 minutes. Teaches: print, variables.",
                "About 3 minutes. Teaches: print, variables.",
                "About 6 minutes. Teaches: print, variables.",
                "About 20 minutes. Teaches: print, variables.",
            ],
            [
                "Tua 0 munud. Mae'n dysgu: print, variables.",
                "Tua 1 munud. Mae'n dysgu: print, variables.",
                "Tua 2 funud. Mae'n dysgu: print, variables.",
                "Tua 3 munud. Mae'n dysgu: print, variables.",
                "Tua 6 munud. Mae'n dysgu: print, variables.",
                "Tua 20 munud. Mae'n dysgu: print, variables.",
            ],
        );
    }

    #[test]
    fn the_checklist_counts_checks_in_both_languages() {
        let well_done = "Well done: you have completed this lesson!";
        let da_iawn = "Da iawn: rydych chi wedi cwblhau'r wers hon!";
        for_counts(
            |n| checks_summary(n, n),
            [
                &format!("All 0 checks passed. {well_done}"),
                &format!("The check passed. {well_done}"),
                &format!("All 2 checks passed. {well_done}"),
                &format!("All 3 checks passed. {well_done}"),
                &format!("All 6 checks passed. {well_done}"),
                &format!("All 20 checks passed. {well_done}"),
            ],
            [
                &format!("Mae'r 0 gwiriad i gyd wedi llwyddo. {da_iawn}"),
                &format!("Mae'r gwiriad wedi llwyddo. {da_iawn}"),
                &format!("Mae'r 2 wiriad wedi llwyddo. {da_iawn}"),
                &format!("Mae'r 3 gwiriad i gyd wedi llwyddo. {da_iawn}"),
                &format!("Mae'r 6 gwiriad i gyd wedi llwyddo. {da_iawn}"),
                &format!("Mae'r 20 gwiriad i gyd wedi llwyddo. {da_iawn}"),
            ],
        );
        let again = "Read what to change below, then try again.";
        let eto = "Darllenwch beth i'w newid isod, yna rhowch gynnig arall arni.";
        // Some passed, not all (with none at all, every check passed).
        for_counts(
            |n| checks_summary(n.saturating_sub(1), n.max(1)),
            [
                &format!("0 of 1 check passed. {again}"),
                &format!("0 of 1 check passed. {again}"),
                &format!("1 of 2 checks passed. {again}"),
                &format!("2 of 3 checks passed. {again}"),
                &format!("5 of 6 checks passed. {again}"),
                &format!("19 of 20 checks passed. {again}"),
            ],
            [
                &format!("Mae 0 o 1 gwiriad wedi llwyddo. {eto}"),
                &format!("Mae 0 o 1 gwiriad wedi llwyddo. {eto}"),
                &format!("Mae 1 o 2 wiriad wedi llwyddo. {eto}"),
                &format!("Mae 2 o 3 gwiriad wedi llwyddo. {eto}"),
                &format!("Mae 5 o 6 gwiriad wedi llwyddo. {eto}"),
                &format!("Mae 19 o 20 gwiriad wedi llwyddo. {eto}"),
            ],
        );
        assert_eq!(
            say(Lang::En, &checks_summary(0, 2)),
            format!("0 of 2 checks passed. {again}")
        );
    }

    #[test]
    fn each_kind_of_learner_has_a_tag_in_both_languages() {
        let said = |lang| {
            [Suits::Everyone, Suits::Patients, Suits::Clinicians]
                .map(|which| say(lang, &suits(which)))
        };
        assert_eq!(
            said(Lang::En),
            [
                "For patients and clinicians",
                "For patients",
                "For clinicians"
            ]
        );
        assert_eq!(
            said(Lang::Cy),
            ["I gleifion a chlinigwyr", "I gleifion", "I glinigwyr"]
        );
        assert_eq!(say(Lang::Cy, &unit(2, "Rhestrau")), "Uned 2: Rhestrau");
    }
}
