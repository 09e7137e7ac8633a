### Ffrâm y dudalen (www/index.html), y maes chwarae cynnar sy'n ymddangos cyn i'r ap
### gyrraedd, a'r neges diweddaru (www/boot.js).

-product = Maes Chwarae Code4Health

shell-title = { -product }
shell-description = Dysgwch godio gyda data iechyd, yn eich porwr. Nid yw dim a deipiwch yn gadael y cyfrifiadur hwn.
shell-skip = Neidio i'r prif gynnwys
shell-product = { -product }
shell-nav = Prif ddewislen
shell-nav-playground = Maes chwarae
shell-nav-lessons = Gwersi
shell-nav-display = Arddangos
shell-loading = Wrthi'n llwytho'r maes chwarae…
shell-playground-heading = Maes chwarae cod
shell-help-keys = Teipiwch eich cod, yna pwyswch Rhedeg (neu Ctrl + Enter). Yn y golygydd, mae Tab yn mewnoli ar ôl i chi ddechrau teipio; i adael y golygydd, pwyswch Escape ac yna Tab.
shell-help-touch = Teipiwch eich cod, yna tapiwch Rhedeg.
shell-your-code = Eich cod
shell-code-editor = Golygydd cod
shell-run = Rhedeg
shell-getting-ready = Wrthi'n paratoi i redeg cod…
shell-getting-ready-run = Wrthi'n paratoi… Bydd eich cod yn rhedeg cyn gynted ag y bydd y maes chwarae wedi llwytho.
shell-output = Allbwn
shell-output-empty = Bydd yr hyn y mae eich cod yn ei argraffu yn ymddangos yma.
shell-no-javascript = Mae angen JavaScript ar y maes chwarae. Trowch ef ymlaen yng ngosodiadau eich porwr, yna ail-lwythwch y dudalen hon.
shell-footer = Mae popeth yma yn rhedeg yn eich porwr. Nid yw dim a deipiwch yn gadael y cyfrifiadur hwn.
shell-language = Iaith
shell-new-version = Mae fersiwn newydd ar gael. Mae eich gwaith wedi'i gadw.
shell-reload = Ail-lwytho
shell-running = Wrthi'n rhedeg eich cod…
shell-finished = Wedi gorffen.
shell-result-waits = Wrthi'n paratoi i ddangos canlyniad llawn eich cod…
