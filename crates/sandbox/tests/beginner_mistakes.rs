//! The mistakes beginners make most, each with the message and the place they are told.
//! Every message must be plain English, point at the right line and column, and keep
//! Rhai's own message for the curious.

mod common;

use c4h_protocol::{Diagnostic, DiagnosticKind};
use c4h_sandbox::{Limits, check_syntax};

struct Mistake {
    name: &'static str,
    code: &'static str,
    kind: DiagnosticKind,
    line: u32,
    column: u32,
    /// A part of the plain-English message.
    message: &'static str,
}

const MISTAKES: &[Mistake] = &[
    Mistake {
        name: "assign-in-if",
        code: "let bp = 150;\nif bp = 140 {\n    print(\"high\");\n}",
        kind: DiagnosticKind::Syntax,
        line: 2,
        column: 7,
        message: "To compare two values, use `==`",
    },
    Mistake {
        name: "before-let",
        code: "print(total);\nlet total = 5;",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 7,
        message: "`total` is used here, but it is only made later, on line 2",
    },
    Mistake {
        name: "break-outside-loop",
        code: "let x = 1;\nbreak;",
        kind: DiagnosticKind::Syntax,
        line: 2,
        column: 1,
        message: "can only be used inside a loop",
    },
    Mistake {
        name: "call-undefined-on-map",
        code: "let p = #{ name: \"Sam\" };\np.greet();",
        kind: DiagnosticKind::Runtime,
        line: 2,
        column: 3,
        message: "There is no function called `greet`",
    },
    Mistake {
        name: "capital-letter",
        code: "let Weight = 70;\nprint(weight);",
        kind: DiagnosticKind::Syntax,
        line: 2,
        column: 7,
        message: "Did you mean `Weight`?",
    },
    Mistake {
        name: "change-constant",
        code: "const limit = 140;\nlimit = 150;",
        kind: DiagnosticKind::Syntax,
        line: 2,
        column: 1,
        message: "`limit` was made with `const`",
    },
    Mistake {
        name: "division-by-zero",
        code: "let patients = 0;\nprint(100 / patients);",
        kind: DiagnosticKind::Runtime,
        line: 2,
        column: 11,
        message: "divide by zero",
    },
    Mistake {
        name: "extra-closing-brace",
        code: "let x = 1;\n}",
        kind: DiagnosticKind::Syntax,
        line: 2,
        column: 1,
        message: "There is a `}` here with no `{` before it",
    },
    Mistake {
        name: "for-without-in",
        code: "for i 0..10 {\n    print(i);\n}",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 7,
        message: "A `for` loop needs `in`",
    },
    Mistake {
        name: "if-without-braces",
        code: "let bp = 150;\nif bp > 140 print(\"high\");",
        kind: DiagnosticKind::Syntax,
        line: 2,
        column: 13,
        message: "An opening brace `{` is missing",
    },
    Mistake {
        name: "index-out-of-range",
        code: "let readings = [120, 130];\nprint(readings[2]);",
        kind: DiagnosticKind::Runtime,
        line: 2,
        column: 16,
        message: "There is no item 2: this list has 2 item(s), numbered from 0 to 1",
    },
    Mistake {
        name: "keyword-as-name",
        code: "let for = 1;",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 5,
        message: "A name is expected here",
    },
    Mistake {
        name: "library-wrong-type",
        code: "let weight = \"70.5\";\nprint(weight.round());",
        kind: DiagnosticKind::Runtime,
        line: 2,
        column: 14,
        message: "`round` cannot take text. It works like this: `round(decimal number, whole number)`, \
                  `round(whole number, whole number)`, `round(decimal number)`",
    },
    Mistake {
        name: "missing-closing-paren-nested",
        code: "print(round(2.5);",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 17,
        message: "A closing bracket `)` or a comma `,` is missing",
    },
    Mistake {
        name: "missing-comma-in-list",
        code: "let readings = [120 130];",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 21,
        message: "A comma `,` is missing between two items",
    },
    Mistake {
        name: "missing-let",
        code: "total = 5;",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 1,
        message: "There is no variable called `total`",
    },
    Mistake {
        name: "missing-map-field",
        code: "let patient = #{ name: \"Sam\" };\nprint(patient.age);",
        kind: DiagnosticKind::Runtime,
        line: 2,
        column: 15,
        message: "There is no property called `age`",
    },
    Mistake {
        name: "missing-semicolon",
        code: "let weight = 70\nprint(weight);",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 16,
        message: "A semicolon `;` is missing here",
    },
    Mistake {
        name: "misspelt-function",
        code: "prnt(\"hi\");",
        kind: DiagnosticKind::Runtime,
        line: 1,
        column: 1,
        message: "Did you mean `print`?",
    },
    Mistake {
        name: "misspelt-variable",
        code: "let total = 5;\nprint(totl);",
        kind: DiagnosticKind::Syntax,
        line: 2,
        column: 7,
        message: "Did you mean `total`?",
    },
    Mistake {
        name: "overflow",
        code: "let big = 9223372036854775807;\nprint(big + 1);",
        kind: DiagnosticKind::Runtime,
        line: 2,
        column: 11,
        message: "A number became too big",
    },
    Mistake {
        name: "own-function-wrong-count",
        code: "fn bmi(weight, height) {\n    weight / (height * height)\n}\nprint(bmi(70.0));",
        kind: DiagnosticKind::Runtime,
        line: 4,
        column: 7,
        message: "Your function `bmi` takes 2 values (weight, height), but it was given 1",
    },
    Mistake {
        name: "print-without-brackets",
        code: "print \"hello\";",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 1,
        message: "`print` needs brackets around the value",
    },
    Mistake {
        name: "property-typo",
        code: "let readings = [1, 2];\nprint(readings.lenght);",
        kind: DiagnosticKind::Runtime,
        line: 2,
        column: 16,
        message: "`lenght` is not something a list has",
    },
    Mistake {
        name: "push-on-number",
        code: "let count = 5;\ncount.push(1);",
        kind: DiagnosticKind::Runtime,
        line: 2,
        column: 7,
        message: "`push` cannot take a whole number and a whole number",
    },
    Mistake {
        name: "single-quoted-text",
        code: "print('hello');",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 7,
        message: "For text, use double quotes",
    },
    Mistake {
        name: "text-minus-number",
        code: "let age = \"42\";\nlet next = age - 1;",
        kind: DiagnosticKind::Runtime,
        line: 2,
        column: 16,
        message: "`-` does not work with text and a whole number",
    },
    Mistake {
        name: "unclosed-brace",
        code: "if true {\n    print(1);\n",
        kind: DiagnosticKind::Syntax,
        line: 3,
        column: 1,
        message: "A closing brace `}` is missing",
    },
    Mistake {
        name: "unclosed-bracket",
        code: "print(\"hello\";",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 14,
        message: "A closing bracket `)` or a comma `,` is missing",
    },
    Mistake {
        name: "unclosed-string",
        code: "print(\"hello);",
        kind: DiagnosticKind::Syntax,
        line: 1,
        column: 7,
        message: "A piece of text is not closed",
    },
];

fn diagnostic_of(code: &str) -> Option<Diagnostic> {
    let run = common::run_with(code, &[], &Limits::default(), || 0.0);
    run.diagnostics()
        .last()
        .map(|diagnostic| (*diagnostic).clone())
}

#[test]
fn there_are_at_least_twenty_mistakes() {
    assert!(MISTAKES.len() >= 20, "{}", MISTAKES.len());
}

#[test]
fn each_mistake_gets_its_message_at_its_place() {
    let mut problems = Vec::new();
    for mistake in MISTAKES {
        let Some(diagnostic) = diagnostic_of(mistake.code) else {
            problems.push(format!("{}: no diagnostic", mistake.name));
            continue;
        };
        let place = (diagnostic.kind, diagnostic.line, diagnostic.column);
        let expected = (mistake.kind, Some(mistake.line), Some(mistake.column));
        if place != expected {
            problems.push(format!(
                "{}: at {place:?}, expected {expected:?}",
                mistake.name
            ));
        }
        if !diagnostic.message.contains(mistake.message) {
            problems.push(format!(
                "{}: {:?} lacks {:?}",
                mistake.name, diagnostic.message, mistake.message
            ));
        }
        if diagnostic.detail.trim().is_empty() {
            problems.push(format!("{}: Rhai's message is missing", mistake.name));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn syntax_mistakes_are_found_as_the_learner_types() {
    // The same message and place, without running anything.
    for mistake in MISTAKES.iter().filter(|m| m.kind == DiagnosticKind::Syntax) {
        let found = check_syntax(mistake.code, &Limits::default());
        assert_eq!(found.len(), 1, "{}", mistake.name);
        assert_eq!(
            (found[0].line, found[0].column),
            (Some(mistake.line), Some(mistake.column)),
            "{}",
            mistake.name
        );
        assert!(
            found[0].message.contains(mistake.message),
            "{}",
            mistake.name
        );
    }
}
