//! Links that carry a classroom's data: a class link (`#class=`) and a hand-in
//! (`#handin=`). Both are the same envelope as a share link, without the mode:
//!
//! ```text
//! #class=v1.<length>.<crc>.<data>
//! #handin=v1.<length>.<crc>.<data>
//! ```
//!
//! `<data>` is the payload (JSON, read by c4h-classroom) deflated and written in
//! base64url; `<length>` is its size in bytes before deflating, so a link cut short is
//! caught; `<crc>` is its CRC-32 in 8 hex digits, so a character changed on the way (which
//! raw deflate often inflates to other, valid-looking JSON) is caught too. A link is at
//! most [`MAX_LINK_CHARS`] characters, as a share link, and inflates to at most
//! [`MAX_PAYLOAD_BYTES`]. This module reads and writes the envelope only; what is inside
//! is the caller's.

use crate::{
    LinkProblem, MAX_LINK_CHARS, VERSION, base64url_decode, base64url_encode, stated_length,
    versioned_parts,
};

/// At most this much comes out of a classroom link: a hand-in holds several lessons' code.
pub const MAX_PAYLOAD_BYTES: usize = 400_000;

/// Which kind of classroom link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadKind {
    /// A teacher's class: its name, message and lessons.
    Class,
    /// A learner's work for a teacher to mark.
    HandIn,
}

impl PayloadKind {
    /// What the link's fragment starts with.
    pub fn prefix(self) -> &'static str {
        match self {
            PayloadKind::Class => "#class=",
            PayloadKind::HandIn => "#handin=",
        }
    }

    /// The kind whose prefix `hash` starts with.
    pub fn of(hash: &str) -> Option<PayloadKind> {
        [PayloadKind::Class, PayloadKind::HandIn]
            .into_iter()
            .find(|kind| hash.starts_with(kind.prefix()))
    }
}

/// A classroom link read as far as it can be without inflating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayloadLink {
    pub kind: PayloadKind,
    pub length: usize,
    pub crc: u32,
    pub compressed: Vec<u8>,
}

/// CRC-32 (IEEE 802.3, as zip and PNG use), bit by bit: a few lines instead of a table or a
/// dependency; a link's payload is small.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0_u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The fragment for `payload`, which deflated to `compressed`; [`LinkProblem::TooLong`]
/// past the caps.
pub fn make_payload(
    kind: PayloadKind,
    payload: &str,
    compressed: &[u8],
) -> Result<String, LinkProblem> {
    let length = payload.len();
    let fragment = format!(
        "{}v{VERSION}.{length}.{:08x}.{}",
        kind.prefix(),
        crc32(payload.as_bytes()),
        base64url_encode(compressed)
    );
    if length > MAX_PAYLOAD_BYTES || fragment.len() > MAX_LINK_CHARS {
        return Err(LinkProblem::TooLong);
    }
    Ok(fragment)
}

/// Reads `hash` (a fragment with its `#`): `None` when it is no classroom link. The caller
/// inflates `compressed`, at most [`MAX_PAYLOAD_BYTES`] of it, and gives the result to
/// [`finish_payload`].
pub fn parse_payload(hash: &str) -> Option<Result<PayloadLink, LinkProblem>> {
    let kind = PayloadKind::of(hash)?;
    Some(parse_body(kind, hash, &hash[kind.prefix().len()..]))
}

fn parse_body(kind: PayloadKind, hash: &str, body: &str) -> Result<PayloadLink, LinkProblem> {
    let parts = versioned_parts(hash, body)?;
    let length = stated_length(parts[1], MAX_PAYLOAD_BYTES)?;
    let crc_text = parts[2];
    if crc_text.len() != 8 || !crc_text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(LinkProblem::Damaged);
    }
    let crc = u32::from_str_radix(crc_text, 16).map_err(|_| LinkProblem::Damaged)?;
    let compressed = base64url_decode(parts[3]).ok_or(LinkProblem::Damaged)?;
    Ok(PayloadLink {
        kind,
        length,
        crc,
        compressed,
    })
}

/// The payload's text, given what its compressed bytes inflated to (`None`: not deflate,
/// or more than [`MAX_PAYLOAD_BYTES`]). It must be exactly the stated length, with the
/// stated CRC, in UTF-8.
pub fn finish_payload(
    link: &PayloadLink,
    inflated: Option<Vec<u8>>,
) -> Result<String, LinkProblem> {
    let bytes = inflated.ok_or(LinkProblem::Damaged)?;
    if bytes.len() != link.length || crc32(&bytes) != link.crc {
        return Err(LinkProblem::Damaged);
    }
    String::from_utf8(bytes).map_err(|_| LinkProblem::Damaged)
}

/// Every classroom link of `kind` in `text` (a chat message, an email, a `.c4h` file, one
/// link a line): each fragment from its `#` to the first character a link cannot hold, in
/// the order they appear. Whatever precedes the `#` (the playground's address) is ignored,
/// so links from any copy of the playground are read the same.
pub fn find_payloads(text: &str, kind: PayloadKind) -> Vec<&str> {
    let prefix = kind.prefix();
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(prefix) {
        let from = &rest[at..];
        let end = from[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '=')))
            .map_or(from.len(), |end| end + 1);
        // A sentence's full stop after a link is not part of it.
        found.push(from[..end].trim_end_matches('.'));
        rest = &from[end..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use miniz_oxide::deflate::compress_to_vec;
    use miniz_oxide::inflate::decompress_to_vec_with_limit;

    fn make(kind: PayloadKind, text: &str) -> Result<String, LinkProblem> {
        make_payload(kind, text, &compress_to_vec(text.as_bytes(), 9))
    }

    fn open(hash: &str) -> Option<Result<String, LinkProblem>> {
        parse_payload(hash).map(|parsed| {
            parsed.and_then(|link| {
                let inflated =
                    decompress_to_vec_with_limit(&link.compressed, MAX_PAYLOAD_BYTES).ok();
                finish_payload(&link, inflated)
            })
        })
    }

    #[test]
    fn payloads_of_both_kinds_come_back_unchanged() {
        for kind in [PayloadKind::Class, PayloadKind::HandIn] {
            for text in [
                "",
                "{\"name\":\"Siân's group 🩺\"}",
                &"x = 1;\n".repeat(3000),
            ] {
                let link = make(kind, text).unwrap();
                assert!(link.starts_with(kind.prefix()), "{link}");
                assert_eq!(PayloadKind::of(&link), Some(kind));
                assert_eq!(open(&link), Some(Ok(text.to_owned())));
            }
        }
    }

    #[test]
    fn other_fragments_are_not_classroom_links() {
        for hash in [
            "",
            "#/lessons",
            "#share=v1.code.1.AA",
            "#classes",
            "handin=v1.1.AA",
        ] {
            assert_eq!(parse_payload(hash), None, "{hash}");
        }
    }

    #[test]
    fn damaged_and_newer_links_are_told_apart_and_never_half_read() {
        let good = make(PayloadKind::HandIn, &"{\"learner\":\"Sam\"}".repeat(10)).unwrap();
        let body = &good["#handin=".len()..];
        let parts: Vec<&str> = body.split('.').collect();
        let (length, data) = (parts[1], parts[2]);
        let longer = length.parse::<usize>().unwrap() + 1;
        for bad in [
            good[..good.len() - 4].to_owned(),
            format!("#handin=v1.{longer}.{data}"),
            format!("#handin=v1.{length}.{data}!"),
            format!("#handin=v1.{length}"),
            format!("#handin=v1.x.{data}"),
            format!("#handin=v0.{length}.{data}"),
            format!("#handin=v1.code.{length}.{data}"),
            format!(
                "#handin=v1.2.{}",
                base64url_encode(&compress_to_vec(&[0xc3, 0x28], 9))
            ),
        ] {
            assert_eq!(open(&bad), Some(Err(LinkProblem::Damaged)), "{bad}");
        }
        assert_eq!(
            open(&format!("#handin=v2.{length}.{data}")),
            Some(Err(LinkProblem::NewerVersion))
        );
    }

    #[test]
    fn classroom_links_are_capped_and_bombs_stop_at_the_cap() {
        assert_eq!(
            open(&format!(
                "#class=v1.5.00000000.{}",
                "A".repeat(MAX_LINK_CHARS)
            )),
            Some(Err(LinkProblem::TooLong))
        );
        assert_eq!(
            open(&format!(
                "#class=v1.{}.00000000.AAAA",
                MAX_PAYLOAD_BYTES + 1
            )),
            Some(Err(LinkProblem::TooLong))
        );
        let bomb = base64url_encode(&compress_to_vec(&vec![b' '; 20_000_000], 9));
        assert_eq!(
            open(&format!("#handin=v1.1000.00000000.{bomb}")),
            Some(Err(LinkProblem::Damaged))
        );
        // Text that does not compress is refused before it makes too long a link.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let random: String = (0..MAX_LINK_CHARS * 2)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                char::from(b'a' + (state % 26) as u8)
            })
            .collect();
        assert_eq!(
            make(PayloadKind::HandIn, &random),
            Err(LinkProblem::TooLong)
        );
    }

    #[test]
    fn the_crc_is_crc_32_and_catches_every_changed_character() {
        // The standard check value of CRC-32/ISO-HDLC.
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        let good = make(
            PayloadKind::HandIn,
            "{\"learner\":\"Mawrth\",\"lessons\":[]}",
        )
        .unwrap();
        let data_at = good.rfind('.').unwrap() + 1;
        for at in data_at..good.len() {
            for replacement in ['A', 'x', '-', '9'] {
                let mut changed = good.clone().into_bytes();
                if changed[at] == replacement as u8 {
                    continue;
                }
                changed[at] = replacement as u8;
                let changed = String::from_utf8(changed).unwrap();
                // Either refused, or the same payload (the last character's spare bits).
                match open(&changed) {
                    Some(Err(_)) => {}
                    Some(Ok(text)) => assert_eq!(open(&good), Some(Ok(text)), "{changed}"),
                    None => panic!("{changed}"),
                }
            }
        }
    }

    #[test]
    fn links_are_found_among_other_text() {
        let one = make(PayloadKind::HandIn, "one").unwrap();
        let two = make(PayloadKind::HandIn, "two").unwrap();
        let class = make(PayloadKind::Class, "class").unwrap();
        let chat = format!(
            "Sam: here you go https://example.nhs.uk/play/{one}.\n\
             Ali: mine is (https://x.test/?kiosk{two}) thanks!\n\
             and the class was {class}"
        );
        assert_eq!(
            find_payloads(&chat, PayloadKind::HandIn),
            vec![&one[..], &two[..]]
        );
        assert_eq!(find_payloads(&chat, PayloadKind::Class), vec![&class[..]]);
        assert!(find_payloads("no links here", PayloadKind::HandIn).is_empty());
        // Each found link opens.
        for link in find_payloads(&chat, PayloadKind::HandIn) {
            assert!(matches!(open(link), Some(Ok(_))), "{link}");
        }
    }
}
