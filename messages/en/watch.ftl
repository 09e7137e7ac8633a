### "Watch it run" (crates/web/src/watch/ and crates/protocol/src/trace.rs): a run's steps,
### one at a time, and what each did. Fetched with its part, the first time the learner
### presses the button; `c4h watch` prints the sentences.

## The panel

watch-heading = Watch it run
watch-intro = Your code ran once. Go through it one step at a time: the line that ran is marked in the editor with ▶.
watch-step-of = Step { $step } of { $steps }
watch-first = First
watch-back = Back
watch-next = Next
watch-last = Last
watch-close = Stop watching
watch-slider = Step
watch-keys-heading = Keys for watching
watch-keys-arrows = Left and Right arrow keys on the step slider: back or on one step.
watch-keys-pages = Page Up and Page Down on the slider: ten steps at a time.
watch-keys-ends = Home and End on the slider: the first and the last step.
watch-line = Line { $line }
watch-variables-caption = Variables after step { $step }
watch-name = Name
watch-value = Value
watch-what-changed = What changed
watch-changed-from = changed from { $from }
watch-new = new
watch-same = no change
watch-no-variables = No variables yet.
watch-output = Output so far
watch-no-output = Nothing printed yet.
watch-calls = Inside these functions, the last one called at the bottom:
watch-problem = Your code stopped here with a problem:
watch-edited = You changed the code, so watching has ended. Press Watch it run to watch your new code.
watch-no-steps = Your code has no steps to watch.

## One step in a sentence (announced to screen readers, and printed by `c4h watch`)

watch-change-new = { $name } is { $value }
watch-change = { $name } changed from { $from } to { $to }
watch-step-changes = Line { $line }: { $changes }.
watch-step-same = Line { $line } ran. No variable changed.
watch-step-true = Line { $line }: the condition is true.
watch-step-false = Line { $line }: the condition is false.
watch-step-round = Line { $line }, round the loop again.
watch-step-round-changes = Line { $line }, round the loop again: { $changes }.
watch-step-call = Line { $line }: calling { $call }.
watch-step-return = Line { $line }: { $call } gives back { $value }.
watch-step-return-nothing = Line { $line }: { $call } has finished.
watch-step-stopped = Line { $line }: your code stopped here with a problem.
watch-step-printed = It printed: { $output }

## A trace cut short

watch-too-many-steps = This run takes more than { $limit } steps. Watch shows the first { $limit }.
watch-too-big = This run changes too many values to keep them all. Watch shows the first { $steps } steps.

## What was shown, in "Output so far"

watch-output-table = { $rows ->
    [one] (a table with { $rows } row)
   *[other] (a table with { $rows } rows)
}
watch-output-chart = (a chart: { $title })
watch-output-input = (an input: { $label })
