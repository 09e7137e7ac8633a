//! The bounds every field of a classroom payload is held to.

/// A name or message after trimming, if it has at most `max` characters and no control
/// characters but new lines (when `lines` allows them).
pub fn bounded(text: &str, max: usize, lines: bool) -> Option<String> {
    let text = text.trim();
    let fits = text.chars().count() <= max
        && text
            .chars()
            .all(|c| !c.is_control() || (lines && c == '\n'));
    fits.then(|| text.to_owned())
}

/// "Stopped on line 1: Your script took too many steps (…), so it was stopped." without
/// the advice after it: the advice is for the learner, and it would make a table's column
/// too wide (a terminal's, or the marking page's).
pub fn first_sentence(problem: &str) -> &str {
    // Past the heading ("Problem on line 3: "), so its own words are not cut.
    let from = problem.find(": ").map_or(0, |at| at + 2);
    problem[from..]
        .find(". ")
        .map_or(problem, |end| &problem[..from + end + 1])
}

/// Whether `id` can be a lesson's id: 1 to 80 lower-case letters, digits and hyphens (as
/// c4h-lessons makes them from file names).
pub fn valid_lesson_id(id: &str) -> bool {
    (1..=80).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_sentence_keeps_its_heading_and_leaves_the_advice() {
        let stopped = "Stopped on line 1: Your script took too many steps (more than 15,000,000), so it was stopped. This usually means a loop that never ends.";
        assert_eq!(
            first_sentence(stopped),
            "Stopped on line 1: Your script took too many steps (more than 15,000,000), so it was stopped."
        );
        assert_eq!(
            first_sentence("Problem: no full stop"),
            "Problem: no full stop"
        );
        assert_eq!(first_sentence("One. Two."), "One.");
    }
}
