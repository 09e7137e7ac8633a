//! The pages of the product, switched by the address's fragment without reloading: `#/`
//! the playground, `#/lessons` the list, `#/lessons/<id>` a lesson, `#/display` the
//! display settings, and the classroom's `#/class`, `#/hand-in`, `#/teach` and `#/mark`
//! (a class link, `#class=`, opens "Your class"; a hand-in link, `#handin=`, "Mark
//! hand-ins"). Other fragments (the skip link's `#maincontent`) leave the page alone; a
//! share link (`#share=`) is read once when the page loads (main.rs).

use leptos::prelude::*;

use crate::i18n::tr;

use crate::classroom;
use crate::early::EarlyPlayground;
use crate::lessons;
use crate::page::{arrive_at_top, set_title};
use crate::parts::part_view;
use crate::playground::{Arrival, Playground};

/// Which page the address shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    Playground,
    Lessons,
    Lesson(String),
    Display,
    /// "Your class": the saved class, or a class link (`#class=`) to read and keep.
    Class(Option<String>),
    /// "Hand in my work", from the class page or from a lesson.
    HandIn(Option<String>),
    /// "Make a class link".
    Teach,
    /// "Mark hand-ins", with a hand-in link (`#handin=`) that was opened.
    Mark(Option<String>),
}

/// The route in `hash`, or `None` for a fragment that is not a route (such as the skip
/// link's `#maincontent`), which leaves the page as it is.
pub fn route_of(hash: &str) -> Option<Route> {
    match c4h_links::PayloadKind::of(hash) {
        Some(c4h_links::PayloadKind::Class) => return Some(Route::Class(Some(hash.to_owned()))),
        Some(c4h_links::PayloadKind::HandIn) => return Some(Route::Mark(Some(hash.to_owned()))),
        None => {}
    }
    let path = hash.strip_prefix("#/")?;
    Some(match path.trim_end_matches('/') {
        "lessons" => Route::Lessons,
        "display" => Route::Display,
        "class" => Route::Class(None),
        "hand-in" => Route::HandIn(None),
        "teach" => Route::Teach,
        "mark" => Route::Mark(None),
        lesson if lesson.starts_with("hand-in/") => {
            Route::HandIn(Some(lesson["hand-in/".len()..].to_owned()))
        }
        lesson if lesson.starts_with("lessons/") => {
            Route::Lesson(lesson["lessons/".len()..].to_owned())
        }
        _ => Route::Playground,
    })
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The pages. `arrival` (a shared link's code, or a broken link) and `early` (what the
/// learner did before the app arrived) go to the first playground only.
#[component]
pub fn Pages(arrival: Arrival, early: Option<EarlyPlayground>) -> impl IntoView {
    let route = RwSignal::new(route_of(&current_hash()).unwrap_or(Route::Playground));
    let arrival = StoredValue::new(Some(arrival));
    let early = StoredValue::new_local(early);
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
            let early = early.try_update_value(Option::take).flatten();
            view! { <Playground arrival=arrival early=early/> }.into_any()
        }
        Route::Lessons => {
            set_title(Some(&tr!("shell-nav-lessons")));
            part_view(tr!("lessons-loading"), &["lessons"], lessons::list_part()).into_any()
        }
        Route::Lesson(id) => {
            part_view(tr!("lesson-loading"), &["lessons"], lessons::page_part(id)).into_any()
        }
        Route::Display => {
            set_title(Some(&tr!("shell-nav-display")));
            part_view(
                tr!("part-loading"),
                &["display"],
                crate::display::page_part(),
            )
            .into_any()
        }
        Route::Class(link) => part_view(
            tr!("part-loading"),
            classroom::AREAS,
            classroom::class_part(link),
        )
        .into_any(),
        Route::HandIn(lesson) => part_view(
            tr!("part-loading"),
            classroom::AREAS,
            classroom::hand_in_part(lesson),
        )
        .into_any(),
        Route::Teach => part_view(
            tr!("part-loading"),
            classroom::AREAS,
            classroom::teach_part(),
        )
        .into_any(),
        Route::Mark(link) => part_view(
            tr!("part-loading"),
            classroom::MARKING_AREAS,
            classroom::mark_part(link),
        )
        .into_any(),
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
        assert_eq!(route_of("#/display"), Some(Route::Display));
        assert_eq!(
            route_of("#/lessons/printing"),
            Some(Route::Lesson("printing".into()))
        );
        assert_eq!(route_of("#/class"), Some(Route::Class(None)));
        assert_eq!(route_of("#/teach"), Some(Route::Teach));
        assert_eq!(route_of("#/mark"), Some(Route::Mark(None)));
        assert_eq!(route_of("#/hand-in"), Some(Route::HandIn(None)));
        assert_eq!(
            route_of("#/hand-in/printing"),
            Some(Route::HandIn(Some("printing".into())))
        );
        assert_eq!(
            route_of("#class=v1.2.AA"),
            Some(Route::Class(Some("#class=v1.2.AA".into())))
        );
        assert_eq!(
            route_of("#handin=v1.2.AA"),
            Some(Route::Mark(Some("#handin=v1.2.AA".into())))
        );
        assert_eq!(route_of("#maincontent"), None);
        assert_eq!(route_of("#share=v1.code.1.AA"), None);
        assert_eq!(route_of(""), None);
    }
}
