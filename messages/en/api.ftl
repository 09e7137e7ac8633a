### The health-data API reference (crates/protocol/src/api.rs): each function's one line,
### the groups they are listed in, and what `c4h api` prints around them. Signatures and
### examples are code and stay in English. The page fetches this when the reference first
### comes into view; the CLI has it built in.

api-title = The Code4Health health-data API
api-synthetic-notice = Synthetic data: every patient here is made up. None of it is about a real person.
api-example = Example:
## `c4h api WORDS` when nothing matches: $words is what was typed.
api-no-match = No API function matches "{ $words }". `c4h api` lists them all.

## The groups.
api-group-patients = Patients and their records
api-group-helpers = NHS numbers and dates
api-group-statistics = Statistics
api-group-fhir = FHIR requests (advanced)
api-group-pictures = Tables and charts
api-group-apps = Apps: inputs and results

## One line per function, named api-<function name with - for _>.
api-patients = Every patient in the data set (1,000 made-up people), as a list of maps.
api-patient = One patient, found by NHS number (spaces are fine).
api-practices = The five made-up GP practices, with how many patients each has.
api-observations = A patient's measurements of one kind, oldest first, such as "blood pressure", "weight" or "hba1c". Readings taken on a hospital ward during a stay are included, marked in_hospital: true; leave them out with if !reading.in_hospital to keep only readings from the practice.
api-observation-kinds = The kinds of measurement you can ask observations() for.
api-conditions = A patient's long-term conditions, such as high blood pressure or asthma.
api-has-condition = true if the patient has the named condition ("asthma", "type 2 diabetes", ...).
api-medications = A patient's prescriptions: medicine, dose, start date and whether it is still taken.
api-appointments = A patient's appointments, with their status: attended, did not attend, cancelled or booked.
api-immunisations = A patient's flu vaccinations, with the date each was given.
api-hospital-stays = A patient's hospital stays: when they went in and out, and why.
api-vital-signs = Sets of ward observations taken together in hospital, the numbers a NEWS2 score is worked out from.
api-is-valid-nhs-number = true if the text is 10 digits with the right check digit.
api-format-nhs-number = An NHS number written the usual way, in groups of 3, 3 and 4 digits.
api-today = The data set's "today", 2025-03-31: every age and date is worked out from it.
api-age = Age in whole years, today or on a given date (dates are written YYYY-MM-DD).
api-days-between = How many days from the first date to the second.
api-add-days = The date some days later (or earlier, with a negative number).
api-year = The year of a date, as a number.
api-mean = The average of a list of numbers.
api-median = The middle value of a list of numbers, once sorted.
api-min = The smallest number in a list.
api-max = The largest number in a list.
api-sum = All the numbers in a list added up.
api-count = How many items a list has.
api-round = A number rounded to some decimal places.
api-fhir = Asks the pretend FHIR server, like NHS England's: "Patient/9990000018", "Patient?family=Smith&gender=female", "Observation?patient=...&code=8480-6".
api-table = Shows a list of maps as a table, one map per row. `columns` picks the columns and their order.
api-line-chart = A line chart. x can be numbers or dates ("2024-03-01"). Options: title, x_label, y_label, x, y, name, series (a list of #{ "{" } name, x, y { "}" }).
api-bar-chart = A bar chart: one bar per name. Options as for line_chart; x holds the bar names.
api-scatter-chart = A scatter chart: one dot per pair of values, to see whether two things go together.
api-histogram = Counts how many values fall in each range and draws them as bars. Options: title, x_label, y_label, values, bins.
api-input-number = A number box in your app. Gives the number entered (whole numbers if start and limits are whole).
api-input-text = A text box in your app. Gives the text entered.
api-choose = A list to choose from in your app. Gives the choice picked.
api-checkbox = A tick box in your app. Gives true when ticked.
api-show = Shows a result with a label. In an app, results update when an input changes.
