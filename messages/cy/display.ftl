### Y dudalen Arddangos: maint y testun, bylchau rhwng llinellau a'r bar bysellau
### (crates/web/src/display_page.rs).

display-heading = Arddangos
display-intro = Gwnewch y cod, yr allbwn a'r gwersi yn haws i'w darllen. Mae eich dewis yn dod i rym ar unwaith ac yn cael ei gofio yn y porwr hwn. Mae gosodiadau chwyddo a maint testun eich porwr ei hun yn gweithio hefyd.
display-text-size = Maint y testun
display-text-standard = Safonol
display-text-large = Mawr
display-text-largest = Mwyaf
display-line-spacing = Bylchau rhwng llinellau
display-spacing-standard = Safonol
display-spacing-wide = Llydan
display-key-bar = Bar bysellau ar gyfer cod
display-keys-touch = Ar sgriniau cyffwrdd: rhes o symbolau ac enwau uwchben y bysellfwrdd
display-keys-always = Ar bob dyfais, ar waelod y sgrin tra byddwch yn ysgrifennu cod
display-not-remembered = Nid yw'r porwr hwn yn gadael i'r maes chwarae gofio eich dewis, felly dim ond nes i chi gau'r dudalen hon y bydd yn para.
display-sample-heading = Sut mae cod yn edrych
# Sylw'r cod enghreifftiol, ar ôl `// `.
display-sample-comment = Camau a gerddwyd heddiw
# Y testun y mae'r cod enghreifftiol yn ei argraffu; $code yw'r cod `${steps}`, sy'n dangos nifer y camau.
display-sample-print = Fe gerddoch chi { $code } o gamau.
display-back = Yn ôl i'r maes chwarae
