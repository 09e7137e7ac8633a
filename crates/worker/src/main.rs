//! c4h-worker: the Web Worker in which learners' scripts run.
//!
//! It takes [`Request`]s from the page as JSON strings, runs or parses the script in the
//! sandbox, and posts [`WorkerMessage`]s back as the run produces them. It owns nothing
//! else: the page keeps all state, and terminates this worker to stop a script at once.

use c4h_protocol::{Request, WorkerMessage};
use c4h_sandbox::{Limits, check_syntax, run_app, run_checks};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Counts live memory, so the sandbox can stop a script that uses too much.
#[global_allocator]
static ALLOCATOR: c4h_sandbox::memory::CountingAllocator = c4h_sandbox::memory::CountingAllocator;

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
            Ok(request) => handle(request),
            Err(error) => post(&WorkerMessage::BadRequest {
                message: error.to_string(),
            }),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&WorkerMessage::Ready);
    // Make the data set now, while the learner reads the page, not inside their first Run.
    // A request that arrives meanwhile waits in the worker's queue.
    let started = now();
    let population = c4h_sandbox::population();
    post(&WorkerMessage::DataReady {
        patients: population.patients.len() as u32,
        milliseconds: now() - started,
    });
}

/// Milliseconds, from the worker's high-resolution clock where it has one.
fn now() -> f64 {
    scope()
        .performance()
        .map_or_else(js_sys::Date::now, |performance| performance.now())
}

fn handle(request: Request) {
    match request {
        Request::Run {
            run: run_id,
            code,
            inputs,
        } => {
            // The sandbox batches printed output, so each event can be posted as it comes.
            run_app(
                &code,
                inputs,
                &Limits::default(),
                js_sys::Date::now,
                move |event| post(&WorkerMessage::Event { run: run_id, event }),
            );
        }
        Request::Check {
            run: run_id,
            code,
            checks,
        } => {
            run_checks(
                &code,
                &checks,
                &Limits::default(),
                js_sys::Date::now,
                move |event| post(&WorkerMessage::Event { run: run_id, event }),
            );
        }
        Request::CheckSyntax { request, code } => post(&WorkerMessage::Syntax {
            request,
            diagnostics: check_syntax(&code, &Limits::default()),
        }),
    }
}
