//! c4h: the Code4Health Playground on the command line.
//!
//! `c4h run FILE` runs a learner's script natively in the same sandbox the browser worker
//! uses, and prints the same output, so lessons, fixtures and bug reports can be checked
//! without a browser. `c4h data …` exports and queries the synthetic data set, and
//! `c4h api` prints the health-data API reference. It owns argument parsing and printing
//! only; runs belong to c4h-sandbox and the data to c4h-healthdata.

mod data;

use std::io::{self, Read, Write};
use std::process::ExitCode;

use c4h_sandbox::{Event, Limits, Outcome, system_clock};

const USAGE: &str = "\
Usage: c4h run [--json] FILE
       c4h data export|request|summary ...   (c4h data --help)
       c4h api [WORDS]

Runs a Rhai script in the Code4Health sandbox and prints its output.

  FILE     the script to run, or - to read it from standard input
  --json   print the run's events as JSON, one per line (the same events the
           browser worker sends to the page)

Exit status: 0 when the script ran to its end, 1 when it stopped with an error,
2 when the command was used wrongly or the file could not be read.";

/// Counts live memory, so the sandbox can stop a script that uses too much.
#[global_allocator]
static ALLOCATOR: c4h_sandbox::memory::CountingAllocator = c4h_sandbox::memory::CountingAllocator;

/// What the command line asked for.
#[derive(Debug, PartialEq)]
enum Command {
    Run { source: Source, json: bool },
    Data(data::DataCommand),
    Api(Vec<String>),
    DataHelp,
    Help,
}

#[derive(Debug, PartialEq)]
enum Source {
    File(String),
    StandardInput,
}

fn parse_arguments(arguments: &[String]) -> Result<Command, String> {
    let mut arguments = arguments.iter().map(String::as_str);
    match arguments.next() {
        Some("run") => {}
        Some("data") => {
            let rest: Vec<String> = arguments.map(str::to_owned).collect();
            if rest.is_empty() || rest.iter().any(|a| a == "--help" || a == "-h") {
                return Ok(Command::DataHelp);
            }
            return data::parse(&rest).map(Command::Data);
        }
        Some("api") => return Ok(Command::Api(arguments.map(str::to_owned).collect())),
        Some("help" | "--help" | "-h") | None => return Ok(Command::Help),
        Some(other) => return Err(format!("unknown command `{other}`")),
    }
    let mut json = false;
    let mut source = None;
    for argument in arguments {
        match argument {
            "--json" => json = true,
            "-" if source.is_none() => source = Some(Source::StandardInput),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path if source.is_none() => source = Some(Source::File(path.to_owned())),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    let source = source.ok_or("`run` needs a FILE (or - for standard input)")?;
    Ok(Command::Run { source, json })
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

fn run(code: &str, json: bool) -> Outcome {
    // Errors go to stdout with the rest of the output, in order, exactly as the output
    // panel shows them; the exit status tells scripts apart.
    c4h_sandbox::run(
        code,
        &Limits::default(),
        system_clock,
        move |event: Event| {
            let mut stdout = io::stdout().lock();
            let written = if json {
                serde_json::to_string(&event)
                    .map_err(io::Error::other)
                    .and_then(|line| writeln!(stdout, "{line}"))
            } else {
                match event.to_text() {
                    Some(text) => stdout.write_all(text.as_bytes()),
                    None => Ok(()),
                }
            };
            // A closed pipe (for example `c4h run x | head`) is not the script's fault.
            let _ = written.and_then(|()| stdout.flush());
        },
    )
}

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse_arguments(&arguments) {
        Ok(command) => command,
        Err(message) => {
            let usage = if arguments.first().map(String::as_str) == Some("data") {
                data::USAGE
            } else {
                USAGE
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
        Command::Api(words) => data::api(&words),
        Command::Run { source, json } => match read_source(&source) {
            Err(message) => {
                eprintln!("c4h: {message}");
                ExitCode::from(2)
            }
            Ok(code) => match run(&code, json) {
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
            Ok(Command::Run {
                source: Source::File("a.rhai".into()),
                json: false
            })
        );
        assert_eq!(
            parse(&["run", "--json", "-"]),
            Ok(Command::Run {
                source: Source::StandardInput,
                json: true
            })
        );
        assert_eq!(parse(&[]), Ok(Command::Help));
    }

    #[test]
    fn rejects_bad_usage() {
        assert!(parse(&["walk"]).is_err());
        assert!(parse(&["run"]).is_err());
        assert!(parse(&["run", "a", "b"]).is_err());
        assert!(parse(&["run", "--fast", "a"]).is_err());
    }
}
