//! The worker that runs learners' scripts, seen from the page.
//!
//! Scripts never run on the page's own thread. [`Runner`] starts the worker, queues requests
//! until the worker says it is ready, and can throw the worker away at once (Stop) and start
//! a fresh one. It knows nothing of the page: messages go to a callback.

use std::cell::RefCell;
use std::rc::Rc;

use c4h_protocol::{Request, WorkerMessage};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};

/// The worker's entry script (www/worker.js), a module worker, copied next to index.html.
const WORKER_URL: &str = "./worker.js";

/// What the runner tells the page.
pub enum RunnerEvent {
    /// A message from the worker.
    Message(WorkerMessage),
    /// The worker failed (it could not load, or hit an internal error). It has been thrown
    /// away; the next request starts a new one.
    Crashed(String),
}

/// The page's handle on the script-running worker.
#[derive(Clone)]
pub struct Runner {
    state: Rc<RefCell<RunnerState>>,
}

struct RunnerState {
    worker: Option<LiveWorker>,
    ready: bool,
    /// Requests made before the worker was ready, as JSON; a worker drops messages that
    /// arrive before its handler is installed.
    queued: Vec<String>,
    /// A worker that failed, kept until the next start: it cannot be dropped from inside
    /// its own error handler, which is running at that moment.
    retired: Option<LiveWorker>,
    on_event: Rc<dyn Fn(RunnerEvent)>,
}

/// A started worker and the callbacks it holds (dropped together).
struct LiveWorker {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl Drop for LiveWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

impl Runner {
    /// A runner with no worker yet: call [`Runner::warm_up`] once the page is usable, or
    /// the first request starts one.
    pub fn new(on_event: impl Fn(RunnerEvent) + 'static) -> Runner {
        Runner {
            state: Rc::new(RefCell::new(RunnerState {
                worker: None,
                ready: false,
                queued: Vec::new(),
                retired: None,
                on_event: Rc::new(on_event),
            })),
        }
    }

    /// Starts the worker now, if there is none, so the first Run does not wait for it.
    /// The page calls this once its editor is up: loading the worker's wasm earlier would
    /// compete with the page's own start-up.
    pub fn warm_up(&self) {
        if self.state.borrow().worker.is_none() {
            self.start_worker();
        }
    }

    /// Sends a request, starting a worker first if there is none.
    pub fn send(&self, request: &Request) {
        // Serialising our own enum of strings and numbers cannot fail.
        let json = serde_json::to_string(request).unwrap_or_default();
        self.warm_up();
        let mut state = self.state.borrow_mut();
        match (&state.worker, state.ready) {
            (Some(live), true) => post(&live.worker, &json),
            _ => state.queued.push(json),
        }
    }

    /// Ends whatever the worker is doing at once and starts a fresh worker. Queued
    /// requests are dropped with the old worker.
    pub fn restart(&self) {
        self.stop_worker();
        self.start_worker();
    }

    fn stop_worker(&self) {
        let old = {
            let mut state = self.state.borrow_mut();
            state.ready = false;
            state.queued.clear();
            state.worker.take()
        };
        drop(old);
    }

    fn start_worker(&self) {
        let on_event = Rc::clone(&self.state.borrow().on_event);
        // The first worker may have been started by boot.js before this app arrived.
        let (worker, early) = match take_early_worker() {
            Some((worker, early)) => (worker, Some(early)),
            None => {
                let options = WorkerOptions::new();
                options.set_type(WorkerType::Module);
                match Worker::new_with_options(WORKER_URL, &options) {
                    Ok(worker) => (worker, None),
                    Err(error) => {
                        on_event(RunnerEvent::Crashed(describe(&error)));
                        return;
                    }
                }
            }
        };

        let weak = Rc::downgrade(&self.state);
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let (Some(state), Some(text)) = (weak.upgrade(), event.data().as_string()) {
                receive(&state, &text);
            }
        });

        let weak = Rc::downgrade(&self.state);
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            if let Some(state) = weak.upgrade() {
                crash(&state, event.message());
            }
        });

        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        {
            let mut state = self.state.borrow_mut();
            state.ready = false;
            state.retired = None;
            state.worker = Some(LiveWorker {
                worker,
                _on_message: on_message,
                _on_error: on_error,
            });
        }
        // What the early worker said before this app was listening.
        if let Some(early) = early {
            for text in early.messages {
                receive(&self.state, &text);
            }
            if let Some(error) = early.errors.into_iter().next() {
                crash(&self.state, error);
            }
        }
    }
}

/// A message from the worker.
fn receive(state: &Rc<RefCell<RunnerState>>, text: &str) {
    let Ok(message) = serde_json::from_str::<WorkerMessage>(text) else {
        return;
    };
    if let WorkerMessage::LoadFailed { message } = message {
        crash(state, message);
        return;
    }
    if message == WorkerMessage::Ready {
        let mut state = state.borrow_mut();
        state.ready = true;
        let queued = std::mem::take(&mut state.queued);
        if let Some(live) = &state.worker {
            for json in &queued {
                post(&live.worker, json);
            }
        }
    }
    let on_event = Rc::clone(&state.borrow().on_event);
    on_event(RunnerEvent::Message(message));
}

/// What boot.js's early worker said before the app took it over.
struct EarlyMessages {
    messages: Vec<String>,
    errors: Vec<String>,
}

/// The worker boot.js started before this app arrived (`window.c4hEarlyWorker`: the worker,
/// and the messages and errors it has had), taken once.
fn take_early_worker() -> Option<(Worker, EarlyMessages)> {
    let window = web_sys::window()?;
    let key = JsValue::from_str("c4hEarlyWorker");
    let early = js_sys::Reflect::get(&window, &key).ok()?;
    if early.is_undefined() || early.is_null() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let worker = js_sys::Reflect::get(&early, &JsValue::from_str("worker"))
        .ok()?
        .dyn_into::<Worker>()
        .ok()?;
    let texts = |name: &str| -> Vec<String> {
        js_sys::Reflect::get(&early, &JsValue::from_str(name))
            .ok()
            .filter(js_sys::Array::is_array)
            .map(|list| {
                js_sys::Array::from(&list)
                    .iter()
                    .filter_map(|item| item.as_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    Some((
        worker,
        EarlyMessages {
            messages: texts("messages"),
            errors: texts("errors"),
        },
    ))
}

/// Puts a failed worker aside and tells the page. The next request starts a new worker;
/// not restarting here means a worker that cannot load does not restart forever.
fn crash(state: &Rc<RefCell<RunnerState>>, message: String) {
    let on_event = Rc::clone(&state.borrow().on_event);
    {
        let mut state = state.borrow_mut();
        state.ready = false;
        state.queued.clear();
        if let Some(broken) = state.worker.take() {
            broken.worker.terminate();
            state.retired = Some(broken);
        }
    }
    on_event(RunnerEvent::Crashed(message));
}

fn post(worker: &Worker, json: &str) {
    // Posting a string to a live worker does not fail; if it did, the run would simply
    // not start and Stop still works.
    let _ = worker.post_message(&JsValue::from_str(json));
}

fn describe(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            js_sys::JSON::stringify(error)
                .ok()
                .and_then(|s| s.as_string())
        })
        // For the console, and for the session to recognise a browser's error.
        .unwrap_or_else(|| "unknown error".into()) // not learner text
}
