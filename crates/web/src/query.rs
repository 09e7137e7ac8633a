//! The address's query string (`?kiosk&idle=10`, `?embed&readonly&parent=...`), read once
//! for every setting that lives there.

/// The query's `name=value` pairs in order; a name without `=` has an empty value. Values
/// are as written (percent-encoding is left to the setting that needs decoding).
pub fn parameters(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// This page's query string.
pub fn current() -> String {
    leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_and_values_in_order() {
        let pairs: Vec<(&str, &str)> =
            parameters("?kiosk&idle=10&parent=https%3A%2F%2Fx").collect();
        assert_eq!(
            pairs,
            vec![("kiosk", ""), ("idle", "10"), ("parent", "https%3A%2F%2Fx")]
        );
        assert_eq!(parameters("").count(), 0);
        assert_eq!(parameters("?").count(), 0);
        assert_eq!(parameters("a=b=c").collect::<Vec<_>>(), vec![("a", "b=c")]);
    }
}
