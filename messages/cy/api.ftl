### Cyfeirnod API data iechyd (crates/protocol/src/api.rs): llinell pob ffwythiant, a'r hyn
### y mae `c4h api` yn ei argraffu o'u cwmpas. Mae llofnodion ac enghreifftiau yn god ac
### yn aros yn Saesneg.

api-title = API data iechyd Code4Health
api-example = Enghraifft:
api-no-match = Nid oes ffwythiant API yn cyfateb i "{ $words }". Mae `c4h api` yn eu rhestru i gyd.

## Un llinell i bob ffwythiant.
api-fn-patients = Pob claf yn y set ddata (1,000 o bobl ddychmygol), fel rhestr o fapiau.
api-fn-patient = Un claf, wedi'i ganfod yn ôl ei rif GIG (mae bylchau'n iawn).
api-fn-practices = Y pum practis meddyg teulu dychmygol, gyda faint o gleifion sydd gan bob un.
api-fn-observations = Mesuriadau claf o un math, yr hynaf yn gyntaf, fel "blood pressure", "weight" neu "hba1c". Mae darlleniadau a gymerwyd ar ward ysbyty yn ystod arhosiad wedi'u cynnwys, wedi'u marcio in_hospital: true; gadewch nhw allan gydag if !reading.in_hospital i gadw darlleniadau'r practis yn unig.
api-fn-observation-kinds = Y mathau o fesuriad y gallwch ofyn i observations() amdanynt.
api-fn-conditions = Cyflyrau hirdymor claf, fel pwysedd gwaed uchel neu asthma.
api-fn-has-condition = true os oes gan y claf y cyflwr a enwir ("asthma", "type 2 diabetes", ...).
api-fn-medications = Presgripsiynau claf: y feddyginiaeth, y dos, y dyddiad dechrau ac a yw'n dal i gael ei chymryd.
api-fn-appointments = Apwyntiadau claf, gyda'u statws: attended (wedi dod), did not attend (heb ddod), cancelled (wedi'i ganslo) neu booked (wedi'i drefnu).
api-fn-immunisations = Brechiadau ffliw claf, gyda'r dyddiad y rhoddwyd pob un.
api-fn-hospital-stays = Arosiadau claf yn yr ysbyty: pryd yr aeth i mewn ac allan, a pham.
api-fn-vital-signs = Setiau o arsylwadau ward a gymerwyd gyda'i gilydd yn yr ysbyty: y rhifau y cyfrifir sgôr NEWS2 ohonynt.
api-fn-is-valid-nhs-number = true os yw'r testun yn 10 digid gyda'r digid gwirio cywir.
api-fn-format-nhs-number = Rhif GIG wedi'i ysgrifennu yn y ffordd arferol, mewn grwpiau o 3, 3 a 4 digid.
api-fn-today = "Heddiw" y set ddata, 2025-03-31: mae pob oedran a dyddiad yn cael ei gyfrifo ohono.
api-fn-age = Oedran mewn blynyddoedd cyfan, heddiw neu ar ddyddiad penodol (ysgrifennwch ddyddiadau fel YYYY-MM-DD).
api-fn-days-between = Sawl diwrnod sydd o'r dyddiad cyntaf i'r ail.
api-fn-add-days = Y dyddiad rai dyddiau'n ddiweddarach (neu'n gynharach, gyda rhif negatif).
api-fn-year = Blwyddyn dyddiad, fel rhif.
api-fn-mean = Cyfartaledd rhestr o rifau.
api-fn-median = Gwerth canol rhestr o rifau, ar ôl eu trefnu.
api-fn-min = Y rhif lleiaf mewn rhestr.
api-fn-max = Y rhif mwyaf mewn rhestr.
api-fn-sum = Yr holl rifau mewn rhestr wedi'u hadio at ei gilydd.
api-fn-count = Sawl eitem sydd mewn rhestr.
api-fn-round = Rhif wedi'i dalgrynnu i nifer o leoedd degol.
api-fn-fhir = Yn holi'r gweinydd FHIR esgus, fel un GIG Lloegr: "Patient/9990000018", "Patient?family=Smith&gender=female", "Observation?patient=...&code=8480-6".
api-fn-table = Yn dangos rhestr o fapiau fel tabl, un map i bob rhes. Mae `columns` yn dewis y colofnau a'u trefn.
api-fn-line-chart = Siart linell. Gall x fod yn rhifau neu'n ddyddiadau ("2024-03-01"). Dewisiadau: title, x_label, y_label, x, y, name, series (rhestr o #{ "{" } name, x, y { "}" }).
api-fn-bar-chart = Siart bar: un bar i bob enw. Dewisiadau fel ar gyfer line_chart; mae x yn dal enwau'r barrau.
api-fn-scatter-chart = Siart wasgariad: un dot i bob pâr o werthoedd, i weld a yw dau beth yn mynd gyda'i gilydd.
api-fn-histogram = Yn cyfrif faint o werthoedd sydd ym mhob amrediad ac yn eu llunio fel barrau. Dewisiadau: title, x_label, y_label, values, bins.
api-fn-input-number = Blwch rhif yn eich ap. Yn rhoi'r rhif a roddwyd (rhifau cyfan os yw start a'r terfynau yn rhifau cyfan).
api-fn-input-text = Blwch testun yn eich ap. Yn rhoi'r testun a deipiwyd.
api-fn-choose = Rhestr i ddewis ohoni yn eich ap. Yn rhoi'r dewis a wnaed.
api-fn-checkbox = Blwch ticio yn eich ap. Yn rhoi true pan fydd wedi'i dicio.
api-fn-show = Yn dangos canlyniad gyda label. Mewn ap, mae canlyniadau'n newid pan fydd mewnbwn yn newid.
