// The screenshots in docs/classroom.md: "Your class" with a learner's progress, and the
// marking table for three hand-ins. Run after a release build (`make build`):
//   node scripts/classroom-screenshots.mjs
// It writes docs/images/classroom-class-page.png and docs/images/classroom-marking.png.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serve } from "../tests/support/server.mjs";
import { launch } from "../tests/support/browser.mjs";
import { ROOT, DIST } from "../tests/support/playground.mjs";
import { classFragment, handInFragment } from "../tests/support/classroom-links.mjs";

const curriculum = JSON.parse(readFileSync(join(DIST, "lessons.json"), "utf8"));
const lessons = curriculum.units.flatMap((unit) => unit.lessons).slice(0, 3);
const ids = lessons.map((lesson) => lesson.id);

const server = await serve(DIST);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  // A learner who has completed the first lesson and started the second.
  await context.addInitScript((ids) => {
    if (localStorage.getItem("c4h.lessons.v1")) return;
    localStorage.setItem("c4h.lessons.v1", JSON.stringify({
      version: 1, completed: [ids[0]], attempted: [ids[0], ids[1]], code: {}, checked: {},
    }));
  }, ids);
  const page = await context.newPage();
  const message = "Start with printing. Put your hand up if you are stuck!";
  await page.goto(`${server.url}${classFragment("Tuesday group", message, ids)}`);
  await page.getByRole("heading", { name: "Your class: Tuesday group" }).waitFor();
  await page.locator("main").screenshot({ path: join(ROOT, "docs/images/classroom-class-page.png") });

  const hand = (learner, codes) => handInFragment("Tuesday group", learner,
    ids.map((id, at) => ({ id, code: codes[at] })));
  const links = [
    hand("Ana", [lessons[0].solution, lessons[1].solution, null]),
    hand("Ben", [null, null, null]),
    hand("Cai", [lessons[0].solution, lessons[1].starter, lessons[2].solution]),
  ].map((fragment) => `${server.url}${fragment}`);
  await page.goto(`${server.url}#/mark`);
  await page.locator("#hand-in-links").fill(`Here are this morning's:\n${links.join("\n")}\n`);
  await page.getByRole("button", { name: "Mark hand-ins" }).click();
  await page.locator(".c4h-status", { hasText: "Marking finished" }).waitFor({ timeout: 60_000 });
  await page.locator(".c4h-table-wrap").screenshot({ path: join(ROOT, "docs/images/classroom-marking.png") });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
