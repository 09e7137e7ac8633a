//! c4h-worker: the Web Worker in which learners' scripts run.
//!
//! It takes [`Request`]s from the page as JSON strings, runs or parses the script in the
//! sandbox, and posts [`WorkerMessage`]s back as the run produces them. Requests are
//! handled one at a time, in order.
//!
//! The library family (Rhai's arrays, maps, maths and more about text; the health data:
//! patients, their records, FHIR and the data set itself; and the helpers a script calls
//! by name: NHS numbers, dates, statistics, tables, charts, an app's inputs) is a part of
//! its own (`split` feature, built by crates/wasm-build): it is fetched, and the data set
//! made, before the first script that may need it (`needs_library_family` reads the
//! script's text), and in the background once the first request is done. A first visit
//! whose code only prints, counts and compares does not download it.
//!
//! The recorder for "Watch it run" is a part too, fetched the first time the learner
//! watches a run; and so is the checker of a lesson's checks, fetched the first time a
//! lesson is checked (or hand-ins are marked).
//!
//! The explanations of errors are a part too: fetched at the first run that fails (or
//! syntax check that finds a problem) before they are there, and in the background once
//! idle. A run that fails before they arrive sends its output as it comes and its end
//! (the explained problem, a lesson's checks, `Finished`) once they are in.
//!
//! It owns nothing else: the page keeps all state, and terminates this worker to stop a
//! script at once.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use c4h_protocol::{Diagnostic, DiagnosticKind, Event, Message, Outcome, Request, WorkerMessage};
use c4h_sandbox::{
    Ending, Explainer, LibraryFamily, Limits, StartChecks, StartWatch, check_syntax,
    explainer_installed, install_explainer, install_library_family, library_family_installed,
    needs_library_family, start_app, syntax_needs_explainer,
};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Counts live memory, so the sandbox can stop a script that uses too much.
#[global_allocator]
static ALLOCATOR: c4h_sandbox::memory::CountingAllocator = c4h_sandbox::memory::CountingAllocator;

/// The library family's part could not be fetched (the network went away on a first visit).
struct PartMissing;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for PartMissing {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> PartMissing {
        PartMissing
    }
}

/// The library family, from a part of its own with the `split` feature.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(library, fallible)]
fn load_library_family() -> Result<LibraryFamily, PartMissing> {
    Ok(c4h_sandbox::library_family())
}

#[cfg(not(feature = "split"))]
async fn load_library_family() -> Result<LibraryFamily, PartMissing> {
    Ok(c4h_sandbox::library_family())
}

/// The explanations of errors, from a part of their own with the `split` feature.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(explain, fallible)]
fn load_explainer() -> Result<Explainer, PartMissing> {
    Ok(c4h_sandbox::explainer())
}

#[cfg(not(feature = "split"))]
async fn load_explainer() -> Result<Explainer, PartMissing> {
    Ok(c4h_sandbox::explainer())
}

/// The recorder for "Watch it run", from a part of its own with the `split` feature: only a
/// learner who watches downloads it.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(watch, fallible)]
fn load_watcher() -> Result<StartWatch, PartMissing> {
    Ok(c4h_sandbox::watcher())
}

#[cfg(not(feature = "split"))]
async fn load_watcher() -> Result<StartWatch, PartMissing> {
    Ok(c4h_sandbox::watcher())
}

/// The checker for a lesson's checks, from a part of its own with the `split` feature: only
/// a learner who checks a lesson (or a teacher who marks) downloads it.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(checks, fallible)]
fn load_checker() -> Result<StartChecks, PartMissing> {
    Ok(c4h_sandbox::checker())
}

#[cfg(not(feature = "split"))]
async fn load_checker() -> Result<StartChecks, PartMissing> {
    Ok(c4h_sandbox::checker())
}

thread_local! {
    /// The recorder, once fetched.
    static WATCHER: Cell<Option<StartWatch>> = const { Cell::new(None) };
    /// The checker, once fetched.
    static CHECKER: Cell<Option<StartChecks>> = const { Cell::new(None) };
    /// Requests not yet handled, in order.
    static QUEUE: RefCell<VecDeque<Request>> = const { RefCell::new(VecDeque::new()) };
    /// A request is being handled (it may be waiting for the library family).
    static BUSY: Cell<bool> = const { Cell::new(false) };
    /// The library family's fetch, once started.
    static FETCH: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    /// The explanations' fetch, once started.
    static FETCH_EXPLAINER: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(message: &WorkerMessage) {
    // Serialising our own enum of strings and numbers cannot fail.
    let json = serde_json::to_string(message).unwrap_or_default();
    // Posting a string to the page only fails if the page is gone; nothing to do then.
    let _ = scope().post_message(&JsValue::from_str(&json));
}

fn main() {
    console_error_panic_hook::set_once();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let Some(text) = event.data().as_string() else {
            post(&WorkerMessage::BadRequest {
                message: "expected a JSON string".into(),
            });
            return;
        };
        match serde_json::from_str::<Request>(&text) {
            Ok(request) => {
                QUEUE.with_borrow_mut(|queue| queue.push_back(request));
                handle_next();
            }
            Err(error) => post(&WorkerMessage::BadRequest {
                message: error.to_string(),
            }),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&WorkerMessage::Ready);
}

/// Milliseconds, from the worker's high-resolution clock where it has one.
fn now() -> f64 {
    scope()
        .performance()
        .map_or_else(js_sys::Date::now, |performance| performance.now())
}

/// Handles queued requests in order until the queue is empty or one must wait for a part
/// (the library family, the explanations); that one carries on when the part has arrived.
fn handle_next() {
    while !BUSY.get() {
        let Some(request) = QUEUE.with_borrow_mut(VecDeque::pop_front) else {
            // Idle after the first requests: fetch the parts in the background, so a
            // script that asks for patients, or a first mistake, does not wait for them.
            if explainer_installed() && library_family_installed() {
                return;
            }
            wasm_bindgen_futures::spawn_local(async {
                let _ = fetch_explainer().await;
                let _ = fetch_library_family().await;
            });
            return;
        };
        // A lesson's checks may call the library's helpers too (`round`, `mean`).
        let needs_library = !library_family_installed()
            && match &request {
                Request::Run { code, .. } | Request::Watch { code, .. } => {
                    needs_library_family(code)
                }
                Request::Check { code, checks, .. } => {
                    needs_library_family(code)
                        || checks.iter().any(|check| needs_library_family(check))
                }
                Request::CheckSyntax { .. } => false,
            };
        let own_part = OwnPart::missing_for(&request);
        if needs_library || own_part.is_some() {
            BUSY.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let library = if needs_library {
                    fetch_library_family().await
                } else {
                    Ok(())
                };
                let own = match own_part {
                    Some(part) => part.fetch().await.map_err(|PartMissing| part),
                    None => Ok(()),
                };
                match (library, own) {
                    (Ok(()), Ok(())) => {
                        if let Some(waiting) = handle(request) {
                            finish_with_explainer(waiting).await;
                        }
                    }
                    (Err(PartMissing), _) => fail_without_part(&request, "errors-library-missing"),
                    (_, Err(part)) => fail_without_part(&request, part.missing_message()),
                }
                BUSY.set(false);
                handle_next();
            });
        } else if let Some(waiting) = handle(request) {
            BUSY.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                finish_with_explainer(waiting).await;
                BUSY.set(false);
                handle_next();
            });
        }
    }
}

/// What is left of a request that needs the explanations.
enum Waiting {
    /// A run's end.
    Ending(Ending),
    /// A syntax check that found a problem.
    Syntax { request: u32, code: String },
}

/// Fetches the explanations (if they can be: without them the problem is sent in Rhai's
/// words) and sends what was waiting for them.
async fn finish_with_explainer(waiting: Waiting) {
    let _ = fetch_explainer().await;
    match waiting {
        Waiting::Ending(ending) => {
            ending.finish();
        }
        Waiting::Syntax { request, code } => post(&WorkerMessage::Syntax {
            request,
            diagnostics: check_syntax(&code, &Limits::default()),
        }),
    }
}

/// A part that only one kind of request uses: fetched before the first such request.
#[derive(Clone, Copy)]
enum OwnPart {
    /// The recorder, for Watch.
    Watcher,
    /// The checker, for a lesson's checks.
    Checker,
}

impl OwnPart {
    /// The part `request` needs and that is not here yet, if any.
    fn missing_for(request: &Request) -> Option<OwnPart> {
        match request {
            Request::Watch { .. } if WATCHER.get().is_none() => Some(OwnPart::Watcher),
            Request::Check { .. } if CHECKER.get().is_none() => Some(OwnPart::Checker),
            _ => None,
        }
    }

    /// Fetches the part. A failed fetch is tried again at the next request that needs it.
    async fn fetch(self) -> Result<(), PartMissing> {
        match self {
            OwnPart::Watcher => WATCHER.set(Some(load_watcher().await?)),
            OwnPart::Checker => CHECKER.set(Some(load_checker().await?)),
        }
        Ok(())
    }

    /// What a request that needed the part is told when it cannot be fetched (the id).
    fn missing_message(self) -> &'static str {
        match self {
            OwnPart::Watcher => "errors-watch-missing",
            OwnPart::Checker => "errors-checks-missing",
        }
    }
}

/// Fetches the explanations and installs them. One fetch at a time, as for the library family.
async fn fetch_explainer() -> Result<(), PartMissing> {
    if explainer_installed() {
        return Ok(());
    }
    let fetch = FETCH_EXPLAINER.with_borrow_mut(|fetch| {
        fetch
            .get_or_insert_with(|| {
                wasm_bindgen_futures::future_to_promise(async {
                    let explainer = load_explainer().await.map_err(|_| JsValue::FALSE)?;
                    install_explainer(explainer);
                    Ok(JsValue::TRUE)
                })
            })
            .clone()
    });
    let fetched = wasm_bindgen_futures::JsFuture::from(fetch).await;
    if fetched.is_err() {
        FETCH_EXPLAINER.set(None);
    }
    fetched.map(|_| ()).map_err(|_| PartMissing)
}

/// Fetches the library family, installs it, makes the data set and tells the page how long
/// that took. One fetch at a time: a second caller waits for the first's; after a failed
/// fetch, the next call tries again.
async fn fetch_library_family() -> Result<(), PartMissing> {
    if library_family_installed() {
        return Ok(());
    }
    let fetch = FETCH.with_borrow_mut(|fetch| {
        fetch
            .get_or_insert_with(|| {
                wasm_bindgen_futures::future_to_promise(async {
                    let family = load_library_family().await.map_err(|_| JsValue::FALSE)?;
                    install_library_family(family);
                    let started = now();
                    let patients = (family.prepare)();
                    post(&WorkerMessage::DataReady {
                        patients: patients as u32,
                        milliseconds: now() - started,
                    });
                    Ok(JsValue::TRUE)
                })
            })
            .clone()
    });
    let fetched = wasm_bindgen_futures::JsFuture::from(fetch).await;
    if fetched.is_err() {
        FETCH.set(None);
    }
    fetched.map(|_| ()).map_err(|_| PartMissing)
}

/// Ends a run that needed a part (the library family, the recorder) when it could not be
/// fetched, with message `id`.
fn fail_without_part(request: &Request, id: &str) {
    match request {
        Request::Run { run, .. } | Request::Check { run, .. } | Request::Watch { run, .. } => {
            fail_run(*run, id);
        }
        Request::CheckSyntax { .. } => {}
    }
}

/// Ends run `run` before it started, with message `id`.
fn fail_run(run: u32, id: &str) {
    let diagnostic = Diagnostic {
        kind: DiagnosticKind::Runtime,
        line: None,
        column: None,
        code: None,
        message: Message::new(id),
        detail: String::new(),
    };
    for event in [
        Event::Diagnostic { diagnostic },
        Event::Finished {
            outcome: Outcome::Failed,
            operations: 0,
            elapsed_millis: 0.0,
        },
    ] {
        post(&WorkerMessage::Event { run, event });
    }
}

/// Handles a request; what is left of it if it must wait for the explanations.
fn handle(request: Request) -> Option<Waiting> {
    let ending = match request {
        Request::Run {
            run: run_id,
            code,
            inputs,
        } => {
            // The sandbox batches printed output, so each event can be posted as it comes.
            start_app(
                &code,
                inputs,
                &Limits::default(),
                js_sys::Date::now,
                move |event| post(&WorkerMessage::Event { run: run_id, event }),
            )
        }
        Request::Check {
            run: run_id,
            code,
            checks,
        } => {
            // Fetched before this request was handled (handle_next), so never missing here.
            let Some(start_checks) = CHECKER.get() else {
                fail_run(run_id, "errors-checks-missing");
                return None;
            };
            start_checks(
                &code,
                &checks,
                &Limits::default(),
                js_sys::Date::now,
                Box::new(move |event| post(&WorkerMessage::Event { run: run_id, event })),
            )
        }
        Request::Watch {
            run: run_id,
            code,
            inputs,
        } => {
            // Fetched before this request was handled (handle_next), so never missing here.
            let Some(start_watch) = WATCHER.get() else {
                fail_run(run_id, "errors-watch-missing");
                return None;
            };
            start_watch(
                &code,
                inputs,
                &Limits::default(),
                js_sys::Date::now,
                Box::new(move |event| post(&WorkerMessage::Event { run: run_id, event })),
            )
        }
        Request::CheckSyntax { request, code } => {
            if syntax_needs_explainer(&code, &Limits::default()) {
                return Some(Waiting::Syntax { request, code });
            }
            post(&WorkerMessage::Syntax {
                request,
                diagnostics: check_syntax(&code, &Limits::default()),
            });
            return None;
        }
    };
    if ending.needs_explainer() {
        Some(Waiting::Ending(ending))
    } else {
        ending.finish();
        None
    }
}
