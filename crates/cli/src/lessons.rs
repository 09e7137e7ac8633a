//! `c4h lessons check` and `c4h lessons export`: the lesson author's tools. `check` reads
//! every lesson (or the files named) and their Welsh twins, reports broken files with their
//! line and reason, and runs each lesson's and twin's solution and starter against its
//! checks. `export` writes the checked curriculum as the JSON the page reads, one file per
//! language (Trunk's pre-build hook runs it, so a broken lesson fails the page's build).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use c4h_lessons::{
    Lesson, check_lesson, check_twin, english_name, load_curricula, parse_lesson, parse_twin,
    try_code, twin_name,
};

pub const USAGE: &str = "\
Usage: c4h lessons check [PATH]...
       c4h lessons try [--from DIR] [--cy] LESSON_ID FILE
       c4h lessons export [--from DIR] OUT.json

  check    read the lessons (the lessons/ folder, or the folders and files given) and
           their Welsh twins (NAME.cy.md), and prove each works: its solution and other
           correct answers pass every check, its starter fails one, and no check
           compares shown values as exact text without a reason
  try      run the code in FILE (- for standard input) against lesson LESSON_ID's
           checks (its Welsh twin's with --cy), as Check my code does, and print each
           check's result
  export   write the lessons in DIR (default lessons/) as the JSON the page reads:
           OUT.json in English, and OUT.cy.json in Welsh (each lesson's Welsh twin, or
           the English lesson marked as not translated)

Exit status: 0 when every lesson is good (for try: every check passed), 1 when any is
broken (for try: a check failed), 2 for bad usage.";

#[derive(Debug, PartialEq)]
pub enum LessonsCommand {
    Check(Vec<PathBuf>),
    Try {
        from: PathBuf,
        lesson: String,
        file: String,
        /// Against the lesson's Welsh twin.
        welsh: bool,
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
            let mut welsh = false;
            let mut rest = rest.iter();
            while let Some(argument) = rest.next() {
                match argument.as_str() {
                    "--from" => from = PathBuf::from(rest.next().ok_or("--from needs a folder")?),
                    "--cy" => welsh = true,
                    "-" => words.push(argument.clone()),
                    flag if flag.starts_with("--") => {
                        return Err(format!("unknown option `{flag}`"));
                    }
                    _ => words.push(argument.clone()),
                }
            }
            match <[String; 2]>::try_from(words) {
                Ok([lesson, file]) => Ok(LessonsCommand::Try {
                    from,
                    lesson,
                    file,
                    welsh,
                }),
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
        LessonsCommand::Try {
            from,
            lesson,
            file,
            welsh,
        } => try_file(&from, &lesson, &file, welsh),
        LessonsCommand::Export { from, out } => export(&from, &out),
    }
}

/// A lesson and its Welsh twin, if it has one.
struct Pair {
    english: Lesson,
    welsh: Option<Lesson>,
}

/// The lessons at `path`, each with its Welsh twin: a whole curriculum folder, one unit's
/// folder (read with the rest, so ids and orders are still checked against the others), or
/// one lesson file (an English lesson, read with its twin if it has one, or a twin, read
/// with its English lesson).
fn read(path: &Path) -> Result<Vec<Pair>, Vec<String>> {
    if path.join("unit.md").is_file() {
        let unit = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let root = path.parent().unwrap_or(path);
        return read(root).map(|pairs| {
            pairs
                .into_iter()
                .filter(|pair| {
                    Path::new(&pair.english.source)
                        .parent()
                        .and_then(Path::file_name)
                        .is_some_and(|name| name.to_string_lossy() == unit)
                })
                .collect()
        });
    }
    if path.is_dir() {
        return load_curricula(path)
            .map(|curricula| {
                let mut twins: Vec<Lesson> =
                    curricula.twins().map(|(_, welsh)| welsh.clone()).collect();
                curricula
                    .english
                    .units
                    .into_iter()
                    .flat_map(|unit| unit.lessons)
                    .map(|english| {
                        let welsh = twins
                            .iter()
                            .position(|twin| twin.id == english.id)
                            .map(|at| twins.remove(at));
                        Pair { english, welsh }
                    })
                    .collect()
            })
            .map_err(|problems| problems.iter().map(ToString::to_string).collect());
    }
    let name = path.display().to_string();
    let (english_path, twin_path) = match english_name(&name) {
        Some(english) => (PathBuf::from(english), Some(path.to_path_buf())),
        None => (
            path.to_path_buf(),
            twin_name(&name)
                .map(PathBuf::from)
                .filter(|twin| twin.is_file()),
        ),
    };
    let read_file = |path: &Path| {
        let name = path.display().to_string();
        std::fs::read_to_string(path)
            .map(|text| (name.clone(), text))
            .map_err(|error| vec![format!("{name}: cannot read the file: {error}")])
    };
    let (english_name, text) = read_file(&english_path)?;
    let english =
        parse_lesson(&english_name, &text).map_err(|problem| vec![problem.to_string()])?;
    let welsh =
        match twin_path {
            Some(twin_path) => {
                let (twin_name, text) = read_file(&twin_path)?;
                Some(parse_twin(&twin_name, &text, &english).map_err(|problems| {
                    problems.iter().map(ToString::to_string).collect::<Vec<_>>()
                })?)
            }
            None => None,
        };
    Ok(vec![Pair { english, welsh }])
}

fn check(paths: Vec<PathBuf>) -> ExitCode {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("lessons")]
    } else {
        paths
    };
    // `lessons/01-first-steps/*.md` names the unit's own unit.md (and unit.cy.md) too: they
    // are not lessons. A twin named with its English lesson is checked with it.
    let named: Vec<String> = paths
        .iter()
        .map(|path| path.display().to_string())
        .collect();
    let paths = paths.into_iter().filter(|path| {
        let name = path.display().to_string();
        path.file_name()
            .is_none_or(|file| file != "unit.md" && file != "unit.cy.md")
            && english_name(&name).is_none_or(|english| !named.contains(&english))
    });
    let mut broken = 0;
    let mut good = 0;
    let mut twins_broken = 0;
    let mut twins_good = 0;
    let report = |source: &str, id: &str, problems: &[String]| {
        if problems.is_empty() {
            println!("ok      {source} ({id})");
        } else {
            for problem in problems {
                println!("BROKEN  {source} ({id}): {problem}");
            }
        }
        problems.is_empty()
    };
    for path in paths {
        let pairs = match read(&path) {
            Ok(pairs) => pairs,
            Err(problems) => {
                for problem in &problems {
                    println!("{problem}");
                }
                broken += problems.len();
                continue;
            }
        };
        for Pair { english, welsh } in &pairs {
            let found = check_lesson(english);
            if report(&found.source, &found.id, &found.problems) {
                good += 1;
            } else {
                broken += 1;
            }
            if let Some(welsh) = welsh {
                let found = check_twin(english, welsh);
                if report(&found.source, &found.id, &found.problems) {
                    twins_good += 1;
                } else {
                    twins_broken += 1;
                }
            }
        }
    }
    println!(
        "lessons: {good} good, {broken} broken; Welsh twins: {twins_good} good, {twins_broken} broken"
    );
    if broken == 0 && twins_broken == 0 && good > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `c4h lessons try`: a learner's code against one lesson's checks, each result printed as
/// the checklist shows it.
fn try_file(from: &Path, id: &str, file: &str, welsh: bool) -> ExitCode {
    let pairs = match read(from) {
        Ok(pairs) => pairs,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            return ExitCode::from(2);
        }
    };
    let Some(pair) = pairs.iter().find(|pair| pair.english.id == id) else {
        eprintln!("c4h: there is no lesson `{id}` in {}", from.display());
        return ExitCode::from(2);
    };
    let lesson = match (&pair.welsh, welsh) {
        (_, false) => &pair.english,
        (Some(twin), true) => twin,
        (None, true) => {
            eprintln!("c4h: lesson `{id}` has no Welsh twin yet");
            return ExitCode::from(2);
        }
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

/// Where the Welsh curriculum goes, next to the English: `lessons.json` →
/// `lessons.cy.json`.
fn welsh_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let welsh = match name.strip_suffix(".json") {
        Some(stem) => format!("{stem}.cy.json"),
        None => format!("{name}.cy.json"),
    };
    out.with_file_name(welsh)
}

fn export(from: &Path, out: &Path) -> ExitCode {
    let curricula = match load_curricula(from) {
        Ok(curricula) => curricula,
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
    let welsh_out = welsh_path(out);
    // Serialising our own plain structs cannot fail.
    let english = serde_json::to_string(&curricula.english).unwrap_or_default();
    let welsh = serde_json::to_string(&curricula.welsh).unwrap_or_default();
    let written = out
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(out, english))
        .map_err(|error| (out, error))
        .and_then(|()| std::fs::write(&welsh_out, welsh).map_err(|error| (&*welsh_out, error)));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err((path, error)) => {
            eprintln!("c4h: could not write {}: {error}", path.display());
            ExitCode::from(2)
        }
    }
}
