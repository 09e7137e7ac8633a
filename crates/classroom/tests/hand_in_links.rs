//! Class links and hand-ins through whole links, as learners and teachers pass them on:
//! they come back unchanged, and a link that was damaged on the way, holds too much, or
//! comes from a newer playground is refused whole, never half-read.

use c4h_classroom::native::{class_link, hand_in_link, read_class, read_hand_in};
use c4h_classroom::{Class, HandIn, HandedLesson, LinkProblem};
use c4h_links::{
    MAX_CODE_BYTES, MAX_LINK_CHARS, MAX_PAYLOAD_BYTES, PayloadKind, base64url_encode, find_payloads,
};
use miniz_oxide::deflate::compress_to_vec;

fn lesson(id: &str, code: Option<&str>) -> HandedLesson {
    HandedLesson {
        id: id.to_owned(),
        code: code.map(str::to_owned),
    }
}

fn sian() -> HandIn {
    HandIn::new(
        "Grŵp Dydd Mawrth, Ward 7 🩺",
        "Siân O'Brien 🌼",
        vec![
            lesson("printing", Some("print(\"Bore da! 👋\");\n")),
            lesson("numbers", None),
            lesson(
                "if-else",
                Some("let age = 70;\nif age >= 65 { print(\"Flu jab: yes\"); }\n"),
            ),
            lesson("lists-of-maps", Some("")),
        ],
    )
    .expect("a hand-in")
}

/// The link's three parts after its prefix: version, length, data.
fn parts(link: &str) -> (String, usize, String) {
    let body = link.split_once('=').unwrap().1;
    let parts: Vec<&str> = body.split('.').collect();
    assert_eq!(parts.len(), 4, "{link}");
    // The CRC and the data, together: what follows the length.
    (
        parts[0].to_owned(),
        parts[1].parse().unwrap(),
        format!("{}.{}", parts[2], parts[3]),
    )
}

#[test]
fn a_class_and_a_hand_in_come_back_unchanged() {
    let class = Class::new(
        "Grŵp Dydd Mawrth, Ward 7 🩺",
        "Dechreuwch gyda printing.\nAsk me if you're stuck — diolch!",
        &["printing".into(), "numbers".into(), "if-else".into()],
    )
    .expect("a class");
    let link = class_link(&class).unwrap();
    assert!(link.starts_with("#class=v1."), "{link}");
    assert_eq!(read_class(&link), Ok(class));

    let hand_in = sian();
    let link = hand_in_link(&hand_in).unwrap();
    assert!(link.starts_with("#handin=v1."), "{link}");
    assert_eq!(read_hand_in(&link), Ok(hand_in.clone()));
    assert_eq!(hand_in.tried(), 3);

    // Found again in a chat message, after any copy of the playground's address.
    let chat =
        format!("Siân: here's my work https://example.nhs.uk/code4health/?kiosk{link}. Diolch!\n");
    assert_eq!(find_payloads(&chat, PayloadKind::HandIn), vec![&link[..]]);
    assert_eq!(
        read_hand_in(find_payloads(&chat, PayloadKind::HandIn)[0]),
        Ok(hand_in)
    );
}

#[test]
fn a_damaged_link_is_refused_whole() {
    let link = hand_in_link(&sian()).unwrap();
    let (_, length, data) = parts(&link);

    // Cut short, as a chat app or an email might cut a long line.
    for keep in [
        link.len() - 1,
        link.len() - 5,
        link.len() / 2,
        "#handin=v1.".len(),
    ] {
        assert_eq!(
            read_hand_in(&link[..keep]),
            Err(LinkProblem::Damaged),
            "{keep}"
        );
    }
    // The length it states is not the length it holds.
    for wrong in [length - 1, length + 1, 1] {
        assert_eq!(
            read_hand_in(&format!("#handin=v1.{wrong}.{data}")),
            Err(LinkProblem::Damaged),
            "{wrong}"
        );
    }
    // A byte changed early in the data breaks the deflate stream's header.
    let mut changed = data.clone().into_bytes();
    changed[1] = if changed[1] == b'A' { b'B' } else { b'A' };
    let changed = format!(
        "#handin=v1.{length}.{}",
        String::from_utf8(changed).unwrap()
    );
    assert_eq!(read_hand_in(&changed), Err(LinkProblem::Damaged));
    // Not base64url at all.
    assert_eq!(
        read_hand_in(&format!("#handin=v1.{length}.{data}!")),
        Err(LinkProblem::Damaged)
    );
}

#[test]
fn any_byte_changed_gives_no_hand_in_or_the_same_one() {
    // Raw deflate carries no checksum, so a changed byte can now and then still inflate to
    // text of the stated length; the link's CRC-32 catches that. A change can only be
    // harmless (a base64 character's spare bits), never give another hand-in.
    let link = hand_in_link(&sian()).unwrap();
    let (_, length, data) = parts(&link);
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut refused = 0;
    let mut tried = 0;
    for at in 0..data.len() {
        for &with in &alphabet[..8] {
            let mut bytes = data.clone().into_bytes();
            if bytes[at] == with {
                continue;
            }
            bytes[at] = with;
            let bent = format!("#handin=v1.{length}.{}", String::from_utf8(bytes).unwrap());
            tried += 1;
            match read_hand_in(&bent) {
                Err(problem) => {
                    assert_eq!(problem, LinkProblem::Damaged);
                    refused += 1;
                }
                Ok(read) => assert_eq!(read, sian(), "{bent}"),
            }
        }
    }
    assert!(refused * 100 >= tried * 99, "{refused} of {tried} refused");
}

#[test]
fn a_link_of_the_other_kind_is_not_read_as_this_kind() {
    let class = Class::new("Group", "", &["printing".into()]).unwrap();
    let class_fragment = class_link(&class).unwrap();
    let hand_in_fragment = hand_in_link(&sian()).unwrap();
    assert_eq!(read_hand_in(&class_fragment), Err(LinkProblem::Damaged));
    assert_eq!(read_class(&hand_in_fragment), Err(LinkProblem::Damaged));
    // A class's payload under a hand-in's prefix: a whole envelope, but no hand-in inside.
    let relabelled = class_fragment.replacen("#class=", "#handin=", 1);
    assert_eq!(read_hand_in(&relabelled), Err(LinkProblem::Damaged));
    // Nor is a share link, or a page's own fragment.
    assert_eq!(
        read_hand_in("#share=v1.code.7.y8nPL1CorgUA"),
        Err(LinkProblem::Damaged)
    );
    assert_eq!(read_hand_in("#/lessons"), Err(LinkProblem::Damaged));
}

#[test]
fn links_past_their_caps_are_too_long() {
    // Too long a link, refused before anything is decoded.
    assert_eq!(
        read_hand_in(&format!(
            "#handin=v1.5.00000000.{}",
            "A".repeat(MAX_LINK_CHARS)
        )),
        Err(LinkProblem::TooLong)
    );
    // A stated length past the payload's cap.
    assert_eq!(
        read_hand_in(&format!(
            "#handin=v1.{}.00000000.AAAA",
            MAX_PAYLOAD_BYTES + 1
        )),
        Err(LinkProblem::TooLong)
    );
    // Too much code for one link: the hand-in is refused when made...
    let too_much = "x".repeat(MAX_CODE_BYTES + 1);
    assert_eq!(
        HandIn::new("G", "Sam", vec![lesson("printing", Some(&too_much))]),
        None
    );
    // ...and, made by hand into a link that fits (it compresses well), refused when read.
    let forged = HandIn {
        class: "G".into(),
        learner: "Sam".into(),
        lessons: vec![lesson("printing", Some(&too_much))],
    };
    let link = hand_in_link(&forged).expect("it compresses into a link");
    assert_eq!(read_hand_in(&link), Err(LinkProblem::Damaged));
    // Several lessons' code, together past the payload's cap, make no link.
    let near_cap = "x".repeat(MAX_CODE_BYTES - 10);
    let lessons = ["printing", "numbers", "text"]
        .into_iter()
        .map(|id| lesson(id, Some(&near_cap)))
        .collect();
    let hand_in = HandIn::new("G", "Sam", lessons).expect("each lesson's code fits");
    assert_eq!(hand_in_link(&hand_in), Err(LinkProblem::TooLong));
}

#[test]
fn a_deflate_bomb_stops_at_the_cap() {
    // 20 MB of spaces deflates to a link that fits; inflating stops at the cap.
    let bomb = base64url_encode(&compress_to_vec(&vec![b' '; 20_000_000], 9));
    assert!(bomb.len() < MAX_LINK_CHARS, "{}", bomb.len());
    for length in [1000, MAX_PAYLOAD_BYTES] {
        assert_eq!(
            read_hand_in(&format!("#handin=v1.{length}.00000000.{bomb}")),
            Err(LinkProblem::Damaged),
            "{length}"
        );
    }
}

#[test]
fn a_link_from_a_newer_playground_says_so() {
    let link = hand_in_link(&sian()).unwrap();
    let (version, length, data) = parts(&link);
    assert_eq!(version, "v1");
    for newer in ["v2", "v10", "v999999"] {
        assert_eq!(
            read_hand_in(&format!("#handin={newer}.{length}.{data}")),
            Err(LinkProblem::NewerVersion),
            "{newer}"
        );
    }
    // A newer version may change everything after it: still newer, not damaged.
    assert_eq!(
        read_hand_in("#handin=v2.some.new.shape"),
        Err(LinkProblem::NewerVersion)
    );
    let class = class_link(&Class::new("G", "", &["printing".into()]).unwrap()).unwrap();
    assert_eq!(
        read_class(&class.replacen("#class=v1.", "#class=v2.", 1)),
        Err(LinkProblem::NewerVersion)
    );
}
