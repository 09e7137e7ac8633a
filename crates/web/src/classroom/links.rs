//! Class links and hand-ins made and read on the page, with the browser's own deflate
//! (share.rs); the envelope is c4h-links', the contents c4h-classroom's.

use c4h_classroom::{Class, HandIn, LinkProblem};
use c4h_links::{MAX_PAYLOAD_BYTES, PayloadKind, finish_payload, make_payload, parse_payload};

use crate::i18n::tr;
use crate::page::page_address;
use crate::share;

/// The whole address for `payload` as a link of `kind`, or why there cannot be one.
pub async fn make_link(kind: PayloadKind, payload: &str) -> Result<String, String> {
    let Some(compressed) = share::deflate(payload.as_bytes()).await else {
        return Err(tr!("share-link-failed"));
    };
    let fragment = make_payload(kind, payload, &compressed).map_err(|_| match kind {
        PayloadKind::Class => tr!("class-link-too-long"),
        PayloadKind::HandIn => tr!("hand-in-too-long"),
    })?;
    Ok(format!("{}{fragment}", page_address()))
}

async fn open(kind: PayloadKind, hash: &str) -> Result<String, LinkProblem> {
    let link = match parse_payload(hash) {
        Some(Ok(link)) if link.kind == kind => link,
        Some(Err(problem)) => return Err(problem),
        _ => return Err(LinkProblem::Damaged),
    };
    let inflated = share::inflate(&link.compressed, MAX_PAYLOAD_BYTES).await;
    finish_payload(&link, inflated)
}

/// The class in a class link's fragment.
pub async fn read_class(hash: &str) -> Result<Class, LinkProblem> {
    Class::from_payload(&open(PayloadKind::Class, hash).await?)
}

/// The hand-in in a hand-in link's fragment.
pub async fn read_hand_in(hash: &str) -> Result<HandIn, LinkProblem> {
    HandIn::from_payload(&open(PayloadKind::HandIn, hash).await?)
}

/// What a teacher or learner is told about a link that cannot be read.
pub fn problem_words(problem: LinkProblem) -> String {
    match problem {
        LinkProblem::Damaged => tr!("classroom-link-damaged"),
        LinkProblem::TooLong => tr!("classroom-link-too-long"),
        LinkProblem::NewerVersion => tr!("classroom-link-newer"),
    }
}
