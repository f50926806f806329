// Every TypeScript snippet of the README compiles (fragments after the prelude in
// fixtures/readme-prelude.ts); whole programs also synthesize.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { escapeRegExp } from "./support/flavour";
import { PACKAGE, README, Snippet, appStates, snippetsOf, typeCheck } from "./support/readme-snippets";

const snippets = snippetsOf(fs.readFileSync(README, "utf8"));
const states = appStates(fs.readFileSync(README, "utf8"));
const checkedAll = typeCheck([...snippets.filter((s) => !s.change), ...states]);
const checked = checkedAll.slice(0, checkedAll.length - states.length);
const checkedStates = checkedAll.slice(checked.length).map((c, i) => ({ ...c, file: states[i].file! }));

test("the README has TypeScript snippets, at least one of them a whole program", () => {
  expect(snippets.length).toBeGreaterThan(10);
  expect(snippets.filter((s) => s.program).length).toBeGreaterThan(0);
});

test.each(checked.map((c) => [c.line, c.errors] as const))("the snippet at README line %i compiles", (_line, errors) => {
  expect(errors).toEqual([]);
});

test("the new app's steps are checked: each step of \"Start a new app\" changes main.ts or its test", () => {
  expect(snippets.filter((s) => s.change).length).toBeGreaterThanOrEqual(5);
  expect(new Set(states.map((s) => s.line)).size).toBe(snippets.filter((s) => s.change).length);
});

test.each(checkedStates.map((c) => [c.file, c.line, c.errors] as const))("the new app's %s after the step at README line %i compiles", (_file, _line, errors) => {
  expect(errors).toEqual([]);
});

const DOCS = path.resolve(__dirname, "..", "docs");
test.each(fs.readdirSync(DOCS).filter((f) => f.endsWith(".md")))("the TypeScript snippets of docs/%s compile", (page) => {
  const errors = typeCheck(snippetsOf(fs.readFileSync(path.join(DOCS, page), "utf8"))).flatMap((c) => c.errors.map((e) => `line ${c.line}: ${e}`));
  expect(errors).toEqual([]);
});

test("the check is not vacuous: a snippet that stopped compiling is reported", () => {
  const broken: Snippet = { line: 0, program: false, code: 'gateway.addRoutingRule("r", { priority: "high", listener });' };
  const [result] = typeCheck([broken]);
  expect(result.errors.join("\n")).toMatch(/Type 'string' is not assignable to type 'number'/);
});

describe.each(snippets.filter((s) => s.program).map((s) => [s.line, s] as const))("the program at README line %i", (_line, snippet) => {
  test("runs and synthesizes a gateway", () => {
    const root = path.resolve(__dirname, "..");
    const dir = fs.mkdtempSync(path.join(root, ".readme-snippets-"));
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-program."));
    // The package name resolves to this repository's sources, as the type check does.
    const js = ts
      .transpileModule(snippet.code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } })
      .outputText.replace(new RegExp(`require\\("${escapeRegExp(PACKAGE)}"\\)`, "g"), `require(${JSON.stringify(path.join(root, "lib"))})`);
    const file = path.join(dir, "program.js");
    fs.writeFileSync(file, js);
    const saved = process.env.CDKTF_OUTDIR;
    process.env.CDKTF_OUTDIR = outdir;
    try {
      jest.isolateModules(() => require(file));
      const stacks = fs.readdirSync(path.join(outdir, "stacks"));
      const json = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stacks[0], "cdk.tf.json"), "utf8"));
      expect(Object.keys(json.resource.azurerm_application_gateway ?? json.resource.azapi_resource ?? {})).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.CDKTF_OUTDIR;
      else process.env.CDKTF_OUTDIR = saved;
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
