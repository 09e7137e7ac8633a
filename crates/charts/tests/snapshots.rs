//! Snapshot tests: each sample chart's SVG must match its file in tests/snapshots/ byte for
//! byte. After a deliberate change to the drawing, rewrite them with
//! `C4H_UPDATE_SNAPSHOTS=1 cargo test -p c4h-charts --test snapshots`, then look at the
//! pictures (in a browser) before committing them.

mod support;

use std::path::PathBuf;

use c4h_charts::{english, render_svg};

const UPDATE_VARIABLE: &str = "C4H_UPDATE_SNAPSHOTS";

fn snapshot_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.svg"))
}

fn check_snapshot(name: &str, svg: &str) {
    let path = snapshot_path(name);
    if std::env::var(UPDATE_VARIABLE).as_deref() == Ok("1") {
        std::fs::write(&path, svg)
            .unwrap_or_else(|error| panic!("writing {}: {error}", path.display()));
        return;
    }
    let Ok(expected) = std::fs::read_to_string(&path) else {
        panic!(
            "There is no snapshot {}. Create it with `{UPDATE_VARIABLE}=1 cargo test -p c4h-charts \
             --test snapshots`, and look at it before committing it.",
            path.display()
        );
    };
    if expected == svg {
        return;
    }
    let (line, (want, got)) = expected
        .lines()
        .zip(svg.lines())
        .enumerate()
        .find(|(_, (want, got))| want != got)
        .unwrap_or((
            expected.lines().count().min(svg.lines().count()),
            ("(end)", "(end)"),
        ));
    panic!(
        "{name}'s SVG differs from {} at line {}:\n  snapshot: {want}\n  now:      {got}\n\
         If the change is intended, rerun with {UPDATE_VARIABLE}=1 and look at the result.",
        path.display(),
        line + 1
    );
}

#[test]
fn every_sample_matches_its_snapshot() {
    for (name, chart) in support::samples() {
        check_snapshot(name, &render_svg(&chart, name, &english));
    }
}
