//! The pages of the product, switched by the address's fragment without reloading: `#/`
//! the playground, `#/lessons` the list, `#/lessons/<id>` a lesson. Other fragments (the
//! skip link's `#maincontent`) leave the page alone; a share link (`#share=`) is read once
//! when the page loads (main.rs).

use leptos::prelude::*;

use crate::lessons::{lesson_list, lesson_page, with_curriculum};
use crate::page::{arrive_at_top, set_title};
use crate::playground::{Arrival, Playground};

/// Which page the address shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    Playground,
    Lessons,
    Lesson(String),
}

/// The route in `hash`, or `None` for a fragment that is not a route (such as the skip
/// link's `#maincontent`), which leaves the page as it is.
pub fn route_of(hash: &str) -> Option<Route> {
    let path = hash.strip_prefix("#/")?;
    Some(match path.trim_end_matches('/') {
        "lessons" => Route::Lessons,
        lesson if lesson.starts_with("lessons/") => {
            Route::Lesson(lesson["lessons/".len()..].to_owned())
        }
        _ => Route::Playground,
    })
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The pages. `arrival` (a shared link's code, or a broken link) goes to the first
/// playground only.
#[component]
pub fn Pages(arrival: Arrival) -> impl IntoView {
    let route = RwSignal::new(route_of(&current_hash()).unwrap_or(Route::Playground));
    let arrival = StoredValue::new(Some(arrival));
    let on_hash_change = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(next) = route_of(&current_hash())
            && next != route.get_untracked()
        {
            route.set(next);
            arrive_at_top();
        }
    });
    on_cleanup(move || on_hash_change.remove());
    move || match route.get() {
        Route::Playground => {
            let arrival = arrival
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or(Arrival::Plain);
            view! { <Playground arrival=arrival/> }.into_any()
        }
        Route::Lessons => {
            set_title(Some("Lessons"));
            with_curriculum(lesson_list).into_any()
        }
        Route::Lesson(id) => {
            with_curriculum(move |curriculum| lesson_page(curriculum, id.clone())).into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_name_pages_or_leave_the_page_alone() {
        assert_eq!(route_of("#/"), Some(Route::Playground));
        assert_eq!(route_of("#/lessons"), Some(Route::Lessons));
        assert_eq!(route_of("#/lessons/"), Some(Route::Lessons));
        assert_eq!(
            route_of("#/lessons/printing"),
            Some(Route::Lesson("printing".into()))
        );
        assert_eq!(route_of("#maincontent"), None);
        assert_eq!(route_of("#share=v1.code.1.AA"), None);
        assert_eq!(route_of(""), None);
    }
}
