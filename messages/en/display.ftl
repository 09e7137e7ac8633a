### The Display page: text size, line spacing and the key bar (crates/web/src/display_page.rs).

display-heading = Display
display-intro = Make the code, the output and the lessons easier to read. Your choice applies at once and is remembered in this browser. Your browser's own zoom and text size settings work too.
display-text-size = Text size
display-text-standard = Standard
display-text-large = Large
display-text-largest = Largest
display-line-spacing = Space between lines
display-spacing-standard = Standard
display-spacing-wide = Wide
display-key-bar = Key bar for code
display-keys-touch = On touch screens: a row of symbols and names above the keyboard
display-keys-always = On every device, at the bottom of the screen while you write code
display-not-remembered = This browser is not letting the playground remember your choice, so it applies until you close this page.
display-sample-heading = How code looks
# The sample code's comment, after `// `.
display-sample-comment = Steps walked today
# The text the sample code prints; $code is the code `${steps}`, which shows the number of steps.
display-sample-print = You walked { $code } steps.
display-back = Back to the playground
