### The playground page and what every page with an editor shows (crates/web). Loaded
### with the app: English is built into the page's wasm, Welsh is fetched before the app
### is drawn.

part-missing-heading = Something did not load
part-missing = This part of the playground could not be loaded. Check your connection, then reload the page. Your work is saved.
part-loading = Loading…
page-title = { $page } – { -product }
language-missing = Ni ellid llwytho'r Gymraeg, felly mae'r dudalen hon yn Saesneg. Gwiriwch eich cysylltiad, yna ail-lwythwch y dudalen.
app-loading = Loading the app…
chart-drawing = Drawing the chart…
lessons-loading = Loading the lessons…
lesson-loading = Loading the lesson…

## The editor's section (workspace.rs); "Your code", Run and "Code editor" are shell's.

workspace-editor-failed = The code editor could not start. Reload the page to try again.
workspace-check = Check my code
workspace-stop = Stop
workspace-watch = Watch it run
watch-loading = Loading Watch it run…

## The status line and the page's own lines in the Output (session/machine.rs).

run-ready = Ready. Press Run to run your code.
run-running = Running your code…
run-checking = Checking your code…
run-watching = Running your code and keeping each step to watch…
run-getting-ready = Getting ready… Your code will run as soon as the code runner has loaded.
run-already-running = Your code is already running. Press Stop to end it.
run-nothing-to-stop = Nothing is running, so there is nothing to stop.
run-stopped = Stopped. Your code has not changed.
run-finished = Finished in { $milliseconds } ms.
run-problem-on-line = Your code stopped: there is a problem on line { $line }. See the output.
run-problem = Your code stopped with a problem. See the output.
run-nested-status = Your code stopped: something was nested too deeply. See the output.
run-nested = Stopped: your script built something nested too deeply, such as a list inside a list inside a list, thousands of levels deep, and the code runner ran out of room. Your code has not changed.
run-crashed-status = The code runner stopped unexpectedly. Press Run to try again.
run-crashed = The code runner stopped unexpectedly. Your code has not changed. Press Run to try again.
# $characters is the limit written out with its thousands separated ("1,000,000").
run-output-truncated = Output stopped here: your script printed more than { $characters } characters. The script kept running, but nothing more is shown. Try printing less, for example not inside a loop.

## The Output panel (output.rs). A problem's own sentence comes from the code runner.

output-fix-value = Fix the value in "{ $label }" to see the results.
# A table of $given rows, of which the first $shown are shown.
output-rows-shown = { $given ->
    [one] Showing the first { $shown } of { $given } row.
   *[other] Showing the first { $shown } of { $given } rows.
}
output-chart = Chart
output-show-as-table = Show as table
output-go-to-line = Go to line { $line }
output-details = Details

## The code editor's own notes (www/editor/aids.js), said to screen readers and shown.

editor-which-line = Line { $line } of { $lines }, column { $column }
editor-straight-double = Changed a curly quote to a straight quote "
editor-straight-single = Changed a curly quote to a straight quote '
editor-straight-dash = Changed a dash to a minus sign -
# CodeMirror's own words, which it says when a selection is deleted, and shows on a hidden
# character in the code.
editor-selection-deleted = Selection deleted
editor-control-character = Control character

## Help on using the editor (editor_help.rs). $action is the page's main button: Run, or
## Check my code.

editor-help-keys = Type your code, then press { $action } (or Ctrl + Enter). In the editor, Tab indents once you have started typing; to leave the editor, press Escape and then Tab. Alt + L says which line you are on.
editor-help-touch = Type your code, then tap { $action }. While you type, a bar above the keyboard has the symbols code needs, and names from your code: tap one to add it.
editor-shortcuts = Keyboard shortcuts
editor-shortcuts-close = Close
editor-shortcuts-caption = Keys and what they do
editor-shortcuts-keys = Keys
editor-shortcuts-what = What they do
editor-keys-submit = Ctrl + Enter (Cmd + Enter on a Mac)
editor-key-submit = { $action }, from anywhere on the page
editor-key-indent = Indent the line, once you have started typing
editor-key-outdent = Indent the line less
editor-keys-leave = Escape, then Tab
editor-key-leave = Leave the editor (Shift + Tab goes back)
editor-key-which-line = Say which line and column the cursor is on
editor-key-undo = Undo
editor-keys-redo = Ctrl + Y, or Ctrl + Shift + Z
editor-key-redo = Redo
editor-key-select-all = Select all the code
editor-keys-move = Alt + Up arrow, Alt + Down arrow
editor-key-move = Move the line up or down
editor-keys-indent = Ctrl + ] and Ctrl + [
editor-key-indent-more-less = Indent more, indent less

## Sharing and saving code (share_tools.rs, share.rs).

share-tools = Share and save
share-app = Share app
share-code = Share code
share-download = Download code
share-open-file = Open a file
share-link-app = Link to your app
share-link-code = Link to your code
share-link-hint = Your code is inside the link itself: it is not stored on any server. Anyone with the link can see the code.
share-copy-link = Copy link
share-copied = Link copied. Paste it into an email or message to share it.
share-copy-failed = This browser did not let the playground copy the link: select the link above and copy it.
share-downloading = Your code is downloading as { $file_name }. Open a file brings it back.
share-link-failed = The link could not be made in this browser.
share-too-long = Your code is too long to share as a link. Use Download instead, and share the file.
share-file-too-big = { $file_name } is too big to open: the playground opens code files up to { $megabytes } MB.
share-file-not-text = { $file_name } could not be opened: it is not a text file. Choose a .rhai file saved from the playground.
share-link-damaged = This link is damaged or incomplete, so its code cannot be opened. It may have been cut short when it was copied. Ask the person who shared it to send it again.
share-link-too-long = This link holds more code than the playground can open from a link. Ask the person who shared it to send the code as a file instead.
share-link-newer = This link was made by a newer version of the { -product }. Reload the page to get the newest version, then open the link again.

## The playground page (playground.rs). $source says where code came from: the shared
## link, a file's name, or an example (playground-source-*, api-source-example).

playground-link-problem = This link could not be opened
playground-own-code = Your own code is still here, unchanged.
playground-replace-heading = Open the code from { $source }?
playground-replace-text = It will replace the code in the editor. Your code will be kept, and Ctrl + Z in the editor brings it back.
playground-replace-yes = Replace my code
playground-replace-no = Keep my code
playground-kept = Your code was kept. Nothing was replaced.
playground-opened = Opened { $source }. Your previous code was kept: press Ctrl + Z in the editor to get it back.
playground-already-open = The code from { $source } is already in the editor.
playground-source-link = the shared link
playground-source-example = the { $name } example
playground-synthetic-note = Any patient data shown here is synthetic: made up, not about real people.
playground-examples = Example apps

## The example apps (examples.rs).

example-bmi = BMI calculator
example-bmi-about = Weight and height in, body mass index out.
example-news2 = NEWS2 score calculator
example-news2-about = The early warning score from a set of observations.
example-blood-pressure = Blood pressure diary
example-blood-pressure-about = A chart of a made-up patient's blood pressure over time.

## Saving in the browser (storage.rs).

storage-not-saving = Your work is not being saved
storage-unreadable-heading = Your saved code could not be opened
storage-unavailable = This browser is not letting the playground save your work, so your code will be lost when you close this page. To keep it, copy it somewhere safe.
storage-unreadable = Your saved code could not be read, so the example code is shown instead. A copy of what was saved has been kept in this browser.
storage-full = Your browser's storage is full, so your latest changes are not being saved. Copy your code somewhere safe.

## An app's form (app_form.rs). A number box's hint is app-form-range (or -at-least,
## -at-most) with $kind app-form-number; its error is app-form-enter with $wanted the same
## with $kind app-form-a-number, as it reads after "Enter".

app-form-label = Your app's inputs
app-form-error = Error:
app-form-number = A number
app-form-whole-number = A whole number
app-form-a-number = a number
app-form-a-whole-number = a whole number
app-form-range = { $kind } from { $low } to { $high }
app-form-at-least = { $kind }, { $low } or more
app-form-at-most = { $kind }, { $high } or less
app-form-enter = Enter { $wanted }
app-form-enter-digits = Enter { $wanted }, using only digits and a decimal point

## The health-data API reference (api_reference.rs). Each function's own line comes with
## the function (crates/protocol/src/api.rs).

api-heading = Health data you can use
api-intro = Your code can use a made-up set of 1,000 patients in 5 GP practices, with 5 years of blood pressure, weight, HbA1c, hospital observations, medicines, appointments and flu vaccinations. These functions reach it.
api-synthetic = Synthetic data: every patient here is made up. None of it is about a real person.
api-search = Search the functions
api-search-hint = For example: blood pressure, NHS number, average
# How many functions the search found.
api-count = { $count ->
    [0] No functions match. Try fewer or different words.
    [one] { $count } function matches.
   *[other] { $count } functions match.
}
# Every function is shown (nothing typed in the search).
api-count-all = { $count ->
    [one] { $count } function.
   *[other] { $count } functions.
}
api-example-for = Example for { $name }
api-try = Try this
api-try-label = Try this example for { $name }
api-source-example = the { $name } example
api-group-patients = Patients and their records
api-group-helpers = NHS numbers and dates
api-group-statistics = Statistics
api-group-pictures = Tables and charts
api-group-apps = Apps: inputs and results
api-group-fhir = FHIR requests (advanced)
