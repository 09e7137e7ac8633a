//! A lesson's checklist after "Check my code": a summary sentence, then each check with ✓
//! or ✗, its title and, for a failed one, what to change. It is a polite live region, so a
//! screen reader reads the result once.

use c4h_lessons::Check;
use leptos::prelude::*;

use super::words;
use crate::i18n::{render, tr};
use crate::session::use_session;

/// The checklist for `checks`, from the page's session's last check results.
#[component]
pub fn Checklist(checks: Vec<Check>) -> impl IntoView {
    let session = use_session();
    let checks = StoredValue::new(checks);
    let content = move || {
        session.check_results.get().map(|results| {
            let total = results.len();
            let passed = results.iter().filter(|(passed, _)| *passed).count();
            let summary = render(&words::checks_summary(passed, total));
            let items = checks.with_value(|checks| {
                results
                    .iter()
                    .zip(checks)
                    .map(|((passed, message), check)| check_item(*passed, message.clone(), check))
                    .collect_view()
            });
            view! {
                <p class="c4h-checks__summary">{summary}</p>
                <ul class="c4h-checks__list">{items}</ul>
            }
        })
    };
    view! { <div class="c4h-checks" role="status" aria-live="polite">{content}</div> }
}

fn check_item(
    passed: bool,
    message: Option<c4h_protocol::Message>,
    check: &Check,
) -> impl IntoView + use<> {
    let (class, mark) = if passed {
        ("c4h-check c4h-check--passed", tr!("lesson-check-passed"))
    } else {
        ("c4h-check c4h-check--failed", tr!("lesson-check-failed"))
    };
    let message_html = check.message_html.clone();
    let explanation = (!passed).then(|| match message {
        // What the check said is plain text, in the `errors` catalogue (fetched when the
        // learner first checks); the lesson's message is HTML.
        Some(message) => {
            let ready = crate::i18n::area_ready("errors");
            let text = move || ready.get().then(|| crate::i18n::render(&message));
            view! { <p class="c4h-check__message">{text}</p> }.into_any()
        }
        None => view! { <p class="c4h-check__message" inner_html=message_html></p> }.into_any(),
    });
    view! {
        <li class=class>
            <span class="c4h-check__mark" aria-hidden="true">{if passed { "✓" } else { "✗" }}</span>
            <span class="c4h-visually-hidden">{mark}" "</span>
            <span class="c4h-check__title" inner_html=check.title_html.clone()></span>
            {explanation}
        </li>
    }
}
