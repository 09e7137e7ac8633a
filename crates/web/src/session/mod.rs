//! Running scripts and keeping what they show: the state the playground, a lesson page and
//! the app view are each built on.
//!
//! A [`Session`] owns the worker ([`Runner`]) and the signals the page draws: the Output
//! panel's items, the app's inputs, the status line and the last check results. What
//! happens on Run, Stop, an input change or a worker message is decided by the pure
//! [`machine::RunMachine`] (tested natively); the session applies its [`Effect`]s. A page
//! makes one session and provides it as context: [`Session::provide`], [`use_session`].

pub mod items;
pub mod machine;

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use c4h_protocol::{Diagnostic, InputControl, InputValue, WorkerMessage};
use leptos::prelude::*;

use crate::i18n::{self, tr};
use crate::runner::{Runner, RunnerEvent};
use items::{OutputItem, OutputKind};
pub use machine::{CheckResult, Watched};
use machine::{Effect, RunMachine};

/// "Watch it run" on this page: nothing to watch, a run's steps, or steps that no longer
/// match the code (the learner edited it).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum WatchState {
    #[default]
    Off,
    Watching(Arc<Watched>),
    Edited,
}

/// Where diagnostics go to be marked in an editor (pages with an editor give one).
pub type DiagnosticsMarker = Rc<dyn Fn(&[Diagnostic])>;

/// How long the learner pauses typing before the code is checked for syntax errors.
const SYNTAX_CHECK_DELAY: Duration = Duration::from_millis(400);

#[derive(Clone, Copy)]
pub struct Session {
    /// What the Output panel shows.
    pub items: RwSignal<Vec<OutputItem>>,
    /// The app's form: the inputs of the last finished run, in the order it asked for them.
    pub inputs: RwSignal<Vec<InputControl>>,
    pub status: RwSignal<String>,
    /// The results of the last "Check my code": (passed, the check's own message).
    pub check_results: RwSignal<Option<Vec<CheckResult>>>,
    /// How many runs the learner asked for have ended: the result comes into view after
    /// each (reveal.rs).
    pub reveals: RwSignal<u32>,
    /// How the last run ended: `None` until one has, then whether it completed (a shared
    /// app tells its user in plain words when it could not work out its results).
    pub last_completed: RwSignal<Option<bool>>,
    /// The labels of an app's inputs that hold a value the app cannot use (app_form.rs):
    /// its results are hidden until they are fixed (output.rs).
    pub invalid_inputs: RwSignal<Vec<String>>,
    /// "Watch it run": the steps of the last watched run, while they match the code.
    pub watch: RwSignal<WatchState>,
    running: RwSignal<bool>,
    machine: StoredValue<RunMachine>,
    next_item_id: StoredValue<usize>,
    runner: StoredValue<Option<Runner>, LocalStorage>,
    marker: StoredValue<Option<DiagnosticsMarker>, LocalStorage>,
}

/// Starts fetching the words of problems (the `errors` catalogue) when the learner first
/// types or runs, as the worker fetches its explanations once idle: so the first mistake
/// is shown at once, without adding to the first visit's download.
fn fetch_problem_words() {
    crate::i18n::area_ready("errors");
}

/// The page's session, from context.
pub fn use_session() -> Session {
    expect_context::<Session>()
}

impl Session {
    /// A session, provided as context to the page's components, with its worker starting.
    /// `marker` marks diagnostics in an editor, if there is one.
    pub fn provide(marker: Option<DiagnosticsMarker>) -> Session {
        Session::provide_adopting(marker, None)
    }

    /// As [`Session::provide`], taking on a run the early playground sent before this app
    /// arrived (its number and code), before the worker's messages about it are read.
    pub fn provide_adopting(
        marker: Option<DiagnosticsMarker>,
        early_run: Option<(u32, String)>,
    ) -> Session {
        let session = Session {
            items: RwSignal::new(Vec::new()),
            inputs: RwSignal::new(Vec::new()),
            status: RwSignal::new(tr!("shell-getting-ready")),
            check_results: RwSignal::new(None),
            reveals: RwSignal::new(0),
            last_completed: RwSignal::new(None),
            invalid_inputs: RwSignal::new(Vec::new()),
            watch: RwSignal::new(WatchState::Off),
            running: RwSignal::new(false),
            machine: StoredValue::new(RunMachine::default()),
            next_item_id: StoredValue::new(0),
            runner: StoredValue::new_local(None),
            marker: StoredValue::new_local(marker),
        };
        session.runner.set_value(Some(Runner::new(move |event| {
            session.on_runner_event(event)
        })));
        provide_context(session);
        if let Some((run, code)) = early_run {
            session.step(|machine| machine.adopt(run, code));
        }
        // The worker starts at once: it loads beside the editor, and a Run pressed before it
        // is ready waits for it ("Getting ready…").
        session.warm_up();
        session
    }

    /// `try_` here and below: a timer or the worker may call back after the learner has
    /// left the page, when the session is gone; then there is nothing to do.
    fn with_runner(&self, action: impl FnOnce(&Runner)) {
        self.runner.try_with_value(|runner| {
            if let Some(runner) = runner {
                action(runner);
            }
        });
    }

    /// Starts the worker, if it has not started.
    fn warm_up(&self) {
        self.with_runner(Runner::warm_up);
    }

    /// Whether a run is going (reactive).
    pub fn is_running(&self) -> bool {
        self.running.get()
    }

    /// Runs `code`, showing its output as it comes. Says so instead if a run is going.
    pub fn run(&self, code: String) {
        fetch_problem_words();
        self.step(|machine| machine.run(code));
    }

    /// Runs `code` and then a lesson's `checks` after it ("Check my code"); the results
    /// arrive in `check_results` when the run ends.
    pub fn check(&self, code: String, checks: Vec<String>) {
        fetch_problem_words();
        self.step(|machine| machine.check(code, checks));
    }

    /// Runs `code` recording each step ("Watch it run"); the steps arrive in `watch` when
    /// the run ends.
    pub fn watch(&self, code: String) {
        fetch_problem_words();
        self.step(|machine| machine.watch(code));
    }

    /// Ends watching ("Stop watching").
    pub fn stop_watching(&self) {
        self.watch.set(WatchState::Off);
    }

    /// Sets an input's value and re-runs the last code with it (after the current run,
    /// if one is going).
    pub fn set_input(&self, label: &str, value: InputValue) {
        self.step(|machine| machine.set_input(label, value));
    }

    /// Ends the run at once by throwing the worker away (a script in a loop never yields).
    pub fn stop(&self) {
        self.step(RunMachine::stop);
    }

    /// The learner changed the code: check its syntax once they pause typing, and mark
    /// what is wrong unless a newer check or a run came since.
    pub fn code_changed(&self, code: String) {
        fetch_problem_words();
        // The steps were of the code before this change.
        if matches!(
            self.watch.try_get_untracked(),
            Some(WatchState::Watching(_))
        ) {
            self.watch.set(WatchState::Edited);
        }
        let Some(request) = self.machine.try_update_value(RunMachine::next_syntax_check) else {
            return;
        };
        let session = *self;
        set_timeout(
            move || {
                let due = session
                    .machine
                    .try_with_value(|machine| machine.syntax_check_due(request, code))
                    .flatten();
                if let Some(request) = due {
                    session.with_runner(|runner| runner.send(&request));
                }
            },
            SYNTAX_CHECK_DELAY,
        );
    }

    /// Lets the machine take one step and applies what it decided.
    fn step(&self, action: impl FnOnce(&mut RunMachine) -> Vec<Effect>) {
        let effects = self.machine.try_update_value(action).unwrap_or_default();
        for effect in effects {
            self.apply(effect);
        }
        let Some(running) = self.machine.try_with_value(RunMachine::is_running) else {
            return;
        };
        if self.running.try_get_untracked() != Some(running) {
            self.running.set(running);
        }
    }

    fn apply(&self, effect: Effect) {
        match effect {
            Effect::Send(request) => self.with_runner(|runner| runner.send(&request)),
            Effect::RestartWorker => self.with_runner(Runner::restart),
            Effect::Status(status) => self.status.set(i18n::render(&status)),
            Effect::ClearOutput => self.items.set(Vec::new()),
            Effect::Show(kind) => {
                let item = self.item(kind);
                self.items.update(|items| items.push(item));
            }
            Effect::ReplaceOutput(kinds) => {
                let items = kinds.into_iter().map(|kind| self.item(kind)).collect();
                self.items.set(items);
            }
            Effect::Mark(diagnostics) => {
                self.marker.try_with_value(|marker| {
                    if let Some(marker) = marker {
                        marker(&diagnostics);
                    }
                });
            }
            Effect::SetInputs(inputs) => self.inputs.set(inputs),
            Effect::CheckResults(results) => self.check_results.set(results),
            Effect::RunFinished { completed } => {
                self.last_completed.set(Some(completed));
                crate::embed::run_finished(completed);
            }
            Effect::Reveal => self.reveals.update(|count| *count += 1),
            Effect::Watch(watched) => self.watch.set(match watched {
                Some(watched) => WatchState::Watching(Arc::from(watched)),
                None => WatchState::Off,
            }),
        }
    }

    /// An output item with an id that is unique on the page (for keyed lists and ids).
    fn item(&self, kind: OutputKind) -> OutputItem {
        let id = self.next_item_id.get_value();
        self.next_item_id.set_value(id + 1);
        OutputItem { id, kind }
    }

    fn on_runner_event(&self, event: RunnerEvent) {
        match event {
            RunnerEvent::Message(WorkerMessage::Ready) => {
                // The code runner has arrived: now the page's editor, if it has one, may use
                // the connection.
                if self.marker.try_with_value(Option::is_some) == Some(true) {
                    crate::editor::load_editor_script();
                }
                self.step(RunMachine::worker_ready);
            }
            RunnerEvent::Message(WorkerMessage::Event { run, event }) => {
                self.step(|machine| machine.event(run, event));
            }
            RunnerEvent::Message(WorkerMessage::Syntax {
                request,
                diagnostics,
            }) => self.step(|machine| machine.syntax_answered(request, diagnostics)),
            RunnerEvent::Message(WorkerMessage::BadRequest { message }) => {
                leptos::logging::error!("the worker could not read a request: {message}");
            }
            // The runner turns this into `Crashed` and never passes it on.
            RunnerEvent::Message(
                WorkerMessage::LoadFailed { .. } | WorkerMessage::DataReady { .. },
            ) => {}
            RunnerEvent::Crashed(message) => {
                leptos::logging::error!("the code runner failed: {message}");
                self.step(|machine| machine.crashed(&message));
            }
        }
    }
}
