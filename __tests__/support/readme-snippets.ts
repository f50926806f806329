// The README's fenced `ts` blocks, type-checked as a user would compile them
// (`cdktf-azure-appgw-mtls`, `/verifier` and `/testing` resolve to this repository's sources).
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { FLAVOUR } from "./flavour";

const ROOT = path.resolve(__dirname, "../..");
export const README = path.join(ROOT, "README.md");
const PRELUDE = path.join(ROOT, "__tests__/fixtures/readme-prelude.ts");
/** The package name the README imports (cdktn-azure-appgw-mtls in the cdktn flavour). */
export const PACKAGE = FLAVOUR.packageName;

export interface Snippet {
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
  /** A whole program (`<!-- snippet: program -->` before the fence): no prelude, and it is run. */
  readonly program: boolean;
  /** A file of an app (`<!-- file: <name> -->` before the fence): compiled as that file, beside the app's others. */
  readonly file?: string;
  /** The app's folder a file belongs to (default "app": the files of "Start a new app"). */
  readonly app?: string;
  /** A change to a file of the app (`<!-- step: <name> -->` or `<!-- try: <name> -->`): compiled in the app it changes (appStates). */
  readonly change?: boolean;
}

/** Every ```ts block of a markdown text. */
export function snippetsOf(markdown: string): Snippet[] {
  const lines = markdown.split("\n");
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== "```ts") continue;
    const end = lines.indexOf("```", i + 1);
    if (end < 0) throw new Error(`README line ${i + 1}: unclosed code fence`);
    const before = lines[i - 1] ?? "";
    snippets.push({
      line: i + 1,
      code: lines.slice(i + 1, end).join("\n"),
      program: /<!--\s*snippet:\s*program\s*-->/.test(before),
      file: /<!--\s*(?:file|step|try):\s*(\S+)\s*-->/.exec(before)?.[1],
      change: /<!--\s*(?:step|try):/.test(before),
    });
    i = end;
  }
  return snippets;
}

// scripts/readme-steps.js: what the consumer tests follow, so this check applies the steps the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const readmeSteps = require("../../scripts/readme-steps");

/**
 * The new app of "Start a new app" after each of its steps and tries (the README's code applied to its
 * files as scripts/readme-steps.js applies it): every .ts file of the app, in a folder of its own per step,
 * at the line of the step's code.
 */
export function appStates(markdown: string): Snippet[] {
  const files = new Map<string, string>();
  const states: Snippet[] = [];
  for (const step of readmeSteps.steps(markdown) as { kind: string; file?: string; code?: string; line: number }[]) {
    if (step.kind === "file" && step.file!.endsWith(".ts")) files.set(step.file!, `${step.code}\n`);
    if (step.kind !== "step" && step.kind !== "try") continue;
    const changed = new Map(files).set(step.file!, readmeSteps.applyStep(ts, files.get(step.file!) ?? "", step.code, step.file));
    if (step.kind === "step") changed.forEach((text, file) => files.set(file, text));
    for (const [file, code] of changed) states.push({ line: step.line, code, program: false, file, app: `app-${step.line}` });
  }
  return states;
}

/** Names the library's entry point exports (values and types). */
function libraryExports(): string[] {
  const index = fs.readFileSync(path.join(ROOT, "lib/index.ts"), "utf8");
  return [...index.matchAll(/export\s*\{([^}]*)\}\s*from/g)].flatMap((m) =>
    m[1].split(",").map((n) => n.trim()).filter((n) => n !== "" && !n.startsWith("type ")),
  ).concat([...index.matchAll(/export \* as (\w+) from/g)].map((m) => m[1]));
}

/** An import statement, possibly over several lines. */
const IMPORT = /^import[\s\S]*?from\s*["'][^"']+["'];?[ \t]*$/gm;

/** The file a snippet is compiled as: imports first, a fragment's body in a block of its own. */
function sourceOf(s: Snippet, exported: string[]): string {
  if (s.change) throw new Error(`README line ${s.line}: a step's code is compiled in the app it changes (appStates), not alone`);
  if (s.file !== undefined) return `${s.code}\n`;
  if (s.program) return `${s.code}\nexport {};\n`;
  const imports = (s.code.match(IMPORT) ?? []).join("\n");
  const body = s.code.replace(IMPORT, "");
  const own = new Set([...imports.matchAll(/\b(\w+)\b/g)].map((m) => m[1]));
  const fromLibrary = exported.filter((n) => !own.has(n));
  return [
    `import { ${fromLibrary.join(", ")} } from "${PACKAGE}";`,
    `import "${PRELUDE.replace(/\.ts$/, "")}";`,
    imports,
    "{",
    body,
    "}",
    "export {};",
  ].join("\n");
}

/** Type errors of each snippet (an empty list when it compiles), by README line. */
export function typeCheck(snippets: Snippet[]): { line: number; errors: string[] }[] {
  const exported = libraryExports();
  const fileOf = (s: Snippet) => path.join(ROOT, "__readme__", s.file !== undefined ? path.join(s.app ?? "app", s.file) : `line-${s.line}.ts`);
  const files = new Map(snippets.map((s) => [fileOf(s), sourceOf(s, exported)]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    types: ["node", "jest"],
    baseUrl: ROOT,
    paths: { [PACKAGE]: ["lib/index.ts"], [`${PACKAGE}/verifier`]: ["src/verifier/index.ts"], [`${PACKAGE}/testing`]: ["lib/testing/index.ts"] },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => files.get(path.resolve(f)) ?? readFile(f);
  host.fileExists = (f) => files.has(path.resolve(f)) || fileExists(f);
  // Module resolution asks for the snippets' (virtual) folders too.
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (d) => [...files.keys()].some((f) => f.startsWith(path.resolve(d) + path.sep)) || (directoryExists?.(d) ?? false);
  host.getSourceFile = (f, language, onError, create) => {
    const text = files.get(path.resolve(f));
    return text !== undefined ? ts.createSourceFile(f, text, language) : getSourceFile(f, language, onError, create);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return snippets.map((s) => {
    const file = program.getSourceFile(fileOf(s))!;
    const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    return { line: s.line, errors: diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")) };
  });
}
