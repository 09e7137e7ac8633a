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

## An app's number boxes (crates/protocol/src/inputs.rs): the hint under a box says which
## numbers it takes, the error what to type instead. $min and $max are numbers as written;
## $whole is "yes" when only whole numbers will do, else "no".
form-number-between = { $whole ->
    [yes] A whole number from { $min } to { $max }
   *[no] A number from { $min } to { $max }
}
form-number-at-least = { $whole ->
    [yes] A whole number, { $min } or more
   *[no] A number, { $min } or more
}
form-number-at-most = { $whole ->
    [yes] A whole number, { $max } or less
   *[no] A number, { $max } or less
}
form-number-any = { $whole ->
    [yes] A whole number
   *[no] A number
}
form-enter-between = { $whole ->
    [yes] Enter a whole number from { $min } to { $max }
   *[no] Enter a number from { $min } to { $max }
}
form-enter-at-least = { $whole ->
    [yes] Enter a whole number, { $min } or more
   *[no] Enter a number, { $min } or more
}
form-enter-at-most = { $whole ->
    [yes] Enter a whole number, { $max } or less
   *[no] Enter a number, { $max } or less
}
form-enter-any = { $whole ->
    [yes] Enter a whole number
   *[no] Enter a number
}
## $enter is one of the form-enter messages above.
form-enter-digits = { $enter }, using only digits and a decimal point
