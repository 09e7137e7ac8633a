//! The reference for the health-data API: one entry per function a script can call.
//!
//! This table is the single source of truth: the page shows it (searchable), `c4h api`
//! prints it, and tests run every example and check that every entry is registered on the
//! engine and every registered health function has an entry. It has no engine dependency,
//! so the page can show it without carrying the engine.

/// One function of the health-data API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiFunction {
    pub name: &'static str,
    /// How it is called, with the kind of each value: `observations(patient, kind)`.
    pub signature: &'static str,
    /// One line, plain English.
    pub description: &'static str,
    /// A complete script that uses it and prints something.
    pub example: &'static str,
    pub group: &'static str,
}

pub const PATIENTS: &str = "Patients and their records";
pub const HELPERS: &str = "NHS numbers and dates";
pub const STATISTICS: &str = "Statistics";
pub const FHIR: &str = "FHIR requests (advanced)";
pub const PICTURES: &str = "Tables and charts";
pub const APPS: &str = "Apps: inputs and results";

pub const GROUPS: [&str; 6] = [PATIENTS, HELPERS, STATISTICS, PICTURES, APPS, FHIR];

/// Shown wherever the data is: the data is made up.
pub const SYNTHETIC_DATA_NOTICE: &str =
    "Synthetic data: every patient here is made up. None of it is about a real person.";

pub const FUNCTIONS: &[ApiFunction] = &[
    ApiFunction {
        name: "patients",
        signature: "patients()",
        description: "Every patient in the data set (1,000 made-up people), as a list of maps.",
        example: "let everyone = patients();\nprint(everyone.len());\nprint(everyone[0].name);",
        group: PATIENTS,
    },
    ApiFunction {
        name: "patient",
        signature: "patient(nhs_number)",
        description: "One patient, found by NHS number (spaces are fine).",
        example: "let first = patients()[0];\nlet p = patient(first.nhs_number);\nprint(`${p.name} was born on ${p.birth_date}`);",
        group: PATIENTS,
    },
    ApiFunction {
        name: "practices",
        signature: "practices()",
        description: "The five made-up GP practices, with how many patients each has.",
        example: "for practice in practices() {\n    print(`${practice.name}: ${practice.patients} patients`);\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "observations",
        signature: "observations(patient, kind)",
        description: "A patient's measurements of one kind, oldest first, such as \"blood pressure\", \"weight\" or \"hba1c\". Readings taken on a hospital ward during a stay are included, marked in_hospital: true; leave them out with if !reading.in_hospital to keep only readings from the practice.",
        example: "for p in patients() {\n    let readings = observations(p, \"weight\");\n    if readings.len() > 0 {\n        print(`${p.name}'s weight:`);\n        for reading in readings {\n            print(`${reading.date}: ${reading.value} ${reading.unit}`);\n        }\n        break;\n    }\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "observation_kinds",
        signature: "observation_kinds()",
        description: "The kinds of measurement you can ask observations() for.",
        example: "print(observation_kinds());",
        group: PATIENTS,
    },
    ApiFunction {
        name: "conditions",
        signature: "conditions(patient)",
        description: "A patient's long-term conditions, such as high blood pressure or asthma.",
        example: "for p in patients() {\n    let list = conditions(p);\n    if list.len() > 1 {\n        print(`${p.name}: ${list.len()} conditions, first ${list[0].name}`);\n        break;\n    }\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "has_condition",
        signature: "has_condition(patient, name)",
        description: "true if the patient has the named condition (\"asthma\", \"type 2 diabetes\", ...).",
        example: "let count = 0;\nfor p in patients() {\n    if has_condition(p, \"asthma\") { count += 1; }\n}\nprint(`${count} patients have asthma`);",
        group: PATIENTS,
    },
    ApiFunction {
        name: "medications",
        signature: "medications(patient)",
        description: "A patient's prescriptions: medicine, dose, start date and whether it is still taken.",
        example: "for p in patients() {\n    let list = medications(p);\n    if list.len() > 0 {\n        print(`${p.name} takes ${list[0].name}: ${list[0].dose}`);\n        break;\n    }\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "appointments",
        signature: "appointments(patient)",
        description: "A patient's appointments, with their status: attended, did not attend, cancelled or booked.",
        example: "let p = patients()[0];\nfor a in appointments(p) {\n    print(`${a.date} ${a.time} ${a.service}: ${a.status}`);\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "immunisations",
        signature: "immunisations(patient)",
        description: "A patient's flu vaccinations, with the date each was given.",
        example: "let given = 0;\nfor p in patients() { given += immunisations(p).len(); }\nprint(`${given} flu vaccinations`);",
        group: PATIENTS,
    },
    ApiFunction {
        name: "hospital_stays",
        signature: "hospital_stays(patient)",
        description: "A patient's hospital stays: when they went in and out, and why.",
        example: "for p in patients() {\n    for stay in hospital_stays(p) {\n        print(`${p.name}: ${stay.reason}, ${stay.days} days`);\n    }\n    if hospital_stays(p).len() > 0 { break; }\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "vital_signs",
        signature: "vital_signs(patient)",
        description: "Sets of ward observations taken together in hospital, the numbers a NEWS2 score is worked out from.",
        example: "for p in patients() {\n    let sets = vital_signs(p);\n    if sets.len() > 0 {\n        let first = sets[0];\n        print(`${first.date} ${first.time}: pulse ${first.pulse}, NEWS2 ${first.news2}`);\n        break;\n    }\n}",
        group: PATIENTS,
    },
    ApiFunction {
        name: "is_valid_nhs_number",
        signature: "is_valid_nhs_number(text)",
        description: "true if the text is 10 digits with the right check digit.",
        example: "print(is_valid_nhs_number(\"999 000 0018\"));\nprint(is_valid_nhs_number(\"999 000 0019\"));",
        group: HELPERS,
    },
    ApiFunction {
        name: "format_nhs_number",
        signature: "format_nhs_number(text)",
        description: "An NHS number written the usual way, in groups of 3, 3 and 4 digits.",
        example: "print(format_nhs_number(\"9990000018\"));",
        group: HELPERS,
    },
    ApiFunction {
        name: "today",
        signature: "today()",
        description: "The data set's \"today\", 2025-03-31: every age and date is worked out from it.",
        example: "print(today());",
        group: HELPERS,
    },
    ApiFunction {
        name: "age",
        signature: "age(birth_date) or age(birth_date, on_date)",
        description: "Age in whole years, today or on a given date (dates are written YYYY-MM-DD).",
        example: "print(age(\"1960-05-20\"));\nprint(age(\"1960-05-20\", \"2000-01-01\"));",
        group: HELPERS,
    },
    ApiFunction {
        name: "days_between",
        signature: "days_between(first_date, second_date)",
        description: "How many days from the first date to the second.",
        example: "print(days_between(\"2025-01-01\", today()));",
        group: HELPERS,
    },
    ApiFunction {
        name: "add_days",
        signature: "add_days(date, days)",
        description: "The date some days later (or earlier, with a negative number).",
        example: "print(add_days(today(), 28));",
        group: HELPERS,
    },
    ApiFunction {
        name: "year",
        signature: "year(date)",
        description: "The year of a date, as a number.",
        example: "print(year(\"1984-07-02\"));",
        group: HELPERS,
    },
    ApiFunction {
        name: "mean",
        signature: "mean(numbers)",
        description: "The average of a list of numbers.",
        example: "print(mean([120, 134, 128]));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "median",
        signature: "median(numbers)",
        description: "The middle value of a list of numbers, once sorted.",
        example: "print(median([120, 180, 128]));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "min",
        signature: "min(numbers)",
        description: "The smallest number in a list.",
        example: "print(min([37.1, 36.4, 38.2]));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "max",
        signature: "max(numbers)",
        description: "The largest number in a list.",
        example: "print(max([37.1, 36.4, 38.2]));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "sum",
        signature: "sum(numbers)",
        description: "All the numbers in a list added up.",
        example: "print(sum([2, 3, 5]));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "count",
        signature: "count(list)",
        description: "How many items a list has.",
        example: "print(count(patients()));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "round",
        signature: "round(number, places)",
        description: "A number rounded to some decimal places.",
        example: "print(round(24.2187, 1));",
        group: STATISTICS,
    },
    ApiFunction {
        name: "fhir",
        signature: "fhir(request)",
        description: "Asks the pretend FHIR server, like NHS England's: \"Patient/9990000018\", \"Patient?family=Smith&gender=female\", \"Observation?patient=...&code=8480-6\".",
        example: "let first = patients()[0];\nlet result = fhir(`Patient/${first.nhs_number}`);\nprint(result.resourceType);\nprint(result.name[0].family);\nlet search = fhir(\"Patient?family=Smith&gender=female\");\nprint(`${search.total} matches`);",
        group: FHIR,
    },
    ApiFunction {
        name: "table",
        signature: "table(rows) or table(caption, rows) or table(caption, rows, columns)",
        description: "Shows a list of maps as a table, one map per row. `columns` picks the columns and their order.",
        example: "let rows = [];\nfor practice in practices() {\n    rows.push(#{ practice: practice.name, patients: practice.patients });\n}\ntable(\"Patients at each practice\", rows, [\"practice\", \"patients\"]);",
        group: PICTURES,
    },
    ApiFunction {
        name: "line_chart",
        signature: "line_chart(title, x, y) or line_chart(options)",
        description: "A line chart. x can be numbers or dates (\"2024-03-01\"). Options: title, x_label, y_label, x, y, name, series (a list of #{ name, x, y }).",
        example: "let p = patients()[3];\nlet dates = [];\nlet weights = [];\nfor reading in observations(p, \"weight\") {\n    dates.push(reading.date);\n    weights.push(reading.value);\n}\nline_chart(#{ title: `Weight of ${p.name}`, x_label: \"Date\", y_label: \"kg\", x: dates, y: weights });",
        group: PICTURES,
    },
    ApiFunction {
        name: "bar_chart",
        signature: "bar_chart(title, names, values) or bar_chart(options)",
        description: "A bar chart: one bar per name. Options as for line_chart; x holds the bar names.",
        example: "let names = [];\nlet sizes = [];\nfor practice in practices() {\n    names.push(practice.name);\n    sizes.push(practice.patients);\n}\nbar_chart(#{ title: \"Patients at each practice\", y_label: \"Patients\", x: names, y: sizes });",
        group: PICTURES,
    },
    ApiFunction {
        name: "scatter_chart",
        signature: "scatter_chart(title, x, y) or scatter_chart(options)",
        description: "A scatter chart: one dot per pair of values, to see whether two things go together.",
        example: "let ages = [];\nlet systolic = [];\nfor p in patients() {\n    let readings = observations(p, \"blood pressure\");\n    if readings.len() > 0 {\n        ages.push(p.age);\n        systolic.push(readings[-1].systolic);\n    }\n}\nscatter_chart(#{ title: \"Age and blood pressure\", x_label: \"Age\", y_label: \"Systolic (mmHg)\", x: ages, y: systolic });",
        group: PICTURES,
    },
    ApiFunction {
        name: "histogram",
        signature: "histogram(title, values) or histogram(options)",
        description: "Counts how many values fall in each range and draws them as bars. Options: title, x_label, y_label, values, bins.",
        example: "let ages = [];\nfor p in patients() { ages.push(p.age); }\nhistogram(#{ title: \"Ages of patients\", x_label: \"Age in years\", values: ages });",
        group: PICTURES,
    },
    ApiFunction {
        name: "input_number",
        signature: "input_number(label, start) or input_number(label, start, smallest, largest)",
        description: "A number box in your app. Gives the number entered (whole numbers if start and limits are whole).",
        example: "let weight = input_number(\"Weight in kg\", 70.0, 20.0, 300.0);\nshow(\"Weight in pounds\", round(weight * 2.2046, 1));",
        group: APPS,
    },
    ApiFunction {
        name: "input_text",
        signature: "input_text(label, start)",
        description: "A text box in your app. Gives the text entered.",
        example: "let name = input_text(\"Your name\", \"Sam\");\nshow(\"Greeting\", `Hello, ${name}!`);",
        group: APPS,
    },
    ApiFunction {
        name: "choose",
        signature: "choose(label, choices) or choose(label, choices, start)",
        description: "A list to choose from in your app. Gives the choice picked.",
        example: "let level = choose(\"Consciousness\", [\"Alert\", \"New confusion\", \"Responds to voice\", \"Responds to pain\", \"Unresponsive\"]);\nshow(\"Scores 3 points\", level != \"Alert\");",
        group: APPS,
    },
    ApiFunction {
        name: "checkbox",
        signature: "checkbox(label, start)",
        description: "A tick box in your app. Gives true when ticked.",
        example: "let oxygen = checkbox(\"On oxygen\", false);\nshow(\"Extra points for oxygen\", if oxygen { 2 } else { 0 });",
        group: APPS,
    },
    ApiFunction {
        name: "show",
        signature: "show(label, value)",
        description: "Shows a result with a label. In an app, results update when an input changes.",
        example: "let bmi = 70.0 / (1.75 * 1.75);\nshow(\"BMI\", round(bmi, 1));",
        group: APPS,
    },
];

/// Entries whose name, signature or description contains every word of `query` (any
/// case), in table order. Not the group's name: "NHS" would then match every date helper.
pub fn search(query: &str) -> Vec<&'static ApiFunction> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    FUNCTIONS
        .iter()
        .filter(|function| {
            let text = format!(
                "{} {} {}",
                function.name, function.signature, function.description
            )
            .to_lowercase();
            words.iter().all(|word| text.contains(word.as_str()))
        })
        .collect()
}

/// One entry as plain text: its signature, its line, and its example indented.
pub fn entry_text(function: &ApiFunction) -> String {
    let mut text = format!(
        "{}\n    {}\n    Example:\n",
        function.signature, function.description
    );
    for line in function.example.lines() {
        text.push_str(&format!("        {line}\n"));
    }
    text
}

/// The reference as plain text, for `c4h api`.
pub fn to_text() -> String {
    let mut text = format!("The Code4Health health-data API\n{SYNTHETIC_DATA_NOTICE}\n");
    for group in GROUPS {
        text.push_str(&format!("\n## {group}\n"));
        for function in FUNCTIONS.iter().filter(|function| function.group == group) {
            text.push('\n');
            text.push_str(&entry_text(function));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn search_matches_every_word() {
        let found: Vec<&str> = search("blood pressure").iter().map(|f| f.name).collect();
        assert!(found.contains(&"observations"), "{found:?}");
        assert_eq!(
            search("NHS number check").first().map(|f| f.name),
            Some("is_valid_nhs_number")
        );
        assert!(search("zebra").is_empty());
        assert_eq!(search("").len(), FUNCTIONS.len());
    }
}
