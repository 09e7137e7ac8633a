//! Fuzzing parse and run under the limits: random scripts, built from Rhai's grammar and
//! the library catalogue (every library function, called with random values), then
//! sometimes mangled byte by byte. No script may panic, hang past its budget, or end
//! without a proper last event and a readable diagnostic.
//!
//! `make test` runs a few hundred executions. `make fuzz` runs many more in release mode:
//! C4H_FUZZ_EXECUTIONS (default 300) and C4H_FUZZ_SEED (default: from the clock) steer it.
//! A failure prints the seed and the script, so it can be replayed.

mod common;

use c4h_protocol::words::english;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Instant;

use c4h_sandbox::memory::CountingAllocator;
use std::collections::BTreeMap;

use c4h_protocol::{DiagnosticKind, Outcome};
use c4h_sandbox::{Limits, check_syntax, system_clock};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

const CATALOGUE: &str = include_str!("../src/catalogue.txt");

/// xorshift64*: small, seedable, and the same on every machine.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const NAMES: &[&str] = &["x", "y", "total", "readings", "patient", "n", "text", "f"];

struct Generator {
    random: Random,
    functions: Vec<(String, usize)>,
    /// Functions made so far in the current script.
    functions_made: usize,
}

impl Generator {
    fn new(seed: u64) -> Self {
        let functions = CATALOGUE
            .lines()
            .filter_map(|line| {
                let (name, rest) = line.split_once('(')?;
                let parameters = rest.split_once(')')?.0;
                let count = if parameters.is_empty() {
                    0
                } else {
                    parameters.split(", ").count()
                };
                Some((name.to_owned(), count))
            })
            .collect();
        Generator {
            random: Random(seed | 1),
            functions,
            functions_made: 0,
        }
    }

    fn literal(&mut self) -> String {
        let r = &mut self.random;
        match r.below(12) {
            // Whole numbers that fit: a bigger one is a syntax error (explain/prescan.rs).
            0 => (r.next() >> 1).to_string(),
            1 => format!("-{}", r.below(1000)),
            2 => format!("{}.{}", r.below(500), r.below(100)),
            3 => r
                .pick(&[
                    "9223372036854775807",
                    "(-9223372036854775807 - 1)",
                    "0",
                    "1e308",
                    "0x7f",
                    "0b101",
                    "1_000",
                ])
                .to_string(),
            4 => r
                .pick(&[
                    "\"\"",
                    "\"hello\"",
                    "\"a\\nb\"",
                    "\"🫀 ñ\"",
                    "\"\\U0001F600\"",
                    "\"120/80\"",
                ])
                .to_string(),
            5 => r.pick(&["'a'", "'🫀'", "true", "false", "()"]).to_string(),
            6 => "[1, 2, 3]".to_owned(),
            7 => "#{ name: \"Sam\", systolic: 128 }".to_owned(),
            8 => "0..5".to_owned(),
            9 => "|v| v * 2".to_owned(),
            10 => format!("Fn(\"{}\")", r.pick(NAMES)),
            _ => r.pick(NAMES).to_string(),
        }
    }

    fn expression(&mut self, depth: usize) -> String {
        if depth == 0 || self.random.chance(30) {
            return self.literal();
        }
        let d = depth - 1;
        match self.random.below(9) {
            0 | 1 => {
                let op = *self.random.pick(&[
                    "+", "-", "*", "/", "%", "==", "!=", "<", ">=", "**", "<<", "??", "in",
                ]);
                format!("{} {op} {}", self.expression(d), self.expression(d))
            }
            2 | 3 => {
                // A library function with its own number of arguments, of random types.
                let (name, count) = self.functions[self.random.below(self.functions.len())].clone();
                let arguments: Vec<String> = (0..count).map(|_| self.expression(d)).collect();
                format!("{name}({})", arguments.join(", "))
            }
            4 => {
                let (name, count) = self.functions[self.random.below(self.functions.len())].clone();
                // These are keywords in Rhai, never methods.
                if matches!(name.as_str(), "print" | "debug" | "type_of") {
                    return format!("{name}({})", self.expression(d));
                }
                let arguments: Vec<String> =
                    (1..count.max(1)).map(|_| self.expression(d)).collect();
                format!("{}.{name}({})", self.expression(d), arguments.join(", "))
            }
            5 => format!("{}[{}]", self.expression(d), self.index()),
            6 => format!("[{}, {}]", self.expression(d), self.expression(d)),
            7 => format!(
                "#{{ a: {}, b: {} }}",
                self.expression(d),
                self.expression(d)
            ),
            _ => format!(
                "`{}${{{}}}`",
                self.random.pick(&["bp ", "", "🫀"]),
                self.expression(d)
            ),
        }
    }

    /// A condition: Rhai rejects a constant that is not true or false at parse time.
    fn condition(&mut self) -> String {
        match self.random.below(5) {
            0 => (*self.random.pick(&["true", "false"])).to_owned(),
            1 => format!(
                "{} {} {}",
                self.random.pick(NAMES),
                self.random.pick(&["<", ">", "==", "!="]),
                self.random.below(10)
            ),
            2 => format!("{} && {}", self.condition(), self.condition()),
            _ => {
                let op = *self.random.pick(&["<", ">=", "==", "!="]);
                format!("{} {op} {}", self.expression(2), self.expression(2))
            }
        }
    }

    fn index(&mut self) -> String {
        match self.random.below(4) {
            0 => format!("-{}", self.random.below(5)),
            1 => "n".to_owned(),
            _ => self.random.below(5).to_string(),
        }
    }

    fn statement(&mut self, depth: usize) -> String {
        let name = *self.random.pick(NAMES);
        let d = depth.saturating_sub(1);
        match self.random.below(14) {
            0 | 1 => format!("let {name} = {};", self.expression(3)),
            2 => format!("{name} = {};", self.expression(3)),
            3 => format!("{name} += {};", self.expression(2)),
            4 => format!("print({});", self.expression(3)),
            5 => format!("debug({});", self.expression(2)),
            6 if depth > 0 => format!(
                "if {} {{ {} }} else {{ {} }}",
                self.condition(),
                self.statement(d),
                self.statement(d)
            ),
            7 if depth > 0 => format!("while {} {{ {} }}", self.condition(), self.statement(d)),
            8 if depth > 0 => {
                let iterable = *self.random.pick(&[
                    "readings",
                    "0..n",
                    "text",
                    "[1, 2, 3]",
                    "range(0, 10, 3)",
                ]);
                format!("for {name} in {iterable} {{ {} }}", self.statement(d))
            }
            10 => format!("g{}({});", self.random.below(3), self.expression(2)),
            11 => format!("{name}.push({});", self.expression(2)),
            12 if depth > 0 => format!(
                "loop {{ {} if {} {{ break; }} }}",
                self.statement(d),
                self.condition()
            ),
            _ => format!("{};", self.expression(3)),
        }
    }

    fn script(&mut self) -> String {
        self.functions_made = 0;
        let count = 1 + self.random.below(8);
        // The engine checks names before running (strict variables): declare them all.
        let mut script = String::from(
            "let x = 1; let y = 2.5; let total = 0; let readings = [120, 135]; \
             let patient = #{ name: \"Sam\" }; let n = 3; let text = \"bp\"; let f = |v| v;\n",
        );
        for _ in 0..count {
            // Functions can only be made at the top level.
            let statement = if self.random.chance(20) {
                // A function sees only its own parameters, not the script's variables.
                let parameter = *self.random.pick(NAMES);
                let number = self.random.below(100);
                let body = match self.random.below(3) {
                    0 => format!("print({parameter});"),
                    1 => format!("return {parameter} + {number};"),
                    _ => format!("if {parameter} == {number} {{ return 1; }} g0({parameter})"),
                };
                // Each function gets its own name: two of the same name would not parse.
                let name = format!("g{}", self.functions_made);
                self.functions_made += 1;
                format!("fn {name}({parameter}) {{ {body} }}")
            } else {
                self.statement(2)
            };
            script.push_str(&statement);
            script.push('\n');
        }
        // Sometimes mangle it: cut, insert odd characters, or repeat a piece.
        if self.random.chance(35) {
            for _ in 0..1 + self.random.below(3) {
                let bytes: Vec<char> = script.chars().collect();
                if bytes.is_empty() {
                    break;
                }
                let at = self.random.below(bytes.len());
                let mangled: String = match self.random.below(3) {
                    0 => {
                        let end = (at + 1 + self.random.below(6)).min(bytes.len());
                        bytes[..at].iter().chain(&bytes[end..]).collect()
                    }
                    1 => {
                        let odd = *self.random.pick(&[
                            '\0', '(', ')', '{', '}', '[', '"', '`', '\'', ';', '.', '#', '$',
                            '\u{202E}', '🫀', '\\', '=', '|',
                        ]);
                        bytes[..at]
                            .iter()
                            .chain(std::iter::once(&odd))
                            .chain(&bytes[at..])
                            .collect()
                    }
                    _ => {
                        let end = (at + 1 + self.random.below(20)).min(bytes.len());
                        bytes[..end].iter().chain(&bytes[at..]).collect()
                    }
                };
                script = mangled;
            }
        }
        script
    }
}

/// How a script ended: completed, or the kind of its diagnostic.
type Ending = &'static str;

/// Runs one script; returns how it ended, or a problem.
fn execute(code: &str, limits: &Limits) -> Result<Ending, String> {
    let started = Instant::now();
    // common::run_with also checks that the last event is `Finished` with the outcome.
    let run = catch_unwind(AssertUnwindSafe(|| {
        let _ = check_syntax(code, limits);
        common::run_with(code, &[], limits, system_clock)
    }))
    .map_err(|_| "panicked".to_owned())?;
    if started.elapsed().as_millis() as u64 > limits.max_run_millis + 2_000 {
        return Err(format!("took {:?}", started.elapsed()));
    }
    let (outcome, events) = (run.outcome, run.events);
    let diagnostics = common::diagnostics(&events);
    let lines = code.lines().count() as u32 + 1;
    match (outcome, diagnostics.as_slice()) {
        (Outcome::Completed, []) => Ok("completed"),
        (Outcome::Failed, [diagnostic]) => {
            if english(&diagnostic.message).trim().is_empty() {
                return Err(format!("empty message: {diagnostic:?}"));
            }
            if diagnostic
                .line
                .is_some_and(|line| line == 0 || line > lines)
            {
                return Err(format!("line out of the script: {diagnostic:?}"));
            }
            Ok(match diagnostic.kind {
                DiagnosticKind::Syntax => "syntax error",
                DiagnosticKind::Runtime => "runtime error",
                DiagnosticKind::Limit => "stopped by a limit",
            })
        }
        (outcome, diagnostics) => Err(format!("{outcome:?} with diagnostics {diagnostics:?}")),
    }
}

#[test]
fn random_scripts_never_panic_or_escape_the_limits() {
    let executions: usize = std::env::var("C4H_FUZZ_EXECUTIONS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(300);
    let seed: u64 = std::env::var("C4H_FUZZ_SEED")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |since| since.as_nanos() as u64)
        });
    // Small limits: each execution is quick, and every limit is reached often.
    let limits = Limits {
        max_operations: 20_000,
        max_run_millis: 500,
        max_output_bytes: 2_000,
        max_memory_bytes: 16 << 20,
        ..Limits::default()
    };
    // Panics are caught and reported as failures; keep the default hook from printing
    // each one's backtrace as it happens.
    std::panic::set_hook(Box::new(|_| {}));
    let mut generator = Generator::new(seed);
    let started = Instant::now();
    let mut endings: BTreeMap<Ending, usize> = BTreeMap::new();
    for execution in 0..executions {
        let script = generator.script();
        match execute(&script, &limits) {
            Ok(ending) => *endings.entry(ending).or_default() += 1,
            Err(problem) => {
                let _ = std::panic::take_hook();
                panic!(
                    "execution {execution} (C4H_FUZZ_SEED={seed}): {problem}\n--- script ---\n{script}"
                );
            }
        }
    }
    let _ = std::panic::take_hook();
    println!(
        "fuzz: {executions} executions without a crash in {:.1} s (seed {seed}): {endings:?}",
        started.elapsed().as_secs_f64()
    );
    // The generator must reach past the parser most of the time to be worth running.
    let ran = executions - endings.get("syntax error").copied().unwrap_or(0);
    assert!(
        ran * 2 >= executions,
        "only {ran} of {executions} scripts got past parsing"
    );
}
