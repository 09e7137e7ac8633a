//! `c4h mark`: a teacher's marking with no server, for hand-ins collected by email or chat.
//! It reads every hand-in link in the files given (c4h-links finds them, c4h-classroom
//! reads them all or nothing), runs each learner's code against its lesson's checks in the
//! sandbox, and prints c4h-classroom's marking table, lined up or as CSV. Anything that
//! could not be read is named on standard error and left out; the rest is still marked.

mod checks;
mod collect;
mod table;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use c4h_classroom::{Marking, Unmarked};
use c4h_protocol::Lang;

use checks::Lessons;
use collect::Collected;

pub const USAGE: &str = "\
Usage: c4h mark [--csv] [--from DIR] [--lang en|cy] FILE...

Marks learners' hand-ins: reads every hand-in link in the FILEs (.c4h files, or
saved emails and chat messages with hand-in links in them), runs each learner's
code against its lesson's checks, and prints a table: a row per learner, a
column per lesson, and how many lessons each learner passed.

  FILE...    files to read (at most 1 MB each), or - for standard input; the
             same hand-in found more than once is marked once
  --csv      print the table as CSV, to open in a spreadsheet
  --from DIR the lessons to mark against (default: lessons/)
  --lang en|cy
             the language of the lessons' titles: en (English, the default) or
             cy (Welsh, Cymraeg); C4H_LANG sets it too

A hand-in holds only code: every result is worked out here, in the sandbox.
Code passes a lesson when it passes the checks of the English lesson or of its
Welsh twin, since a hand-in does not say which language the learner used. A
file or link that cannot be read (damaged, too long, or made by a newer version
of the playground) is named on standard error and left out.

Exit status: 0 when every file and link was read and the table printed, 1 when
some could not be read (the table still shows the rest), 2 for bad usage or
when no hand-in was found.";

/// What `c4h mark` was asked to do.
#[derive(Debug, PartialEq)]
pub struct MarkCommand {
    pub csv: bool,
    pub from: PathBuf,
    /// `--lang`; `C4H_LANG` or English when not given (main.rs chooses).
    pub lang: Option<Lang>,
    pub files: Vec<String>,
}

pub fn parse(arguments: &[String]) -> Result<MarkCommand, String> {
    let mut command = MarkCommand {
        csv: false,
        from: PathBuf::from("lessons"),
        lang: None,
        files: Vec::new(),
    };
    let mut rest = arguments.iter();
    while let Some(argument) = rest.next() {
        match argument.as_str() {
            "--csv" => command.csv = true,
            "--from" => command.from = PathBuf::from(rest.next().ok_or("--from needs a folder")?),
            "--lang" => {
                let tag = rest.next().ok_or("--lang needs en or cy")?;
                command.lang = Some(crate::read_lang(tag)?);
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            file => command.files.push(file.to_owned()),
        }
    }
    if command.files.is_empty() {
        return Err("`mark` needs at least one FILE (or - for standard input)".into());
    }
    Ok(command)
}

pub fn execute(command: MarkCommand, lang: Lang) -> ExitCode {
    let curricula = match c4h_lessons::load_curricula(&command.from) {
        Ok(curricula) => curricula,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "c4h: the lessons in {} could not be read, so nothing was marked",
                command.from.display()
            );
            return ExitCode::from(2);
        }
    };
    let lessons = Lessons::new(curricula, lang == Lang::Cy);

    let mut collected = Collected::default();
    for file in &command.files {
        collected.read_file(file);
    }
    for problem in &collected.problems {
        eprintln!("c4h: {problem}");
    }
    if collected.hand_ins.is_empty() {
        eprintln!("c4h: no hand-ins were found, so there is nothing to mark");
        return ExitCode::from(2);
    }

    let mut marking = Marking::new(&collected.hand_ins, |id| lessons.has(id));
    for job in marking.jobs() {
        match lessons.mark(&job.lesson, &job.code) {
            Some((checks, problem)) => marking.record(&job, checks, problem),
            // Not reached: the table only asks for lessons `has` knows.
            None => marking.unmarked(&job, Unmarked::UnknownLesson),
        }
    }

    let title = |id: &str| lessons.title(id);
    let text = if command.csv {
        c4h_classroom::csv::csv(&table::rows(&marking, title, false))
    } else {
        table::aligned(&table::rows(&marking, title, true))
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`c4h mark … | head`) is not a reason to panic.
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
    if collected.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn parses_its_arguments() {
        assert_eq!(
            parse(&words(&[
                "--csv", "--from", "l", "--lang", "cy", "a.c4h", "-"
            ])),
            Ok(MarkCommand {
                csv: true,
                from: PathBuf::from("l"),
                lang: Some(Lang::Cy),
                files: words(&["a.c4h", "-"]),
            })
        );
        assert_eq!(
            parse(&words(&["a.c4h"])).map(|c| (c.from, c.lang, c.csv)),
            Ok((PathBuf::from("lessons"), None, false))
        );
        assert!(parse(&words(&[])).is_err());
        assert!(parse(&words(&["--csv"])).is_err());
        assert!(parse(&words(&["--fast", "a"])).is_err());
        assert!(parse(&words(&["a", "--from"])).is_err());
        assert!(parse(&words(&["--lang", "fr", "a"])).is_err());
    }
}
