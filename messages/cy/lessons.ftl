### Y gwersi (crates/web/src/lessons): rhestr y gwersi a thudalen gwers. Yn cael eu nôl
### gyda rhan y gwersi. Mae geiriau'r wers ei hun (esboniad, tasg, gwiriadau, awgrymiadau)
### yn dod o ffeiliau'r gwersi, nid o'r fan hon.

## Llwytho'r gwersi (data.rs, mod.rs)

lessons-load-failed-heading = Nid oedd modd llwytho'r gwersi
lessons-load-failed = Nid oedd modd llwytho'r gwersi. Gwiriwch eich cysylltiad ac ail-lwythwch y dudalen.
lessons-other-version = Nid oedd modd darllen y gwersi: mae'r dudalen hon a'i gwersi yn dod o fersiynau gwahanol. Ail-lwythwch y dudalen i gael y fersiwn fwyaf newydd o'r ddau.

## Cynnydd y dysgwr, wedi'i gadw (data.rs)

lessons-progress-heading = Eich cynnydd
lessons-progress-unavailable = Nid yw'r porwr hwn yn gadael i'r maes chwarae gadw eich cynnydd, felly bydd yn cael ei golli pan fyddwch chi'n cau'r dudalen hon.
lessons-progress-unreadable = Nid oedd modd darllen y cynnydd a gadwyd yn eich gwersi, felly mae'r gwersi'n dechrau o'r newydd. Mae copi o'r hyn a gadwyd wedi'i gadw yn y porwr hwn.
lessons-progress-full = Mae'r storfa yn eich porwr yn llawn, felly nid yw eich cynnydd diweddaraf yn y gwersi yn cael ei gadw.

## Ar gyfer pwy mae uned neu wers (tag yn y rhestr)

lessons-suits-everyone = I gleifion a chlinigwyr
lessons-suits-patients = I gleifion
lessons-suits-clinicians = I glinigwyr

## Rhestr y gwersi (list.rs)

lessons-heading = Gwersi
lessons-intro = Dysgwch godio gyda data iechyd, un wers fer ar y tro. Mae pob gwers yn cymryd tua phum munud. Mae eich cynnydd yn cael ei gadw yn y porwr hwn.
lessons-intro-path = Yn newydd i waith iechyd? Dilynwch bob gwers sydd heb y tag "{ lessons-suits-clinicians }": byddan nhw'n mynd â chi o'ch llinell gyntaf o god i ap iechyd eich hun, mewn geiriau bob dydd.
# Faint o wersi y mae'r dysgwr wedi'u cwblhau ($done), o'r $total i gyd. Mae'r enw'n
# dilyn $done: 1 wers, 2 wers, 3 gwers, 6 gwers, 20 gwers.
lessons-progress = { $done ->
    [zero] Dydych chi ddim wedi cwblhau unrhyw wers eto, o { $total } i gyd.
    [one] Rydych chi wedi cwblhau { $done } wers, o { $total } i gyd.
    [two] Rydych chi wedi cwblhau { $done } wers, o { $total } i gyd.
    [few] Rydych chi wedi cwblhau { $done } gwers, o { $total } i gyd.
    [many] Rydych chi wedi cwblhau { $done } gwers, o { $total } i gyd.
   *[other] Rydych chi wedi cwblhau { $done } gwers, o { $total } i gyd.
}
# Pennawd uned: ei rhif a'i theitl (daw'r teitl o ffeiliau'r gwersi).
lessons-unit = Uned { $number }: { $title }
# Wedi cwblhau $finished o $total gwers yr uned.
lessons-unit-progress = Wedi cwblhau { $finished } o { $total ->
    [zero] { $total } gwers
    [one] { $total } wers
    [two] { $total } wers
    [few] { $total } gwers
    [many] { $total } gwers
   *[other] { $total } gwers
}
# O dan ddolen gyswllt gwers: mae $teaches yn rhestr o'r hyn y mae'n ei ddysgu, o ffeil y wers.
lessons-about = Tua { $minutes ->
    [zero] { $minutes } munud
    [one] { $minutes } munud
    [two] { $minutes } funud
    [few] { $minutes } munud
    [many] { $minutes } munud
   *[other] { $minutes } munud
}. Mae'n dysgu: { $teaches }.
# Tag wrth ymyl gwers y mae'r dysgwr wedi'i chwblhau, ac wrth bennawd tudalen gwers.
lessons-completed = Wedi'i chwblhau

## Tudalen gwers (page.rs)

lesson-not-found = Heb ddod o hyd i'r wers
lesson-not-found-text = Nid oes gwers yn y cyfeiriad hwn. Efallai ei bod wedi cael enw newydd.
lesson-not-found-link = Gweld yr holl wersi
lesson-breadcrumb = Briwsion bara
lesson-breadcrumb-lessons = Gwersi
# Uwchben gwers sydd heb ei chyfieithu eto (mae lessons.cy.json yn rhoi'r wers Saesneg): mae
# ei thestun yn dilyn yn Saesneg.
lesson-not-translated = Nid yw'r wers hon wedi'i chyfieithu i'r Gymraeg eto. Dyma hi yn Saesneg.
lesson-explanation = Esboniad
lesson-task = Eich tasg
# Enw prif fotwm y wers, yn y cymorth ar sut i ddefnyddio'r golygydd.
lesson-check-my-code = Gwirio fy nghod
lesson-output = Allbwn
lesson-stuck = Yn sownd?
lesson-show-solution = Dangos yr ateb enghreifftiol
lesson-reset = Ailosod y wers hon
lesson-reset-done = Mae cod cychwyn y wers yn ôl. Mae Ctrl + Z yn y golygydd yn dadwneud hyn.
lesson-solution-not-yet = Rhowch gynnig ar y dasg yn gyntaf: pwyswch Gwirio fy nghod o leiaf unwaith, ac wedyn bydd yr ateb enghreifftiol yma os oes ei angen arnoch chi.
lesson-solution-question = Gweld yr ateb enghreifftiol?
lesson-solution-question-text = Gweithio'r peth allan eich hun yw'r ffordd orau o ddysgu. Ydych chi wedi rhoi cynnig ar yr awgrymiadau?
lesson-solution-yes = Ie, dangoswch yr ateb
lesson-solution-no = Na, rydw i am ddal ati
lesson-reset-question = Ailosod y wers hon?
lesson-reset-question-text = Bydd cod cychwyn y wers yn cymryd lle eich cod ar gyfer y wers hon. Mae Ctrl + Z yn y golygydd yn ei ddadwneud.
lesson-reset-yes = Ie, ailosod
lesson-reset-no = Na, cadw fy nghod
lesson-solution = Ateb enghreifftiol
# Y dolenni cyswllt i'r gwersi cyn ac ar ôl yr un hon.
lesson-pagination = Gwersi
lesson-previous = Blaenorol
lesson-next = Nesaf

## Y bar sy'n neidio i rannau gwers ar ffôn (jumps.rs)

lesson-jumps = Rhannau'r wers hon
lesson-jump-task = Tasg
lesson-jump-code = Cod
lesson-jump-results = Canlyniadau

## Y rhestr wirio ar ôl "Gwirio fy nghod" (checklist.rs)

# Mae pob un o $total gwiriad y wers wedi llwyddo. Ar ôl rhif: 1 gwiriad, 2 wiriad, 3 gwiriad.
lesson-checks-all-passed = { $total ->
    [zero] Mae'r { $total } gwiriad i gyd wedi llwyddo. Da iawn: rydych chi wedi cwblhau'r wers hon!
    [one] Mae'r gwiriad wedi llwyddo. Da iawn: rydych chi wedi cwblhau'r wers hon!
    [two] Mae'r { $total } wiriad wedi llwyddo. Da iawn: rydych chi wedi cwblhau'r wers hon!
    [few] Mae'r { $total } gwiriad i gyd wedi llwyddo. Da iawn: rydych chi wedi cwblhau'r wers hon!
    [many] Mae'r { $total } gwiriad i gyd wedi llwyddo. Da iawn: rydych chi wedi cwblhau'r wers hon!
   *[other] Mae'r { $total } gwiriad i gyd wedi llwyddo. Da iawn: rydych chi wedi cwblhau'r wers hon!
}
# Mae $passed o $total gwiriad y wers wedi llwyddo, nid y cyfan.
lesson-checks-some-passed = Mae { $passed } o { $total ->
    [zero] { $total } gwiriad
    [one] { $total } gwiriad
    [two] { $total } wiriad
    [few] { $total } gwiriad
    [many] { $total } gwiriad
   *[other] { $total } gwiriad
} wedi llwyddo. Darllenwch beth i'w newid isod, yna rhowch gynnig arall arni.
# Mae darllenwyr sgrin yn darllen hwn cyn teitl gwiriad (mae'r dudalen yn dangos ✓ neu ✗).
lesson-check-passed = Wedi llwyddo:
lesson-check-failed = Dim eto:

## Awgrymiadau (hints.rs)

lesson-hint-first = Dangos awgrym
lesson-hint-another = Dangos awgrym arall
lesson-hints-none = Does dim awgrymiadau yn y wers hon.
lesson-hints-last = Dyna'r awgrym olaf.
# Mae darllenwyr sgrin yn darllen hwn cyn pob awgrym a ddangosir.
lesson-hint-number = Awgrym { $number }:

## Y dosbarth, o'r gwersi (list.rs, page.rs; mae geiriau'r dosbarth ei hun yn
## classroom.ftl)

# Dolen i dudalen dosbarth y dysgwr, uwchben yr unedau. $name yw enw'r dosbarth.
lessons-your-class = Eich dosbarth: { $name }
lessons-teachers-heading = I athrawon
lessons-teachers-text = Yn addysgu grŵp? Rhowch ddolen i'ch dosbarth at y gwersi rydych chi'n eu dewis, yna marciwch y gwaith maen nhw'n ei gyflwyno. Dim cyfrifon a dim gweinydd: mae popeth yn aros ar ddyfeisiau eich dysgwyr a'ch dyfais chi.
lessons-teachers-make = Gwneud dolen dosbarth
lessons-teachers-mark = Marcio gwaith wedi'i gyflwyno
lesson-class-nav = Eich dosbarth
# $name yw enw'r dosbarth.
lesson-class-back = Yn ôl i'ch dosbarth ({ $name })
lesson-hand-in = Cyflwyno fy ngwaith
