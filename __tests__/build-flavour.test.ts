// scripts/build-flavour.js: the import rewrite, the package.json merge, and the cdktn
// flavour's committed lockfile against the package.json it is installed for. A flavour's
// tree has no flavours/ folder: there these checks are skipped, and say so.
import * as fs from "fs";
import * as path from "path";
import { whenAvailable } from "./support/requirements";

const ROOT = path.resolve(__dirname, "..");
const FLAVOUR_DIR = path.join(ROOT, "flavours", "cdktn");
const present = fs.existsSync(path.join(FLAVOUR_DIR, "flavour.json"));
// Never required: the repository's own run checks it.
const whenPresent = whenAvailable("flavours/cdktn (the repository's tooling; a flavour's own tree has none)", present, false);
// Loaded only where present: jest runs a skipped describe's body too, to collect its tests.
const { flavourReadme, rewriteImports, mergePatch } = present ? require("../scripts/build-flavour") : ({} as any);
const flavour = present ? JSON.parse(fs.readFileSync(path.join(FLAVOUR_DIR, "flavour.json"), "utf8")) : { modules: {} };

whenPresent("scripts/build-flavour.js", () => {
  const rewrite = (text: string) => rewriteImports(text, flavour.modules, {});

  test.each([
    ['import { App } from "cdktf";', 'import { App } from "cdktn";'],
    ['import "cdktf/lib/testing/adapters/jest";', 'import "cdktn/lib/testing/adapters/jest";'],
    ["export * from 'cdktf';", "export * from 'cdktn';"],
    ['import type { X } from "@cdktf/provider-azurerm/lib/application-gateway";', 'import type { X } from "@cdktn/provider-azurerm/lib/application-gateway";'],
    ['const { TerraformStack } = require("cdktf");', 'const { TerraformStack } = require("cdktn");'],
    ['await import("@cdktf/provider-azurerm/lib/provider")', 'await import("@cdktn/provider-azurerm/lib/provider")'],
    ['require.resolve("cdktf/package.json")', 'require.resolve("cdktn/package.json")'],
    ['jest.mock("@cdktf/provider-azurerm/lib/application-gateway", () => jest.requireActual("@cdktf/provider-azurerm/lib/application-gateway"))', 'jest.mock("@cdktn/provider-azurerm/lib/application-gateway", () => jest.requireActual("@cdktn/provider-azurerm/lib/application-gateway"))'],
    ['} from "cdktf-azure-appgw-mtls";', '} from "cdktn-azure-appgw-mtls";'],
    ['require("cdktf-azure-appgw-mtls/verifier")', 'require("cdktn-azure-appgw-mtls/verifier")'],
    ['require("@cdktf/provider-generator")', 'require("@cdktn/provider-generator")'],
  ])("rewrites %s", (from, to) => {
    expect(rewrite(from)).toBe(to);
  });

  test.each([
    ['{ "@cdktf/info": "INFO" }'],
    ['const CLI = ["npx", "--yes", "cdktf-cli@0.21.0"];'],
    ['path.resolve("cdktf.out")'],
    ["// what `cdktf synth` does with cdktf.json"],
    ['import { x } from "cdktf-other";'],
    ['import { x } from "@cdktf/provider-aws/lib/vpc";'],
  ])("leaves %s as it is", (text) => {
    expect(rewrite(text)).toBe(text);
  });

  test("counts what it rewrote, by module", () => {
    const counts: { [name: string]: number } = {};
    rewriteImports('import { A } from "cdktf";\nimport { B } from "cdktf/lib/x";\nimport { C } from "@cdktf/provider-azurerm/lib/y";', flavour.modules, counts);
    expect(counts).toEqual({ cdktf: 2, "@cdktf/provider-azurerm": 1 });
  });

  test("mergePatch: objects merge, null deletes, arrays and values replace (RFC 7386)", () => {
    expect(mergePatch({ a: { b: 1, c: 2 }, d: [1, 2], e: "x" }, { a: { b: null, f: 3 }, d: [3], e: { g: 1 } })).toEqual({ a: { c: 2, f: 3 }, d: [3], e: { g: 1 } });
  });

  const pkg = present ? mergePatch(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")), flavour.package) : {};

  test("the cdktn package.json names no cdktf package, and declares every renamed module it imports", () => {
    const declared = { ...pkg.peerDependencies, ...pkg.devDependencies };
    expect(Object.keys(declared).filter((name) => /^(cdktf$|@cdktf\/)/.test(name))).toEqual([]);
    const imported = ["cdktn", "@cdktn/provider-azurerm"];
    expect(imported.filter((name) => !(name in pkg.peerDependencies) || !(name in pkg.devDependencies))).toEqual([]);
    expect(pkg.name).toBe(flavour.modules["cdktf-azure-appgw-mtls"]);
  });

  test("flavours/cdktn/package-lock.json is the lockfile of that package.json (else: node scripts/build-flavour.js cdktn --update-lock)", () => {
    const root = JSON.parse(fs.readFileSync(path.join(FLAVOUR_DIR, "package-lock.json"), "utf8")).packages[""];
    const fields = ["name", "dependencies", "devDependencies", "peerDependencies"] as const;
    expect(Object.fromEntries(fields.map((f) => [f, root[f]]))).toEqual(Object.fromEntries(fields.map((f) => [f, pkg[f]])));
  });

  test("the cdktn package's README is its own: its title, the Node its CLI needs, its install line with the overrides entry, its CLI", () => {
    const readme = flavourReadme(fs.readFileSync(path.join(ROOT, "README.md"), "utf8"), flavour);
    expect(readme.split("\n")[0]).toBe("# cdktn-azure-appgw-mtls");
    expect(readme).toContain("`cdktn-cli` 0.24.0 needs\n> Node >= 22.19.0");
    expect(readme).toMatch(/^npm pkg set 'overrides\[@cdktn\/provider-azurerm\]\[cdktn\]=\$cdktn'\nnpm install --save-exact cdktn@0\.24\.0 constructs@10\.6\.0 @cdktn\/provider-azurerm@16\.1\.0 \.\.\/cdktn-azure-appgw-mtls-\d/m);
    expect(readme).not.toMatch(/^npm install --save-exact cdktf@/m);
    expect(readme).toContain("npx cdktn-cli@0.24.0 deploy");
    expect(readme).not.toContain("npx cdktf-cli@0.21.0 deploy");
  });

  test("a README edit that no longer matches fails the build instead of leaving the cdktf text", () => {
    expect(() => flavourReadme("# x\n", { ...flavour, readme: [["no such text", "y"]] })).toThrow('flavour README edit "no such text" matches nothing in README.md');
  });
});
