// `node -r ./scripts/ts-register.js file.ts`: runs this repo's TypeScript with no
// compile step, for `npm run synth`, cdktf.json's app, the examples and the tools.
// Each .ts file is transpiled in-process by @swc/core when it is first required
// (types stripped, nothing type-checked: `npm run build` does that). Measured
// against ts-node, tsx and esbuild-register in bench/RESULTS.md ("The main job").
//
// The azapi bindings' index gets the same lazy form the build gives it
// (scripts/lazy-azapi.js), so a run loads only the bindings it uses.
const fs = require("fs");
const { SourceMap } = require("module");
const { transformSync } = require("@swc/core");
const { lazyIndex, SOURCE: AZAPI_INDEX } = require("./lazy-azapi");
const SWC_OPTIONS = require("./swc-options");

/** Source maps of the transpiled files, parsed when a stack trace first needs one. */
const maps = new Map();

require.extensions[".ts"] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  if (filename === AZAPI_INDEX) return module._compile(lazyIndex(source), filename);
  const { code, map } = transformSync(source, { ...SWC_OPTIONS, sourceMaps: true, filename });
  maps.set(filename, map);
  module._compile(code, filename);
};

// Stack traces name the .ts line. Node's own --enable-source-maps would do it too,
// but it also parses the inline maps of every cdktf and provider module it loads
// (about 0.25 s per run here), so only this repo's files are mapped, on demand.
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
