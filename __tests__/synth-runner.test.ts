// `npm run synth` without the cdktf CLI (scripts/synth.js, scripts/ts-register.js)
// and the lazy azapi index (scripts/lazy-azapi.js) that it and the build use.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App } from "cdktf";
import { MtlsPassthroughStack } from "../main";

const ROOT = path.resolve(__dirname, "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lazyIndex, SOURCE } = require("../scripts/lazy-azapi") as {
  lazyIndex: (source: string, file?: string) => string;
  SOURCE: string;
};

/** `node scripts/synth.js <app>` into a new outdir: exit code, output, and the outdir. */
function synth(app: string) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-runner."));
  const r = spawnSync(process.execPath, ["scripts/synth.js", app], {
    cwd: ROOT,
    env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outdir };
}

describe("npm run synth (scripts/synth.js)", () => {
  test("writes the cdk.tf.json an in-process synth of main.ts writes; the seed's one warning is acknowledged, so nothing else is printed", () => {
    const { status, stdout, stderr, outdir } = synth("main.ts");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toBe("Generated Terraform code for the stacks: mtls-passthrough\n");

    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "synth-in-process.")) });
    new MtlsPassthroughStack(app, "mtls-passthrough");
    app.synth();
    const file = path.join("stacks", "mtls-passthrough", "cdk.tf.json");
    expect(fs.readFileSync(path.join(outdir, file), "utf8")).toBe(fs.readFileSync(path.join(app.outdir, file), "utf8"));
  });

  test("prints a warning nobody acknowledged, naming its construct path once", () => {
    const { status, stdout } = synth("__tests__/fixtures/warning-app.ts");
    expect(status).toBe(0);
    const warnings = stdout.split("\n").filter((l) => l.startsWith("WARN"));
    expect(warnings).toEqual([expect.stringMatching(/^WARN \[warned\/Gateway\/RoutingRule\/app\]: backendSettings = "http": recommended: .*\[AGW-CERT-OVER-HTTP\]$/)]);
    expect(warnings[0].split("warned/Gateway").length - 1).toBe(1);
  });

  test("fails with the list of failed checks, without cdktf's stack trace", () => {
    const { status, stdout, stderr } = synth("__tests__/fixtures/failing-app.ts");
    expect(status).toBe(1);
    expect(stdout).not.toMatch(/Generated Terraform code/);
    for (const prop of ["listeners", "backendPools", "backendSettings", "routingRules"]) {
      expect(stderr).toContain(`[incomplete/Gateway] incomplete/Gateway: ${prop} = [] is not allowed`);
    }
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});

describe("lazy azapi index (scripts/lazy-azapi.js)", () => {
  const source = fs.readFileSync(SOURCE, "utf8");
  // './provider' from cdktf's generator, './provider/index' from cdktn's.
  const names = [...source.matchAll(/^export \* as (\w+) from '(\.\/[\w-]+(?:\/index)?)';$/gm)].map((m) => [m[1], m[2]]);
  const providerSpec = names.find(([name]) => name === "provider")?.[1];

  /** Evaluates the lazy index with a require() that records what it is asked for. */
  function load() {
    const required: string[] = [];
    const exports: any = {};
    new Function("exports", "require", lazyIndex(source))(exports, (spec: string) => {
      required.push(spec);
      return { loaded: spec };
    });
    return { exports, required };
  }

  test("the generated index re-exports the ten bindings", () => {
    expect(names.map(([name]) => name)).toContain("provider");
    expect(names).toHaveLength(10);
  });

  test("loads nothing until a binding is used, then only that binding", () => {
    const { exports, required } = load();
    expect(required).toEqual([]);
    expect(exports.provider).toEqual({ loaded: providerSpec });
    expect(required).toEqual([providerSpec]);
  });

  test("every binding is an enumerable getter, so that `import * as` copies them all", () => {
    const { exports } = load();
    expect(exports.__esModule).toBe(true);
    expect(Object.keys(exports)).toEqual(names.map(([name]) => name));
    for (const [name, spec] of names) {
      expect(Object.getOwnPropertyDescriptor(exports, name)?.get).toBeInstanceOf(Function);
      expect(exports[name]).toEqual({ loaded: spec });
    }
  });

  test("takes both generators' forms, `from './provider'` (cdktf) and `from './provider/index'` (cdktn)", () => {
    const exports: any = {};
    const index = "export * as provider from './provider';\nexport * as resource from './resource/index';\n";
    new Function("exports", "require", lazyIndex(index, SOURCE))(exports, (spec: string) => ({ loaded: spec }));
    expect([exports.provider, exports.resource]).toEqual([{ loaded: "./provider" }, { loaded: "./resource/index" }]);
  });

  test("refuses an index line it does not understand, naming file and line", () => {
    expect(() => lazyIndex("// generated by cdktf get\nexport { Foo } from './foo';\n", SOURCE)).toThrow(
      /^\.gen\/providers\/azapi\/index\.ts:2: "export \{ Foo \} from '\.\/foo';" is not an `export \* as name from '\.\/module'` line/,
    );
  });
});
