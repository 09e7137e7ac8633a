### The app view: a shared app alone, its code hidden (crates/web/src/app_view.rs).

# The title of an app whose code has no first comment to name it.
app-view-untitled = A health app
app-view-label = An app made with the { -product }
app-view-synthetic = For learning only: not for use with real patients. Any patient data is synthetic: made up, not about real people.
app-view-working = Working out the results…
app-view-problem = This app has a problem, so it cannot show its results.
app-view-results = Results
app-view-see-code = See the code
app-view-open-link = Open this code in the playground
# Follows the link "Open this code in the playground".
app-view-open-rest = { " " }to change it or learn from it.
