#!/usr/bin/env node
// What a section of the README (or a docs/ page) tells a user to do, for CI to do the same:
//   node scripts/readme-commands.js commands "<heading>"      the section's first ```sh block, one command a line
//   node scripts/readme-commands.js files "<heading>" <dir>   writes the section's files (a fenced block right
//                                                             after `<!-- file: <name> -->`) into <dir>
// so that the README's instructions are what CI runs, and cannot rot.
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
/** The README, then the docs/ pages it leads to: a heading is looked up in that order. */
const PAGES = [
  path.join(ROOT, "README.md"),
  ...(fs.existsSync(path.join(ROOT, "docs")) ? fs.readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => path.join(ROOT, "docs", f)) : []),
];

/**
 * The lines of the section under `heading` (any level), up to the next heading of that level or higher,
 * from `markdown` or else from the README and the docs/ pages; `first` is the 1-based line of its first line.
 */
function section(heading, markdown) {
  for (const text of markdown !== undefined ? [markdown] : PAGES.map((page) => fs.readFileSync(page, "utf8"))) {
    const lines = text.split("\n");
    const start = lines.findIndex((l) => /^#+ /.test(l) && l.replace(/^#+ /, "").trim() === heading);
    if (start >= 0) return sectionFrom(lines, start);
  }
  throw new Error(`${markdown !== undefined ? "the page" : "README.md and docs/*.md"} ha${markdown !== undefined ? "s" : "ve"} no section "${heading}"`);
}

function sectionFrom(lines, start) {
  const level = lines[start].match(/^#+/)[0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.match(/^#+/)[0].length <= level);
  return Object.assign(lines.slice(start + 1, end < 0 ? undefined : end), { first: start + 2 });
}

/** The fenced blocks of a section: [language, body, the line before the fence, the fence's 1-based line, the heading above it]. */
function blocks(lines, heading) {
  const found = [];
  let under = heading;
  for (let i = 0; i < lines.length; i++) {
    if (/^#+ /.test(lines[i])) under = lines[i].replace(/^#+ /, "").trim();
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const close = lines.findIndex((l, j) => j > i && l.trim() === "```");
    if (close < 0) throw new Error(`README section "${heading}" has a code fence that is never closed`);
    found.push([open[1], lines.slice(i + 1, close).join("\n"), lines[i - 1] ?? "", (lines.first ?? 1) + i, under]);
    i = close;
  }
  return found;
}

/** The commands of an sh block, one a line; comments after a command are the README's explanation, not shell. */
function commandsOf(body) {
  return body
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((command) => command !== "" && !command.startsWith("#"));
}

module.exports = { section, blocks, commandsOf };
if (require.main !== module) return;

const [mode, heading, dir] = process.argv.slice(2);
const lines = section(heading);
if (mode === "commands") {
  const sh = blocks(lines, heading).find(([language]) => language === "sh");
  if (!sh) throw new Error(`README section "${heading}" has no sh block`);
  for (const command of commandsOf(sh[1])) console.log(command);
} else if (mode === "files") {
  let written = 0;
  for (const [, body, before] of blocks(lines, heading)) {
    const marker = /<!--\s*file:\s*(\S+)\s*-->/.exec(before);
    if (!marker) continue;
    fs.mkdirSync(path.dirname(path.join(dir, marker[1])), { recursive: true });
    fs.writeFileSync(path.join(dir, marker[1]), `${body}\n`);
    written++;
  }
  if (written === 0) throw new Error(`README section "${heading}" has no <!-- file: ... --> blocks`);
} else {
  throw new Error("usage: readme-commands.js commands <heading> | files <heading> <dir>");
}
