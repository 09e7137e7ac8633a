### "Gwylio'r cod yn rhedeg" (crates/web/src/watch/ a crates/protocol/src/trace.rs): camau
### rhediad, un ar y tro, a beth wnaeth pob un. Yn cael ei nôl gyda'i ran, y tro cyntaf y
### mae'r dysgwr yn pwyso'r botwm; mae `c4h watch` yn argraffu'r brawddegau.

## Y panel

watch-heading = Gwylio'r cod yn rhedeg
watch-intro = Mae eich cod wedi rhedeg unwaith. Ewch drwyddo un cam ar y tro: mae'r llinell a redodd wedi'i marcio yn y golygydd gyda ▶.
watch-step-of = Cam { $step } o { $steps }
watch-first = Cyntaf
watch-back = Yn ôl
watch-next = Nesaf
watch-last = Olaf
watch-close = Stopio gwylio
watch-slider = Cam
watch-keys-heading = Bysellau ar gyfer gwylio
watch-keys-arrows = Y bysellau saeth Chwith a De ar y llithrydd camau: un cam yn ôl neu ymlaen.
watch-keys-pages = Page Up a Page Down ar y llithrydd: deg cam ar y tro.
watch-keys-ends = Home ac End ar y llithrydd: y cam cyntaf a'r cam olaf.
watch-line = Llinell { $line }
watch-variables-caption = Newidynnau ar ôl cam { $step }
watch-name = Enw
watch-value = Gwerth
watch-what-changed = Beth newidiodd
watch-changed-from = wedi newid o { $from }
watch-new = newydd
watch-same = dim newid
watch-no-variables = Dim newidynnau eto.
watch-output = Allbwn hyd yma
watch-no-output = Dim byd wedi'i argraffu eto.
watch-calls = Y tu mewn i'r ffwythiannau hyn, yr un a alwyd olaf ar y gwaelod:
watch-problem = Stopiodd eich cod yma gyda phroblem:
watch-edited = Rydych chi wedi newid y cod, felly mae'r gwylio wedi dod i ben. Pwyswch Gwylio'r cod yn rhedeg i wylio eich cod newydd.
watch-no-steps = Nid oes gan eich cod gamau i'w gwylio.

## Un cam mewn brawddeg (yn cael ei chyhoeddi i ddarllenwyr sgrin, a'i hargraffu gan `c4h watch`)

watch-change-new = { $name } yw { $value }
watch-change = { $name }: newidiodd o { $from } i { $to }
watch-step-changes = Llinell { $line }: { $changes }.
watch-step-same = Rhedodd llinell { $line }. Ni newidiodd unrhyw newidyn.
watch-step-true = Llinell { $line }: mae'r amod yn wir.
watch-step-false = Llinell { $line }: nid yw'r amod yn wir.
watch-step-round = Llinell { $line }, o gwmpas y ddolen eto.
watch-step-round-changes = Llinell { $line }, o gwmpas y ddolen eto: { $changes }.
watch-step-call = Llinell { $line }: yn galw { $call }.
watch-step-return = Llinell { $line }: mae { $call } yn rhoi { $value } yn ôl.
watch-step-return-nothing = Llinell { $line }: mae { $call } wedi gorffen.
watch-step-stopped = Llinell { $line }: stopiodd eich cod yma gyda phroblem.
watch-step-printed = Argraffodd: { $output }

## Olrhain wedi'i dorri'n fyr

watch-too-many-steps = Mae'r rhediad hwn yn cymryd mwy na { $limit } o gamau. Mae'r gwylio'n dangos y { $limit } cyntaf.
watch-too-big = Mae'r rhediad hwn yn newid gormod o werthoedd i'w cadw i gyd. Mae'r gwylio'n dangos y { $steps } cam cyntaf.

## Beth a ddangoswyd, yn "Allbwn hyd yma"

watch-output-table = (tabl, { $rows } rhes)
watch-output-chart = (siart: { $title })
watch-output-input = (mewnbwn: { $label })
