### The health-data API reference (crates/protocol/src/api.rs): each function's one line,
### and what `c4h api` prints around them (the groups' names are in page.ftl). Signatures
### and examples are code and stay in English. The page fetches this when the reference
### first comes into view; the CLI has it built in.

api-title = The Code4Health health-data API
api-example = Example:
## `c4h api WORDS` when nothing matches: $words is what was typed.
api-no-match = No API function matches "{ $words }". `c4h api` lists them all.

## One line per function, named api-fn-<function name with - for _>.
api-fn-patients = Every patient in the data set (1,000 made-up people), as a list of maps.
api-fn-patient = One patient, found by NHS number (spaces are fine).
api-fn-practices = The five made-up GP practices, with how many patients each has.
api-fn-observations = A patient's measurements of one kind, oldest first, such as "blood pressure", "weight" or "hba1c". Readings taken on a hospital ward during a stay are included, marked in_hospital: true; leave them out with if !reading.in_hospital to keep only readings from the practice.
api-fn-observation-kinds = The kinds of measurement you can ask observations() for.
api-fn-conditions = A patient's long-term conditions, such as high blood pressure or asthma.
api-fn-has-condition = true if the patient has the named condition ("asthma", "type 2 diabetes", ...).
api-fn-medications = A patient's prescriptions: medicine, dose, start date and whether it is still taken.
api-fn-appointments = A patient's appointments, with their status: attended, did not attend, cancelled or booked.
api-fn-immunisations = A patient's flu vaccinations, with the date each was given.
api-fn-hospital-stays = A patient's hospital stays: when they went in and out, and why.
api-fn-vital-signs = Sets of ward observations taken together in hospital, the numbers a NEWS2 score is worked out from.
api-fn-is-valid-nhs-number = true if the text is 10 digits with the right check digit.
api-fn-format-nhs-number = An NHS number written the usual way, in groups of 3, 3 and 4 digits.
api-fn-today = The data set's "today", 2025-03-31: every age and date is worked out from it.
api-fn-age = Age in whole years, today or on a given date (dates are written YYYY-MM-DD).
api-fn-days-between = How many days from the first date to the second.
api-fn-add-days = The date some days later (or earlier, with a negative number).
api-fn-year = The year of a date, as a number.
api-fn-mean = The average of a list of numbers.
api-fn-median = The middle value of a list of numbers, once sorted.
api-fn-min = The smallest number in a list.
api-fn-max = The largest number in a list.
api-fn-sum = All the numbers in a list added up.
api-fn-count = How many items a list has.
api-fn-round = A number rounded to some decimal places.
api-fn-fhir = Asks the pretend FHIR server, like NHS England's: "Patient/9990000018", "Patient?family=Smith&gender=female", "Observation?patient=...&code=8480-6".
api-fn-table = Shows a list of maps as a table, one map per row. `columns` picks the columns and their order.
api-fn-line-chart = A line chart. x can be numbers or dates ("2024-03-01"). Options: title, x_label, y_label, x, y, name, series (a list of #{ "{" } name, x, y { "}" }).
api-fn-bar-chart = A bar chart: one bar per name. Options as for line_chart; x holds the bar names.
api-fn-scatter-chart = A scatter chart: one dot per pair of values, to see whether two things go together.
api-fn-histogram = Counts how many values fall in each range and draws them as bars. Options: title, x_label, y_label, values, bins.
api-fn-input-number = A number box in your app. Gives the number entered (whole numbers if start and limits are whole).
api-fn-input-text = A text box in your app. Gives the text entered.
api-fn-choose = A list to choose from in your app. Gives the choice picked.
api-fn-checkbox = A tick box in your app. Gives true when ticked.
api-fn-show = Shows a result with a label. In an app, results update when an input changes.
