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

## Blychau rhif ap (crates/protocol/src/inputs.rs): yr awgrym o dan flwch a'r gwall.
form-number-between = { $whole ->
    [yes] Rhif cyfan o { $min } i { $max }
   *[no] Rhif o { $min } i { $max }
}
form-number-at-least = { $whole ->
    [yes] Rhif cyfan, { $min } neu fwy
   *[no] Rhif, { $min } neu fwy
}
form-number-at-most = { $whole ->
    [yes] Rhif cyfan, { $max } neu lai
   *[no] Rhif, { $max } neu lai
}
form-number-any = { $whole ->
    [yes] Rhif cyfan
   *[no] Rhif
}
form-enter-between = { $whole ->
    [yes] Rhowch rif cyfan o { $min } i { $max }
   *[no] Rhowch rif o { $min } i { $max }
}
form-enter-at-least = { $whole ->
    [yes] Rhowch rif cyfan, { $min } neu fwy
   *[no] Rhowch rif, { $min } neu fwy
}
form-enter-at-most = { $whole ->
    [yes] Rhowch rif cyfan, { $max } neu lai
   *[no] Rhowch rif, { $max } neu lai
}
form-enter-any = { $whole ->
    [yes] Rhowch rif cyfan
   *[no] Rhowch rif
}
form-enter-digits = { $enter }, gan ddefnyddio digidau a phwynt degol yn unig
