// Reads bench/budgets.toml. The file is flat (sections of `key = number`), so a few lines
// of parsing do, instead of a TOML dependency.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const FILE = fileURLToPath(new URL("./budgets.toml", import.meta.url));

export function readBudgets(text = readFileSync(FILE, "utf8")) {
  const budgets = {};
  let section = null;
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "") return;
    const header = /^\[([a-z_]+)\]$/.exec(line);
    if (header) {
      section = budgets[header[1]] = {};
      return;
    }
    const entry = /^([a-z][a-z0-9_]*)\s*=\s*([0-9_.]+)$/.exec(line);
    if (!entry || !section) throw new Error(`bench/budgets.toml line ${index + 1}: cannot read "${raw}"`);
    section[entry[1]] = Number(entry[2].replace(/_/g, ""));
  });
  return budgets;
}
