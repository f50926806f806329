#!/usr/bin/env node
// `npx appgw-mtls-import gateway.json > main.ts`: an existing Application Gateway, as
// `az network application-gateway show -o json` or an ARM GET (api-version 2025-03-01)
// prints it, converted to a cdktf app that declares it with this package's constructs and
// adopts it (import blocks). The code goes to stdout; the report of what it does not
// reproduce goes to stderr and into a comment block at the top of the code. `-` reads stdin.
// Exits 1 on bad input; with --strict, also when the report is not empty.
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const usage = "usage: appgw-mtls-import [--strict] [--module <import path>] <gateway.json | ->";
if (args.includes("--help") || args.includes("-h")) {
  console.log(usage);
  process.exit(0);
}
const strict = args.includes("--strict");
const moduleAt = args.indexOf("--module");
const moduleSpecifier = moduleAt >= 0 ? args[moduleAt + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith("--") && (moduleAt < 0 || i !== moduleAt + 1));
if (files.length !== 1) {
  console.error(usage);
  process.exit(1);
}

/** The converter: compiled in the package (build/), from the sources in a clone of the repository. */
function converter() {
  const built = path.join(__dirname, "../build/lib/adopt/convert.js");
  if (fs.existsSync(built)) return require("../build/lib/adopt/convert.js");
  // A clone without a build: the sources, transpiled as the repository's scripts run them.
  require(path.join(__dirname, "../scripts/ts-register.js"));
  return require(path.join(__dirname, "../lib/adopt/convert.ts"));
}

let input;
try {
  input = JSON.parse(fs.readFileSync(files[0] === "-" ? 0 : files[0], "utf8"));
} catch (e) {
  console.error(`appgw-mtls-import: cannot read ${files[0]} as JSON: ${e.message}`);
  process.exit(1);
}
let result;
try {
  result = converter().convertGateway(input, { moduleSpecifier, source: files[0] === "-" ? "stdin" : path.basename(files[0]) });
} catch (e) {
  console.error(`appgw-mtls-import: ${e.message}`);
  process.exit(1);
}
process.stdout.write(result.code);
const lines = (title, items) => console.error(`${title}${items.length === 0 ? " none" : `\n${items.map((i) => `  - ${i}`).join("\n")}`}`);
lines("Not reproduced by the generated code:", result.notExpressed);
lines("Inputs (sensitive variables) to give:", result.inputs);
lines("Warnings of the library:", result.warnings);
process.exit(strict && result.notExpressed.length > 0 ? 1 : 0);
