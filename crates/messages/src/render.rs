//! Rendering a message in a language: values put in, variants chosen by CLDR plural
//! category or by word, as Fluent does (without its Unicode isolation marks, which our
//! page does not need: every value is in the same direction as the text).

use crate::ftl::{Catalogue, Element, Key, Pattern};
use crate::{Arg, Lang, Message, plural_category};

/// Message `message` in `lang` from `catalogue`, or `None` when the catalogue lacks it (or
/// a message it contains). A variable with no value shows as `{$name}`, as in Fluent.
pub fn render(catalogue: &Catalogue, lang: Lang, message: &Message) -> Option<String> {
    let pattern = catalogue.messages.get(&message.id)?;
    let mut out = String::new();
    write_pattern(catalogue, lang, pattern, &message.args, &mut out, 0).then_some(out)
}

fn write_pattern(
    catalogue: &Catalogue,
    lang: Lang,
    pattern: &Pattern,
    args: &[(String, Arg)],
    out: &mut String,
    depth: u32,
) -> bool {
    if depth > 10 {
        return false;
    }
    let find = |name: &str| args.iter().find(|(n, _)| n == name).map(|(_, arg)| arg);
    for element in pattern {
        match element {
            Element::Text(text) | Element::Literal(text) => out.push_str(text),
            Element::Variable(name) => match find(name) {
                Some(Arg::Text(text)) => out.push_str(text),
                Some(Arg::Number(n)) => out.push_str(&number(*n)),
                Some(Arg::Message(inner)) => match render(catalogue, lang, inner) {
                    Some(text) => out.push_str(&text),
                    None => return false,
                },
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Element::Reference(id) => match catalogue.messages.get(id) {
                Some(pattern) => {
                    if !write_pattern(catalogue, lang, pattern, args, out, depth + 1) {
                        return false;
                    }
                }
                None => return false,
            },
            Element::Term(id) => match catalogue.terms.get(id) {
                Some(pattern) => {
                    if !write_pattern(catalogue, lang, pattern, &[], out, depth + 1) {
                        return false;
                    }
                }
                None => return false,
            },
            Element::Select {
                variable,
                variants,
                default,
            } => {
                let chosen = choose(lang, find(variable), variants).unwrap_or(*default);
                if !write_pattern(catalogue, lang, &variants[chosen].1, args, out, depth + 1) {
                    return false;
                }
            }
        }
    }
    true
}

/// The variant a value chooses: an exact number, then its plural category, or a word.
fn choose(lang: Lang, value: Option<&Arg>, variants: &[(Key, Pattern)]) -> Option<usize> {
    match value? {
        Arg::Number(n) => variants
            .iter()
            .position(|(key, _)| matches!(key, Key::Number(k) if k == n))
            .or_else(|| {
                let category = plural_category(lang, *n).name();
                variants
                    .iter()
                    .position(|(key, _)| matches!(key, Key::Name(k) if k == category))
            }),
        Arg::Text(text) => variants
            .iter()
            .position(|(key, _)| matches!(key, Key::Name(k) if k == text)),
        Arg::Message(_) => None,
    }
}

/// A number as Fluent shows it without options: whole numbers without a decimal point.
fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue::parse(
            "-brand = Code4Health\n\
             hello = Hello, { $name }, from { -brand }!\n\
             checks = { $count ->\n    [zero] Dim gwiriad\n    [one] { $count } gwiriad\n    [two] { $count } wiriad\n    [few] { $count } gwiriad\n    [many] { $count } gwiriad\n   *[other] { $count } gwiriad\n}\n\
             exact = { $n ->\n    [0] none\n   *[other] { $n }\n}\n\
             outer = Problem: { $inner }\n\
             inner = line { $line }\n\
             refers = { hello } Again.\n",
        )
        .unwrap()
    }

    #[test]
    fn fills_in_values_terms_and_references() {
        let c = catalogue();
        let hello = Message::new("hello").with("name", "Ann");
        assert_eq!(
            render(&c, Lang::En, &hello).unwrap(),
            "Hello, Ann, from Code4Health!"
        );
        let refers = Message::new("refers").with("name", "Ann");
        assert_eq!(
            render(&c, Lang::En, &refers).unwrap(),
            "Hello, Ann, from Code4Health! Again."
        );
        let nested = Message::new("outer").with("inner", Message::new("inner").with("line", 3));
        assert_eq!(render(&c, Lang::En, &nested).unwrap(), "Problem: line 3");
        assert_eq!(
            render(&c, Lang::En, &Message::new("hello")).unwrap(),
            "Hello, {$name}, from Code4Health!"
        );
        assert_eq!(render(&c, Lang::En, &Message::new("missing")), None);
    }

    #[test]
    fn chooses_variants_by_welsh_plural_rules() {
        let c = catalogue();
        let said = |n: i64| render(&c, Lang::Cy, &Message::new("checks").with("count", n)).unwrap();
        assert_eq!(said(0), "Dim gwiriad");
        assert_eq!(said(2), "2 wiriad");
        assert_eq!(said(20), "20 gwiriad");
        let exact = |n: i64| render(&c, Lang::En, &Message::new("exact").with("n", n)).unwrap();
        assert_eq!(exact(0), "none");
        assert_eq!(exact(7), "7");
    }
}
