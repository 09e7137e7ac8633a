//! "Mark hand-ins", for teachers: paste hand-in links (one a line, or a whole chat
//! message with links among other text) or add or drop `.c4h` files; each link is read
//! all or nothing (a broken one is listed with where it came from); then every learner's
//! code runs with its lesson's checks in the worker, one cell at a time ([`Marker`]), and
//! the table fills in: learner by lesson, passed, which checks failed, or not tried, with
//! totals. A hand-in does not say which language the learner worked in, and a Welsh
//! twin's checks may look for Welsh words: code that runs to its end but fails the
//! lesson's checks in the teacher's language is run again with its twin's, and passes if
//! it passes those (as `c4h mark` does). A cell opens the learner's code, read-only, beside its checks' results; the table
//! downloads as CSV. Hostile code is the sandbox's to stop, as any script is; Stop ends the
//! cell that is running and marking goes on with the next.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::time::Duration;

use c4h_classroom::{
    CheckOutcome, HandIn, Job, Mark, Marking, Unmarked, csv::csv, first_sentence, passes,
};
use c4h_lessons::{Curriculum, Lesson};
use c4h_links::{PayloadKind, find_payloads};
use c4h_protocol::{Event, Request, WorkerMessage};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::links::{problem_words, read_hand_in};
use crate::i18n::{render, tr};
use crate::lessons::data::{all_lessons, fetch_other_curriculum};
use crate::page::set_title;
use crate::runner::{Runner, RunnerEvent};
use crate::share::{self, OpenedFile};

pub fn mark_page(curriculum: Rc<Curriculum>, link: Option<String>) -> AnyView {
    view! { <MarkPage curriculum=curriculum link=link/> }.into_any()
}

/// A file the teacher added: its name and text.
#[derive(Clone, PartialEq)]
struct Added {
    name: String,
    text: String,
}

/// Where a cell's detail is open: row and column.
type Open = Option<(usize, usize)>;

#[component]
fn MarkPage(curriculum: Rc<Curriculum>, link: Option<String>) -> impl IntoView {
    set_title(Some(&tr!("mark-heading")));
    let lessons: Vec<Lesson> = all_lessons(&curriculum).into_iter().cloned().collect();
    let lessons = StoredValue::new(lessons);
    // The lessons in the other language, fetched at the first marking: twins' checks.
    let twins = StoredValue::new(None::<Vec<Lesson>>);
    let pasted = RwSignal::new(link.map(|link| format!("{link}\n")).unwrap_or_default());
    let files = RwSignal::new(Vec::<Added>::new());
    let file_problems = RwSignal::new(Vec::<String>::new());
    let link_problems = RwSignal::new(Vec::<String>::new());
    let marking = RwSignal::new(None::<Marking>);
    let open = RwSignal::new(None::<(usize, usize)>);
    let announce = RwSignal::new(String::new());
    let marker = Marker::new(marking, announce, lessons, twins);
    let marker = StoredValue::new_local(marker);

    let add_files = move |opened: Vec<OpenedFile>| {
        for file in opened {
            match file {
                OpenedFile::Text { name, text } => files.update(|f| f.push(Added { name, text })),
                OpenedFile::Problem(message) => file_problems.update(|p| p.push(message)),
            }
        }
    };
    let choose_files = move || {
        spawn_local(async move { add_files(share::open_files(".c4h,.txt,text/plain").await) });
    };
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        let event: web_sys::Event = event.into();
        spawn_local(async move { add_files(share::dropped_files(&event).await) });
    };

    let start = move || {
        open.set(None);
        let mut sources: Vec<(String, String)> = vec![(tr!("mark-pasted"), pasted.get_untracked())];
        sources.extend(files.get_untracked().into_iter().map(|f| (f.name, f.text)));
        spawn_local(async move {
            if twins.with_value(Option::is_none) {
                let other = fetch_other_curriculum().await;
                let other = other.map(|c| all_lessons(&c).into_iter().cloned().collect::<Vec<_>>());
                twins.set_value(Some(other.unwrap_or_default()));
            }
            let (hand_ins, problems) = read_all(&sources).await;
            link_problems.set(problems);
            if hand_ins.is_empty() {
                marking.set(None);
                announce.set(tr!("mark-none-found"));
                return;
            }
            let table = lessons.with_value(|lessons| {
                Marking::new(&hand_ins, |id| lessons.iter().any(|l| l.id == id))
            });
            let jobs = table.jobs();
            announce.set(tr!("mark-started", count = hand_ins.len()));
            marking.set(Some(table));
            marker.with_value(|marker| marker.start(jobs));
        });
    };
    let stop = move || marker.with_value(Marker::stop);
    let download = move || {
        let Some(table) = marking.get_untracked() else {
            return;
        };
        let text = lessons.with_value(|lessons| {
            table.as_text(
                [
                    &tr!("mark-learner"),
                    &tr!("mark-class"),
                    &tr!("mark-total"),
                    &tr!("mark-totals"),
                ],
                |id| title_of(lessons, id),
                mark_words,
                |passed, count| tr!("mark-of", passed = passed, count = count),
            )
        });
        share::download("marks.csv", &csv(&text));
    };
    let running = move || marker.with_value(|m| m.running.get());

    view! {
        <h1 class="nhsuk-heading-l">{tr!("mark-heading")}</h1>
        <p class="nhsuk-body">{tr!("mark-intro")}</p>
        <p class="nhsuk-body">{tr!("classroom-privacy-teacher")}</p>
        <div class="c4h-mark__drop" on:dragover=|event: web_sys::DragEvent| event.prevent_default() on:drop=on_drop>
            <div class="c4h-field">
                <label class="c4h-field__label" for="hand-in-links">{tr!("mark-paste")}</label>
                <div class="c4h-field__hint" id="hand-in-links-hint">{tr!("mark-paste-hint")}</div>
                <textarea class="c4h-field__input c4h-mark__links" id="hand-in-links" rows="6"
                    aria-describedby="hand-in-links-hint" spellcheck="false"
                    prop:value=move || pasted.get()
                    on:input=move |event| pasted.set(event_target_value(&event))></textarea>
            </div>
            <div class="c4h-toolbar c4h-toolbar--tools">
                <button type="button" class="c4h-tool" on:click=move |_| choose_files()>{tr!("mark-add-files")}</button>
                {move || (!files.with(Vec::is_empty)).then(|| view! {
                    <button type="button" class="c4h-tool" on:click=move |_| files.set(Vec::new())>{tr!("mark-clear-files")}</button>
                })}
            </div>
            <p class="nhsuk-body c4h-mark__files" role="status">
                {move || {
                    let names: Vec<String> = files.get().into_iter().map(|f| f.name).collect();
                    (!names.is_empty()).then(|| tr!("mark-files", count = names.len(), names = names.join(", ")))
                }}
            </p>
            {move || (!file_problems.with(Vec::is_empty)).then(|| view! {
                <ul class="c4h-mark__problems">
                    {file_problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            })}
        </div>
        <div class="c4h-toolbar">
            <button type="button" class="nhsuk-button" aria-disabled=move || running().to_string()
                on:click=move |_| if !running() { start() }>{tr!("mark-start")}</button>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" aria-disabled=move || (!running()).to_string()
                on:click=move |_| stop()>{tr!("mark-stop")}</button>
        </div>
        <p class="c4h-status" role="status" aria-live="polite">{move || announce.get()}</p>
        {move || (!link_problems.with(Vec::is_empty)).then(|| view! {
            <div class="nhsuk-warning-callout" role="alert">
                <h2 class="nhsuk-warning-callout__label">{tr!("mark-link-problems-heading")}</h2>
                <ul>{link_problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            </div>
        })}
        {move || marking.get().map(|table| view! {
            <MarksTable table=table lessons=lessons open=open/>
            <div class="c4h-toolbar c4h-toolbar--tools">
                <button type="button" class="c4h-tool c4h-leaves-product" on:click=move |_| download()>{tr!("mark-download")}</button>
            </div>
        })}
        {move || {
            let (row, column) = open.get()?;
            let table = marking.get()?;
            Some(view! { <CellDetail table=table row=row column=column lessons=lessons open=open/> })
        }}
    }
}

/// Every hand-in in `sources` (a label and its text), read all or nothing, each identical
/// link once; and what could not be read, with where it came from.
async fn read_all(sources: &[(String, String)]) -> (Vec<HandIn>, Vec<String>) {
    let mut seen: Vec<&str> = Vec::new();
    let mut hand_ins = Vec::new();
    let mut problems = Vec::new();
    for (source, text) in sources {
        for (at, link) in find_payloads(text, PayloadKind::HandIn)
            .into_iter()
            .enumerate()
        {
            if seen.contains(&link) {
                continue;
            }
            seen.push(link);
            match read_hand_in(link).await {
                Ok(hand_in) => hand_ins.push(hand_in),
                Err(problem) => problems.push(tr!(
                    "mark-link-problem",
                    source = source.clone(),
                    number = at + 1,
                    problem = problem_words(problem)
                )),
            }
        }
    }
    (hand_ins, problems)
}

/// A lesson's checks' code, as "Check my code" sends them.
fn check_codes(lesson: &Lesson) -> Vec<String> {
    lesson.checks.iter().map(|c| c.code.clone()).collect()
}

fn title_of(lessons: &[Lesson], id: &str) -> String {
    lessons
        .iter()
        .find(|l| l.id == id)
        .map_or_else(|| id.to_owned(), |l| l.title.clone())
}

/// A mark in words, as the table, its CSV and screen readers say it. Code that stopped
/// says why in the Output's words ("Stopped on line 1: …"), its first sentence: the whole
/// problem is in the cell's detail.
fn mark_words(mark: &Mark) -> String {
    match mark {
        Mark::NotTried => tr!("mark-not-tried"),
        Mark::Waiting => tr!("mark-waiting"),
        Mark::Passed => tr!("mark-passed"),
        Mark::Failed {
            problem: Some(problem),
            ..
        } => first_sentence(problem).to_owned(),
        Mark::Failed {
            failed,
            problem: None,
        } => tr!(
            "mark-failed",
            count = failed.len(),
            checks = failed
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Mark::Unmarked(Unmarked::UnknownLesson) => tr!("mark-unknown-lesson"),
        Mark::Unmarked(Unmarked::Stopped) => tr!("mark-stopped-by-you"),
        Mark::Unmarked(Unmarked::RunnerFailed) => tr!("mark-runner-failed"),
    }
}

fn mark_class(mark: &Mark) -> &'static str {
    match mark {
        Mark::Passed => "c4h-mark c4h-mark--passed",
        Mark::Failed { .. } => "c4h-mark c4h-mark--failed",
        _ => "c4h-mark",
    }
}

#[component]
fn MarksTable(
    table: Marking,
    lessons: StoredValue<Vec<Lesson>>,
    open: RwSignal<Open>,
) -> impl IntoView {
    let count = table.lessons.len();
    let learners = table.rows.len();
    let headings = table
        .lessons
        .iter()
        .map(|id| view! { <th scope="col">{lessons.with_value(|l| title_of(l, id))}</th> })
        .collect_view();
    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let cells = row
                .cells
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    let lesson = lessons.with_value(|l| title_of(l, &table.lessons[c]));
                    let view_button = cell.code.is_some().then(|| {
                        let label = tr!(
                            "mark-view-label",
                            learner = row.learner.clone(),
                            lesson = lesson.clone()
                        );
                        view! {
                            <button type="button" class="c4h-tool c4h-mark__view" aria-label=label
                                on:click=move |_| open.set(Some((r, c)))>{tr!("mark-view")}</button>
                        }
                    });
                    view! {
                        <td>
                            <span class=mark_class(&cell.mark)>{mark_words(&cell.mark)}</span>
                            " "
                            {view_button}
                        </td>
                    }
                })
                .collect_view();
            let class = (!row.class.is_empty())
                .then(|| view! { <span class="c4h-mark__class">{row.class.clone()}</span> });
            view! {
                <tr>
                    <th scope="row">{row.learner.clone()} " " {class}</th>
                    {cells}
                    <td>{tr!("mark-of", passed = table.passed_by(r), count = count)}</td>
                </tr>
            }
        })
        .collect_view();
    let totals = (0..count)
        .map(|c| view! { <td>{tr!("mark-of", passed = table.passed_in_lesson(c), count = learners)}</td> })
        .collect_view();
    view! {
        <div class="c4h-table-wrap" role="region" aria-labelledby="marks-caption" tabindex="0">
            <table class="c4h-table c4h-marks">
                <caption class="c4h-table__caption" id="marks-caption">{tr!("mark-caption", count = learners)}</caption>
                <thead><tr>
                    <th scope="col">{tr!("mark-learner")}</th>
                    {headings}
                    <th scope="col">{tr!("mark-total")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr>
                    <th scope="row">{tr!("mark-totals")}</th>
                    {totals}
                    <td></td>
                </tr></tfoot>
            </table>
        </div>
    }
}

/// One learner's code for one lesson, read-only, beside its checks' results.
#[component]
fn CellDetail(
    table: Marking,
    row: usize,
    column: usize,
    lessons: StoredValue<Vec<Lesson>>,
    open: RwSignal<Open>,
) -> impl IntoView {
    let learner = table.rows[row].learner.clone();
    let cell = table.rows[row].cells[column].clone();
    let id = table.lessons[column].clone();
    let lesson = lessons.with_value(|l| l.iter().find(|l| l.id == id).cloned());
    let title = lesson
        .as_ref()
        .map_or_else(|| id.clone(), |l| l.title.clone());
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let checks = lesson.map(|lesson| {
        lesson
            .checks
            .iter()
            .zip(cell.checks.iter())
            .map(|(check, outcome): (_, &CheckOutcome)| {
                let (mark, class) = if outcome.passed {
                    (tr!("mark-check-passed"), "c4h-check")
                } else {
                    (tr!("mark-check-failed"), "c4h-check c4h-check--failed")
                };
                let said = outcome.said.clone();
                view! {
                    <li class=class>
                        <strong class="c4h-check__mark">{mark}</strong>
                        " "
                        <span inner_html=check.title_html.clone()></span>
                        {said.map(|said| view! { <span class="c4h-check__message">{said}</span> })}
                    </li>
                }
            })
            .collect_view()
    });
    let problem = match &cell.mark {
        Mark::Failed {
            problem: Some(problem),
            ..
        } => Some(problem.clone()),
        _ => None,
    };
    view! {
        <section class="c4h-mark__detail" aria-labelledby="mark-detail-heading">
            <h2 class="nhsuk-heading-m" id="mark-detail-heading" tabindex="-1" node_ref=heading>
                {tr!("mark-detail-heading", learner = learner, lesson = title)}
            </h2>
            <p class="nhsuk-body"><span class=mark_class(&cell.mark)>{mark_words(&cell.mark)}</span></p>
            {problem.map(|problem| view! { <p class="nhsuk-body c4h-mark__problem">{problem}</p> })}
            <div class="c4h-mark__side">
                <div>
                    <h3 class="nhsuk-heading-s">{tr!("mark-code")}</h3>
                    <pre class="c4h-code c4h-mark__code" tabindex="0" aria-label=tr!("mark-code")><code lang="en">{cell.code.unwrap_or_default()}</code></pre>
                </div>
                <div>
                    <h3 class="nhsuk-heading-s">{tr!("mark-checks")}</h3>
                    <ul class="c4h-checks__list">{checks}</ul>
                </div>
            </div>
            <button type="button" class="c4h-tool" on:click=move |_| open.set(None)>{tr!("mark-close")}</button>
        </section>
    }
}

/// Runs the marking's jobs in the worker, one at a time: each learner's code with its
/// lesson's checks (`Request::Check`, as "Check my code" sends), the results recorded in
/// the table as they come. A worker that fails or is stopped is replaced for the next job.
#[derive(Clone)]
struct Marker {
    state: Rc<RefCell<MarkerState>>,
    running: RwSignal<bool>,
}

struct MarkerState {
    runner: Option<Runner>,
    queue: VecDeque<Job>,
    current: Option<Current>,
    next_run: u32,
    done: usize,
    total: usize,
    marking: RwSignal<Option<Marking>>,
    announce: RwSignal<String>,
    lessons: StoredValue<Vec<Lesson>>,
    twins: StoredValue<Option<Vec<Lesson>>>,
}

/// The job running, and its results so far.
struct Current {
    run: u32,
    job: Job,
    checks: Vec<CheckOutcome>,
    problem: Option<String>,
    /// The twin's checks, still to try if these fail.
    twin_checks: Option<Vec<String>>,
    /// The results with the teacher's language's checks, while the twin's run.
    first: Option<(Vec<CheckOutcome>, Option<String>)>,
}

impl Marker {
    fn new(
        marking: RwSignal<Option<Marking>>,
        announce: RwSignal<String>,
        lessons: StoredValue<Vec<Lesson>>,
        twins: StoredValue<Option<Vec<Lesson>>>,
    ) -> Marker {
        let state = Rc::new(RefCell::new(MarkerState {
            runner: None,
            queue: VecDeque::new(),
            current: None,
            next_run: 0,
            done: 0,
            total: 0,
            marking,
            announce,
            lessons,
            twins,
        }));
        let marker = Marker {
            state,
            running: RwSignal::new(false),
        };
        let weak = Rc::downgrade(&marker.state);
        let running = marker.running;
        let runner = Runner::new(move |event| {
            if let Some(state) = weak.upgrade() {
                Marker { state, running }.on_event(event);
            }
        });
        marker.state.borrow_mut().runner = Some(runner);
        marker
    }

    fn start(&self, jobs: Vec<Job>) {
        {
            let mut state = self.state.borrow_mut();
            state.total = jobs.len();
            state.done = 0;
            state.queue = jobs.into();
            state.current = None;
        }
        self.running.set(true);
        self.next();
    }

    /// Sends the next job, or says marking is over.
    fn next(&self) {
        let mut state = self.state.borrow_mut();
        let Some(job) = state.queue.pop_front() else {
            state.current = None;
            let passed = state.marking.with_untracked(|m| {
                m.as_ref().map_or(0, |m| {
                    (0..m.rows.len()).map(|r| m.passed_by(r)).sum::<usize>()
                })
            });
            state
                .announce
                .set(tr!("mark-finished", count = state.total, passed = passed));
            drop(state);
            self.running.set(false);
            return;
        };
        state.next_run += 1;
        let run = state.next_run;
        let lesson = state
            .lessons
            .with_value(|lessons| lessons.iter().find(|l| l.id == job.lesson).cloned());
        let checks = lesson.as_ref().map(check_codes).unwrap_or_default();
        // A twin: the same lesson in the other language, written in it (not the English
        // lesson standing in for an untranslated one).
        let twin_checks = state.twins.with_value(|twins| {
            twins
                .iter()
                .flatten()
                .find(|t| t.id == job.lesson && lesson.as_ref().is_some_and(|l| l.lang != t.lang))
                .map(check_codes)
        });
        let request = Request::Check {
            run,
            code: job.code.clone(),
            checks,
        };
        state.current = Some(Current {
            run,
            job,
            checks: Vec::new(),
            problem: None,
            twin_checks,
            first: None,
        });
        let runner = state.runner.clone();
        drop(state);
        if let Some(runner) = runner {
            runner.send(&request);
        }
    }

    /// The next job, once the current callback (perhaps a worker's error handler, which
    /// must not drop its own worker) has returned.
    fn next_soon(&self) {
        let marker = self.clone();
        set_timeout(move || marker.next(), Duration::ZERO);
    }

    /// Stop: ends the running job at once (a fresh worker takes the next).
    fn stop(&self) {
        let runner = {
            let mut state = self.state.borrow_mut();
            let Some(current) = state.current.take() else {
                return;
            };
            state.done += 1;
            state.marking.update(|m| {
                if let Some(m) = m {
                    m.unmarked(&current.job, Unmarked::Stopped);
                }
            });
            state.runner.clone()
        };
        if let Some(runner) = runner {
            runner.restart();
        }
        self.next_soon();
    }

    fn on_event(&self, event: RunnerEvent) {
        match event {
            RunnerEvent::Message(WorkerMessage::Event { run, event }) => {
                self.on_run_event(run, event)
            }
            RunnerEvent::Crashed(_) => {
                let mut state = self.state.borrow_mut();
                let Some(current) = state.current.take() else {
                    return;
                };
                state.marking.update(|m| {
                    if let Some(m) = m {
                        m.unmarked(&current.job, Unmarked::RunnerFailed);
                    }
                });
                drop(state);
                self.next_soon();
            }
            RunnerEvent::Message(_) => {}
        }
    }

    fn on_run_event(&self, run: u32, event: Event) {
        let mut state = self.state.borrow_mut();
        let Some(current) = state.current.as_mut().filter(|c| c.run == run) else {
            return;
        };
        match event {
            Event::Check {
                passed, message, ..
            } => current.checks.push(CheckOutcome {
                passed,
                said: message.as_ref().map(render),
            }),
            Event::Diagnostic { diagnostic } => {
                current
                    .problem
                    .get_or_insert_with(|| diagnostic.summary(&render));
            }
            Event::Finished { .. } => {
                // Failed with every check run: try the twin's checks, once.
                let retry = if current.problem.is_none() && !passes(&current.checks, None) {
                    current.twin_checks.take()
                } else {
                    None
                };
                if let Some(checks) = retry {
                    current.first = Some((std::mem::take(&mut current.checks), None));
                    let code = current.job.code.clone();
                    state.next_run += 1;
                    let run = state.next_run;
                    if let Some(current) = state.current.as_mut() {
                        current.run = run;
                    }
                    let request = Request::Check { run, code, checks };
                    let runner = state.runner.clone();
                    drop(state);
                    // Sent from a timer: this is the worker's message handler.
                    set_timeout(
                        move || {
                            if let Some(runner) = runner {
                                runner.send(&request);
                            }
                        },
                        Duration::ZERO,
                    );
                    return;
                }
                let Some(mut current) = state.current.take() else {
                    return;
                };
                // The twin's results count only if they pass; else the first results do.
                if let Some(first) = current.first.take()
                    && !passes(&current.checks, current.problem.as_deref())
                {
                    (current.checks, current.problem) = first;
                }
                state.done += 1;
                state.marking.update(|m| {
                    if let Some(m) = m {
                        m.record(&current.job, current.checks, current.problem);
                    }
                });
                drop(state);
                self.next_soon();
            }
            _ => {}
        }
    }
}
