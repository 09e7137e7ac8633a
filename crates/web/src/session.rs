//! Running scripts and keeping what they show: the state both the playground and the app
//! view are built on.
//!
//! A [`Session`] owns the worker ([`Runner`]), the Output panel's items, the app's inputs
//! and the values the learner set in them, and the status line. The Run button starts a
//! run that streams its output as it comes; changing an app's input starts a quiet re-run
//! of the same code whose results replace the old ones all at once when it finishes, so
//! the form and results never flicker, and the input being typed in keeps its focus.

use std::rc::Rc;

use c4h_protocol::{
    Diagnostic, Event, InputControl, InputValue, InputValues, Outcome, Request, Stream,
    WorkerMessage,
};
use leptos::prelude::*;

use crate::output::{LineKind, OutputItem, OutputKind};
use crate::runner::{Runner, RunnerEvent};

/// One check's result: whether it passed, and its own words if it gave them.
pub type CheckResult = (bool, Option<String>);

/// Where diagnostics go to be marked in an editor (the playground has one; the app view not).
pub type DiagnosticsMarker = Rc<dyn Fn(&[Diagnostic])>;

#[derive(Clone, Copy)]
pub struct Session {
    /// What the Output panel shows.
    pub items: RwSignal<Vec<OutputItem>>,
    /// The app's form: the inputs of the last finished run, in the order it asked for them.
    pub inputs: RwSignal<Vec<InputControl>>,
    pub status: RwSignal<String>,
    /// The results of the last "Check my code": (passed, the check's own message).
    pub check_results: RwSignal<Option<Vec<CheckResult>>>,
    /// Check results arriving during a check run (`None` for a plain run).
    run_checks: StoredValue<Option<Vec<CheckResult>>>,
    current_run: RwSignal<Option<u32>>,
    runs_started: StoredValue<u32>,
    next_item_id: StoredValue<usize>,
    /// The values the learner has set, by label.
    values: StoredValue<InputValues>,
    /// The code of the last run: an input change re-runs it.
    last_code: StoredValue<String>,
    /// An input changed while a run was going: run again when it ends.
    rerun_wanted: StoredValue<bool>,
    /// While a quiet re-run goes, its items gather here instead of on the page.
    gathering: StoredValue<Option<Vec<OutputItem>>>,
    run_inputs: StoredValue<Vec<InputControl>>,
    last_error: StoredValue<Option<Diagnostic>>,
    announced_ready: StoredValue<bool>,
    syntax_checks: StoredValue<u32>,
    runner: StoredValue<Option<Runner>, LocalStorage>,
    marker: StoredValue<Option<DiagnosticsMarker>, LocalStorage>,
}

fn status_after(outcome: Outcome, elapsed_millis: f64, error: Option<&Diagnostic>) -> String {
    match (outcome, error.and_then(|diagnostic| diagnostic.line)) {
        (Outcome::Completed, _) => format!("Finished in {} ms.", elapsed_millis.round()),
        (Outcome::Failed, Some(line)) => {
            format!("Your code stopped: there is a problem on line {line}. See the output.")
        }
        (Outcome::Failed, None) => "Your code stopped with a problem. See the output.".into(),
    }
}

impl Session {
    /// A session with no worker yet (see [`Session::warm_up`]). `marker` marks diagnostics
    /// in an editor, if there is one.
    pub fn new(marker: Option<DiagnosticsMarker>) -> Session {
        let session = Session {
            items: RwSignal::new(Vec::new()),
            inputs: RwSignal::new(Vec::new()),
            status: RwSignal::new("Getting ready to run code…".into()),
            check_results: RwSignal::new(None),
            run_checks: StoredValue::new(None),
            current_run: RwSignal::new(None),
            runs_started: StoredValue::new(0),
            next_item_id: StoredValue::new(0),
            values: StoredValue::new(InputValues::new()),
            last_code: StoredValue::new(String::new()),
            rerun_wanted: StoredValue::new(false),
            gathering: StoredValue::new(None),
            run_inputs: StoredValue::new(Vec::new()),
            last_error: StoredValue::new(None),
            announced_ready: StoredValue::new(false),
            syntax_checks: StoredValue::new(0),
            runner: StoredValue::new_local(None),
            marker: StoredValue::new_local(marker),
        };
        session.runner.set_value(Some(Runner::new(move |event| {
            session.on_runner_event(event)
        })));
        session
    }

    fn with_runner(&self, action: impl FnOnce(&Runner)) {
        self.runner.with_value(|runner| {
            if let Some(runner) = runner {
                action(runner);
            }
        });
    }

    /// Starts the worker now, so the first Run does not wait for it.
    pub fn warm_up(&self) {
        self.with_runner(Runner::warm_up);
    }

    pub fn is_running(&self) -> bool {
        self.current_run.get().is_some()
    }

    fn mark(&self, diagnostics: &[Diagnostic]) {
        self.marker.with_value(|marker| {
            if let Some(marker) = marker {
                marker(diagnostics);
            }
        });
    }

    fn push(&self, kind: OutputKind) {
        let id = self.next_item_id.get_value();
        self.next_item_id.set_value(id + 1);
        let item = OutputItem { id, kind };
        let gathered = self
            .gathering
            .try_update_value(|gathering| match gathering {
                Some(items) => {
                    items.push(item.clone());
                    true
                }
                None => false,
            });
        if gathered != Some(true) {
            self.items.update(|items| items.push(item));
        }
    }

    fn push_line(&self, kind: LineKind, text: String) {
        self.push(OutputKind::Line(kind, text));
    }

    /// Runs `code`, showing its output as it comes. Says so instead if a run is going.
    pub fn run(&self, code: String) {
        if self.clear_for_new_run() {
            self.start(code, None);
        }
    }

    /// Runs `code` and then a lesson's `checks` after it ("Check my code"); the results
    /// arrive in `check_results` when the run ends.
    pub fn check(&self, code: String, checks: Vec<String>) {
        if self.clear_for_new_run() {
            self.check_results.set(None);
            self.start(code, Some(checks));
        }
    }

    /// Clears the Output panel for a run the learner asked for; false (and says why) if a
    /// run is still going.
    fn clear_for_new_run(&self) -> bool {
        if self.current_run.get_untracked().is_some() {
            self.status
                .set("Your code is already running. Press Stop to end it.".into());
            return false;
        }
        self.items.set(Vec::new());
        self.gathering.set_value(None);
        true
    }

    /// Sets an input's value and re-runs the last code with it (after the current run,
    /// if one is going).
    pub fn set_input(&self, label: &str, value: InputValue) {
        self.values.update_value(|values| {
            values.insert(label.to_owned(), value);
        });
        if self.current_run.get_untracked().is_some() {
            self.rerun_wanted.set_value(true);
        } else {
            self.rerun();
        }
    }

    fn rerun(&self) {
        self.gathering.set_value(Some(Vec::new()));
        self.start(self.last_code.get_value(), None);
    }

    fn start(&self, code: String, checks: Option<Vec<String>>) {
        let run = self.runs_started.get_value().wrapping_add(1);
        self.runs_started.set_value(run);
        // A syntax check still on its way must not replace this run's marks.
        self.syntax_checks
            .update_value(|request| *request = request.wrapping_add(1));
        self.last_error.set_value(None);
        self.run_inputs.set_value(Vec::new());
        self.rerun_wanted.set_value(false);
        self.mark(&[]);
        self.last_code.set_value(code.clone());
        self.current_run.set(Some(run));
        let request = match checks {
            Some(checks) => {
                self.run_checks.set_value(Some(Vec::new()));
                self.status.set("Checking your code…".into());
                Request::Check { run, code, checks }
            }
            None => {
                self.run_checks.set_value(None);
                self.status.set("Running your code…".into());
                let inputs = self.values.get_value();
                Request::Run { run, code, inputs }
            }
        };
        self.with_runner(|runner| runner.send(&request));
    }

    /// Ends the run at once by throwing the worker away (a script in a loop never yields).
    pub fn stop(&self) {
        if self.current_run.get_untracked().is_none() {
            self.status
                .set("Nothing is running, so there is nothing to stop.".into());
            return;
        }
        self.with_runner(Runner::restart);
        self.current_run.set(None);
        self.rerun_wanted.set_value(false);
        self.show_gathered();
        self.push_line(
            LineKind::Notice,
            "Stopped. Your code has not changed.\n".into(),
        );
        self.status
            .set("Stopped. Your code has not changed.".into());
    }

    /// Asks the worker to check `code`'s syntax after the learner pauses typing; the
    /// answer is marked in the editor unless a newer check or a run came since.
    pub fn check_syntax_later(&self, code: String, delay: std::time::Duration) {
        let request = self.syntax_checks.get_value().wrapping_add(1);
        self.syntax_checks.set_value(request);
        let session = *self;
        set_timeout(
            move || {
                let still_newest = session.syntax_checks.get_value() == request;
                if still_newest && session.current_run.get_untracked().is_none() {
                    session
                        .with_runner(|runner| runner.send(&Request::CheckSyntax { request, code }));
                }
            },
            delay,
        );
    }

    /// Puts a quiet re-run's gathered items on the page.
    fn show_gathered(&self) {
        if let Some(items) = self.gathering.try_update_value(Option::take).flatten() {
            self.items.set(items);
        }
    }

    fn on_run_event(&self, event: Event) {
        let text = event.to_text().unwrap_or_default();
        match event {
            Event::Output { stream, .. } => {
                let kind = match stream {
                    Stream::Print => LineKind::Print,
                    Stream::Debug => LineKind::Debug,
                };
                self.push_line(kind, text);
            }
            Event::OutputTruncated { .. } => self.push_line(LineKind::Notice, text),
            Event::Diagnostic { diagnostic } => {
                self.push_line(LineKind::Error, text);
                self.mark(std::slice::from_ref(&diagnostic));
                self.last_error.set_value(Some(diagnostic));
            }
            Event::Table { table } => self.push(OutputKind::Table(table)),
            Event::Chart { chart } => self.push(OutputKind::Chart(Box::new(chart))),
            Event::Show { label, value } => self.push(OutputKind::Shown { label, value }),
            Event::Input { input } => self.run_inputs.update_value(|inputs| inputs.push(input)),
            Event::Check {
                passed, message, ..
            } => self.run_checks.update_value(|results| {
                if let Some(results) = results {
                    results.push((passed, message));
                }
            }),
            Event::Finished {
                outcome,
                elapsed_millis,
                ..
            } => {
                self.current_run.set(None);
                self.show_gathered();
                let inputs = self.run_inputs.get_value();
                if self.inputs.with_untracked(|shown| *shown != inputs) {
                    self.inputs.set(inputs);
                }
                let error = self.last_error.get_value();
                self.status
                    .set(status_after(outcome, elapsed_millis, error.as_ref()));
                if let Some(results) = self.run_checks.try_update_value(Option::take).flatten() {
                    self.check_results.set(Some(results));
                }
                crate::embed::run_finished(outcome == Outcome::Completed);
                if self.rerun_wanted.get_value() {
                    self.rerun();
                }
            }
        }
    }

    fn on_runner_event(&self, event: RunnerEvent) {
        match event {
            RunnerEvent::Message(WorkerMessage::Ready) => {
                // Only the first time: after Stop, "Stopped" is the news, not a fresh worker.
                if !self.announced_ready.get_value() && self.current_run.get_untracked().is_none() {
                    self.status.set("Ready. Press Run to run your code.".into());
                }
                self.announced_ready.set_value(true);
            }
            RunnerEvent::Message(WorkerMessage::Event { run, event }) => {
                if self.current_run.get_untracked() == Some(run) {
                    self.on_run_event(event);
                }
            }
            RunnerEvent::Message(WorkerMessage::Syntax {
                request,
                diagnostics,
            }) => {
                if request == self.syntax_checks.get_value()
                    && self.current_run.get_untracked().is_none()
                {
                    self.mark(&diagnostics);
                }
            }
            RunnerEvent::Message(WorkerMessage::BadRequest { message }) => {
                leptos::logging::error!("the worker could not read a request: {message}");
            }
            // The runner turns this into `Crashed` and never passes it on.
            RunnerEvent::Message(
                WorkerMessage::LoadFailed { .. } | WorkerMessage::DataReady { .. },
            ) => {}
            RunnerEvent::Crashed(message) => self.on_crash(&message),
        }
    }

    fn on_crash(&self, message: &str) {
        leptos::logging::error!("the code runner failed: {message}");
        let was_running = self.current_run.get_untracked().is_some();
        // The browser's own stack (not the sandbox's limits) runs out when a script nests
        // lists or maps thousands of levels deep: Rhai copies, measures and frees such
        // values recursively. That is the script's doing, so say so plainly.
        let (line, new_status) = if was_running && message.contains("call stack") {
            (
                "Stopped: your script built something nested too deeply, such as a list \
                 inside a list inside a list, thousands of levels deep, and the code \
                 runner ran out of room. Your code has not changed.\n",
                "Your code stopped: something was nested too deeply. See the output.",
            )
        } else {
            (
                "The code runner stopped unexpectedly. Your code has not changed. \
                 Press Run to try again.\n",
                "The code runner stopped unexpectedly. Press Run to try again.",
            )
        };
        if was_running {
            self.current_run.set(None);
            self.show_gathered();
            self.push_line(LineKind::Error, line.into());
        }
        self.status.set(new_status.into());
    }
}
