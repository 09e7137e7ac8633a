//! Keeps src/catalogue.txt (the library functions' names and signatures, used for "Did you
//! mean ...?" and "it accepts ..." hints) equal to what the engine really offers.
//! Run with `--features catalogue`; set C4H_BLESS=1 to rewrite the file.
#![cfg(feature = "catalogue")]

#[test]
fn the_catalogue_file_matches_the_engine() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/catalogue.txt");
    let expected: String = c4h_sandbox::library_signatures()
        .into_iter()
        .filter(|signature| c4h_sandbox::is_learner_facing(signature))
        .map(|signature| signature + "\n")
        .collect();
    if std::env::var_os("C4H_BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "src/catalogue.txt is out of date: run C4H_BLESS=1 cargo test -p c4h-sandbox --features catalogue --test catalogue"
    );
}

/// The API reference (c4h-protocol's api.rs) and the script library's functions name
/// the same set.
#[test]
fn every_health_function_has_a_reference_entry_and_back() {
    let registered = c4h_sandbox::library_function_names();
    let mut documented: Vec<String> = c4h_protocol::api::FUNCTIONS
        .iter()
        .map(|f| f.name.to_owned())
        .collect();
    documented.sort();
    assert_eq!(registered, documented);
}

/// The worker leaves the library family out of a script that calls only the core's words
/// (needs.rs): each must be a function of the core, every form of it giving only numbers,
/// `true` or `false`, nothing or a range of numbers (so no text or list can come of it and
/// meet the family's operators), and none may be a name the family has too. And every
/// such function is listed, so the list keeps up with Rhai's.
#[test]
fn the_core_words_are_the_core_functions_that_give_no_text() {
    let family = c4h_sandbox::family_function_names();
    let core = c4h_sandbox::core_signatures();
    let gives_no_text = |signature: &String| {
        let given = signature
            .split_once(") -> ")
            .map_or("()", |(_, given)| given);
        let given = given.strip_prefix("core::result::").unwrap_or(given);
        let given = given
            .strip_prefix("Result<")
            .and_then(|rest| rest.split_once(','))
            .map_or(given, |(ok, _)| ok);
        [
            "i64",
            "f64",
            "f32",
            "bool",
            "()",
            "Range<i64>",
            "StepRange<INT>",
            "StepRange<FLOAT>",
        ]
        .contains(&given)
    };
    let mut words: Vec<&str> = core
        .iter()
        .map(|signature| c4h_sandbox::function_name(signature))
        .filter(|name| name.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter(|name| !family.iter().any(|family_name| family_name == name))
        .filter(|name| {
            core.iter()
                .filter(|signature| c4h_sandbox::function_name(signature) == *name)
                .all(gives_no_text)
        })
        .collect();
    words.sort();
    words.dedup();
    let mut listed = c4h_sandbox::CORE_WORDS.to_vec();
    listed.sort();
    assert_eq!(listed, words, "CORE_WORDS in src/library/needs.rs");
}
