// Apps the converter (lib/adopt) writes: type-checked with the TypeScript compiler against
// this repository's sources (the package name maps to lib/index.ts, as readme-snippets does),
// then run: transpiled, its package import pointed at lib/, required in-process.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { App, TerraformStack } from "cdktf";
import { GatewayDeployment } from "../../lib";
import { FLAVOUR } from "./flavour";

const ROOT = path.resolve(__dirname, "../..");
const PACKAGE = FLAVOUR.packageName;

/** Type errors of each generated file (file name → messages; empty when it compiles). */
export function typeCheckApps(apps: { readonly [name: string]: string }): { [name: string]: string[] } {
  const fileOf = (name: string) => path.join(ROOT, "__adopted__", `${name}.ts`);
  const files = new Map(Object.entries(apps).map(([name, code]) => [fileOf(name), code]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    noUnusedLocals: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    types: ["node"],
    baseUrl: ROOT,
    paths: { [PACKAGE]: ["lib/index.ts"] },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => files.get(path.resolve(f)) ?? readFile(f);
  host.fileExists = (f) => files.has(path.resolve(f)) || fileExists(f);
  host.getSourceFile = (f, language, onError, create) => {
    const text = files.get(path.resolve(f));
    return text !== undefined ? ts.createSourceFile(f, text, language) : getSourceFile(f, language, onError, create);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return Object.fromEntries(
    Object.keys(apps).map((name) => {
      const file = program.getSourceFile(fileOf(name))!;
      const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
      return [name, diagnostics.map((d) => `${d.start === undefined ? "" : `${file.getLineAndCharacterOfPosition(d.start).line + 1}: `}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`)];
    }),
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Runs a generated app's stack class in `app`: `new AdoptedGatewayStack(app, id, deployment)`. */
export function runApp(code: string, app: App, id: string, deployment?: GatewayDeployment): TerraformStack {
  const js = ts
    .transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } })
    .outputText.replace(new RegExp(`require\\("${escapeRegExp(PACKAGE)}"\\)`, "g"), `require(${JSON.stringify(path.join(ROOT, "lib"))})`);
  const dir = fs.mkdtempSync(path.join(ROOT, ".adopted-"));
  try {
    const file = path.join(dir, "main.js");
    fs.writeFileSync(file, js);
    // Required in this registry: the app's constructs and the test's are the same classes.
    const { AdoptedGatewayStack } = require(file);
    return new AdoptedGatewayStack(app, id, deployment);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
