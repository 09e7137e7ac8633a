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

/// The worker fetches the library family before a script that calls one of its functions:
/// the list of names it looks for is every function the family has.
#[test]
fn the_library_family_list_names_every_function_it_registers() {
    let mut listed: Vec<&str> = c4h_sandbox::FAMILY_FUNCTIONS.to_vec();
    listed.sort();
    assert_eq!(c4h_sandbox::family_function_names(), listed);
}
