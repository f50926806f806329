#!/usr/bin/env node
// The README's "Start a new app" as steps a program can follow, so that the consumer tests and the
// README snippet test do what a user reading it does, and cannot drift from it:
//   <!-- file: main.ts -->     a whole file of the app (step 2);
//   <!-- step: main.ts -->     a change to a file: its imports are merged into the file's, each statement
//                              replaces the file's statement of the same name (a `const` by its name, a call
//                              such as `gateway.addRoutingRule("partners", ...)` by `gateway` and its first
//                              string), the others are added where they stand in the snippet: before the
//                              first statement it replaces, after the last, or at the end (of the class's
//                              constructor in main.ts, of the file in a test file);
//   <!-- try: main.ts -->      the same, undone after the next sh block ("take it out again");
//   ```sh                      commands the user runs in the app;
//   <!-- output: <command> --> what that command prints (its WARN lines, its failure with
//   <!-- output: <command> (fails) -->       "(fails)"): a command without one prints no warning and passes.
//
//   node scripts/readme-steps.js run <app dir> [<first heading>]   follows the steps from <first heading>
//                                       (default "3. Synthesize and test") to the end of "Start a new app"
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { section, blocks, commandsOf } = require("./readme-commands");

const SECTION = "Start a new app";
const SYNTH = "npx appgw-mtls-synth";
/** A warning line as the synth runner prints it: its construct path and its rule id. */
const WARN_LINE = /^WARN \[([^\]]+)\]: .*\[(AGW-[A-Z0-9-]+)\]$/gm;

/**
 * The blocks of "Start a new app" in order, as steps: { kind: "file" | "step" | "try", file, code, line, heading },
 * { kind: "sh", commands, line, heading, outputs: [{ command, fails, text, line }] }.
 */
function steps(markdown) {
  const found = [];
  for (const [language, body, before, line, heading] of blocks(section(SECTION, markdown), SECTION)) {
    const marker = /<!--\s*(file|step|try|output):\s*(.+?)\s*-->/.exec(before);
    if (language === "sh") found.push({ kind: "sh", commands: commandsOf(body), line, heading, outputs: [] });
    else if (marker?.[1] === "output") {
      const sh = found[found.length - 1];
      if (sh?.kind !== "sh") throw new Error(`README line ${line}: an output block must follow the sh block of its command`);
      const [, command, fails] = /^(.*?)(\s*\(fails\))?$/.exec(marker[2]);
      if (!sh.commands.includes(command)) throw new Error(`README line ${line}: the output of "${command}", which the sh block above does not run`);
      sh.outputs.push({ command, fails: fails !== undefined, text: body, line });
    } else if (marker) found.push({ kind: marker[1], file: marker[2], code: body, line, heading });
  }
  return found;
}

/** The statement's name: a `const`'s names, or a call's receiver and first string (`gateway("partners")`, `test("...")`). */
function keyOf(ts, statement) {
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.map((d) => d.name.getText()).join(",");
  if (!ts.isExpressionStatement(statement)) return undefined;
  for (let e = statement.expression; ts.isCallExpression(e); ) {
    const callee = e.expression;
    const first = e.arguments[0];
    const named = first !== undefined && ts.isStringLiteralLike(first) ? `(${JSON.stringify(first.text)})` : "";
    if (ts.isIdentifier(callee)) return `${callee.text}${named}`;
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) return `${callee.expression.text}${named}`;
    if (ts.isPropertyAccessExpression(callee)) e = callee.expression;
    else return undefined;
  }
  return undefined;
}

/** Where the statements of `file` live: its first class's constructor, or the file itself. */
function containerOf(ts, file) {
  const klass = file.statements.find(ts.isClassDeclaration);
  const ctor = klass?.members.find(ts.isConstructorDeclaration);
  return ctor?.body ?? file;
}

/**
 * `source` with the change `snippet` applied (see the top of this file); `ts` is the TypeScript
 * module. Throws when a statement's name is found twice in the file.
 */
function applyStep(ts, source, snippet, fileName = "main.ts") {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const change = ts.createSourceFile("step.ts", snippet, ts.ScriptTarget.Latest, true);
  const lineEnd = (pos) => {
    const at = source.indexOf("\n", pos);
    return at < 0 ? source.length : at;
  };
  const edits = []; // [start, end, text], applied from the last
  const imports = file.statements.filter(ts.isImportDeclaration);

  for (const imported of change.statements.filter(ts.isImportDeclaration)) {
    const from = imported.moduleSpecifier.text;
    const names = imported.importClause?.namedBindings;
    const existing = imports.find((i) => i.moduleSpecifier.text === from && i.importClause?.namedBindings && ts.isNamedImports(i.importClause.namedBindings));
    if (existing && names && ts.isNamedImports(names)) {
      const have = existing.importClause.namedBindings.elements;
      const added = names.elements.map((e) => e.getText()).filter((n) => !have.some((h) => h.getText() === n));
      if (added.length > 0) edits.push([have[have.length - 1].end, have[have.length - 1].end, `, ${added.join(", ")}`]);
    } else {
      const at = imports.length > 0 ? lineEnd(imports[imports.length - 1].end) : 0;
      edits.push([at, at, `${at > 0 ? "\n" : ""}${imported.getText()}${at > 0 ? "" : "\n"}`]);
    }
  }

  const container = containerOf(ts, file);
  const topLevel = container === file;
  const existing = container.statements.filter((s) => !ts.isImportDeclaration(s));
  const indent = topLevel ? "" : /^[ \t]*/.exec(source.slice(source.lastIndexOf("\n", existing[0].getStart()) + 1))[0];
  // A statement's text runs to the end of its last line, so that a comment after it goes with it.
  const textOf = (s, text) => text.slice(s.getStart(), Math.max(s.end, (text.indexOf("\n", s.end) + 1 || text.length + 1) - 1)).replace(/\n/g, `\n${indent}`);
  const separator = topLevel ? "\n\n" : `\n${indent}`;
  let cursor; // after the last statement replaced
  let waiting = []; // new statements before the first one replaced
  for (const statement of change.statements.filter((s) => !ts.isImportDeclaration(s))) {
    const text = textOf(statement, snippet);
    const key = keyOf(ts, statement);
    const same = key === undefined ? [] : existing.filter((s) => keyOf(ts, s) === key);
    if (same.length > 1) throw new Error(`${fileName} has ${same.length} statements named ${key}: the step cannot say which it replaces`);
    if (same.length === 1) {
      const start = same[0].getStart();
      if (cursor === undefined && waiting.length > 0) edits.push([start, start, waiting.map((t) => `${t}${separator}`).join("")]);
      waiting = [];
      cursor = lineEnd(same[0].end);
      edits.push([start, cursor, text]);
    } else if (cursor !== undefined) edits.push([cursor, cursor, `${separator}${text}`]);
    else waiting.push(text);
  }
  if (waiting.length > 0) {
    const last = existing[existing.length - 1];
    const at = last ? lineEnd(last.end) : source.length;
    edits.push([at, at, waiting.map((t) => `${separator}${t}`).join("")]);
  }
  // Stable order: by position, and in the order made at one position.
  const ordered = edits.map((e, i) => [...e, i]).sort((a, b) => b[0] - a[0] || b[3] - a[3]);
  let out = source;
  for (const [start, end, text] of ordered) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The (construct path, rule id) of each WARN line of a text, sorted. */
function warnings(text) {
  return [...text.matchAll(WARN_LINE)].map((m) => `${m[1]} ${m[2]}`).sort();
}

/** The Terraform resources of the app's stack (the README's app is the stack "edge"). */
function gatewayResources(app) {
  const file = path.join(app, "cdktf.out", "stacks", "edge", "cdk.tf.json");
  const resources = JSON.parse(fs.readFileSync(file, "utf8")).resource || {};
  const gateways = Object.keys(resources.azurerm_application_gateway || {}).length;
  const whole = Object.values(resources.azapi_resource || {}).filter((r) => String(r.type).startsWith("Microsoft.Network/applicationGateways@"));
  const patches = Object.values(resources.azapi_update_resource || {});
  if (gateways === 1 && whole.length === 0 && patches.length === 1 && JSON.stringify(patches[0].body).includes('"Passthrough"')) return "azurerm_application_gateway + azapi_update_resource (passthrough)";
  if (gateways === 0 && whole.length === 1 && JSON.stringify(whole[0].body).includes('"Passthrough"')) return "one azapi_resource (passthrough)";
  return `neither mode's gateway with passthrough: ${Object.keys(resources).join(", ")}`;
}

/** Follows the steps from `first` in the app at `app`; returns the failures (an empty list when all held). */
function run(ts, markdown, app, first, log = console.log) {
  const all = steps(markdown);
  const from = all.findIndex((s) => s.heading === first);
  if (from < 0) throw new Error(`"${SECTION}" has no blocks under "${first}"`);
  // As on a user's machine: no CI variable (under CI jest would refuse to write the first snapshot); output to a pipe, no TTY.
  const { CI, ...userEnv } = { ...process.env, CHECKPOINT_DISABLE: "1" };
  const failures = [];
  let undo; // [file, text] of a pending try
  for (const step of all.slice(from)) {
    if (step.kind === "file") fs.writeFileSync(path.join(app, step.file), `${step.code}\n`);
    if (step.kind === "step" || step.kind === "try") {
      const file = path.join(app, step.file);
      const before = fs.readFileSync(file, "utf8");
      if (step.kind === "try") undo = [file, before];
      fs.writeFileSync(file, applyStep(ts, before, step.code, step.file));
      log(`-- README line ${step.line} (${step.heading}): ${step.kind === "try" ? "tried" : "changed"} ${step.file}`);
    }
    if (step.kind !== "sh") continue;
    for (const command of step.commands) {
      const started = Date.now();
      const r = spawnSync(command, { cwd: app, shell: true, encoding: "utf8", env: userEnv });
      const output = `${r.stdout}${r.stderr}`;
      const expected = step.outputs.find((o) => o.command === command);
      const problems = [];
      if ((r.status !== 0) !== (expected?.fails ?? false)) problems.push(`exited with ${r.status}; the README says it ${expected?.fails ? "fails" : "passes"}`);
      const ids = [...new Set([...(expected?.text ?? "").matchAll(/\[(AGW-[A-Z0-9-]+)\]/g)].map((m) => m[1]))];
      const missing = ids.filter((id) => !output.includes(`[${id}]`));
      if (missing.length > 0) problems.push(`printed no ${missing.join(", ")}, which the README shows at line ${expected.line}`);
      let summary = "";
      if (command.startsWith(SYNTH)) {
        const printed = warnings(output);
        const shown = warnings(expected?.text ?? "");
        if (JSON.stringify(printed) !== JSON.stringify(shown)) problems.push(`printed the warnings [${printed.join("; ")}], the README shows [${shown.join("; ")}]`);
        // The README shows whole lines: their text, not just their rule ids, is what the runner prints.
        const lines = (expected?.text ?? "").split("\n").filter((l) => l.startsWith("WARN "));
        const unprinted = lines.filter((l) => !output.split("\n").includes(l));
        if (unprinted.length > 0) problems.push(`printed no line ${unprinted.map((l) => JSON.stringify(l)).join(", ")}`);
        summary = `${printed.length === 0 ? "no warning" : `warnings ${printed.join("; ")}`}; ${gatewayResources(app)}`;
        const single = fs.readFileSync(path.join(app, "main.ts"), "utf8").includes("GatewayDeployment.SINGLE_AZAPI_RESOURCE");
        if (r.status === 0 && !summary.includes(single ? "one azapi_resource (passthrough)" : "azurerm_application_gateway + azapi_update_resource (passthrough)")) {
          problems.push(`main.ts asks for ${single ? "SINGLE_AZAPI_RESOURCE" : "the default deployment"}; the stack has ${gatewayResources(app)}`);
        }
      }
      const took = `${Date.now() - started} ms`;
      if (problems.length > 0) {
        failures.push(`README line ${step.line} (${step.heading}): ${command}: ${problems.join("; ")}`);
        log(`FAILED: ${command} (${took}): ${problems.join("; ")}\n--- output ---\n${output}--- end of output ---`);
      } else log(`ok: ${command} (${took})${r.status !== 0 ? ", failed as the README says" : ""}${summary ? `: ${summary}` : ""}`);
    }
    if (undo) {
      fs.writeFileSync(...undo);
      log(`-- undone: the try on ${path.basename(undo[0])}`);
      undo = undefined;
    }
  }
  return failures;
}

module.exports = { steps, applyStep, keyOf, warnings, run };

if (require.main === module) {
  const [mode, app, first = "3. Synthesize and test"] = process.argv.slice(2);
  if (mode !== "run" || !app) throw new Error("usage: readme-steps.js run <app dir> [<first heading>]");
  const ts = require(require.resolve("typescript", { paths: [path.resolve(app), __dirname] }));
  const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
  const failures = run(ts, readme, path.resolve(app), first);
  if (failures.length > 0) {
    console.error(`the README's steps FAILED:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log("the README's steps held: every command passed or failed as it says, and printed the warnings it shows");
}
