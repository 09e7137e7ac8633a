//! Counting values into a histogram's bins: equal widths, edges on round numbers.

use crate::format::decimal_exponent;
use crate::model::Bin;
use crate::ticks::{Step, round_steps};
use crate::values::min_max;

const DEFAULT_BINS: std::ops::RangeInclusive<usize> = 5..=20;
const ALLOWED_BINS: std::ops::RangeInclusive<usize> = 1..=50;

/// Bin widths are 1, 2, 2.5 or 5 times a power of ten: 2.5 too, because with only 1, 2 and
/// 5 the count can land far from the one asked for.
const WIDTH_MANTISSAS: [(i64, i32); 4] = [(1, 0), (2, 0), (25, -1), (5, 0)];

/// Counts the finite `values` into equal-width bins with round edges covering them all,
/// about `bins` of them (√n clamped to 5–20 when `None`; 1–50 when given). Every bin but
/// the last holds `start..end`; the last also holds its end.
/// Counts `values` into `bins` equal-width bins (about √n, 5 to 20, when `None`), with
/// edges on round numbers. Values that are not finite are left out.
pub fn histogram_bins(values: &[f64], bins: Option<usize>) -> Vec<Bin> {
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    let Some((min, max)) = min_max(finite.iter().copied()) else {
        return Vec::new();
    };
    let wanted = match bins {
        Some(count) => count.clamp(*ALLOWED_BINS.start(), *ALLOWED_BINS.end()),
        None => ((finite.len() as f64).sqrt().ceil() as usize)
            .clamp(*DEFAULT_BINS.start(), *DEFAULT_BINS.end()),
    };
    let layout = equal_widths(min, max, wanted).unwrap_or_else(|| single_bin(min, max));
    let mut counts = vec![0u32; layout.edges.len() - 1];
    for &value in &finite {
        let bin = layout.bin_of(value);
        counts[bin] = counts[bin].saturating_add(1);
    }
    layout
        .edges
        .windows(2)
        .zip(counts)
        .map(|(edge, count)| Bin {
            start: edge[0],
            end: edge[1],
            count,
        })
        .collect()
}

/// Bin edges, ascending, at least two.
struct Layout {
    edges: Vec<f64>,
}

impl Layout {
    /// The bin holding `value`, which lies between the first and last edges. Found by
    /// comparing with the edges themselves, not by dividing, so a value on an edge (0.3
    /// with edges 0.1 apart) always goes in the bin that starts there.
    fn bin_of(&self, value: f64) -> usize {
        let last_bin = self.edges.len() - 2;
        // The first edge above the value, minus one: the bin starting at or below it.
        let above = self.edges.partition_point(|&edge| edge <= value);
        above.saturating_sub(1).min(last_bin)
    }
}

/// Round-width bins covering `min..=max`, as near `wanted` in number as round widths
/// allow; None when the values are all (nearly) equal or the edges would overflow.
fn equal_widths(min: f64, max: f64, wanted: usize) -> Option<Layout> {
    let span = max - min;
    let distinct = span > max.abs().max(min.abs()) * 1e-12;
    if !distinct || !span.is_finite() {
        return None;
    }
    let candidates = round_steps(span / wanted as f64, &WIDTH_MANTISSAS);
    let (step, first, bins) = candidates
        .into_iter()
        .filter_map(|step| cover(min, max, step).map(|(first, bins)| (step, first, bins)))
        .min_by_key(|&(_, _, bins)| (bins.abs_diff(wanted), bins))?;
    let edges: Vec<f64> = (0..=bins as i64)
        .map(|i| step.multiple(first + i))
        .collect();
    edges
        .iter()
        .all(|edge| edge.is_finite())
        .then_some(Layout { edges })
}

/// The first edge (in steps from zero) and number of bins of width `step` that cover
/// `min..=max`; None for a step so small it would need far too many.
fn cover(min: f64, max: f64, step: Step) -> Option<(i64, usize)> {
    let size = step.size();
    let first = (min / size).floor();
    // A maximum on an edge belongs to the bin below it: the last bin includes its end.
    let last = (max / size).ceil().max(first + 1.0);
    let bins = last - first;
    let usable =
        first.abs() < 1e15 && last.abs() < 1e15 && bins <= 2.0 * *ALLOWED_BINS.end() as f64;
    usable.then_some((first as i64, bins as usize))
}

/// One bin for values that are all the same (or too close to tell apart): from the round
/// number at or below them to the next, one power of ten below their size apart (5 goes
/// in 5–6, 0.37 in 0.3–0.4, 0 in 0–1).
fn single_bin(min: f64, max: f64) -> Layout {
    let magnitude = min.abs().max(max.abs());
    let exponent = if magnitude > 0.0 && magnitude.is_normal() {
        decimal_exponent(magnitude)
    } else {
        0
    };
    let step = Step { units: 1, exponent };
    let size = step.size();
    let start = step.multiple((min / size).floor() as i64);
    let end = step.multiple((max / size).floor() as i64 + 1);
    if start.is_finite() && end.is_finite() && start <= min && end >= max && start < end {
        Layout {
            edges: vec![start, end],
        }
    } else {
        // Near the largest doubles the round edges overflow: use the values themselves,
        // widened towards zero if they are all equal.
        let width = magnitude * 0.1;
        let edges = match (max > min, min > 0.0) {
            (true, _) => vec![min, max],
            (false, true) => vec![min - width, min],
            (false, false) => vec![min, min + width],
        };
        Layout { edges }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(bins: &[Bin]) -> u32 {
        bins.iter().map(|bin| bin.count).sum()
    }

    fn edges(bins: &[Bin]) -> Vec<f64> {
        let mut edges: Vec<f64> = bins.iter().map(|bin| bin.start).collect();
        edges.extend(bins.last().map(|bin| bin.end));
        edges
    }

    #[test]
    fn ages_get_round_five_year_bins() {
        let ages: Vec<f64> = (0..400).map(|i| f64::from(i % 96)).collect();
        let bins = histogram_bins(&ages, None);
        // 95 is on an edge: the last bin, 90–95, includes it.
        assert_eq!(bins.len(), 19);
        assert_eq!(bins[0].start, 0.0);
        assert_eq!(bins[0].end, 5.0);
        assert_eq!(bins[18].end, 95.0);
        assert_eq!(bins[18].count, 6 * 4, "90 to 95 inclusive");
        assert_eq!(total(&bins), 400);
    }

    #[test]
    fn bins_are_equal_width_and_cover_the_values() {
        let values = [3.7, 12.1, 4.4, 9.9, 18.0, 2.2, 15.5, 7.3, 11.0];
        for wanted in [None, Some(1), Some(3), Some(7), Some(50)] {
            let bins = histogram_bins(&values, wanted);
            assert_eq!(total(&bins), values.len() as u32, "{wanted:?}");
            assert!(bins[0].start <= 2.2 && bins[bins.len() - 1].end >= 18.0);
            let width = bins[0].end - bins[0].start;
            for bin in &bins {
                assert!(((bin.end - bin.start) - width).abs() < 1e-9 * width);
            }
            for pair in bins.windows(2) {
                assert_eq!(pair[0].end, pair[1].start);
            }
        }
    }

    #[test]
    fn the_bin_count_is_near_the_one_asked_for() {
        let values: Vec<f64> = (0..1000).map(|i| f64::from(i) * 0.137).collect();
        for wanted in [1, 2, 5, 10, 13, 20, 50] {
            let count = histogram_bins(&values, Some(wanted)).len();
            assert!(
                count.abs_diff(wanted) <= wanted / 3 + 1,
                "asked for {wanted}, got {count}"
            );
        }
        assert_eq!(histogram_bins(&values, Some(0)).len(), 1);
        assert!(histogram_bins(&values, Some(10_000)).len() <= 60);
    }

    #[test]
    fn values_on_edges_go_in_the_bin_starting_there() {
        let bins = histogram_bins(&[0.0, 0.1, 0.2, 0.3, 0.4, 0.5], Some(5));
        assert_eq!(edges(&bins), [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]);
        let counts: Vec<u32> = bins.iter().map(|bin| bin.count).collect();
        // The last bin includes its end.
        assert_eq!(counts, [1, 1, 1, 1, 2]);
    }

    #[test]
    fn equal_values_make_one_bin() {
        let bins = histogram_bins(&[5.0; 7], None);
        assert_eq!(
            bins,
            [Bin {
                start: 5.0,
                end: 6.0,
                count: 7
            }]
        );
        let bins = histogram_bins(&[0.0, 0.0], Some(10));
        assert_eq!(
            bins,
            [Bin {
                start: 0.0,
                end: 1.0,
                count: 2
            }]
        );
        let bins = histogram_bins(&[-0.37], None);
        assert_eq!(
            bins,
            [Bin {
                start: -0.4,
                end: -0.3,
                count: 1
            }]
        );
    }

    #[test]
    fn non_finite_values_are_left_out() {
        assert!(histogram_bins(&[], None).is_empty());
        assert!(histogram_bins(&[f64::NAN, f64::INFINITY], None).is_empty());
        let bins = histogram_bins(&[1.0, f64::NAN, 2.0, f64::NEG_INFINITY, 3.0], None);
        assert_eq!(total(&bins), 3);
    }

    #[test]
    fn extreme_values_give_finite_bins() {
        for values in [
            vec![1e300, -1e300],
            vec![f64::MAX, -f64::MAX],
            vec![f64::MAX, f64::MAX],
            vec![1e-300, 2e-300, 3e-300],
            vec![5e-324, 0.0],
            vec![1e15, 1e15 + 1.0],
        ] {
            let bins = histogram_bins(&values, None);
            assert_eq!(total(&bins), values.len() as u32, "{values:?}");
            for bin in &bins {
                assert!(bin.start.is_finite() && bin.end.is_finite(), "{values:?}");
                assert!(bin.start < bin.end, "{values:?}");
            }
        }
    }
}
