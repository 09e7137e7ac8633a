//! Reading one lesson file (or a unit's `unit.md`) into the model, or saying exactly what is
//! wrong with it: the line and the reason, in words an author can act on.

use std::fmt;

use crate::markdown;
use crate::model::{Check, Lang, Lesson, Suits, Unit};

/// What is wrong with a lesson file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as given to the loader.
    pub file: String,
    /// From 1; 0 when the problem is about the whole file.
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.reason)
        }
    }
}

pub(crate) type Result<T> = std::result::Result<T, (usize, String)>;

/// The front matter: `key: value` lines between two `---` lines, with their line numbers.
pub(crate) struct FrontMatter {
    pub(crate) fields: Vec<(usize, String, String)>,
    /// The line after the closing `---` (0-based index into the lines).
    pub(crate) body_start: usize,
}

impl FrontMatter {
    /// Reads the front matter: every field in `required`, and any in `optional`.
    pub(crate) fn read(
        lines: &[&str],
        required: &[&str],
        optional: &[&str],
    ) -> Result<FrontMatter> {
        if lines.first().map(|l| l.trim_end()) != Some("---") {
            return Err((
                1,
                "the file must start with front matter: a line `---`, the fields, and `---` again"
                    .into(),
            ));
        }
        let mut fields = Vec::new();
        for (index, line) in lines.iter().enumerate().skip(1) {
            let number = index + 1;
            let line = line.trim_end();
            if line == "---" {
                for name in required {
                    if !fields.iter().any(|(_, key, _)| key == name) {
                        return Err((number, format!("the front matter has no `{name}:`")));
                    }
                }
                return Ok(FrontMatter {
                    fields,
                    body_start: index + 1,
                });
            }
            if line.trim().is_empty() {
                continue;
            }
            let Some((key, value)) = line.split_once(':') else {
                return Err((
                    number,
                    format!("expected `name: value` in the front matter, found `{line}`"),
                ));
            };
            let key = key.trim().to_owned();
            if !required.contains(&key.as_str()) && !optional.contains(&key.as_str()) {
                let known: Vec<&str> = required.iter().chain(optional).copied().collect();
                return Err((
                    number,
                    format!(
                        "unknown front matter field `{key}` (known: {})",
                        known.join(", ")
                    ),
                ));
            }
            if fields.iter().any(|(_, known, _)| *known == key) {
                return Err((number, format!("`{key}` is given twice")));
            }
            let value = value.trim().to_owned();
            if value.is_empty() {
                return Err((number, format!("`{key}` is empty")));
            }
            fields.push((number, key, value));
        }
        Err((1, "the front matter has no closing `---`".into()))
    }

    pub(crate) fn text(&self, key: &str) -> (usize, &str) {
        self.fields
            .iter()
            .find(|(_, k, _)| k == key)
            .map(|(line, _, value)| (*line, value.as_str()))
            .unwrap_or((0, ""))
    }

    fn number(&self, key: &str, range: std::ops::RangeInclusive<u32>) -> Result<u32> {
        let (line, text) = self.text(key);
        match text.parse::<u32>() {
            Ok(number) if range.contains(&number) => Ok(number),
            _ => Err((
                line,
                format!(
                    "`{key}` must be a whole number from {} to {}, not `{text}`",
                    range.start(),
                    range.end()
                ),
            )),
        }
    }
}

/// A `## Heading` and the lines under it, with the heading's line number.
pub(crate) struct Section<'a> {
    line: usize,
    heading: &'a str,
    lines: Vec<(usize, &'a str)>,
}

/// Splits the body into `## ` sections. Text before the first heading is an error; `##`
/// inside a fenced code block is code, not a heading.
pub(crate) fn sections<'a>(lines: &'a [&'a str], start: usize) -> Result<Vec<Section<'a>>> {
    let mut found: Vec<Section<'a>> = Vec::new();
    let mut in_code = false;
    for (index, line) in lines.iter().enumerate().skip(start) {
        let number = index + 1;
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if !in_code && let Some(heading) = line.strip_prefix("## ") {
            found.push(Section {
                line: number,
                heading: heading.trim(),
                lines: Vec::new(),
            });
            continue;
        }
        match found.last_mut() {
            Some(section) => section.lines.push((number, line)),
            None if line.trim().is_empty() => {}
            None => return Err((number, "text before the first `## ` section heading".into())),
        }
    }
    if in_code {
        return Err((lines.len(), "a ``` code block is never closed".into()));
    }
    Ok(found)
}

/// The text of a section, without its leading and trailing blank lines.
fn section_text(section: &Section<'_>) -> String {
    let text: Vec<&str> = section.lines.iter().map(|(_, line)| *line).collect();
    text.join("\n").trim().to_owned()
}

/// The one ```rhai block of a section, if it has one (with the line that opens it), and
/// what else the section holds (line, text).
#[allow(clippy::type_complexity)]
fn maybe_code_block<'a>(
    section: &Section<'a>,
    what: &str,
) -> Result<(Option<(usize, String)>, Vec<(usize, &'a str)>)> {
    let mut code: Option<Vec<&str>> = None;
    let mut inside = false;
    let mut rest = Vec::new();
    let mut opened_at = section.line;
    for (number, line) in &section.lines {
        let trimmed = line.trim();
        if inside {
            if trimmed == "```" {
                inside = false;
            } else if let Some(code) = code.as_mut() {
                code.push(line);
            }
        } else if let Some(language) = trimmed.strip_prefix("```") {
            if code.is_some() {
                return Err((*number, format!("{what} has more than one code block")));
            }
            if language.trim() != "rhai" {
                return Err((
                    *number,
                    format!("{what}'s code block must start with ```rhai"),
                ));
            }
            inside = true;
            opened_at = *number;
            code = Some(Vec::new());
        } else if !trimmed.is_empty() {
            rest.push((*number, *line));
        }
    }
    match code {
        Some(lines) if lines.iter().any(|line| !line.trim().is_empty()) => {
            let mut text = lines.join("\n");
            text.push('\n');
            Ok((Some((opened_at, text)), rest))
        }
        Some(_) => Err((opened_at, format!("{what}'s code block is empty"))),
        None => Ok((None, rest)),
    }
}

/// The one ```rhai block of a section, and what else the section holds (line, text).
fn code_block<'a>(section: &Section<'a>, what: &str) -> Result<(String, Vec<(usize, &'a str)>)> {
    match maybe_code_block(section, what)? {
        (Some((_, code)), rest) => Ok((code, rest)),
        (None, _) => Err((section.line, format!("{what} needs a ```rhai code block"))),
    }
}

/// A check as written: a Welsh twin's check may leave out its code (it shares the English
/// check's), so the code is `None` then.
pub(crate) struct WrittenCheck {
    pub(crate) line: usize,
    pub(crate) title: String,
    /// The line its code block opens on, and the code.
    pub(crate) code: Option<(usize, String)>,
    pub(crate) message_html: String,
    pub(crate) hints_html: Vec<String>,
}

fn check_section(section: &Section<'_>, title: &str, code_optional: bool) -> Result<WrittenCheck> {
    let what = format!("the check \"{title}\"");
    let (code, rest) = maybe_code_block(section, &what)?;
    if code.is_none() && !code_optional {
        return Err((section.line, format!("{what} needs a ```rhai code block")));
    }
    let mut message = None;
    let mut hints = Vec::new();
    for (number, line) in rest {
        let line = line.trim();
        if let Some(text) = line.strip_prefix("Message:") {
            if message.is_some() {
                return Err((number, format!("{what} has two Message: lines")));
            }
            message = Some(markdown::inline(text.trim()));
        } else if let Some(text) = line.strip_prefix("Hint:") {
            hints.push(markdown::inline(text.trim()));
        } else {
            return Err((
                number,
                format!("in {what}, expected `Message: …` or `Hint: …`, found `{line}`"),
            ));
        }
    }
    let message_html = message.ok_or((section.line, format!("{what} has no Message: line")))?;
    Ok(WrittenCheck {
        line: section.line,
        title: markdown::inline(title),
        code,
        message_html,
        hints_html: hints,
    })
}

fn hints_section(section: &Section<'_>) -> Result<Vec<String>> {
    let mut hints = Vec::new();
    for (number, line) in &section.lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match line.strip_prefix("- ") {
            Some(hint) => hints.push(markdown::inline(hint.trim())),
            None => {
                return Err((
                    *number,
                    format!(
                        "the Hints section is a list: each hint starts with `- `, found `{line}`"
                    ),
                ));
            }
        }
    }
    if hints.is_empty() {
        return Err((
            section.line,
            "the Hints section is empty: remove it or add `- ` hints".into(),
        ));
    }
    Ok(hints)
}

const LESSON_FIELDS: &[&str] = &["id", "title", "unit", "order", "minutes", "teaches"];
/// A lesson may say who it suits, when that is not its unit's `suits`.
const LESSON_OPTIONAL_FIELDS: &[&str] = &["suits"];

/// `suits:`'s value.
pub(crate) fn read_suits(line: usize, text: &str) -> Result<Suits> {
    match text {
        "everyone" => Ok(Suits::Everyone),
        "patients" => Ok(Suits::Patients),
        "clinicians" => Ok(Suits::Clinicians),
        other => Err((
            line,
            format!("`suits` is everyone, patients or clinicians, not `{other}`"),
        )),
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 60
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Reads one lesson file. `file` is how problems name it.
pub fn parse_lesson(file: &str, text: &str) -> std::result::Result<Lesson, Problem> {
    read_lesson(file, text).map_err(|(line, reason)| Problem {
        file: file.to_owned(),
        line,
        reason,
    })
}

/// A lesson's sections as written, before the rules of an English lesson or of a Welsh
/// twin are applied to them.
pub(crate) struct Body {
    pub(crate) explanation: Option<String>,
    pub(crate) task: Option<String>,
    pub(crate) starter: Option<String>,
    pub(crate) checks: Vec<WrittenCheck>,
    /// The Hints section's line and its hints.
    pub(crate) hints: Option<(usize, Vec<String>)>,
    pub(crate) solution: Option<String>,
    pub(crate) alternatives: Vec<String>,
    /// How many lines the file has (problems about something missing point at its end).
    pub(crate) end: usize,
}

impl Body {
    /// The error for a section that is missing.
    pub(crate) fn missing(&self, name: &str) -> (usize, String) {
        (self.end, format!("the lesson has no `## {name}` section"))
    }

    /// The Explanation and the Task, which every lesson (and every twin) has, as HTML.
    pub(crate) fn explanation_and_task(&self) -> Result<(String, String)> {
        let explanation = self
            .explanation
            .clone()
            .ok_or_else(|| self.missing("Explanation"))?;
        let task = self.task.clone().ok_or_else(|| self.missing("Task"))?;
        if self.checks.is_empty() {
            return Err(self.missing("Check: …"));
        }
        if explanation.trim().is_empty() {
            return Err((0, "the Explanation is empty".into()));
        }
        if task.trim().is_empty() {
            return Err((0, "the Task is empty".into()));
        }
        Ok((explanation, task))
    }
}

/// Reads the sections after the front matter. In a Welsh twin (`twin`), a check may leave
/// out its code block.
pub(crate) fn read_body(lines: &[&str], start: usize, twin: bool) -> Result<Body> {
    let mut body = Body {
        explanation: None,
        task: None,
        starter: None,
        checks: Vec::new(),
        hints: None,
        solution: None,
        alternatives: Vec::new(),
        end: lines.len(),
    };
    // Each section has its place; going back to an earlier kind is an error.
    let mut stage = 0;
    for section in &sections(lines, start)? {
        let (kind, next_stage) = match section.heading {
            "Explanation" => ("Explanation", 1),
            "Task" => ("Task", 2),
            "Starter" => ("Starter", 3),
            heading if heading.starts_with("Check:") => ("Check", 4),
            "Hints" => ("Hints", 5),
            "Solution" => ("Solution", 6),
            "Also correct" => ("Also correct", 7),
            other => {
                return Err((
                    section.line,
                    format!(
                        "unknown section `## {other}` (the sections are Explanation, Task, Starter, Check: …, Hints, Solution, Also correct)"
                    ),
                ));
            }
        };
        let repeatable = matches!(kind, "Check" | "Also correct");
        if next_stage < stage || (next_stage == stage && !repeatable) {
            return Err((
                section.line,
                format!(
                    "`## {}` is out of place: the sections go Explanation, Task, Starter, Check: …, Hints, Solution, Also correct, each once (checks and other correct answers may repeat)",
                    section.heading
                ),
            ));
        }
        stage = next_stage;
        match kind {
            "Explanation" => body.explanation = Some(markdown::block(&section_text(section))),
            "Task" => body.task = Some(markdown::block(&section_text(section))),
            "Starter" => body.starter = Some(only_code(section, "the Starter")?),
            "Check" => {
                let title = section.heading["Check:".len()..].trim();
                if title.is_empty() {
                    return Err((
                        section.line,
                        "a check needs a title after `Check:`: what the learner did when it passes"
                            .into(),
                    ));
                }
                body.checks.push(check_section(section, title, twin)?);
            }
            "Hints" => body.hints = Some((section.line, hints_section(section)?)),
            "Solution" => body.solution = Some(only_code(section, "the Solution")?),
            _ => body
                .alternatives
                .push(only_code(section, "an Also correct section")?),
        }
    }
    Ok(body)
}

/// `teaches:`'s value: a comma-separated list.
pub(crate) fn read_teaches(text: &str) -> Vec<String> {
    text.split(',')
        .map(|item| item.trim().to_owned())
        .filter(|item| !item.is_empty())
        .collect()
}

fn read_lesson(file: &str, text: &str) -> Result<Lesson> {
    let lines: Vec<&str> = text.lines().collect();
    let front = FrontMatter::read(&lines, LESSON_FIELDS, LESSON_OPTIONAL_FIELDS)?;
    let (id_line, id) = front.text("id");
    if !valid_id(id) {
        return Err((
            id_line,
            format!(
                "`id` must be lowercase letters, digits and hyphens, like `bmi-function`, not `{id}`"
            ),
        ));
    }
    let body = read_body(&lines, front.body_start, false)?;
    let (explanation_html, task_html) = body.explanation_and_task()?;
    let starter = body
        .starter
        .clone()
        .ok_or_else(|| body.missing("Starter"))?;
    let solution = body
        .solution
        .clone()
        .ok_or_else(|| body.missing("Solution"))?;
    let suits = match front.text("suits") {
        (0, _) => None,
        (line, text) => Some(read_suits(line, text)?),
    };
    let checks = body
        .checks
        .into_iter()
        .map(|check| Check {
            title_html: check.title,
            code: check.code.map(|(_, code)| code).unwrap_or_default(),
            message_html: check.message_html,
            hints_html: check.hints_html,
        })
        .collect();
    Ok(Lesson {
        id: id.to_owned(),
        suits,
        title: front.text("title").1.to_owned(),
        unit: front.number("unit", 1..=99)?,
        order: front.number("order", 1..=99)?,
        minutes: front.number("minutes", 1..=30)?,
        teaches: read_teaches(front.text("teaches").1),
        lang: Lang::En,
        explanation_html,
        task_html,
        starter,
        checks,
        hints_html: body.hints.map(|(_, hints)| hints).unwrap_or_default(),
        solution,
        alternatives: body.alternatives,
        source: file.to_owned(),
    })
}

/// A section that is one code block and nothing else.
fn only_code(section: &Section<'_>, what: &str) -> Result<String> {
    let (code, rest) = code_block(section, what)?;
    match rest.first() {
        Some((number, line)) => Err((
            *number,
            format!(
                "{what} holds only its ```rhai code block, found `{}`",
                line.trim()
            ),
        )),
        None => Ok(code),
    }
}

const UNIT_FIELDS: &[&str] = &["unit", "title", "suits"];

/// Reads a unit's `unit.md` (its lessons are added by the loader).
pub fn parse_unit(file: &str, text: &str) -> std::result::Result<Unit, Problem> {
    read_unit(text).map_err(|(line, reason)| Problem {
        file: file.to_owned(),
        line,
        reason,
    })
}

fn read_unit(text: &str) -> Result<Unit> {
    let lines: Vec<&str> = text.lines().collect();
    let front = FrontMatter::read(&lines, UNIT_FIELDS, &[])?;
    let (suits_line, suits) = front.text("suits");
    let suits = read_suits(suits_line, suits)?;
    let description = lines[front.body_start..].join("\n");
    if description.trim().is_empty() {
        return Err((
            lines.len(),
            "the unit needs a description under its front matter".into(),
        ));
    }
    Ok(Unit {
        number: front.number("unit", 1..=99)?,
        title: front.text("title").1.to_owned(),
        suits,
        lang: Lang::En,
        description_html: markdown::block(description.trim()),
        lessons: Vec::new(),
    })
}
