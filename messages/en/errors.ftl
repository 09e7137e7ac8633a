### What a learner is told about a problem in their script (crates/sandbox's explain, the
### script library's errors and lesson checks' words), and the frame around it (crates/
### protocol's Diagnostic). The worker sends these as data; the page fetches this area
### when idle after start, and the CLI has it built in. Code is between backticks, as the
### English has it; Rhai's and the library's names stay in English.

## The frame of a problem: "Problem on line 3: …", and its Details.

errors-heading-problem = Problem
errors-heading-problem-line = Problem on line { $line }
errors-heading-stopped = Stopped
errors-heading-stopped-line = Stopped on line { $line }
errors-summary = { $heading }: { $message }
errors-details-column = column { $column }.
errors-details-rhai = Rhai's message: { $detail }
errors-details-column-rhai = column { $column }; Rhai's message: { $detail }
errors-details-line = Details: { $details }

## Temporary: a sentence not yet converted (removed when every message has its id).
errors-english = { $text }

## Names and values.

errors-no-variable-make = There is no variable called `{ $name }` here. To make a new variable, write `let { $name } = ...;` before using it.

## The sandbox's limits.

errors-too-many-variables = Your script made more than { $max } variables at once, so it was stopped.
