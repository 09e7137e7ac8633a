//! Parts of the app that load when first used, so a first visit downloads only the
//! playground: the lessons, a shared app's view, kiosk mode, embedding, drawing charts, an
//! app's form, making a share link, and more (docs/ARCHITECTURE.md lists them).
//!
//! A part is a function declared with [`part!`]. Built with the `split` feature (by
//! crates/wasm-build), its code and everything only it reaches go into a wasm module of its
//! own, fetched the first time the function is called (`wasm_split`, the mechanism behind
//! Leptos's `#[lazy]`, with its `fallible` option so a failed fetch is an error the page
//! can explain rather than a crash). Without the feature (native tests, lint) it is a plain
//! `async` function. The service worker keeps every part for offline use.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use leptos::prelude::*;

use crate::i18n::tr;

/// A part of the app could not be fetched (the network went away on a first visit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartMissing;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> PartMissing {
        PartMissing
    }
}

/// Declares a part: `part!(module, fn name(args) -> Output { body })`. Functions that name
/// the same `module` share one wasm module. Callers `.await` the result, a
/// `Result<Output, PartMissing>`.
macro_rules! part {
    ($module:ident, $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        $(#[$attr])*
        $vis fn $name($($arg: $ty),*) -> ::std::result::Result<$out, $crate::parts::PartMissing> {
            ::std::result::Result::Ok($body)
        }

        #[cfg(not(feature = "split"))]
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> ::std::result::Result<$out, $crate::parts::PartMissing> {
            ::std::result::Result::Ok($body)
        }
    };
}
pub(crate) use part;

/// What a part that shows something gives back: the making of its view, which waits until
/// the part's words have arrived too (the view's text is taken as it is made).
pub type MakeView = Box<dyn FnOnce() -> AnyView>;

/// Shows the view a part makes once it has arrived: `waiting` until then (nothing, if it
/// is empty), and a plain message if it could not be fetched. `areas` are the message
/// catalogues its words are in (`messages/<lang>/<area>.ftl`), fetched beside it.
pub fn part_view(
    waiting: String,
    areas: &'static [&'static str],
    load: impl Future<Output = Result<MakeView, PartMissing>> + 'static,
) -> AnyView {
    // One copy of what follows for every part: only the boxing is made per caller.
    part_view_of(waiting, areas, Box::pin(load))
}

type Loading = Pin<Box<dyn Future<Output = Result<MakeView, PartMissing>>>>;

#[inline(never)]
fn part_view_of(waiting: String, areas: &'static [&'static str], load: Loading) -> AnyView {
    let load = async move {
        // The catalogues are fetched while the part is: both start before either is awaited.
        let words = Box::pin(async move {
            for area in areas {
                crate::i18n::load_area(area).await?;
            }
            Ok::<(), PartMissing>(())
        });
        let (words, make) = both(words, load).await;
        words?;
        Ok(make?())
    };
    // A view is not `Send`: it lives in a local signal until it is shown, once.
    let arrived = RwSignal::new_local(None::<Result<AnyView, PartMissing>>);
    // The part makes its view when it arrives: under this place's owner, so its components
    // find the page's context (the session), but tracked by nothing.
    let owner = Owner::current().unwrap_or_default();
    let load = WithOwner {
        owner,
        future: Box::pin(load),
    };
    leptos::task::spawn_local(async move { arrived.set(Some(load.await)) });
    // Runs again only when the part arrives (`set`), and then takes the view out.
    (move || {
        arrived.track();
        match arrived.try_update_untracked(Option::take).flatten() {
            None if waiting.is_empty() => ().into_any(),
            None => view! { <p class="nhsuk-body c4h-loading" role="status">{waiting.clone()}</p> }
                .into_any(),
            Some(Ok(view)) => view,
            Some(Err(PartMissing)) => view! {
                <div class="nhsuk-warning-callout" role="alert">
                    <h2 class="nhsuk-warning-callout__label">{tr!("part-missing-heading")}</h2>
                    <p>{tr!("part-missing")}</p>
                </div>
            }
            .into_any(),
        }
    })
    .into_any()
}

/// A future polled under `owner`, with nothing tracking what it reads.
struct WithOwner<F> {
    owner: Owner,
    future: Pin<Box<F>>,
}

impl<F: Future> Future for WithOwner<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<F::Output> {
        let owner = self.owner.clone();
        owner.with(|| untrack(|| self.future.as_mut().poll(context)))
    }
}

/// Two futures polled side by side, for both of their results.
pub async fn both<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (std::pin::pin!(a), std::pin::pin!(b));
    let (mut a_done, mut b_done) = (None, None);
    std::future::poll_fn(move |context| {
        if a_done.is_none()
            && let Poll::Ready(out) = a.as_mut().poll(context)
        {
            a_done = Some(out);
        }
        if b_done.is_none()
            && let Poll::Ready(out) = b.as_mut().poll(context)
        {
            b_done = Some(out);
        }
        match (a_done.take(), b_done.take()) {
            (Some(a), Some(b)) => Poll::Ready((a, b)),
            (a, b) => {
                (a_done, b_done) = (a, b);
                Poll::Pending
            }
        }
    })
    .await
}
