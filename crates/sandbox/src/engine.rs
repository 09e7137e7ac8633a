//! Building the Rhai engine with the sandbox's limits, and running a script in it.
//!
//! The engine knows nothing of lessons: a lesson's checks watch a run through the
//! [`RunObserver`] trait (lesson_check.rs implements it).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use c4h_protocol::{Diagnostic, Event, InputValues, Outcome, Stream};
use rhai::packages::{
    ArithmeticPackage, BasicIteratorPackage, BasicStringPackage, LanguageCorePackage, LogicPackage,
    Package,
};
use rhai::{AST, Dynamic, Engine, EvalAltResult, Module, Position, Shared};

use crate::clock::Clock;
use crate::explain::prescan;
use crate::explainer::{Ending, Failure};
use crate::library::{self, Screen};
use crate::limits::{Limits, StopReason};
use crate::memory;
use crate::output::OutputCapture;

/// How often (in operations) the clock is read, for the wall-clock budget and to send
/// waiting output: reading a clock on every operation would slow every script down.
const CLOCK_CHECK_INTERVAL: u64 = 4096;

/// Something that watches a run from inside it. Lesson checks use it to see what the
/// learner's code printed and showed, and to add the functions the checks call.
pub trait RunObserver {
    /// Adds the observer's own functions to the run's engine.
    fn register(self: Rc<Self>, engine: &mut Engine);
    /// A line the script printed.
    fn printed(&self, text: &str);
    /// A table, chart, result or input the script showed.
    fn showed(&self, event: &Event);
    /// Whether the script has code of the observer's after the learner's (a lesson's
    /// checks): then the learner's code was checked alone before, the script may name
    /// variables the learner never made, and it is never served from the cache.
    fn adds_code(&self) -> bool {
        true
    }
    /// The script, compiled, just before it runs.
    fn compiled(&self, _ast: &AST) {}
    /// What to send when the run is over (`failed`: with a problem), just before
    /// `Finished`.
    fn finish(&self, failed: bool) -> Vec<Event>;
}

/// Parses a script without running it and returns its syntax errors (at most one: Rhai
/// stops at the first). Cheap enough to call as the learner types.
pub fn check_syntax(code: &str, limits: &Limits) -> Vec<Diagnostic> {
    syntax_failure(code, limits)
        .map(Failure::into_diagnostic)
        .into_iter()
        .collect()
}

/// Whether [`check_syntax`] would need the explanations, which are not there yet (see
/// `explainer`): the host should fetch them first.
pub fn syntax_needs_explainer(code: &str, limits: &Limits) -> bool {
    !crate::explainer::explainer_installed()
        && matches!(syntax_failure(code, limits), Some(Failure::Parse(..)))
}

/// The script's first syntax error, not yet explained.
pub(crate) fn syntax_failure(code: &str, limits: &Limits) -> Option<Failure> {
    if let Some(diagnostic) = prescan(code) {
        return Some(Failure::Found(diagnostic));
    }
    let engine = build_engine(limits, &Screen::default());
    engine
        .compile(code)
        .err()
        .map(|error| Failure::Parse(error, code.to_owned()))
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

/// Like [`run`], for an app: its inputs (`input_number` and the like) take their values
/// from `inputs`, by label, where the learner has set them.
pub fn run_app(
    code: &str,
    inputs: InputValues,
    limits: &Limits,
    clock: Clock,
    emit: impl FnMut(Event) + 'static,
) -> Outcome {
    start_app(code, inputs, limits, clock, emit).finish()
}

/// Like [`run_app`], for a host that loads the explanations when first needed: the run,
/// with its end still to send ([`Ending::finish`]), once the explanations are there if
/// [`Ending::needs_explainer`] says so.
pub fn start_app(
    code: &str,
    inputs: InputValues,
    limits: &Limits,
    clock: Clock,
    emit: impl FnMut(Event) + 'static,
) -> Ending {
    run_observed(code, inputs, limits, clock, Box::new(emit), None)
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

/// A run, watched by `observer` if there is one. An observer that adds code (lesson
/// checks) gets loose variable rules (a check may name a variable the learner never made,
/// which must fail that check, not the whole script), and is never served from the cache.
pub(crate) fn run_observed(
    code: &str,
    inputs: InputValues,
    limits: &Limits,
    clock: Clock,
    emit: Box<dyn FnMut(Event)>,
    observer: Option<Rc<dyn RunObserver>>,
) -> Ending {
    let started = clock();
    let output = Rc::new(RefCell::new(OutputCapture::new(
        emit,
        clock,
        started,
        limits.max_output_bytes,
    )));
    // The health data is made before the memory baseline below, so it never counts against
    // a script, and the first run does not pay for it inside its time budget.
    library::prepare();
    let operations = Rc::new(Cell::new(0_u64));
    // Why the run was stopped, if a limit was hit (see the progress callback).
    let stopped_for: Rc<Cell<Option<StopReason>>> = Rc::new(Cell::new(None));

    let screen = {
        let output = Rc::clone(&output);
        let observer = observer.clone();
        Screen::new(inputs, move |event| {
            if let Some(observer) = &observer {
                observer.showed(&event);
            }
            output.borrow_mut().send(event)
        })
    };
    let mut engine = build_engine(limits, &screen);
    let adds_code = observer
        .as_ref()
        .is_some_and(|observer| observer.adds_code());
    if adds_code {
        engine.set_strict_variables(false);
    }
    if let Some(observer) = &observer {
        Rc::clone(observer).register(&mut engine);
    }
    capture_printing(&mut engine, &output, observer.clone());
    watch_progress(
        &mut engine,
        limits,
        clock,
        started,
        &output,
        &operations,
        &stopped_for,
    );

    // Mistakes Rhai would accept without a word come first (explain/prescan.rs). A run
    // whose observer adds code has the checks after the learner's code, and the learner's
    // code alone was checked (with `check_syntax`) before: the checks' own text is not
    // the learner's to fix.
    let found_first = if adds_code { None } else { prescan(code) };
    let compiled = match found_first {
        Some(diagnostic) => Err(Box::new(Failure::Found(diagnostic))),
        None => if adds_code {
            engine.compile(code)
        } else {
            compile(&engine, code, limits)
        }
        .map_err(|error| Box::new(Failure::Parse(error, code.to_owned()))),
    };
    if let (Ok(ast), Some(observer)) = (&compiled, &observer) {
        observer.compiled(ast);
    }
    let result = compiled
        .and_then(|ast| match engine.run_ast(&ast) {
            Ok(()) => Ok(()),
            // `exit()` ends a script early on purpose: that is not a failure.
            Err(error) if matches!(*error, EvalAltResult::Exit(..)) => Ok(()),
            Err(error) => Err(Box::new(Failure::Run(
                error,
                limits.clone(),
                code.to_owned(),
            ))),
        })
        // A library function may have swallowed the stop and let the script finish: it
        // was still stopped, and its results may be wrong, so say so.
        .and_then(|()| match stopped_for.get() {
            None => Ok(()),
            Some(reason) => Err(Box::new(Failure::Run(
                Box::new(EvalAltResult::ErrorTerminated(
                    Dynamic::from(reason),
                    Position::NONE,
                )),
                limits.clone(),
                code.to_owned(),
            ))),
        });

    Ending {
        output,
        failure: result.err().map(|failure| *failure),
        tail: Box::new(move |failed| {
            observer
                .map(|observer| observer.finish(failed))
                .unwrap_or_default()
        }),
        operations: operations.get().min(limits.max_operations),
        elapsed_millis: clock() - started,
    }
}

/// Sends what the script prints (`print`, `debug`) to the output, and printed lines to the
/// observer too.
fn capture_printing(
    engine: &mut Engine,
    output: &Rc<RefCell<OutputCapture>>,
    observer: Option<Rc<dyn RunObserver>>,
) {
    let print_output = Rc::clone(output);
    engine.on_print(move |text| {
        if let Some(observer) = &observer {
            observer.printed(text);
        }
        print_output.borrow_mut().write(Stream::Print, text)
    });
    let debug_output = Rc::clone(output);
    engine.on_debug(move |text, _source, _position| {
        debug_output.borrow_mut().write(Stream::Debug, text)
    });
}

/// The progress callback: counts every operation, stops the run at a limit, and sends
/// waiting output from time to time.
fn watch_progress(
    engine: &mut Engine,
    limits: &Limits,
    clock: Clock,
    started: f64,
    output: &Rc<RefCell<OutputCapture>>,
    operations: &Rc<Cell<u64>>,
    stopped_for: &Rc<Cell<Option<StopReason>>>,
) {
    let operations = Rc::clone(operations);
    let output = Rc::clone(output);
    let stopped_for = Rc::clone(stopped_for);
    let max_operations = limits.max_operations;
    let deadline = started + limits.max_run_millis as f64;
    let memory_ceiling = memory::allocated_bytes().saturating_add(limits.max_memory_bytes);
    // Once a limit is hit, every later operation is stopped too: some library functions
    // (`sort` with a comparer) swallow the error of a function they call and carry on, and
    // the run must still end.
    engine.on_progress(move |_| {
        // Rhai calls this once per operation. It counts operations per call stack, and a
        // function called by a library function (a closure given to `map`, `filter` or
        // `sort`) starts from a copy of the count, so the sandbox counts every call
        // itself: the total is what the limit applies to.
        let count = operations.get() + 1;
        operations.set(count);
        if stopped_for.get().is_none() {
            // One atomic load: cheap enough for every operation, and it has to be, because
            // a few operations can double a large value.
            if count > max_operations {
                stopped_for.set(Some(StopReason::Operations));
            } else if memory::allocated_bytes() > memory_ceiling {
                stopped_for.set(Some(StopReason::Memory));
            } else if count.is_multiple_of(CLOCK_CHECK_INTERVAL) {
                output.borrow_mut().flush_if_due();
                if clock() > deadline {
                    stopped_for.set(Some(StopReason::Time));
                }
            }
        }
        stopped_for.get().map(Dynamic::from)
    });
}

rhai::def_package! {
    /// The part of Rhai's standard library that every script has: the language's core,
    /// arithmetic, turning values into text, ranges and comparisons. The rest of what
    /// learners' scripts can call from it (arrays, maps, maths, more about text, function
    /// pointers) is in the library family (library/family.rs), which a host may load when a
    /// script first needs it. Bit fields and BLOBs (binary data) are left out: no lesson
    /// needs them, they only add download size, and `blob(n)` would be one more way to ask
    /// for a huge block of memory at once. Rhai's `CorePackage` is written out without its
    /// `DebuggingPackage`: the `debugging` feature ("Watch it run") would add
    /// `back_trace()`, which no learner needs.
    LearnerCorePackage(module):
        LanguageCorePackage,
        ArithmeticPackage,
        BasicStringPackage,
        BasicIteratorPackage,
        LogicPackage
    {}
}

thread_local! {
    /// Built once per thread: building the function tables on every run would add to every
    /// Run and to every syntax check as the learner types.
    static LEARNER_CORE: Shared<Module> = LearnerCorePackage::new().as_shared_module();
}

/// What a script that calls `sleep` is told (the message's id).
const NO_SLEEP: &str = "errors-no-sleep";

/// Rhai's default for its string interner (`Engine::new` sets the same).
const MAX_STRINGS_INTERNED: usize = 256;

/// An engine with every limit set and nothing reachable beyond the script itself.
fn build_engine(limits: &Limits, screen: &Screen) -> Engine {
    let mut engine = core_engine();
    library::register_family(&mut engine, screen);
    engine.set_max_strings_interned(MAX_STRINGS_INTERNED);
    // Registered functions are found before Rhai's built-in operators, so comparing text
    // with a number can be a mistake with a message (library/operators.rs). Measured with
    // callgrind, scripts are no slower this way (tight loops run fewer instructions).
    engine.set_fast_operators(false);
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
    engine
}

/// The functions every script has, with or without the library family: Rhai's core
/// ([`LearnerCorePackage`]), the operators' mistakes and `sleep`.
fn core_engine() -> Engine {
    // `new_raw` has no library, no module resolver and no print handler: everything the
    // script can reach is added here and in `build_engine`, on purpose.
    let mut engine = Engine::new_raw();
    engine.register_global_module(LEARNER_CORE.with(Shared::clone));
    library::register_operators(&mut engine);
    // Rhai's `sleep` would block the worker (or the CLI) for as long as a script asks, out
    // of the progress callback's reach. Functions registered on the engine are found
    // before the library's, also through `Fn("sleep")`, so these replace it.
    engine.register_fn("sleep", |_seconds: i64| -> Result<(), Box<EvalAltResult>> {
        library::fail(c4h_protocol::Message::new(NO_SLEEP))
    });
    engine.register_fn("sleep", |_seconds: f64| -> Result<(), Box<EvalAltResult>> {
        library::fail(c4h_protocol::Message::new(NO_SLEEP))
    });
    engine
}

/// Every function a learner's script can call, as Rhai writes their signatures (only with
/// the `catalogue` feature: it needs Rhai's metadata). tests/catalogue.rs keeps
/// src/catalogue.txt equal to this list.
#[cfg(feature = "catalogue")]
pub fn library_signatures() -> Vec<String> {
    sorted_signatures(&build_engine(&Limits::default(), &Screen::default()))
}

/// What a script can call without the library family (Rhai's core, the operators'
/// mistakes, `sleep`), as Rhai writes their signatures (only with the `catalogue` feature):
/// for the test that keeps the family's list of core words true.
#[cfg(feature = "catalogue")]
pub fn core_signatures() -> Vec<String> {
    sorted_signatures(&core_engine())
}

/// Every function `engine` has, its packages' too, as Rhai writes their signatures, sorted,
/// each once.
#[cfg(feature = "catalogue")]
fn sorted_signatures(engine: &Engine) -> Vec<String> {
    let mut signatures = engine.gen_fn_signatures(true);
    signatures.sort();
    signatures.dedup();
    signatures
}
