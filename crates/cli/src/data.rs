//! `c4h data …` and `c4h api`: the synthetic data set and the API reference, natively.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use c4h_healthdata::{MAX_PATIENTS, Population, Settings, csv, fhir, generate};
use c4h_protocol::api;
use c4h_protocol::charts::{Lang, Message};
use c4h_sandbox::memory;

pub const USAGE: &str = "\
Usage: c4h data export --format fhir|csv [--seed N] [--patients N] [--out PATH]
       c4h data request QUERY [--seed N] [--patients N]
       c4h data summary [--seed N] [--patients N]
       c4h api [--lang en|cy] [WORDS]

  data export    writes the synthetic data set: FHIR R4 as one JSON Bundle (to PATH,
                 or standard output), or CSV as one file per table (into the folder PATH)
  data request   answers a FHIR request, like \"Patient/9990000018\" or
                 \"Observation?patient=9990000018&code=8480-6\"; exit 1 for an OperationOutcome
  data summary   counts what the data set holds, and how long and how much memory making it took
  api            prints the health-data API reference (only entries matching WORDS, if given),
                 in English or, with --lang cy, in Welsh (code stays as it is)

  --seed N       the data set's seed (default 2025); the same seed gives the same data
  --patients N   how many patients (default 1,000, at most 100,000)";

#[derive(Debug, PartialEq)]
pub enum DataCommand {
    Export {
        format: Format,
        settings: Settings,
        out: Option<PathBuf>,
    },
    Request {
        query: String,
        settings: Settings,
    },
    Summary {
        settings: Settings,
    },
}

#[derive(Debug, PartialEq, Clone, Copy)]
pub enum Format {
    Fhir,
    Csv,
}

pub fn parse(arguments: &[String]) -> Result<DataCommand, String> {
    let mut arguments = arguments.iter().map(String::as_str);
    let action = arguments
        .next()
        .ok_or("`data` needs export, request or summary")?;
    let mut settings = Settings::default();
    let mut format = None;
    let mut out = None;
    let mut query = None;
    while let Some(argument) = arguments.next() {
        let mut value = |name: &str| arguments.next().ok_or(format!("{name} needs a value"));
        match argument {
            "--seed" => {
                let text = value("--seed")?;
                settings.seed = text
                    .parse()
                    .map_err(|_| format!("--seed must be a whole number from 0, not `{text}`"))?;
            }
            "--patients" => {
                let text = value("--patients")?;
                settings.patients = text
                    .parse()
                    .ok()
                    .filter(|count| (1..=MAX_PATIENTS).contains(count))
                    .ok_or(format!(
                        "--patients must be a whole number from 1 to {MAX_PATIENTS}, not `{text}`"
                    ))?;
            }
            "--format" => {
                format = Some(match value("--format")? {
                    "fhir" => Format::Fhir,
                    "csv" => Format::Csv,
                    other => return Err(format!("--format must be fhir or csv, not `{other}`")),
                });
            }
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            text if action == "request" && query.is_none() => query = Some(text.to_owned()),
            extra => return Err(format!("unexpected argument `{extra}`")),
        }
    }
    match action {
        "export" => {
            let format = format.ok_or("`data export` needs --format fhir or --format csv")?;
            if format == Format::Csv && out.is_none() {
                return Err(
                    "CSV export writes one file per table: give a folder with --out".into(),
                );
            }
            Ok(DataCommand::Export {
                format,
                settings,
                out,
            })
        }
        "request" if format.is_none() && out.is_none() => Ok(DataCommand::Request {
            query: query.ok_or("`data request` needs a QUERY, like Patient/9990000018")?,
            settings,
        }),
        "summary" if format.is_none() && out.is_none() => Ok(DataCommand::Summary { settings }),
        "request" | "summary" => Err(format!("`data {action}` takes only --seed and --patients")),
        other => Err(format!(
            "unknown data command `{other}`: use export, request or summary"
        )),
    }
}

fn write_json(value: &serde_json::Value, out: Option<&PathBuf>) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
    match out {
        Some(path) => std::fs::write(path, text + "\n"),
        None => {
            let mut stdout = std::io::stdout().lock();
            writeln!(stdout, "{text}")?;
            stdout.flush()
        }
    }
}

fn export(population: &Population, format: Format, out: Option<&PathBuf>) -> std::io::Result<()> {
    match format {
        Format::Fhir => write_json(&fhir::export_bundle(population), out),
        Format::Csv => {
            let folder = out.expect("checked when parsing");
            std::fs::create_dir_all(folder)?;
            for (name, contents) in csv::tables(population) {
                std::fs::write(folder.join(name), contents)?;
            }
            Ok(())
        }
    }
}

fn summary(settings: Settings) -> String {
    memory::reset_peak();
    let before = memory::allocated_bytes();
    let started = Instant::now();
    let population = generate(settings);
    let milliseconds = started.elapsed().as_secs_f64() * 1000.0;
    let peak = memory::peak_allocated_bytes().saturating_sub(before);
    let held = memory::allocated_bytes().saturating_sub(before);
    let count =
        |f: fn(&c4h_healthdata::Patient) -> usize| population.patients.iter().map(f).sum::<usize>();
    let mebibytes = |bytes: usize| bytes as f64 / (1024.0 * 1024.0);
    format!(
        "seed {} (data set version {}), today is {}\n\
         patients {}\npractices {}\nconditions {}\nobservations {}\nmedications {}\n\
         appointments {}\nimmunisations {}\nhospital stays {}\n\
         generated in {milliseconds:.1} ms\npeak memory {:.1} MiB\nheld memory {:.1} MiB",
        settings.seed,
        c4h_healthdata::DATASET_VERSION,
        population.reference_date,
        population.patients.len(),
        population.practices.len(),
        count(|p| p.conditions.len()),
        count(|p| p.observations.len()),
        count(|p| p.medications.len()),
        count(|p| p.appointments.len()),
        count(|p| p.immunisations.len()),
        count(|p| p.hospital_stays.len()),
        mebibytes(peak),
        mebibytes(held),
    )
}

pub fn execute(command: DataCommand) -> ExitCode {
    match command {
        DataCommand::Export {
            format,
            settings,
            out,
        } => match export(&generate(settings), format, out.as_ref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("c4h: could not write the data set: {error}");
                ExitCode::from(2)
            }
        },
        DataCommand::Request { query, settings } => {
            let response = fhir::request(&generate(settings), &query);
            if write_json(&response, None).is_err() {
                return ExitCode::from(2);
            }
            if response["resourceType"] == "OperationOutcome" {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        DataCommand::Summary { settings } => {
            println!("{}", summary(settings));
            ExitCode::SUCCESS
        }
    }
}

/// `c4h api [--lang en|cy] [WORDS]`: the language, and the words to search for.
pub fn parse_api(arguments: &[String]) -> Result<(Lang, Vec<String>), String> {
    let mut lang = Lang::En;
    let mut words = Vec::new();
    let mut arguments = arguments.iter();
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--lang" => {
                let tag = arguments.next().ok_or("--lang needs en or cy")?;
                lang = Lang::from_tag(tag)
                    .ok_or_else(|| format!("--lang needs en or cy, not `{tag}`"))?;
            }
            _ => words.push(argument.clone()),
        }
    }
    Ok((lang, words))
}

/// `c4h api [--lang en|cy] [WORDS]`.
pub fn api(arguments: &[String]) -> ExitCode {
    let (lang, words) = match parse_api(arguments) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("c4h: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let say = |message: &Message| api::built_in_words(lang, message);
    if words.is_empty() {
        print!("{}", api::to_text(&say));
        return ExitCode::SUCCESS;
    }
    let found = api::search(&words.join(" "), &say);
    if found.is_empty() {
        println!(
            "{}",
            say(&Message::new("api-no-match").with("words", words.join(" ")))
        );
        return ExitCode::from(1);
    }
    for function in found {
        println!("{}", api::entry_text(function, &say));
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;
    use c4h_healthdata::{DEFAULT_PATIENTS, DEFAULT_SEED};

    fn parse_words(words: &[&str]) -> Result<DataCommand, String> {
        parse(&words.iter().map(|w| w.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parses_export_request_and_summary() {
        assert_eq!(
            parse_words(&[
                "export",
                "--format",
                "csv",
                "--out",
                "d",
                "--seed",
                "9",
                "--patients",
                "20"
            ]),
            Ok(DataCommand::Export {
                format: Format::Csv,
                settings: Settings {
                    seed: 9,
                    patients: 20
                },
                out: Some("d".into())
            })
        );
        assert_eq!(
            parse_words(&["request", "Patient/9990000018"]),
            Ok(DataCommand::Request {
                query: "Patient/9990000018".into(),
                settings: Settings {
                    seed: DEFAULT_SEED,
                    patients: DEFAULT_PATIENTS
                }
            })
        );
        assert!(matches!(
            parse_words(&["summary"]),
            Ok(DataCommand::Summary { .. })
        ));
    }

    #[test]
    fn explains_bad_usage() {
        for (words, wanted) in [
            (&["export"][..], "--format"),
            (&["export", "--format", "csv"], "--out"),
            (&["export", "--format", "xml"], "fhir or csv"),
            (&["summary", "--patients", "0"], "from 1 to"),
            (&["summary", "--seed", "-1"], "--seed"),
            (&["request"], "QUERY"),
            (&["delete"], "unknown data command"),
        ] {
            let error = parse_words(words).expect_err("bad usage");
            assert!(error.contains(wanted), "{words:?}: {error}");
        }
    }

    #[test]
    fn api_speaks_english_or_welsh() {
        let arguments = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse_api(&arguments(&["blood", "pressure"])),
            Ok((Lang::En, arguments(&["blood", "pressure"])))
        );
        assert_eq!(
            parse_api(&arguments(&["--lang", "cy", "mean"])),
            Ok((Lang::Cy, arguments(&["mean"])))
        );
        assert!(parse_api(&arguments(&["--lang", "fr"])).is_err());
        assert!(parse_api(&arguments(&["--lang"])).is_err());

        let welsh = |message: &Message| api::built_in_words(Lang::Cy, message);
        let text = api::to_text(&welsh);
        assert!(
            text.starts_with("API data iechyd Code4Health\nData synthetig:"),
            "{text}"
        );
        assert!(text.contains("\n## Ystadegau\n"), "{text}");
        assert!(text.contains("mean(numbers)\n    Cyfartaledd rhestr o rifau.\n    Enghraifft:\n        print(mean("), "{text}");
        // Every message is in the Welsh catalogue: none shows as its id.
        assert!(!text.contains("api-"), "{text}");
        let english = |message: &Message| api::built_in_words(Lang::En, message);
        assert!(!api::to_text(&english).contains("api-"));
    }
}
