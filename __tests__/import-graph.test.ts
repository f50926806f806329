// The package root of @cdktf/provider-azurerm (and of the cdktn flavour's @cdktn/provider-azurerm)
// loads every azurerm resource (~2.7 s, ~420 MB); the library must import submodules only.
import * as fs from "fs";
import * as path from "path";
import { escapeRegExp, FLAVOUR } from "./support/flavour";

const ROOT = path.resolve(__dirname, "..");
const AZURERM = FLAVOUR.azurermPackage;

/** An import, export-from, require or dynamic import of the package root itself (not a submodule). */
const BARE_IMPORT = new RegExp(`(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(\\s*|\\bimport\\s+)["']${escapeRegExp(AZURERM)}["']`);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(e.name) && !e.name.endsWith(".d.ts") ? [file] : [];
  });
}

describe("import graph", () => {
  test.each([
    [`import { ApplicationGateway } from "${AZURERM}";`],
    [`import * as azurerm from '${AZURERM}';`],
    [`export { applicationGateway } from "${AZURERM}";`],
    [`const azurerm = require("${AZURERM}");`],
    [`const azurerm = await import("${AZURERM}");`],
    [`import "${AZURERM}";`],
  ])("the check catches %s", (line) => {
    expect(line).toMatch(BARE_IMPORT);
  });

  test("the check lets submodule imports through", () => {
    expect(`import { PublicIp } from "${AZURERM}/lib/public-ip";`).not.toMatch(BARE_IMPORT);
  });

  const files = ["lib", ".gen"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

  test("lib/ and .gen/ have sources to scan", () => {
    expect(files.filter((f) => f.includes(`${path.sep}lib${path.sep}`)).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.includes(`${path.sep}.gen${path.sep}`)).length).toBeGreaterThan(5);
  });

  test(`nothing in lib/ or .gen/ imports the root of ${AZURERM}`, () => {
    const offenders = files.filter((f) => BARE_IMPORT.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});

/** Relative imports of a TypeScript file (type-only ones included: they bind the files as much for a reader). */
function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s*["'](\.[^"']+)["']/g)].map((m) => m[1]);
  return specs.map((spec) => {
    const base = path.resolve(path.dirname(file), spec);
    return [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f)) ?? base;
  });
}

/** Every cycle of the import graph, each as the list of files it passes through. */
export function importCycles(files: string[]): string[][] {
  const edges = new Map(files.map((f) => [f, relativeImports(f).filter((t) => files.includes(t))]));
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const t of edges.get(f) ?? []) {
      if (state.get(t) === "open") cycles.push(stack.slice(stack.indexOf(t)).map((x) => path.relative(ROOT, x)));
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return cycles;
}

describe("lib/ has no import cycle", () => {
  const lib = sourceFiles(path.join(ROOT, "lib"));

  test("the check finds a cycle when there is one", () => {
    const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "cycle."));
    fs.writeFileSync(path.join(dir, "a.ts"), 'import type { B } from "./b";\nexport type A = B;\n');
    fs.writeFileSync(path.join(dir, "b.ts"), 'import { A } from "./a";\nexport type B = A;\n');
    try {
      expect(importCycles([path.join(dir, "a.ts"), path.join(dir, "b.ts")])).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("no file of lib/ imports itself through others (type-only imports count)", () => {
    expect(importCycles(lib)).toEqual([]);
  });
});

/**
 * lib/'s layers, bottom first, and the folders each may import (docs/DESIGN.md): imports
 * point down only. `lib/index.ts` is the package's surface and may import any of them.
 * A generated binding (.gen/) is a renderer's business alone.
 */
export const LAYERS: { readonly [folder: string]: readonly string[] } = {
  core: [],
  model: ["core"],
  rules: ["core", "model"],
  options: ["core", "model", "rules"],
  resources: ["core", "model", "rules", "options"],
  parts: ["core", "model", "rules", "options"],
  render: ["core", "model", "rules", ".gen"],
  gateway: ["core", "model", "rules", "options", "resources", "parts", "render"],
  // cdktf-azure-appgw-mtls/testing: users' test helpers, over the gateway and its model.
  testing: ["core", "model", "rules", "options", "resources", "parts", "render", "gateway"],
  // The converter (ARM to code): runs its programs against the library and renders them with the providers it declares.
  adopt: ["core", "model", "rules", "options", "resources", "parts", "render", "gateway", ".gen"],
  // The policy pack: raw gateways read into ARM's shape, run through the converter's program in a scratch app.
  checks: ["core", "model", "rules", "options", "resources", "parts", "render", "gateway", "adopt", ".gen"],
};

/** Each import of `files` that crosses into a folder its layer may not import, as "from -> to". */
export function upwardImports(files: string[], libDir: string): string[] {
  const layerOf = (file: string): string | undefined => {
    const rel = path.relative(libDir, file);
    if (rel.startsWith(`..${path.sep}.gen${path.sep}`)) return ".gen";
    const first = rel.split(path.sep)[0];
    return first === rel ? undefined : first; // a file at lib/'s root (index.ts) has no layer
  };
  return files.flatMap((file) => {
    const from = layerOf(file);
    if (from === undefined) return [];
    return relativeImports(file)
      .filter((target) => {
        const to = layerOf(target);
        return to !== undefined && to !== from && !(LAYERS[from] ?? []).includes(to);
      })
      .map((target) => `${path.relative(libDir, file)} -> ${path.relative(libDir, target)}`);
  });
}

describe("lib/'s imports point down its layers", () => {
  const libDir = path.join(ROOT, "lib");
  const lib = sourceFiles(libDir);

  test("every folder of lib/ is a known layer", () => {
    const folders = fs.readdirSync(libDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(LAYERS).sort());
  });

  test("the check finds an upward import (a rule importing a part) and a part importing a renderer", () => {
    const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "layers."));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write("rules/r.ts", 'import type { P } from "../parts/p";\nexport type R = P;\n');
    write("parts/p.ts", 'import { X } from "../render/x";\nexport type P = typeof X;\n');
    write("render/x.ts", 'import { C } from "../core/c";\nexport const X = C;\n');
    write("core/c.ts", "export const C = 1;\n");
    try {
      const found = upwardImports(["rules/r.ts", "parts/p.ts", "render/x.ts", "core/c.ts"].map((f) => path.join(dir, f)), dir);
      expect(found).toEqual([`rules${path.sep}r.ts -> parts${path.sep}p.ts`, `parts${path.sep}p.ts -> render${path.sep}x.ts`]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("no file of lib/ imports a layer above its own (type-only imports count)", () => {
    expect(upwardImports(lib, libDir)).toEqual([]);
  });
});
