//! The playground's tools to share and save code: Share app and Share code (a link with
//! the code inside it), Download code, and Open a file. The last two leave the product,
//! so kiosk mode hides them (kiosk.rs, by the `c4h-leaves-product` class).
//!
//! Making a link and the box that shows it are a part (`share_tools`), fetched at the
//! first Share: most visits share nothing. Download and Open a file stay in the page: the
//! browser lets a page open its file picker only straight after a click, not after a
//! fetch.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::editor::EditorHandle;
use crate::i18n::tr;
use crate::page::page_address;
use crate::parts::{MakeView, PartMissing, part, part_view};
use crate::share::{self, OpenedFile, ShareMode};

/// The name of a downloaded code file.
const DOWNLOAD_NAME: &str = "my-code.rhai";

/// A link the learner asked for, ready to copy.
#[derive(Clone, PartialEq)]
struct MadeLink {
    mode: ShareMode,
    url: String,
}

/// What a Share button changes: the made link, or what went wrong.
#[derive(Clone, Copy)]
struct Sharing {
    made_link: RwSignal<Option<MadeLink>>,
    share_message: RwSignal<Option<String>>,
}

part!(
    share_tools,
    /// Makes the link for `code`, opened as `mode`, and shows it (or why there is none).
    fn share_part(code: String, mode: ShareMode, sharing: Sharing) -> () {
        spawn_local(async move {
            match share::make_fragment(&code, mode).await {
                Ok(fragment) => sharing.made_link.set(Some(MadeLink {
                    mode,
                    url: format!("{}{fragment}", page_address()),
                })),
                Err(message) => {
                    sharing.made_link.set(None);
                    sharing.share_message.set(Some(message));
                }
            }
        });
    }
);

part!(
    share_tools,
    /// The box with the made link and Copy link.
    fn link_box_part(link: MadeLink, share_message: RwSignal<Option<String>>) -> MakeView {
        let url = link.url.clone();
        let copy = Callback::new(move |()| {
            let url = url.clone();
            spawn_local(async move { share_message.set(Some(share::copy_and_say(&url).await)) });
        });
        Box::new(move || view! { <LinkBox link=link copy=copy/> }.into_any())
    }
);

/// The tools. `offer` gets code from an opened file and where it came from (the page asks
/// before it replaces the learner's code); `notice` is the page's notice line.
#[component]
pub fn ShareTools(
    editor: EditorHandle,
    #[prop(into)] offer: Callback<(String, String)>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let made_link = RwSignal::new(None::<MadeLink>);
    let share_message = RwSignal::new(None::<String>);
    let sharing = Sharing {
        made_link,
        share_message,
    };

    let share = move |mode: ShareMode| {
        let Some(code) = editor.text() else { return };
        share_message.set(None);
        spawn_local(async move {
            if let Err(PartMissing) = share_part(code, mode, sharing).await {
                share_message.set(Some(tr!("part-missing")));
            }
        });
    };
    let download = move || {
        if let Some(code) = editor.text() {
            share::download(DOWNLOAD_NAME, &code);
            notice.set(Some(tr!("share-downloading", file_name = DOWNLOAD_NAME)));
        }
    };
    let open_file = move || {
        spawn_local(async move {
            match share::open_file().await {
                None => {}
                Some(OpenedFile::Problem(message)) => notice.set(Some(message)),
                Some(OpenedFile::Text { name, text }) => offer.run((text, name)),
            }
        });
    };

    view! {
        <div class="c4h-toolbar c4h-toolbar--tools" role="group" aria-label=tr!("share-tools")>
            <button type="button" class="c4h-tool" on:click=move |_| share(ShareMode::App)>
                {tr!("share-app")}
            </button>
            <button type="button" class="c4h-tool" on:click=move |_| share(ShareMode::Code)>
                {tr!("share-code")}
            </button>
            // Files leave the product: hidden on a shared kiosk (kiosk.rs).
            <button type="button" class="c4h-tool c4h-leaves-product" on:click=move |_| download()>
                {tr!("share-download")}
            </button>
            <button type="button" class="c4h-tool c4h-leaves-product" on:click=move |_| open_file()>
                {tr!("share-open-file")}
            </button>
        </div>
        {move || made_link.get().map(|link| part_view(String::new(), &[], link_box_part(link, share_message)))}
        <p class="c4h-notice" role="status">{move || share_message.get()}</p>
    }
}

/// A made link, in a read-only box that selects itself, with Copy link.
#[component]
fn LinkBox(link: MadeLink, copy: Callback<()>) -> impl IntoView {
    let label = match link.mode {
        ShareMode::App => tr!("share-link-app"),
        ShareMode::Code => tr!("share-link-code"),
    };
    // The focus goes to the new link, selected, ready to copy: otherwise a keyboard or
    // screen-reader user is left on the button, with nothing said about the link below.
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            let _ = input.focus();
            input.select();
        }
    });
    view! {
        <div class="c4h-share">
            <label class="c4h-field__label" for="share-link">{label}</label>
            <div class="c4h-field__hint" id="share-link-hint">{tr!("share-link-hint")}</div>
            <input
                class="c4h-field__input c4h-share__link"
                id="share-link"
                node_ref=input
                type="text"
                readonly
                aria-describedby="share-link-hint"
                value=link.url
                on:focus=|event| {
                    use wasm_bindgen::JsCast;
                    if let Some(input) = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        input.select();
                    }
                }
            />
            <button type="button" class="c4h-tool" on:click=move |_| copy.run(())>
                {tr!("share-copy-link")}
            </button>
        </div>
    }
}
