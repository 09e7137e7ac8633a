//! `c4h share`: share links made and opened on the command line, in the format the page
//! uses (c4h-links), so teachers can turn a file into a link and tests can check that a
//! link made in one place opens in the other. The page deflates with the browser's own
//! `CompressionStream`; this uses miniz_oxide, and both write and read raw deflate.

use std::process::ExitCode;

use c4h_links::{LinkProblem, MAX_CODE_BYTES, ShareMode};
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

pub const USAGE: &str = "\
Usage: c4h share [--app] FILE
       c4h share --open LINK

  c4h share FILE         print a share link's fragment (#share=...) for the code in FILE
                         (- for standard input); add it to the playground's address
  --app                  the link opens the app alone, code hidden (default: the code)
  c4h share --open LINK  print the code in a share link (a whole address or its #share=...)

Exit status: 0 on success, 1 when the link is damaged, too long or from a newer version,
or the code is too long for a link, 2 when the command was used wrongly.";

/// What `c4h share` was asked to do.
#[derive(Debug, PartialEq)]
pub enum ShareCommand {
    Make { mode: ShareMode, file: String },
    Open { link: String },
}

pub fn parse(arguments: &[String]) -> Result<ShareCommand, String> {
    match arguments {
        [flag, link] if flag == "--open" => Ok(ShareCommand::Open { link: link.clone() }),
        [flag, file] if flag == "--app" => Ok(ShareCommand::Make {
            mode: ShareMode::App,
            file: file.clone(),
        }),
        [file] if !file.starts_with("--") || file == "-" => Ok(ShareCommand::Make {
            mode: ShareMode::Code,
            file: file.clone(),
        }),
        _ => Err("`share` needs FILE, --app FILE, or --open LINK".into()),
    }
}

/// The fragment for `code` opened as `mode`.
pub fn make_link(code: &str, mode: ShareMode) -> Result<String, LinkProblem> {
    c4h_links::make(mode, code.len(), &compress_to_vec(code.as_bytes(), 9))
}

/// The code in `link`: an address with a `#share=` fragment, or the fragment alone.
pub fn open_link(link: &str) -> Result<(ShareMode, String), LinkProblem> {
    let fragment = link.find('#').map_or(link, |at| &link[at..]);
    let parsed = c4h_links::parse(fragment).ok_or(LinkProblem::Damaged)??;
    let inflated = decompress_to_vec_with_limit(&parsed.compressed, MAX_CODE_BYTES).ok();
    let shared = c4h_links::finish(&parsed, inflated)?;
    Ok((shared.mode, shared.code))
}

fn problem_text(problem: LinkProblem) -> &'static str {
    match problem {
        LinkProblem::Damaged => "the link is damaged or incomplete",
        LinkProblem::TooLong => "the code is too long for a share link",
        LinkProblem::NewerVersion => "the link was made by a newer version of the playground",
    }
}

pub fn execute(command: ShareCommand, read: impl Fn(&str) -> Result<String, String>) -> ExitCode {
    match command {
        ShareCommand::Make { mode, file } => match read(&file) {
            Err(message) => {
                eprintln!("c4h: {message}");
                ExitCode::from(2)
            }
            Ok(code) => match make_link(&code, mode) {
                Ok(fragment) => {
                    println!("{fragment}");
                    ExitCode::SUCCESS
                }
                Err(problem) => {
                    eprintln!("c4h: {}", problem_text(problem));
                    ExitCode::from(1)
                }
            },
        },
        ShareCommand::Open { link } => match open_link(&link) {
            Ok((_, code)) => {
                print!("{code}");
                ExitCode::SUCCESS
            }
            Err(problem) => {
                eprintln!("c4h: {}", problem_text(problem));
                ExitCode::from(1)
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_made_here_opens_here_from_a_whole_address() {
        let link = make_link("print(\"hello\");\n", ShareMode::App).unwrap();
        let address = format!("https://example.nhs.uk/tools/code4health/{link}");
        assert_eq!(
            open_link(&address),
            Ok((ShareMode::App, "print(\"hello\");\n".into()))
        );
        assert_eq!(open_link("#maincontent"), Err(LinkProblem::Damaged));
    }

    #[test]
    fn parses_its_arguments() {
        let words = |list: &[&str]| list.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse(&words(&["--app", "bmi.rhai"])),
            Ok(ShareCommand::Make {
                mode: ShareMode::App,
                file: "bmi.rhai".into()
            })
        );
        assert_eq!(
            parse(&words(&["-"])),
            Ok(ShareCommand::Make {
                mode: ShareMode::Code,
                file: "-".into()
            })
        );
        assert!(parse(&words(&[])).is_err());
        assert!(parse(&words(&["--open"])).is_err());
        assert!(parse(&words(&["--fast", "x"])).is_err());
    }
}
