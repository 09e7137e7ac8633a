### Charts (crates/charts): the description screen readers hear with each chart, the words
### drawn in it (legend, axis names, date ticks) and its "show as table" alternative. A
### script's own titles and labels are never translated: they stay as the learner wrote
### them. Fetched with the chart renderer (a part of the page); built into the CLI.

## The kinds of chart: a description starts with one, and a chart with no title is
## called by its kind.
charts-kind-line = Line chart
charts-kind-bar = Bar chart
charts-kind-scatter = Scatter chart
charts-kind-histogram = Histogram

## Descriptions. $kind is one of the kinds above; $what is the y axis's label or the
## series' names; $x_name is the x axis's label, or charts-x-date, or "x".
charts-empty = { $kind } with no values to show.
charts-points = { $kind } of { $what } against { $x_name }.
charts-points-between = { $kind } of { $what } against { $x_name }, from { $first } to { $last }.
charts-points-on = { $kind } of { $what } against { $x_name }, on { $only }.
charts-points-at = { $kind } of { $what } against { $x_name }, at { $only }.
charts-x-date = date
charts-x-group = group
## One series' values: $values is charts-values.
charts-series-none = { $name }: no values.
charts-series-one = { $name }: { $values }, { $value }.
charts-series-same = { $name }: { $values }, all { $value }.
charts-series-range = { $name }: { $values } from { $low } to { $high }.
## A bar chart: $groups is charts-groups; $names lists the groups.
charts-bars = Bar chart of { $what } by { $x_name }, in { $groups }: { $names }.
charts-bars-range = { $name }: from { $low } ({ $low_group }) to { $high } ({ $high_group }).
charts-bars-same = { $name }: { $value } in every group shown.
## A histogram: $label is the x axis's label.
charts-histogram = Histogram of { $values } in { $groups } from { $low } to { $high }
charts-histogram-of = Histogram of { $values } of { $label } in { $groups } from { $low } to { $high }
charts-histogram-end = { $histogram }.
charts-histogram-most = { $histogram }; the most values ({ $most }) are between { $start } and { $end }.
## Past ten series, the rest are counted. $shown is $count as written in the text.
charts-more-series = { $count ->
    [one] { $shown } more series not described.
   *[other] { $shown } more series not described.
}

## Counts and lists. $shown is $count with its thousands separated (1,000).
charts-values = { $count ->
    [one] { $shown } value
   *[other] { $shown } values
}
charts-groups = { $count ->
    [one] { $shown } group
   *[other] { $shown } groups
}
## The last two items of a list ("A, B and C"): $last_starts is "vowel" when $last starts
## with a vowel (Welsh says "ac" there), else "other".
charts-and = { $last_starts ->
    [vowel] { $first } and { $last }
   *[other] { $first } and { $last }
}
charts-more = { $count } more
charts-from-to = from { $first } to { $last }

## Dates: "15 January 2024" in a description, "Jan" on the x axis.
charts-date = { $day } { $month } { $year }
charts-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
charts-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

## In the picture and the table.
charts-no-values = No values to show
charts-count = Number of values
charts-legend-more = and { $count } more
charts-value = Value
charts-series-number = Series { $number }
charts-table-name = Name
charts-table-from = From
charts-table-to = To

## A run as text (`c4h run`'s output)

# A chart in a run's text: its title, then its description.
charts-text-chart = Chart: { $title }. { $description }
# Under a table that shows only its first rows.
charts-table-rows-shown = { $given ->
    [one] (showing the first { $shown } of { $given } row)
   *[other] (showing the first { $shown } of { $given } rows)
}
