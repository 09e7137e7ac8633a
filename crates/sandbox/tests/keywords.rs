//! src/keywords.txt, which the editor's highlighter also reads, lists words the real engine
//! keeps for itself: none of them can be a variable's name.

use c4h_sandbox::{Limits, check_syntax, keywords};

#[test]
fn every_listed_keyword_is_reserved_by_rhai() {
    let listed: Vec<&str> = keywords().collect();
    assert!(listed.len() >= 20, "{listed:?}");
    for keyword in listed {
        let code = format!("let {keyword} = 1;");
        assert!(
            !check_syntax(&code, &Limits::default()).is_empty(),
            "`{keyword}` is in keywords.txt but Rhai accepts it as a name"
        );
    }
}

#[test]
fn ordinary_names_are_not_keywords() {
    for name in ["total", "weight", "patient", "print"] {
        assert!(keywords().all(|keyword| keyword != name), "{name}");
    }
}
