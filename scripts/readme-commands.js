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

/** The lines of the section under `heading` (any level), up to the next heading of that level or higher. */
function section(heading) {
  for (const page of PAGES) {
    const lines = fs.readFileSync(page, "utf8").split("\n");
    const start = lines.findIndex((l) => /^#+ /.test(l) && l.replace(/^#+ /, "").trim() === heading);
    if (start >= 0) return sectionFrom(lines, start);
  }
  throw new Error(`README.md and docs/*.md have no section "${heading}"`);
}

function sectionFrom(lines, start) {
  const level = lines[start].match(/^#+/)[0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.match(/^#+/)[0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The fenced blocks of a section: [language, body, the line before the fence]. */
function blocks(lines, heading) {
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const close = lines.findIndex((l, j) => j > i && l.trim() === "```");
    if (close < 0) throw new Error(`README section "${heading}" has a code fence that is never closed`);
    found.push([open[1], lines.slice(i + 1, close).join("\n"), lines[i - 1] ?? ""]);
    i = close;
  }
  return found;
}

const [mode, heading, dir] = process.argv.slice(2);
const lines = section(heading);
if (mode === "commands") {
  const sh = blocks(lines, heading).find(([language]) => language === "sh");
  if (!sh) throw new Error(`README section "${heading}" has no sh block`);
  // Comments after a command are the README's explanation, not shell.
  for (const line of sh[1].split("\n")) {
    const command = line.replace(/\s+#.*$/, "").trim();
    if (command !== "" && !command.startsWith("#")) console.log(command);
  }
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
