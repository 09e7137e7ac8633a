### The key bar: keys for code above a touch screen's keyboard (crates/web/src/keys/).
### What a screen reader says for each key starts with what the key shows (WCAG 2.5.3).

keys-bar = Keys for code
keys-brackets = ( ) brackets
keys-quotes = " " quotes
keys-semicolon = ; semicolon
keys-equals = = equals
keys-curly-brackets = { "{" } { "}" } curly brackets
keys-dot = . dot
keys-comma = , comma
keys-plus = + plus
keys-minus = - minus
keys-times = * times
keys-divide = / divide
keys-less-than = < less than
keys-more-than = > more than
keys-square-brackets = [ ] square brackets
keys-close-bracket = ) close bracket
keys-close-curly-bracket = { "}" } close curly bracket
keys-not = ! not
keys-underscore = _ underscore
keys-back-tick = ` back tick
# The key named Tab stays "Tab", as on a keyboard.
keys-tab = Tab: indent the line
# What the "Line?" key shows: keys-line starts with it.
keys-line-label = Line?
keys-line = Line? Which line am I on
