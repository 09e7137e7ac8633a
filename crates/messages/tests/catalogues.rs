//! The translation check (a `make test` stage through `cargo test`): every catalogue in
//! `messages/` reads; English and Welsh have the same files, the same messages and the same
//! values in each; plural variants are the language's own categories; and every message
//! renders the same in our reader as in Fluent's reference implementation, for every
//! plural category and word a value can choose.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use c4h_messages::{Arg, Catalogue, Lang, Message, Plural, render};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

fn messages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../messages")
}

/// Every catalogue file of a language, by area (file stem), as text.
fn files(lang: Lang) -> BTreeMap<String, String> {
    let dir = messages_dir().join(lang.code());
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "ftl") {
            let area = path.file_stem().unwrap().to_string_lossy().into_owned();
            files.insert(area, std::fs::read_to_string(&path).unwrap());
        }
    }
    assert!(!files.is_empty(), "no catalogues in {}", dir.display());
    files
}

fn parse(lang: Lang, area: &str, source: &str) -> Catalogue {
    Catalogue::parse(source).unwrap_or_else(|errors| {
        let list: Vec<String> = errors
            .iter()
            .map(|e| {
                format!(
                    "messages/{}/{area}.ftl:{}: {}",
                    lang.code(),
                    e.line,
                    e.reason
                )
            })
            .collect();
        panic!("{}", list.join("\n"))
    })
}

#[test]
fn english_and_welsh_have_the_same_messages_and_values() {
    let english = files(Lang::En);
    let welsh = files(Lang::Cy);
    assert_eq!(
        english.keys().collect::<Vec<_>>(),
        welsh.keys().collect::<Vec<_>>(),
        "messages/en and messages/cy must have the same files"
    );
    let mut problems = Vec::new();
    for (area, source) in &english {
        let en = parse(Lang::En, area, source);
        let cy = parse(Lang::Cy, area, &welsh[area]);
        for id in en.ids() {
            if !cy.has(id) {
                problems.push(format!("{area}.ftl: `{id}` is missing in Welsh"));
            } else if en.variables(id) != cy.variables(id) {
                problems.push(format!(
                    "{area}.ftl: `{id}` takes {:?} in English but {:?} in Welsh",
                    en.variables(id),
                    cy.variables(id)
                ));
            }
        }
        for id in cy.ids() {
            if !en.has(id) {
                problems.push(format!("{area}.ftl: `{id}` is in Welsh but not in English"));
            }
        }
        for (lang, catalogue) in [(Lang::En, &en), (Lang::Cy, &cy)] {
            for id in catalogue.ids() {
                for name in catalogue.variant_names(id) {
                    let plural =
                        ["zero", "one", "two", "few", "many", "other"].contains(&name.as_str());
                    let ours = Plural::of(lang).iter().any(|p| p.name() == name);
                    if plural && !ours {
                        problems.push(format!(
                            "{}/{area}.ftl: `{id}` has a `[{name}]` variant, which {} does not use",
                            lang.code(),
                            lang.own_name()
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_reference_is_to_a_message_of_the_same_language() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let mut all = Catalogue::default();
        for (area, source) in files(lang) {
            all.extend(parse(lang, &area, &source));
        }
        let terms: Vec<String> = all.term_ids().map(|t| format!("-{t}")).collect();
        for id in all.ids() {
            for name in all.references(id) {
                if !(all.has(&name) || terms.contains(&name)) {
                    problems.push(format!(
                        "{}: `{id}` names `{name}`, which does not exist",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The values to try for each of a message's variables: every number a plural category
/// can come from, and every word a selection offers.
fn trials(catalogue: &Catalogue, id: &str) -> Vec<Vec<(String, Arg)>> {
    let variables: Vec<String> = catalogue.variables(id).into_iter().collect();
    let words = catalogue.variant_names(id);
    let mut trials = vec![Vec::new()];
    for name in &variables {
        let mut values: Vec<Arg> = [0, 1, 2, 3, 6, 20, 1000]
            .map(|n| Arg::Number(n as f64))
            .to_vec();
        values.push(Arg::Number(1.5));
        values.push(Arg::Text(format!("«{name}»")));
        values.extend(words.iter().map(|word| Arg::Text(word.clone())));
        // Each value once with the others at their first value, to keep the count small.
        let mut next = Vec::new();
        for (index, trial) in trials.iter().enumerate() {
            for (which, value) in values.iter().enumerate() {
                if index > 0 && which > 0 {
                    continue;
                }
                let mut trial = trial.clone();
                trial.push((name.clone(), value.clone()));
                next.push(trial);
            }
        }
        trials = next;
    }
    trials
}

#[test]
fn every_message_renders_as_fluent_renders_it() {
    let mut problems = Vec::new();
    let mut rendered = 0;
    for lang in Lang::ALL {
        let locale: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap();
        let mut bundle = FluentBundle::new(vec![locale]);
        bundle.set_use_isolating(false);
        let mut ours = Catalogue::default();
        for (area, source) in files(lang) {
            let resource = FluentResource::try_new(source.clone()).unwrap_or_else(|(_, errors)| {
                panic!("{}/{area}.ftl is not Fluent: {errors:?}", lang.code())
            });
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("{}/{area}.ftl: {errors:?}", lang.code()));
            ours.extend(parse(lang, &area, &source));
        }
        for id in ours.ids() {
            let pattern = bundle
                .get_message(id)
                .and_then(|message| message.value())
                .unwrap_or_else(|| panic!("Fluent does not see `{id}` ({})", lang.code()));
            for args in trials(&ours, id) {
                let mut fluent_args = FluentArgs::new();
                for (name, value) in &args {
                    match value {
                        Arg::Number(n) => fluent_args.set(name.clone(), FluentValue::from(*n)),
                        Arg::Text(text) => {
                            fluent_args.set(name.clone(), FluentValue::from(text.clone()))
                        }
                        Arg::Message(_) => unreachable!(),
                    }
                }
                let mut errors = Vec::new();
                let theirs = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                let message = Message {
                    id: id.to_owned(),
                    args: args.clone(),
                };
                let mine = render(&ours, lang, &message).unwrap_or_default();
                rendered += 1;
                if !errors.is_empty() || mine != theirs {
                    problems.push(format!(
                        "{} `{id}` with {args:?}:\n  ours:   {mine:?}\n  Fluent: {theirs:?} {errors:?}",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(rendered > 0);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_built_in_catalogues_are_every_file() {
    for (lang, areas) in c4h_messages::AREAS {
        let built: Vec<&str> = areas.iter().map(|(area, _)| *area).collect();
        let on_disk: Vec<String> = files(lang).into_keys().collect();
        assert_eq!(
            built,
            on_disk,
            "crates/messages/src/built_in.rs lists every file of messages/{}",
            lang.code()
        );
        assert!(c4h_messages::built_in(lang).has("shell-run"));
    }
}
