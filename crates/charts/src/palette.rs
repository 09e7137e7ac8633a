//! How series are told apart: a colour-blind-safe colour, and always a second cue that
//! needs no colour vision at all (a marker shape, a dash pattern, a hatching).

use std::fmt::Write;

use crate::format::Coord;
use crate::markup::Markup;

/// Okabe and Ito's colour-blind-safe palette, with the green, pink and orange darkened so
/// that every colour has at least 3:1 contrast against white (WCAG 1.4.11, non-text
/// contrast); a test checks it.
pub(crate) const COLOURS: [&str; 6] = [
    "#0072B2", // blue
    "#D55E00", // vermilion
    "#007A5E", // bluish green, darkened from #009E73
    "#CC3F8E", // reddish purple, darkened from #CC79A7
    "#000000", // black
    "#8A6100", // orange, darkened from #E69F00
];

/// Text, axes and grid lines (NHS.UK's text and grey colours).
pub(crate) const TEXT: &str = "#212b32";
pub(crate) const AXIS: &str = "#4c6272";
pub(crate) const GRID: &str = "#d8dde0";

pub(crate) fn colour(series: usize) -> &'static str {
    COLOURS[series % COLOURS.len()]
}

/// The shapes that mark points, in the order series use them: ten, as many as a script
/// may draw series, so no two series share a shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
    Plus,
    TriangleDown,
    Cross,
    Star,
    WideBar,
    TallBar,
}

const MARKERS: [Marker; 10] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
    Marker::Plus,
    Marker::TriangleDown,
    Marker::Cross,
    Marker::Star,
    Marker::WideBar,
    Marker::TallBar,
];

pub(crate) fn marker(series: usize) -> Marker {
    MARKERS[series % MARKERS.len()]
}

/// A five-pointed star's corners around its centre, outer and inner in turn.
const STAR: [(f64, f64); 10] = [
    (0.0, -5.5),
    (1.35, -1.86),
    (5.23, -1.7),
    (2.19, 0.71),
    (3.23, 4.45),
    (0.0, 2.3),
    (-3.23, 4.45),
    (-2.19, 0.71),
    (-5.23, -1.7),
    (-1.35, -1.86),
];

impl Marker {
    /// Appends this shape, centred on (x, y) and about 9 pixels across, to path data.
    /// Every shape is filled, so one `<path>` can draw all of a series' markers.
    pub(crate) fn push_path(self, path: &mut String, x: f64, y: f64) {
        if self == Marker::Star {
            push_polygon(path, x, y, &STAR);
            return;
        }
        let (x, y) = (Coord(x), Coord(y));
        let _ = match self {
            Marker::Circle => write!(path, "M{x} {y}m-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0"),
            Marker::Square => write!(path, "M{x} {y}m-3.5-3.5h7v7h-7z"),
            Marker::Triangle => write!(path, "M{x} {y}m0-5l5 8.5h-10z"),
            Marker::Diamond => write!(path, "M{x} {y}m0-5.5l5.5 5.5-5.5 5.5-5.5-5.5z"),
            Marker::Plus => write!(
                path,
                "M{x} {y}m-1.5-5h3v3.5h3.5v3h-3.5v3.5h-3v-3.5h-3.5v-3h3.5z"
            ),
            Marker::TriangleDown => write!(path, "M{x} {y}m0 5l5-8.5h-10z"),
            // The plus turned an eighth: from the notch at the top, round clockwise.
            Marker::Cross => write!(
                path,
                "M{x} {y}m0-2.1l2.5-2.5 2.1 2.1-2.5 2.5 2.5 2.5-2.1 2.1-2.5-2.5-2.5 2.5-2.1-2.1 \
                 2.5-2.5-2.5-2.5 2.1-2.1z"
            ),
            Marker::Star => Ok(()),
            Marker::WideBar => write!(path, "M{x} {y}m-5.5-2h11v4h-11z"),
            Marker::TallBar => write!(path, "M{x} {y}m-2-5.5h4v11h-4z"),
        };
    }
}

/// A closed polygon through `corners`, given relative to (x, y).
fn push_polygon(path: &mut String, x: f64, y: f64, corners: &[(f64, f64)]) {
    for (index, (dx, dy)) in corners.iter().enumerate() {
        let command = if index == 0 { 'M' } else { 'L' };
        let _ = write!(path, "{command}{} {}", Coord(x + dx), Coord(y + dy));
    }
    path.push('z');
}

/// The dash pattern of series `series`'s line (`None`: solid). Series that share a colour
/// (the 1st and 7th…) get different dashes.
pub(crate) fn dashes(series: usize) -> Option<&'static str> {
    const DASHES: [Option<&str>; 6] = [
        None,
        Some("8 4"),
        Some("2 3"),
        Some("10 3 2 3"),
        Some("14 5"),
        Some("4 2 1 2"),
    ];
    let round = series / COLOURS.len();
    DASHES[(series + 2 * round) % DASHES.len()]
}

/// White lines drawn over a series' colour in its bars, so that bars differ by more than
/// colour. Series 0 is plain; the rest cycle through these. Seven of them against six
/// colours: series that share a colour never share a hatching too.
const HATCHINGS: [Hatching; 7] = [
    Hatching::Lines { angle: 45 },
    Hatching::Lines { angle: -45 },
    Hatching::Lines { angle: 0 },
    Hatching::Lines { angle: 90 },
    Hatching::Crossed,
    Hatching::Dots,
    Hatching::Checks,
];

#[derive(Clone, Copy)]
enum Hatching {
    Lines { angle: i32 },
    Crossed,
    Dots,
    Checks,
}

/// The fill of series `series`'s bars: its colour, or for series after the first a
/// hatching pattern that [`write_patterns`] defined.
pub(crate) fn bar_fill(series: usize, chart_id: &str) -> String {
    if series == 0 {
        colour(0).to_string()
    } else {
        format!("url(#{})", pattern_id(series, chart_id))
    }
}

fn pattern_id(series: usize, chart_id: &str) -> String {
    format!("{chart_id}-pattern-{series}")
}

/// The `<pattern>` elements (inside `<defs>`) for series 1 to `series_count - 1`.
pub(crate) fn write_patterns(markup: &mut Markup, series_count: usize, chart_id: &str) {
    if series_count < 2 {
        return;
    }
    markup.start("defs").open();
    for series in 1..series_count {
        let hatching = HATCHINGS[(series - 1) % HATCHINGS.len()];
        let mut tag = markup
            .start("pattern")
            .attr("id", &pattern_id(series, chart_id))
            .num("width", 8.0)
            .num("height", 8.0)
            .attr("patternUnits", "userSpaceOnUse");
        if let Hatching::Lines { angle } = hatching
            && angle != 0
        {
            tag = tag.attr("patternTransform", &format!("rotate({angle})"));
        }
        tag.open();
        markup
            .start("rect")
            .num("width", 8.0)
            .num("height", 8.0)
            .attr("fill", colour(series))
            .end();
        let (path, white_fill) = match hatching {
            Hatching::Lines { .. } => ("M0 4h8", false),
            Hatching::Crossed => ("M0 4h8M4 0v8", false),
            Hatching::Dots => ("M4 2.5a1.5 1.5 0 1 0 0 3a1.5 1.5 0 1 0 0-3", true),
            Hatching::Checks => ("M0 0h4v4h-4zM4 4h4v4h-4z", true),
        };
        let tag = markup.start("path").attr("d", path);
        if white_fill {
            tag.attr("fill", "#fff").end();
        } else {
            tag.attr("stroke", "#fff").num("stroke-width", 2.5).end();
        }
        markup.close("pattern");
    }
    markup.close("defs");
}

/// Markers for `points` (in pixels) in series `series`'s shape and colour, as one path.
pub(crate) fn write_markers(markup: &mut Markup, series: usize, points: &[(f64, f64)]) {
    if points.is_empty() {
        return;
    }
    let marker = marker(series);
    let mut d = String::new();
    for &(x, y) in points {
        marker.push_path(&mut d, x, y);
    }
    markup
        .start("path")
        .attr("d", &d)
        .attr("fill", colour(series))
        .attr("stroke", "#fff")
        .end();
}

/// WCAG 2's contrast ratio between two `#rrggbb` colours (1 to 21).
#[cfg(test)]
pub(crate) fn contrast_ratio(first: &str, second: &str) -> f64 {
    let (a, b) = (relative_luminance(first), relative_luminance(second));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[cfg(test)]
fn relative_luminance(colour: &str) -> f64 {
    let hex = colour.trim_start_matches('#');
    let channel = |index: usize| {
        let value = u8::from_str_radix(&hex[index..index + 2], 16).expect("a #rrggbb colour");
        let fraction = f64::from(value) / 255.0;
        if fraction <= 0.04045 {
            fraction / 12.92
        } else {
            ((fraction + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_colour_has_three_to_one_contrast_against_white() {
        for colour in COLOURS.iter().chain([&TEXT, &AXIS]) {
            let ratio = contrast_ratio(colour, "#ffffff");
            assert!(ratio >= 3.0, "{colour} has contrast {ratio:.2}:1");
        }
        assert!(contrast_ratio(TEXT, "#ffffff") >= 4.5, "text needs 4.5:1");
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast_ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert!((contrast_ratio("#ffffff", "#ffffff") - 1.0).abs() < 1e-9);
        // WebAIM's checker gives 5.19:1 for the blue.
        assert!((contrast_ratio("#0072B2", "#ffffff") - 5.19).abs() < 0.01);
    }

    /// The sandbox allows ten series: every one must differ from every other by more than
    /// colour.
    #[test]
    fn series_differ_by_more_than_colour() {
        for series in 0..10 {
            for other in 0..series {
                assert_ne!(marker(series), marker(other), "{series} and {other}");
                if colour(series) == colour(other) {
                    assert_ne!(dashes(series), dashes(other), "{series} and {other}");
                    assert_ne!(
                        hatching_of(series),
                        hatching_of(other),
                        "{series} and {other}"
                    );
                }
            }
        }
    }

    /// Which hatching a bar series uses (None: plain).
    fn hatching_of(series: usize) -> Option<usize> {
        (series > 0).then(|| (series - 1) % HATCHINGS.len())
    }

    #[test]
    fn every_marker_is_a_closed_path_around_its_centre() {
        for marker in MARKERS {
            let mut path = String::new();
            marker.push_path(&mut path, 100.0, 50.0);
            assert!(
                path.starts_with('M') && !path.contains("NaN"),
                "{marker:?}: {path}"
            );
        }
    }

    #[test]
    fn bar_patterns_are_prefixed_by_the_chart_id() {
        assert_eq!(bar_fill(0, "c1"), "#0072B2");
        assert_eq!(bar_fill(2, "c1"), "url(#c1-pattern-2)");
        let mut markup = Markup::new();
        write_patterns(&mut markup, 3, "c1");
        let defs = markup.finish();
        assert!(defs.contains("id=\"c1-pattern-1\""));
        assert!(defs.contains("id=\"c1-pattern-2\""));
        assert!(!defs.contains("pattern-3"));
    }
}
