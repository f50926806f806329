// `npm run synth` without the cdktf CLI (scripts/synth.js, scripts/ts-register.js).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App } from "cdktf";
import { MtlsPassthroughStack } from "../main";

const ROOT = path.resolve(__dirname, "..");

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
