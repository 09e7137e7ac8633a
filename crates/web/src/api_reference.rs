//! The health-data API reference on the page: every function, searchable as you type.
//! It is part of the first screen (issue 14), not a part loaded later: measured as a part
//! fetched when the section comes near the screen, a desktop's first visit fetched it
//! anyway (it starts 183 px below a 720 px screen), and with the code it shares with other
//! parts it then cost 9 KB more than in the page.
//!
//! The entries come from c4h_sandbox::api, the same table `c4h api` prints and the tests
//! run, so the page cannot drift from what the engine offers.

use c4h_protocol::api::{self, ApiFunction};
use leptos::prelude::*;

use crate::i18n::tr;

/// A group's heading in the learner's language (api.rs names groups in English, for the
/// CLI).
fn group_heading(group: &str) -> String {
    match group {
        api::PATIENTS => tr!("api-group-patients"),
        api::HELPERS => tr!("api-group-helpers"),
        api::STATISTICS => tr!("api-group-statistics"),
        api::PICTURES => tr!("api-group-pictures"),
        api::APPS => tr!("api-group-apps"),
        api::FHIR => tr!("api-group-fhir"),
        other => other.to_owned(),
    }
}

/// `offer` takes an example's code to the editor (asking first if the learner has code of
/// their own there), with where it came from.
#[component]
pub fn ApiReference(offer: Callback<(String, String)>) -> impl IntoView {
    let (query, set_query) = signal(String::new());
    let matches = Memo::new(move |_| query.with(|query| api::search(query)));
    let count_text = move || match matches.with(Vec::len) {
        count if count == api::FUNCTIONS.len() => tr!("api-count-all", count = count),
        count => tr!("api-count", count = count),
    };
    view! {
        <section aria-labelledby="api-heading" class="c4h-api">
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
                        (!in_group.is_empty()).then(|| view! { <ApiGroup group=*group functions=in_group offer=offer/> })
                    })
                    .collect_view()
            }}
        </section>
    }
}

#[component]
fn ApiGroup(
    group: &'static str,
    functions: Vec<&'static ApiFunction>,
    offer: Callback<(String, String)>,
) -> impl IntoView {
    view! {
        <h3 class="nhsuk-heading-s">{group_heading(group)}</h3>
        <ul class="nhsuk-list c4h-api__list">
            {functions
                .into_iter()
                .map(|function| {
                    view! {
                        <li class="c4h-api__entry">
                            <h4 class="nhsuk-heading-xs c4h-api__signature">
                                <code lang="en">{function.signature}</code>
                            </h4>
                            <p class="nhsuk-body-s">{function.description}</p>
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
    use c4h_messages::{Catalogue, Lang, Message};
    use c4h_protocol::api;

    fn english(id: &str) -> String {
        let catalogue = Catalogue::parse(include_str!("../../../messages/en/page.ftl")).unwrap();
        c4h_messages::render(&catalogue, Lang::En, &Message::new(id)).unwrap()
    }

    /// The page says in English what `c4h api` says: the same notice and group names.
    #[test]
    fn english_words_are_the_api_tables() {
        assert_eq!(english("api-synthetic"), api::SYNTHETIC_DATA_NOTICE);
        let ids = [
            "api-group-patients",
            "api-group-helpers",
            "api-group-statistics",
            "api-group-pictures",
            "api-group-apps",
            "api-group-fhir",
        ];
        let groups = [
            api::PATIENTS,
            api::HELPERS,
            api::STATISTICS,
            api::PICTURES,
            api::APPS,
            api::FHIR,
        ];
        for (id, group) in ids.into_iter().zip(groups) {
            assert_eq!(english(id), group);
        }
    }
}
