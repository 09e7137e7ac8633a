### Tudalen y maes chwarae a'r hyn y mae pob tudalen â golygydd yn ei ddangos (crates/web).

part-missing-heading = Ni lwythodd rhywbeth
part-missing = Ni ellid llwytho'r rhan hon o'r maes chwarae. Gwiriwch eich cysylltiad, yna ail-lwythwch y dudalen. Mae eich gwaith wedi'i gadw.
part-loading = Wrthi'n llwytho…
page-title = { $page } – { -product }
language-missing = Ni ellid llwytho'r Gymraeg, felly mae'r dudalen hon yn Saesneg. Gwiriwch eich cysylltiad, yna ail-lwythwch y dudalen.
app-loading = Wrthi'n llwytho'r ap…
chart-drawing = Wrthi'n llunio'r siart…
lessons-loading = Wrthi'n llwytho'r gwersi…
lesson-loading = Wrthi'n llwytho'r wers…

## Adran y golygydd (workspace.rs).

workspace-editor-failed = Ni allai'r golygydd cod ddechrau. Ail-lwythwch y dudalen i roi cynnig arall arni.
workspace-check = Gwirio fy nghod
workspace-stop = Stopio
workspace-watch = Gwylio'r cod yn rhedeg
watch-loading = Wrthi'n llwytho Gwylio'r cod yn rhedeg…

## Y llinell statws, a llinellau'r dudalen ei hun yn yr Allbwn (session/machine.rs).

run-ready = Yn barod. Pwyswch Rhedeg i redeg eich cod.
run-running = Wrthi'n rhedeg eich cod…
run-checking = Wrthi'n gwirio eich cod…
run-watching = Wrthi'n rhedeg eich cod a chadw pob cam i'w wylio…
run-getting-ready = Wrthi'n paratoi… Bydd eich cod yn rhedeg cyn gynted ag y bydd y rhedwr cod wedi llwytho.
run-already-running = Mae eich cod yn rhedeg yn barod. Pwyswch Stopio i'w atal.
run-nothing-to-stop = Does dim byd yn rhedeg, felly does dim i'w stopio.
run-stopped = Wedi stopio. Nid yw eich cod wedi newid.
run-finished = Wedi gorffen mewn { $milliseconds } ms.
run-problem-on-line = Stopiodd eich cod: mae problem ar linell { $line }. Edrychwch ar yr allbwn.
run-problem = Stopiodd eich cod oherwydd problem. Edrychwch ar yr allbwn.
run-nested-status = Stopiodd eich cod: roedd rhywbeth wedi'i nythu'n rhy ddwfn. Edrychwch ar yr allbwn.
run-nested = Wedi stopio: gwnaeth eich sgript rywbeth wedi'i nythu'n rhy ddwfn, fel rhestr y tu mewn i restr y tu mewn i restr, filoedd o lefelau o ddyfnder, ac fe redodd y rhedwr cod allan o le. Nid yw eich cod wedi newid.
run-crashed-status = Stopiodd y rhedwr cod yn annisgwyl. Pwyswch Rhedeg i roi cynnig arall arni.
run-crashed = Stopiodd y rhedwr cod yn annisgwyl. Nid yw eich cod wedi newid. Pwyswch Rhedeg i roi cynnig arall arni.
run-output-truncated = Daeth yr allbwn i ben yma: argraffodd eich sgript fwy na { $characters } o nodau. Daliodd y sgript i redeg, ond ni ddangosir dim mwy. Ceisiwch argraffu llai, er enghraifft nid y tu mewn i ddolen.

## Y panel Allbwn (output.rs).

output-fix-value = Cywirwch y gwerth yn "{ $label }" i weld y canlyniadau.
output-rows-shown = { $given ->
    [zero] Yn dangos y { $shown } cyntaf o { $given } rhes.
    [one] Yn dangos y { $shown } cyntaf o { $given } res.
    [two] Yn dangos y { $shown } cyntaf o { $given } res.
   *[other] Yn dangos y { $shown } cyntaf o { $given } rhes.
}
output-chart = Siart
output-show-as-table = Dangos fel tabl
output-go-to-line = Mynd i linell { $line }
output-details = Manylion

## Nodiadau'r golygydd cod ei hun (www/editor/aids.js).

editor-which-line = Llinell { $line } o { $lines }, colofn { $column }
editor-straight-double = Newidiwyd dyfynnod cyrliog yn ddyfynnod syth "
editor-straight-single = Newidiwyd dyfynnod cyrliog yn ddyfynnod syth '
editor-straight-dash = Newidiwyd llinell doriad yn arwydd minws -
editor-selection-deleted = Wedi dileu'r testun a ddewiswyd
editor-control-character = Nod rheoli

## Help i ddefnyddio'r golygydd (editor_help.rs). $action yw prif fotwm y dudalen: Rhedeg,
## neu Gwirio fy nghod.

editor-help-keys = Teipiwch eich cod, yna pwyswch { $action } (neu Ctrl + Enter). Yn y golygydd, mae Tab yn mewnoli ar ôl i chi ddechrau teipio; i adael y golygydd, pwyswch Escape ac yna Tab. Mae Alt + L yn dweud ar ba linell rydych chi.
editor-help-touch = Teipiwch eich cod, yna tapiwch { $action }. Wrth i chi deipio, mae bar uwchben y bysellfwrdd yn dangos y symbolau sydd eu hangen ar god, ac enwau o'ch cod: tapiwch un i'w ychwanegu.
editor-shortcuts = Llwybrau byr y bysellfwrdd
editor-shortcuts-close = Cau
editor-shortcuts-caption = Bysellau a beth maen nhw'n ei wneud
editor-shortcuts-keys = Bysellau
editor-shortcuts-what = Beth maen nhw'n ei wneud
editor-keys-submit = Ctrl + Enter (Cmd + Enter ar Mac)
editor-key-submit = { $action }, o unrhyw le ar y dudalen
editor-key-indent = Mewnoli'r llinell, ar ôl i chi ddechrau teipio
editor-key-outdent = Mewnoli'r llinell lai
editor-keys-leave = Escape, yna Tab
editor-key-leave = Gadael y golygydd (mae Shift + Tab yn mynd yn ôl)
editor-key-which-line = Dweud ar ba linell a cholofn y mae'r cyrchwr
editor-key-undo = Dadwneud
editor-keys-redo = Ctrl + Y, neu Ctrl + Shift + Z
editor-key-redo = Ailwneud
editor-key-select-all = Dewis yr holl god
editor-keys-move = Alt + saeth i fyny, Alt + saeth i lawr
editor-key-move = Symud y llinell i fyny neu i lawr
editor-keys-indent = Ctrl + ] a Ctrl + [
editor-key-indent-more-less = Mewnoli mwy, mewnoli llai

## Rhannu a chadw cod (share_tools.rs, share.rs).

share-tools = Rhannu a chadw
share-app = Rhannu'r ap
share-code = Rhannu'r cod
share-download = Llwytho'r cod i lawr
share-open-file = Agor ffeil
share-link-app = Dolen gyswllt i'ch ap
share-link-code = Dolen gyswllt i'ch cod
share-link-hint = Mae eich cod y tu mewn i'r ddolen gyswllt ei hun: nid yw'n cael ei gadw ar unrhyw weinydd. Gall unrhyw un sydd â'r ddolen gyswllt weld y cod.
share-copy-link = Copïo'r ddolen gyswllt
share-copied = Wedi copïo'r ddolen gyswllt. Gludwch hi mewn e-bost neu neges i'w rhannu.
share-copy-failed = Ni wnaeth y porwr hwn adael i'r maes chwarae gopïo'r ddolen gyswllt: dewiswch y ddolen gyswllt uchod a'i chopïo.
share-downloading = Mae eich cod yn cael ei lwytho i lawr fel { $file_name }. Mae Agor ffeil yn dod ag ef yn ôl.
share-link-failed = Ni ellid creu'r ddolen gyswllt yn y porwr hwn.
share-too-long = Mae eich cod yn rhy hir i'w rannu fel dolen gyswllt. Defnyddiwch Llwytho'r cod i lawr yn lle hynny, a rhannwch y ffeil.
share-file-too-big = Mae { $file_name } yn rhy fawr i'w agor: mae'r maes chwarae yn agor ffeiliau cod hyd at { $megabytes } MB.
share-file-not-text = Ni ellid agor { $file_name }: nid yw'n ffeil testun. Dewiswch ffeil .rhai a gadwyd o'r maes chwarae.
share-link-damaged = Mae'r ddolen gyswllt hon wedi'i difrodi neu'n anghyflawn, felly ni ellir agor ei chod. Efallai iddi gael ei thorri'n fyr pan gafodd ei chopïo. Gofynnwch i'r person a'i rhannodd ei hanfon eto.
share-link-too-long = Mae'r ddolen gyswllt hon yn dal mwy o god nag y gall y maes chwarae ei agor o ddolen gyswllt. Gofynnwch i'r person a'i rhannodd anfon y cod fel ffeil yn lle hynny.
share-link-newer = Cafodd y ddolen gyswllt hon ei chreu gan fersiwn mwy newydd o Faes Chwarae Code4Health. Ail-lwythwch y dudalen i gael y fersiwn diweddaraf, yna agorwch y ddolen gyswllt eto.

## Tudalen y maes chwarae (playground.rs). Mae $source yn dweud o ble daeth cod, ac yn
## darllen ar ôl "yn": y ddolen gyswllt, enw ffeil, neu enghraifft.

playground-link-problem = Ni ellid agor y ddolen gyswllt hon
playground-own-code = Mae eich cod eich hun yma o hyd, heb ei newid.
playground-replace-heading = Agor y cod sydd yn { $source }?
playground-replace-text = Bydd yn cymryd lle'r cod yn y golygydd. Bydd eich cod yn cael ei gadw, ac mae Ctrl + Z yn y golygydd yn dod ag ef yn ôl.
playground-replace-yes = Rhoi hwn yn lle fy nghod
playground-replace-no = Cadw fy nghod
playground-kept = Cafodd eich cod ei gadw. Does dim wedi newid.
playground-opened = Wedi agor y cod sydd yn { $source }. Cafodd eich cod blaenorol ei gadw: pwyswch Ctrl + Z yn y golygydd i'w gael yn ôl.
playground-already-open = Mae'r cod sydd yn { $source } yn y golygydd yn barod.
playground-source-link = y ddolen gyswllt a rannwyd
playground-source-example = yr enghraifft { $name }
playground-synthetic-note = Mae unrhyw ddata cleifion a ddangosir yma yn synthetig: wedi'i greu, nid am bobl go iawn.
playground-examples = Apiau enghreifftiol

## Yr apiau enghreifftiol (examples.rs).

example-bmi = Cyfrifiannell BMI
example-bmi-about = Rhowch bwysau a thaldra, a chael mynegai màs y corff.
example-news2 = Cyfrifiannell sgôr NEWS2
example-news2-about = Y sgôr rhybudd cynnar o set o arsylwadau.
example-blood-pressure = Dyddiadur pwysedd gwaed
example-blood-pressure-about = Siart o bwysedd gwaed claf ffug dros amser.

## Cadw yn y porwr (storage.rs).

storage-not-saving = Nid yw eich gwaith yn cael ei gadw
storage-unreadable-heading = Ni ellid agor eich cod a gadwyd
storage-unavailable = Nid yw'r porwr hwn yn gadael i'r maes chwarae gadw eich gwaith, felly bydd eich cod yn cael ei golli pan fyddwch yn cau'r dudalen hon. I'w gadw, copïwch ef i rywle diogel.
storage-unreadable = Ni ellid darllen eich cod a gadwyd, felly dangosir y cod enghreifftiol yn lle hynny. Mae copi o'r hyn a gadwyd wedi'i gadw yn y porwr hwn.
storage-full = Mae storfa eich porwr yn llawn, felly nid yw eich newidiadau diweddaraf yn cael eu cadw. Copïwch eich cod i rywle diogel.

## Ffurflen ap (app_form.rs). Mae app-form-a-number yn darllen ar ôl "Rhowch" (treiglad
## meddal: rif).

app-form-label = Mewnbynnau eich ap
app-form-error = Gwall:
app-form-number = Rhif
app-form-whole-number = Rhif cyfan
app-form-a-number = rif
app-form-a-whole-number = rif cyfan
app-form-range = { $kind } o { $low } i { $high }
app-form-at-least = { $kind }, { $low } neu fwy
app-form-at-most = { $kind }, { $high } neu lai
app-form-enter = Rhowch { $wanted }
app-form-enter-digits = Rhowch { $wanted }, gan ddefnyddio digidau a phwynt degol yn unig

## Cyfeirnod API y data iechyd (api_reference.rs).

api-heading = Data iechyd y gallwch ei ddefnyddio
api-intro = Gall eich cod ddefnyddio set o ddata ffug am 1,000 o gleifion mewn 5 practis meddyg teulu, gyda 5 mlynedd o bwysedd gwaed, pwysau, HbA1c, arsylwadau ysbyty, meddyginiaethau, apwyntiadau a brechiadau ffliw. Mae'r ffwythiannau hyn yn cyrraedd y data.
api-synthetic = Data synthetig: mae pob claf yma wedi'i greu. Nid yw dim ohono am berson go iawn.
api-search = Chwilio'r ffwythiannau
api-search-hint = Er enghraifft: pwysedd gwaed, rhif GIG, cyfartaledd
# Rhif + enw unigol; nid yw "ffwythiant" yn treiglo ar ôl 1, 2 na 3.
api-count = { $count ->
    [0] Does dim ffwythiannau'n cyfateb. Rhowch gynnig ar lai o eiriau, neu eiriau gwahanol.
   *[other] Mae { $count } ffwythiant yn cyfateb.
}
api-count-all = { $count } ffwythiant.
api-example-for = Enghraifft ar gyfer { $name }
api-try = Rhowch gynnig arni
api-try-label = Rhowch gynnig ar yr enghraifft ar gyfer { $name }
api-source-example = yr enghraifft ar gyfer { $name }
api-group-patients = Cleifion a'u cofnodion
api-group-helpers = Rhifau GIG a dyddiadau
api-group-statistics = Ystadegau
api-group-pictures = Tablau a siartiau
api-group-apps = Apiau: mewnbynnau a chanlyniadau
api-group-fhir = Ceisiadau FHIR (uwch)
