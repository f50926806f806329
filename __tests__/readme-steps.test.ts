// scripts/readme-steps.js: how the consumer tests (and the snippet test) apply the README's step code
// to the new app's files, and read what the README says each command prints.
import * as ts from "typescript";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { applyStep, steps, warnings } = require("../scripts/readme-steps");

const MAIN = `import { A, B } from "lib";

export class S {
  constructor() {
    const a = new A();
    const b = a.make("b", { size: 1 }); // b's comment
    a.route("r", { to: b });
  }
}
`;

describe("applyStep", () => {
  test("a statement replaces the one of its name; a new one before it goes before, one after goes after", () => {
    const out = applyStep(ts, MAIN, 'const x = 1;\nconst b = a.make("b", { size: x });\nconst y = b;', "main.ts");
    expect(out).toContain('    const a = new A();\n    const x = 1;\n    const b = a.make("b", { size: x });\n    const y = b;\n    a.route("r", { to: b });');
    expect(out).not.toContain("b's comment");
  });

  test("a call replaces the call on the same receiver with the same first string; other new statements go to the end of the constructor", () => {
    const out = applyStep(ts, MAIN, 'const c = a.make("c", {});\na.routeByPath("r", { to: c }).addPath("p");', "main.ts");
    expect(out).toContain('    const b = a.make("b", { size: 1 }); // b\'s comment\n    const c = a.make("c", {});\n    a.routeByPath("r", { to: c }).addPath("p");\n  }');
    expect(out).not.toContain('a.route("r"');
  });

  test("imports merge into the import of the same module, or are added after the last import", () => {
    const out = applyStep(ts, MAIN, 'import { C, A } from "lib";\nimport { D } from "other";\nconst d = new D();', "main.ts");
    expect(out.startsWith('import { A, B, C } from "lib";\nimport { D } from "other";\n')).toBe(true);
    expect(out).toContain('    a.route("r", { to: b });\n    const d = new D();\n  }');
  });

  test("in a file without a class, new statements go to the end of the file", () => {
    const out = applyStep(ts, 'import { x } from "y";\n\ntest("one", () => {});\n', 'test("two", () => {\n  x();\n});', "main.test.ts");
    expect(out).toBe('import { x } from "y";\n\ntest("one", () => {});\n\ntest("two", () => {\n  x();\n});\n');
  });

  test("a name found twice in the file is an error, not a guess", () => {
    const twice = MAIN.replace('a.route("r", { to: b });', 'a.route("r", { to: b });\n    a.route("r", { to: a });');
    expect(() => applyStep(ts, twice, 'a.route("r", {});', "main.ts")).toThrow(/main\.ts has 2 statements named a\("r"\)/);
  });
});

describe("steps", () => {
  const README = [
    "## Start a new app",
    "### 3. Run",
    "<!-- try: main.ts -->",
    "```ts",
    "const b = 2;",
    "```",
    "```sh",
    "npx appgw-mtls-synth   # prints a warning",
    "npx jest",
    "```",
    "<!-- output: npx appgw-mtls-synth -->",
    "```text",
    "WARN [edge/Gateway/Listener/https]: forwardClientCertificate = false: recommended: ... [AGW-PASSTHROUGH-NO-HEADER]",
    "```",
    "<!-- output: npx jest (fails) -->",
    "```text",
    "1 warning nobody acknowledged: ... [AGW-PASSTHROUGH-NO-HEADER]",
    "```",
    "## Deploy",
    "```sh",
    "npx cdktf-cli deploy",
    "```",
  ].join("\n");

  test("reads the changes, the commands and what each prints, within Start a new app", () => {
    const found = steps(README);
    expect(found.map((s: { kind: string }) => s.kind)).toEqual(["try", "sh"]);
    expect(found[0]).toMatchObject({ file: "main.ts", code: "const b = 2;", line: 4, heading: "3. Run" });
    expect(found[1].commands).toEqual(["npx appgw-mtls-synth", "npx jest"]);
    expect(found[1].outputs.map((o: { command: string; fails: boolean }) => [o.command, o.fails])).toEqual([
      ["npx appgw-mtls-synth", false],
      ["npx jest", true],
    ]);
    expect(warnings(found[1].outputs[0].text)).toEqual(["edge/Gateway/Listener/https AGW-PASSTHROUGH-NO-HEADER"]);
  });

  test("an output block for a command its sh block does not run is an error", () => {
    expect(() => steps(README.replace("<!-- output: npx jest (fails) -->", "<!-- output: npx jest -u (fails) -->"))).toThrow(
      /the output of "npx jest -u", which the sh block above does not run/,
    );
  });
});
