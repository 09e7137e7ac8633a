//! After a run the learner asked for, its result comes into view: on a phone the Output is
//! below the fold, and a learner who taps Run and sees nothing change thinks nothing
//! happened. The page scrolls only when the result is out of sight, never moves the focus
//! (the learner stays where they were), and does not animate for people who asked for
//! reduced motion.

use leptos::html;
use leptos::prelude::*;
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::session::use_session;

/// Scrolls `target` into view after each run the learner asked for, if it is out of sight:
/// aligned by `position` (`Nearest` for the Output, `Start` for a lesson's feedback).
pub fn reveal_after_runs(target: NodeRef<html::Div>, position: ScrollLogicalPosition) {
    let session = use_session();
    Effect::watch(
        move || session.reveals.get(),
        move |_, _, _| {
            if let Some(element) = target.get_untracked() {
                reveal(&element, position);
            }
        },
        false,
    );
}

fn reveal(element: &web_sys::HtmlDivElement, position: ScrollLogicalPosition) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let viewport = window
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .unwrap_or(0.0);
    let rect = element.get_bounding_client_rect();
    // In sight: the top is on screen, and so is the bottom or the first screenful.
    let in_sight = rect.top() >= 0.0 && rect.top() < viewport && rect.bottom() <= viewport + 1.0
        || rect.top() >= 0.0 && rect.height() > viewport && rect.top() < viewport * 0.25;
    if in_sight {
        return;
    }
    let reduced = window
        .match_media("(prefers-reduced-motion: reduce)") // not learner text
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    let options = ScrollIntoViewOptions::new();
    options.set_block(position);
    options.set_behavior(if reduced {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
