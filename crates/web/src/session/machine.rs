//! The run state of a page, as plain data: what the learner asked for (run, check, change
//! an input, stop, type) and what the worker said, in; what the page must do, out
//! ([`Effect`]s). No signals, no worker, no DOM, so every transition is tested natively;
//! [`super::Session`] applies the effects to the page.
//!
//! A run is one of three kinds: a run the learner asked for, whose output streams onto the
//! page as it comes; a quiet re-run after an app's input changed, whose output gathers
//! until the run ends and then replaces the old output at once (so nothing flickers and the
//! input keeps its focus); and a check run ("Check my code"), whose check results arrive
//! at the end.
//!
//! What it says (the status line, the page's own lines in the Output) it says as
//! [`Message`]s, which the session renders in the learner's language: the machine knows
//! no words, and its tests run without a page.

use c4h_messages::Message;
use c4h_protocol::{
    Diagnostic, Event, InputControl, InputValue, InputValues, Outcome, Request, Stream, TraceJson,
    truncation_notice,
};

use super::items::{LineKind, OutputKind};

/// One check's result: whether it passed, and its own words if it gave them.
pub type CheckResult = (bool, Option<c4h_protocol::Message>);

/// What the page must do, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Send this request to the worker.
    Send(Request),
    /// Throw the worker away and start a fresh one (the only way to stop a stuck script).
    RestartWorker,
    /// Say this in the status line.
    Status(Message),
    /// Empty the Output panel.
    ClearOutput,
    /// Add this to the Output panel.
    Show(OutputKind),
    /// Replace everything in the Output panel with these.
    ReplaceOutput(Vec<OutputKind>),
    /// Mark these problems in the editor (none: clear the marks).
    Mark(Vec<Diagnostic>),
    /// The app's form is now these inputs.
    SetInputs(Vec<InputControl>),
    /// The results of a check run, or `None` while a new check runs.
    CheckResults(Option<Vec<CheckResult>>),
    /// A run ended (for an embedding host page).
    RunFinished { completed: bool },
    /// A run the learner asked for (Run, Check my code) has ended: bring its result into
    /// view (a phone shows the output below the fold). Not after an app's re-run.
    Reveal,
    /// "Watch it run": the steps of the run that just ended, to watch; `None` ends
    /// watching (a new run's output is not the trace's).
    Watch(Option<Box<Watched>>),
}

/// A watched run's steps (as JSON, read by the "Watch it run" part) and the problem that
/// ended it, if one did.
#[derive(Debug, Clone, PartialEq)]
pub struct Watched {
    pub trace: TraceJson,
    pub error: Option<Diagnostic>,
}

/// What kind of run is going.
#[derive(Debug, Clone, PartialEq)]
enum RunKind {
    /// Asked for: output is shown as it comes.
    Shown,
    /// A re-run after an input changed: output gathers here until the end.
    Quiet { gathered: Vec<OutputKind> },
    /// "Check my code": the checks' results gather here until the end.
    Checking { results: Vec<CheckResult> },
    /// "Watch it run": output is shown as it comes; the steps arrive before the end.
    Watching { trace: Option<TraceJson> },
}

/// A run that is going.
#[derive(Debug, Clone, PartialEq)]
struct Running {
    run: u32,
    kind: RunKind,
    /// The inputs this run has asked for so far, in order.
    inputs: Vec<InputControl>,
    /// The error that ended it, if one did.
    error: Option<Diagnostic>,
    /// An input changed meanwhile: run again when this run ends.
    rerun_wanted: bool,
}

/// The run state of one page (the playground, a lesson, an app).
#[derive(Debug, Default)]
pub struct RunMachine {
    running: Option<Running>,
    runs_started: u32,
    /// The newest syntax check asked for; an older answer is ignored.
    syntax_request: u32,
    /// The values the learner set in the app's form, by label.
    values: InputValues,
    /// The inputs on the page now.
    inputs_shown: Vec<InputControl>,
    /// The code of the last run: an input change re-runs it.
    last_code: String,
    announced_ready: bool,
    /// The worker has said it is ready (since it last started).
    worker_ready: bool,
}

/// The status line after a run.
fn status_after(outcome: Outcome, elapsed_millis: f64, error: Option<&Diagnostic>) -> Message {
    match (outcome, error.and_then(|diagnostic| diagnostic.line)) {
        (Outcome::Completed, _) => {
            Message::new("run-finished").with("milliseconds", elapsed_millis.round())
        }
        (Outcome::Failed, Some(line)) => Message::new("run-problem-on-line").with("line", line),
        (Outcome::Failed, None) => Message::new("run-problem"),
    }
}

fn already_running() -> Effect {
    Effect::Status(Message::new("run-already-running"))
}

/// The status line as a run starts: checking, watching or running, or waiting for the
/// worker.
fn starting(kind: &RunKind, worker_ready: bool) -> Effect {
    Effect::Status(Message::new(match (worker_ready, kind) {
        (false, _) => "run-getting-ready",
        (true, RunKind::Checking { .. }) => "run-checking",
        (true, RunKind::Watching { .. }) => "run-watching",
        (true, _) => "run-running",
    }))
}

/// A line of the page's own in the Output panel, such as "Stopped.".
fn say(kind: LineKind, message: Message) -> Effect {
    Effect::Show(OutputKind::Said(kind, message))
}

impl RunMachine {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// The learner pressed Run.
    pub fn run(&mut self, code: String) -> Vec<Effect> {
        self.start_asked(code, RunKind::Shown, None)
    }

    /// The learner pressed "Watch it run": run `code` as Run does, recording its steps.
    pub fn watch(&mut self, code: String) -> Vec<Effect> {
        self.start_asked(code, RunKind::Watching { trace: None }, None)
    }

    /// The learner pressed "Check my code": run `code`, then the lesson's `checks`.
    pub fn check(&mut self, code: String, checks: Vec<String>) -> Vec<Effect> {
        let kind = RunKind::Checking {
            results: Vec::new(),
        };
        self.start_asked(code, kind, Some(checks))
    }

    /// A run the learner asked for, unless one is going. A lesson's check results and a
    /// watched run's steps belong to the run that made them: a new run's output must not
    /// sit beside "All checks passed" (or "Not checked") or steps of the last one.
    fn start_asked(
        &mut self,
        code: String,
        kind: RunKind,
        checks: Option<Vec<String>>,
    ) -> Vec<Effect> {
        if self.is_running() {
            return vec![already_running()];
        }
        let mut effects = vec![
            Effect::ClearOutput,
            Effect::CheckResults(None),
            Effect::Watch(None),
        ];
        effects.extend(self.start(code, kind, checks));
        effects
    }

    /// A run the early playground (www/boot.js) sent as run number `run` before this app
    /// arrived: this page takes it on as its own, so the events the worker sent for it (and
    /// sends still) are shown here. Later runs are numbered after it.
    pub fn adopt(&mut self, run: u32, code: String) -> Vec<Effect> {
        self.runs_started = run;
        self.last_code = code;
        self.running = Some(Running {
            run,
            kind: RunKind::Shown,
            inputs: Vec::new(),
            error: None,
            rerun_wanted: false,
        });
        // boot.js sends a run only once the worker is ready.
        vec![
            Effect::ClearOutput,
            Effect::Status(Message::new("run-running")),
        ]
    }

    /// The learner changed an app's input: re-run the last code with it, quietly, now or
    /// when the current run ends.
    pub fn set_input(&mut self, label: &str, value: InputValue) -> Vec<Effect> {
        self.values.insert(label.to_owned(), value);
        match &mut self.running {
            Some(running) => {
                running.rerun_wanted = true;
                Vec::new()
            }
            None => self.rerun(),
        }
    }

    fn rerun(&mut self) -> Vec<Effect> {
        let code = self.last_code.clone();
        self.start(
            code,
            RunKind::Quiet {
                gathered: Vec::new(),
            },
            None,
        )
    }

    fn start(&mut self, code: String, kind: RunKind, checks: Option<Vec<String>>) -> Vec<Effect> {
        self.runs_started = self.runs_started.wrapping_add(1);
        let run = self.runs_started;
        // A syntax check still on its way must not replace this run's marks.
        self.syntax_request = self.syntax_request.wrapping_add(1);
        self.last_code = code.clone();
        let status = starting(&kind, self.worker_ready);
        let inputs = self.values.clone();
        let request = match (checks, &kind) {
            (Some(checks), _) => Request::Check { run, code, checks },
            (None, RunKind::Watching { .. }) => Request::Watch { run, code, inputs },
            (None, _) => Request::Run { run, code, inputs },
        };
        self.running = Some(Running {
            run,
            kind,
            inputs: Vec::new(),
            error: None,
            rerun_wanted: false,
        });
        // The request waits in the runner's queue until the worker is ready: say so.
        vec![Effect::Mark(Vec::new()), status, Effect::Send(request)]
    }

    /// The learner pressed Stop: the worker is thrown away, since a script in a loop never
    /// yields.
    pub fn stop(&mut self) -> Vec<Effect> {
        let Some(running) = self.running.take() else {
            return vec![Effect::Status(Message::new("run-nothing-to-stop"))];
        };
        self.worker_ready = false;
        let mut effects = vec![Effect::RestartWorker];
        effects.extend(gathered_output(running.kind));
        effects.push(say(LineKind::Notice, Message::new("run-stopped")));
        effects.push(Effect::Status(Message::new("run-stopped")));
        effects
    }

    /// The learner typed: the number of the syntax check to send once they pause, so that
    /// only the newest answer counts.
    pub fn next_syntax_check(&mut self) -> u32 {
        self.syntax_request = self.syntax_request.wrapping_add(1);
        self.syntax_request
    }

    /// The delay after typing has passed: the request to send for syntax check `request`,
    /// if it is still the newest and no run is going.
    pub fn syntax_check_due(&self, request: u32, code: String) -> Option<Request> {
        (request == self.syntax_request && !self.is_running())
            .then_some(Request::CheckSyntax { request, code })
    }

    /// The worker answered syntax check `request`.
    pub fn syntax_answered(&self, request: u32, diagnostics: Vec<Diagnostic>) -> Vec<Effect> {
        if request == self.syntax_request && !self.is_running() {
            vec![Effect::Mark(diagnostics)]
        } else {
            Vec::new()
        }
    }

    /// The worker is ready (again, after Stop or a crash).
    pub fn worker_ready(&mut self) -> Vec<Effect> {
        self.worker_ready = true;
        let first = !self.announced_ready;
        self.announced_ready = true;
        // A run asked for while the worker was loading starts now.
        if let Some(running) = &self.running {
            return vec![starting(&running.kind, true)];
        }
        // Only the first time: after Stop, "Stopped" is the news, not a fresh worker.
        if first {
            vec![Effect::Status(Message::new("run-ready"))]
        } else {
            Vec::new()
        }
    }

    /// Something happened in run `run`; events of any other run are old news.
    pub fn event(&mut self, run: u32, event: Event) -> Vec<Effect> {
        let Some(running) = self.running.as_mut().filter(|running| running.run == run) else {
            return Vec::new();
        };
        // Each kind's own text, not `Event::to_text`: that would bring every kind's text
        // (a chart's description, a table as text) into the page's first download.
        let shown = match event {
            Event::Output { stream, text } => {
                let kind = match stream {
                    Stream::Print => LineKind::Print,
                    Stream::Debug => LineKind::Debug,
                };
                OutputKind::Line(kind, text)
            }
            Event::OutputTruncated { max_output_bytes } => {
                OutputKind::Said(LineKind::Notice, truncation_notice(max_output_bytes))
            }
            Event::Diagnostic { diagnostic } => {
                running.error = Some(diagnostic.clone());
                let problem = OutputKind::Problem(Box::new(diagnostic.clone()));
                let mut effects = show_in(running, problem);
                effects.push(Effect::Mark(vec![diagnostic]));
                return effects;
            }
            Event::Table { table } => OutputKind::Table(table),
            Event::Chart { chart } => OutputKind::Chart(Box::new(chart)),
            Event::Show { label, value } => OutputKind::Shown { label, value },
            Event::Input { input } => {
                running.inputs.push(input);
                return Vec::new();
            }
            Event::Trace { trace } => {
                if let RunKind::Watching { trace: kept } = &mut running.kind {
                    *kept = Some(trace);
                }
                return Vec::new();
            }
            Event::Check {
                passed, message, ..
            } => {
                if let RunKind::Checking { results } = &mut running.kind {
                    results.push((passed, message));
                }
                return Vec::new();
            }
            Event::Finished {
                outcome,
                elapsed_millis,
                ..
            } => return self.finished(outcome, elapsed_millis),
        };
        show_in(running, shown)
    }

    fn finished(&mut self, outcome: Outcome, elapsed_millis: f64) -> Vec<Effect> {
        let Some(running) = self.running.take() else {
            return Vec::new();
        };
        let mut effects = Vec::new();
        if !matches!(running.kind, RunKind::Quiet { .. }) {
            effects.push(Effect::Reveal);
        }
        let mut watched = None;
        let results = match running.kind {
            RunKind::Checking { results } => Some(results),
            RunKind::Watching { trace } => {
                watched = trace.map(|trace| {
                    Box::new(Watched {
                        trace,
                        error: running.error.clone(),
                    })
                });
                None
            }
            other => {
                effects.extend(gathered_output(other));
                None
            }
        };
        if running.inputs != self.inputs_shown {
            self.inputs_shown = running.inputs.clone();
            effects.push(Effect::SetInputs(running.inputs));
        }
        effects.push(Effect::Status(status_after(
            outcome,
            elapsed_millis,
            running.error.as_ref(),
        )));
        if let Some(results) = results {
            effects.push(Effect::CheckResults(Some(results)));
        }
        if watched.is_some() {
            effects.push(Effect::Watch(watched));
        }
        effects.push(Effect::RunFinished {
            completed: outcome == Outcome::Completed,
        });
        if running.rerun_wanted {
            effects.extend(self.rerun());
        }
        effects
    }

    /// The worker died (it could not load, or the browser's stack ran out).
    pub fn crashed(&mut self, message: &str) -> Vec<Effect> {
        self.worker_ready = false;
        let running = self.running.take();
        // The browser's own stack (not the sandbox's limits) runs out when a script nests
        // lists or maps thousands of levels deep: Rhai copies, measures and frees such
        // values recursively. That is the script's doing, so say so plainly.
        // The browser's words ("Maximum call stack size exceeded").
        let stack = message.contains("call stack"); // not learner text
        let (line, status) = if running.is_some() && stack {
            ("run-nested", "run-nested-status")
        } else {
            ("run-crashed", "run-crashed-status")
        };
        let mut effects = Vec::new();
        if let Some(running) = running {
            effects.extend(gathered_output(running.kind));
            effects.push(say(LineKind::Error, Message::new(line)));
        }
        effects.push(Effect::Status(Message::new(status)));
        effects
    }
}

/// Shows `item` on the page, or gathers it for the end of a quiet re-run.
fn show_in(running: &mut Running, item: OutputKind) -> Vec<Effect> {
    match &mut running.kind {
        RunKind::Quiet { gathered } => {
            gathered.push(item);
            Vec::new()
        }
        _ => vec![Effect::Show(item)],
    }
}

/// A quiet re-run's gathered output, to put on the page now.
fn gathered_output(kind: RunKind) -> Option<Effect> {
    match kind {
        RunKind::Quiet { gathered } => Some(Effect::ReplaceOutput(gathered)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use c4h_messages::{Catalogue, Lang};
    use c4h_protocol::{DiagnosticKind, InputKind};

    /// A message in English, as the learner reads it (the page's catalogues).
    fn english(message: &Message) -> String {
        let mut catalogue =
            Catalogue::parse(include_str!("../../../../messages/en/shell.ftl")).unwrap();
        catalogue
            .extend(Catalogue::parse(include_str!("../../../../messages/en/page.ftl")).unwrap());
        c4h_messages::render(&catalogue, Lang::En, message)
            .unwrap_or_else(|| panic!("no English for {message:?}"))
    }

    /// What the status line says after `effects`, in English.
    fn statuses(effects: &[Effect]) -> Vec<String> {
        effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Status(message) => Some(english(message)),
                _ => None,
            })
            .collect()
    }

    /// Whether `effects` say `text` in the status line.
    fn says(effects: &[Effect], text: &str) -> bool {
        statuses(effects).iter().any(|status| status == text)
    }

    /// The page's own lines that `effects` show in the Output, in English.
    fn said_lines(effects: &[Effect]) -> Vec<(LineKind, String)> {
        effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Show(OutputKind::Said(kind, message)) => Some((*kind, english(message))),
                _ => None,
            })
            .collect()
    }

    fn printed(text: &str) -> Event {
        Event::Output {
            stream: Stream::Print,
            text: text.into(),
        }
    }

    fn finished(outcome: Outcome) -> Event {
        Event::Finished {
            outcome,
            operations: 10,
            elapsed_millis: 3.4,
        }
    }

    fn sent(effects: &[Effect]) -> Vec<&Request> {
        effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Send(request) => Some(request),
                _ => None,
            })
            .collect()
    }

    fn weight_input(value: f64) -> InputControl {
        InputControl {
            label: "Weight".into(),
            kind: InputKind::Number {
                default: 70.0,
                min: Some(20.0),
                max: Some(300.0),
                whole: false,
            },
            value: InputValue::Number(value),
        }
    }

    /// A machine whose worker has said it is ready.
    fn ready_machine() -> RunMachine {
        let mut machine = RunMachine::default();
        machine.worker_ready();
        machine
    }

    #[test]
    fn a_run_clears_the_output_streams_its_lines_and_reports_the_end() {
        let mut machine = ready_machine();
        let effects = machine.run("print(1);".into());
        assert_eq!(effects[0], Effect::ClearOutput);
        assert_eq!(
            sent(&effects),
            vec![&Request::Run {
                run: 1,
                code: "print(1);".into(),
                inputs: InputValues::new()
            }]
        );
        assert!(says(&effects, "Running your code…"));
        assert!(machine.is_running());
        assert_eq!(
            machine.event(1, printed("1\n")),
            vec![Effect::Show(OutputKind::Line(
                LineKind::Print,
                "1\n".into()
            ))]
        );
        let end = machine.event(1, finished(Outcome::Completed));
        assert!(says(&end, "Finished in 3 ms."));
        assert!(end.contains(&Effect::RunFinished { completed: true }));
        assert!(end.contains(&Effect::Reveal), "the result comes into view");
        assert!(!machine.is_running());
    }

    #[test]
    fn watching_runs_the_code_and_hands_over_its_steps_at_the_end() {
        let mut machine = ready_machine();
        let effects = machine.watch("let x = 1 / 0;".into());
        assert!(effects.contains(&Effect::Watch(None)), "an old trace goes");
        assert_eq!(
            sent(&effects),
            vec![&Request::Watch {
                run: 1,
                code: "let x = 1 / 0;".into(),
                inputs: InputValues::new()
            }]
        );
        assert!(says(
            &effects,
            "Running your code and keeping each step to watch…"
        ));
        let trace = c4h_protocol::TraceJson::new(&c4h_protocol::Trace::default());
        let diagnostic = Diagnostic {
            kind: DiagnosticKind::Runtime,
            line: Some(1),
            column: Some(11),
            code: None,
            message: Message::new("errors-divide-by-zero"),
            detail: String::new(),
        };
        machine.event(
            1,
            Event::Diagnostic {
                diagnostic: diagnostic.clone(),
            },
        );
        assert!(
            machine
                .event(
                    1,
                    Event::Trace {
                        trace: trace.clone()
                    }
                )
                .is_empty()
        );
        let end = machine.event(1, finished(Outcome::Failed));
        assert!(end.contains(&Effect::Watch(Some(Box::new(Watched {
            trace,
            error: Some(diagnostic),
        })))));
        assert!(end.contains(&Effect::Reveal));
        // The next Run ends watching; a trace sent for an ordinary run is ignored.
        let next = machine.run("print(1);".into());
        assert!(next.contains(&Effect::Watch(None)));
        let trace = c4h_protocol::TraceJson::new(&c4h_protocol::Trace::default());
        machine.event(2, Event::Trace { trace });
        let end = machine.event(2, finished(Outcome::Completed));
        assert!(!end.iter().any(|effect| matches!(effect, Effect::Watch(_))));
    }

    #[test]
    fn an_apps_rerun_does_not_move_the_page() {
        let mut machine = ready_machine();
        machine.run("let w = input_number(\"Weight\", 70.0);".into());
        machine.event(
            1,
            Event::Input {
                input: weight_input(70.0),
            },
        );
        machine.event(1, finished(Outcome::Completed));
        machine.set_input("Weight", InputValue::Number(80.0));
        let end = machine.event(2, finished(Outcome::Completed));
        assert!(end.contains(&Effect::RunFinished { completed: true }));
        assert!(!end.contains(&Effect::Reveal), "{end:?}");
    }

    #[test]
    fn a_second_run_while_running_is_refused_with_a_reason() {
        let mut machine = RunMachine::default();
        machine.run("loop {}".into());
        let refused = machine.run("print(2);".into());
        assert_eq!(refused.len(), 1);
        assert!(says(
            &refused,
            "Your code is already running. Press Stop to end it."
        ));
        assert_eq!(machine.check("x".into(), vec!["true".into()]), refused);
    }

    #[test]
    fn stop_restarts_the_worker_and_ignores_the_old_runs_events() {
        let mut machine = ready_machine();
        let nothing = machine.stop();
        assert_eq!(nothing.len(), 1);
        assert!(says(
            &nothing,
            "Nothing is running, so there is nothing to stop."
        ));
        machine.run("loop {}".into());
        let effects = machine.stop();
        assert_eq!(effects[0], Effect::RestartWorker);
        assert!(says(&effects, "Stopped. Your code has not changed."));
        assert_eq!(
            said_lines(&effects),
            vec![(
                LineKind::Notice,
                "Stopped. Your code has not changed.".to_owned()
            )]
        );
        assert!(!machine.is_running());
        assert!(machine.event(1, printed("late\n")).is_empty());
        // A fresh worker's "ready" after Stop does not replace "Stopped".
        assert!(machine.worker_ready().is_empty());
    }

    #[test]
    fn an_error_is_shown_marked_and_named_in_the_status() {
        let mut machine = RunMachine::default();
        machine.run("print(x);".into());
        let diagnostic = Diagnostic {
            kind: DiagnosticKind::Runtime,
            line: Some(1),
            column: Some(7),
            message: c4h_protocol::Message::new("errors-no-variable-make").with("name", "x"),
            code: Some("print(x);".into()),
            detail: String::new(),
        };
        let effects = machine.event(
            1,
            Event::Diagnostic {
                diagnostic: diagnostic.clone(),
            },
        );
        assert_eq!(
            effects[0],
            Effect::Show(OutputKind::Problem(Box::new(diagnostic.clone())))
        );
        assert_eq!(effects[1], Effect::Mark(vec![diagnostic]));
        let end = machine.event(1, finished(Outcome::Failed));
        assert!(says(
            &end,
            "Your code stopped: there is a problem on line 1. See the output."
        ));
        assert!(end.contains(&Effect::RunFinished { completed: false }));
    }

    #[test]
    fn an_input_change_re_runs_quietly_and_replaces_the_output_at_the_end() {
        let mut machine = RunMachine::default();
        machine.run("app".into());
        machine.event(
            1,
            Event::Input {
                input: weight_input(70.0),
            },
        );
        let end = machine.event(1, finished(Outcome::Completed));
        assert!(end.contains(&Effect::SetInputs(vec![weight_input(70.0)])));

        let effects = machine.set_input("Weight", InputValue::Number(80.0));
        assert!(!effects.contains(&Effect::ClearOutput));
        let mut values = InputValues::new();
        values.insert("Weight".into(), InputValue::Number(80.0));
        assert_eq!(
            sent(&effects),
            vec![&Request::Run {
                run: 2,
                code: "app".into(),
                inputs: values
            }]
        );
        // Output gathers instead of showing...
        assert!(machine.event(2, printed("BMI 26.1\n")).is_empty());
        machine.event(
            2,
            Event::Input {
                input: weight_input(80.0),
            },
        );
        // ...and replaces the old output at once when the run ends.
        let end = machine.event(2, finished(Outcome::Completed));
        assert_eq!(
            end[0],
            Effect::ReplaceOutput(vec![OutputKind::Line(LineKind::Print, "BMI 26.1\n".into())])
        );
        assert!(end.contains(&Effect::SetInputs(vec![weight_input(80.0)])));
    }

    #[test]
    fn inputs_changed_during_a_run_re_run_once_it_ends() {
        let mut machine = RunMachine::default();
        machine.run("app".into());
        assert!(
            machine
                .set_input("Weight", InputValue::Number(81.0))
                .is_empty()
        );
        assert!(
            machine
                .set_input("Weight", InputValue::Number(82.0))
                .is_empty()
        );
        let end = machine.event(1, finished(Outcome::Completed));
        let requests = sent(&end);
        assert_eq!(requests.len(), 1, "one re-run for both changes");
        assert!(matches!(
            requests[0],
            Request::Run { run: 2, inputs, .. } if inputs["Weight"] == InputValue::Number(82.0)
        ));
        // The same inputs as before: the form is not rebuilt.
        assert!(
            !machine
                .event(2, finished(Outcome::Completed))
                .iter()
                .any(|effect| matches!(effect, Effect::SetInputs(_)))
        );
    }

    #[test]
    fn checks_gather_their_results_for_the_end() {
        let mut machine = ready_machine();
        let effects = machine.check("let x = 1;".into(), vec!["x == 1".into(), "false".into()]);
        assert!(effects.contains(&Effect::CheckResults(None)));
        assert!(says(&effects, "Checking your code…"));
        assert!(
            matches!(sent(&effects)[0], Request::Check { run: 1, checks, .. } if checks.len() == 2)
        );
        for (index, passed) in [(0, true), (1, false)] {
            let message = (!passed).then(|| c4h_protocol::Message::new("errors-check-not-run"));
            assert!(
                machine
                    .event(
                        1,
                        Event::Check {
                            index,
                            passed,
                            message
                        }
                    )
                    .is_empty()
            );
        }
        let end = machine.event(1, finished(Outcome::Completed));
        assert!(end.contains(&Effect::CheckResults(Some(vec![
            (true, None),
            (
                false,
                Some(c4h_protocol::Message::new("errors-check-not-run"))
            )
        ]))));
    }

    #[test]
    fn a_crash_during_a_run_says_what_happened_and_the_next_run_works() {
        let mut machine = RunMachine::default();
        machine.run("deep".into());
        let effects = machine.crashed("Maximum call stack size exceeded");
        let lines = said_lines(&effects);
        assert!(
            matches!(&lines[..], [(LineKind::Error, text)] if text.contains("nested too deeply")),
            "{lines:?}"
        );
        assert!(!machine.is_running());
        let crashed = machine.crashed("could not load");
        assert_eq!(crashed.len(), 1);
        assert!(says(
            &crashed,
            "The code runner stopped unexpectedly. Press Run to try again."
        ));
        assert!(!sent(&machine.run("print(1);".into())).is_empty());
    }

    #[test]
    fn a_run_the_early_playground_sent_is_taken_on_without_sending_it_again() {
        let mut machine = RunMachine::default();
        let adopted = machine.adopt(2, "print(2);".into());
        assert!(sent(&adopted).is_empty(), "boot.js has sent it already");
        assert_eq!(adopted[0], Effect::ClearOutput);
        assert!(says(&adopted, "Running your code…"));
        assert!(machine.is_running());
        // The worker's messages, read again by the app: "ready", then the run's events.
        assert!(says(&machine.worker_ready(), "Running your code…"));
        assert!(
            machine.event(1, printed("old\n")).is_empty(),
            "an earlier early run"
        );
        assert_eq!(
            machine.event(2, printed("2\n")),
            vec![Effect::Show(OutputKind::Line(
                LineKind::Print,
                "2\n".into()
            ))]
        );
        assert!(says(
            &machine.event(2, finished(Outcome::Completed)),
            "Finished in 3 ms."
        ));
        // The app's own runs are numbered after it, so none is mistaken for it.
        let next = machine.run("print(3);".into());
        assert!(matches!(sent(&next)[..], [Request::Run { run: 3, .. }]));
    }

    #[test]
    fn a_run_before_the_worker_is_ready_says_so_and_starts_when_it_is() {
        let mut machine = RunMachine::default();
        let effects = machine.run("print(1);".into());
        assert!(says(
            &effects,
            "Getting ready… Your code will run as soon as the code runner has loaded."
        ));
        assert_eq!(sent(&effects).len(), 1, "queued in the runner until ready");
        let ready = machine.worker_ready();
        assert_eq!(ready.len(), 1);
        assert!(says(&ready, "Running your code…"));
        machine.event(1, finished(Outcome::Completed));
        // The first "ready" came during a run: there is nothing more to announce.
        assert!(machine.worker_ready().is_empty());
    }

    #[test]
    fn only_the_newest_syntax_check_counts_and_never_during_a_run() {
        let mut machine = RunMachine::default();
        let first = machine.next_syntax_check();
        let second = machine.next_syntax_check();
        assert_eq!(machine.syntax_check_due(first, "let".into()), None);
        assert!(machine.syntax_check_due(second, "let x".into()).is_some());
        assert!(machine.syntax_answered(first, Vec::new()).is_empty());
        assert_eq!(
            machine.syntax_answered(second, Vec::new()),
            vec![Effect::Mark(Vec::new())]
        );
        machine.run("let x = 1;".into());
        // A run started after the request: its answer must not replace the run's marks.
        assert!(machine.syntax_answered(second, Vec::new()).is_empty());
        let third = machine.next_syntax_check();
        assert_eq!(machine.syntax_check_due(third, "x".into()), None);
    }

    #[test]
    fn output_cut_short_says_so_with_the_limit_as_people_write_it() {
        let mut machine = ready_machine();
        machine.run("loop { print(1); }".into());
        let effects = machine.event(
            1,
            Event::OutputTruncated {
                max_output_bytes: 1_000_000,
            },
        );
        let lines = said_lines(&effects);
        assert!(
            matches!(&lines[..], [(LineKind::Notice, text)]
                if text.starts_with("Output stopped here: your script printed more than 1,000,000 characters.")),
            "{lines:?}"
        );
    }
}
