### Golwg yr ap: ap a rannwyd ar ei ben ei hun, a'i god o'r golwg (crates/web/src/app_view.rs).

# Teitl ap nad oes sylw cyntaf yn ei god i'w enwi.
app-view-untitled = Ap iechyd
app-view-label = Ap wedi'i wneud gyda { -product }
app-view-synthetic = Ar gyfer dysgu yn unig: nid i'w ddefnyddio gyda chleifion go iawn. Mae unrhyw ddata cleifion yn synthetig: wedi'u creu, nid am bobl go iawn.
app-view-working = Wrthi'n cyfrifo'r canlyniadau…
app-view-problem = Mae problem gyda'r ap hwn, felly nid yw'n gallu dangos ei ganlyniadau.
app-view-results = Canlyniadau
app-view-see-code = Gweld y cod
app-view-open-link = Agor y cod hwn yn y maes chwarae
# Yn dilyn y ddolen gyswllt "Agor y cod hwn yn y maes chwarae".
app-view-open-rest = { " " }i'w newid neu i ddysgu ohono.
