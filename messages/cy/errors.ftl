### Yr hyn a ddywedir wrth ddysgwr am broblem yn ei sgript (explain yn crates/sandbox,
### gwallau llyfrgell y sgriptiau a geiriau gwiriadau'r gwersi), a'r ffrâm o'i chwmpas
### (Diagnostic yn crates/protocol). Mae cod rhwng nodau ` fel yn y Saesneg; mae enwau
### Rhai a'r llyfrgell yn aros yn Saesneg.

## Ffrâm problem: "Problem ar linell 3: …", a'i Manylion.

errors-heading-problem = Problem
errors-heading-problem-line = Problem ar linell { $line }
errors-heading-stopped = Wedi stopio
errors-heading-stopped-line = Wedi stopio ar linell { $line }
errors-summary = { $heading }: { $message }
errors-details-column = colofn { $column }.
errors-details-rhai = Neges Rhai: { $detail }
errors-details-column-rhai = colofn { $column }; Neges Rhai: { $detail }
errors-details-line = Manylion: { $details }

## Gwerthoedd a mathau o werth mewn geiriau (words.rs), y tu mewn i'r brawddegau isod.
## Maen nhw'n dod ar ôl colon neu yn y man lle nad oes treiglad, felly does dim treiglad ynddyn nhw.

# $text: y testun (wedi'i gwtogi gyda "…"); $number: y rhif fel y mae'r sgript yn ei ddal.
errors-value-text = y testun "{ $text }"
errors-value-whole-number = y rhif cyfan { $number }
errors-value-decimal-number = y rhif degol { $number }
errors-type-whole-number = rhif cyfan
errors-type-whole-number-bare = rhif cyfan
errors-type-decimal-number = rhif degol
errors-type-decimal-number-bare = rhif degol
errors-type-text = testun
errors-type-character = un nod
errors-type-character-bare = un nod
errors-type-true-or-false = gwir neu gau
errors-type-list = rhestr
errors-type-list-bare = rhestr
errors-type-map = map
errors-type-map-bare = map
errors-type-nothing = dim byd (wedi'i ysgrifennu `()`)
errors-type-function = ffwythiant
errors-type-function-bare = ffwythiant
errors-type-blob = blob o feitiau
errors-type-blob-bare = blob o feitiau
errors-type-range = ystod
errors-type-range-bare = ystod
errors-type-any = unrhyw werth
# $name: enw Rhai am fath nad oes ganddo eiriau amdano.
errors-type-code = `{ $name }`
errors-list-nothing = dim byd
# Coma, nid "a": byddai "a" yn treiglo'r gair nesaf ("a thestun"), na all rhestr ei wneud.
errors-list-and = { $first }, { $last }
errors-list-comma = { $first }, { $rest }
errors-item = eitem { $index } (gan gyfrif o 0)
errors-did-you-mean = Oeddech chi'n golygu `{ $name }`?
errors-did-you-mean-two = Oeddech chi'n golygu `{ $first }` neu `{ $second }`?

## Gwallau a geir cyn i sgript redeg (explain/parse.rs).

errors-unfinished = Mae eich cod yn dod i ben cyn ei fod wedi'i orffen. Gwiriwch fod gan bob `(`, `[` a `{ "{" }` ei `)`, `]` neu `{ "}" }` cyfatebol.
errors-unknown-operator = Nid yw `{ $operator }` yn symbol y mae Rhai yn ei adnabod. Gwiriwch am gamgymeriad teipio.
errors-missing-bracket-or-comma = Mae cromfach gau `)` neu goma `,` ar goll yma. Mae comas rhwng y gwerthoedd a roddir i ffwythiant, a rhaid cau'r cromfachau: `print("hello");`.
# $symbol: geiriau Rhai ei hun am yr hyn sydd ar goll (yn Saesneg).
errors-missing-symbol = Mae rhywbeth ar goll yma: { $symbol }.
errors-name-expected = Mae angen enw yma. Ar ôl `let` daw enw'r newidyn newydd, er enghraifft `let weight = 70;`.
errors-property-expected = Mae angen enw priodwedd ar ôl y dot, er enghraifft `patient.name`.
errors-needs-brackets = Mae angen cromfachau o gwmpas y gwerth ar ôl `{ $word }`: `{ $word }("hello");`.
errors-reserved-word = Mae `{ $word }` yn air y mae Rhai yn ei gadw iddo'i hun, felly does dim modd ei ddefnyddio fel enw. Dewiswch enw arall.
# $what: geiriau Rhai ei hun am yr hyn yr oedd yn ei ddisgwyl (yn Saesneg).
errors-expression-expected = Roedd Rhai yn disgwyl { $what } yma, ond ni chafodd ddim y gallai ei ddefnyddio. Efallai fod gwerth ar goll, neu fod symbol dros ben.
errors-constant-assigned = Cafodd `{ $name }` ei wneud gyda `const`, felly does dim modd newid ei werth. Defnyddiwch `let` os ydych chi am ei newid yn nes ymlaen.
errors-assign-left-side = Rhaid i ochr chwith `=` fod yn enw newidyn. Os oeddech chi am gymharu dau werth, defnyddiwch `==`.
errors-property-twice = Mae'r briodwedd `{ $name }` yn y map hwn ddwywaith. Mae angen ei henw ei hun ar bob priodwedd.
errors-function-twice = Mae dau ffwythiant o'r enw `{ $name }` sydd ill dau yn cymryd { $count ->
    [zero] dim gwerthoedd
    [one] { $count } gwerth
    [two] { $count } werth
   *[other] { $count } gwerth
}. Rhowch enw arall i un ohonyn nhw.
errors-function-needs-name = Mae angen enw ar ffwythiant ar ôl `fn`, er enghraifft `fn bmi(weight, height) { "{" } ... { "}" }`.
errors-function-needs-brackets = Mae angen cromfachau ar ôl enw'r ffwythiant `{ $name }`, hyd yn oed os ydyn nhw'n wag: `fn { $name }() { "{" } ... { "}" }`.
errors-function-input-twice = Mae gan y ffwythiant `{ $name }` ddau fewnbwn o'r enw `{ $parameter }`. Rhowch ei enw ei hun i bob mewnbwn.
errors-function-needs-body = Mae angen corff rhwng cromfachau cyrliog ar y ffwythiant `{ $name }`: `{ "{" } ... { "}" }`.
errors-function-not-top-level = Dim ond ar lefel uchaf eich sgript y mae modd gwneud ffwythiant, nid y tu mewn i ffwythiant, dolen neu `if` arall.
errors-nested-too-deeply = Mae gormod o haenau yma (gormod o gromfachau y tu mewn i gromfachau, neu flociau y tu mewn i flociau). Rhannwch ef yn gamau llai gyda newidynnau.
errors-too-many-functions = Mae eich sgript yn gwneud gormod o ffwythiannau.
# $what: gair Rhai ei hun am yr hyn sy'n rhy hir (yn Saesneg).
errors-literal-too-long = Mae'r { $what } hwn yn rhy hir: caiff fod yn { $max } o hyd ar y mwyaf.
errors-break-outside-loop = Dim ond y tu mewn i ddolen y mae modd defnyddio `break` a `continue`.
errors-name-twice = Mae'r enw `{ $name }` yn cael ei ddefnyddio ddwywaith yma.
errors-forbidden-variable = Does dim modd defnyddio `{ $name }` fel enw newidyn.
# $expected, $found: geiriau Rhai ei hun (yn Saesneg).
errors-parse-mismatched-type = Roedd Rhai yn disgwyl { $expected } yma, ond cafodd { $found }.
errors-switch = Nid yw'r `switch` hwn wedi'i ysgrifennu mewn ffordd y mae Rhai yn ei deall.
# $rhai: neges Rhai ei hun (yn Saesneg).
errors-parse-other = Doedd Rhai ddim yn deall y rhan hon o'ch cod ({ $rhai }).
errors-text-not-closed = Nid yw darn o destun wedi'i gau. Mae testun yn dechrau ac yn gorffen gyda dyfynnod dwbl, er enghraifft `"hello"`.
errors-unmatched-closing = Mae `{ $closing }` yma heb `{ $opening }` o'i flaen i gyfateb. Tynnwch ef, neu ychwanegwch y `{ $opening }` sydd ar goll.
errors-unexpected-input = Nid yw `{ $text }` yn rhywbeth y mae Rhai yn ei ddeall yma. Gwiriwch am gamgymeriad teipio.
errors-text-too-long = Mae'r darn hwn o destun yn rhy hir: caiff fod yn { $max } nod o hyd ar y mwyaf.
errors-bad-escape = Nid yw `{ $text }` yn ddihangiad dilys. Y tu mewn i destun, mae slaes ôl yn dechrau nod arbennig fel `\n` (llinell newydd) neu `\"` (dyfynnod).
errors-bad-number = Nid yw `{ $text }` yn rhif y gall Rhai ei ddarllen. Efallai ei fod yn rhy fawr, neu fod llythyren neu ddot ychwanegol ynddo.
errors-bad-name = Nid yw `{ $text }` yn enw dilys. Mae enwau'n defnyddio llythrennau, digidau a `_`, a dydyn nhw ddim yn dechrau gyda digid.
errors-not-equal-js = I wirio bod dau werth yn wahanol, defnyddiwch `!=` (does dim `!==` gan Rhai).
errors-compare-with-double-equals = I gymharu dau werth, defnyddiwch `==` (dau arwydd hafal). Mae un `=` yn rhoi gwerth mewn newidyn.
errors-symbol-not-here = Does dim modd defnyddio `{ $symbol }` yma.
# $hint: awgrym Rhai ei hun (yn Saesneg).
errors-symbol-not-here-hint = Does dim modd defnyddio `{ $symbol }` yma. { $hint }
# $rhai: neges Rhai ei hun (yn Saesneg).
errors-lex-other = Doedd Rhai ddim yn gallu darllen y rhan hon o'ch cod ({ $rhai }).
errors-missing-semicolon = Mae hanner colon `;` ar goll yma, ar ddiwedd y cyfarwyddyd hwn. Mae pob cyfarwyddyd yn gorffen gyda `;`.
errors-missing-closing-bracket = Mae cromfach gau `)` ar goll. Mae angen `)` cyfatebol ar bob `(`.
errors-missing-closing-square-bracket = Mae cromfach sgwâr gau `]` ar goll. Mae angen `]` cyfatebol ar bob `[`.
errors-missing-closing-brace = Mae cromfach gyrliog gau `{ "}" }` ar goll. Mae angen `{ "}" }` cyfatebol ar bob `{ "{" }`.
errors-missing-opening-brace = Mae cromfach gyrliog agored `{ "{" }` ar goll. Mae'r cod sy'n perthyn i `if`, `while`, `for`, `loop` a `fn` yn mynd y tu mewn i `{ "{" } { "}" }`.
errors-missing-opening-bracket = Mae cromfach agored `(` ar goll.
errors-missing-equals = Mae arwydd hafal `=` ar goll, er enghraifft `let weight = 70;`.
errors-missing-comma = Mae coma `,` ar goll rhwng dwy eitem.
errors-missing-colon = Mae colon `:` ar goll: mae priodweddau map yn cael eu hysgrifennu `name: value`, er enghraifft `#{ "{" } name: "Sam" { "}" }`.
errors-missing-in = Mae angen `in` ar ddolen `for`, er enghraifft `for reading in readings { "{" } ... { "}" }`.
errors-missing-token = Mae `{ $token }` ar goll yma.
errors-variable-outside-function = Ni all ffwythiant weld y newidynnau a wnaed y tu allan iddo, felly does dim modd adnabod `{ $name }` y tu mewn i `{ $function }`. Rhowch `{ $name }` i'r ffwythiant fel gwerth: ychwanegwch ef at y cromfachau, `fn { $function }(..., { $name })`, a'i roi i mewn lle rydych chi'n galw `{ $function }`.
errors-function-without-brackets = Ffwythiant yw `{ $name }`: i'w ddefnyddio, galwch ef gyda chromfachau, `{ $name }()` (gydag unrhyw werthoedd sydd eu hangen arno y tu mewn iddyn nhw).
errors-variable-made-later = Mae `{ $name }` yn cael ei ddefnyddio yma, ond dim ond yn nes ymlaen y caiff ei wneud, ar linell { $line }. Mae cod yn rhedeg o'r top i'r gwaelod: symudwch y llinell `let { $name } = ...;` uwchben yr un hon.
errors-no-variable-make = Does dim newidyn o'r enw `{ $name }` yma. I wneud newidyn newydd, ysgrifennwch `let { $name } = ...;` cyn ei ddefnyddio.
errors-no-variable-suggest = Does dim newidyn o'r enw `{ $name }` yma. { $suggestion } Rhaid i'r priflythrennau a'r sillafu gyfateb yn union.

## Camgymeriadau y mae Rhai yn eu derbyn heb air (explain/prescan.rs) a dyfynodau (explain/texts.rs).

errors-whole-number-too-big = Mae'r rhif cyfan hwn yn rhy fawr. Y rhif cyfan mwyaf y gall y maes chwarae ei ddal yw 9,223,372,036,854,775,807 (tua 9 miliwn miliwn miliwn). Ar gyfer gwerth mwy, ysgrifennwch rif degol gydag `e` am "lluosi â deg i'r pŵer", er enghraifft `1.2e29`. Dydy rhifau mewn data iechyd byth mor fawr â hyn: gwiriwch am ddigidau ychwanegol.
# $text: testun y dysgwr; $joined: yr un peth wedi'i uno â `+`.
errors-value-in-double-quotes = Mae testun rhwng dyfynodau dwbl yn dangos `${ "{" }...{ "}" }` fel y mae, nid y gwerth y tu mewn. I roi gwerth mewn testun, ysgrifennwch y testun rhwng nodau ôl-dic yn lle hynny: `` `{ $text }` ``. Os nad oes nod ôl-dic ar eich bysellfwrdd, unwch y darnau gyda `+`: `{ $joined }`.
errors-single-quotes-value = Mae testun gyda `${ "{" }...{ "}" }` ynddo yn mynd rhwng nodau ôl-dic, nid dyfynodau sengl: `` `{ $text }` ``. Os nad oes nod ôl-dic ar eich bysellfwrdd, unwch y darnau gyda `+` yn lle hynny: `{ $joined }`.
errors-single-quotes = Mae testun yn mynd rhwng dyfynodau dwbl, nid dyfynodau sengl: `"{ $text }"`. (Dim ond un nod y mae dyfynodau sengl yn ei ddal.)
# $quote: y dyfynnod cyrliog; $text: y testun ar ei ôl.
errors-curly-quotes = Mae'r testun hwn yn dechrau gyda dyfynnod cyrliog, `{ $quote }`, y mae bysellfyrddau ffonau a phroseswyr geiriau yn aml yn ei deipio. Mae angen dyfynodau dwbl syth ar god: `"{ $text }"`. Ar ffôn, pwyswch a dal yr allwedd dyfynnod i ddewis yr un syth, neu diffoddwch "atalnodi clyfar".

## Yr hyn y mae'r maes chwarae yn ei adael allan yn fwriadol (explain/left_out.rs).

errors-no-clock = Does dim cloc gan y maes chwarae, felly mae `{ $name }` wedi'i adael allan: mae sgript yn rhoi'r un ateb bob tro y mae'n rhedeg, ac mae gwersi a dolenni a rannwyd yn dibynnu ar hynny. Ar gyfer y dyddiad, mae `today()` yn rhoi "heddiw" y set ddata. Mae'r llinell statws o dan Rhedeg yn dweud faint o amser a gymerodd eich sgript.
errors-no-global = Mae `global::` wedi'i adael allan o'r maes chwarae, gyda modiwlau. Ni all ffwythiant weld enwau a wnaed y tu allan iddo, felly rhowch y gwerth iddo yn lle hynny: ysgrifennwch `fn f(max) { "{" } ... { "}" }` a galw `f(MAX)`.
errors-no-modules = Mae `{ $word }` yn rhannu cod rhwng ffeiliau (modiwlau). Mae'r maes chwarae yn rhedeg un sgript ar ei phen ei hun, felly mae `{ $word }` wedi'i adael allan: rhowch bopeth sydd ei angen ar y sgript ynddi.
errors-let-not-var = Mae Rhai yn gwneud newidyn gyda `let`, nid `{ $word }`: `let x = 5;`.
errors-no-null = Does dim `{ $word }` gan Rhai. Mae "dim byd" yn cael ei ysgrifennu `()`, a gallwch brofi amdano gyda `x == ()`.
errors-no-sleep = Mae'r maes chwarae yn gadael `sleep` allan: ni all sgript oedi, oherwydd byddai sgript wedi oedi yn dal y dudalen yn ôl. I ddangos camau fesul un, argraffwch bob cam.
errors-no-eval = Mae `eval` yn rhedeg testun fel cod, felly mae'r maes chwarae yn ei adael allan: dim ond y cod y gallwch ei ddarllen yw sgript. Ysgrifennwch y cod ei hun yn lle ei roi mewn testun.

## Arferion o Python, JavaScript, taenlenni, mathemateg a bysellfyrddau ffonau (explain/habits.rs).

errors-times-x = I luosi, defnyddiwch `*`, nid `x`: er enghraifft `7 * 8000`.
errors-and = Mae Rhai yn ysgrifennu "and" (a) fel `&&`: er enghraifft `if a > 1 && a < 10 { "{" } ... { "}" }`.
errors-or = Mae Rhai yn ysgrifennu "or" (neu) fel `||`: er enghraifft `if a < 1 || a > 10 { "{" } ... { "}" }`.
errors-then = Does dim `then` gan Rhai: mae'r cod sy'n perthyn i `if` yn mynd y tu mewn i `{ "{" } { "}" }` yn syth ar ôl y prawf, er enghraifft `if a > 1 { "{" } print(a); { "}" }`.
errors-times-bracket = I luosi, rhowch `*` rhwng y gwerthoedd: `2 * (3 + 4)`, nid `2(3 + 4)`.
errors-not-equal-spreadsheet = I wirio bod dau werth yn wahanol, defnyddiwch `!=`, nid `<>`: er enghraifft `if a != 2`.
errors-percent = Mewn cod, mae `%` yn rhoi'r gweddill ar ôl rhannu, nid canran. Am 50%, ysgrifennwch `0.5`, neu `50.0 / 100.0`.
errors-formula = Nid yw cod yn dechrau gydag `=` fel y mae fformiwla taenlen. Ysgrifennwch y cyfarwyddyd ei hun, er enghraifft `print(sum([1, 2]));`.
errors-hash-comment = Mae nodiadau mewn cod yn dechrau gyda `//` yn Rhai, nid `#`: er enghraifft `// my note`.
errors-dollar = Nid yw `$` yn golygu dim yn Rhai (mewn taenlen, mae `$A$1` yn sefydlogi cell). Cadwch werthoedd mewn newidynnau yn lle hynny: `let a = 5;`.
errors-thousands-comma = Ysgrifennwch rifau heb gomas: `10000`, nid `10,000`. (I wneud rhif hir yn haws ei ddarllen, gallwch ysgrifennu `10_000`.)
errors-decimal-comma = Mae rhifau degol yn defnyddio dot, nid coma: `37.5`, nid `37,5`.
# $name: yr enw gyda `_` rhwng ei eiriau.
errors-name-with-space = Ni all enw gynnwys bylchau na `-`. Unwch ei eiriau gyda `_`: `{ $name }`.
errors-else-without-if = Does dim `if` yn union cyn yr `else` hwn. Mae `else` yn dod yn syth ar ôl `{ "}" }` `if`, a dim ond un `else` plaen sydd gan `if`: `if a > 0 { "{" } ... { "}" } else { "{" } ... { "}" }`.
errors-name-starts-with-digit = Ni all enw ddechrau gyda digid. Dechreuwch ef gyda llythyren: `dose_2`, nid `2nd_dose`.
errors-default-parameter = Does dim modd rhoi gwerth cychwynnol i werthoedd ffwythiant yma: ysgrifennwch `fn f(x) { "{" } ... { "}" }`, a rhowch bob gwerth pan fyddwch chi'n ei alw.
errors-list-closes = Mae rhestr sy'n agor gyda `[` yn cau gyda `]`: `[1, 2]`.
errors-join-with-plus = I uno testun a gwerth, rhowch `+` rhyngddyn nhw: `"Hello " + name`.
errors-map-starts = Mae map yn dechrau gyda `#{ "{" }`, nid `{ "{" }`, a does dim angen dyfynodau o gwmpas ei enwau: `#{ "{" } name: "Sam", age: 42 { "}" }`.
errors-python-colon = Nid yw Rhai yn gorffen llinell gyda `:` fel y mae Python. Mae'r cod sy'n perthyn i `if`, `for`, `while` neu `fn` yn mynd y tu mewn i `{ "{" } { "}" }`: er enghraifft `if a > 3 { "{" } print(a); { "}" }`.
errors-c-style-for = Mae `for` Rhai yn mynd drwy ystod neu restr: mae `for i in 0..10 { "{" } ... { "}" }` yn cyfrif o 0 i 9. Does dim `for (i = 0; i < 10; i++)`.
errors-ternary = Does dim `? :` gan Rhai. Defnyddiwch `if` fel gwerth yn lle hynny: `let size = if a > 3 { "{" } "big" { "}" } else { "{" } "small" { "}" };`.
errors-plus-plus = Does dim `++` gan Rhai. I adio un, ysgrifennwch `i += 1;`.
errors-minus-minus = Does dim `--` gan Rhai. I dynnu un, ysgrifennwch `i -= 1;`.
errors-symbol-times = Nid yw `{ $symbol }` yn symbol y mae cod yn ei ddefnyddio. Defnyddiwch `*` i luosi: er enghraifft `7 * 8`.
errors-symbol-divide = Nid yw `{ $symbol }` yn symbol y mae cod yn ei ddefnyddio. Defnyddiwch `/` i rannu: er enghraifft `8 / 2`.
errors-symbol-dash = Nid yw `{ $symbol }` yn symbol y mae cod yn ei ddefnyddio. Defnyddiwch yr arwydd minws cyffredin `-` i dynnu: er enghraifft `8 - 2`.
errors-symbol-squared = Nid yw `{ $symbol }` yn symbol y mae cod yn ei ddefnyddio. Defnyddiwch `*` i sgwario rhif: er enghraifft `x * x`, neu `x ** 2`.
errors-symbol-cubed = Nid yw `{ $symbol }` yn symbol y mae cod yn ei ddefnyddio. Defnyddiwch `**` ar gyfer pŵer: er enghraifft `x ** 3`.
errors-symbol-half = Nid yw `{ $symbol }` yn symbol y mae cod yn ei ddefnyddio. Defnyddiwch rif degol: er enghraifft `0.5`.
errors-symbol-at-most = Nid yw `{ $symbol }` yn symbol y mae cod yn ei ddefnyddio. Defnyddiwch `<=` ar gyfer "llai na neu'n hafal i": er enghraifft `a <= 140`.
errors-symbol-at-least = Nid yw `{ $symbol }` yn symbol y mae cod yn ei ddefnyddio. Defnyddiwch `>=` ar gyfer "mwy na neu'n hafal i": er enghraifft `a >= 140`.
errors-symbol-not-equal = Nid yw `{ $symbol }` yn symbol y mae cod yn ei ddefnyddio. Defnyddiwch `!=` ar gyfer "ddim yn hafal i": er enghraifft `a != 0`.
errors-symbol-money = Nid yw `{ $symbol }` yn symbol y mae cod yn ei ddefnyddio. Defnyddiwch rif plaen (mae arwyddion arian yn mynd y tu mewn i destun): er enghraifft `let cost = 9.90;`.
errors-f-string = Does dim testun f"..." gan Rhai. I roi gwerthoedd mewn testun, ysgrifennwch ef rhwng nodau ôl-dic: `` `n is ${ "{" }n{ "}" }` ``.
errors-arrow-function = Mae Rhai yn ysgrifennu ffwythiant byr gyda barrau, nid `=>`: `|x| x * 2`. Ar gyfer un hirach, defnyddiwch `fn double(x) { "{" } x * 2 { "}" }`.
errors-missing-opening-quote = Os yw `{ $name }` i fod yn destun, rhowch ddyfynnod dwbl o'i flaen hefyd: `"{ $name }"`.
errors-true = Mae Rhai yn ysgrifennu true (gwir) mewn llythrennau bach: `true`.
errors-false = Mae Rhai yn ysgrifennu false (gau) mewn llythrennau bach: `false`.
errors-no-none = Does dim `{ $name }` gan Rhai. Mae "dim byd" yn cael ei ysgrifennu `()`, a gallwch brofi amdano gyda `x == ()`.
errors-not = Mae Rhai yn ysgrifennu "not" (nid) fel `!`: er enghraifft `if !done { "{" } ... { "}" }`.
errors-elif = Mae Rhai yn ysgrifennu hwn fel dau air: `else if`.
errors-def = Mae Rhai yn gwneud ffwythiant gyda `fn`, ac mae ei gorff yn mynd rhwng cromfachau cyrliog: `fn bmi(weight, height) { "{" } weight / (height * height) { "}" }`.
errors-console = I ddangos rhywbeth, defnyddiwch `print`: er enghraifft `print("hi");`.
errors-math = Mae ffwythiannau mathemateg Rhai yn cael eu galw ar eu pennau eu hunain, heb `math.`: er enghraifft `sqrt(16.0)` neu `abs(x)`.
errors-pi = Mae Pi yn cael ei ysgrifennu `PI()` yn Rhai.
errors-capital-letters = Mae priflythrennau'n bwysig mewn cod: ysgrifennwch `{ $lower }`, nid `{ $name }`.
errors-to-string = I droi gwerth yn destun, defnyddiwch `to_string`: `x.to_string()`, neu rhowch ef mewn testun rhwng nodau ôl-dic: `` `${ "{" }x{ "}" }` ``.
errors-to-decimal = I droi testun yn rhif degol, defnyddiwch `parse_float`: `parse_float("4.2")`. I droi rhif cyfan yn rhif degol, defnyddiwch `to_float`: `to_float(5)`.
errors-to-whole-number = I droi testun yn rhif cyfan, defnyddiwch `parse_int`: `parse_int("42")`.
errors-power = I godi rhif i bŵer, defnyddiwch `**`: mae `2 ** 3` yn 8.
errors-input = Mae ap yn gofyn i'w ddefnyddiwr am werth gydag `input_number` neu `input_text`, er enghraifft `let weight = input_number("Weight (kg)", 70);`.
errors-length = I gyfrif yr eitemau mewn rhestr (neu'r nodau mewn testun), defnyddiwch `len`: `readings.len()`.
errors-println = I ddangos rhywbeth, defnyddiwch `print`: `print("hi");`. (Mae pob `print` yn dechrau llinell newydd, felly does dim `{ $name }`.)
errors-concat = I uno testun, defnyddiwch `+`: `"Hello " + name`.
errors-average = I gyfrifo cyfartaledd, defnyddiwch `mean`: `mean(readings)`.
errors-upper = I droi testun yn briflythrennau, defnyddiwch `to_upper`: `name.to_upper()`.
errors-lower = I droi testun yn llythrennau bach, defnyddiwch `to_lower`: `name.to_lower()`.
errors-strip = I dynnu bylchau oddi ar bennau testun, defnyddiwch `trim`: `name.trim();`.
errors-includes = I ofyn a yw rhestr neu destun yn cynnwys rhywbeth, defnyddiwch `contains`: `readings.contains(120)`.
errors-index-of = Mae Rhai yn ysgrifennu hwn fel `index_of`: `name.index_of("a")`.
errors-to-fixed = I dalgrynnu rhif i 2 le degol, defnyddiwch `round`: `round(x, 2)`.
errors-type-of = I ofyn pa fath o werth yw rhywbeth, defnyddiwch `type_of`: `type_of(x)`.
errors-range = I gyfrif, defnyddiwch ystod: mae `0..10` yn mynd o 0 i 9, felly `for i in 0..10 { "{" } ... { "}" }`.
errors-spreadsheet-if = Mewn cod, mae `if` yn cael ei ysgrifennu mewn llythrennau bach, ac mae'n gweithio fel hyn: `if a > 1 { "{" } "yes" { "}" } else { "{" } "no" { "}" }`. (Nid `IF(test, yes, no)` taenlen yw e.)

## Galwadau na chafodd ddim i'w alw (explain/calls.rs).

# $message: beth oedd o'i le gyda'r alwad.
errors-with-nothing-note = { $message } Un o'r gwerthoedd yw `()`, "dim byd": mae ffwythiannau fel `push` a `sort` yn newid rhestr ac yn rhoi dim byd yn ôl, felly mae `let b = a.push(1);` yn gwneud `b` yn ddim byd. Defnyddiwch y rhestr ei hun wedyn.
errors-no-values = dim gwerthoedd
errors-takes-no-values = dim gwerthoedd
# $names: enwau gwerthoedd y ffwythiant, fel cod.
errors-takes-values = { $count ->
    [zero] { $count } gwerth ({ $names })
    [one] { $count } gwerth ({ $names })
    [two] { $count } werth ({ $names })
   *[other] { $count } gwerth ({ $names })
}
errors-own-function-values = Mae eich ffwythiant `{ $name }` yn cymryd { $takes }, ond rhoddwyd { $given ->
    [0] dim un
   *[other] { $given }
} iddo. Rhowch un gwerth iddo ar gyfer pob enw yn ei gromfachau.
errors-needs-more-values = Mae angen mwy o werthoedd na hyn ar `{ $name }`.
errors-given-too-many-values = Rhoddwyd mwy o werthoedd i `{ $name }` nag y mae'n eu cymryd.
# $given: y mathau o werth a roddwyd iddo ("testun, rhif cyfan").
errors-cannot-take = Ni all `{ $name }` gymryd y gwerthoedd hyn: { $given }.
errors-problem-and-how = { $problem } { $how }
errors-no-function-plural = Does dim ffwythiant o'r enw `{ $name }`. Oeddech chi'n golygu `{ $plural }`?
errors-value-not-function = Mae `{ $name }` yn dal gwerth, nid ffwythiant, felly ni all cromfachau ddod ar ei ôl. I luosi, rhowch `*` rhyngddyn nhw: `{ $name } * (...)`.
errors-no-function-make = Does dim ffwythiant o'r enw `{ $name }`. Gwiriwch y sillafu, neu gwnewch y ffwythiant yn gyntaf gyda `fn { $name }(...) { "{" } ... { "}" }`.
errors-no-function-suggest = Does dim ffwythiant o'r enw `{ $name }`. { $suggestion } Rhaid i'r sillafu a'r priflythrennau gyfateb yn union.
errors-code = `{ $code }`
errors-either = { $first } neu { $rest }
errors-called-like-this = Mae'n cael ei alw fel hyn: { $forms }.
# Ffordd o alw ffwythiant, fel cod gyda'r mathau o werth y mae'n eu cymryd mewn geiriau.
errors-form = `{ $name }({ $types })`
errors-form-no-values = `{ $name }()`
errors-works-like-this = Mae'n gweithio fel hyn: { $forms }.
errors-works-like-this-more = Mae'n gweithio fel hyn: { $forms } (a { $more } arall).
errors-whole-number-as-decimal = { $message } Ysgrifennwch y rhif cyfan fel rhif degol (er enghraifft `16.0`, nid `16`), neu trowch ef yn un gyda `to_float(x)`.
errors-join-text-not-ampersand = I uno testun, defnyddiwch `+`, nid `&`: `"a" + "b"`.
errors-push-not-plus = I ychwanegu eitem at restr, defnyddiwch `push`: `readings.push(5);`. (Mae `+` yn uno dwy restr: `[1, 2] + [3]`.)
errors-operator-with-text = Nid yw `{ $operator }` yn gweithio gyda'r gwerthoedd hyn: { $given }. Os yw'r testun yn dal rhif, trowch ef yn rhif yn gyntaf gyda `parse_int` (rhifau cyfan) neu `parse_float` (rhifau degol).
errors-operator-does-not-work = Nid yw `{ $operator }` yn gweithio gyda'r gwerthoedd hyn: { $given }.
# $first, $second: y ddau werth cyntaf a roddodd y dysgwr, fel cod.
errors-print-several = Mae `{ $name }` yn dangos un gwerth ar y tro. I ddangos sawl un, unwch nhw gyda `+`: `{ $name }({ $first } + " " + { $second });`, neu rhowch nhw mewn testun rhwng nodau ôl-dic: `` { $name }(`${ "{" }{ $first }{ "}" } ${ "{" }{ $second }{ "}" }`); ``.
errors-append = I ychwanegu un eitem at restr, defnyddiwch `push`: `readings.push(5);`.
errors-map-has-no-function = Does dim ffwythiant o'r enw `{ $name }` gan fap. Os yw `{ $name }` yn un o'i briodweddau, gadewch y cromfachau allan: `.{ $name }`, nid `.{ $name }()`.
errors-sort-mixed-kinds = Mae'r rhestr hon yn dal gwerthoedd o wahanol fathau (er enghraifft rhifau cyfan a rhifau degol, fel `7` a `7.5`), felly does dim modd ei threfnu. Gwnewch nhw i gyd o'r un math: ysgrifennwch `7.0`, nid `7`.
# $sentence: geiriau'r llyfrgell ei hun (yn Saesneg).
errors-did-not-work = Ni weithiodd hyn: { $sentence }.
# $rhai: neges Rhai ei hun (yn Saesneg).
errors-dot-does-not-work = Nid yw'r defnydd hwn o ddot `.` yn gweithio: { $rhai }.
# $kind: y math o werth ("rhestr").
errors-not-a-property = Does dim `{ $property }` yn perthyn i'r math hwn o werth ({ $kind }). Mae angen cromfachau ar ôl y dot ar ffwythiannau, er enghraifft `readings.len()`.
errors-not-a-property-suggest = Does dim `{ $property }` yn perthyn i'r math hwn o werth ({ $kind }). { $suggestion } Mae angen cromfachau ar ôl y dot ar ffwythiannau, er enghraifft `readings.len()`.

## Gwallau a ddaeth â rhediad i ben, a therfynau'r blwch tywod (explain/run.rs).

errors-too-deep = Galwodd ffwythiannau ffwythiannau eraill fwy na { $max } lefel o ddyfnder, felly cafodd y sgript ei stopio. Fel arfer, mae hyn yn golygu ffwythiant sy'n ei alw ei hun a byth yn stopio: gwiriwch fod ganddo achos sy'n dychwelyd heb ei alw ei hun eto.
errors-too-many-variables = Gwnaeth eich sgript fwy na { $max } o newidynnau ar yr un pryd, felly cafodd ei stopio.
# $expected, $actual: mathau o werth ("rhif cyfan").
errors-expected-kind = Roedd Rhai yn disgwyl y math hwn o werth yma: { $expected }. Ond cafodd y math hwn: { $actual }.
errors-result-kind = Dylai'r canlyniad fod o'r math hwn: { $expected }. Ond mae o'r math hwn: { $actual }.
errors-no-item-empty = Does dim eitem { $index }: mae'r rhestr hon yn wag.
errors-no-item = Does dim eitem { $index }: mae gan y rhestr hon { $length } eitem, wedi'u rhifo o 0 i { $last }. Cofiwch mai rhif 0 yw'r eitem gyntaf.
errors-no-character-empty = Does dim nod { $index }: mae'r testun hwn yn wag.
errors-no-character = Does dim nod { $index }: mae gan y testun hwn { $length } nod, wedi'u rhifo o 0 i { $last }.
errors-no-bit = Does dim did { $index }: mae gan rif { $length } did.
errors-no-property = Does dim priodwedd o'r enw `{ $name }` yma. Gwiriwch y sillafu, neu argraffwch y map i weld pa briodweddau sydd ganddo.
errors-no-item-called = Does dim eitem o'r enw `{ $key }` yma.
errors-for-needs-list = Mae dolen `for` yn mynd drwy restr, ystod fel `0..10`, neu destun, ond nid drwy un rhif neu werth arall. I gyfrif hyd at rif, defnyddiwch ystod: `for i in 0..readings.len() { "{" } ... { "}" }`.
errors-divide-by-zero = Rydych chi wedi ceisio rhannu â sero, sydd heb ateb. Gwiriwch y rhif rydych chi'n rhannu ag ef.
errors-overflow = Aeth rhif yn rhy fawr (neu'n rhy fach) i'w storio. Mae rhifau cyfan yn mynd hyd at tua 9 triliwn miliwn; defnyddiwch rifau degol (fel `1.0`) ar gyfer gwerthoedd mwy.
# $rhai: neges Rhai ei hun (yn Saesneg).
errors-sum-not-worked-out = Does dim modd cyfrifo'r swm hwn: { $rhai }.
errors-constant-changed = Cafodd `{ $name }` ei wneud gyda `const`, felly does dim modd newid ei werth.
errors-constant-changed-by-function = Byddai `{ $name }` yn newid cysonyn, a does dim modd newid cysonion.
errors-this = Dim ond y tu mewn i ffwythiant sy'n cael ei alw ar werth y mae modd defnyddio `this`, fel `value.my_function()`.
# $error: y gwerth a daflodd y sgript.
errors-script-error = Stopiodd eich sgript gyda'r gwall hwn: { $error }
errors-in-use = Mae `{ $name }` yn cael ei ddefnyddio gan y ffwythiant sy'n rhedeg, felly does dim modd ei ddefnyddio eto yma. Mae hyn yn digwydd pan fydd ffwythiant sydd wedi'i gadw mewn newidyn yn ei alw ei hun drwy'r newidyn hwnnw. Gwnewch ef gyda `fn` yn lle hynny: gall ffwythiant felly ei alw ei hun wrth ei enw.
errors-variable-exists = Mae'r newidyn `{ $name }` yn bodoli'n barod.
errors-forbidden-name = Does dim modd defnyddio `{ $name }` fel enw.
# $rhai: neges Rhai ei hun (yn Saesneg).
errors-run-other = Aeth rhywbeth o'i le wrth redeg eich sgript ({ $rhai }).
errors-brackets-on-value = Mae cromfachau sgwâr `[...]` yn dewis eitem o restr, map neu destun, ond mae hwn o'r math hwn: { $kind }.
errors-brackets-on-nothing = Mae cromfachau sgwâr `[...]` yn dewis eitem o restr, map neu destun, ond dim byd (wedi'i ysgrifennu `()`) yw hwn. Mae gwerth yn "ddim byd" pan ddaw o ffwythiant sy'n rhoi dim byd yn ôl: mae `sort` a `push` yn newid rhestr yn ei lle, felly mae `let s = list.sort();` yn gwneud `s` yn ddim byd. Trefnwch y rhestr, yna defnyddiwch y rhestr ei hun.
errors-parse-int = Ni allai `parse_int` ddarllen "{ $text }" fel rhif cyfan: dim ond digidau a gaiff fod ynddo (ac arwydd minws ar y dechrau).
errors-parse-int-decimal = Ni allai `parse_int` ddarllen "{ $text }" fel rhif cyfan: dim ond digidau a gaiff fod ynddo. Ar gyfer rhif gyda phwynt degol, defnyddiwch `parse_float`.
errors-parse-float = Ni allai `parse_float` ddarllen "{ $text }" fel rhif: dim ond digidau, un pwynt degol ac arwydd minws a gaiff fod ynddo.
errors-parse-float-comma = Ni allai `parse_float` ddarllen "{ $text }" fel rhif: dim ond digidau, un pwynt degol ac arwydd minws a gaiff fod ynddo. Mae rhifau degol yn defnyddio dot, nid coma: "12.5".
errors-too-much-memory = Defnyddiodd eich sgript fwy na { $megabytes } MB o gof, felly cafodd ei stopio. Gwiriwch am destun, rhestrau neu fapiau sy'n dal i dyfu, er enghraifft mewn dolen nad yw byth yn dod i ben neu ffwythiant sy'n ei alw ei hun.
errors-too-long = Rhedodd eich sgript am fwy na { $seconds } eiliad, felly cafodd ei stopio. Gwiriwch am ddolen nad yw byth yn dod i ben, neu gwnewch lai o waith ar y tro.
errors-too-many-steps = Cymerodd eich sgript ormod o gamau (mwy na { $max }), felly cafodd ei stopio. Fel arfer, mae hyn yn golygu dolen nad yw byth yn dod i ben: gwiriwch fod amod y ddolen yn troi'n ffug, neu fod ganddi `break`.
errors-text-grew = Tyfodd darn o destun yn hirach na { $max } nod, felly cafodd y sgript ei stopio. Gwiriwch am destun sy'n cael ei ychwanegu ato mewn dolen nad yw byth yn dod i ben.
errors-list-grew = Tyfodd rhestr i fwy na { $max } eitem, felly cafodd y sgript ei stopio. Gwiriwch am restr sy'n cael ei hychwanegu ati mewn dolen nad yw byth yn dod i ben.
errors-map-grew = Tyfodd map i fwy na { $max } priodwedd, felly cafodd y sgript ei stopio.
# $what: gair Rhai ei hun am yr hyn a dyfodd (yn Saesneg).
errors-grew = Tyfodd rhywbeth yn eich sgript yn rhy fawr ({ $what }), felly cafodd ei stopio.

## Geiriau'r blwch tywod a'r gweithiwr ei hun (explainer.rs, lesson_check.rs, crates/worker).

errors-explanation-missing = Mae problem gyda'ch cod. Ni ellid llwytho esboniad y maes chwarae (gwiriwch eich cysylltiad): mae geiriau Rhai ei hun o dan Manylion.
errors-reserved-prefix = Mae enwau sy'n dechrau gyda `{ $prefix }` wedi'u cadw ar gyfer gwiriadau'r maes chwarae. Dewiswch enw arall.
errors-library-missing = Ni ellid llwytho rhan o'r maes chwarae y mae eich cod yn ei defnyddio, felly ni redodd eich cod. Gwiriwch eich cysylltiad, yna pwyswch Rhedeg eto.
errors-watch-missing = Ni ellid llwytho Gwylio'r cod yn rhedeg, felly ni redodd eich cod. Gwiriwch eich cysylltiad, yna pwyswch Gwylio'r cod yn rhedeg eto.
errors-checks-missing = Ni ellid llwytho gwiriadau'r wers, felly ni chafodd eich cod ei wirio. Gwiriwch eich cysylltiad, yna pwyswch Gwirio fy nghod eto.

## Gwallau llyfrgell y sgriptiau (crates/sandbox/src/library). $function yw enw'r
## ffwythiant, fel cod; $value yw gwerth mewn geiriau ("y testun "abc"").

errors-chart-option-not-text = Dylai `{ $name }` { $function }() fod yn destun rhwng dyfynodau, nid { $value }.
# $options: yr opsiynau y mae'n eu hadnabod, fel cod.
errors-chart-unknown-option = Nid yw { $function }() yn adnabod yr opsiwn `{ $name }`. Mae'n adnabod: { $options }.
errors-chart-unknown-option-suggest = Nid yw { $function }() yn adnabod yr opsiwn `{ $name }`. { $suggestion } Mae'n adnabod: { $options }.
# $what: beth sydd yn y rhestr (errors-chart-what-*).
errors-chart-needs-list = Mae angen { $what } ar { $function }() fel rhestr rhwng cromfachau sgwâr, fel [120, 135, 128], nid { $value }.
errors-chart-what-series = `series`
errors-chart-what-y = y gwerthoedd y
errors-chart-what-x = y gwerthoedd x
errors-chart-what-bar-names = y gwerthoedd x (enwau'r barrau)
errors-chart-what-values = `values`
# $item: pa eitem ("eitem 2 (gan gyfrif o 0)").
errors-needs-numbers = Mae angen rhestr o rifau ar { $function }(), ond { $value } yw { $item }.
errors-needs-x-numbers = Mae angen i'r gwerthoedd x fod yn rhifau ar gyfer { $function }(), ond { $value } yw { $item }.
errors-needs-y-numbers = Mae angen i'r gwerthoedd y fod yn rhifau ar gyfer { $function }(), ond { $value } yw { $item }.
errors-needs-values-numbers = Mae angen i'r gwerthoedd fod yn rhifau ar gyfer { $function }(), ond { $value } yw { $item }.
errors-chart-x-numbers-or-dates = Mae angen i'r gwerthoedd x i gyd fod yn rhifau, neu i gyd yn ddyddiadau fel "2024-03-01", ar gyfer { $function }(), ond { $value } yw { $item }.
errors-chart-x-y-counts = Mae angen un gwerth y ar gyfer pob gwerth x ar { $function }(), ond mae { $x } gwerth x a { $y } gwerth y.
errors-chart-x-y-counts-in = Mae angen un gwerth y ar gyfer pob gwerth x ar { $function }(), ond mae { $x } gwerth x a { $y } gwerth y yn "{ $name }".
errors-chart-x-without-y = Mae gwerthoedd x gan { $function }() ond dim gwerthoedd `y` i fynd gyda nhw.
errors-chart-series-not-map = Dylai `series` { $function }() fod yn rhestr o fapiau fel #{ "{" } name: "Systolic", y: [120, 135] { "}" }, ond { $value } yw eitem { $number }.
errors-chart-nothing-to-draw = Mae angen gwerthoedd i'w lluniadu ar { $function }(): rhowch `y` (ac `x`), neu restr `series`.
errors-chart-too-many-series = Gall siart ddangos { $max } cyfres ar y mwyaf, ac mae gan yr un hon { $count }.
errors-chart-series-without-y = Does dim gwerthoedd `y` gan y gyfres "{ $name }" yn { $function }().
errors-chart-same-bar-names = Rhaid i bob cyfres yn { $function }() gael yr un enwau barrau.
errors-chart-needs-bar-names = Mae angen `x` ar { $function }(): enwau'r barrau, fel ["Smokers", "Non-smokers"].
errors-chart-same-x-kind = Rhaid i bob cyfres yn { $function }() ddefnyddio rhifau, neu i gyd ddefnyddio dyddiadau, ar gyfer x.
errors-chart-too-many-points = Gall siart ddangos { $max } pwynt ar y mwyaf. Rhowch gynnig ar lai o werthoedd, neu histogram.
errors-histogram-needs-values = Mae angen `values` ar histogram(): y rhifau i'w cyfrif, fel [42, 57, 61].
errors-histogram-bins = Dylai `bins` histogram() fod yn rhif cyfan o 1 i 50, nid { $value }.
errors-list-empty = Mae angen o leiaf un rhif ar { $function }(), ac mae'r rhestr yn wag.
errors-sum-too-big = Aeth sum() heibio'r rhif cyfan mwyaf y gall y maes chwarae ei ddal.
errors-round-places = Gall round() gadw rhwng 0 a 10 lle degol.
errors-date-format = Mae angen dyddiadau wedi'u hysgrifennu fel BLWYDDYN-MIS-DIWRNOD ar { $function }(), fel "1970-01-31", a dydy "{ $value }" ddim yn un.
errors-add-days-too-far = Gall add_days() symud dyddiad 3,660,000 diwrnod ar y mwyaf (tua 10,000 o flynyddoedd).
errors-table-needs-list = Mae angen rhestr o fapiau ar table(), un map i bob rhes, fel [#{ "{" } name: "Ann", age: 42 { "}" }], nid { $value }.
errors-table-row-not-map = Mae angen i bob rhes fod yn fap ar gyfer table(), fel #{ "{" } name: "Ann", age: 42 { "}" }, ond { $value } yw rhes { $row }.
errors-table-too-many-columns = Gall tabl gael { $max } colofn ar y mwyaf, ac mae gan y rhesi hyn { $count } enw gwahanol.
errors-too-many-pictures = Gwnaeth eich sgript fwy na { $max } o dablau a siartiau. Mae hynny'n ormod i'w dangos: a gafodd { $function } ei alw y tu mewn i ddolen drwy gamgymeriad?
errors-too-many-results = Dangosodd eich sgript fwy na { $max } o ganlyniadau. A gafodd show() ei alw y tu mewn i ddolen drwy gamgymeriad?
errors-input-needs-label = Mae angen label ar { $function }() sy'n dweud beth i'w roi, fel "Weight in kg".
errors-input-label-twice = Mae dau fewnbwn wedi'u labelu "{ $label }". Rhowch ei label ei hun i bob mewnbwn: y label yw sut mae'r ap yn dweud y gwahaniaeth rhyngddyn nhw.
errors-too-many-inputs = Gall ap gael { $max } mewnbwn ar y mwyaf. A gafodd mewnbwn ei ofyn amdano y tu mewn i ddolen?
errors-input-start-not-number = Mae angen i'r gwerth cychwynnol fod yn rhif ar gyfer { $function }("{ $label }", ...), nid { $value }.
errors-input-smallest-not-number = Mae angen i'r gwerth lleiaf fod yn rhif ar gyfer { $function }("{ $label }", ...), nid { $value }.
errors-input-largest-not-number = Mae angen i'r gwerth mwyaf fod yn rhif ar gyfer { $function }("{ $label }", ...), nid { $value }.
errors-input-smallest-above-largest = Mae gwerth lleiaf { $function }("{ $label }", ...) ({ $smallest }) yn uwch na'i werth mwyaf ({ $largest }).
errors-input-start-outside-limits = Mae gwerth cychwynnol { $function }("{ $label }", ...), { $start }, y tu allan i'w derfynau.
errors-choose-needs-list = Mae angen y dewisiadau fel rhestr ar { $function }("{ $label }", ...), fel ["Alert", "New confusion"], nid { $value }.
errors-choose-count = Mae angen rhwng 1 a { $max } o ddewisiadau ar { $function }("{ $label }", ...), nid { $count }.
errors-choose-start-not-a-choice = Nid yw dewis cychwynnol { $function }("{ $label }", ...), "{ $start }", yn un o'i ddewisiadau: { $choices }.
errors-compare-text-with-number = Mae `{ $operator }` yma yn cymharu testun ("{ $text }") â rhif ({ $number }). Dydy testun byth yn hafal i rif, nac yn fwy neu'n llai nag ef, felly byddai'r ateb yr un fath bob tro. Os yw'r testun yn dal rhif, trowch ef yn rhif yn gyntaf: `parse_int("{ $text }")` ar gyfer rhif cyfan, neu `parse_float("{ $text }")` ar gyfer rhif degol.
errors-compare-flag-with-number-equal = Mae `{ $operator }` yma yn cymharu gwir neu gau â rhif ({ $number }), a dydyn nhw byth yn hafal. Cymharwch rif â rhif, neu wir neu gau â `true` neu `false`.
errors-compare-flag-with-number = Mae `{ $operator }` yma yn cymharu gwir neu gau â rhif ({ $number }). Mae hyn yn digwydd gyda `90 < bp < 140`, sy'n cyfrifo `90 < bp` yn gyntaf. I wirio bod gwerth rhwng dau arall, profwch bob ochr a'u huno gyda `&&`: `90 < bp && bp < 140`.
errors-caret-power = I godi rhif i bŵer, defnyddiwch `**`: `{ $a } ** { $b }`. (Mewn cod, mae `^` yn gwneud rhywbeth arall, ar ddidau rhif.)
errors-patient-map = Mae angen claf o patients() neu patient() ar { $function }(), a does dim `nhs_number` yn y map hwn.
errors-patient-needed = Mae angen claf (o patients() neu patient("{ $example }")) neu rif GIG fel testun ar { $function }(), nid { $value }.
# $problem: beth sydd o'i le arno (errors-nhs-number-*).
errors-nhs-number-not-valid = Nid yw "{ $number }" yn rhif GIG dilys: { $problem }. Mae gan bob claf yn y set ddata un, fel "{ $example }".
errors-nhs-number-length = mae gan rif GIG 10 digid, ac mae gan hwn { $length }
errors-nhs-number-digits = dim ond digidau sydd mewn rhif GIG (mae bylchau'n iawn)
errors-nhs-number-check-digit = digid gwirio yw'r digid olaf: dylai fod yn { $expected } ar gyfer y naw digid cyntaf hyn, nid { $found }
errors-nhs-number-never-issued = does dim rhif GIG yn dechrau gyda'r naw digid hyn (10 fyddai eu digid gwirio)
errors-no-such-patient = Does dim claf yn y set ddata â'r rhif GIG { $number }. Mae { $count } o gleifion: mae patients() yn eu rhestru i gyd, a'r cyntaf yw "{ $example }".
# $names: yr enwau i ddewis ohonyn nhw (yn Saesneg, fel y set ddata).
errors-no-observation-kind = Does dim math o arsylwad o'r enw "{ $name }". Y mathau yw: { $names }.
errors-no-observation-kind-suggest = Does dim math o arsylwad o'r enw "{ $name }". { $suggestion } Y mathau yw: { $names }.
errors-no-condition = Does dim cyflwr o'r enw "{ $name }" yn y set ddata. Y cyflyrau yw: { $names }.
errors-no-condition-suggest = Does dim cyflwr o'r enw "{ $name }" yn y set ddata. { $suggestion } Y cyflyrau yw: { $names }.

## Gwiriadau gwersi (lesson_check.rs, check_helpers.rs): sut mae bron yn iawn yn wahanol.

errors-check-not-run = Heb ei wirio: stopiodd eich cod cyn i'r gwiriadau allu rhedeg.
# Geiriau gwiriad ei hun (y wers), fel y maen nhw.
errors-check-own-words = { $text }
errors-near-miss-after = ar ôl `{ $word }`
errors-near-miss-at-start = ar y dechrau
errors-near-miss-capitals = Fe wnaethoch chi argraffu `{ $printed }` lle mae disgwyl `{ $expected }`: rhaid i'r priflythrennau gyfateb.
# $place: ble (errors-near-miss-after, errors-near-miss-at-start).
errors-near-miss-left-out = Fe wnaethoch chi adael `{ $expected }` allan { $place }.
errors-near-miss-extra-line-break = Fe wnaethoch chi argraffu toriad llinell { $place } lle nad oes disgwyl un.
errors-near-miss-missing-line-break = Mae toriad llinell ar goll { $place }.
errors-near-miss-extra-spaces = Fe wnaethoch chi argraffu { $printed ->
    [1] un bwlch
    [2] dau fwlch
    [3] tri bwlch
   *[other] { $printed } bwlch
} { $place }, lle nad oes un i fod.
errors-near-miss-missing-space = Fe wnaethoch chi adael y bwlch allan { $place }.
errors-near-miss-spaces = Fe wnaethoch chi argraffu { $printed ->
    [1] un bwlch
    [2] dau fwlch
    [3] tri bwlch
   *[other] { $printed } bwlch
} { $place }; mae disgwyl { $wanted ->
    [1] un
   *[other] { $wanted }
}.
errors-near-miss-symbol = Fe wnaethoch chi argraffu `{ $printed }` { $place } lle mae disgwyl `{ $expected }`.
errors-near-miss-extra-symbol = Fe wnaethoch chi argraffu `{ $printed }` { $place }, a does dim disgwyl hynny.
errors-near-miss-other = Mae eich allbwn bron yn iawn: gwiriwch ei fylchau, ei briflythrennau a'i atalnodi.

## Rhediad fel testun (allbwn `c4h run`)

# Mewnbwn ap yn nhestun rhediad: ei label a'r gwerth a ddefnyddiodd y rhediad.
errors-text-input = Mewnbwn "{ $label }": { $value }
