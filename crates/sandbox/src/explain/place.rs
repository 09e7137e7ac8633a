//! The text around the place Rhai reports: what comes before it on its line, what starts
//! there, and the word there. The messages about habits from other languages and from
//! maths (habits.rs) read it.

use rhai::Position;

/// A line of the script split at the reported place.
pub struct Place {
    /// The line up to the place.
    pub before: String,
    /// The line from the place on.
    pub after: String,
}

impl Place {
    /// The place `position` in `code`, if it is inside the script.
    pub fn of(code: &str, position: Position) -> Option<Place> {
        let line = code.lines().nth(position.line()?.checked_sub(1)?)?;
        let column = position.position()?.checked_sub(1)?;
        let before: String = line.chars().take(column).collect();
        let after: String = line.chars().skip(column).collect();
        Some(Place { before, after })
    }

    /// The word (letters, digits, `_`) starting at the place, or "".
    pub fn word(&self) -> &str {
        let end = self
            .after
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(self.after.len());
        &self.after[..end]
    }

    /// The last character before the place that is not a space.
    pub fn previous(&self) -> Option<char> {
        self.before.trim_end().chars().next_back()
    }

    /// The whole line, its leading spaces left out.
    pub fn line(&self) -> String {
        format!("{}{}", self.before, self.after).trim().to_owned()
    }
}
