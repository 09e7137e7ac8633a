//! Finding hand-ins in what teachers collect: `.c4h` files, saved chat messages, emails,
//! standard input. Each file is read whole up to the page's cap and searched for hand-in
//! links (c4h-links finds them among any text); each link is read all or nothing
//! (c4h-classroom), and one that cannot be read is reported by file and place, never
//! half-read. The same hand-in handed in twice (the same link in two emails, say) is marked
//! once.

use std::io::Read;

use c4h_classroom::{HandIn, LinkProblem};
use c4h_links::{PayloadKind, find_payloads};

/// The largest file read, as the page's "Open a file": hand-ins are a few links, not a
/// data set, and a bigger file is most likely the wrong one.
pub const MAX_FILE_BYTES: usize = 1_000_000;

/// The hand-ins found, and what could not be read, as lines for the teacher.
#[derive(Debug, Default)]
pub struct Collected {
    /// Each different hand-in once, in the order they were found.
    pub hand_ins: Vec<HandIn>,
    pub problems: Vec<String>,
    /// Links already read (or refused), so a repeat is neither marked nor reported twice.
    seen: Vec<String>,
}

impl Collected {
    /// Reads every hand-in link in `text`, which came from the file called `name`.
    pub fn read_text(&mut self, name: &str, text: &str) {
        let links = find_payloads(text, PayloadKind::HandIn);
        if links.is_empty() {
            // A class link is the teacher's own, for learners: the likeliest mix-up.
            let why = if find_payloads(text, PayloadKind::Class).is_empty() {
                "it has no hand-in links in it"
            } else {
                "it has a class link in it, not a hand-in link"
            };
            self.problems.push(format!("{name}: {why}"));
            return;
        }
        for (at, link) in links.into_iter().enumerate() {
            if self.seen.iter().any(|seen| seen == link) {
                continue;
            }
            self.seen.push(link.to_owned());
            match c4h_classroom::native::read_hand_in(link) {
                // A hand-in may come again in another link (another browser's deflate
                // makes different bytes of the same work): still one learner's work.
                Ok(hand_in) if self.hand_ins.contains(&hand_in) => {}
                Ok(hand_in) => self.hand_ins.push(hand_in),
                Err(problem) => self.problems.push(format!(
                    "{name}: the {} hand-in link was skipped: {}",
                    ordinal(at + 1),
                    reason(problem)
                )),
            }
        }
    }

    /// Reads the file at `path` (`-`: standard input) and the hand-ins in it; a file that
    /// cannot be read, is too big or is not text is reported and skipped.
    pub fn read_file(&mut self, path: &str) {
        let (name, bytes) = if path == "-" {
            ("standard input", read_capped(std::io::stdin().lock()))
        } else {
            (path, std::fs::File::open(path).and_then(read_capped))
        };
        match bytes.map(|bytes| text_of(&bytes)) {
            Err(error) => self
                .problems
                .push(format!("{name}: could not be read ({error}): skipped")),
            Ok(Contents::TooBig) => self.problems.push(format!(
                "{name}: is bigger than {} MB, too big for hand-ins: skipped",
                MAX_FILE_BYTES / 1_000_000
            )),
            Ok(Contents::NotText) => self.problems.push(format!(
                "{name}: is not a text file (hand-ins are text): skipped"
            )),
            Ok(Contents::Text(text)) => self.read_text(name, &text),
        }
    }
}

/// Up to one byte past the cap, so a file too big is known without reading it all.
fn read_capped(source: impl std::io::Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    source
        .take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// What a file's bytes are to us.
#[derive(Debug, PartialEq)]
enum Contents {
    Text(String),
    TooBig,
    NotText,
}

/// The file's text, as the page reads a file: UTF-8 with no NUL bytes (a NUL is a binary
/// file that happens to be valid UTF-8).
fn text_of(bytes: &[u8]) -> Contents {
    if bytes.len() > MAX_FILE_BYTES {
        return Contents::TooBig;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) if !text.contains('\0') => Contents::Text(text.to_owned()),
        _ => Contents::NotText,
    }
}

/// Why a link could not be read, in the teacher's words.
fn reason(problem: LinkProblem) -> &'static str {
    match problem {
        LinkProblem::Damaged => "it is damaged or cut short",
        LinkProblem::TooLong => "it is too long",
        LinkProblem::NewerVersion => "it was made by a newer version of the playground",
    }
}

/// 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, … 21st.
pub fn ordinal(number: usize) -> String {
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use c4h_classroom::HandedLesson;

    fn link(learner: &str) -> String {
        let hand_in = HandIn::new(
            "Group",
            learner,
            vec![HandedLesson {
                id: "printing".into(),
                code: Some("print(1);".into()),
            }],
        )
        .unwrap();
        c4h_classroom::native::hand_in_link(&hand_in).unwrap()
    }

    #[test]
    fn ordinals_read_as_words_do() {
        let words: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            words,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
    }

    #[test]
    fn links_are_read_once_and_problems_named_by_place() {
        let (sam, ali) = (link("Sam"), link("Ali"));
        let cut = &ali[..ali.len() - 3];
        let mut collected = Collected::default();
        collected.read_text(
            "chat.txt",
            &format!("Sam: https://x.test/{sam}\nAli: {cut}\nSam again: {sam}\n"),
        );
        collected.read_text("sam.c4h", &format!("Code4Health hand-in\n{sam}\n"));
        collected.read_text("notes.txt", "nothing here");
        collected.read_text("class.txt", "#class=v1.2.AAAA");
        collected.read_text("new.c4h", "#handin=v2.10.AAAA #handin=v1.10.");
        let learners: Vec<&str> = collected
            .hand_ins
            .iter()
            .map(|h| h.learner.as_str())
            .collect();
        assert_eq!(learners, ["Sam"]);
        assert_eq!(
            collected.problems,
            [
                "chat.txt: the 2nd hand-in link was skipped: it is damaged or cut short",
                "notes.txt: it has no hand-in links in it",
                "class.txt: it has a class link in it, not a hand-in link",
                "new.c4h: the 1st hand-in link was skipped: it was made by a newer version of the playground",
                "new.c4h: the 2nd hand-in link was skipped: it is damaged or cut short",
            ]
        );
    }

    #[test]
    fn files_too_big_or_not_text_are_refused() {
        assert_eq!(text_of(b"ok"), Contents::Text("ok".into()));
        assert_eq!(text_of(&[0xff, 0xfe]), Contents::NotText);
        assert_eq!(text_of(b"a\0b"), Contents::NotText);
        assert_eq!(
            text_of(" ".repeat(MAX_FILE_BYTES + 1).as_bytes()),
            Contents::TooBig
        );
        assert_eq!(
            read_capped(std::io::repeat(b' ')).unwrap().len(),
            MAX_FILE_BYTES + 1
        );
    }
}
