// `node -r ./scripts/ts-register.js file.ts`: runs this repo's TypeScript with no
// compile step, for `npm run synth`, cdktf.json's app, the examples and the tools.
// Each .ts file is transpiled by @swc/core when it is first required (types
// stripped, nothing type-checked: `npm run build` does that). The result is kept
// in node_modules/.cache/ts-register/ under a hash of the file's path and text, so
// that a run after no change loads no transpiler at all: `npm run synth` took 1.55×
// (1.33–1.76) the wall time of the same app compiled and run by `node`, per pair
// (bench/RESULTS.md, "The commands users run").
const crypto = require("crypto");
const fs = require("fs");
const { SourceMap } = require("module");
const path = require("path");
const SWC_OPTIONS = require("./swc-options");

const CACHE = path.resolve(__dirname, "..", "node_modules", ".cache", "ts-register");
/** What else decides the output: the transpiler's version and options, and this file. */
const SALT = [
  require("@swc/core/package.json").version,
  JSON.stringify(SWC_OPTIONS),
  fs.readFileSync(__filename, "utf8"),
].join("\0");

/** Source maps of the transpiled files, parsed when a stack trace first needs one. */
const maps = new Map();

require.extensions[".ts"] = function compileTypeScript(module, filename) {
  const { code, map } = transpiled(filename, fs.readFileSync(filename, "utf8"));
  if (map) maps.set(filename, map);
  module._compile(code, filename);
};

/** { code, map } of a .ts file, from the cache or from swc (then cached; a cache that cannot be written is skipped). */
function transpiled(filename, source) {
  const key = crypto.createHash("sha256").update(SALT).update("\0" + filename + "\0").update(source).digest("hex");
  const file = path.join(CACHE, `${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    // Not cached yet (or unreadable): transpile.
  }
  const result = require("@swc/core").transformSync(source, { ...SWC_OPTIONS, sourceMaps: true, filename });
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    // Written whole under a temporary name, then renamed: a concurrent run never reads half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ code: result.code, map: result.map }));
    fs.renameSync(tmp, file);
  } catch {
    // Read-only checkout: run without a cache.
  }
  return result;
}

// Stack traces name the .ts line. Node's own --enable-source-maps would do it too,
// but it also parses the inline maps of every cdktf and provider module it loads,
// so only this repo's files are mapped, on demand.
if (!process.sourceMapsEnabled) {
  Error.prepareStackTrace = (error, callSites) =>
    [Error.prototype.toString.call(error), ...callSites.map((site) => `    at ${mapped(site)}`)].join("\n");
}

/** The call site as V8 prints it, with a transpiled file's line and column replaced by the source's. */
function mapped(site) {
  const text = site.toString();
  const file = site.getFileName();
  const map = file && maps.get(file);
  if (!map || site.getLineNumber() == null) return text;
  let sourceMap = map;
  if (typeof map === "string") maps.set(file, (sourceMap = new SourceMap(JSON.parse(map))));
  const origin = sourceMap.findEntry(site.getLineNumber() - 1, site.getColumnNumber() - 1);
  if (origin.originalLine === undefined) return text;
  const at = `${file}:${site.getLineNumber()}:${site.getColumnNumber()}`;
  return text.replace(at, `${file}:${origin.originalLine + 1}:${origin.originalColumn + 1}`);
}
