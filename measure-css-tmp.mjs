import * as sass from "sass";
const root = "/work/main";
const compile = (source) => sass.compileString(source, { loadPaths: [`${root}/node_modules`], style: "expanded", quietDeps: true, silenceDeprecations: ["import"] }).css;
const core = compile(`@use "nhsuk-frontend/dist/nhsuk/core" as nhsuk with ($nhsuk-include-default-font-face: false);`);
const css = compile(`@use "nhsuk-frontend/dist/nhsuk/core" as nhsuk with ($nhsuk-include-default-font-face: false);\n@use "nhsuk-frontend/dist/nhsuk/components/${process.argv[2]}";`);
process.stdout.write(css.slice(core.length));
