//! Small pieces of page that several pages share: a question before something happens
//! ([`Confirm`]) and an NHS warning callout ([`Callout`]).

use leptos::html;
use leptos::prelude::*;

/// A question asked in the page before something happens ("Reset this lesson?"), with a
/// button that does it and one that does not. Its heading takes the focus when it appears,
/// so keyboard and screen-reader users meet the question at once.
#[component]
pub fn Confirm(
    /// The heading's id, which names the question.
    id: &'static str,
    #[prop(into)] heading: String,
    /// What will happen, in a sentence or two.
    #[prop(into)]
    text: String,
    /// The buttons' words, in the learner's language.
    #[prop(into)]
    yes: String,
    #[prop(into)] no: String,
    #[prop(into)] on_yes: Callback<()>,
    #[prop(into)] on_no: Callback<()>,
    /// The yes button warns (it loses something).
    #[prop(optional)]
    warning: bool,
    /// A heading one level down (an h3), for a question inside a section.
    #[prop(optional)]
    nested: bool,
    /// `region` for a question about the whole page; otherwise `group`.
    #[prop(optional)]
    region: bool,
    /// The box's class.
    class: &'static str,
) -> impl IntoView {
    let focus_h2 = NodeRef::<html::H2>::new();
    let focus_h3 = NodeRef::<html::H3>::new();
    Effect::new(move |_| {
        if let Some(heading) = focus_h2.get() {
            let _ = heading.focus();
        }
        if let Some(heading) = focus_h3.get() {
            let _ = heading.focus();
        }
    });
    let heading = if nested {
        view! { <h3 id=id class="nhsuk-heading-s" tabindex="-1" node_ref=focus_h3>{heading}</h3> }
            .into_any()
    } else {
        view! { <h2 id=id class="nhsuk-heading-s" tabindex="-1" node_ref=focus_h2>{heading}</h2> }
            .into_any()
    };
    let yes_class = if warning {
        "nhsuk-button nhsuk-button--warning"
    } else {
        "nhsuk-button"
    };
    view! {
        <div class=format!("nhsuk-inset-text {class}") role=if region { "region" } else { "group" } aria-labelledby=id>
            {heading}
            <p>{text}</p>
            <div class="c4h-toolbar">
                <button type="button" class=yes_class on:click=move |_| on_yes.run(())>{yes}</button>
                <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=move |_| on_no.run(())>
                    {no}
                </button>
            </div>
        </div>
    }
}

/// An NHS warning callout: a heading and what to know. `alert` for news that needs
/// attention now (a link that could not be opened), else a polite status.
#[component]
pub fn Callout(
    #[prop(into)] heading: String,
    #[prop(optional)] alert: bool,
    /// Extra classes.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=format!("nhsuk-warning-callout {class}") role=if alert { "alert" } else { "status" }>
            <h2 class="nhsuk-warning-callout__label">{heading}</h2>
            {children()}
        </div>
    }
}
