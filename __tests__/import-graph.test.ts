// The package root of @cdktf/provider-azurerm loads every azurerm resource
// (~2.7 s, ~420 MB); the library must import submodules only.
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");

/** An import, export-from, require or dynamic import of the package root itself (not a submodule). */
const BARE_IMPORT = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)["']@cdktf\/provider-azurerm["']/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(e.name) && !e.name.endsWith(".d.ts") ? [file] : [];
  });
}

describe("import graph", () => {
  test.each([
    ['import { ApplicationGateway } from "@cdktf/provider-azurerm";'],
    ["import * as azurerm from '@cdktf/provider-azurerm';"],
    ['export { applicationGateway } from "@cdktf/provider-azurerm";'],
    ['const azurerm = require("@cdktf/provider-azurerm");'],
    ['const azurerm = await import("@cdktf/provider-azurerm");'],
    ['import "@cdktf/provider-azurerm";'],
  ])("the check catches %s", (line) => {
    expect(line).toMatch(BARE_IMPORT);
  });

  test("the check lets submodule imports through", () => {
    expect('import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";').not.toMatch(BARE_IMPORT);
  });

  const files = ["lib", ".gen"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

  test("lib/ and .gen/ have sources to scan", () => {
    expect(files.filter((f) => f.includes(`${path.sep}lib${path.sep}`)).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.includes(`${path.sep}.gen${path.sep}`)).length).toBeGreaterThan(5);
  });

  test("nothing in lib/ or .gen/ imports the root of @cdktf/provider-azurerm", () => {
    const offenders = files.filter((f) => BARE_IMPORT.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
