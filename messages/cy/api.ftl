### Cyfeirnod API data iechyd (crates/protocol/src/api.rs): llinell pob ffwythiant, y
### grwpiau, a'r hyn y mae `c4h api` yn ei argraffu o'u cwmpas. Mae llofnodion ac
### enghreifftiau yn god ac yn aros yn Saesneg.

api-title = API data iechyd Code4Health
api-synthetic-notice = Data synthetig: mae pob claf yma yn ddychmygol. Nid oes dim ohono am berson go iawn.
api-example = Enghraifft:
api-no-match = Nid oes ffwythiant API yn cyfateb i "{ $words }". Mae `c4h api` yn eu rhestru i gyd.

## Y grwpiau.
api-group-patients = Cleifion a'u cofnodion
api-group-helpers = Rhifau GIG a dyddiadau
api-group-statistics = Ystadegau
api-group-fhir = Ceisiadau FHIR (uwch)
api-group-pictures = Tablau a siartiau
api-group-apps = Apiau: mewnbynnau a chanlyniadau

## Un llinell i bob ffwythiant.
api-patients = Pob claf yn y set ddata (1,000 o bobl ddychmygol), fel rhestr o fapiau.
api-patient = Un claf, wedi'i ganfod yn ôl ei rif GIG (mae bylchau'n iawn).
api-practices = Y pum practis meddyg teulu dychmygol, gyda faint o gleifion sydd gan bob un.
api-observations = Mesuriadau claf o un math, yr hynaf yn gyntaf, fel "blood pressure", "weight" neu "hba1c". Mae darlleniadau a gymerwyd ar ward ysbyty yn ystod arhosiad wedi'u cynnwys, wedi'u marcio in_hospital: true; gadewch nhw allan gydag if !reading.in_hospital i gadw darlleniadau'r practis yn unig.
api-observation-kinds = Y mathau o fesuriad y gallwch ofyn i observations() amdanynt.
api-conditions = Cyflyrau hirdymor claf, fel pwysedd gwaed uchel neu asthma.
api-has-condition = true os oes gan y claf y cyflwr a enwir ("asthma", "type 2 diabetes", ...).
api-medications = Presgripsiynau claf: y feddyginiaeth, y dos, y dyddiad dechrau ac a yw'n dal i gael ei chymryd.
api-appointments = Apwyntiadau claf, gyda'u statws: attended (wedi dod), did not attend (heb ddod), cancelled (wedi'i ganslo) neu booked (wedi'i drefnu).
api-immunisations = Brechiadau ffliw claf, gyda'r dyddiad y rhoddwyd pob un.
api-hospital-stays = Arosiadau claf yn yr ysbyty: pryd yr aeth i mewn ac allan, a pham.
api-vital-signs = Setiau o arsylwadau ward a gymerwyd gyda'i gilydd yn yr ysbyty: y rhifau y cyfrifir sgôr NEWS2 ohonynt.
api-is-valid-nhs-number = true os yw'r testun yn 10 digid gyda'r digid gwirio cywir.
api-format-nhs-number = Rhif GIG wedi'i ysgrifennu yn y ffordd arferol, mewn grwpiau o 3, 3 a 4 digid.
api-today = "Heddiw" y set ddata, 2025-03-31: mae pob oedran a dyddiad yn cael ei gyfrifo ohono.
api-age = Oedran mewn blynyddoedd cyfan, heddiw neu ar ddyddiad penodol (ysgrifennwch ddyddiadau fel YYYY-MM-DD).
api-days-between = Sawl diwrnod sydd o'r dyddiad cyntaf i'r ail.
api-add-days = Y dyddiad rai dyddiau'n ddiweddarach (neu'n gynharach, gyda rhif negatif).
api-year = Blwyddyn dyddiad, fel rhif.
api-mean = Cyfartaledd rhestr o rifau.
api-median = Gwerth canol rhestr o rifau, ar ôl eu trefnu.
api-min = Y rhif lleiaf mewn rhestr.
api-max = Y rhif mwyaf mewn rhestr.
api-sum = Yr holl rifau mewn rhestr wedi'u hadio at ei gilydd.
api-count = Sawl eitem sydd mewn rhestr.
api-round = Rhif wedi'i dalgrynnu i nifer o leoedd degol.
api-fhir = Yn holi'r gweinydd FHIR esgus, fel un GIG Lloegr: "Patient/9990000018", "Patient?family=Smith&gender=female", "Observation?patient=...&code=8480-6".
api-table = Yn dangos rhestr o fapiau fel tabl, un map i bob rhes. Mae `columns` yn dewis y colofnau a'u trefn.
api-line-chart = Siart linell. Gall x fod yn rhifau neu'n ddyddiadau ("2024-03-01"). Dewisiadau: title, x_label, y_label, x, y, name, series (rhestr o #{ "{" } name, x, y { "}" }).
api-bar-chart = Siart bar: un bar i bob enw. Dewisiadau fel ar gyfer line_chart; mae x yn dal enwau'r barrau.
api-scatter-chart = Siart wasgariad: un dot i bob pâr o werthoedd, i weld a yw dau beth yn mynd gyda'i gilydd.
api-histogram = Yn cyfrif faint o werthoedd sydd ym mhob amrediad ac yn eu llunio fel barrau. Dewisiadau: title, x_label, y_label, values, bins.
api-input-number = Blwch rhif yn eich ap. Yn rhoi'r rhif a roddwyd (rhifau cyfan os yw start a'r terfynau yn rhifau cyfan).
api-input-text = Blwch testun yn eich ap. Yn rhoi'r testun a deipiwyd.
api-choose = Rhestr i ddewis ohoni yn eich ap. Yn rhoi'r dewis a wnaed.
api-checkbox = Blwch ticio yn eich ap. Yn rhoi true pan fydd wedi'i dicio.
api-show = Yn dangos canlyniad gyda label. Mewn ap, mae canlyniadau'n newid pan fydd mewnbwn yn newid.
