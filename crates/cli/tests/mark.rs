//! `c4h mark`, as a teacher uses it: hand-ins made for real lessons (each lesson's model
//! solution passes, its starter fails), saved in `.c4h` files and chat messages, marked by
//! the real binary in the sandbox.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use c4h_classroom::{HandIn, HandedLesson};
use c4h_lessons::{Curricula, Lesson, load_curricula, try_code};

mod common;

/// Three real lessons, in the class's order.
const IDS: [&str; 3] = ["printing", "numbers", "if-else"];
const CLASS: &str = "Ward 7, Tuesday 🩺";

fn lessons_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

fn curricula() -> &'static Curricula {
    static CURRICULA: OnceLock<Curricula> = OnceLock::new();
    CURRICULA.get_or_init(|| load_curricula(&lessons_folder()).expect("the lessons load"))
}

/// The English lesson `id`, or its Welsh twin.
fn lesson(id: &str, welsh: bool) -> &'static Lesson {
    let curriculum = if welsh {
        &curricula().welsh
    } else {
        &curricula().english
    };
    curriculum
        .units
        .iter()
        .flat_map(|unit| &unit.lessons)
        .find(|lesson| lesson.id == id)
        .unwrap_or_else(|| panic!("no lesson {id}"))
}

fn solution(id: &str) -> &'static str {
    &lesson(id, false).solution
}

fn starter(id: &str) -> &'static str {
    &lesson(id, false).starter
}

fn title(id: &str) -> &'static str {
    &lesson(id, false).title
}

/// How the table marks `code` that fails `id`'s checks: which checks failed, as the
/// sandbox finds them.
fn failed(id: &str, code: &str) -> String {
    let run = try_code(code, lesson(id, false));
    let numbers: Vec<String> = run
        .results
        .iter()
        .enumerate()
        .filter(|(_, (passed, _))| !passed)
        .map(|(at, _)| (at + 1).to_string())
        .collect();
    assert!(!numbers.is_empty(), "{id}: that code passes");
    let checks = if numbers.len() == 1 {
        "check"
    } else {
        "checks"
    };
    format!("failed: {checks} {}", numbers.join(", "))
}

/// A hand-in link (an address ending in its fragment) for `learner`'s code in each of the
/// lessons `IDS` (`None`: not tried).
fn hand_in_with(learner: &str, lessons: &[(&str, Option<&str>)]) -> String {
    let lessons = lessons
        .iter()
        .map(|(id, code)| HandedLesson {
            id: (*id).to_owned(),
            code: code.map(str::to_owned),
        })
        .collect();
    let hand_in = HandIn::new(CLASS, learner, lessons).expect("a hand-in");
    let fragment = c4h_classroom::native::hand_in_link(&hand_in).expect("it fits a link");
    format!("https://example.nhs.uk/code4health/{fragment}")
}

fn hand_in(learner: &str, codes: [Option<&str>; 3]) -> String {
    let lessons: Vec<(&str, Option<&str>)> = IDS.into_iter().zip(codes).collect();
    hand_in_with(learner, &lessons)
}

/// A folder of its own for one test.
fn folder(test: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("c4h-mark-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

fn write(folder: &Path, name: &str, text: impl AsRef<[u8]>) -> String {
    let path = folder.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// `c4h mark --from lessons/ ARGUMENTS`, with `stdin` on its input.
fn mark(arguments: &[&str], stdin: &str) -> Output {
    let folder = lessons_folder();
    let mut all = vec!["mark", "--from", folder.to_str().expect("a UTF-8 path")];
    all.extend_from_slice(arguments);
    common::c4h(&all, stdin)
}

/// The table `c4h mark` printed for ARGUMENTS, which must all have been read (exit 0).
fn marked(arguments: &[&str], stdin: &str) -> String {
    all_read(&mark(arguments, stdin))
}

/// What a run of `c4h mark` printed, once it has said every hand-in was read (exit 0).
fn all_read(output: &std::process::Output) -> String {
    let stdout = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        text(&output.stderr)
    );
    stdout
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The lined-up table's cells, line by line (cells are two or more spaces apart; an empty
/// cell leaves no trace).
fn cells(table: &str) -> Vec<Vec<String>> {
    table
        .lines()
        .map(|line| {
            line.split("  ")
                .map(str::trim)
                .filter(|cell| !cell.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// CSV as RFC 4180 writes it, read back.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the CSV ends with a line end"
    );
    rows
}

/// The marks `class_files` hands in, as the table's heading and learners' rows (its
/// totals row is written differently lined up and in CSV).
fn class_marks() -> Vec<Vec<String>> {
    vec![
        owned(&[
            "Learner",
            "Class",
            title("printing"),
            title("numbers"),
            title("if-else"),
            "Total",
        ]),
        owned(&["Ali", CLASS, "passed", "passed", "passed", "3 of 3"]),
        owned(&[
            "Siân O'Brien",
            CLASS,
            "passed",
            &failed("numbers", starter("numbers")),
            "not tried",
            "1 of 3",
        ]),
        owned(&[
            "Cy",
            CLASS,
            &failed("printing", starter("printing")),
            "not tried",
            "passed",
            "1 of 3",
        ]),
    ]
}

fn owned(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|cell| (*cell).to_owned()).collect()
}

/// Three learners: Ali passes everything, Siân one lesson of two tried, Cy one of two.
fn class_files(folder: &Path) -> (String, String) {
    let ali = hand_in(
        "Ali",
        [
            Some(solution("printing")),
            Some(solution("numbers")),
            Some(solution("if-else")),
        ],
    );
    let sian = hand_in(
        "Siân O'Brien",
        [Some(solution("printing")), Some(starter("numbers")), None],
    );
    let cy = hand_in(
        "Cy",
        [Some(starter("printing")), None, Some(solution("if-else"))],
    );
    let chat = write(
        folder,
        "chat.txt",
        format!(
            "[10:02] Ali: here is mine {ali}\n[10:03] Siân: sorry, mine's late! ({sian}). Thanks\n"
        ),
    );
    let file = write(folder, "cy.c4h", format!("Code4Health hand-in\n{cy}\n"));
    (chat, file)
}

#[test]
fn marks_hand_ins_from_chat_and_files_and_names_a_damaged_link() {
    let folder = folder("table");
    let (chat, file) = class_files(&folder);
    let dan = hand_in("Dan", [Some(solution("printing")), None, None]);
    let damaged = write(
        &folder,
        "dan.c4h",
        format!("Code4Health hand-in\n{}\n", &dan[..dan.len() - 10]),
    );

    let output = mark(&[&chat, &file, &damaged], "");
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    assert_eq!(
        stderr,
        format!("c4h: {damaged}: the 1st hand-in link was skipped: it is damaged or cut short\n")
    );
    let mut expected = class_marks();
    // A terminal's line ends where its text does: no empty cells.
    expected.push(owned(&["Totals", "2 of 3", "1 of 3", "2 of 3"]));
    assert_eq!(cells(&stdout), expected, "{stdout}");
    // Lined up as a terminal shows them (the class's emoji is two columns wide): every
    // row's total starts where the heading's does.
    let at = stdout.lines().next().unwrap().find("Total").unwrap();
    let columns = |line: &str| line.chars().count() + line.matches('🩺').count();
    assert!(
        stdout
            .lines()
            .skip(1)
            .take(3)
            .all(|line| columns(line) == at + "3 of 3".len()),
        "{stdout}"
    );
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn csv_holds_the_same_table_for_a_spreadsheet() {
    let folder = folder("csv");
    let (chat, file) = class_files(&folder);
    let stdout = marked(&["--csv", &chat, &file], "");
    assert!(stdout.ends_with("\r\n"), "{stdout}");
    let mut expected = class_marks();
    expected.push(owned(&["Totals", "", "2 of 3", "1 of 3", "2 of 3", ""]));
    assert_eq!(read_csv(&stdout), expected);
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn an_endless_loop_is_stopped_by_its_limit_and_the_others_are_still_marked() {
    let folder = folder("loop");
    let lee = hand_in("Lee", [Some("loop {}"), Some(solution("numbers")), None]);
    let ali = hand_in(
        "Ali",
        [
            Some(solution("printing")),
            Some(solution("numbers")),
            Some(solution("if-else")),
        ],
    );
    let file = write(&folder, "class.txt", format!("{lee}\n{ali}\n"));
    let stdout = marked(&["--csv", &file], "");
    let rows = read_csv(&stdout);
    assert_eq!(rows[1][0], "Lee");
    assert!(
        rows[1][2].starts_with("stopped: Stopped on line 1: "),
        "{stdout}"
    );
    assert!(rows[1][2].contains("loop that never ends"), "{stdout}");
    assert_eq!(rows[1][3..], owned(&["passed", "not tried", "1 of 3"]));
    assert_eq!(
        rows[2],
        owned(&["Ali", CLASS, "passed", "passed", "passed", "3 of 3"])
    );
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn the_same_hand_in_found_again_is_marked_once() {
    let folder = folder("once");
    let ali = hand_in("Ali", [Some(solution("printing")), None, None]);
    let chat = write(&folder, "chat.txt", format!("{ali}\nagain: {ali}\n"));
    let file = write(&folder, "ali.c4h", format!("Code4Health hand-in\n{ali}\n"));
    // And once more on standard input.
    let stdout = marked(&[&chat, &file, "-"], &ali);
    let rows = cells(&stdout);
    assert_eq!(rows.len(), 3, "{stdout}");
    assert_eq!(
        rows[1],
        owned(&["Ali", CLASS, "passed", "not tried", "not tried", "1 of 3"])
    );
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn links_and_files_that_cannot_be_read_are_named_and_the_rest_marked() {
    let folder = folder("problems");
    let ali = hand_in("Ali", [Some(solution("printing")), None, None]);
    let good = write(&folder, "ali.c4h", &ali);
    let newer = ali.replace("#handin=v1.", "#handin=v2.");
    let too_long = format!(
        "#handin=v1.5.00000000.{}",
        "A".repeat(c4h_links::MAX_LINK_CHARS)
    );
    let cut = &ali[..ali.len() / 2];
    let bad = write(
        &folder,
        "bad.txt",
        format!("first {newer}\nsecond {too_long}\nthird {cut}\n"),
    );
    let binary = write(&folder, "photo.jpg", [0xff, 0xd8, 0xff, 0xe0, 0x00]);
    let mut big = ali.clone().into_bytes();
    big.resize(1_000_001, b' ');
    let big = write(&folder, "big.c4h", big);
    let missing = folder.join("missing.c4h").display().to_string();

    let output = mark(&[&good, &bad, &binary, &big, &missing], "");
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines[..5],
        [
            format!(
                "c4h: {bad}: the 1st hand-in link was skipped: it was made by a newer version of the playground"
            ),
            format!("c4h: {bad}: the 2nd hand-in link was skipped: it is too long"),
            format!("c4h: {bad}: the 3rd hand-in link was skipped: it is damaged or cut short"),
            format!("c4h: {binary}: is not a text file (hand-ins are text): skipped"),
            format!("c4h: {big}: is bigger than 1 MB, too big for hand-ins: skipped"),
        ],
        "{stderr}"
    );
    assert!(
        lines[5].starts_with(&format!("c4h: {missing}: could not be read (")),
        "{stderr}"
    );
    assert_eq!(lines.len(), 6, "{stderr}");
    assert_eq!(
        cells(&stdout)[1],
        owned(&["Ali", CLASS, "passed", "not tried", "not tried", "1 of 3"])
    );
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn no_hand_ins_or_bad_usage_exit_2() {
    let folder = folder("none");
    let notes = write(&folder, "notes.txt", "Remember: hand-ins due Friday.\n");
    let output = mark(&[&notes], "");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr),
        format!(
            "c4h: {notes}: it has no hand-in links in it\nc4h: no hand-ins were found, so there is nothing to mark\n"
        )
    );
    assert!(output.stdout.is_empty());
    assert_eq!(mark(&["--fast", &notes], "").status.code(), Some(2));
    assert_eq!(mark(&["--lang"], "").status.code(), Some(2));
    let help = Command::new(env!("CARGO_BIN_EXE_c4h"))
        .args(["mark", "--help"])
        .output()
        .unwrap();
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).starts_with("Usage: c4h mark "));
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn welsh_titles_and_work_done_in_welsh_passes() {
    let welsh = &lesson("printing", true).solution;
    // The Welsh solution prints Welsh words, which the English checks do not look for.
    let english_run = try_code(welsh, lesson("printing", false));
    assert!(english_run.results.iter().any(|(passed, _)| !passed));

    let folder = folder("welsh");
    let file = write(
        &folder,
        "class.txt",
        format!(
            "{}\n{}\n",
            hand_in("Nia", [Some(welsh), None, None]),
            hand_in("Ali", [Some(solution("printing")), None, None])
        ),
    );
    for (lang, heading) in [
        ("en", title("printing")),
        ("cy", &lesson("printing", true).title[..]),
    ] {
        let stdout = marked(&["--lang", lang, &file], "");
        let rows = cells(&stdout);
        assert_eq!(rows[0][2], heading, "{stdout}");
        assert_eq!(rows[1][..3], owned(&["Nia", CLASS, "passed"]), "{stdout}");
        assert_eq!(rows[2][..3], owned(&["Ali", CLASS, "passed"]), "{stdout}");
    }
    assert_ne!(title("printing"), lesson("printing", true).title);
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn a_lesson_this_version_lacks_is_not_marked_and_lessons_is_the_default_folder() {
    let folder = folder("unknown");
    let link = hand_in_with(
        "Ali",
        &[
            ("printing", Some(solution("printing"))),
            ("a-lesson-from-the-future", Some("print(1);")),
        ],
    );
    let file = write(&folder, "ali.c4h", link);
    // Run from the repository's root, where `lessons/` is.
    let output = Command::new(env!("CARGO_BIN_EXE_c4h"))
        .args(["mark", &file])
        .current_dir(lessons_folder().parent().unwrap())
        .env_remove("C4H_LANG")
        .output()
        .unwrap();
    let stdout = all_read(&output);
    let rows = cells(&stdout);
    assert_eq!(
        rows[0][2..],
        owned(&[title("printing"), "a-lesson-from-the-future", "Total"])
    );
    assert_eq!(
        rows[1],
        owned(&[
            "Ali",
            CLASS,
            "passed",
            "not marked: lesson not in this version",
            "1 of 2"
        ])
    );
    std::fs::remove_dir_all(&folder).unwrap();
}
