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

## Dros dro: brawddeg sydd heb ei throsi eto.
errors-english = { $text }

## Enwau a gwerthoedd.

errors-no-variable-make = Does dim newidyn o'r enw `{ $name }` yma. I wneud newidyn newydd, ysgrifennwch `let { $name } = ...;` cyn ei ddefnyddio.

## Terfynau'r blwch tywod.

errors-too-many-variables = Gwnaeth eich sgript fwy na { $max } o newidynnau ar yr un pryd, felly cafodd ei stopio.
