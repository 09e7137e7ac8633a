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

/// Whether `id` can be a lesson's id: 1 to 80 lower-case letters, digits and hyphens (as
/// c4h-lessons makes them from file names).
pub fn valid_lesson_id(id: &str) -> bool {
    (1..=80).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
