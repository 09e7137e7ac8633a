### The lessons (crates/web/src/lessons): the list of lessons and a lesson's page. Fetched
### with the lessons' part. A lesson's own words (explanation, task, checks, hints) come
### from the lesson files, not from here.

## Loading the lessons (data.rs, mod.rs)

lessons-load-failed-heading = The lessons could not be loaded
lessons-load-failed = The lessons could not be loaded. Check your connection and reload the page.
lessons-other-version = The lessons could not be read: this page and its lessons are from different versions. Reload the page to get the newest of both.

## The learner's saved progress (data.rs)

lessons-progress-heading = Your progress
lessons-progress-unavailable = This browser is not letting the playground save your progress, so it will be lost when you close this page.
lessons-progress-unreadable = Your saved lesson progress could not be read, so the lessons start afresh. A copy of what was saved has been kept in this browser.
lessons-progress-full = Your browser's storage is full, so your latest lesson progress is not being saved.

## Who a unit or lesson suits (a tag in the list)

lessons-suits-everyone = For patients and clinicians
lessons-suits-patients = For patients
lessons-suits-clinicians = For clinicians

## The list of lessons (list.rs)

lessons-heading = Lessons
lessons-intro = Learn to code with health data, one short lesson at a time. Each lesson takes about five minutes. Your progress is saved in this browser.
lessons-intro-path = New to health work? Follow every lesson not marked "{ lessons-suits-clinicians }": they take you from your first line of code to a health app of your own, in everyday words.
# $done lessons completed of $total in all.
lessons-progress = You have completed { $done } of { $total ->
    [one] { $total } lesson
   *[other] { $total } lessons
}.
# A unit's heading: its number and title (the title is the lesson files').
lessons-unit = Unit { $number }: { $title }
# $finished of the unit's $total lessons are completed.
lessons-unit-progress = { $finished } of { $total ->
    [one] { $total } lesson
   *[other] { $total } lessons
} completed
# Under a lesson's link: $teaches is a list of what it teaches, from the lesson file.
lessons-about = About { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. Teaches: { $teaches }.
# A tag beside a lesson the learner has completed, and beside a lesson page's heading.
lessons-completed = Completed

## A lesson's page (page.rs)

lesson-not-found = Lesson not found
lesson-not-found-text = There is no lesson at this address. It may have been renamed.
lesson-not-found-link = See all the lessons
lesson-breadcrumb = Breadcrumb
lesson-breadcrumb-lessons = Lessons
# Shown in Welsh above a lesson that has no Welsh twin yet (lessons.cy.json gives the English
# lesson): its text follows in English.
lesson-not-translated = This lesson has not been translated into Welsh yet. Here it is in English.
lesson-explanation = Explanation
lesson-task = Your task
# The name of the lesson's main button, in the help on how to use the editor.
lesson-check-my-code = Check my code
lesson-output = Output
lesson-stuck = Stuck?
lesson-show-solution = Show the model solution
lesson-reset = Reset this lesson
lesson-reset-done = The lesson's starting code is back. Ctrl + Z in the editor undoes this.
lesson-solution-not-yet = Try the task first: press Check my code at least once, then the model solution is here if you need it.
lesson-solution-question = See the model solution?
lesson-solution-question-text = Working it out yourself is the best way to learn. Have you tried the hints?
lesson-solution-yes = Yes, show the solution
lesson-solution-no = No, keep trying
lesson-reset-question = Reset this lesson?
lesson-reset-question-text = Your code for this lesson will be replaced by the starting code. Ctrl + Z in the editor undoes it.
lesson-reset-yes = Yes, reset
lesson-reset-no = No, keep my code
lesson-solution = Model solution
# The links to the lessons before and after this one.
lesson-pagination = Lessons
lesson-previous = Previous
lesson-next = Next

## The bar that jumps to the parts of a lesson on a phone (jumps.rs)

lesson-jumps = Parts of this lesson
lesson-jump-task = Task
lesson-jump-code = Code
lesson-jump-results = Results

## The checklist after "Check my code" (checklist.rs)

# Every one of the lesson's $total checks passed.
lesson-checks-all-passed = { $total ->
    [one] The check passed. Well done: you have completed this lesson!
   *[other] All { $total } checks passed. Well done: you have completed this lesson!
}
# $passed of the lesson's $total checks passed, not all.
lesson-checks-some-passed = { $passed } of { $total ->
    [one] { $total } check
   *[other] { $total } checks
} passed. Read what to change below, then try again.
# Read by screen readers before a check's title (the page shows ✓ or ✗).
lesson-check-passed = Passed:
lesson-check-failed = Not yet:

## Hints (hints.rs)

lesson-hint-first = Show a hint
lesson-hint-another = Show another hint
lesson-hints-none = This lesson has no hints.
lesson-hints-last = That was the last hint.
# Read by screen readers before each hint shown.
lesson-hint-number = Hint { $number }:

## The classroom, from the lessons (list.rs, page.rs; the classroom's own words are in
## classroom.ftl)

# A link to the learner's class page, above the units. $name is the class's name.
lessons-your-class = Your class: { $name }
lessons-teachers-heading = For teachers
lessons-teachers-text = Teaching a group? Give your class a link to the lessons you choose, then mark the work they hand in. No accounts and no server: everything stays on your learners' devices and yours.
lessons-teachers-make = Make a class link
lessons-teachers-mark = Mark hand-ins
lesson-class-nav = Your class
# $name is the class's name.
lesson-class-back = Back to your class ({ $name })
lesson-hand-in = Hand in my work
