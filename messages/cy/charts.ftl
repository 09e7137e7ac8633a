### Siartiau (crates/charts): y disgrifiad y mae darllenwyr sgrin yn ei ddarllen gyda phob
### siart, y geiriau a dynnir ynddo (allwedd, enwau'r echelinau, dyddiadau) a'i ddewis
### "dangos fel tabl". Nid yw teitlau a labeli sgript byth yn cael eu cyfieithu.

## Mathau o siart.
charts-kind-line = Siart linell
charts-kind-bar = Siart bar
charts-kind-scatter = Siart wasgariad
charts-kind-histogram = Histogram

## Disgrifiadau.
charts-empty = { $kind } heb werthoedd i'w dangos.
# Enwau (y sgript ei hun, neu "Gwerth") ar ôl colon, nid ar ôl "o", fel nad oes angen eu treiglo.
charts-points = { $kind }: { $what } yn erbyn { $x_name }.
charts-points-between = { $kind }: { $what } yn erbyn { $x_name }, o { $first } i { $last }.
charts-points-on = { $kind }: { $what } yn erbyn { $x_name }, ar { $only }.
charts-points-at = { $kind }: { $what } yn erbyn { $x_name }, ar { $only }.
charts-x-date = dyddiad
charts-x-group = grŵp
charts-series-none = { $name }: dim gwerthoedd.
charts-series-one = { $name }: { $values }, { $value }.
charts-series-same = { $name }: { $values }, pob un yn { $value }.
charts-series-range = { $name }: { $values } o { $low } i { $high }.
charts-bars = Siart bar: { $what } yn ôl { $x_name }, mewn { $groups }: { $names }.
charts-bars-range = { $name }: o { $low } ({ $low_group }) i { $high } ({ $high_group }).
charts-bars-same = { $name }: { $value } ym mhob grŵp a ddangosir.
charts-histogram = Histogram o { $values } mewn { $groups } o { $low } i { $high }
charts-histogram-of = Histogram o { $values } ar gyfer { $label } mewn { $groups } o { $low } i { $high }
charts-histogram-end = { $histogram }.
charts-histogram-most = { $histogram }; mae'r nifer mwyaf o werthoedd ({ $most }) rhwng { $start } a { $end }.
charts-more-series = { $count ->
    [one] Nid yw'r disgrifiad yn cynnwys { $shown } gyfres arall.
    [two] Nid yw'r disgrifiad yn cynnwys { $shown } gyfres arall.
    [many] Nid yw'r disgrifiad yn cynnwys { $shown } chyfres arall.
   *[other] Nid yw'r disgrifiad yn cynnwys { $shown } cyfres arall.
}

## Rhifau a rhestrau.
charts-values = { $count ->
    [two] { $shown } werth
   *[other] { $shown } gwerth
}
charts-groups = { $count ->
    [one] { $shown } grŵp
   *[other] { $shown } grŵp
}
charts-and = { $last_starts ->
    [vowel] { $first } ac { $last }
   *[other] { $first } a { $last }
}
charts-more = { $count } arall
charts-from-to = o { $first } i { $last }

## Dyddiadau.
charts-date = { $day } { $month } { $year }
charts-month = { $month ->
    [1] Ionawr
    [2] Chwefror
    [3] Mawrth
    [4] Ebrill
    [5] Mai
    [6] Mehefin
    [7] Gorffennaf
    [8] Awst
    [9] Medi
    [10] Hydref
    [11] Tachwedd
   *[12] Rhagfyr
}
charts-month-short = { $month ->
    [1] Ion
    [2] Chwef
    [3] Maw
    [4] Ebr
    [5] Mai
    [6] Meh
    [7] Gorff
    [8] Awst
    [9] Medi
    [10] Hyd
    [11] Tach
   *[12] Rhag
}

## Yn y llun a'r tabl.
charts-no-values = Dim gwerthoedd i'w dangos
charts-count = Nifer y gwerthoedd
charts-legend-more = a { $count } arall
charts-value = Gwerth
charts-series-number = Cyfres { $number }
charts-table-name = Enw
charts-table-from = O
charts-table-to = I

## Rhediad fel testun (allbwn `c4h run`)

# Siart yn nhestun rhediad: ei theitl, yna ei disgrifiad.
charts-text-chart = Siart: { $title }. { $description }
# O dan dabl sy'n dangos ei resi cyntaf yn unig.
charts-table-rows-shown = (yn dangos y { $shown } cyntaf o { $given })
