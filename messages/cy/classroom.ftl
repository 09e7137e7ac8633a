### Y dosbarth (crates/web/src/classroom/): dolen dosbarth yr athro, "Eich dosbarth",
### cyflwyno gwaith, a'i farcio. Yn cael eu nôl gyda rhannau'r dosbarth. docs/classroom.md.

## Wedi'u rhannu

classroom-privacy-learner = Does dim byd amdanoch chi na'ch gwaith yn gadael y ddyfais hon oni bai eich bod chi'n ei gyflwyno eich hun. Dim ond yr hyn rydych chi'n ei gyflwyno y mae eich athro'n ei weld.
classroom-privacy-teacher = Does dim byd yn cael ei anfon i unman: mae'r dolenni'n cario popeth, ac mae gwaith wedi'i gyflwyno yn cael ei farcio ar y cyfrifiadur hwn.
classroom-link-damaged = Mae'r ddolen wedi'i difrodi neu wedi'i thorri'n fyr. Gofynnwch amdani eto, a chopïwch y cyfan.
classroom-link-too-long = Mae'r ddolen yn hirach nag y mae'r maes chwarae yn ei hagor.
classroom-link-newer = Cafodd y ddolen ei gwneud gan fersiwn mwy newydd o'r maes chwarae. Ail-lwythwch y dudalen i gael y fersiwn fwyaf newydd, yna rhowch gynnig arall arni.
classroom-qr-too-long = Mae'r ddolen hon yn rhy hir i god QR. Anfonwch y ddolen neu'r ffeil yn lle hynny.
classroom-errors-heading = Mae problem

## "Eich dosbarth" (class_page.rs). $name yw enw'r dosbarth, fel y teipiodd yr athro ef.

class-title = Eich dosbarth: { $name }
class-heading = Eich dosbarth: { $name }
class-heading-none = Eich dosbarth
class-none = Dydych chi ddim wedi agor dolen dosbarth ar y ddyfais hon. Os rhoddodd eich athro un i chi, agorwch hi yma. Gallwch chi wneud unrhyw un o'r gwersi o hyd.
class-all-lessons = Gweld yr holl wersi
class-link-problem-heading = Does dim modd agor y ddolen dosbarth hon
class-not-kept = Doedd dim modd i'r ddyfais hon gadw eich dosbarth. Agorwch y ddolen dosbarth eto y tro nesaf.
class-message-heading = Neges gan eich athro
class-lessons-heading = Eich gwersi
# Wedi cwblhau $done o $count gwers y dosbarth.
class-progress = { $count ->
    [zero] Rydych chi wedi cwblhau { $done } o { $count } gwers.
    [one] Rydych chi wedi cwblhau { $done } o { $count } wers.
    [two] Rydych chi wedi cwblhau { $done } o { $count } wers.
    [few] Rydych chi wedi cwblhau { $done } o { $count } gwers.
    [many] Rydych chi wedi cwblhau { $done } o { $count } gwers.
   *[other] Rydych chi wedi cwblhau { $done } o { $count } gwers.
}
class-started = Wedi dechrau
class-not-started = Heb ddechrau
# Gwers y dosbarth nad yw yn y fersiwn hon o'r maes chwarae; $id yw ei henw.
class-lesson-missing = Dydy gwers o'r enw "{ $id }" ddim yn y fersiwn hon o'r maes chwarae.
class-hand-in-heading = Cyflwyno eich gwaith
class-hand-in-text = Pan fydd eich athro'n gofyn, cyflwynwch eich gwaith. Mae cyfrifiadur eich athro yn ei wirio.
hand-in-button = Cyflwyno fy ngwaith

## Cyflwyno (hand_in.rs)

hand-in-heading = Cyflwyno fy ngwaith
hand-in-no-class = Does gennych chi ddim dosbarth ar y ddyfais hon. Agorwch ddolen dosbarth eich athro yn gyntaf, neu cyflwynwch o dudalen gwers.
# $name yw enw'r dosbarth.
hand-in-class = Dosbarth: { $name }
hand-in-intro = Mae eich gwaith wedi'i gyflwyno yn dal y cod a wiriwyd gennych ddiwethaf ym mhob gwers gyda "Gwirio fy nghod". Mae cyfrifiadur eich athro yn rhedeg y gwiriadau eto.
hand-in-lessons-caption = Beth fyddwch chi'n ei gyflwyno
hand-in-lesson = Gwers
hand-in-what = Beth sy'n cael ei gyflwyno
hand-in-lesson-included = Y cod a wiriwyd gennych ddiwethaf
hand-in-lesson-not-tried = Dim byd eto: dydych chi ddim wedi gwirio unrhyw god yn y wers hon
hand-in-name = Eich enw i'ch athro
hand-in-name-hint = Enw cyntaf neu lysenw y bydd eich athro'n ei adnabod. Peidiwch â defnyddio unrhyw beth a allai ddangos pwy ydych chi fel claf, fel eich rhif GIG, eich dyddiad geni neu eich cyfeiriad.
hand-in-name-missing = Rhowch enw i'ch athro
# $max yw'r nifer mwyaf o nodau mewn enw.
hand-in-name-too-long = Rhaid i'ch enw fod yn { $max } nod neu lai
hand-in-name-not-allowed = Rhaid i'ch enw fod ar un llinell, heb nodau arbennig
hand-in-make = Gwneud fy ngwaith i'w gyflwyno
hand-in-too-long = Mae eich gwaith yn rhy hir i'w gyflwyno fel dolen. Cyflwynwch lai o wersi, neu gofynnwch i'ch athro.
hand-in-made-heading = Mae eich gwaith yn barod i'w gyflwyno
hand-in-made-text = Anfonwch y ddolen neu'r ffeil at eich athro yn y ffordd y gofynnodd (e-bost neu sgwrs), neu gadewch iddo sganio'r cod QR.
hand-in-link = Dolen eich gwaith
hand-in-download = Lawrlwytho fel ffeil
hand-in-qr-heading = Cod QR
hand-in-qr-label = Cod QR dolen eich gwaith
# Llinell gyntaf ffeil gwaith wedi'i gyflwyno (.c4h); mae'r ddolen yn ei dilyn.
hand-in-file-first-line = Gwaith wedi'i gyflwyno o Faes Chwarae Code4Health: agorwch y ddolen hon, neu gollyngwch y ffeil hon ar "Marcio gwaith wedi'i gyflwyno".

## Gwneud dolen dosbarth (teach.rs)

teach-heading = Gwneud dolen dosbarth
teach-intro = Dewiswch wersi i'ch dosbarth a chael dolen i'w rhoi iddyn nhw. Mae'r ddolen yn agor y maes chwarae ar dudalen "Eich dosbarth" gyda'r gwersi hynny yn eich trefn chi, a chynnydd pob dysgwr.
teach-name = Enw'r dosbarth
teach-name-hint = Er enghraifft, "Grŵp dydd Mawrth" neu "Staff Ward 7". Mae dysgwyr yn ei weld, ac mae yn eu gwaith wedi'i gyflwyno.
teach-name-missing = Rhowch enw i'r dosbarth
# $max yw'r nifer mwyaf o nodau yn enw dosbarth.
teach-name-too-long = Rhaid i enw'r dosbarth fod yn { $max } nod neu lai
teach-message = Neges i'ch dosbarth (dewisol)
# $max yw'r nifer mwyaf o nodau mewn neges.
teach-message-hint = Hyd at { $max } nod, wedi'u dangos ar frig tudalen y dosbarth.
teach-message-too-long = Rhaid i'r neges fod yn { $max } nod neu lai
teach-lessons-heading = Gwersi
teach-lessons-text = Ticiwch wersi yn y drefn rydych chi eisiau, neu ychwanegwch uned gyfan. Gallwch chi newid y drefn isod.
teach-lessons-missing = Dewiswch o leiaf un wers
# $unit yw rhif yr uned.
teach-add-unit = Ychwanegu holl uned { $unit }
teach-chosen-heading = Gwersi eich dosbarth, mewn trefn
teach-none-chosen = Dim gwersi wedi'u dewis eto.
teach-move-up = I fyny
teach-move-down = I lawr
teach-remove = Tynnu
# Enwau hygyrch y botymau wrth ymyl gwers a ddewiswyd; $title yw teitl y wers.
teach-move-up-label = Symud { $title } i fyny
teach-move-down-label = Symud { $title } i lawr
teach-remove-label = Tynnu { $title }
teach-make = Gwneud dolen dosbarth
teach-not-a-class = Does dim modd gwneud y dosbarth hwn yn ddolen. Gwiriwch ei enw a'i wersi.
teach-made-heading = Mae eich dolen dosbarth yn barod
teach-made-text = Rhowch y ddolen hon i'ch dysgwyr, neu dangoswch y cod QR ar daflunydd. Mae'n gweithio ar giosgau ac mewn tudalennau sy'n mewnosod y maes chwarae.
teach-link = Dolen dosbarth
teach-open = Agor tudalen y dosbarth (yn agor mewn tab newydd)
teach-qr-heading = Cod QR i daflunydd
teach-qr-label = Cod QR y ddolen dosbarth
teach-to-marking = Marcio gwaith wedi'i gyflwyno

## Marcio (mark.rs)

mark-heading = Marcio gwaith wedi'i gyflwyno
mark-intro = Gludwch ddolenni gwaith eich dysgwyr, neu ychwanegwch eu ffeiliau. Mae cod pob dysgwr yn cael ei redeg gyda gwiriadau'r wers ar y cyfrifiadur hwn: does dim byd y mae gwaith wedi'i gyflwyno yn ei ddweud amdano'i hun yn cael ei gredu.
mark-paste = Dolenni gwaith wedi'i gyflwyno
mark-paste-hint = Un ar bob llinell, neu gludwch e-bost neu sgwrs gyfan gyda'r dolenni ynddi. Gallwch chi hefyd ollwng ffeiliau .c4h yma.
mark-add-files = Ychwanegu ffeiliau gwaith
mark-clear-files = Tynnu'r ffeiliau
# Ychwanegwyd $count ffeil; mae $names yn eu rhestru.
mark-files = { $count ->
    [zero] { $count } ffeil wedi'u hychwanegu: { $names }
    [one] 1 ffeil wedi'i hychwanegu: { $names }
    [two] { $count } ffeil wedi'u hychwanegu: { $names }
    [few] { $count } ffeil wedi'u hychwanegu: { $names }
    [many] { $count } ffeil wedi'u hychwanegu: { $names }
   *[other] { $count } ffeil wedi'u hychwanegu: { $names }
}
mark-pasted = Testun wedi'i gludo
mark-start = Marcio'r gwaith
mark-stop = Stopio
mark-none-found = Ni chafwyd hyd i ddolenni gwaith. Gludwch y dolenni, neu ychwanegwch y ffeiliau.
# Mae $count darn o waith yn cael eu marcio.
mark-started = { $count ->
    [zero] Yn marcio { $count } darn o waith…
    [one] Yn marcio 1 darn o waith…
    [two] Yn marcio { $count } ddarn o waith…
    [few] Yn marcio { $count } darn o waith…
    [many] Yn marcio { $count } darn o waith…
   *[other] Yn marcio { $count } darn o waith…
}
# Marciwyd cod $count gwers; pasiodd $passed ohonyn nhw.
mark-finished = { $count ->
    [zero] Wedi gorffen marcio: { $count } darn o waith, { $passed } wedi pasio.
    [one] Wedi gorffen marcio: 1 darn o waith, { $passed } wedi pasio.
    [two] Wedi gorffen marcio: { $count } ddarn o waith, { $passed } wedi pasio.
    [few] Wedi gorffen marcio: { $count } darn o waith, { $passed } wedi pasio.
    [many] Wedi gorffen marcio: { $count } darn o waith, { $passed } wedi pasio.
   *[other] Wedi gorffen marcio: { $count } darn o waith, { $passed } wedi pasio.
}
mark-link-problems-heading = Doedd dim modd darllen peth o'r gwaith
# $source yw o ble daeth (enw ffeil, neu'r testun wedi'i gludo), $number pa ddolen ynddo,
# $problem beth sydd o'i le.
mark-link-problem = { $source }, dolen { $number }: { $problem }
# Mae $count dysgwr yn y tabl.
mark-caption = { $count ->
    [zero] Marciau { $count } dysgwr
    [one] Marciau 1 dysgwr
    [two] Marciau { $count } ddysgwr
    [few] Marciau { $count } dysgwr
    [many] Marciau { $count } dysgwr
   *[other] Marciau { $count } dysgwr
}
mark-learner = Dysgwr
mark-class = Dosbarth
mark-total = Gwersi wedi'u pasio
mark-totals = Dysgwyr a basiodd
# $passed o $count.
mark-of = { $passed } o { $count }
mark-passed = Wedi pasio
mark-not-tried = Heb roi cynnig
mark-waiting = Yn aros
# $checks yw rhifau'r gwiriadau a fethodd.
mark-failed = { $count ->
    [zero] Methodd gwiriadau { $checks }
    [one] Methodd gwiriad { $checks }
    [two] Methodd gwiriadau { $checks }
    [few] Methodd gwiriadau { $checks }
    [many] Methodd gwiriadau { $checks }
   *[other] Methodd gwiriadau { $checks }
}
mark-unknown-lesson = Heb ei farcio: dydy'r wers hon ddim yn y fersiwn hon o'r maes chwarae
mark-stopped-by-you = Heb ei farcio: fe wnaethoch chi ei stopio
mark-runner-failed = Heb ei farcio: methodd y rhedwr cod arno
mark-view = Gweld
# Enw hygyrch botwm Gweld cell.
mark-view-label = Gweld cod { $learner } ar gyfer { $lesson }
mark-detail-heading = { $learner }: { $lesson }
mark-code = Eu cod
mark-checks = Gwiriadau
mark-check-passed = Wedi pasio:
mark-check-failed = Ddim eto:
mark-close = Cau
mark-download = Lawrlwytho'r marciau (CSV)
class-link-too-long = Mae'r dosbarth hwn yn rhy hir i ddolen. Dewiswch lai o wersi, neu ysgrifennwch neges fyrrach.
