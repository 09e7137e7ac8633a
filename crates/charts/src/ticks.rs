//! Where an axis puts its ticks: round numbers (steps of 1, 2 or 5 × 10ⁿ), calendar dates
//! (days, weeks, months or years) or a histogram's bin edges, with their labels.

use c4h_dates::Date;
use c4h_messages::Message;

use crate::format::{decimal_exponent, readable_number, tick_label};
use crate::markup::text_width;
use crate::words::Words;

pub(crate) const TICK_FONT_SIZE: f64 = 12.0;

/// One tick: where it is, in data units, and its label.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Tick {
    pub value: f64,
    pub label: String,
}

/// An axis's range and its ticks. The range starts and ends on a tick.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Ticks {
    pub low: f64,
    pub high: f64,
    pub ticks: Vec<Tick>,
}

/// The number of ticks people find easiest to read on a 640-pixel chart.
const IDEAL_TICK_COUNT: usize = 6;
const MAX_DATE_TICKS: usize = 8;

/// Spans smaller than this are treated as no span at all: below it steps would be
/// subnormal numbers and lose their precision.
const TINY: f64 = 1e-300;

/// A step between ticks or bin edges: `units × 10^exponent`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Step {
    pub units: i64,
    pub exponent: i32,
}

impl Step {
    pub(crate) fn size(self) -> f64 {
        decimal(self.units, self.exponent)
    }

    /// `k` steps from zero, as the double nearest the exact decimal (3 × 0.1 is 0.3, not
    /// 0.30000000000000004), so that edges and ticks are the round numbers they look like.
    pub(crate) fn multiple(self, k: i64) -> f64 {
        decimal(k.saturating_mul(self.units), self.exponent)
    }
}

/// `units × 10^exponent`, exact where doubles allow: powers of ten up to 10²² are exact, so
/// one multiplication or division rounds only once.
fn decimal(units: i64, exponent: i32) -> f64 {
    let units = units as f64;
    if (0..=22).contains(&exponent) {
        units * 10f64.powi(exponent)
    } else if (-22..0).contains(&exponent) {
        units / 10f64.powi(-exponent)
    } else {
        // Two factors, so that neither overflows for exponents down to -600.
        let half = exponent / 2;
        units * 10f64.powi(half) * 10f64.powi(exponent - half)
    }
}

/// Round steps near `raw`, smallest first: `mantissas` (units, exponent offset) times
/// powers of ten from a tenth of `raw`'s to ten times it.
pub(crate) fn round_steps(raw: f64, mantissas: &[(i64, i32)]) -> Vec<Step> {
    if !(raw.is_finite() && raw > 0.0) {
        return Vec::new();
    }
    let exponent = decimal_exponent(raw);
    (exponent - 1..=exponent + 1)
        .flat_map(|power| {
            mantissas.iter().map(move |&(units, offset)| Step {
                units,
                exponent: power + offset,
            })
        })
        .collect()
}

const TICK_MANTISSAS: [(i64, i32); 3] = [(1, 0), (2, 0), (5, 0)];

/// Ticks for numbers from `low` to `high`: about six, on round numbers, covering the range.
/// `whole_numbers`: never a step below 1 (counts). `across`: the axis length in pixels when
/// the labels sit side by side and must not overlap.
pub(crate) fn number_ticks(low: f64, high: f64, whole_numbers: bool, across: Option<f64>) -> Ticks {
    // Bounds worked out from data can overflow (a bin's width either side of a bin near the
    // largest double): keep them finite.
    let finite = |value: f64| {
        if value.is_nan() {
            0.0
        } else {
            value.clamp(f64::MIN, f64::MAX)
        }
    };
    let (low, high) = (finite(low), finite(high));
    let (low, high) = widen_if_flat(low.min(high), low.max(high));
    let span = high - low;
    if !span.is_finite() {
        return end_ticks(low, high);
    }
    let raw_step = if whole_numbers {
        (span / 5.0).max(1.0)
    } else {
        span / 5.0
    };
    let options: Vec<Ticks> = round_steps(raw_step, &TICK_MANTISSAS)
        .into_iter()
        .filter(|step| !whole_numbers || step.size() >= 1.0)
        .filter_map(|step| ticks_with_step(low, high, step))
        .collect();
    choose_ticks(options, across).unwrap_or_else(|| end_ticks(low, high))
}

/// A range that is a single value (or too narrow to divide) is widened around it by a
/// tenth of its size, so a single point sits in the middle of its axis.
fn widen_if_flat(low: f64, high: f64) -> (f64, f64) {
    let magnitude = low.abs().max(high.abs());
    let span = high - low;
    if span >= TINY && span > magnitude * 1e-9 {
        return (low, high);
    }
    let centre = low / 2.0 + high / 2.0;
    let pad = if magnitude >= TINY {
        magnitude * 0.1
    } else {
        1.0
    };
    ((centre - pad).max(f64::MIN), (centre + pad).min(f64::MAX))
}

fn ticks_with_step(low: f64, high: f64, step: Step) -> Option<Ticks> {
    let size = step.size();
    let first = (low / size).floor();
    let last = (high / size).ceil();
    // Far more ticks than anyone wants, or multiples too large to count exactly.
    if !(first.abs() < 1e15 && last.abs() < 1e15) || last - first > 60.0 {
        return None;
    }
    let ticks: Vec<Tick> = (first as i64..=last as i64)
        .map(|k| {
            let value = step.multiple(k);
            Tick {
                value,
                label: tick_label(value),
            }
        })
        .collect();
    let (low, high) = (ticks.first()?.value, ticks.last()?.value);
    (low.is_finite() && high.is_finite() && low < high).then_some(Ticks { low, high, ticks })
}

/// The option nearest the ideal count whose labels fit; if none fit, the one with fewest.
fn choose_ticks(options: Vec<Ticks>, across: Option<f64>) -> Option<Ticks> {
    let (fitting, crowded): (Vec<Ticks>, Vec<Ticks>) = options
        .into_iter()
        .partition(|ticks| across.is_none_or(|length| labels_fit(ticks, length)));
    let nearest_ideal = fitting.into_iter().min_by_key(|ticks| {
        (
            ticks.ticks.len().abs_diff(IDEAL_TICK_COUNT),
            ticks.ticks.len(),
        )
    });
    nearest_ideal.or_else(|| crowded.into_iter().min_by_key(|ticks| ticks.ticks.len()))
}

/// Just the two ends of the range: for ranges too wide to divide into round steps. Their
/// labels are rounded: they are not round numbers, and all their digits would be too wide.
fn end_ticks(low: f64, high: f64) -> Ticks {
    let ticks = [low, high]
        .into_iter()
        .map(|value| Tick {
            value,
            label: readable_number(value),
        })
        .collect();
    Ticks { low, high, ticks }
}

/// Whether labels centred on their ticks along an axis `length` pixels long leave a gap
/// between each pair of neighbours.
pub(crate) fn labels_fit(ticks: &Ticks, length: f64) -> bool {
    let span = ticks.high / 2.0 - ticks.low / 2.0;
    ticks.ticks.windows(2).all(|pair| {
        let apart = (pair[1].value / 2.0 - pair[0].value / 2.0) / span * length;
        let half_widths = (text_width(&pair[0].label, TICK_FONT_SIZE)
            + text_width(&pair[1].label, TICK_FONT_SIZE))
            / 2.0;
        apart >= half_widths + 10.0
    })
}

/// Ticks at a histogram's bin edges (sorted), every edge when the labels fit, otherwise
/// every 2nd, 5th, 10th… edge.
pub(crate) fn edge_ticks(edges: &[f64], across: f64) -> Ticks {
    let (Some(&low), Some(&high)) = (edges.first(), edges.last()) else {
        return number_ticks(0.0, 1.0, false, Some(across));
    };
    let mut thinned = None;
    for every in [1, 2, 5, 10, 20, 50, 100] {
        let ticks = Ticks {
            low,
            high,
            ticks: edges
                .iter()
                .step_by(every)
                .map(|&value| Tick {
                    value,
                    label: tick_label(value),
                })
                .collect(),
        };
        let fits = ticks.ticks.len() <= 11 && labels_fit(&ticks, across);
        thinned = Some(ticks);
        if fits {
            break;
        }
    }
    thinned.unwrap_or_else(|| end_ticks(low, high))
}

/// 1970-01-05, the first Monday: weekly ticks fall on Mondays.
const FIRST_MONDAY: i32 = 4;

/// A step between date ticks.
#[derive(Clone, Copy, Debug, PartialEq)]
enum DateStep {
    Days(i32),
    Months(i32),
    Years(i32),
}

/// Date steps from shortest to longest.
const DATE_STEPS: [DateStep; 20] = [
    DateStep::Days(1),
    DateStep::Days(2),
    DateStep::Days(7),
    DateStep::Days(14),
    DateStep::Months(1),
    DateStep::Months(2),
    DateStep::Months(3),
    DateStep::Months(6),
    DateStep::Years(1),
    DateStep::Years(2),
    DateStep::Years(5),
    DateStep::Years(10),
    DateStep::Years(20),
    DateStep::Years(50),
    DateStep::Years(100),
    DateStep::Years(200),
    DateStep::Years(500),
    DateStep::Years(1000),
    DateStep::Years(2000),
    DateStep::Years(5000),
];

/// The months' short names ("Jan" … "Dec"), in `words`.
fn month_abbreviations(words: Words) -> Vec<String> {
    (1..=12)
        .map(|month| words(&Message::new("charts-month-short").with("month", month)))
        .collect()
}

impl DateStep {
    fn approximate_days(self) -> f64 {
        match self {
            DateStep::Days(days) => f64::from(days),
            DateStep::Months(months) => f64::from(months) * 30.44,
            DateStep::Years(years) => f64::from(years) * 365.25,
        }
    }

    /// The last tick on or before `day`.
    fn floor(self, day: i32) -> i32 {
        match self {
            DateStep::Days(days) => {
                let anchor = if days % 7 == 0 { FIRST_MONDAY } else { 0 };
                anchor + (day - anchor).div_euclid(days) * days
            }
            DateStep::Months(months) => {
                first_of_month(month_index(day).div_euclid(months) * months)
            }
            DateStep::Years(years) => {
                let year = Date::from_days(day).year();
                first_of_month(year.div_euclid(years) * years * 12)
            }
        }
    }

    /// The tick after the tick on `day`.
    fn next(self, day: i32) -> i32 {
        match self {
            DateStep::Days(days) => day + days,
            DateStep::Months(months) => first_of_month(month_index(day) + months),
            DateStep::Years(years) => first_of_month(month_index(day) + years * 12),
        }
    }

    /// The first tick on or after `day`.
    fn ceil(self, day: i32) -> i32 {
        let floor = self.floor(day);
        if floor == day { day } else { self.next(floor) }
    }

    /// "3 Mar", "Mar" or "2024", with the year added where it changes (and on the first
    /// tick) so each label is clear without repeating the year on every tick.
    fn label(self, day: i32, previous_year: Option<i32>, months: &[String]) -> String {
        let (year, month, day_of_month) = Date::from_days(day).ymd();
        let month_name = months
            .get((month as usize + 11) % 12)
            .map_or("", String::as_str);
        let new_year = previous_year != Some(year);
        match (self, new_year) {
            (DateStep::Years(_), _) => year.to_string(),
            (DateStep::Months(_), true) => format!("{month_name} {year}"),
            (DateStep::Months(_), false) => month_name.to_string(),
            (DateStep::Days(_), true) => format!("{day_of_month} {month_name} {year}"),
            (DateStep::Days(_), false) => format!("{day_of_month} {month_name}"),
        }
    }
}

/// Months since the start of year 0.
fn month_index(day: i32) -> i32 {
    let (year, month, _) = Date::from_days(day).ymd();
    year * 12 + month as i32 - 1
}

fn first_of_month(month_index: i32) -> i32 {
    let month = month_index.rem_euclid(12) as u32 + 1;
    Date::from_ymd(month_index.div_euclid(12), month, 1).map_or(0, Date::days)
}

/// Ticks for dates (days since 1970) from `first_day` to `last_day`: the shortest calendar
/// step that gives at most eight ticks whose labels fit along an axis `across` pixels
/// long. The days must lie within years 1 to 9999 (the caller leaves out others). Months
/// are named in `words`.
pub(crate) fn date_ticks(first_day: f64, last_day: f64, across: f64, words: Words) -> Ticks {
    let months = month_abbreviations(words);
    let mut low = first_day.min(last_day).floor() as i32;
    let mut high = first_day.max(last_day).ceil() as i32;
    if high - low < 2 {
        // A single date: a day either side, so it sits in the middle and nothing divides by 0.
        low -= 1;
        high += 1;
    }
    let span = f64::from(high - low);
    let mut fallback = None;
    for step in DATE_STEPS {
        if span / step.approximate_days() > 40.0 {
            continue;
        }
        let ticks = ticks_with_date_step(low, high, step, &months);
        let fits = ticks.ticks.len() <= MAX_DATE_TICKS && labels_fit(&ticks, across);
        fallback = Some(ticks);
        if fits {
            break;
        }
    }
    fallback.unwrap_or_else(|| end_ticks(f64::from(low), f64::from(high)))
}

fn ticks_with_date_step(low: i32, high: i32, step: DateStep, months: &[String]) -> Ticks {
    let (first, last) = (step.floor(low), step.ceil(high));
    let mut ticks = Vec::new();
    let mut previous_year = None;
    let mut day = first;
    // The bound on the count is only a guard: `date_ticks` skips steps giving over 40.
    while day <= last && ticks.len() <= 100 {
        ticks.push(Tick {
            value: f64::from(day),
            label: step.label(day, previous_year, months),
        });
        previous_year = Some(Date::from_days(day).year());
        day = step.next(day);
    }
    Ticks {
        low: f64::from(first),
        high: f64::from(last),
        ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{english, welsh};

    fn values(ticks: &Ticks) -> Vec<f64> {
        ticks.ticks.iter().map(|tick| tick.value).collect()
    }

    fn labels(ticks: &Ticks) -> Vec<&str> {
        ticks.ticks.iter().map(|tick| tick.label.as_str()).collect()
    }

    fn day(text: &str) -> f64 {
        f64::from(Date::parse(text).expect("a test date").days())
    }

    fn is_round(step: f64) -> bool {
        let mantissa = step / 10f64.powi(decimal_exponent(step));
        [1.0, 2.0, 5.0].iter().any(|m| (mantissa - m).abs() < 1e-9)
    }

    #[test]
    fn number_ticks_are_round_and_cover_the_data() {
        let ticks = number_ticks(118.0, 145.0, false, None);
        assert_eq!(values(&ticks), [110.0, 120.0, 130.0, 140.0, 150.0]);
        assert_eq!((ticks.low, ticks.high), (110.0, 150.0));

        for (low, high) in [
            (0.0, 1.0),
            (0.0, 7.0),
            (-3.2, 4.9),
            (0.001, 0.0047),
            (1500.0, 98_000.0),
            (-1e6, -2.0),
            (3.0, 3.0001),
        ] {
            let ticks = number_ticks(low, high, false, None);
            let count = ticks.ticks.len();
            assert!((4..=8).contains(&count), "{low}..{high}: {count} ticks");
            assert!(ticks.low <= low && ticks.high >= high, "{low}..{high}");
            let step = ticks.ticks[1].value - ticks.ticks[0].value;
            assert!(is_round(step), "{low}..{high}: step {step}");
        }
    }

    #[test]
    fn tick_labels_are_clean() {
        let ticks = number_ticks(0.0, 0.7, false, None);
        assert_eq!(labels(&ticks), ["0", "0.2", "0.4", "0.6", "0.8"]);
        let ticks = number_ticks(0.0, 4_800.0, false, None);
        assert_eq!(
            labels(&ticks),
            ["0", "1,000", "2,000", "3,000", "4,000", "5,000"]
        );
        let ticks = number_ticks(-2.5, 2.5, false, None);
        assert_eq!(labels(&ticks), ["-4", "-2", "0", "2", "4"]);
    }

    #[test]
    fn counts_get_whole_number_steps() {
        let ticks = number_ticks(0.0, 2.0, true, None);
        assert_eq!(values(&ticks), [0.0, 1.0, 2.0]);
        let ticks = number_ticks(0.0, 1.0, true, None);
        assert_eq!(values(&ticks), [0.0, 1.0]);
    }

    #[test]
    fn a_single_value_is_widened_without_dividing_by_zero() {
        let ticks = number_ticks(120.0, 120.0, false, None);
        assert!(ticks.low < 120.0 && ticks.high > 120.0);
        let ticks = number_ticks(0.0, 0.0, false, None);
        assert!(ticks.low < 0.0 && ticks.high > 0.0);
    }

    #[test]
    fn extreme_ranges_give_finite_ticks() {
        for (low, high) in [
            (1e300, 1e300),
            (-1e300, 1e300),
            (f64::MAX, f64::MAX),
            (-f64::MAX, f64::MAX),
            (1e-300, 3e-300),
            (5e-324, 5e-324),
            (0.0, 1e-310),
            (1e15, 1e15 + 1.0),
            (f64::NEG_INFINITY, f64::INFINITY),
            (f64::NAN, 1.0),
        ] {
            let ticks = number_ticks(low, high, false, Some(500.0));
            assert!(ticks.ticks.len() >= 2, "{low}..{high}");
            assert!(ticks.low.is_finite() && ticks.high.is_finite() && ticks.low < ticks.high);
            for tick in &ticks.ticks {
                assert!(tick.value.is_finite(), "{low}..{high}");
                assert!(!tick.label.is_empty() && !tick.label.contains("inf"));
            }
        }
    }

    #[test]
    fn labels_that_would_overlap_get_fewer_ticks() {
        let roomy = number_ticks(0.0, 9_000_000.0, false, Some(560.0));
        let cramped = number_ticks(0.0, 9_000_000.0, false, Some(200.0));
        assert!(labels_fit(&roomy, 560.0));
        assert!(cramped.ticks.len() < roomy.ticks.len());
    }

    #[test]
    fn steps_are_exact_decimals() {
        let step = Step {
            units: 1,
            exponent: -1,
        };
        assert_eq!(step.multiple(3), 0.3);
        assert_eq!(step.multiple(-7), -0.7);
        let tiny = Step {
            units: 5,
            exponent: -301,
        };
        assert!(tiny.size() > 0.0 && tiny.size().is_finite());
    }

    #[test]
    fn a_year_of_dates_gets_month_ticks() {
        let ticks = date_ticks(day("2024-01-15"), day("2024-12-10"), 540.0, &english);
        assert_eq!(
            labels(&ticks),
            ["Jan 2024", "Mar", "May", "Jul", "Sep", "Nov", "Jan 2025"]
        );
        assert_eq!(ticks.low, day("2024-01-01"));
        assert_eq!(ticks.high, day("2025-01-01"));
    }

    #[test]
    fn months_are_named_in_the_reader_s_language() {
        let ticks = date_ticks(day("2024-01-15"), day("2024-12-10"), 540.0, &welsh);
        assert_eq!(
            labels(&ticks),
            [
                "Ion 2024", "Maw", "Mai", "Gorff", "Medi", "Tach", "Ion 2025"
            ]
        );
    }

    #[test]
    fn short_and_long_date_ranges() {
        let days = date_ticks(day("2024-03-01"), day("2024-03-09"), 540.0, &english);
        assert_eq!(labels(&days)[0], "29 Feb 2024");
        assert_eq!(labels(&days)[1], "2 Mar");
        let years = date_ticks(day("1990-06-01"), day("2024-03-01"), 540.0, &english);
        assert!(labels(&years).iter().all(|label| label.len() == 4));
        assert!(years.ticks.len() <= MAX_DATE_TICKS);
        let weeks = date_ticks(day("2024-03-01"), day("2024-04-10"), 540.0, &english);
        let monday = (weeks.ticks[0].value as i32 - FIRST_MONDAY).rem_euclid(7);
        assert_eq!(monday, 0, "weekly ticks fall on Mondays");
    }

    #[test]
    fn a_single_date_is_padded() {
        let ticks = date_ticks(day("2024-03-03"), day("2024-03-03"), 540.0, &english);
        assert_eq!(labels(&ticks), ["2 Mar 2024", "3 Mar", "4 Mar"]);
    }

    #[test]
    fn the_widest_date_ranges_still_get_ticks() {
        let ticks = date_ticks(day("0001-01-01"), day("9999-12-31"), 540.0, &english);
        assert!((2..=MAX_DATE_TICKS).contains(&ticks.ticks.len()));
    }

    #[test]
    fn edges_are_thinned_when_crowded() {
        let edges: Vec<f64> = (0..=20).map(|i| f64::from(i) * 5.0).collect();
        let ticks = edge_ticks(&edges, 540.0);
        assert!(ticks.ticks.len() <= 11);
        assert_eq!((ticks.low, ticks.high), (0.0, 100.0));
        let few = edge_ticks(&[0.0, 10.0, 20.0], 540.0);
        assert_eq!(labels(&few), ["0", "10", "20"]);
    }
}
