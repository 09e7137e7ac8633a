### Y bar bysellau: bysellau ar gyfer cod uwchben bysellfwrdd sgrin gyffwrdd
### (crates/web/src/keys/). Mae'r hyn y mae darllenydd sgrin yn ei ddweud am bob bysell yn
### dechrau gyda'r hyn y mae'r fysell yn ei ddangos (WCAG 2.5.3).

keys-bar = Bysellau ar gyfer cod
keys-brackets = ( ) cromfachau
keys-quotes = " " dyfynodau
keys-semicolon = ; hanner colon
keys-equals = = hafalnod
keys-curly-brackets = { "{" } { "}" } cromfachau cyrliog
keys-dot = . dot
keys-comma = , coma
keys-plus = + plws
keys-minus = - minws
keys-times = * lluosi
keys-divide = / rhannu
keys-less-than = < llai na
keys-more-than = > mwy na
keys-square-brackets = [ ] cromfachau sgwâr
keys-close-bracket = ) cau cromfach
keys-close-curly-bracket = { "}" } cau cromfach gyrliog
keys-not = ! nid
keys-underscore = _ tanlinell
keys-back-tick = ` tic ôl
# Mae'r fysell Tab yn aros yn "Tab", fel ar fysellfwrdd.
keys-tab = Tab: mewnoli'r llinell
# Yr hyn y mae'r fysell "Llinell?" yn ei ddangos: mae keys-line yn dechrau gydag ef.
keys-line-label = Llinell?
keys-line = Llinell? Ar ba linell ydw i
