//! Sample charts the tests share: one of each kind, as a learner's script would make them,
//! and the edge cases (empty, a single point).

#![allow(dead_code)] // Each test file uses some of these.

use c4h_charts::{AxisKind, Chart, ChartKind, Series, histogram_bins};
use c4h_dates::Date;

pub fn day(text: &str) -> f64 {
    f64::from(Date::parse(text).expect("a test date").days())
}

pub fn chart(kind: ChartKind, title: &str, x_axis: AxisKind, series: Vec<Series>) -> Chart {
    Chart {
        kind,
        title: title.into(),
        x_label: String::new(),
        y_label: String::new(),
        x_axis,
        categories: Vec::new(),
        series,
        bins: Vec::new(),
    }
}

pub fn series(name: &str, points: Vec<(f64, f64)>) -> Series {
    Series {
        name: name.into(),
        points,
    }
}

/// A small deterministic generator (a 64-bit LCG), so sample data needs no randomness crate
/// and is the same everywhere.
pub struct Numbers(u64);

impl Numbers {
    pub fn new(seed: u64) -> Numbers {
        Numbers(seed)
    }

    /// A number in 0..1.
    pub fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A whole number in 0..count (count > 0).
    pub fn below(&mut self, count: usize) -> usize {
        (self.next() * count as f64) as usize % count
    }

    /// One of `items`, which must not be empty.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// Roughly normal: the mean of four uniform numbers, scaled.
    pub fn normal(&mut self, mean: f64, spread: f64) -> f64 {
        let sum: f64 = (0..4).map(|_| self.next()).sum();
        mean + (sum - 2.0) * spread
    }
}

/// Blood pressure once a month through 2024, two series on a date axis.
pub fn blood_pressure() -> Chart {
    let systolic = [
        138., 142., 135., 131., 145., 128., 126., 133., 124., 121., 118., 122.,
    ];
    let diastolic = [88., 92., 86., 84., 90., 82., 80., 85., 78., 76., 70., 74.];
    let dates: Vec<f64> = (1..=12)
        .map(|month| day(&format!("2024-{month:02}-15")))
        .collect();
    let pair = |values: &[f64]| dates.iter().copied().zip(values.iter().copied()).collect();
    let mut chart = chart(
        ChartKind::Line,
        "Blood pressure in 2024",
        AxisKind::Date,
        vec![
            series("Systolic", pair(&systolic)),
            series("Diastolic", pair(&diastolic)),
        ],
    );
    chart.x_label = "Date".into();
    chart.y_label = "Blood pressure (mmHg)".into();
    chart
}

/// Registered patients by practice, women and men side by side.
pub fn patients_by_practice() -> Chart {
    let women = [212., 187., 240., 158., 203.];
    let men = [198., 176., 251., 149., 190.];
    let points = |values: &[f64]| {
        values
            .iter()
            .enumerate()
            .map(|(i, &v)| (i as f64, v))
            .collect()
    };
    let mut chart = chart(
        ChartKind::Bar,
        "Patients by practice",
        AxisKind::Category,
        vec![series("Women", points(&women)), series("Men", points(&men))],
    );
    chart.categories = ["SYN01", "SYN02", "SYN03", "SYN04", "SYN05"]
        .map(String::from)
        .to_vec();
    chart.x_label = "Practice".into();
    chart.y_label = "Patients".into();
    chart
}

/// Height against weight for 60 adults.
pub fn height_and_weight() -> Chart {
    let mut numbers = Numbers::new(7);
    let points = (0..60)
        .map(|_| {
            let height = (numbers.normal(170.0, 14.0) * 10.0).round() / 10.0;
            let weight = ((height - 100.0) * 1.05 + numbers.normal(0.0, 16.0)).round();
            (height, weight)
        })
        .collect();
    let mut chart = chart(
        ChartKind::Scatter,
        "Height and weight",
        AxisKind::Number,
        vec![series("Adults", points)],
    );
    chart.x_label = "Height (cm)".into();
    chart.y_label = "Weight (kg)".into();
    chart
}

/// The ages of 1,000 patients, counted into bins as the sandbox does.
pub fn ages() -> Chart {
    let mut numbers = Numbers::new(42);
    let ages: Vec<f64> = (0..1000)
        .map(|_| numbers.normal(48.0, 38.0).clamp(0.0, 99.0).floor())
        .collect();
    let mut chart = chart(
        ChartKind::Histogram,
        "Ages of patients",
        AxisKind::Number,
        vec![],
    );
    chart.x_label = "Age (years)".into();
    chart.bins = histogram_bins(&ages, None);
    chart
}

/// A line chart whose script gave no values.
pub fn empty() -> Chart {
    let mut chart = chart(
        ChartKind::Line,
        "Nothing recorded yet",
        AxisKind::Number,
        vec![series("Weight", vec![])],
    );
    chart.x_label = "Day".into();
    chart.y_label = "Weight (kg)".into();
    chart
}

/// One weight on one date.
pub fn single_point() -> Chart {
    let mut chart = chart(
        ChartKind::Line,
        "First weight",
        AxisKind::Date,
        vec![series("", vec![(day("2024-03-03"), 82.5)])],
    );
    chart.x_label = "Date".into();
    chart.y_label = "Weight (kg)".into();
    chart
}

/// Every sample, with the name of its snapshot.
pub fn samples() -> Vec<(&'static str, Chart)> {
    vec![
        ("line_blood_pressure", blood_pressure()),
        ("bar_patients_by_practice", patients_by_practice()),
        ("scatter_height_weight", height_and_weight()),
        ("histogram_ages", ages()),
        ("empty", empty()),
        ("single_point", single_point()),
    ]
}
