//! c4h: the Code4Health Playground on the command line.
//!
//! `c4h run FILE` runs a learner's script natively in the same sandbox the browser worker
//! uses, and prints the same output, so lessons, fixtures and bug reports can be checked
//! without a browser. `c4h data …` exports and queries the synthetic data set, and
//! `c4h api` prints the health-data API reference; `c4h mark` marks learners' hand-ins.
//! It owns argument parsing and printing only; runs belong to c4h-sandbox, the data to
//! c4h-healthdata and hand-ins to c4h-classroom.

mod data;
mod lessons;
mod mark;
mod share;
mod watch;

use std::io::{self, Read, Write};
use std::process::ExitCode;

use std::path::PathBuf;

use c4h_protocol::words::Words;
use c4h_protocol::{Event, InputValue, InputValues, Lang, Message, Outcome};
use c4h_sandbox::{Limits, system_clock};

const USAGE: &str = "\
Usage: c4h run [--json] [--lang en|cy] [--out DIR] [--input LABEL=VALUE]... FILE
       c4h watch [--json] [--lang en|cy] [--input LABEL=VALUE]... FILE
       c4h data export|request|summary ...   (c4h data --help)
       c4h lessons check|export ...          (c4h lessons --help)
       c4h share [--app] FILE | --open LINK  (c4h share --help)
       c4h mark [--csv] ... FILE...          (c4h mark --help)
       c4h api [WORDS]

Runs a Rhai script in the Code4Health sandbox and prints its output. `watch`
runs it recorded step by step, as Watch it run does in the playground, and
prints each step: the line that ran, what changed, and the variables.

  FILE     the script to run, or - to read it from standard input
  --json   print the run's events as JSON, one per line (the same events the
           browser worker sends to the page); with watch, one line per step
  --lang en|cy
           the language of problems and their explanations: en (English, the
           default) or cy (Welsh, Cymraeg); C4H_LANG sets it too
  --out DIR
           write each chart the script draws to DIR as an SVG file (chart-1.svg,
           chart-2.svg, ...), the same picture the playground shows
  --input LABEL=VALUE
           run an app with this value for the input labelled LABEL (repeat it for
           several inputs); other inputs keep their starting values

Exit status: 0 when the script ran to its end, 1 when it stopped with an error,
2 when the command was used wrongly or the file could not be read.";

/// Counts live memory, so the sandbox can stop a script that uses too much.
#[global_allocator]
static ALLOCATOR: c4h_sandbox::memory::CountingAllocator = c4h_sandbox::memory::CountingAllocator;

/// What the command line asked for.
#[derive(Debug, PartialEq)]
enum Command {
    Run(RunOptions),
    Data(data::DataCommand),
    Lessons(lessons::LessonsCommand),
    LessonsHelp,
    Share(share::ShareCommand),
    ShareHelp,
    Mark(mark::MarkCommand),
    MarkHelp,
    Api(Vec<String>),
    DataHelp,
    Help,
}

#[derive(Debug, PartialEq)]
struct RunOptions {
    /// `c4h watch`: print the run step by step.
    watch: bool,
    source: Source,
    json: bool,
    /// The language diagnostics are printed in (`--lang`, else `C4H_LANG`, else English).
    lang: Option<Lang>,
    out: Option<PathBuf>,
    inputs: InputValues,
}

#[derive(Debug, PartialEq)]
enum Source {
    File(String),
    StandardInput,
}

fn parse_arguments(arguments: &[String]) -> Result<Command, String> {
    let mut arguments = arguments.iter().map(String::as_str);
    let first = arguments.next();
    match first {
        Some("run" | "watch") => {}
        Some("data") => {
            let rest: Vec<String> = arguments.map(str::to_owned).collect();
            if rest.is_empty() || rest.iter().any(|a| a == "--help" || a == "-h") {
                return Ok(Command::DataHelp);
            }
            return data::parse(&rest).map(Command::Data);
        }
        Some("lessons") => {
            let rest: Vec<String> = arguments.map(str::to_owned).collect();
            if rest.is_empty() || rest.iter().any(|a| a == "--help" || a == "-h") {
                return Ok(Command::LessonsHelp);
            }
            return lessons::parse(&rest).map(Command::Lessons);
        }
        Some("share") => {
            let rest: Vec<String> = arguments.map(str::to_owned).collect();
            if rest.is_empty() || rest.iter().any(|a| a == "--help" || a == "-h") {
                return Ok(Command::ShareHelp);
            }
            return share::parse(&rest).map(Command::Share);
        }
        Some("mark") => {
            let rest: Vec<String> = arguments.map(str::to_owned).collect();
            if rest.is_empty() || rest.iter().any(|a| a == "--help" || a == "-h") {
                return Ok(Command::MarkHelp);
            }
            return mark::parse(&rest).map(Command::Mark);
        }
        Some("api") => return Ok(Command::Api(arguments.map(str::to_owned).collect())),
        Some("help" | "--help" | "-h") | None => return Ok(Command::Help),
        Some(other) => return Err(format!("unknown command `{other}`")),
    }
    let mut json = false;
    let mut lang = None;
    let mut source = None;
    let mut out = None;
    let mut inputs = InputValues::new();
    while let Some(argument) = arguments.next() {
        match argument {
            "--json" => json = true,
            "--lang" => {
                let tag = arguments.next().ok_or("--lang needs en or cy")?;
                lang = Some(read_lang(tag)?);
            }
            "--out" => {
                let dir = arguments.next().ok_or("--out needs a folder")?;
                out = Some(PathBuf::from(dir));
            }
            "--input" => {
                let setting = arguments.next().ok_or("--input needs LABEL=VALUE")?;
                let (label, value) = setting
                    .split_once('=')
                    .ok_or_else(|| format!("--input needs LABEL=VALUE, not `{setting}`"))?;
                inputs.insert(label.trim().to_owned(), InputValue::from_typed(value));
            }
            "-" if source.is_none() => source = Some(Source::StandardInput),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path if source.is_none() => source = Some(Source::File(path.to_owned())),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    let watch = first == Some("watch");
    let source = source.ok_or(if watch {
        "`watch` needs a FILE (or - for standard input)"
    } else {
        "`run` needs a FILE (or - for standard input)"
    })?;
    Ok(Command::Run(RunOptions {
        watch,
        source,
        json,
        lang,
        out,
        inputs,
    }))
}

/// `en` or `cy` (or a tag such as `cy-GB`).
fn read_lang(tag: &str) -> Result<Lang, String> {
    Lang::from_tag(tag).ok_or_else(|| format!("--lang needs en or cy, not `{tag}`"))
}

/// The language to print in: `--lang`, else the `C4H_LANG` environment variable, else
/// English.
fn chosen_lang(option: Option<Lang>) -> Lang {
    option
        .or_else(|| {
            std::env::var("C4H_LANG")
                .ok()
                .and_then(|tag| Lang::from_tag(&tag))
        })
        .unwrap_or_default()
}

fn read_source(source: &Source) -> Result<String, String> {
    match source {
        Source::File(path) => std::fs::read_to_string(path)
            .map_err(|error| format!("could not read `{path}`: {error}")),
        Source::StandardInput => {
            let mut code = String::new();
            io::stdin()
                .read_to_string(&mut code)
                .map_err(|error| format!("could not read standard input: {error}"))?;
            Ok(code)
        }
    }
}

fn run(code: &str, options: RunOptions) -> Outcome {
    if options.watch {
        return watch::watch(
            code,
            options.inputs,
            chosen_lang(options.lang),
            options.json,
        );
    }
    let RunOptions {
        json,
        lang,
        out,
        inputs,
        ..
    } = options;
    let words = Words::of(chosen_lang(lang));
    let render = move |message: &Message| words.render(message);
    let mut charts_written = 0;
    // Errors go to stdout with the rest of the output, in order, exactly as the output
    // panel shows them; the exit status tells scripts apart.
    c4h_sandbox::run_app(
        code,
        inputs,
        &Limits::default(),
        system_clock,
        move |event: Event| {
            if let (Event::Chart { chart }, Some(dir)) = (&event, &out) {
                charts_written += 1;
                write_chart(dir, charts_written, chart);
            }
            let mut stdout = io::stdout().lock();
            let written = if json {
                serde_json::to_string(&event)
                    .map_err(io::Error::other)
                    .and_then(|line| writeln!(stdout, "{line}"))
            } else {
                match event.to_text(&render) {
                    Some(text) => stdout.write_all(text.as_bytes()),
                    None => Ok(()),
                }
            };
            // A closed pipe (for example `c4h run x | head`) is not the script's fault.
            let _ = written.and_then(|()| stdout.flush());
        },
    )
}

/// Writes one chart as `DIR/chart-N.svg`. A chart that cannot be written is reported and
/// the run goes on: the text output is still worth having.
fn write_chart(dir: &std::path::Path, number: usize, chart: &c4h_charts::Chart) {
    let path = dir.join(format!("chart-{number}.svg"));
    let svg = c4h_charts::render_svg(chart, &format!("chart-{number}"), &c4h_charts::english);
    let written = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, svg));
    if let Err(error) = written {
        eprintln!("c4h: could not write {}: {error}", path.display());
    }
}

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse_arguments(&arguments) {
        Ok(command) => command,
        Err(message) => {
            let usage = match arguments.first().map(String::as_str) {
                Some("data") => data::USAGE,
                Some("lessons") => lessons::USAGE,
                Some("share") => share::USAGE,
                Some("mark") => mark::USAGE,
                _ => USAGE,
            };
            eprintln!("c4h: {message}\n\n{usage}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Command::DataHelp => {
            println!("{}", data::USAGE);
            ExitCode::SUCCESS
        }
        Command::Data(command) => data::execute(command),
        Command::LessonsHelp => {
            println!("{}", lessons::USAGE);
            ExitCode::SUCCESS
        }
        Command::Lessons(command) => lessons::execute(command),
        Command::ShareHelp => {
            println!("{}", share::USAGE);
            ExitCode::SUCCESS
        }
        Command::Share(command) => share::execute(command, |file| {
            let source = if file == "-" {
                Source::StandardInput
            } else {
                Source::File(file.to_owned())
            };
            read_source(&source)
        }),
        Command::MarkHelp => {
            println!("{}", mark::USAGE);
            ExitCode::SUCCESS
        }
        Command::Mark(command) => {
            let lang = chosen_lang(command.lang);
            mark::execute(command, lang)
        }
        Command::Api(words) => data::api(&words),
        Command::Run(options) => match read_source(&options.source) {
            Err(message) => {
                eprintln!("c4h: {message}");
                ExitCode::from(2)
            }
            Ok(code) => match run(&code, options) {
                Outcome::Completed => ExitCode::SUCCESS,
                Outcome::Failed => ExitCode::from(1),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(arguments: &[&str]) -> Result<Command, String> {
        let arguments: Vec<String> = arguments.iter().map(|a| a.to_string()).collect();
        parse_arguments(&arguments)
    }

    #[test]
    fn parses_run_with_file_stdin_and_json() {
        assert_eq!(
            parse(&["run", "a.rhai"]),
            Ok(Command::Run(RunOptions {
                watch: false,
                source: Source::File("a.rhai".into()),
                json: false,
                lang: None,
                out: None,
                inputs: InputValues::new(),
            }))
        );
        assert_eq!(
            parse(&["run", "--json", "-"]),
            Ok(Command::Run(RunOptions {
                watch: false,
                source: Source::StandardInput,
                json: true,
                lang: None,
                out: None,
                inputs: InputValues::new(),
            }))
        );
        let Ok(Command::Run(options)) = parse(&[
            "run",
            "--out",
            "charts",
            "--input",
            "Weight (kg)=80.5",
            "--input",
            "Smoker=yes",
            "--input",
            "Name=Ann",
            "app.rhai",
        ]) else {
            panic!("not a run")
        };
        assert_eq!(options.out, Some(PathBuf::from("charts")));
        assert_eq!(options.inputs["Weight (kg)"], InputValue::Number(80.5));
        assert_eq!(options.inputs["Smoker"], InputValue::Flag(true));
        assert_eq!(options.inputs["Name"], InputValue::Text("Ann".into()));
        assert_eq!(parse(&[]), Ok(Command::Help));
        let Ok(Command::Run(options)) = parse(&["run", "--lang", "cy", "a.rhai"]) else {
            panic!("not a run")
        };
        assert_eq!(options.lang, Some(Lang::Cy));
        let Ok(Command::Run(options)) = parse(&["watch", "--json", "a.rhai"]) else {
            panic!("not a watch")
        };
        assert!(options.watch && options.json);
    }

    #[test]
    fn rejects_bad_usage() {
        assert!(parse(&["walk"]).is_err());
        assert!(parse(&["run"]).is_err());
        assert!(parse(&["run", "a", "b"]).is_err());
        assert!(parse(&["run", "--fast", "a"]).is_err());
        assert!(parse(&["run", "--input", "no-equals", "a"]).is_err());
        assert!(parse(&["run", "a", "--out"]).is_err());
        assert!(parse(&["run", "--lang", "fr", "a"]).is_err());
        assert!(parse(&["run", "a", "--lang"]).is_err());
        assert!(parse(&["watch"]).is_err());
        assert!(parse(&["mark", "--csv"]).is_err());
        assert_eq!(parse(&["mark"]), Ok(Command::MarkHelp));
    }
}
