### The classroom (crates/web/src/classroom/): a teacher's class link, "Your class", handing
### in work, and marking it. Fetched with the classroom's parts. docs/classroom.md.

## Shared

classroom-privacy-learner = Nothing about you or your work leaves this device unless you hand it in yourself. Your teacher sees only what you hand in.
classroom-privacy-teacher = Nothing is sent anywhere: links carry everything, and hand-ins are marked on this computer.
classroom-link-damaged = The link is damaged or cut short. Ask for it again, and copy all of it.
classroom-link-too-long = The link is longer than the playground opens.
classroom-link-newer = The link was made by a newer version of the playground. Reload the page to get the newest version, then try again.
classroom-qr-too-long = This link is too long for a QR code. Send the link or the file instead.
classroom-errors-heading = There is a problem

## "Your class" (class_page.rs). $name is the class's name, as the teacher typed it.

class-title = Your class: { $name }
class-heading = Your class: { $name }
class-heading-none = Your class
class-none = You have not opened a class link on this device. If your teacher gave you one, open it here. You can still do any of the lessons.
class-all-lessons = See all the lessons
class-link-problem-heading = This class link cannot be opened
class-not-kept = This device could not keep your class. Open the class link again next time.
class-message-heading = Message from your teacher
class-lessons-heading = Your lessons
# $done lessons completed of the class's $count.
class-progress = { $count ->
    [one] You have completed { $done } of { $count } lesson.
   *[other] You have completed { $done } of { $count } lessons.
}
class-started = Started
class-not-started = Not started
# A lesson of the class that this version of the playground does not have; $id is its name.
class-lesson-missing = A lesson called "{ $id }" is not in this version of the playground.
class-hand-in-heading = Hand in your work
class-hand-in-text = When your teacher asks, hand in your work. Your teacher's computer checks it.
hand-in-button = Hand in my work

## Handing in (hand_in.rs)

hand-in-heading = Hand in my work
hand-in-no-class = You have no class on this device. Open your teacher's class link first, or hand in from a lesson's page.
# $name is the class's name.
hand-in-class = Class: { $name }
hand-in-intro = Your hand-in holds the code you last checked in each lesson with "Check my code". Your teacher's computer runs the checks again.
hand-in-lessons-caption = What you will hand in
hand-in-lesson = Lesson
hand-in-what = What is handed in
hand-in-lesson-included = The code you last checked
hand-in-lesson-not-tried = Nothing yet: you have not checked any code in this lesson
hand-in-name = Your name for your teacher
hand-in-name-hint = A first name or a nickname your teacher will know. Do not use anything that could identify you as a patient, such as your NHS number, date of birth or address.
hand-in-name-missing = Enter a name for your teacher
# $max is the most characters a name can have.
hand-in-name-too-long = Your name must be { $max } characters or fewer
hand-in-name-not-allowed = Your name must be on one line, with no special characters
hand-in-make = Make my hand-in
hand-in-too-long = Your work is too long to hand in as a link. Hand in fewer lessons, or ask your teacher.
hand-in-made-heading = Your hand-in is ready
hand-in-made-text = Send the link or the file to your teacher in the way they asked (email or chat), or let them scan the QR code.
hand-in-link = Your hand-in link
hand-in-download = Download as a file
hand-in-qr-heading = QR code
hand-in-qr-label = QR code of your hand-in link
# The first line of a hand-in file (.c4h); the link follows it.
hand-in-file-first-line = Code4Health Playground hand-in: open this link, or drop this file on "Mark hand-ins".

## Making a class link (teach.rs)

teach-heading = Make a class link
teach-intro = Choose lessons for your class and get a link to give them. The link opens the playground on a "Your class" page with those lessons in your order, and each learner's progress.
teach-name = Class name
teach-name-hint = For example, "Tuesday group" or "Ward 7 staff". Learners see it, and it is in their hand-ins.
teach-name-missing = Enter a class name
# $max is the most characters a class name can have.
teach-name-too-long = The class name must be { $max } characters or fewer
teach-message = Message to your class (optional)
# $max is the most characters a message can have.
teach-message-hint = Up to { $max } characters, shown at the top of the class page.
teach-message-too-long = The message must be { $max } characters or fewer
teach-lessons-heading = Lessons
teach-lessons-text = Tick lessons in the order you want them, or add a whole unit. You can change the order below.
teach-lessons-missing = Choose at least one lesson
# $unit is the unit's number.
teach-add-unit = Add all of unit { $unit }
teach-chosen-heading = Your class's lessons, in order
teach-none-chosen = No lessons chosen yet.
teach-move-up = Up
teach-move-down = Down
teach-remove = Remove
# Accessible names of the buttons beside a chosen lesson; $title is the lesson's title.
teach-move-up-label = Move { $title } up
teach-move-down-label = Move { $title } down
teach-remove-label = Remove { $title }
teach-make = Make class link
teach-not-a-class = This class cannot be made into a link. Check its name and lessons.
teach-made-heading = Your class link is ready
teach-made-text = Give your learners this link, or show the QR code on a projector. It works on kiosks and in pages that embed the playground.
teach-link = Class link
teach-open = Open the class page (opens in a new tab)
teach-qr-heading = QR code for a projector
teach-qr-label = QR code of the class link
teach-to-marking = Mark hand-ins

## Marking (mark.rs)

mark-heading = Mark hand-ins
mark-intro = Paste your learners' hand-in links, or add their hand-in files. Each learner's code is run with the lesson's checks on this computer: nothing a hand-in says about itself is trusted.
mark-paste = Hand-in links
mark-paste-hint = One a line, or paste a whole email or chat with the links in it. You can also drop .c4h files here.
mark-add-files = Add hand-in files
mark-clear-files = Remove the files
# $count files were added; $names lists them.
mark-files = { $count ->
    [one] 1 file added: { $names }
   *[other] { $count } files added: { $names }
}
mark-pasted = Pasted text
mark-start = Mark hand-ins
mark-stop = Stop
mark-none-found = No hand-in links were found. Paste the links, or add the files.
# $count hand-ins are being marked.
mark-started = { $count ->
    [one] Marking 1 hand-in…
   *[other] Marking { $count } hand-ins…
}
# $count lessons' code was marked, $passed of them passed.
mark-finished = { $count ->
    [one] Marking finished: 1 piece of work, { $passed } passed.
   *[other] Marking finished: { $count } pieces of work, { $passed } passed.
}
mark-link-problems-heading = Some hand-ins could not be read
# $source is where it came from (a file's name, or the pasted text), $number which link
# in it, $problem what is wrong.
mark-link-problem = { $source }, link { $number }: { $problem }
# $count learners are in the table.
mark-caption = { $count ->
    [one] Marks for 1 learner
   *[other] Marks for { $count } learners
}
mark-learner = Learner
mark-class = Class
mark-total = Lessons passed
mark-totals = Learners who passed
# $passed of $count.
mark-of = { $passed } of { $count }
mark-passed = Passed
mark-not-tried = Not tried
mark-waiting = Waiting
# $checks are the numbers of the checks that failed.
mark-failed = { $count ->
    [one] Check { $checks } failed
   *[other] Checks { $checks } failed
}
mark-unknown-lesson = Not marked: this lesson is not in this version of the playground
mark-stopped-by-you = Not marked: you stopped it
mark-runner-failed = Not marked: the code runner failed on it
mark-view = View
# The accessible name of a cell's View button.
mark-view-label = View { $learner }'s code for { $lesson }
mark-detail-heading = { $learner }: { $lesson }
mark-code = Their code
mark-checks = Checks
mark-check-passed = Passed:
mark-check-failed = Not yet:
mark-close = Close
mark-download = Download the marks (CSV)
class-link-too-long = This class is too long for a link. Choose fewer lessons, or write a shorter message.
