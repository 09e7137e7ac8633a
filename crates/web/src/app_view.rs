//! The app view: a shared app alone, its code hidden. It opens from a "Share app" link,
//! runs the app at once (the person opening it asked to use it), and offers the code to
//! read, or to open in the playground.

use leptos::prelude::*;

use c4h_links::ShareMode;

use crate::app_form::AppForm;
use crate::output::OutputLog;
use crate::page::{page_address, set_title};
use crate::parts::part;
use crate::session::Session;

/// The app's title: its first comment line ("// BMI calculator: an app." gives "BMI
/// calculator"), or a plain one.
pub fn app_title(code: &str) -> String {
    code.lines()
        .map(str::trim)
        .find_map(|line| line.strip_prefix("//"))
        .map(|comment| {
            let title = comment.trim();
            let title = title.split([':', '.']).next().unwrap_or(title).trim();
            title.chars().take(80).collect::<String>()
        })
        .filter(|title| !title.is_empty())
        .unwrap_or_else(|| "A health app".to_owned())
}

part!(
    app_view,
    /// A shared app's view (a part of its own: only "Share app" links need it).
    pub fn app_view_part(code: String, fragment: String) -> AnyView {
        view! { <AppView code=code fragment=fragment/> }.into_any()
    }
);

#[component]
fn AppView(code: String, fragment: String) -> impl IntoView {
    let session = Session::provide(None);
    let title = app_title(&code);
    set_title(Some(&title));
    session.run(code.clone());
    // The same code, opened in the playground instead (which asks before replacing the
    // learner's own code there).
    let code_link = c4h_links::with_mode(&fragment, ShareMode::Code).unwrap_or_default();
    let playground_link = format!("{}{code_link}", page_address());
    view! {
        <p class="c4h-app-label">"An app made with the Code4Health Playground"</p>
        <h1 class="nhsuk-heading-l">{title}</h1>
        <p class="c4h-synthetic-note">
            "For learning only: not for use with real patients. Any patient data is synthetic: made up, not about real people."
        </p>
        <div class="c4h-app">
            <AppForm/>
            // The app's user is not its programmer: no timings, no Stop (a script that
            // runs too long is stopped by the sandbox's limits), and a problem in plain
            // words, with the programmer's message in the results below.
            <p class="c4h-status" role="status">
                {move || match session.last_completed.get() {
                    None => "Working out the results…",
                    Some(true) => "",
                    Some(false) => "This app has a problem, so it cannot show its results.",
                }}
            </p>
            <h2 id="results-heading" class="nhsuk-heading-s c4h-panel-heading">"Results"</h2>
            <OutputLog labelled_by="results-heading" class="c4h-output c4h-output--app"/>
        </div>
        <details class="nhsuk-details c4h-app-code">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">"See the code"</span>
            </summary>
            <div class="nhsuk-details__text">
                <pre class="c4h-code"><code>{code}</code></pre>
                <p class="nhsuk-body">
                    <a href=playground_link>"Open this code in the playground"</a>
                    " to change it or learn from it."
                </p>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::app_title;

    #[test]
    fn the_title_is_the_first_comment() {
        assert_eq!(
            app_title("// BMI calculator: an app.\nlet x = 1;"),
            "BMI calculator"
        );
        assert_eq!(app_title("\n  // NEWS2 score\n"), "NEWS2 score");
        assert_eq!(app_title("let x = 1;"), "A health app");
        assert_eq!(app_title("//\n"), "A health app");
    }
}
