//! "Watch it run": a run recorded step by step with Rhai's debugger, as a [`Trace`].
//!
//! The run is a normal run (the same limits, output and problems), watched by a
//! [`Recorder`] that Rhai's debugger calls before every statement and expression. A step is
//! recorded when a statement has run, with the variables in sight after it: so a step
//! shows what its line did. Each time a loop goes round again, its own line is a step
//! (where a `for` loop's variable takes its next value). Entering a function is a step
//! (its parameters), and so is giving back a value. Expressions inside a statement are
//! never steps: a beginner thinks in lines, not in sub-expressions.
//!
//! Recording stops at [`MAX_STEPS`] steps or [`MAX_TRACE_BYTES`]; the run itself carries
//! on to its end under the usual limits. The trace is sent as `Event::Trace` just before
//! `Finished`.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use c4h_protocol::{
    Event, InputValues, MAX_STEPS, MAX_TRACE_BYTES, MAX_VALUE_CHARS, Message, OutputItem, Step,
    StepKind, Trace, TraceEnd, TraceJson, TraceOutput,
};
use rhai::debugger::{CallStackFrame, DebuggerCommand, DebuggerEvent};
use rhai::{AST, ASTNode, Dynamic, Engine, EvalContext, Expr, Position, Stmt, StmtBlock};

use crate::clock::Clock;
use crate::engine::{RunObserver, run_observed};
use crate::explainer::Ending;
use crate::limits::Limits;

/// The most variables one step keeps (the newest): a learner's script has a handful, and a
/// script that makes thousands would otherwise make every step huge.
const MAX_VARIABLES_SHOWN: usize = 200;

/// Like `start_app`, recording each step: the run's events, then `Event::Trace`, then
/// `Finished`.
pub fn start_watch(
    code: &str,
    inputs: InputValues,
    limits: &Limits,
    clock: Clock,
    emit: impl FnMut(Event) + 'static,
) -> Ending {
    start_watch_boxed(code, inputs, limits, clock, Box::new(emit))
}

/// [`start_watch`], as a plain function a host can keep: the browser worker fetches the
/// recorder as a part of its own the first time the learner watches ([`watcher`]).
pub type StartWatch = fn(&str, InputValues, &Limits, Clock, Box<dyn FnMut(Event)>) -> Ending;

/// The recorder's entry: everything only it uses (the debugger's callback, the trace and
/// its JSON) is reached from here, so a split build keeps it out of the main module.
pub fn watcher() -> StartWatch {
    start_watch_boxed
}

fn start_watch_boxed(
    code: &str,
    inputs: InputValues,
    limits: &Limits,
    clock: Clock,
    emit: Box<dyn FnMut(Event)>,
) -> Ending {
    let recorder: Rc<dyn RunObserver> = Rc::new(Recorder::default());
    run_observed(code, inputs, limits, clock, emit, Some(recorder))
}

/// Where a statement starts: (line, column), counting from 1.
type Place = (u32, u32);

/// No statement's place: what comes after the script's last statement.
const NOWHERE: Place = (0, 0);

fn place(position: Position) -> Place {
    let number = |n: Option<usize>| n.map_or(0, |n| n as u32);
    (number(position.line()), number(position.position()))
}

/// A loop, found by the first statement of its body.
struct Loop {
    /// The loop's own line.
    header: Place,
    /// A `for` loop's variable.
    variable: Option<String>,
}

/// One call of a function (or the script itself) while it runs.
struct Frame {
    id: u32,
    /// The statement running now, recorded as a step once it has run.
    pending: Option<Place>,
    /// The variables at this call's last step.
    last_vars: Vec<[u32; 2]>,
    /// The calls this one is inside, itself last.
    calls: Vec<u32>,
}

#[derive(Default)]
struct Recording {
    trace: Trace,
    /// Each text's index in `trace.texts`.
    known: HashMap<String, u32>,
    frames: Vec<Frame>,
    frames_made: u32,
    /// About how many bytes of JSON the trace has grown to.
    bytes: usize,
    /// Recording has stopped (a cap was reached); the run goes on.
    full: bool,
    /// The problem that ended the run has its step already (it came up through functions).
    stopped: bool,
    /// Loops, by the place of the first statement of their body.
    loops: HashMap<Place, Loop>,
    /// Expression statements (`total + 1;`, a function's last `x * 2`): Rhai's debugger sees
    /// them as expressions only.
    expression_statements: HashSet<Place>,
    /// Conditions (`if`, `while`), by their statement's place: the place of the first
    /// statement run when the condition is true.
    conditions: HashMap<Place, Option<Place>>,
    /// `while` conditions, by the place of their expression: the loop's own place.
    loop_conditions: HashMap<Place, Place>,
    /// A `while` condition was just checked, in this call (frame id), of this loop: if the
    /// next statement is not inside the loop, the condition was false and the loop ended.
    checked: Option<(u32, Place)>,
    /// The script's own functions, by name and number of parameters. Rhai's debugger sees
    /// every call (`+`, `print`), and only these are steps.
    functions: HashSet<(String, usize)>,
}

/// Watches one run: a [`RunObserver`] that registers Rhai's debugger.
#[derive(Default)]
struct Recorder {
    recording: RefCell<Recording>,
}

impl RunObserver for Recorder {
    fn register(self: Rc<Self>, engine: &mut Engine) {
        // Rhai marks its debugging interface "volatile" with a deprecation note: Cargo.lock
        // pins the version, and tests/watch.rs fails if it changes under us.
        #[allow(deprecated)]
        engine.register_debugger(
            |_, debugger| debugger,
            move |context, event, node, _source, position| {
                Ok(self
                    .recording
                    .borrow_mut()
                    .on_event(context, event, node, position))
            },
        );
    }

    fn adds_code(&self) -> bool {
        false
    }

    fn compiled(&self, ast: &AST) {
        let mut recording = self.recording.borrow_mut();
        let recording = &mut *recording;
        recording.functions = ast
            .iter_functions()
            .map(|function| (function.name.to_owned(), function.params.len()))
            .collect();
        ast.walk(&mut |path: &[ASTNode]| {
            match path.last() {
                // A statement inside an expression (`${x}` in a text) is part of its line.
                Some(ASTNode::Stmt(Stmt::Expr(expr)))
                    if path.iter().all(|node| matches!(node, ASTNode::Stmt(_))) =>
                {
                    recording
                        .expression_statements
                        .insert(place(expr.position()));
                }
                Some(ASTNode::Stmt(Stmt::For(parts, position))) => {
                    recording.note_loop(&parts.2.body, *position, Some(parts.0.name.to_string()));
                }
                Some(ASTNode::Stmt(Stmt::While(flow, position))) => {
                    recording.note_loop(&flow.body, *position, None);
                    // `loop { }` is a `while` with no condition.
                    if !matches!(flow.expr, Expr::Unit(..)) {
                        recording.note_condition(&flow.body, *position);
                        let condition = place(flow.expr.position());
                        recording
                            .loop_conditions
                            .insert(condition, place(*position));
                    }
                }
                Some(ASTNode::Stmt(Stmt::Do(flow, _, position))) => {
                    recording.note_loop(&flow.body, *position, None);
                }
                Some(ASTNode::Stmt(Stmt::If(flow, position))) => {
                    recording.note_condition(&flow.body, *position);
                }
                _ => {}
            }
            true
        });
    }

    fn printed(&self, text: &str) {
        self.recording
            .borrow_mut()
            .output(OutputItem::Text(text.to_owned()));
    }

    fn showed(&self, event: &Event) {
        let item = match event {
            Event::Show { label, value } => OutputItem::Text(format!("{label}: {value}")),
            Event::Table { table } => OutputItem::Said(
                Message::new("watch-output-table")
                    .with("rows", table.rows_given.unwrap_or(table.rows.len())),
            ),
            Event::Chart { chart } => OutputItem::Said(
                Message::new("watch-output-chart").with("title", chart.title.as_str()),
            ),
            Event::Input { input } => OutputItem::Said(
                Message::new("watch-output-input").with("label", input.label.as_str()),
            ),
            _ => return,
        };
        self.recording.borrow_mut().output(item);
    }

    fn finish(&self, failed: bool) -> Vec<Event> {
        let mut recording = self.recording.borrow_mut();
        recording.end(failed);
        vec![Event::Trace {
            trace: TraceJson::new(&recording.trace),
        }]
    }
}

impl Recording {
    fn note_loop(&mut self, body: &StmtBlock, header: Position, variable: Option<String>) {
        if let Some(first) = first_statement(body) {
            let loop_ = Loop {
                header: place(header),
                variable,
            };
            self.loops.insert(place(first.position()), loop_);
        }
    }

    fn note_condition(&mut self, then: &StmtBlock, at: Position) {
        let first = first_statement(then).map(|stmt| place(stmt.position()));
        self.conditions.insert(place(at), first);
    }

    /// How the statement at `ran` is recorded, now that `next` runs after it: an `if` or
    /// `while` says which way its condition went (true when the lines inside come next).
    fn kind_of(&self, ran: Place, next: Place) -> StepKind {
        match self.conditions.get(&ran) {
            Some(then) => StepKind::Condition {
                holds: *then == Some(next),
            },
            None => StepKind::Ran,
        }
    }

    /// What Rhai's debugger saw; what it should do next.
    fn on_event(
        &mut self,
        context: EvalContext,
        event: DebuggerEvent,
        node: ASTNode,
        position: Position,
    ) -> DebuggerCommand {
        if self.full {
            // Nothing more is recorded: let the run go at full speed.
            return DebuggerCommand::Continue;
        }
        match event {
            DebuggerEvent::Start | DebuggerEvent::Step => {
                let statement = match node {
                    ASTNode::Stmt(Stmt::Block(..) | Stmt::Noop(..)) => None,
                    ASTNode::Stmt(_) => Some(place(position)),
                    ASTNode::Expr(_) => {
                        self.note_check(place(position));
                        Some(place(position)).filter(|at| self.expression_statements.contains(at))
                    }
                    _ => None,
                };
                if let Some(at) = statement {
                    self.statement(&context, at);
                }
            }
            DebuggerEvent::FunctionExitWithValue(value) => self.returned(&context, value, position),
            DebuggerEvent::FunctionExitWithError(_) => self.failed_in_function(&context),
            DebuggerEvent::End => self.ended(&context),
            _ => {}
        }
        if self.full {
            DebuggerCommand::Continue
        } else {
            DebuggerCommand::StepInto
        }
    }

    /// Statement `at` is about to run: the one before it in this call has run.
    fn statement(&mut self, context: &EvalContext, at: Place) {
        self.stopped = false;
        let vars = self.variables(context);
        self.enter_calls(context, &vars);
        let Some(ran) = self
            .frames
            .last_mut()
            .and_then(|frame| frame.pending.replace(at))
        else {
            return;
        };
        let ended = self.loop_ended(ran, at);
        let round = self
            .loops
            .get(&at)
            .filter(|loop_| loop_.header != ran)
            .map(|loop_| {
                let variable = loop_.variable.as_deref();
                (
                    loop_.header,
                    variable.and_then(|name| self.known.get(name).copied()),
                )
            });
        match round {
            Some((header, variable)) => {
                // The body's last statement ran before the loop's variable took its next
                // value: that step shows the value it ran with.
                let before = match (variable, self.frames.last()) {
                    (Some(name), Some(frame)) => with_value_of(&vars, &frame.last_vars, name),
                    _ => vars.clone(),
                };
                self.push(ran, self.kind_of(ran, at), before);
                self.push_loop_end(ended, &vars);
                self.push(header, StepKind::Round, vars);
            }
            None => {
                self.push(ran, self.kind_of(ran, at), vars.clone());
                self.push_loop_end(ended, &vars);
            }
        }
    }

    /// A `while` condition was checked at `at` (an expression's place), if it is one.
    fn note_check(&mut self, at: Place) {
        if let (Some(&header), Some(frame)) = (self.loop_conditions.get(&at), self.frames.last()) {
            self.checked = Some((frame.id, header));
        }
    }

    /// The `while` loop whose condition was checked, false, after `ran` (a statement in
    /// its body) and before `next` (a statement outside it): its place.
    fn loop_ended(&mut self, ran: Place, next: Place) -> Option<Place> {
        let (frame, header) = self.checked.take()?;
        let here = self.frames.last().map(|f| f.id);
        let round_again = self.loops.get(&next).is_some_and(|l| l.header == header);
        (here == Some(frame) && ran != header && !round_again).then_some(header)
    }

    /// The step for a `while` loop that ended because its condition was false.
    fn push_loop_end(&mut self, header: Option<Place>, vars: &[[u32; 2]]) {
        if let Some(header) = header {
            self.push(header, StepKind::Condition { holds: false }, vars.to_vec());
        }
    }

    /// A function gave back `value`: its last statement has run, and is where the value
    /// came from (a function with no statements gives it back where it was called).
    fn returned(&mut self, context: &EvalContext, value: &Dynamic, position: Position) {
        if !self.in_own_function(context) {
            return;
        }
        let vars = self.variables(context);
        self.enter_calls(context, &vars);
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        let pending = frame.pending.take();
        let call = frame.calls.last().copied().unwrap_or_default();
        let value = (!value.is_unit()).then(|| self.text(preview(value)));
        // A function that ends with a `while` loop: its body's last statement, the false
        // condition, then the value given back where the function ends.
        let ended = pending.and_then(|ran| self.loop_ended(ran, NOWHERE));
        let at = match (pending, ended) {
            (Some(ran), Some(_)) => {
                self.push(ran, StepKind::Ran, vars.clone());
                self.push_loop_end(ended, &vars);
                place(position)
            }
            (Some(ran), None) => ran,
            (None, _) => place(position),
        };
        self.push(at, StepKind::Return { call, value }, vars);
        if self.frames.len() > 1 {
            self.frames.pop();
        }
    }

    /// Whether the function Rhai is leaving is one of the script's own.
    fn in_own_function(&self, context: &EvalContext) -> bool {
        let call_stack = context.global_runtime_state().debugger().call_stack();
        call_stack.last().is_some_and(|call| self.is_own(call))
    }

    fn is_own(&self, call: &CallStackFrame) -> bool {
        call.fn_name.starts_with(ANONYMOUS)
            || self
                .functions
                .contains(&(call.fn_name.to_string(), call.args.len()))
    }

    /// A function ended with a problem: the statement that was running in it is where the
    /// run stopped (once: the problem passes up through every call it is inside).
    fn failed_in_function(&mut self, context: &EvalContext) {
        if !self.in_own_function(context) {
            return;
        }
        if !self.stopped {
            let vars = self.variables(context);
            self.enter_calls(context, &vars);
            if let Some(ran) = self
                .frames
                .last_mut()
                .and_then(|frame| frame.pending.take())
            {
                self.push(ran, StepKind::Stopped, vars);
            }
            self.stopped = true;
        }
        if self.frames.len() > 1 {
            self.frames.pop();
        }
    }

    /// The script has run to its end: its last statement has run.
    fn ended(&mut self, context: &EvalContext) {
        let vars = self.variables(context);
        self.frames.truncate(1);
        if let Some(ran) = self
            .frames
            .last_mut()
            .and_then(|frame| frame.pending.take())
        {
            // Nothing runs after it: an `if` last in the script was false, a `while` loop
            // last in the script ended.
            let ended = self.loop_ended(ran, NOWHERE);
            self.push(ran, self.kind_of(ran, NOWHERE), vars.clone());
            self.push_loop_end(ended, &vars);
        }
    }

    /// The run is over (`failed`: with a problem): the statement still running is the one
    /// that stopped it, or the `exit()` that ended it.
    fn end(&mut self, failed: bool) {
        if !self.full {
            if let Some(frame) = self.frames.last_mut()
                && let Some(ran) = frame.pending.take()
                && !self.stopped
            {
                let vars = frame.last_vars.clone();
                let kind = if failed {
                    StepKind::Stopped
                } else {
                    StepKind::Ran
                };
                self.push(ran, kind, vars);
            }
            if !self.full {
                self.trace.end = if failed {
                    TraceEnd::Failed
                } else {
                    TraceEnd::Finished
                };
            }
        }
        self.frames.clear();
    }

    /// Adds a frame for each function call Rhai has entered since the last event (a call
    /// is seen at its first statement, or at its end if it has none): a step each, with
    /// the function's parameters: `vars`, the variables in sight now.
    fn enter_calls(&mut self, context: &EvalContext, vars: &[[u32; 2]]) {
        if self.frames.is_empty() {
            self.frames.push(Frame {
                id: 0,
                pending: None,
                last_vars: Vec::new(),
                calls: Vec::new(),
            });
        }
        let call_stack = context.global_runtime_state().debugger().call_stack();
        let own: Vec<&CallStackFrame> =
            call_stack.iter().filter(|call| self.is_own(call)).collect();
        // A function left without our seeing it (it cannot be, but never index past it).
        self.frames.truncate(own.len() + 1);
        while self.frames.len() <= own.len() {
            let entered = own[self.frames.len() - 1];
            let call = self.text(describe_call(&entered.fn_name, &entered.args));
            let mut calls = self
                .frames
                .last()
                .map(|f| f.calls.clone())
                .unwrap_or_default();
            calls.push(call);
            self.frames_made += 1;
            self.frames.push(Frame {
                id: self.frames_made,
                pending: None,
                last_vars: Vec::new(),
                calls,
            });
            self.push(place(entered.pos), StepKind::Call { call }, vars.to_vec());
        }
    }

    /// The variables in sight now, newest binding of each name, oldest first.
    fn variables(&mut self, context: &EvalContext) -> Vec<[u32; 2]> {
        let scope = context.scope();
        let mut seen = HashSet::new();
        let mut newest_first = Vec::new();
        // Rhai's scope lists its newest variable first.
        for (name, _constant, value) in scope.iter_raw() {
            if newest_first.len() == MAX_VARIABLES_SHOWN {
                break;
            }
            if seen.insert(name) {
                newest_first.push((name, value));
            }
        }
        newest_first
            .into_iter()
            .rev()
            .map(|(name, value)| {
                let name = self.text(name.to_owned());
                let value = self.text(preview(value));
                [name, value]
            })
            .collect()
    }

    /// A text's index, adding it if it is new.
    fn text(&mut self, text: String) -> u32 {
        if let Some(&index) = self.known.get(&text) {
            return index;
        }
        let index = self.trace.texts.len() as u32;
        self.bytes += text.len() + 4;
        self.known.insert(text.clone(), index);
        self.trace.texts.push(text);
        index
    }

    /// Records a step in the current call, unless a cap is reached.
    fn push(&mut self, at: Place, kind: StepKind, vars: Vec<[u32; 2]>) {
        if self.full {
            return;
        }
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        self.bytes += 48 + 14 * vars.len() + 6 * frame.calls.len();
        if self.trace.steps.len() >= MAX_STEPS {
            self.stop_recording(TraceEnd::TooManySteps);
            return;
        }
        if self.bytes > MAX_TRACE_BYTES {
            self.stop_recording(TraceEnd::TooBig);
            return;
        }
        frame.last_vars.clone_from(&vars);
        let step = Step {
            line: at.0,
            column: at.1,
            kind,
            frame: frame.id,
            vars,
            calls: if frame.id == 0 {
                Vec::new()
            } else {
                frame.calls.clone()
            },
        };
        self.trace.steps.push(step);
    }

    fn stop_recording(&mut self, end: TraceEnd) {
        self.full = true;
        self.trace.end = end;
    }

    /// Output belongs to the next step recorded: the statement printing it has not
    /// finished yet.
    fn output(&mut self, item: OutputItem) {
        if self.full {
            return;
        }
        self.bytes += match &item {
            OutputItem::Text(text) => text.len() + 24,
            OutputItem::Said(_) => 64,
        };
        if self.bytes > MAX_TRACE_BYTES {
            self.stop_recording(TraceEnd::TooBig);
            return;
        }
        let step = self.trace.steps.len() as u32;
        self.trace.output.push(TraceOutput { step, item });
    }
}

/// The first statement a block runs (inside a block that starts it).
fn first_statement(block: &StmtBlock) -> Option<&Stmt> {
    match block.statements().first()? {
        Stmt::Block(inner) => first_statement(inner),
        Stmt::Noop(..) => None,
        first => Some(first),
    }
}

/// `vars`, with variable `name` holding its value from `before` (if it was there).
fn with_value_of(vars: &[[u32; 2]], before: &[[u32; 2]], name: u32) -> Vec<[u32; 2]> {
    let old = before.iter().find(|[n, _]| *n == name).map(|[_, v]| *v);
    vars.iter()
        .map(|&[n, v]| match old {
            Some(old) if n == name => [n, old],
            _ => [n, v],
        })
        .collect()
}

/// How Rhai names a closure (its `FN_ANONYMOUS`, which it does not export).
const ANONYMOUS: &str = "anon$";

/// A call as code: `bmi(70, 1.75)`; a closure is `closure(3)`.
fn describe_call(name: &str, args: &[Dynamic]) -> String {
    let name = if name.starts_with(ANONYMOUS) {
        "closure"
    } else {
        name
    };
    let mut text = format!("{name}(");
    for (index, arg) in args.iter().enumerate() {
        if index > 0 {
            text.push_str(", ");
        }
        write_value(arg, &mut text, false);
        if text.len() > MAX_VALUE_CHARS * 2 {
            text.push('…');
            break;
        }
    }
    text.push(')');
    cut(text, MAX_VALUE_CHARS * 2)
}

/// A value as `print` shows it, cut short after [`MAX_VALUE_CHARS`] characters. Lists and
/// maps are written only as far as is shown: a list of 1,000 patients costs no more than
/// a short one.
pub(crate) fn preview(value: &Dynamic) -> String {
    let mut text = String::new();
    write_value(value, &mut text, true);
    cut(text, MAX_VALUE_CHARS)
}

/// `text`, at most `limit` characters: longer, its first ones and "…".
fn cut(text: String, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        None => text,
        Some((end, _)) => format!("{}…", &text[..end]),
    }
}

/// Writes `value` as Rhai's `print` does: text as it is at the top, quoted inside a list
/// or map. Stops once more than the limit is written.
fn write_value(value: &Dynamic, out: &mut String, top: bool) {
    // Bytes, not characters: a cheap test, and at least as many as the characters.
    let full = |out: &String| out.len() > MAX_VALUE_CHARS * 4;
    // Checked before going into a list, too: a list nested thousands deep is written only
    // as deep as is shown.
    if full(out) {
        out.push('…');
        return;
    }
    if let Some(text) = value.read_lock::<rhai::ImmutableString>() {
        let start: String = text.chars().take(MAX_VALUE_CHARS + 1).collect();
        if top {
            out.push_str(&start);
        } else {
            out.push_str(&format!("{start:?}"));
        }
    } else if let Some(items) = value.read_lock::<rhai::Array>() {
        out.push('[');
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            if full(out) {
                out.push('…');
                break;
            }
            write_value(item, out, false);
        }
        out.push(']');
    } else if let Some(map) = value.read_lock::<rhai::Map>() {
        out.push_str("#{");
        for (index, (key, item)) in map.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            if full(out) {
                out.push('…');
                break;
            }
            out.push_str(&format!("{:?}: ", key.as_str()));
            write_value(item, out, false);
        }
        out.push('}');
    } else if value.is_unit() {
        // `print` shows nothing for "no value"; a table cell needs something to read.
        out.push_str("()");
    } else if top {
        out.push_str(&value.to_string());
    } else {
        out.push_str(&format!("{value:?}"));
    }
}
