//! Building the Rhai engine with the sandbox's limits, and running a script in it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rhai::packages::{
    BasicArrayPackage, BasicMapPackage, BasicMathPackage, CorePackage, LogicPackage,
    MoreStringPackage, Package,
};
use rhai::{AST, Dynamic, Engine, EvalAltResult, Module, Position, Shared};

use crate::diagnostics::Diagnostic;
use crate::explain::{explain_parse_error, explain_run_error};
use crate::lesson_check::{self, Recorder};
use crate::limits::Limits;
use crate::memory;
use crate::protocol::{Event, InputValues, Outcome, Stream};
use crate::visual::{self, Display};

/// Why the progress callback stopped a run (the token of Rhai's `ErrorTerminated`).
pub(crate) const STOPPED_FOR_TIME: &str = "time limit";
pub(crate) const STOPPED_FOR_OPERATIONS: &str = "operation limit";
pub(crate) const STOPPED_FOR_MEMORY: &str = "memory limit";

/// Milliseconds since some fixed moment. The host supplies it because reading the clock is
/// platform-specific (`std::time` panics on wasm32), and the sandbox stays platform-free.
pub type Clock = fn() -> f64;

/// The clock for native hosts (the CLI, tests): milliseconds since its first reading.
#[cfg(not(target_arch = "wasm32"))]
pub fn system_clock() -> f64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
}

/// How often (in operations) the clock is read, for the wall-clock budget and to send
/// waiting output: reading a clock on every operation would slow every script down.
const CLOCK_CHECK_INTERVAL: u64 = 4096;

/// Parses a script without running it and returns its syntax errors (at most one: Rhai
/// stops at the first). Cheap enough to call as the learner types.
pub fn check_syntax(code: &str, limits: &Limits) -> Vec<Diagnostic> {
    let engine = build_engine(limits, &Display::default());
    match engine.compile(code) {
        Ok(_) => Vec::new(),
        Err(error) => vec![explain_parse_error(&error, code)],
    }
}

/// Runs a script under `limits`, streaming each [`Event`] to `emit` as it happens. The last
/// event is always [`Event::Finished`], whose outcome is also returned.
pub fn run(
    code: &str,
    limits: &Limits,
    clock: Clock,
    emit: impl FnMut(Event) + 'static,
) -> Outcome {
    run_app(code, InputValues::new(), limits, clock, emit)
}

thread_local! {
    /// The last script compiled, with its code and the limits it was compiled under. An app
    /// re-runs the same script each time the learner changes an input: it is compiled
    /// once, not on every change.
    static LAST_COMPILED: RefCell<Option<(String, Limits, AST)>> = const { RefCell::new(None) };
}

/// Compiles `code`, or reuses the last compilation of the same code under the same limits
/// (some limits, such as expression depth, are checked while compiling).
fn compile(engine: &Engine, code: &str, limits: &Limits) -> Result<AST, rhai::ParseError> {
    let cached = LAST_COMPILED.with_borrow(|last| {
        last.as_ref()
            .filter(|(last_code, last_limits, _)| last_code == code && last_limits == limits)
            .map(|(_, _, ast)| ast.clone())
    });
    if let Some(ast) = cached {
        return Ok(ast);
    }
    let ast = engine.compile(code)?;
    LAST_COMPILED.set(Some((code.to_owned(), limits.clone(), ast.clone())));
    Ok(ast)
}

/// Like [`run`], for an app: its inputs (`input_number` and the like) take their values
/// from `inputs`, by label, where the learner has set them.
pub fn run_app(
    code: &str,
    inputs: InputValues,
    limits: &Limits,
    clock: Clock,
    emit: impl FnMut(Event) + 'static,
) -> Outcome {
    run_inner(code, inputs, limits, clock, Box::new(emit), None)
}

/// A run, and for a lesson's checks (see lesson_check.rs) a recorder of what the script did:
/// it gets the checks' functions, and loose variable rules, because a check may name a
/// variable the learner never made, which must fail that check, not the whole script.
pub(crate) fn run_inner(
    code: &str,
    inputs: InputValues,
    limits: &Limits,
    clock: Clock,
    emit: Box<dyn FnMut(Event)>,
    recorder: Option<Rc<RefCell<Recorder>>>,
) -> Outcome {
    let started = clock();
    let output = Rc::new(RefCell::new(OutputCapture {
        emit,
        clock,
        pending: None,
        last_flush: started,
        bytes_written: 0,
        max_bytes: limits.max_output_bytes,
        truncated: false,
    }));
    // The health data is made before the memory baseline below, so it never counts against
    // a script, and the first run does not pay for it inside its time budget.
    crate::health::population();
    let operations = Rc::new(Cell::new(0_u64));
    // Why the run was stopped, if a limit was hit (see the progress callback).
    let stopped_for: Rc<Cell<Option<&'static str>>> = Rc::new(Cell::new(None));

    let display = {
        let output = Rc::clone(&output);
        let recorder = recorder.clone();
        Display::new(inputs, move |event| {
            if let Some(recorder) = &recorder {
                recorder.borrow_mut().observe(&event);
            }
            output.borrow_mut().send(event)
        })
    };
    let mut engine = build_engine(limits, &display);
    if let Some(recorder) = &recorder {
        engine.set_strict_variables(false);
        lesson_check::register(&mut engine, recorder);
    }
    {
        let output = Rc::clone(&output);
        let recorder = recorder.clone();
        engine.on_print(move |text| {
            if let Some(recorder) = &recorder {
                recorder.borrow_mut().record_print(text);
            }
            output.borrow_mut().write(Stream::Print, text)
        });
    }
    {
        let output = Rc::clone(&output);
        engine.on_debug(move |text, _source, _position| {
            output.borrow_mut().write(Stream::Debug, text)
        });
    }
    {
        let operations = Rc::clone(&operations);
        let output = Rc::clone(&output);
        let stopped_for = Rc::clone(&stopped_for);
        let max_operations = limits.max_operations;
        let deadline = started + limits.max_run_millis as f64;
        let memory_ceiling = memory::allocated_bytes().saturating_add(limits.max_memory_bytes);
        // Once a limit is hit, every later operation is stopped too: some library
        // functions (`sort` with a comparer) swallow the error of a function they call and
        // carry on, and the run must still end.
        engine.on_progress(move |_| {
            // Rhai calls this once per operation. It counts operations per call stack, and
            // a function called by a library function (a closure given to `map`, `filter`
            // or `sort`) starts from a copy of the count, so the sandbox counts every
            // call itself: the total is what the limit applies to.
            let count = operations.get() + 1;
            operations.set(count);
            if stopped_for.get().is_none() {
                // One atomic load: cheap enough for every operation, and it has to be,
                // because a few operations can double a large value.
                if count > max_operations {
                    stopped_for.set(Some(STOPPED_FOR_OPERATIONS));
                } else if memory::allocated_bytes() > memory_ceiling {
                    stopped_for.set(Some(STOPPED_FOR_MEMORY));
                } else if count.is_multiple_of(CLOCK_CHECK_INTERVAL) {
                    output.borrow_mut().flush_if_due();
                    if clock() > deadline {
                        stopped_for.set(Some(STOPPED_FOR_TIME));
                    }
                }
            }
            stopped_for.get().map(Dynamic::from)
        });
    }

    let compiled = if recorder.is_some() {
        engine.compile(code)
    } else {
        compile(&engine, code, limits)
    };
    let result = compiled
        .map_err(|error| explain_parse_error(&error, code))
        .and_then(|ast| match engine.run_ast(&ast) {
            Ok(()) => Ok(()),
            // `exit()` ends a script early on purpose: that is not a failure.
            Err(error) if matches!(*error, EvalAltResult::Exit(..)) => Ok(()),
            Err(error) => Err(explain_run_error(*error, limits, code)),
        })
        // A library function may have swallowed the stop and let the script finish: it
        // was still stopped, and its results may be wrong, so say so.
        .and_then(|()| match stopped_for.get() {
            None => Ok(()),
            Some(reason) => Err(explain_run_error(
                EvalAltResult::ErrorTerminated(Dynamic::from(reason), Position::NONE),
                limits,
                code,
            )),
        });

    let mut output = output.borrow_mut();
    let outcome = match result {
        Ok(()) => Outcome::Completed,
        Err(diagnostic) => {
            output.send(Event::Diagnostic { diagnostic });
            Outcome::Failed
        }
    };
    if let Some(recorder) = recorder {
        // The engine (and its functions' clones of the recorder) goes first.
        drop(engine);
        drop(display);
        let recorder = Rc::try_unwrap(recorder)
            .map(RefCell::into_inner)
            .unwrap_or_else(|shared| std::mem::take(&mut *shared.borrow_mut()));
        for event in recorder.into_events() {
            output.send(event);
        }
    }
    output.send(Event::Finished {
        outcome,
        operations: operations.get().min(limits.max_operations),
        elapsed_millis: clock() - started,
    });
    outcome
}

rhai::def_package! {
    /// What learners' scripts can call: Rhai's standard library without bit fields and
    /// BLOBs (binary data), which no lesson needs, which only add download size, and whose
    /// `blob(n)` would be one more way to ask for a huge block of memory at once.
    LearnerPackage(module):
        CorePackage,
        LogicPackage,
        BasicMathPackage,
        BasicArrayPackage,
        BasicMapPackage,
        MoreStringPackage
    {}
}

thread_local! {
    /// Built once per thread: building the function tables on every run would add to every
    /// Run and to every syntax check as the learner types.
    static LEARNER_LIBRARY: Shared<Module> = LearnerPackage::new().as_shared_module();
}

/// What a script that calls `sleep` is told (as the error it throws).
const NO_SLEEP: &str = "`sleep` is not available in the playground: a script cannot pause";

/// Rhai's default for its string interner (`Engine::new` sets the same).
const MAX_STRINGS_INTERNED: usize = 256;

/// An engine with every limit set and nothing reachable beyond the script itself.
fn build_engine(limits: &Limits, display: &Display) -> Engine {
    // `new_raw` has no library, no module resolver and no print handler: everything the
    // script can reach is added here, on purpose.
    let mut engine = Engine::new_raw();
    engine.register_global_module(LEARNER_LIBRARY.with(Shared::clone));
    crate::health::register(&mut engine);
    visual::register(&mut engine, display);
    engine.set_max_strings_interned(MAX_STRINGS_INTERNED);
    engine
        .set_max_operations(limits.max_operations)
        .set_max_call_levels(limits.max_call_depth)
        .set_max_expr_depths(
            limits.max_expression_depth,
            limits.max_function_expression_depth,
        )
        .set_max_string_size(limits.max_string_bytes)
        .set_max_array_size(limits.max_array_items)
        .set_max_map_size(limits.max_map_properties)
        .set_max_variables(limits.max_variables)
        .set_max_functions(limits.max_functions)
        // A misspelt variable is caught before the script runs, with its position.
        .set_strict_variables(true)
        // Reading a missing map property is an error, not a silent `()`.
        .set_fail_on_invalid_map_property(true)
        // `eval` would run code that the syntax check never saw.
        .disable_symbol("eval");
    // Rhai's `sleep` would block the worker (or the CLI) for as long as a script asks, out
    // of the progress callback's reach. Functions registered on the engine are found
    // before the library's, also through `Fn("sleep")`, so these replace it.
    engine.register_fn("sleep", |_seconds: i64| -> Result<(), Box<EvalAltResult>> {
        Err(NO_SLEEP.into())
    });
    engine.register_fn("sleep", |_seconds: f64| -> Result<(), Box<EvalAltResult>> {
        Err(NO_SLEEP.into())
    });
    engine
}

/// Printed output on its way to the host: joined into batches, and capped.
///
/// Lines of the same stream are joined and sent at most every [`OUTPUT_FLUSH_MILLIS`], so
/// a script printing in a tight loop cannot flood the page with thousands of messages.
/// Waiting output is also sent from the progress callback, so a line printed just before a
/// long computation still appears as soon as it is printed, not when the script ends.
struct OutputCapture {
    emit: Box<dyn FnMut(Event)>,
    clock: Clock,
    pending: Option<(Stream, String)>,
    last_flush: f64,
    bytes_written: usize,
    max_bytes: usize,
    truncated: bool,
}

/// Waiting output is sent at least this often (milliseconds)...
const OUTPUT_FLUSH_MILLIS: f64 = 25.0;
/// ...or as soon as this much is waiting (bytes).
const OUTPUT_FLUSH_BYTES: usize = 16 * 1024;

impl OutputCapture {
    fn write(&mut self, stream: Stream, text: &str) {
        if self.truncated {
            return;
        }
        let line_bytes = text.len() + 1;
        if self.bytes_written + line_bytes > self.max_bytes {
            self.truncated = true;
            let max_output_bytes = self.max_bytes;
            self.send(Event::OutputTruncated { max_output_bytes });
            return;
        }
        self.bytes_written += line_bytes;
        match &mut self.pending {
            Some((pending_stream, pending_text)) if *pending_stream == stream => {
                pending_text.push_str(text);
                pending_text.push('\n');
            }
            _ => {
                self.flush();
                self.pending = Some((stream, format!("{text}\n")));
            }
        }
        let waiting = self.pending.as_ref().map_or(0, |(_, text)| text.len());
        if waiting >= OUTPUT_FLUSH_BYTES {
            self.flush();
        } else {
            self.flush_if_due();
        }
    }

    /// Sends waiting output if it has waited long enough.
    fn flush_if_due(&mut self) {
        if self.pending.is_some() && (self.clock)() - self.last_flush >= OUTPUT_FLUSH_MILLIS {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if let Some((stream, text)) = self.pending.take() {
            (self.emit)(Event::Output { stream, text });
            self.last_flush = (self.clock)();
        }
    }

    /// Sends any other event, after the output that came before it.
    fn send(&mut self, event: Event) {
        self.flush();
        (self.emit)(event);
    }
}

/// Every function a learner's script can call, as Rhai writes their signatures (only with
/// the `catalogue` feature: it needs Rhai's metadata). tests/catalogue.rs keeps
/// src/catalogue.txt equal to this list.
#[cfg(feature = "catalogue")]
pub fn library_signatures() -> Vec<String> {
    let mut signatures =
        build_engine(&Limits::default(), &Display::default()).gen_fn_signatures(true);
    signatures.sort();
    signatures.dedup();
    signatures
}
