//! What a run shows, item by item: printed lines, tables, charts and `show` results, and
//! how each is drawn. Charts are SVG from c4h-charts (the same picture `c4h run --out`
//! writes), each with its values as a table for people who cannot see the picture.

use c4h_charts::{Chart, Table, render_svg};
use leptos::prelude::*;

use crate::i18n::{self, tr};

use crate::parts::{part, part_view};
use crate::session::items::{LineKind, OutputItem, OutputKind};
use crate::session::use_session;

/// The Output panel's log: what the page's session printed and showed, in order, as a
/// live region a screen reader reads as it grows. `label` names it ("Output"), or
/// `labelled_by` points at a heading that does; `empty` is what it says before any run.
#[component]
pub fn OutputLog(
    #[prop(optional, into)] label: Option<String>,
    #[prop(optional)] labelled_by: Option<&'static str>,
    #[prop(optional, into)] empty: Option<String>,
    /// The log's class, for the page's layout.
    class: &'static str,
    /// Whether the log comes into view after a run the learner asked for (a lesson page
    /// brings its whole feedback into view instead).
    #[prop(default = true)]
    reveal: bool,
) -> impl IntoView {
    let session = use_session();
    let log = NodeRef::<leptos::html::Div>::new();
    if reveal {
        crate::reveal::reveal_after_runs(log, web_sys::ScrollLogicalPosition::Nearest);
    }
    view! {
        <div id="output" node_ref=log class=class role="log" aria-label=label aria-labelledby=labelled_by tabindex="0">
            {move || {
                empty.clone().filter(|_| session.items.with(Vec::is_empty))
                    .map(|empty| view! { <span class="c4h-output__empty">{empty}</span> })
            }}
            // An app's results are not shown while one of its boxes holds a value it cannot
            // use: they would be worked out from the last good value, beside a box showing
            // another (a half-typed 600 for 6000).
            {move || session.invalid_inputs.with(|labels| labels.first().map(|label| view! {
                <p class="c4h-output__block c4h-output__wait">
                    {tr!("output-fix-value", label = label.as_str())}
                </p>
            }))}
            <For
                each=move || {
                    if session.invalid_inputs.with(Vec::is_empty) {
                        session.items.get()
                    } else {
                        Vec::new()
                    }
                }
                key=|item| item.id
                let:item
            >
                {item_view(item)}
            </For>
        </div>
    }
}

/// Draws one output item.
pub fn item_view(item: OutputItem) -> AnyView {
    match item.kind {
        OutputKind::Line(kind, text) => {
            view! { <span class=line_class(kind)>{text}</span> }.into_any()
        }
        OutputKind::Said(kind, message) => {
            let text = format!("{}\n", i18n::render(&message));
            view! { <span class=line_class(kind)>{text}</span> }.into_any()
        }
        OutputKind::Table(table) => {
            view! { <div class="c4h-output__block">{table_view(&table)}</div> }.into_any()
        }
        OutputKind::Chart(chart) => chart_view(*chart, item.id),
        OutputKind::Problem(diagnostic) => problem_view(&diagnostic),
        OutputKind::Shown { label, value } => view! {
            <div class="c4h-output__block c4h-result">
                <span class="c4h-result__label">{label}</span>
                " "
                <strong class="c4h-result__value">{value}</strong>
            </div>
        }
        .into_any(),
    }
}

/// An accessible HTML table: a caption, column headers, and a note when rows were left out.
pub fn table_view(table: &Table) -> impl IntoView + use<> {
    let caption = (!table.caption.is_empty()).then(|| table.caption.clone());
    let note = table
        .rows_given
        .map(|given| tr!("output-rows-shown", shown = table.rows.len(), given = given));
    let columns = table.columns.clone();
    let rows = table.rows.clone();
    view! {
        <div class="c4h-table-wrap">
            <table class="c4h-table">
                {caption.map(|caption| view! { <caption class="c4h-table__caption">{caption}</caption> })}
                <thead>
                    <tr>
                        {columns
                            .into_iter()
                            .map(|column| view! { <th scope="col">{column}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            view! {
                                <tr>
                                    {row.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        {note.map(|note| view! { <p class="c4h-table__note">{note}</p> })}
    }
}

part!(
    charts,
    /// A chart's picture (SVG) and its values as a table: the chart renderer is a part of its
    /// own, fetched with the first chart a script draws. The words it adds (description,
    /// legend, table columns) are the `charts` catalogue's, which must be in by then.
    fn draw_chart(chart: Chart, id: usize) -> (String, Table) {
        let words = &crate::i18n::render;
        (
            render_svg(&chart, &format!("c4h-chart-{id}"), words),
            chart.data_table(words),
        )
    }
);

part!(
    charts,
    /// Fetches the chart renderer without drawing anything, so its words can be fetched
    /// beside it.
    fn chart_renderer_ready() -> bool {
        true
    }
);

/// A chart: the SVG picture (with its own title and description for screen readers) and,
/// under it, "Show as table" with the same values.
fn chart_view(chart: Chart, id: usize) -> AnyView {
    let drawing = async move {
        // The renderer and its words (the `charts` catalogue) are fetched side by side, and
        // the chart is drawn once both are in: never with words missing.
        let (renderer, words) =
            crate::parts::both(chart_renderer_ready(), crate::i18n::load_area("charts")).await;
        renderer?;
        words?;
        let (svg, table) = draw_chart(chart, id).await?;
        // The SVG is our own renderer's output, with every piece of the script's text
        // escaped (tested in c4h-charts), so it is safe to insert as markup.
        let make: crate::parts::MakeView = Box::new(move || {
            view! {
            // Reachable with Tab, because on a phone it scrolls sideways (styles:
            // `.c4h-figure__picture`); named "Chart" only, as the picture inside says its
            // own title, which would otherwise be read twice.
            <div class="c4h-figure__picture" role="group" tabindex="0" aria-label=tr!("output-chart")
                inner_html=svg></div>
            <details class="c4h-figure__table">
                <summary>{tr!("output-show-as-table")}</summary>
                {table_view(&table)}
            </details>
        }
        .into_any()
        });
        Ok(make)
    };
    view! {
        <figure class="c4h-output__block c4h-figure">
            {part_view(tr!("chart-drawing"), &[], drawing)}
        </figure>
    }
    .into_any()
}

/// A problem, once its words are in: the worker sends it as data, and its words are the
/// `errors` catalogue, fetched when the learner first types or runs (session), so it is
/// usually in before the first mistake; until it is, the problem waits (the status line
/// already names its line).
fn problem_view(diagnostic: &c4h_protocol::Diagnostic) -> AnyView {
    let ready = crate::i18n::area_ready("errors");
    let diagnostic = diagnostic.clone();
    (move || ready.get().then(|| problem_words_view(&diagnostic))).into_any()
}

/// A problem: its sentence (code in it shown as code), the line of code with a mark under
/// the place, and "Details" (the column and Rhai's own words) for those who want them.
fn problem_words_view(diagnostic: &c4h_protocol::Diagnostic) -> AnyView {
    let class = match diagnostic.kind {
        c4h_protocol::DiagnosticKind::Limit => "c4h-output__block c4h-problem c4h-problem--stopped",
        _ => "c4h-output__block c4h-problem",
    };
    // The line of code, and under it a `^` at the place: a screen reader reads the line,
    // not the mark (the column is in Details, and the editor's cursor can go there).
    let excerpt = diagnostic.excerpt().map(|(code, mark)| {
        let mark = mark
            .contains('^')
            .then(|| view! { "\n" <span aria-hidden="true">{mark}</span> });
        view! { <pre class="c4h-problem__code" lang="en"><code>{code}{mark}</code></pre> }
    });
    // The editor's cursor goes to the place, where the page has an editor (not an app's).
    let go_to = diagnostic
        .line
        .zip(use_context::<crate::editor::EditorHandle>())
        .map(|(line, editor)| {
            let column = diagnostic.column.unwrap_or(1);
            view! {
                <button type="button" class="c4h-problem__go"
                    on:click=move |_| editor.go_to(line, column)>
                    {tr!("output-go-to-line", line = line)}
                </button>
            }
        });
    let details = diagnostic.details_message().map(|message| {
        view! {
            <details class="c4h-problem__details">
                <summary>{tr!("output-details")}</summary>
                <p>{details_view(message, &diagnostic.detail)}</p>
            </details>
        }
    });
    view! {
        <div class=class>
            <p class="c4h-problem__message">
                <strong>{format!("{}: ", diagnostic.heading(&crate::i18n::render))}</strong>
                {with_code(&crate::i18n::render(&diagnostic.message))}
            </p>
            {excerpt}
            {go_to}
            {details}
        </div>
    }
    .into_any()
}

/// "Details" in the learner's language, with Rhai's own words (`rhai`, which stay as Rhai
/// wrote them) in an element marked as English, so a screen reader speaks them as English.
fn details_view(mut message: c4h_messages::Message, rhai: &str) -> AnyView {
    // A character no message contains stands in for Rhai's words, to find their place.
    const PLACE: &str = "\u{E000}";
    let mut has_rhai = false;
    for (name, value) in &mut message.args {
        if name == "detail" {
            *value = c4h_messages::Arg::Text(PLACE.to_owned());
            has_rhai = true;
        }
    }
    let text = i18n::render(&message);
    match text.split_once(PLACE).filter(|_| has_rhai) {
        Some((before, after)) => view! {
            {before.to_owned()}<span lang="en">{rhai.to_owned()}</span>{after.to_owned()}
        }
        .into_any(),
        None => text.into_any(),
    }
}

/// Text with the parts between backticks shown as code (c4h-protocol's `code_spans`).
pub fn with_code(text: &str) -> Vec<AnyView> {
    c4h_protocol::code_spans(text)
        .into_iter()
        .map(|(is_code, part)| {
            if is_code {
                view! { <code class="c4h-code-inline" lang="en">{part}</code> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect()
}

/// The CSS class of a printed line of `kind`.
fn line_class(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Print => "c4h-output__line",
        LineKind::Debug => "c4h-output__line c4h-output__line--debug",
        LineKind::Error => "c4h-output__line c4h-output__line--error",
        LineKind::Notice => "c4h-output__line c4h-output__line--notice",
    }
}
