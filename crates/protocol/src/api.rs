//! The reference for the health-data API: one entry per function a script can call.
//!
//! This table is the single source of truth: the page shows it (searchable), `c4h api`
//! prints it, and tests run every example and check that every entry is registered on the
//! engine and every registered health function has an entry. It has no engine dependency,
//! so the page can show it without carrying the engine.
//!
//! Signatures and examples are code, in English for every reader. Each function's one line
//! is a message of the `api` catalogue (`messages/<lang>/api.ftl`) and each group's name
//! one of the page's (`page.ftl`, with the notice that the data is made up), named here by
//! id; whoever shows the reference puts them into the reader's language.

#[cfg(not(target_arch = "wasm32"))]
use c4h_messages::Lang;
use c4h_messages::Message;

/// How a message becomes words in the reader's language (the `api` catalogue's).
pub type Words<'a> = &'a dyn Fn(&Message) -> String;

/// One function of the health-data API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiFunction {
    pub name: &'static str,
    /// How it is called, with the kind of each value: `observations(patient, kind)`.
    pub signature: &'static str,
    /// The id of its one line in plain words: `api-fn-` and its name with `-` for `_`.
    pub message: &'static str,
    /// A complete script that uses it and prints something.
    pub example: &'static str,
    /// The id of its group's name (in `page.ftl`): one of [`GROUPS`].
    pub group: &'static str,
}

pub const PATIENTS: &str = "api-group-patients";
pub const HELPERS: &str = "api-group-helpers";
pub const STATISTICS: &str = "api-group-statistics";
pub const FHIR: &str = "api-group-fhir";
pub const PICTURES: &str = "api-group-pictures";
pub const APPS: &str = "api-group-apps";

/// The groups' ids, in the order the reference lists them. Their names are in the page's
/// catalogue (`page.ftl`): the page shows them on its first screen.
pub const GROUPS: [&str; 6] = [PATIENTS, HELPERS, STATISTICS, PICTURES, APPS, FHIR];

pub const FUNCTIONS: &[ApiFunction] = &[
    ApiFunction {
        name: "patients",
        signature: "patients()",
        message: "api-fn-patients",
        example: "let everyone = patients();\nprint(everyone.len());\nprint(everyone[0].name);",
        group: PATIENTS,
    },
    ApiFunction {
        name: "patient",
        signature: "patient(nhs_number)",
        message: "api-fn-patient",
        example: "let first = patients()[0];\nlet p = patient(first.nhs_number);\nprint(`${p.name} was born on ${p.birth_date}`);",
        group: PATIENTS,
    },
    ApiFunction {
        name: "practices",
        signature: "practices()",
        message: "api-fn-practices",
        example: "for practice in practices() {\n    print(`${practice.name}: ${practice.patients} patients`);\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "observations",
        signature: "observations(patient, kind)",
        message: "api-fn-observations",
        example: "for p in patients() {\n    let readings = observations(p, \"weight\");\n    if readings.len() > 0 {\n        print(`${p.name}'s weight:`);\n        for reading in readings {\n            print(`${reading.date}: ${reading.value} ${reading.unit}`);\n        }\n        break;\n    }\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "observation_kinds",
        signature: "observation_kinds()",
        message: "api-fn-observation-kinds",
        example: "print(observation_kinds());",
        group: PATIENTS,
    },
    ApiFunction {
        name: "conditions",
        signature: "conditions(patient)",
        message: "api-fn-conditions",
        example: "for p in patients() {\n    let list = conditions(p);\n    if list.len() > 1 {\n        print(`${p.name}: ${list.len()} conditions, first ${list[0].name}`);\n        break;\n    }\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "has_condition",
        signature: "has_condition(patient, name)",
        message: "api-fn-has-condition",
        example: "let count = 0;\nfor p in patients() {\n    if has_condition(p, \"asthma\") { count += 1; }\n}\nprint(`${count} patients have asthma`);",
        group: PATIENTS,
    },
    ApiFunction {
        name: "medications",
        signature: "medications(patient)",
        message: "api-fn-medications",
        example: "for p in patients() {\n    let list = medications(p);\n    if list.len() > 0 {\n        print(`${p.name} takes ${list[0].name}: ${list[0].dose}`);\n        break;\n    }\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "appointments",
        signature: "appointments(patient)",
        message: "api-fn-appointments",
        example: "let p = patients()[0];\nfor a in appointments(p) {\n    print(`${a.date} ${a.time} ${a.service}: ${a.status}`);\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "immunisations",
        signature: "immunisations(patient)",
        message: "api-fn-immunisations",
        example: "let given = 0;\nfor p in patients() { given += immunisations(p).len(); }\nprint(`${given} flu vaccinations`);",
        group: PATIENTS,
    },
    ApiFunction {
        name: "hospital_stays",
        signature: "hospital_stays(patient)",
        message: "api-fn-hospital-stays",
        example: "for p in patients() {\n    for stay in hospital_stays(p) {\n        print(`${p.name}: ${stay.reason}, ${stay.days} days`);\n    }\n    if hospital_stays(p).len() > 0 { break; }\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "vital_signs",
        signature: "vital_signs(patient)",
        message: "api-fn-vital-signs",
        example: "for p in patients() {\n    let sets = vital_signs(p);\n    if sets.len() > 0 {\n        let first = sets[0];\n        print(`${first.date} ${first.time}: pulse ${first.pulse}, NEWS2 ${first.news2}`);\n        break;\n    }\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "is_valid_nhs_number",
        signature: "is_valid_nhs_number(text)",
        message: "api-fn-is-valid-nhs-number",
        example: "print(is_valid_nhs_number(\"999 000 0018\"));\nprint(is_valid_nhs_number(\"999 000 0019\"));",
        group: HELPERS,
    },
    ApiFunction {
        name: "format_nhs_number",
        signature: "format_nhs_number(text)",
        message: "api-fn-format-nhs-number",
        example: "print(format_nhs_number(\"9990000018\"));",
        group: HELPERS,
    },
    ApiFunction {
        name: "today",
        signature: "today()",
        message: "api-fn-today",
        example: "print(today());",
        group: HELPERS,
    },
    ApiFunction {
        name: "age",
        signature: "age(birth_date) or age(birth_date, on_date)",
        message: "api-fn-age",
        example: "print(age(\"1960-05-20\"));\nprint(age(\"1960-05-20\", \"2000-01-01\"));",
        group: HELPERS,
    },
    ApiFunction {
        name: "days_between",
        signature: "days_between(first_date, second_date)",
        message: "api-fn-days-between",
        example: "print(days_between(\"2025-01-01\", today()));",
        group: HELPERS,
    },
    ApiFunction {
        name: "add_days",
        signature: "add_days(date, days)",
        message: "api-fn-add-days",
        example: "print(add_days(today(), 28));",
        group: HELPERS,
    },
    ApiFunction {
        name: "year",
        signature: "year(date)",
        message: "api-fn-year",
        example: "print(year(\"1984-07-02\"));",
        group: HELPERS,
    },
    ApiFunction {
        name: "mean",
        signature: "mean(numbers)",
        message: "api-fn-mean",
        example: "print(mean([120, 134, 128]));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "median",
        signature: "median(numbers)",
        message: "api-fn-median",
        example: "print(median([120, 180, 128]));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "min",
        signature: "min(numbers)",
        message: "api-fn-min",
        example: "print(min([37.1, 36.4, 38.2]));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "max",
        signature: "max(numbers)",
        message: "api-fn-max",
        example: "print(max([37.1, 36.4, 38.2]));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "sum",
        signature: "sum(numbers)",
        message: "api-fn-sum",
        example: "print(sum([2, 3, 5]));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "count",
        signature: "count(list)",
        message: "api-fn-count",
        example: "print(count(patients()));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "round",
        signature: "round(number, places)",
        message: "api-fn-round",
        example: "print(round(24.2187, 1));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "fhir",
        signature: "fhir(request)",
        message: "api-fn-fhir",
        example: "let first = patients()[0];\nlet result = fhir(`Patient/${first.nhs_number}`);\nprint(result.resourceType);\nprint(result.name[0].family);\nlet search = fhir(\"Patient?family=Smith&gender=female\");\nprint(`${search.total} matches`);",
        group: FHIR,
    },
    ApiFunction {
        name: "table",
        signature: "table(rows) or table(caption, rows) or table(caption, rows, columns)",
        message: "api-fn-table",
        example: "let rows = [];\nfor practice in practices() {\n    rows.push(#{ practice: practice.name, patients: practice.patients });\n}\ntable(\"Patients at each practice\", rows, [\"practice\", \"patients\"]);",
        group: PICTURES,
    },
    ApiFunction {
        name: "line_chart",
        signature: "line_chart(title, x, y) or line_chart(options)",
        message: "api-fn-line-chart",
        example: "let p = patients()[3];\nlet dates = [];\nlet weights = [];\nfor reading in observations(p, \"weight\") {\n    dates.push(reading.date);\n    weights.push(reading.value);\n}\nline_chart(#{ title: `Weight of ${p.name}`, x_label: \"Date\", y_label: \"kg\", x: dates, y: weights });",
        group: PICTURES,
    },
    ApiFunction {
        name: "bar_chart",
        signature: "bar_chart(title, names, values) or bar_chart(options)",
        message: "api-fn-bar-chart",
        example: "let names = [];\nlet sizes = [];\nfor practice in practices() {\n    names.push(practice.name);\n    sizes.push(practice.patients);\n}\nbar_chart(#{ title: \"Patients at each practice\", y_label: \"Patients\", x: names, y: sizes });",
        group: PICTURES,
    },
    ApiFunction {
        name: "scatter_chart",
        signature: "scatter_chart(title, x, y) or scatter_chart(options)",
        message: "api-fn-scatter-chart",
        example: "let ages = [];\nlet systolic = [];\nfor p in patients() {\n    let readings = observations(p, \"blood pressure\");\n    if readings.len() > 0 {\n        ages.push(p.age);\n        systolic.push(readings[-1].systolic);\n    }\n}\nscatter_chart(#{ title: \"Age and blood pressure\", x_label: \"Age\", y_label: \"Systolic (mmHg)\", x: ages, y: systolic });",
        group: PICTURES,
    },
    ApiFunction {
        name: "histogram",
        signature: "histogram(title, values) or histogram(options)",
        message: "api-fn-histogram",
        example: "let ages = [];\nfor p in patients() { ages.push(p.age); }\nhistogram(#{ title: \"Ages of patients\", x_label: \"Age in years\", values: ages });",
        group: PICTURES,
    },
    ApiFunction {
        name: "input_number",
        signature: "input_number(label, start) or input_number(label, start, smallest, largest)",
        message: "api-fn-input-number",
        example: "let weight = input_number(\"Weight in kg\", 70.0, 20.0, 300.0);\nshow(\"Weight in pounds\", round(weight * 2.2046, 1));",
        group: APPS,
    },
    ApiFunction {
        name: "input_text",
        signature: "input_text(label, start)",
        message: "api-fn-input-text",
        example: "let name = input_text(\"Your name\", \"Sam\");\nshow(\"Greeting\", `Hello, ${name}!`);",
        group: APPS,
    },
    ApiFunction {
        name: "choose",
        signature: "choose(label, choices) or choose(label, choices, start)",
        message: "api-fn-choose",
        example: "let level = choose(\"Consciousness\", [\"Alert\", \"New confusion\", \"Responds to voice\", \"Responds to pain\", \"Unresponsive\"]);\nshow(\"Scores 3 points\", level != \"Alert\");",
        group: APPS,
    },
    ApiFunction {
        name: "checkbox",
        signature: "checkbox(label, start)",
        message: "api-fn-checkbox",
        example: "let oxygen = checkbox(\"On oxygen\", false);\nshow(\"Extra points for oxygen\", if oxygen { 2 } else { 0 });",
        group: APPS,
    },
    ApiFunction {
        name: "show",
        signature: "show(label, value)",
        message: "api-fn-show",
        example: "let bmi = 70.0 / (1.75 * 1.75);\nshow(\"BMI\", round(bmi, 1));",
        group: APPS,
    },
];

/// `message` in `lang` from the catalogues built in, for `c4h api` and tests. Not on
/// wasm32: the page has `page` and fetches `api` when the reference first comes into view.
#[cfg(not(target_arch = "wasm32"))]
pub fn built_in_words(lang: Lang, message: &Message) -> String {
    c4h_messages::say(lang, message)
}

impl ApiFunction {
    /// Its one line, in `words`.
    pub fn description(&self, words: Words) -> String {
        words(&Message::new(self.message))
    }
}

/// Entries whose name, signature or description (its one line in `words`) contains every
/// word of `query` (any case), in table order. Not the group's name: "NHS" would then
/// match every date helper.
pub fn search(query: &str, words: Words) -> Vec<&'static ApiFunction> {
    let query: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if query.is_empty() {
        return FUNCTIONS.iter().collect();
    }
    FUNCTIONS
        .iter()
        .filter(|function| {
            let text = format!(
                "{} {} {}",
                function.name,
                function.signature,
                function.description(words)
            )
            .to_lowercase();
            query.iter().all(|word| text.contains(word.as_str()))
        })
        .collect()
}

/// One entry as plain text: its signature, its line, and its example indented.
pub fn entry_text(function: &ApiFunction, words: Words) -> String {
    let mut text = format!(
        "{}\n    {}\n    {}\n",
        function.signature,
        function.description(words),
        words(&Message::new("api-example"))
    );
    for line in function.example.lines() {
        text.push_str(&format!("        {line}\n"));
    }
    text
}

/// The reference as plain text, for `c4h api`, in `words`.
pub fn to_text(words: Words) -> String {
    let mut text = format!(
        "{}\n{}\n",
        words(&Message::new("api-title")),
        words(&Message::new("api-synthetic"))
    );
    for group in GROUPS {
        text.push_str(&format!("\n## {}\n", words(&Message::new(group))));
        for function in FUNCTIONS.iter().filter(|function| function.group == group) {
            text.push('\n');
            text.push_str(&entry_text(function, words));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    use c4h_messages::Lang;

    fn english(message: &Message) -> String {
        built_in_words(Lang::En, message)
    }

    #[test]
    fn names_are_unique_and_groups_known() {
        let mut names: Vec<&str> = FUNCTIONS.iter().map(|f| f.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), FUNCTIONS.len());
        assert!(FUNCTIONS.iter().all(|f| GROUPS.contains(&f.group)));
        assert!(FUNCTIONS.iter().all(|f| f.signature.starts_with(f.name)));
    }

    #[test]
    fn every_line_and_group_is_in_the_catalogue() {
        let english = c4h_messages::Catalogue::parse(include_str!("../../../messages/en/api.ftl"))
            .expect("the api catalogue reads");
        let page = c4h_messages::Catalogue::parse(include_str!("../../../messages/en/page.ftl"))
            .expect("the page catalogue reads");
        for function in FUNCTIONS {
            assert_eq!(
                function.message,
                format!("api-fn-{}", function.name.replace('_', "-")),
                "{}",
                function.name
            );
            assert!(english.has(function.message), "{}", function.message);
        }
        for id in ["api-title", "api-example", "api-no-match"] {
            assert!(english.has(id), "{id}");
        }
        for id in GROUPS.iter().chain(&["api-synthetic"]) {
            assert!(page.has(id), "{id}");
        }
    }

    #[test]
    fn lines_read_as_written() {
        let line_chart = FUNCTIONS.iter().find(|f| f.name == "line_chart").unwrap();
        assert_eq!(
            line_chart.description(&english),
            "A line chart. x can be numbers or dates (\"2024-03-01\"). Options: title, x_label, \
             y_label, x, y, name, series (a list of #{ name, x, y })."
        );
        assert!(to_text(&english).starts_with(
            "The Code4Health health-data API\nSynthetic data: every patient here is made up. \
             None of it is about a real person.\n\n## Patients and their records\n\npatients()\n    \
             Every patient in the data set (1,000 made-up people), as a list of maps.\n    \
             Example:\n        let everyone = patients();\n"
        ));
    }

    #[test]
    fn search_matches_every_word() {
        let search = |query| search(query, &english);
        let found: Vec<&str> = search("blood pressure").iter().map(|f| f.name).collect();
        assert!(found.contains(&"observations"), "{found:?}");
        assert_eq!(
            search("NHS number check").first().map(|f| f.name),
            Some("is_valid_nhs_number")
        );
        assert!(search("zebra").is_empty());
        assert_eq!(search("").len(), FUNCTIONS.len());
        // In Welsh, the Welsh lines are searched (names and signatures are the same).
        let welsh = |message: &Message| built_in_words(Lang::Cy, message);
        let found: Vec<&str> = super::search("pwysedd gwaed", &welsh)
            .iter()
            .map(|f| f.name)
            .collect();
        assert_eq!(found, ["conditions"]);
    }
}
