//! Class links and hand-ins made and read with a Rust deflate, for native hosts (the CLI
//! and tests). The page does the same with the browser's own deflate.

use c4h_links::{
    LinkProblem, MAX_PAYLOAD_BYTES, PayloadKind, finish_payload, make_payload, parse_payload,
};
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

use crate::{Class, HandIn};

fn make(kind: PayloadKind, payload: &str) -> Result<String, LinkProblem> {
    make_payload(kind, payload, &compress_to_vec(payload.as_bytes(), 9))
}

fn open(kind: PayloadKind, hash: &str) -> Result<String, LinkProblem> {
    let link = match parse_payload(hash) {
        Some(Ok(link)) if link.kind == kind => link,
        Some(Err(problem)) => return Err(problem),
        _ => return Err(LinkProblem::Damaged),
    };
    let inflated = decompress_to_vec_with_limit(&link.compressed, MAX_PAYLOAD_BYTES).ok();
    finish_payload(&link, inflated)
}

/// The class link's fragment (`#class=…`) for `class`.
pub fn class_link(class: &Class) -> Result<String, LinkProblem> {
    make(PayloadKind::Class, &class.to_payload())
}

/// The class in a class link's fragment.
pub fn read_class(hash: &str) -> Result<Class, LinkProblem> {
    Class::from_payload(&open(PayloadKind::Class, hash)?)
}

/// The hand-in link's fragment (`#handin=…`) for `hand_in`.
pub fn hand_in_link(hand_in: &HandIn) -> Result<String, LinkProblem> {
    make(PayloadKind::HandIn, &hand_in.to_payload())
}

/// The hand-in in a hand-in link's fragment.
pub fn read_hand_in(hash: &str) -> Result<HandIn, LinkProblem> {
    HandIn::from_payload(&open(PayloadKind::HandIn, hash)?)
}
