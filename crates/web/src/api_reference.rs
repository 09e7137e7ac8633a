//! The health-data API reference on the page: every function, searchable as you type.
//! It is part of the first screen (issue 14), not a part loaded later: measured as a part
//! fetched when the section comes near the screen, a desktop's first visit fetched it
//! anyway (it starts 183 px below a 720 px screen), and with the code it shares with other
//! parts it then cost 9 KB more than in the page.
//!
//! The entries come from c4h_protocol::api, the same table `c4h api` prints and the tests
//! run, so the page cannot drift from what the engine offers. The functions' lines are the
//! `api` catalogue's, fetched when the reference first comes into view or the learner
//! moves into it, not with every first visit: the first visit's download is a budget
//! (bench/budgets.toml), and the reference starts below a laptop's first screen. Until they
//! are in, the list shows signatures, examples and group names (the page catalogue's), and
//! searching finds names and signatures.

use c4h_messages::Message;
use c4h_protocol::api::{self, ApiFunction};
use leptos::prelude::*;

use crate::i18n::{self, tr};

/// `offer` takes an example's code to the editor (asking first if the learner has code of
/// their own there), with where it came from.
#[component]
pub fn ApiReference(offer: Callback<(String, String)>) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    let words = RwSignal::new(None::<ArcRwSignal<bool>>);
    let ready =
        Signal::derive(move || words.with(|words| words.as_ref().is_some_and(|ready| ready.get())));
    let fetch_words = move || {
        if words.with_untracked(Option::is_none) {
            words.set(Some(i18n::area_ready("api")));
        }
    };
    let in_view = move || {
        let height = window()
            .inner_height()
            .ok()
            .and_then(|height| height.as_f64());
        section
            .get_untracked()
            .zip(height)
            .is_some_and(|(section, height)| section.get_bounding_client_rect().top() < height)
    };
    Effect::new(move || {
        if section.get().is_some() && in_view() {
            fetch_words();
        }
    });
    let scrolled = window_event_listener(leptos::ev::scroll, move |_| {
        if in_view() {
            fetch_words();
        }
    });
    let resized = window_event_listener(leptos::ev::resize, move |_| {
        if in_view() {
            fetch_words();
        }
    });
    on_cleanup(move || {
        scrolled.remove();
        resized.remove();
    });
    let (query, set_query) = signal(String::new());
    let matches = Memo::new(move |_| {
        let ready = ready.get();
        let words = move |message: &Message| {
            if ready {
                i18n::render(message)
            } else {
                String::new()
            }
        };
        query.with(|query| api::search(query, &words))
    });
    let count_text = move || match matches.with(Vec::len) {
        count if count == api::FUNCTIONS.len() => tr!("api-count-all", count = count),
        count => tr!("api-count", count = count),
    };
    view! {
        <section aria-labelledby="api-heading" class="c4h-api" node_ref=section on:focusin=move |_| fetch_words()>
            <h2 id="api-heading" class="nhsuk-heading-m">{tr!("api-heading")}</h2>
            <p class="nhsuk-body">{tr!("api-intro")}</p>
            <p class="c4h-synthetic-note">{tr!("api-synthetic")}</p>
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="api-search">{tr!("api-search")}</label>
                <div class="nhsuk-hint" id="api-search-hint">{tr!("api-search-hint")}</div>
                <input
                    class="nhsuk-input nhsuk-u-width-two-thirds"
                    id="api-search"
                    // Not type="search": nhsuk-frontend styles its clear button with an
                    // icon from an absolute /assets/ path that this build does not ship.
                    type="text"
                    role="searchbox"
                    autocomplete="off"
                    aria-describedby="api-search-hint api-search-count"
                    prop:value=query
                    on:input=move |event| set_query.set(event_target_value(&event))
                />
            </div>
            <p id="api-search-count" class="nhsuk-body-s" role="status">{count_text}</p>
            {move || {
                let found = matches.get();
                api::GROUPS
                    .iter()
                    .filter_map(|group| {
                        let in_group: Vec<&'static ApiFunction> =
                            found.iter().copied().filter(|f| f.group == *group).collect();
                        (!in_group.is_empty()).then(|| view! { <ApiGroup group=*group functions=in_group offer=offer ready=ready/> })
                    })
                    .collect_view()
            }}
        </section>
    }
}

#[component]
fn ApiGroup(
    /// The id of the group's name.
    group: &'static str,
    functions: Vec<&'static ApiFunction>,
    offer: Callback<(String, String)>,
    /// Whether the `api` catalogue (the functions' lines) is in.
    ready: Signal<bool>,
) -> impl IntoView {
    view! {
        <h3 class="nhsuk-heading-s">{i18n::t(group)}</h3>
        <ul class="nhsuk-list c4h-api__list">
            {functions
                .into_iter()
                .map(|function| {
                    view! {
                        <li class="c4h-api__entry">
                            <h4 class="nhsuk-heading-xs c4h-api__signature">
                                <code lang="en">{function.signature}</code>
                            </h4>
                            {move || ready.get().then(|| view! {
                                <p class="nhsuk-body-s">{function.description(&i18n::render)}</p>
                            })}
                            <details class="nhsuk-details">
                                <summary class="nhsuk-details__summary">
                                    <span class="nhsuk-details__summary-text">
                                        {tr!("api-example-for", name = function.name)}
                                    </span>
                                </summary>
                                <div class="nhsuk-details__text">
                                    <pre class="c4h-api__example" lang="en"><code>{function.example}</code></pre>
                                    <button type="button" class="c4h-tool"
                                        aria-label=tr!("api-try-label", name = function.name)
                                        on:click=move |_| offer.run((
                                            function.example.to_owned(),
                                            tr!("api-source-example", name = function.name),
                                        ))>
                                        {tr!("api-try")}
                                    </button>
                                </div>
                            </details>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use c4h_messages::Catalogue;
    use c4h_protocol::api;

    /// The groups api.rs names are headings of the first screen: in the page catalogue,
    /// built in, so they show before the functions' lines have arrived.
    #[test]
    fn group_names_are_in_the_page_catalogue() {
        let catalogue = Catalogue::parse(include_str!("../../../messages/en/page.ftl")).unwrap();
        for group in api::GROUPS {
            assert!(catalogue.has(group), "{group}");
        }
    }
}
