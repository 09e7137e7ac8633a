//! A link as a QR code beside it, for a projector (a class link) or a teacher's phone (a
//! hand-in). c4h-classroom draws the SVG (no scripts or styles, its name escaped); a link
//! too long for a code says so, and the link and the file still work.

use leptos::prelude::*;

use crate::i18n::tr;

#[component]
pub fn QrCode(url: String, #[prop(into)] label: String) -> impl IntoView {
    match c4h_classroom::qr::qr_svg(&url, &label) {
        Some(svg) => view! { <div class="c4h-qr" inner_html=svg></div> }.into_any(),
        None => view! { <p class="nhsuk-body">{tr!("classroom-qr-too-long")}</p> }.into_any(),
    }
}
