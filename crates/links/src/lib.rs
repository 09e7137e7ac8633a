//! c4h-links: links that carry a learner's work, or a class, with no server.
//!
//! A share link keeps the code in the address's fragment (the part after `#`, which
//! browsers never send to a server), compressed with raw deflate and written in base64url:
//!
//! ```text
//! #share=v1.app.<length>.<data>     open as an app (code hidden)
//! #share=v1.code.<length>.<data>    open the code in the playground
//! ```
//!
//! `<length>` is the code's size in bytes, so a link cut short when it was copied is caught
//! even where deflate cannot tell. This crate owns the format: its version, its caps, and
//! every way a link can be bad ([`LinkProblem`]). It does no compression itself: the page
//! uses the browser's own deflate (`CompressionStream`), so no compression code is in its
//! wasm, and the CLI uses a Rust one. Reading a link is two steps around the host's
//! inflate: [`parse`] checks the link and gives the compressed bytes, [`finish`] checks
//! what they inflated to. Classroom links (a class, a hand-in) use the same envelope
//! without the mode ([`payload`]).
//!
//! Invariant: it knows nothing of the page, the worker or the sandbox, and never fetches.

mod base64url;
mod payload;

pub use base64url::{decode as base64url_decode, encode as base64url_encode};
pub use payload::{
    MAX_PAYLOAD_BYTES, PayloadKind, PayloadLink, find_payloads, finish_payload, make_payload,
    parse_payload,
};

/// Every share link starts with this.
pub const PREFIX: &str = "#share=";
/// The format's version; a link with a higher one came from a newer playground.
pub const VERSION: u32 = 1;
/// A longer link is not made or opened: mail and chat programs mangle very long links, and
/// a huge fragment is more likely a mistake or an attack than a learner's script.
pub const MAX_LINK_CHARS: usize = 40_000;
/// At most this much code comes out of a link: deflate can expand 1,000-fold, so the host
/// stops inflating here instead of trusting the link.
pub const MAX_CODE_BYTES: usize = 200_000;

/// How a shared link opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareMode {
    /// The app alone, code hidden.
    App,
    /// The code, in the playground.
    Code,
}

impl ShareMode {
    /// The mode's word in a link.
    pub fn as_str(self) -> &'static str {
        match self {
            ShareMode::App => "app",
            ShareMode::Code => "code",
        }
    }

    fn from_word(word: &str) -> Option<ShareMode> {
        match word {
            "app" => Some(ShareMode::App),
            "code" => Some(ShareMode::Code),
            _ => None,
        }
    }
}

/// Why a share link could not be opened, or made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// Not a link we made, or changed or cut short on its way.
    Damaged,
    /// Longer than the playground makes or opens.
    TooLong,
    /// Made by a newer version of the playground.
    NewerVersion,
}

/// A share link read as far as it can be without inflating: its mode, the code's length in
/// bytes, and the compressed code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareLink {
    pub mode: ShareMode,
    pub length: usize,
    pub compressed: Vec<u8>,
}

/// Code that came out of a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedCode {
    pub mode: ShareMode,
    pub code: String,
}

/// Whether `hash` (an address's fragment, with its `#`) is meant as a share link.
pub fn is_share_link(hash: &str) -> bool {
    hash.starts_with(PREFIX)
}

/// The fragment for code of `length` bytes that deflated to `compressed`, opened as `mode`;
/// [`LinkProblem::TooLong`] when the code or the link would be longer than the caps.
pub fn make(mode: ShareMode, length: usize, compressed: &[u8]) -> Result<String, LinkProblem> {
    let fragment = format!(
        "{PREFIX}v{VERSION}.{}.{length}.{}",
        mode.as_str(),
        base64url_encode(compressed)
    );
    if length > MAX_CODE_BYTES || fragment.len() > MAX_LINK_CHARS {
        return Err(LinkProblem::TooLong);
    }
    Ok(fragment)
}

/// Reads `hash`: `None` when it is not a share link at all (such as the skip link's
/// `#maincontent`), the link's parts, or what is wrong with it. The caller inflates
/// `compressed`, at most [`MAX_CODE_BYTES`] of it, and gives the result to [`finish`].
pub fn parse(hash: &str) -> Option<Result<ShareLink, LinkProblem>> {
    let body = hash.strip_prefix(PREFIX)?;
    Some(parse_body(hash, body))
}

fn parse_body(hash: &str, body: &str) -> Result<ShareLink, LinkProblem> {
    let parts = versioned_parts(hash, body)?;
    let mode = ShareMode::from_word(parts[1]).ok_or(LinkProblem::Damaged)?;
    let length = stated_length(parts[2], MAX_CODE_BYTES)?;
    let compressed = base64url_decode(parts[3]).ok_or(LinkProblem::Damaged)?;
    Ok(ShareLink {
        mode,
        length,
        compressed,
    })
}

/// The four dot-separated parts of a link's `body` (`v1.<…>.<…>.<data>`), once the whole
/// `hash` is within [`MAX_LINK_CHARS`] and the version is this one (a later one is
/// [`LinkProblem::NewerVersion`]: the learner can reload for it). Share links and the
/// classroom's (payload.rs) are read alike.
fn versioned_parts<'a>(hash: &str, body: &'a str) -> Result<Vec<&'a str>, LinkProblem> {
    if hash.len() > MAX_LINK_CHARS {
        return Err(LinkProblem::TooLong);
    }
    let parts: Vec<&str> = body.split('.').collect();
    let version = parts
        .first()
        .and_then(|word| word.strip_prefix('v'))
        .filter(|digits| (1..=6).contains(&digits.len()) && all_digits(digits))
        .and_then(|digits| digits.parse::<u32>().ok());
    match version {
        Some(version) if version > VERSION => Err(LinkProblem::NewerVersion),
        Some(VERSION) if parts.len() == 4 => Ok(parts),
        _ => Err(LinkProblem::Damaged),
    }
}

/// A link's stated length of its contents: 1 to 7 digits, and at most `max`.
fn stated_length(text: &str, max: usize) -> Result<usize, LinkProblem> {
    if !(1..=7).contains(&text.len()) || !all_digits(text) {
        return Err(LinkProblem::Damaged);
    }
    let length: usize = text.parse().map_err(|_| LinkProblem::Damaged)?;
    if length > max {
        return Err(LinkProblem::TooLong);
    }
    Ok(length)
}

fn all_digits(text: &str) -> bool {
    text.bytes().all(|byte| byte.is_ascii_digit())
}

/// The code of `link`, given what its compressed bytes inflated to: `None` when they were
/// not valid deflate or inflated to more than [`MAX_CODE_BYTES`]. The bytes must be exactly
/// the length the link states and be UTF-8 text.
pub fn finish(link: &ShareLink, inflated: Option<Vec<u8>>) -> Result<SharedCode, LinkProblem> {
    let bytes = inflated.ok_or(LinkProblem::Damaged)?;
    if bytes.len() != link.length {
        return Err(LinkProblem::Damaged);
    }
    let code = String::from_utf8(bytes).map_err(|_| LinkProblem::Damaged)?;
    Ok(SharedCode {
        mode: link.mode,
        code,
    })
}

/// The same link opened as `mode` (an app's link as "Open this code in the playground").
/// `None` when `fragment` is not a readable share link.
pub fn with_mode(fragment: &str, mode: ShareMode) -> Option<String> {
    let link = parse(fragment)?.ok()?;
    make(mode, link.length, &link.compressed).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use miniz_oxide::deflate::compress_to_vec;
    use miniz_oxide::inflate::decompress_to_vec_with_limit;

    /// What the page does with the browser's deflate, here with a Rust one.
    fn share(code: &str, mode: ShareMode) -> Result<String, LinkProblem> {
        make(mode, code.len(), &compress_to_vec(code.as_bytes(), 9))
    }

    fn open(hash: &str) -> Option<Result<SharedCode, LinkProblem>> {
        parse(hash).map(|parsed| {
            parsed.and_then(|link| {
                let inflated = decompress_to_vec_with_limit(&link.compressed, MAX_CODE_BYTES).ok();
                finish(&link, inflated)
            })
        })
    }

    fn deflate(bytes: &[u8]) -> Vec<u8> {
        compress_to_vec(bytes, 9)
    }

    #[test]
    fn code_of_every_kind_comes_back_from_its_link_unchanged() {
        let samples = [
            String::new(),
            "print(\"hello\");".to_owned(),
            "// Temperature: 37.5 °C, SpO₂ 96 %, 🩺\nlet name = \"Siân O'Brien\";\n".to_owned(),
            "let x = 1;\r\n\tprint(x);\n".repeat(500),
        ];
        for code in &samples {
            for mode in [ShareMode::App, ShareMode::Code] {
                let fragment = share(code, mode).unwrap();
                assert!(fragment.starts_with(&format!("#share=v1.{}.", mode.as_str())));
                let data = fragment.rsplit('.').next().unwrap();
                assert!(
                    data.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                );
                assert_eq!(
                    open(&fragment),
                    Some(Ok(SharedCode {
                        mode,
                        code: code.clone()
                    }))
                );
            }
        }
    }

    #[test]
    fn repetitive_code_compresses_well() {
        let code = "print(\"blood pressure 120/80\");\n".repeat(1000);
        let fragment = share(&code, ShareMode::Code).unwrap();
        assert!(fragment.len() < code.len() / 20, "{}", fragment.len());
    }

    #[test]
    fn other_fragments_are_not_share_links() {
        for hash in [
            "",
            "#",
            "#maincontent",
            "#share",
            "share=v1.app.1.AA",
            "#/lessons",
        ] {
            assert_eq!(parse(hash), None, "{hash}");
            assert!(!is_share_link(hash));
        }
    }

    #[test]
    fn damaged_cut_short_wrongly_sized_or_mis_encoded_links_are_damaged() {
        let good = share(
            &"let weight = 70;\nprint(weight);\n".repeat(20),
            ShareMode::App,
        )
        .unwrap();
        let parts: Vec<&str> = good[PREFIX.len()..].split('.').collect();
        let (length, data) = (parts[2], parts[3]);
        let length_plus_one = length.parse::<usize>().unwrap() + 1;
        let changed_first = if data.starts_with('A') { "B" } else { "A" };
        let bad = [
            good[..good.len() - 10].to_owned(),
            good[..good.len() / 2].to_owned(),
            format!("{PREFIX}v1.app.{length_plus_one}.{data}"),
            format!("{PREFIX}v1.app.{length}.{data}!"),
            format!("{PREFIX}v1.app.{length}.{changed_first}{}", &data[1..]),
            format!("{PREFIX}v1.app.{length}"),
            format!("{PREFIX}v1.app.x.{data}"),
            format!("{PREFIX}v1.play.{length}.{data}"),
            format!("{PREFIX}v1.app.{length}.{data}.extra"),
            format!("{PREFIX}v0.app.{length}.{data}"),
            format!("{PREFIX}version1.app.{length}.{data}"),
            format!("{PREFIX}v1.app.3.{}", base64url_encode(&[0xff, 0xff, 0xff])),
        ];
        for hash in &bad {
            assert_eq!(open(hash), Some(Err(LinkProblem::Damaged)), "{hash}");
        }
        // Bytes that are valid deflate but not UTF-8 text.
        let not_text = base64url_encode(&deflate(&[0xc3, 0x28]));
        assert_eq!(
            open(&format!("{PREFIX}v1.code.2.{not_text}")),
            Some(Err(LinkProblem::Damaged))
        );
    }

    #[test]
    fn a_link_from_a_newer_version_says_so() {
        let good = share("print(1);", ShareMode::App).unwrap();
        for newer in ["#share=v2.", "#share=v17."] {
            let hash = good.replacen("#share=v1.", newer, 1);
            assert_eq!(open(&hash), Some(Err(LinkProblem::NewerVersion)), "{hash}");
        }
    }

    #[test]
    fn links_are_capped_too_long_to_make_too_long_to_open_and_no_bombs() {
        // Code that does not compress (pseudo-random text) past the link cap.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let random: String = (0..MAX_LINK_CHARS * 2)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                char::from(b'a' + (state % 26) as u8)
            })
            .collect();
        assert_eq!(share(&random, ShareMode::Code), Err(LinkProblem::TooLong));
        assert_eq!(
            open(&format!("{PREFIX}v1.code.5.{}", "A".repeat(MAX_LINK_CHARS))),
            Some(Err(LinkProblem::TooLong))
        );
        assert_eq!(
            open(&format!("{PREFIX}v1.code.{}.AAAA", MAX_CODE_BYTES + 1)),
            Some(Err(LinkProblem::TooLong))
        );
        // 20 MB of spaces deflates to a short link; opening it stops at the cap instead of
        // filling memory, whatever length the link claims.
        let bomb = base64url_encode(&deflate(&vec![b' '; 20_000_000]));
        assert!(bomb.len() < MAX_LINK_CHARS, "{}", bomb.len());
        assert_eq!(
            open(&format!("{PREFIX}v1.code.1000.{bomb}")),
            Some(Err(LinkProblem::Damaged))
        );
    }

    #[test]
    fn an_app_link_becomes_a_code_link_for_the_same_code() {
        let app = share("show(\"BMI\", 24.2);", ShareMode::App).unwrap();
        let code = with_mode(&app, ShareMode::Code).unwrap();
        assert!(code.starts_with("#share=v1.code."));
        assert_eq!(
            open(&code),
            Some(Ok(SharedCode {
                mode: ShareMode::Code,
                code: "show(\"BMI\", 24.2);".into()
            }))
        );
        assert_eq!(with_mode("#share=v1.app.x.y", ShareMode::Code), None);
    }
}
