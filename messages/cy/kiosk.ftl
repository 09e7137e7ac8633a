### Modd ciosg ystafell ddosbarth (?kiosk): y bar ar gyfrifiadur a rennir, ei gadarnhad, a'r
### rhybudd cyn i gyfrifiadur segur ailosod ei hun (crates/web/src/kiosk.rs).

kiosk-region = Cyfrifiadur a rennir
kiosk-text = Cyfrifiadur a rennir yw hwn. Pan fyddwch wedi gorffen, ailosodwch ef ar gyfer y person nesaf.
kiosk-reset-button = Gorffen ac ailosod ar gyfer y person nesaf
kiosk-confirm-heading = Ailosod y cyfrifiadur hwn ar gyfer y person nesaf?
kiosk-confirm-text = Bydd hyn yn clirio'r holl god a'r cynnydd yn y gwersi sydd wedi'u cadw ar y cyfrifiadur hwn. Does dim modd dadwneud hyn.
kiosk-confirm-yes = Ie, ailosod
kiosk-confirm-no = Na, mynd yn ôl
kiosk-idle-heading = Ydych chi'n dal yno?
# "eiliad" ar ôl rhif (mewn digidau) yw'r un ffurf i bob rhif, ac nid yw'n treiglo (llafariad).
kiosk-idle-text = Bydd y cyfrifiadur hwn yn ailosod ar gyfer y person nesaf mewn { $seconds } eiliad. Pwyswch unrhyw fysell neu cyffyrddwch â'r sgrin i barhau.
