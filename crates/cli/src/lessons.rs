//! `c4h lessons check` and `c4h lessons export`: the lesson author's tools. `check` reads
//! every lesson (or the files named), reports broken files with their line and reason, and
//! runs each lesson's solution and starter against its checks. `export` writes the checked
//! curriculum as the JSON the page reads (Trunk's pre-build hook runs it, so a broken lesson
//! fails the page's build).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use c4h_lessons::{Lesson, check_lesson, load_curriculum, parse_lesson, try_code};

pub const USAGE: &str = "\
Usage: c4h lessons check [PATH]...
       c4h lessons try [--from DIR] LESSON_ID FILE
       c4h lessons export [--from DIR] OUT.json

  check    read the lessons (the lessons/ folder, or the folders and files given) and
           prove each works: its solution and other correct answers pass every check,
           its starter fails one, and no check compares shown values as exact text
           without a reason
  try      run the code in FILE (- for standard input) against lesson LESSON_ID's
           checks, as Check my code does, and print each check's result
  export   write the lessons in DIR (default lessons/) as the JSON the page reads

Exit status: 0 when every lesson is good (for try: every check passed), 1 when any is
broken (for try: a check failed), 2 for bad usage.";

#[derive(Debug, PartialEq)]
pub enum LessonsCommand {
    Check(Vec<PathBuf>),
    Try {
        from: PathBuf,
        lesson: String,
        file: String,
    },
    Export {
        from: PathBuf,
        out: PathBuf,
    },
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
        Some((command, rest)) if command == "try" => {
            let mut from = PathBuf::from("lessons");
            let mut words = Vec::new();
            let mut rest = rest.iter();
            while let Some(argument) = rest.next() {
                match argument.as_str() {
                    "--from" => from = PathBuf::from(rest.next().ok_or("--from needs a folder")?),
                    "-" => words.push(argument.clone()),
                    flag if flag.starts_with("--") => {
                        return Err(format!("unknown option `{flag}`"));
                    }
                    _ => words.push(argument.clone()),
                }
            }
            match <[String; 2]>::try_from(words) {
                Ok([lesson, file]) => Ok(LessonsCommand::Try { from, lesson, file }),
                Err(_) => Err("`try` needs a LESSON_ID and a FILE".into()),
            }
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
        None => Err("`lessons` needs check, try or export".into()),
    }
}

pub fn execute(command: LessonsCommand) -> ExitCode {
    match command {
        LessonsCommand::Check(paths) => check(paths),
        LessonsCommand::Try { from, lesson, file } => try_file(&from, &lesson, &file),
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

/// `c4h lessons try`: a learner's code against one lesson's checks, each result printed as
/// the checklist shows it.
fn try_file(from: &Path, id: &str, file: &str) -> ExitCode {
    let lessons = match read(from) {
        Ok(lessons) => lessons,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            return ExitCode::from(2);
        }
    };
    let Some(lesson) = lessons.iter().find(|lesson| lesson.id == id) else {
        eprintln!("c4h: there is no lesson `{id}` in {}", from.display());
        return ExitCode::from(2);
    };
    let code = if file == "-" {
        let mut code = String::new();
        match std::io::Read::read_to_string(&mut std::io::stdin(), &mut code) {
            Ok(_) => code,
            Err(error) => {
                eprintln!("c4h: could not read standard input: {error}");
                return ExitCode::from(2);
            }
        }
    } else {
        match std::fs::read_to_string(file) {
            Ok(code) => code,
            Err(error) => {
                eprintln!("c4h: could not read `{file}`: {error}");
                return ExitCode::from(2);
            }
        }
    };
    let run = try_code(&code, lesson);
    print!("{}", run.text);
    let passed = run.results.iter().filter(|(passed, _)| *passed).count();
    for ((ok, message), check) in run.results.iter().zip(&lesson.checks) {
        let mark = if *ok { "passed " } else { "NOT YET" };
        println!("{mark}  {}", plain(&check.title_html));
        if !ok {
            let said = message
                .clone()
                .unwrap_or_else(|| plain(&check.message_html));
            println!("         {said}");
        }
    }
    println!("{passed} of {} checks passed.", run.results.len());
    if passed == run.results.len() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// A check's HTML as plain text: its tags left out.
fn plain(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for character in html.chars() {
        match character {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
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
