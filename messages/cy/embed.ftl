### Golwg fewnosod (www/embed/embed.html, www/embed/embed.js), a ddarllenir gan ddarllenydd
### bach yn y sgriptiau hynny: testun plaen yn unig, un llinell i bob neges (dim { }, dim newidynnau).

embed-title = Maes Chwarae Code4Health
embed-text = Dysgwch godio gyda data iechyd. Nid yw dim a deipiwch yn gadael y cyfrifiadur hwn.
embed-load = Llwytho'r maes chwarae
