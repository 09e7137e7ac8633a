//! The rules every SVG must keep, whatever the chart: well-formed XML, an accessible name
//! and description, nothing a strict Content-Security-Policy would block, escaped text,
//! no NaN or infinity, short coordinates, and the same output for the same input.

mod support;

use c4h_charts::{AxisKind, Bin, Chart, ChartKind, english, render_svg};
use roxmltree::Document;
use support::{Numbers, chart, day, samples, series};

/// Parses `svg`, failing the test with the SVG if it is not well-formed.
fn parse(svg: &str) -> Document<'_> {
    Document::parse(svg).unwrap_or_else(|error| panic!("not well-formed XML ({error}):\n{svg}"))
}

/// Every rule that holds for any chart and id.
fn check_rules(chart: &Chart, id: &str) -> String {
    let svg = render_svg(chart, id, &english);
    let document = parse(&svg);
    let root = document.root_element();
    // The ids come from `id`, made safe (the exact mapping is checked in
    // ids_are_sanitised): only letters, digits, `_` and `-`, never empty, at most 64.
    let title_id = root
        .children()
        .find(|node| node.has_tag_name("title"))
        .and_then(|title| title.attribute("id"))
        .expect("a <title> with an id");
    let safe_id = title_id
        .strip_suffix("-title")
        .expect("a title id ending -title");
    assert!(
        !safe_id.is_empty() && safe_id.chars().count() <= 64,
        "{id:?} gave {safe_id:?}"
    );
    assert!(
        safe_id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'),
        "{id:?} gave {safe_id:?}"
    );
    if id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !id.is_empty()
    {
        assert_eq!(safe_id, id, "a safe id is kept as it is");
    }

    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(root.attribute("viewBox"), Some("0 0 640 400"));
    assert_eq!(root.attribute("role"), Some("img"));
    assert_eq!(root.attribute("class"), Some("c4h-chart"));
    let labelled_by = format!("{safe_id}-title {safe_id}-desc");
    assert_eq!(
        root.attribute("aria-labelledby"),
        Some(labelled_by.as_str())
    );

    let children: Vec<_> = root.children().filter(|node| node.is_element()).collect();
    assert_eq!(children[0].tag_name().name(), "title");
    assert_eq!(
        children[0].attribute("id"),
        Some(format!("{safe_id}-title").as_str())
    );
    assert!(
        !children[0].text().unwrap_or("").trim().is_empty(),
        "an empty accessible name"
    );
    assert_eq!(children[1].tag_name().name(), "desc");
    assert_eq!(
        children[1].attribute("id"),
        Some(format!("{safe_id}-desc").as_str())
    );
    assert_eq!(
        children[1].text(),
        Some(as_xml_allows(&chart.describe(&english)).as_str())
    );

    for node in root.descendants().filter(|node| node.is_element()) {
        let name = node.tag_name().name();
        assert!(
            !["style", "script", "foreignObject", "image", "use", "a"].contains(&name),
            "a <{name}> element"
        );
        for attribute in node.attributes() {
            let key = attribute.name();
            assert!(key != "style", "a style attribute on <{name}>");
            assert!(!key.starts_with("on"), "an event handler {key}");
            assert!(!key.contains("href"), "an {key} attribute");
            let value = attribute.value();
            if let Some(reference) = value.strip_prefix("url(#") {
                let target = reference.trim_end_matches(')');
                assert!(
                    target.starts_with(&format!("{safe_id}-")),
                    "url to {target}"
                );
                assert!(
                    root.descendants()
                        .any(|other| other.attribute("id") == Some(target)),
                    "url to {target}, which is not defined"
                );
            }
        }
        if let Some(element_id) = node.attribute("id") {
            assert!(
                element_id.starts_with(&format!("{safe_id}-")),
                "id {element_id}"
            );
        }
    }
    check_numbers_are_short_and_finite(&document);
    svg
}

/// Text as it reads back from the SVG: characters XML forbids become U+FFFD, and line
/// breaks and tabs spaces.
fn as_xml_allows(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => ' ',
            '\u{0}'..='\u{1f}' => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// No NaN or infinity anywhere, and every number in a geometric attribute has at most two
/// decimals.
fn check_numbers_are_short_and_finite(document: &Document) {
    for node in document.descendants().filter(|node| node.is_element()) {
        for attribute in node.attributes() {
            let value = attribute.value();
            let lower = value.to_ascii_lowercase();
            assert!(
                !lower.contains("nan") && !lower.contains("inf"),
                "{}=\"{value}\"",
                attribute.name()
            );
            if ["d", "x", "y", "width", "height", "transform"].contains(&attribute.name()) {
                for number in value.split(|c: char| !(c.is_ascii_digit() || c == '.')) {
                    let decimals = number
                        .split_once('.')
                        .map_or(0, |(_, fraction)| fraction.len());
                    assert!(
                        decimals <= 2,
                        "{}=\"{value}\" has a long number",
                        attribute.name()
                    );
                }
            }
        }
    }
}

#[test]
fn samples_keep_every_rule() {
    for (name, chart) in samples() {
        check_rules(&chart, name);
    }
}

#[test]
fn output_is_deterministic() {
    for (name, chart) in samples() {
        assert_eq!(
            render_svg(&chart, name, &english),
            render_svg(&chart.clone(), name, &english),
            "{name}"
        );
    }
}

#[test]
fn hostile_text_is_escaped() {
    let attack = "<script>alert(1)</script>";
    let mut hostile = support::patients_by_practice();
    hostile.title = attack.into();
    hostile.x_label = "\" onload=\"alert(2)".into();
    hostile.y_label = "' & <b>".into();
    hostile.series[0].name = "<img src=x onerror=alert(3)>".into();
    hostile.categories[0] = "]]><!--".into();
    hostile.categories[1] = "nul\u{0}bell\u{7}".into();
    for kind in [ChartKind::Bar, ChartKind::Line, ChartKind::Scatter] {
        hostile.kind = kind;
        let svg = check_rules(&hostile, "hostile");
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("<img"), "{svg}");
        assert!(!svg.contains("<b>"));
        assert!(!svg.contains("<!--"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        let document = parse(&svg);
        let title = document
            .descendants()
            .find(|node| node.has_tag_name("title"))
            .and_then(|node| node.text());
        assert_eq!(title, Some(attack), "the title reads back as given");
    }
}

#[test]
fn ids_are_sanitised() {
    let chart = support::patients_by_practice();
    for id in ["a b\"><script>", "", "é-1", "chart_1"] {
        let svg = check_rules(&chart, id);
        assert!(!svg.contains("<script"));
    }
    let svg = render_svg(&chart, "x\" onload=\"y", &english);
    assert!(svg.contains("aria-labelledby=\"x--onload--y-title x--onload--y-desc\""));
    assert!(
        render_svg(&chart, "", &english).contains("aria-labelledby=\"chart-title chart-desc\"")
    );
    let long = render_svg(&chart, &"a".repeat(100), &english);
    assert!(long.contains(&format!("<title id=\"{}-title\">", "a".repeat(64))));
}

#[test]
fn charts_without_values_say_so() {
    let empty_bins = chart(ChartKind::Histogram, "Ages", AxisKind::Number, vec![]);
    let only_nan = chart(
        ChartKind::Scatter,
        "",
        AxisKind::Number,
        vec![series("a", vec![(f64::NAN, 1.0), (1.0, f64::INFINITY)])],
    );
    let no_series = chart(ChartKind::Bar, "Bars", AxisKind::Category, vec![]);
    for chart in [support::empty(), empty_bins, only_nan, no_series] {
        let svg = check_rules(&chart, "empty");
        assert!(svg.contains(">No values to show</text>"), "{svg}");
        assert!(
            chart.describe(&english).contains("no values"),
            "{}",
            chart.describe(&english)
        );
    }
}

#[test]
fn extreme_values_never_print_as_nan_or_infinity() {
    let extremes = [
        1e300,
        -1e300,
        1e-300,
        -1e-300,
        f64::MAX,
        -f64::MAX,
        5e-324,
        0.0,
        -0.0,
    ];
    for kind in [ChartKind::Line, ChartKind::Scatter, ChartKind::Bar] {
        for x_axis in [AxisKind::Number, AxisKind::Date, AxisKind::Category] {
            let points: Vec<(f64, f64)> = extremes
                .iter()
                .enumerate()
                .flat_map(|(i, &e)| {
                    [
                        (e, i as f64),
                        (i as f64, e),
                        (e, e),
                        (f64::NAN, e),
                        (e, f64::NEG_INFINITY),
                    ]
                })
                .collect();
            let chart = chart(
                kind,
                "Extremes",
                x_axis,
                vec![series("a", points), series("b", vec![(1.0, 1e300)])],
            );
            check_rules(&chart, "extreme");
        }
    }
    for values in [
        vec![1e300, -1e300],
        vec![f64::MAX, -f64::MAX],
        vec![1e-300, 2e-300],
        vec![f64::MAX],
    ] {
        let mut histogram = chart(ChartKind::Histogram, "Extremes", AxisKind::Number, vec![]);
        histogram.bins = c4h_charts::histogram_bins(&values, None);
        check_rules(&histogram, "extreme");
    }
    let mut odd_bins = chart(ChartKind::Histogram, "Odd bins", AxisKind::Number, vec![]);
    odd_bins.bins = vec![
        Bin {
            start: f64::NAN,
            end: 1.0,
            count: 3,
        },
        Bin {
            start: 5.0,
            end: 2.0,
            count: 1,
        },
        Bin {
            start: 2.0,
            end: 2.0,
            count: u32::MAX,
        },
        Bin {
            start: -f64::MAX,
            end: f64::MAX,
            count: 1,
        },
    ];
    check_rules(&odd_bins, "odd");
}

#[test]
fn a_single_date_is_drawn_in_the_middle() {
    let svg = check_rules(&support::single_point(), "one");
    assert!(svg.contains(">3 Mar</text>"), "{svg}");
    assert!(svg.contains(">2 Mar 2024</text>"), "{svg}");
}

#[test]
fn lines_have_markers_only_when_few_enough_points() {
    let few = chart(
        ChartKind::Line,
        "",
        AxisKind::Number,
        vec![series("a", (0..100).map(|i| (f64::from(i), 1.0)).collect())],
    );
    let many = chart(
        ChartKind::Line,
        "",
        AxisKind::Number,
        vec![series("a", (0..101).map(|i| (f64::from(i), 1.0)).collect())],
    );
    let marker_paths = |chart: &Chart| {
        render_svg(chart, "m", &english)
            .matches("a4 4 0 1 0 8 0")
            .count()
    };
    assert_eq!(marker_paths(&few), 100);
    assert_eq!(marker_paths(&many), 0);
}

#[test]
fn several_series_get_a_legend_and_bars_get_patterns() {
    let svg = check_rules(&support::patients_by_practice(), "bars");
    let document = parse(&svg);
    let pattern_ids: Vec<&str> = document
        .descendants()
        .filter(|node| node.has_tag_name("pattern"))
        .filter_map(|node| node.attribute("id"))
        .collect();
    assert_eq!(pattern_ids, ["bars-pattern-1"]);
    let texts: Vec<&str> = document
        .descendants()
        .filter_map(|node| node.text())
        .collect();
    assert!(
        texts.contains(&"Women") && texts.contains(&"Men"),
        "legend names"
    );
    // One series: no legend.
    let one = check_rules(&support::height_and_weight(), "one");
    assert!(!one.contains(">Adults</text>"));
}

#[test]
fn a_long_legend_is_cut_short() {
    let many = (0..30)
        .map(|i| {
            series(
                &format!("A long series name {i}"),
                vec![(1.0, f64::from(i))],
            )
        })
        .collect();
    let svg = check_rules(
        &chart(ChartKind::Line, "Many", AxisKind::Number, many),
        "many",
    );
    let document = parse(&svg);
    let legend = document
        .root_element()
        .children()
        .find(|node| node.has_tag_name("g") && node.attribute("text-anchor").is_none())
        .expect("a legend");
    let texts: Vec<_> = legend
        .children()
        .filter(|node| node.has_tag_name("text"))
        .collect();
    let last = texts.last().and_then(|node| node.text()).unwrap_or("");
    assert!(
        last.starts_with("and ") && last.ends_with(" more"),
        "{last}"
    );
    for text in texts {
        let y: f64 = text
            .attribute("y")
            .and_then(|y| y.parse().ok())
            .unwrap_or(f64::MAX);
        assert!(
            y <= 46.0 + 3.0 * 20.0 + 4.0,
            "a fifth legend row at y = {y}"
        );
    }
}

#[test]
fn crowded_group_names_are_slanted_whole_and_only_sentences_shortened() {
    let mut names: Vec<String> = (0..30)
        .map(|i| format!("Practice with a very long name {i}"))
        .collect();
    names[2] = "A name so long that it reads like a whole sentence under a bar".into();
    let mut bars = chart(
        ChartKind::Bar,
        "Many groups",
        AxisKind::Category,
        vec![series(
            "n",
            (0..30).map(|i| (f64::from(i), f64::from(i * 3))).collect(),
        )],
    );
    bars.categories = names;
    let svg = check_rules(&bars, "many");
    assert!(
        svg.contains(">Practice with a very long name 0</text>"),
        "{svg}"
    );
    assert!(
        svg.contains(">A name so long that it reads like a who…</text>"),
        "{svg}"
    );
    assert!(svg.contains("rotate(-40 "));
}

#[test]
fn group_names_that_fit_their_bars_run_onto_lines_whole() {
    let names = [
        "Riverside Medical Centre",
        "Oak Tree Surgery",
        "Harbour View Health Centre",
        "Kingsmead Family Practice",
        "Hillside Group Practice",
    ];
    let mut bars = chart(
        ChartKind::Bar,
        "Patients at each practice",
        AxisKind::Category,
        vec![series(
            "n",
            (0..5).map(|i| (f64::from(i), f64::from(200 + i))).collect(),
        )],
    );
    bars.categories = names.iter().map(|name| (*name).to_owned()).collect();
    let svg = check_rules(&bars, "practices");
    assert!(!svg.contains('…'), "{svg}");
    assert!(!svg.contains("rotate("), "side by side, not slanted: {svg}");
    // Each name is one <text>, its lines in <tspan>s that read as the whole name.
    for name in names {
        let words: Vec<&str> = name.split(' ').collect();
        let whole = svg.contains(&format!(">{name}</text>"));
        let in_lines = svg.contains(&format!(">{}</tspan>", words[0]))
            || svg.contains(&format!(">{} {}</tspan>", words[0], words[1]));
        assert!(whole || in_lines, "{name} in {svg}");
    }
    assert!(svg.contains("<tspan"), "{svg}");
}

const AWKWARD_NAMES: [&str; 6] = ["", " ", "<&>\"'", "a\u{0}\u{1f}b", "Ünïcødé ✓", "x"];

/// Mostly ordinary values (dates in 2024 on a date axis), one in five awkward.
fn awkward_value(numbers: &mut Numbers, x_axis: AxisKind) -> f64 {
    const AWKWARD: [f64; 10] = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        1e300,
        -1e300,
        1e-300,
        0.0,
        -0.0,
        2_147_483_648.0,
        -1.5,
    ];
    if numbers.next() < 0.2 {
        return numbers.pick(&AWKWARD);
    }
    let ordinary = ((numbers.next() - 0.3) * 400.0).round();
    if x_axis == AxisKind::Date {
        ordinary + day("2024-01-01")
    } else {
        ordinary
    }
}

fn awkward_chart(numbers: &mut Numbers) -> Chart {
    let kind = numbers.pick(&[
        ChartKind::Line,
        ChartKind::Bar,
        ChartKind::Scatter,
        ChartKind::Histogram,
    ]);
    let x_axis = numbers.pick(&[AxisKind::Number, AxisKind::Date, AxisKind::Category]);
    let all_series = (0..numbers.below(5))
        .map(|_| {
            let points = (0..numbers.below(40))
                .map(|_| {
                    (
                        awkward_value(numbers, x_axis),
                        awkward_value(numbers, x_axis),
                    )
                })
                .collect();
            series(numbers.pick(&AWKWARD_NAMES), points)
        })
        .collect();
    let mut awkward = chart(kind, numbers.pick(&AWKWARD_NAMES), x_axis, all_series);
    awkward.x_label = numbers.pick(&AWKWARD_NAMES).into();
    awkward.y_label = numbers.pick(&AWKWARD_NAMES).into();
    awkward.categories = (0..numbers.below(12))
        .map(|i| format!("{} {i}", numbers.pick(&AWKWARD_NAMES)))
        .collect();
    let values: Vec<f64> = (0..numbers.below(200))
        .map(|_| awkward_value(numbers, AxisKind::Number))
        .collect();
    awkward.bins = c4h_charts::histogram_bins(&values, Some(numbers.below(60)));
    awkward
}

/// Random charts full of awkward values: none may panic, and all must keep the rules.
#[test]
fn random_awkward_charts_keep_the_rules() {
    let mut numbers = Numbers::new(2024);
    for _ in 0..300 {
        let awkward = awkward_chart(&mut numbers);
        check_rules(&awkward, "random");
        let table = awkward.data_table(&english);
        assert!(
            table
                .rows
                .iter()
                .all(|row| row.len() == table.columns.len())
        );
    }
}

#[test]
fn ten_thousand_points_stay_reasonable() {
    let mut numbers = Numbers::new(1);
    let points: Vec<(f64, f64)> = (0..10_000)
        .map(|i| (f64::from(i), numbers.normal(100.0, 30.0)))
        .collect();
    for kind in [ChartKind::Line, ChartKind::Scatter, ChartKind::Bar] {
        let big = chart(
            kind,
            "Big",
            AxisKind::Number,
            vec![series("a", points.clone())],
        );
        let svg = check_rules(&big, "big");
        assert!(svg.len() < 2_000_000, "{kind:?}: {} bytes", svg.len());
    }
}
