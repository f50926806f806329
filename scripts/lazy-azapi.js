#!/usr/bin/env node
// The generated azapi index (.gen/providers/azapi/index.ts) re-exports all ten
// binding modules (`export * as provider from './provider'`), and compiled that
// loads every one of them when the library is first required, though the library
// uses two (provider, update-resource). lazyIndex() turns the index into getters
// that load a binding on first use. Only the JavaScript changes: the types (.ts,
// .d.ts) and so the jsii assembly still see `export * as`, and `azapi.provider`
// etc. behave as before.
//
//   node scripts/lazy-azapi.js     rewrites build/.gen/providers/azapi/index.js
//                                  (the last step of `npm run build`)
// scripts/ts-register.js applies the same function when it runs the TypeScript.
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SOURCE = path.join(ROOT, ".gen", "providers", "azapi", "index.ts");
const BUILT = path.join(ROOT, "build", ".gen", "providers", "azapi", "index.js");

// cdktf's generator writes './provider', cdktn's './provider/index'.
const EXPORT = /^export \* as ([A-Za-z_$][\w$]*) from '(\.\/[\w.-]+(?:\/index)?)';$/;
const IGNORED = /^\s*(\/\/.*)?$/;

/** CommonJS for an index made only of `export * as name from './module'` lines; throws on anything else. */
function lazyIndex(tsSource, file = SOURCE) {
  const exportsOf = [];
  tsSource.split(/\r?\n/).forEach((line, i) => {
    const m = EXPORT.exec(line.trim());
    if (m) exportsOf.push(m.slice(1));
    else if (!IGNORED.test(line)) {
      throw new Error(
        `${path.relative(ROOT, file)}:${i + 1}: "${line.trim()}" is not an \`export * as name from './module'\` line; ` +
          "the lazy index knows only those (see scripts/lazy-azapi.js)",
      );
    }
  });
  if (exportsOf.length === 0) throw new Error(`${path.relative(ROOT, file)}: no \`export * as\` line`);
  return [
    '"use strict";',
    "// Written by scripts/lazy-azapi.js from index.ts: each binding module loads on first use.",
    'Object.defineProperty(exports, "__esModule", { value: true });',
    // Enumerable, so that `import * as` (tsc's __importStar) copies them as getters.
    ...exportsOf.map(
      ([name, spec]) =>
        `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => require(${JSON.stringify(spec)}) });`,
    ),
    "",
  ].join("\n");
}

module.exports = { lazyIndex, SOURCE };

if (require.main === module) {
  if (!fs.existsSync(BUILT)) {
    console.error(`lazy-azapi: ${path.relative(ROOT, BUILT)} does not exist; run jsii (npm run build) first`);
    process.exit(1);
  }
  fs.writeFileSync(BUILT, lazyIndex(fs.readFileSync(SOURCE, "utf8")));
  console.log(`lazy-azapi: ${path.relative(ROOT, BUILT)} loads each azapi binding on first use`);
}
