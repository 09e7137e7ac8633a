### The page's frame (www/index.html), the early playground that shows before the app has
### arrived, and the update prompt (www/boot.js). The app uses these too.
### crates/wasm-build gives boot.js these messages; index.html holds the English text for
### a browser without JavaScript, checked against this file by crates/web's tests.

-product = Code4Health Playground

shell-title = { -product }
shell-description = Learn to code with health data, in your browser. Nothing you type leaves this computer.
shell-skip = Skip to main content
shell-product = { -product }
shell-nav = Main
shell-nav-playground = Playground
shell-nav-lessons = Lessons
shell-nav-display = Display
shell-loading = Loading the playground…
shell-playground-heading = Code playground
shell-help-keys = Type your code, then press Run (or Ctrl + Enter). In the editor, Tab indents once you have started typing; to leave the editor, press Escape and then Tab.
shell-help-touch = Type your code, then tap Run.
shell-your-code = Your code
shell-code-editor = Code editor
shell-run = Run
shell-getting-ready = Getting ready to run code…
shell-getting-ready-run = Getting ready… Your code will run as soon as the playground has loaded.
shell-output = Output
shell-output-empty = What your code prints will appear here.
shell-no-javascript = The playground needs JavaScript. Turn it on in your browser's settings, then reload this page.
shell-footer = Everything here runs in your browser. Nothing you type leaves this computer.
shell-language = Language
shell-new-version = A new version is available. Your work is saved.
shell-reload = Reload
shell-running = Running your code…
shell-finished = Finished.
shell-result-waits = Getting ready to show all of your code's result…
