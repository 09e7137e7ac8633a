//! `c4h lessons check` and `c4h lessons export`: the lesson author's tools. `check` reads
//! every lesson (or the files named), reports broken files with their line and reason, and
//! runs each lesson's solution and starter against its checks. `export` writes the checked
//! curriculum as the JSON the page reads (Trunk's pre-build hook runs it, so a broken lesson
//! fails the page's build).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use c4h_lessons::{Lesson, check_lesson, load_curriculum, parse_lesson};

pub const USAGE: &str = "\
Usage: c4h lessons check [PATH]...
       c4h lessons export [--from DIR] OUT.json

  check    read the lessons (the lessons/ folder, or the folders and files given) and
           prove each works: its solution passes every check, its starter fails one
  export   write the lessons in DIR (default lessons/) as the JSON the page reads

Exit status: 0 when every lesson is good, 1 when any is broken, 2 for bad usage.";

#[derive(Debug, PartialEq)]
pub enum LessonsCommand {
    Check(Vec<PathBuf>),
    Export { from: PathBuf, out: PathBuf },
}

pub fn parse(arguments: &[String]) -> Result<LessonsCommand, String> {
    match arguments.split_first() {
        Some((command, rest)) if command == "check" => {
            if let Some(flag) = rest.iter().find(|a| a.starts_with("--")) {
                return Err(format!("unknown option `{flag}`"));
            }
            Ok(LessonsCommand::Check(
                rest.iter().map(PathBuf::from).collect(),
            ))
        }
        Some((command, rest)) if command == "export" => {
            let mut from = PathBuf::from("lessons");
            let mut out = None;
            let mut rest = rest.iter();
            while let Some(argument) = rest.next() {
                match argument.as_str() {
                    "--from" => from = PathBuf::from(rest.next().ok_or("--from needs a folder")?),
                    flag if flag.starts_with("--") => {
                        return Err(format!("unknown option `{flag}`"));
                    }
                    path if out.is_none() => out = Some(PathBuf::from(path)),
                    extra => return Err(format!("unexpected argument `{extra}`")),
                }
            }
            let out = out.ok_or("`export` needs the file to write")?;
            Ok(LessonsCommand::Export { from, out })
        }
        Some((other, _)) => Err(format!("unknown lessons command `{other}`")),
        None => Err("`lessons` needs check or export".into()),
    }
}

pub fn execute(command: LessonsCommand) -> ExitCode {
    match command {
        LessonsCommand::Check(paths) => check(paths),
        LessonsCommand::Export { from, out } => export(&from, &out),
    }
}

/// The lessons at `path`: a whole curriculum folder, one unit's folder (read with the
/// rest, so ids and orders are still checked against the others), or one lesson file.
fn read(path: &Path) -> Result<Vec<Lesson>, Vec<String>> {
    if path.join("unit.md").is_file() {
        let unit = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let root = path.parent().unwrap_or(path);
        return read(root).map(|lessons| {
            lessons
                .into_iter()
                .filter(|lesson| {
                    Path::new(&lesson.source)
                        .parent()
                        .and_then(Path::file_name)
                        .is_some_and(|name| name.to_string_lossy() == unit)
                })
                .collect()
        });
    }
    if path.is_dir() {
        return load_curriculum(path)
            .map(|curriculum| {
                curriculum
                    .units
                    .into_iter()
                    .flat_map(|unit| unit.lessons)
                    .collect()
            })
            .map_err(|problems| problems.iter().map(ToString::to_string).collect());
    }
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|error| vec![format!("{name}: cannot read the file: {error}")])?;
    parse_lesson(&name, &text)
        .map(|lesson| vec![lesson])
        .map_err(|problem| vec![problem.to_string()])
}

fn check(paths: Vec<PathBuf>) -> ExitCode {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("lessons")]
    } else {
        paths
    };
    // `lessons/01-first-steps/*.md` names the unit's own unit.md too: it is not a lesson.
    let paths = paths
        .into_iter()
        .filter(|path| path.file_name().is_none_or(|name| name != "unit.md"));
    let mut broken = 0;
    let mut good = 0;
    for path in paths {
        let lessons = match read(&path) {
            Ok(lessons) => lessons,
            Err(problems) => {
                for problem in &problems {
                    println!("{problem}");
                }
                broken += problems.len();
                continue;
            }
        };
        for lesson in &lessons {
            let report = check_lesson(lesson);
            if report.problems.is_empty() {
                good += 1;
                println!("ok      {} ({})", report.source, report.id);
            } else {
                broken += 1;
                for problem in &report.problems {
                    println!("BROKEN  {} ({}): {problem}", report.source, report.id);
                }
            }
        }
    }
    println!("lessons: {good} good, {broken} broken");
    if broken == 0 && good > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn export(from: &Path, out: &Path) -> ExitCode {
    let curriculum = match load_curriculum(from) {
        Ok(curriculum) => curriculum,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "c4h: {} broken lesson file(s): nothing was written",
                problems.len()
            );
            return ExitCode::from(1);
        }
    };
    // Serialising our own plain structs cannot fail.
    let json = serde_json::to_string(&curriculum).unwrap_or_default();
    let written = out
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(out, json));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("c4h: could not write {}: {error}", out.display());
            ExitCode::from(2)
        }
    }
}
