//! The app view: a shared app alone, its code hidden. It opens from a "Share app" link,
//! runs the app at once (the person opening it asked to use it), and offers the code to
//! read, or to open in the playground.

use leptos::prelude::*;

use c4h_links::ShareMode;

use crate::app_form::AppForm;
use crate::i18n::tr;
use crate::output::OutputLog;
use crate::page::{page_address, set_title};
use crate::parts::part;
use crate::session::Session;

/// The app's title: its first comment line ("// BMI calculator: an app." gives "BMI
/// calculator"), or a plain one.
pub fn app_title(code: &str) -> String {
    comment_title(code).unwrap_or_else(|| tr!("app-view-untitled"))
}

/// The title the code's first comment line gives, if it gives one.
fn comment_title(code: &str) -> Option<String> {
    code.lines()
        .map(str::trim)
        .find_map(|line| line.strip_prefix("//"))
        .map(|comment| {
            let title = comment.trim();
            let title = title.split([':', '.']).next().unwrap_or(title).trim();
            title.chars().take(80).collect::<String>()
        })
        .filter(|title| !title.is_empty())
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
        <p class="c4h-app-label">{tr!("app-view-label")}</p>
        <h1 class="nhsuk-heading-l">{title}</h1>
        <p class="c4h-synthetic-note">{tr!("app-view-synthetic")}</p>
        <div class="c4h-app">
            <AppForm/>
            // The app's user is not its programmer: no timings, no Stop (a script that
            // runs too long is stopped by the sandbox's limits), and a problem in plain
            // words, with the programmer's message in the results below.
            <p class="c4h-status" role="status">
                {move || match session.last_completed.get() {
                    None => tr!("app-view-working"),
                    Some(true) => String::new(),
                    Some(false) => tr!("app-view-problem"),
                }}
            </p>
            <h2 id="results-heading" class="nhsuk-heading-s c4h-panel-heading">{tr!("app-view-results")}</h2>
            <OutputLog labelled_by="results-heading" class="c4h-output c4h-output--app"/>
        </div>
        <details class="nhsuk-details c4h-app-code">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">{tr!("app-view-see-code")}</span>
            </summary>
            <div class="nhsuk-details__text">
                <pre class="c4h-code"><code>{code}</code></pre>
                <p class="nhsuk-body">
                    <a href=playground_link>{tr!("app-view-open-link")}</a>
                    {tr!("app-view-open-rest")}
                </p>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::comment_title;

    #[test]
    fn the_title_is_the_first_comment() {
        assert_eq!(
            comment_title("// BMI calculator: an app.\nlet x = 1;").as_deref(),
            Some("BMI calculator")
        );
        assert_eq!(
            comment_title("\n  // NEWS2 score\n").as_deref(),
            Some("NEWS2 score")
        );
        // Then the plain title, `app-view-untitled`.
        assert_eq!(comment_title("let x = 1;"), None);
        assert_eq!(comment_title("//\n"), None);
    }
}
