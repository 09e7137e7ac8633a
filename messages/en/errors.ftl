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

## Values and kinds of value in words (words.rs), nested in the sentences below.

# $text: the text (cut short with "…"); $number: the number as the script holds it.
errors-value-text = the text "{ $text }"
errors-value-whole-number = the whole number { $number }
errors-value-decimal-number = the decimal number { $number }
errors-type-whole-number = a whole number
errors-type-whole-number-bare = whole number
errors-type-decimal-number = a decimal number
errors-type-decimal-number-bare = decimal number
errors-type-text = text
errors-type-character = a single character
errors-type-character-bare = single character
errors-type-true-or-false = true or false
errors-type-list = a list
errors-type-list-bare = list
errors-type-map = a map
errors-type-map-bare = map
errors-type-nothing = nothing (written `()`)
errors-type-function = a function
errors-type-function-bare = function
errors-type-blob = a blob of bytes
errors-type-blob-bare = blob of bytes
errors-type-range = a range
errors-type-range-bare = range
errors-type-any = any value
# $name: Rhai's name for a type it has no words for.
errors-type-code = `{ $name }`
errors-list-nothing = nothing
errors-list-and = { $first } and { $last }
errors-list-comma = { $first }, { $rest }
errors-item = item { $index } (counting from 0)
errors-did-you-mean = Did you mean `{ $name }`?
errors-did-you-mean-two = Did you mean `{ $first }` or `{ $second }`?

## Errors found before a script runs (explain/parse.rs).

errors-unfinished = Your code ends before it is finished. Check that every `(`, `[` and `{ "{" }` has a matching `)`, `]` or `{ "}" }`.
errors-unknown-operator = `{ $operator }` is not a symbol Rhai knows. Check for a typing mistake.
errors-missing-bracket-or-comma = A closing bracket `)` or a comma `,` is missing here. Values passed to a function are separated by commas, and the brackets must be closed: `print("hello");`.
# $symbol: Rhai's own words for what is missing (in English).
errors-missing-symbol = Something is missing here: { $symbol }.
errors-name-expected = A name is expected here. After `let` comes the name of the new variable, for example `let weight = 70;`.
errors-property-expected = A property name is expected after the dot, for example `patient.name`.
errors-needs-brackets = `{ $word }` needs brackets around the value: `{ $word }("hello");`.
errors-reserved-word = `{ $word }` is a word Rhai keeps for itself, so it cannot be used as a name. Choose another name.
# $what: Rhai's own words for what it expected ("an expression", in English).
errors-expression-expected = Rhai expected { $what } here, but found nothing it could use. Perhaps a value is missing, or there is an extra symbol.
errors-constant-assigned = `{ $name }` was made with `const`, so its value cannot be changed. Use `let` if you want to change it later.
errors-assign-left-side = The left side of `=` must be a variable name. If you meant to compare two values, use `==`.
errors-property-twice = This map has the property `{ $name }` twice. Each property needs its own name.
errors-function-twice = There are two functions called `{ $name }` that both take { $count ->
    [one] { $count } value
   *[other] { $count } values
}. Give one of them another name.
errors-function-needs-name = A function needs a name after `fn`, for example `fn bmi(weight, height) { "{" } ... { "}" }`.
errors-function-needs-brackets = The function `{ $name }` needs brackets after its name, even if empty: `fn { $name }() { "{" } ... { "}" }`.
errors-function-input-twice = The function `{ $name }` has two inputs called `{ $parameter }`. Give each input its own name.
errors-function-needs-body = The function `{ $name }` needs a body in braces: `{ "{" } ... { "}" }`.
errors-function-not-top-level = A function can only be made at the top level of your script, not inside another function, loop or `if`.
errors-nested-too-deeply = This is nested too deeply (too many brackets inside brackets, or blocks inside blocks). Split it into smaller steps with variables.
errors-too-many-functions = Your script makes too many functions.
# $what: Rhai's own word for what is too long ("string", in English).
errors-literal-too-long = This { $what } is too long: it may be at most { $max } long.
errors-break-outside-loop = `break` and `continue` can only be used inside a loop.
errors-name-twice = The name `{ $name }` is used twice here.
errors-forbidden-variable = `{ $name }` cannot be used as a variable name.
# $expected, $found: Rhai's own words (in English).
errors-parse-mismatched-type = Rhai expected { $expected } here, but found { $found }.
errors-switch = This `switch` is not written in a way Rhai understands.
# $rhai: Rhai's own message (in English).
errors-parse-other = Rhai could not understand this part of your code ({ $rhai }).
errors-text-not-closed = A piece of text is not closed. Text starts and ends with a double quote, for example `"hello"`.
errors-unmatched-closing = There is a `{ $closing }` here with no `{ $opening }` before it to match. Remove it, or add the missing `{ $opening }`.
errors-unexpected-input = `{ $text }` is not something Rhai understands here. Check for a typing mistake.
errors-text-too-long = This piece of text is too long: it may be at most { $max } characters.
errors-bad-escape = `{ $text }` is not a valid escape. Inside text, a backslash starts a special character such as `\n` (new line) or `\"` (a quote).
errors-bad-number = `{ $text }` is not a number Rhai can read. It may be too big, or have a letter or extra dot in it.
errors-bad-name = `{ $text }` is not a valid name. Names use letters, digits and `_`, and do not start with a digit.
errors-not-equal-js = To check that two values are different, use `!=` (Rhai has no `!==`).
errors-compare-with-double-equals = To compare two values, use `==` (two equals signs). A single `=` puts a value into a variable.
errors-symbol-not-here = `{ $symbol }` cannot be used here.
# $hint: Rhai's own hint (in English).
errors-symbol-not-here-hint = `{ $symbol }` cannot be used here. { $hint }
# $rhai: Rhai's own message (in English).
errors-lex-other = Rhai could not read this part of your code ({ $rhai }).
errors-missing-semicolon = A semicolon `;` is missing here, at the end of this instruction. Each instruction ends with `;`.
errors-missing-closing-bracket = A closing bracket `)` is missing. Every `(` needs a matching `)`.
errors-missing-closing-square-bracket = A closing square bracket `]` is missing. Every `[` needs a matching `]`.
errors-missing-closing-brace = A closing brace `{ "}" }` is missing. Every `{ "{" }` needs a matching `{ "}" }`.
errors-missing-opening-brace = An opening brace `{ "{" }` is missing. The code that belongs to `if`, `while`, `for`, `loop` and `fn` goes inside `{ "{" } { "}" }`.
errors-missing-opening-bracket = An opening bracket `(` is missing.
errors-missing-equals = An equals sign `=` is missing, for example `let weight = 70;`.
errors-missing-comma = A comma `,` is missing between two items.
errors-missing-colon = A colon `:` is missing: a map's properties are written `name: value`, for example `#{ "{" } name: "Sam" { "}" }`.
errors-missing-in = A `for` loop needs `in`, for example `for reading in readings { "{" } ... { "}" }`.
errors-missing-token = `{ $token }` is missing here.
errors-variable-outside-function = A function cannot see the variables made outside it, so `{ $name }` is unknown inside `{ $function }`. Give `{ $name }` to the function as a value: add it to the brackets, `fn { $function }(..., { $name })`, and pass it in where you call `{ $function }`.
errors-function-without-brackets = `{ $name }` is a function: to use it, call it with brackets, `{ $name }()` (with any values it needs inside them).
errors-variable-made-later = `{ $name }` is used here, but it is only made later, on line { $line }. Code runs from top to bottom: move the `let { $name } = ...;` line above this one.
errors-no-variable-make = There is no variable called `{ $name }` here. To make a new variable, write `let { $name } = ...;` before using it.
errors-no-variable-suggest = There is no variable called `{ $name }` here. { $suggestion } Capital letters and spelling must match exactly.

## Mistakes Rhai accepts without a word (explain/prescan.rs) and quotes (explain/texts.rs).

errors-whole-number-too-big = This whole number is too big. The biggest whole number the playground can hold is 9,223,372,036,854,775,807 (about 9 million million million). For a bigger value, write a decimal number with `e` for "times ten to the power of", for example `1.2e29`. Numbers in health data are never this big: check for extra digits.
# $text: the learner's text; $joined: the same made by joining pieces with `+`.
errors-value-in-double-quotes = Text in double quotes shows `${ "{" }...{ "}" }` as it is, not the value inside. To put a value into text, write the text between backticks instead: `` `{ $text }` ``. If your keyboard has no backtick, join the pieces with `+`: `{ $joined }`.
errors-single-quotes-value = Text with `${ "{" }...{ "}" }` in it goes between backticks, not single quotes: `` `{ $text }` ``. If your keyboard has no backtick, join the pieces with `+` instead: `{ $joined }`.
errors-single-quotes = Text goes between double quotes, not single quotes: `"{ $text }"`. (Single quotes hold one character only.)
# $quote: the curly quote; $text: the text after it.
errors-curly-quotes = This text starts with a curly quote, `{ $quote }`, which phone keyboards and word processors often type. Code needs straight double quotes: `"{ $text }"`. On a phone, press and hold the quote key to choose the straight one, or turn off "smart punctuation".

## What the playground leaves out on purpose (explain/left_out.rs).

errors-no-clock = The playground has no clock, so `{ $name }` is left out: a script gives the same answer every time it runs, which lessons and shared links rely on. For the date, `today()` gives the data set's "today". The status line under Run says how long your script took.
errors-no-global = `global::` is left out of the playground, with modules. A function cannot see names made outside it, so give it the value instead: write `fn f(max) { "{" } ... { "}" }` and call `f(MAX)`.
errors-no-modules = `{ $word }` shares code between files (modules). The playground runs one script on its own, so `{ $word }` is left out: put everything the script needs in it.
errors-let-not-var = Rhai makes a variable with `let`, not `{ $word }`: `let x = 5;`.
errors-no-null = Rhai has no `{ $word }`. "Nothing" is written `()`, and you can test for it with `x == ()`.
errors-no-sleep = The playground leaves out `sleep`: a script cannot pause, because a paused script would hold up the page. To show steps one by one, print each step.
errors-no-eval = `eval` runs text as code, so the playground leaves it out: a script is only the code you can read. Write the code itself instead of putting it in text.

## Habits from Python, JavaScript, spreadsheets, maths and phone keyboards (explain/habits.rs).

errors-times-x = To multiply, use `*`, not `x`: for example `7 * 8000`.
errors-and = Rhai writes "and" as `&&`: for example `if a > 1 && a < 10 { "{" } ... { "}" }`.
errors-or = Rhai writes "or" as `||`: for example `if a < 1 || a > 10 { "{" } ... { "}" }`.
errors-then = Rhai has no `then`: the code that belongs to `if` goes inside `{ "{" } { "}" }` straight after the test, for example `if a > 1 { "{" } print(a); { "}" }`.
errors-times-bracket = To multiply, put `*` between the values: `2 * (3 + 4)`, not `2(3 + 4)`.
errors-not-equal-spreadsheet = To check that two values are different, use `!=`, not `<>`: for example `if a != 2`.
errors-percent = `%` in code gives the remainder after dividing, not a percentage. For 50%, write `0.5`, or `50.0 / 100.0`.
errors-formula = Code does not start with `=` as a spreadsheet formula does. Write the instruction itself, for example `print(sum([1, 2]));`.
errors-hash-comment = Notes in code start with `//` in Rhai, not `#`: for example `// my note`.
errors-dollar = `$` means nothing in Rhai (in a spreadsheet, `$A$1` fixes a cell). Keep values in variables instead: `let a = 5;`.
errors-thousands-comma = Write numbers without commas: `10000`, not `10,000`. (To make a long number easier to read, you can write `10_000`.)
errors-decimal-comma = Decimal numbers use a dot, not a comma: `37.5`, not `37,5`.
# $name: the name with `_` between its words.
errors-name-with-space = A name cannot have spaces or `-` in it. Join its words with `_`: `{ $name }`.
errors-else-without-if = This `else` has no `if` just before it. An `else` comes straight after the `{ "}" }` of an `if`, and an `if` has only one plain `else`: `if a > 0 { "{" } ... { "}" } else { "{" } ... { "}" }`.
errors-name-starts-with-digit = A name cannot start with a digit. Start it with a letter: `dose_2`, not `2nd_dose`.
errors-default-parameter = A function's values cannot be given a starting value here: write `fn f(x) { "{" } ... { "}" }`, and give every value when you call it.
errors-list-closes = A list that opens with `[` closes with `]`: `[1, 2]`.
errors-join-with-plus = To join text and a value, put `+` between them: `"Hello " + name`.
errors-map-starts = A map starts with `#{ "{" }`, not `{ "{" }`, and its names need no quotes: `#{ "{" } name: "Sam", age: 42 { "}" }`.
errors-python-colon = Rhai does not end a line with `:` as Python does. The code that belongs to `if`, `for`, `while` or `fn` goes inside `{ "{" } { "}" }`: for example `if a > 3 { "{" } print(a); { "}" }`.
errors-c-style-for = Rhai's `for` goes through a range or a list: `for i in 0..10 { "{" } ... { "}" }` counts from 0 to 9. There is no `for (i = 0; i < 10; i++)`.
errors-ternary = Rhai has no `? :`. Use `if` as a value instead: `let size = if a > 3 { "{" } "big" { "}" } else { "{" } "small" { "}" };`.
errors-plus-plus = Rhai has no `++`. To add one, write `i += 1;`.
errors-minus-minus = Rhai has no `--`. To take away one, write `i -= 1;`.
errors-symbol-times = `{ $symbol }` is not a symbol code uses. Use `*` to multiply: for example `7 * 8`.
errors-symbol-divide = `{ $symbol }` is not a symbol code uses. Use `/` to divide: for example `8 / 2`.
errors-symbol-dash = `{ $symbol }` is not a symbol code uses. Use the ordinary minus sign `-` to take away: for example `8 - 2`.
errors-symbol-squared = `{ $symbol }` is not a symbol code uses. Use `*` to square a number: for example `x * x`, or `x ** 2`.
errors-symbol-cubed = `{ $symbol }` is not a symbol code uses. Use `**` for a power: for example `x ** 3`.
errors-symbol-half = `{ $symbol }` is not a symbol code uses. Use a decimal number: for example `0.5`.
errors-symbol-at-most = `{ $symbol }` is not a symbol code uses. Use `<=` for "less than or equal to": for example `a <= 140`.
errors-symbol-at-least = `{ $symbol }` is not a symbol code uses. Use `>=` for "more than or equal to": for example `a >= 140`.
errors-symbol-not-equal = `{ $symbol }` is not a symbol code uses. Use `!=` for "not equal to": for example `a != 0`.
errors-symbol-money = `{ $symbol }` is not a symbol code uses. Use a plain number (money signs go inside text): for example `let cost = 9.90;`.
errors-f-string = Rhai has no f"..." text. To put values into text, write it between backticks: `` `n is ${ "{" }n{ "}" }` ``.
errors-arrow-function = Rhai writes a short function with bars, not `=>`: `|x| x * 2`. For a longer one, use `fn double(x) { "{" } x * 2 { "}" }`.
errors-missing-opening-quote = If `{ $name }` is meant as text, put a double quote before it too: `"{ $name }"`.
errors-true = Rhai writes true in small letters: `true`.
errors-false = Rhai writes false in small letters: `false`.
errors-no-none = Rhai has no `{ $name }`. "Nothing" is written `()`, and you can test for it with `x == ()`.
errors-not = Rhai writes "not" as `!`: for example `if !done { "{" } ... { "}" }`.
errors-elif = Rhai writes this as two words: `else if`.
errors-def = Rhai makes a function with `fn`, and its body goes in braces: `fn bmi(weight, height) { "{" } weight / (height * height) { "}" }`.
errors-console = To show something, use `print`: for example `print("hi");`.
errors-math = Rhai's maths functions are called on their own, without `math.`: for example `sqrt(16.0)` or `abs(x)`.
errors-pi = Pi is written `PI()` in Rhai.
errors-capital-letters = Capital letters matter in code: write `{ $lower }`, not `{ $name }`.
errors-to-string = To turn a value into text, use `to_string`: `x.to_string()`, or put it into backtick text: `` `${ "{" }x{ "}" }` ``.
errors-to-decimal = To turn text into a decimal number, use `parse_float`: `parse_float("4.2")`. To turn a whole number into a decimal, use `to_float`: `to_float(5)`.
errors-to-whole-number = To turn text into a whole number, use `parse_int`: `parse_int("42")`.
errors-power = To raise a number to a power, use `**`: `2 ** 3` is 8.
errors-input = An app asks its user for a value with `input_number` or `input_text`, for example `let weight = input_number("Weight (kg)", 70);`.
errors-length = To count the items in a list (or the characters in text), use `len`: `readings.len()`.
errors-println = To show something, use `print`: `print("hi");`. (Each `print` starts a new line, so there is no `{ $name }`.)
errors-concat = To join text, use `+`: `"Hello " + name`.
errors-average = To work out an average, use `mean`: `mean(readings)`.
errors-upper = To make text capitals, use `to_upper`: `name.to_upper()`.
errors-lower = To make text small letters, use `to_lower`: `name.to_lower()`.
errors-strip = To take spaces off the ends of text, use `trim`: `name.trim();`.
errors-includes = To ask whether a list or text holds something, use `contains`: `readings.contains(120)`.
errors-index-of = Rhai writes this `index_of`: `name.index_of("a")`.
errors-to-fixed = To round a number to 2 decimal places, use `round`: `round(x, 2)`.
errors-type-of = To ask what kind of value something is, use `type_of`: `type_of(x)`.
errors-range = To count, use a range: `0..10` goes from 0 to 9, so `for i in 0..10 { "{" } ... { "}" }`.
errors-spreadsheet-if = In code, `if` is written in small letters, and works like this: `if a > 1 { "{" } "yes" { "}" } else { "{" } "no" { "}" }`. (It is not a spreadsheet's `IF(test, yes, no)`.)

## Calls that found nothing to call (explain/calls.rs).

# $message: what was wrong with the call.
errors-with-nothing-note = { $message } One of the values is `()`, "nothing": functions such as `push` and `sort` change a list and give back nothing, so `let b = a.push(1);` makes `b` nothing. Use the list itself afterwards.
errors-no-values = no values
errors-takes-no-values = no values
# $names: the names of the function's values, as code.
errors-takes-values = { $count ->
    [one] { $count } value ({ $names })
   *[other] { $count } values ({ $names })
}
errors-own-function-values = Your function `{ $name }` takes { $takes }, but it was given { $given ->
    [0] none
   *[other] { $given }
}. Give it one value for each name in its brackets.
errors-needs-more-values = `{ $name }` needs more values than this.
errors-given-too-many-values = `{ $name }` was given more values than it takes.
# $given: the kinds of value it was given ("text and a whole number").
errors-cannot-take = `{ $name }` cannot take { $given }.
errors-problem-and-how = { $problem } { $how }
errors-no-function-plural = There is no function called `{ $name }`. Did you mean `{ $plural }`?
errors-value-not-function = `{ $name }` holds a value, not a function, so it cannot be followed by brackets. To multiply, put `*` between: `{ $name } * (...)`.
errors-no-function-make = There is no function called `{ $name }`. Check the spelling, or make the function first with `fn { $name }(...) { "{" } ... { "}" }`.
errors-no-function-suggest = There is no function called `{ $name }`. { $suggestion } Spelling and capital letters must match exactly.
errors-code = `{ $code }`
errors-either = { $first } or { $rest }
errors-called-like-this = It is called like this: { $forms }.
# A way to call a function, as code with the kinds of value it takes in words.
errors-form = `{ $name }({ $types })`
errors-form-no-values = `{ $name }()`
errors-works-like-this = It works like this: { $forms }.
errors-works-like-this-more = It works like this: { $forms } (and { $more } more).
errors-whole-number-as-decimal = { $message } Write the whole number as a decimal (for example `16.0`, not `16`), or turn it into one with `to_float(x)`.
errors-join-text-not-ampersand = To join text, use `+`, not `&`: `"a" + "b"`.
errors-push-not-plus = To add an item to a list, use `push`: `readings.push(5);`. (`+` joins two lists: `[1, 2] + [3]`.)
errors-operator-with-text = `{ $operator }` does not work with { $given }. If the text holds a number, turn it into a number first with `parse_int` (whole numbers) or `parse_float` (decimals).
errors-operator-does-not-work = `{ $operator }` does not work with { $given }.
# $first, $second: the first two values the learner gave, as code.
errors-print-several = `{ $name }` shows one value at a time. To show several, join them with `+`: `{ $name }({ $first } + " " + { $second });`, or put them into backtick text: `` { $name }(`${ "{" }{ $first }{ "}" } ${ "{" }{ $second }{ "}" }`); ``.
errors-append = To add one item to a list, use `push`: `readings.push(5);`.
errors-map-has-no-function = A map has no function called `{ $name }`. If `{ $name }` is one of its properties, leave out the brackets: `.{ $name }`, not `.{ $name }()`.
errors-sort-mixed-kinds = This list holds values of different kinds (for example whole numbers and decimals, such as `7` and `7.5`), so it cannot be sorted. Make them all one kind: write `7.0`, not `7`.
# $sentence: the library's own words (in English).
errors-did-not-work = This did not work: { $sentence }.
# $rhai: Rhai's own message (in English).
errors-dot-does-not-work = This use of a dot `.` does not work: { $rhai }.
# $kind: the kind of value ("a list").
errors-not-a-property = `{ $property }` is not something { $kind } has. Functions need brackets after the dot, for example `readings.len()`.
errors-not-a-property-suggest = `{ $property }` is not something { $kind } has. { $suggestion } Functions need brackets after the dot, for example `readings.len()`.

## Errors that ended a run, and the sandbox's limits (explain/run.rs).

errors-too-deep = Functions called other functions more than { $max } levels deep, so the script was stopped. This usually means a function that calls itself and never stops: check that it has a case that returns without calling itself again.
errors-too-many-variables = Your script made more than { $max } variables at once, so it was stopped.
# $expected, $actual: kinds of value ("a whole number").
errors-expected-kind = Rhai expected { $expected } here, but got { $actual }.
errors-result-kind = The result should be { $expected }, but it is { $actual }.
errors-no-item-empty = There is no item { $index }: this list is empty.
errors-no-item = There is no item { $index }: this list has { $length ->
    [one] { $length } item
   *[other] { $length } items
}, numbered from 0 to { $last }. Remember that the first item is number 0.
errors-no-character-empty = There is no character { $index }: this text is empty.
errors-no-character = There is no character { $index }: this text has { $length ->
    [one] { $length } character
   *[other] { $length } characters
}, numbered from 0 to { $last }.
errors-no-bit = There is no bit { $index }: a number has { $length } bits.
errors-no-property = There is no property called `{ $name }` here. Check the spelling, or print the map to see which properties it has.
errors-no-item-called = There is no item called `{ $key }` here.
errors-for-needs-list = A `for` loop goes through a list, a range such as `0..10`, or text, but not a single number or other value. To count up to a number, use a range: `for i in 0..readings.len() { "{" } ... { "}" }`.
errors-divide-by-zero = You tried to divide by zero, which has no answer. Check the number you divide by.
errors-overflow = A number became too big (or too small) to store. Whole numbers go up to about 9 quintillion; use decimals (like `1.0`) for bigger values.
# $rhai: Rhai's own message (in English).
errors-sum-not-worked-out = This sum cannot be worked out: { $rhai }.
errors-constant-changed = `{ $name }` was made with `const`, so its value cannot be changed.
errors-constant-changed-by-function = `{ $name }` would change a constant, and constants cannot be changed.
errors-this = `this` can only be used inside a function that is called on a value, like `value.my_function()`.
# $error: the value the script threw.
errors-script-error = Your script stopped with this error: { $error }
errors-in-use = `{ $name }` is in use by the function that is running, so it cannot be used again here. This happens when a function kept in a variable calls itself through that variable. Make it with `fn` instead: such a function can call itself by name.
errors-variable-exists = The variable `{ $name }` already exists.
errors-forbidden-name = `{ $name }` cannot be used as a name.
# $rhai: Rhai's own message (in English).
errors-run-other = Something went wrong while running your script ({ $rhai }).
errors-brackets-on-value = Square brackets `[...]` pick an item from a list, a map or text, but this is { $kind }.
errors-brackets-on-nothing = Square brackets `[...]` pick an item from a list, a map or text, but this is nothing (written `()`). A value is "nothing" when it comes from a function that gives nothing back: `sort` and `push` change a list in place, so `let s = list.sort();` makes `s` nothing. Sort the list, then use the list itself.
errors-parse-int = `parse_int` could not read "{ $text }" as a whole number: it may only have digits in it (and a minus sign at the start).
errors-parse-int-decimal = `parse_int` could not read "{ $text }" as a whole number: it may only have digits in it. For a number with a decimal point, use `parse_float`.
errors-parse-float = `parse_float` could not read "{ $text }" as a number: it may only have digits, one decimal point and a minus sign in it.
errors-parse-float-comma = `parse_float` could not read "{ $text }" as a number: it may only have digits, one decimal point and a minus sign in it. Decimal numbers use a dot, not a comma: "12.5".
errors-too-much-memory = Your script used more than { $megabytes } MB of memory, so it was stopped. Check for text, lists or maps that keep growing, for example in a loop that never ends or a function that calls itself.
errors-too-long = Your script ran for more than { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}, so it was stopped. Check for a loop that never ends, or do less work at once.
errors-too-many-steps = Your script took too many steps (more than { $max }), so it was stopped. This usually means a loop that never ends: check that the loop's condition becomes false, or that it has a `break`.
errors-text-grew = A piece of text grew longer than { $max } characters, so the script was stopped. Check for text that is added to in a loop that never ends.
errors-list-grew = A list grew to more than { $max } items, so the script was stopped. Check for a list that is added to in a loop that never ends.
errors-map-grew = A map grew to more than { $max } properties, so the script was stopped.
# $what: Rhai's own word for what grew (in English).
errors-grew = Something in your script grew too large ({ $what }), so it was stopped.

## The sandbox's and the worker's own words (explainer.rs, lesson_check.rs, crates/worker).

errors-explanation-missing = Your code has a problem. The playground's explanation could not be loaded (check your connection): Rhai's own words are under Details.
errors-reserved-prefix = Names that start with `{ $prefix }` are kept for the playground's checks. Choose another name.
errors-library-missing = Part of the playground that your code uses could not be loaded, so your code did not run. Check your connection, then press Run again.
errors-watch-missing = Watch it run could not be loaded, so your code did not run. Check your connection, then press Watch it run again.
errors-checks-missing = The lesson's checks could not be loaded, so your code was not checked. Check your connection, then press Check my code again.

## The script library's errors (crates/sandbox/src/library). $function is the function's
## name, as code; $value a value in words ("the text "abc"").

errors-chart-option-not-text = { $function }()'s `{ $name }` should be text in quotes, not { $value }.
# $options: the options it knows, as code.
errors-chart-unknown-option = { $function }() does not know the option `{ $name }`. It knows: { $options }.
errors-chart-unknown-option-suggest = { $function }() does not know the option `{ $name }`. { $suggestion } It knows: { $options }.
# $what: what the list holds (errors-chart-what-*).
errors-chart-needs-list = { $function }() needs { $what } as a list in square brackets, like [120, 135, 128], not { $value }.
errors-chart-what-series = `series`
errors-chart-what-y = the y values
errors-chart-what-x = the x values
errors-chart-what-bar-names = the x values (the bar names)
errors-chart-what-values = `values`
# $item: which item ("item 2 (counting from 0)").
errors-needs-numbers = { $function }() needs a list of numbers, but { $item } is { $value }.
errors-needs-x-numbers = { $function }() needs the x values to be numbers, but { $item } is { $value }.
errors-needs-y-numbers = { $function }() needs the y values to be numbers, but { $item } is { $value }.
errors-needs-values-numbers = { $function }() needs the values to be numbers, but { $item } is { $value }.
errors-chart-x-numbers-or-dates = { $function }() needs the x values to be all numbers or all dates like "2024-03-01", but { $item } is { $value }.
errors-chart-x-y-counts = { $function }() needs one y value for each x value, but there are { $x } x values and { $y } y values.
errors-chart-x-y-counts-in = { $function }() needs one y value for each x value, but there are { $x } x values and { $y } y values in "{ $name }".
errors-chart-x-without-y = { $function }() has x values but no `y` values to go with them.
errors-chart-series-not-map = { $function }()'s `series` should be a list of maps like #{ "{" } name: "Systolic", y: [120, 135] { "}" }, but item { $number } is { $value }.
errors-chart-nothing-to-draw = { $function }() needs values to draw: give `y` (and `x`), or a `series` list.
errors-chart-too-many-series = A chart can show at most { $max } series, and this one has { $count }.
errors-chart-series-without-y = { $function }()'s series "{ $name }" has no `y` values.
errors-chart-same-bar-names = { $function }()'s series must all have the same bar names.
errors-chart-needs-bar-names = { $function }() needs `x`: the names of the bars, like ["Smokers", "Non-smokers"].
errors-chart-same-x-kind = { $function }()'s series must all use numbers, or all use dates, for x.
errors-chart-too-many-points = A chart can show at most { $max } points. Try fewer values, or a histogram.
errors-histogram-needs-values = histogram() needs `values`: the numbers to count, like [42, 57, 61].
errors-histogram-bins = histogram()'s `bins` should be a whole number from 1 to 50, not { $value }.
errors-list-empty = { $function }() needs at least one number, and the list is empty.
errors-sum-too-big = sum() went past the largest whole number the playground can hold.
errors-round-places = round() can keep between 0 and 10 decimal places.
errors-date-format = { $function }() needs dates written as YEAR-MONTH-DAY, like "1970-01-31", and "{ $value }" is not one.
errors-add-days-too-far = add_days() can move a date by at most 3,660,000 days (about 10,000 years).
errors-table-needs-list = table() needs a list of maps, one map per row, like [#{ "{" } name: "Ann", age: 42 { "}" }], not { $value }.
errors-table-row-not-map = table() needs every row to be a map, like #{ "{" } name: "Ann", age: 42 { "}" }, but row { $row } is { $value }.
errors-table-too-many-columns = A table can have at most { $max } columns, and these rows have { $count } different names.
errors-too-many-pictures = Your script made more than { $max } tables and charts. That is too many to show: was { $function } called inside a loop by mistake?
errors-too-many-results = Your script showed more than { $max } results. Was show() called inside a loop by mistake?
errors-input-needs-label = { $function }() needs a label that says what to enter, like "Weight in kg".
errors-input-label-twice = Two inputs are labelled "{ $label }". Give each input its own label: the label is how the app tells them apart.
errors-too-many-inputs = An app can have at most { $max } inputs. Was an input asked for inside a loop?
errors-input-start-not-number = { $function }("{ $label }", ...) needs the starting value to be a number, not { $value }.
errors-input-smallest-not-number = { $function }("{ $label }", ...) needs the smallest value to be a number, not { $value }.
errors-input-largest-not-number = { $function }("{ $label }", ...) needs the largest value to be a number, not { $value }.
errors-input-smallest-above-largest = { $function }("{ $label }", ...) has a smallest value ({ $smallest }) above its largest ({ $largest }).
errors-input-start-outside-limits = { $function }("{ $label }", ...)'s starting value { $start } is outside its limits.
errors-choose-needs-list = { $function }("{ $label }", ...) needs the choices as a list, like ["Alert", "New confusion"], not { $value }.
errors-choose-count = { $function }("{ $label }", ...) needs from 1 to { $max } choices, not { $count }.
errors-choose-start-not-a-choice = { $function }("{ $label }", ...)'s starting choice "{ $start }" is not one of its choices: { $choices }.
errors-compare-text-with-number = `{ $operator }` here compares text ("{ $text }") with a number ({ $number }). Text is never equal to, more or less than a number, so the answer would always be the same. If the text holds a number, turn it into a number first: `parse_int("{ $text }")` for a whole number, or `parse_float("{ $text }")` for a decimal.
errors-compare-flag-with-number-equal = `{ $operator }` here compares true or false with a number ({ $number }), which is never equal. Compare a number with a number, or true or false with `true` or `false`.
errors-compare-flag-with-number = `{ $operator }` here compares true or false with a number ({ $number }). This happens with `90 < bp < 140`, which works out `90 < bp` first. To check that a value is between two others, test each side and join them with `&&`: `90 < bp && bp < 140`.
errors-caret-power = To raise a number to a power, use `**`: `{ $a } ** { $b }`. (In code, `^` does something else, on the bits of a number.)
errors-patient-map = { $function }() needs a patient from patients() or patient(), and this map has no `nhs_number`.
errors-patient-needed = { $function }() needs a patient (from patients() or patient("{ $example }")) or an NHS number as text, not { $value }.
# $problem: what is wrong with it (errors-nhs-number-*).
errors-nhs-number-not-valid = "{ $number }" is not a valid NHS number: { $problem }. Every patient in the data set has one, such as "{ $example }".
errors-nhs-number-length = an NHS number has 10 digits, and this has { $length }
errors-nhs-number-digits = an NHS number is made of digits only (spaces are fine)
errors-nhs-number-check-digit = the last digit is a check digit: it should be { $expected } for these first nine digits, not { $found }
errors-nhs-number-never-issued = no NHS number starts with these nine digits (their check digit would be 10)
errors-no-such-patient = No patient in the data set has NHS number { $number }. There are { $count } patients: patients() lists them all, and the first is "{ $example }".
# $names: the names to choose from.
errors-no-observation-kind = There is no kind of observation called "{ $name }". The kinds are: { $names }.
errors-no-observation-kind-suggest = There is no kind of observation called "{ $name }". { $suggestion } The kinds are: { $names }.
errors-no-condition = There is no condition called "{ $name }" in the data set. The conditions are: { $names }.
errors-no-condition-suggest = There is no condition called "{ $name }" in the data set. { $suggestion } The conditions are: { $names }.

## Lesson checks (lesson_check.rs, check_helpers.rs): what a near miss differs by.

errors-check-not-run = Not checked: your code stopped before the checks could run.
# A check's own words (the lesson's), shown as they are.
errors-check-own-words = { $text }
errors-near-miss-after = after `{ $word }`
errors-near-miss-at-start = at the start
errors-near-miss-capitals = You printed `{ $printed }` where `{ $expected }` is expected: capital letters must match.
# $place: where (errors-near-miss-after, errors-near-miss-at-start).
errors-near-miss-left-out = You left out `{ $expected }` { $place }.
errors-near-miss-extra-line-break = You printed a line break { $place } where none is expected.
errors-near-miss-missing-line-break = A line break is missing { $place }.
errors-near-miss-extra-spaces = You printed { $printed ->
    [1] a space
    [2] two spaces
    [3] three spaces
   *[other] { $printed } spaces
} { $place }, where there is none.
errors-near-miss-missing-space = You left out the space { $place }.
errors-near-miss-spaces = You printed { $printed ->
    [1] a space
    [2] two spaces
    [3] three spaces
   *[other] { $printed } spaces
} { $place }; { $wanted ->
    [1] one is
   *[other] { $wanted } are
} expected.
errors-near-miss-symbol = You printed `{ $printed }` { $place } where `{ $expected }` is expected.
errors-near-miss-extra-symbol = You printed `{ $printed }` { $place }, which is not expected.
errors-near-miss-other = Your output is nearly right: check its spaces, capital letters and punctuation.

## A run as text (`c4h run`'s output)

# An app's input in a run's text: its label and the value the run used.
errors-text-input = Input "{ $label }": { $value }
