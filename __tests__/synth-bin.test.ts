// The package's runner, `npx appgw-mtls-synth` (bin/appgw-mtls-synth.js): runs a user's
// app as the cdktf CLI would and prints every warning and error, also when its output
// is not a terminal (here: a pipe), and without cdktf's advice to skip validation.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "appgw-mtls-synth.js");
const run = (app: string) => `${JSON.stringify(process.execPath)} -r ./scripts/ts-register.js ${app}`;

/** The runner in `cwd` with `args`, writing into a new outdir. */
function synth(args: string[], cwd = ROOT) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-bin."));
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outdir };
}

test("prints the warning nobody acknowledged on a pipe (no TTY), then the stacks written", () => {
  const { status, stdout, stderr, outdir } = synth([run("__tests__/fixtures/warning-app.ts")]);
  expect(stderr).toBe("");
  expect(status).toBe(0);
  expect(stdout).toMatch(/^WARN \[warned\/Gateway\/RoutingRule\/app\]: backendSettings = "http": recommended: .*\[AGW-CERT-OVER-HTTP\]\n/m);
  expect(stdout).toMatch(/Generated Terraform code for the stacks: warned\n$/);
  expect(fs.existsSync(path.join(outdir, "stacks", "warned", "cdk.tf.json"))).toBe(true);
});

test("fails with the list of failed checks, without cdktf's skipValidation advice or stack trace", () => {
  const { status, stdout, stderr } = synth([run("__tests__/fixtures/failing-app.ts")]);
  expect(status).toBe(1);
  expect(stdout).not.toMatch(/Generated Terraform code/);
  expect(stderr).toContain("[incomplete/Gateway] incomplete/Gateway: listeners = [] is not allowed");
  expect(stderr).not.toContain("skipValidation");
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).toMatch(/synth failed: .* exited with 1\n$/);
});

test("runs cdktf.json's app when given no command, and says so when there is none", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-bin-app."));
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ app: `cd ${JSON.stringify(ROOT)} && ${run("__tests__/fixtures/warning-app.ts")}` }));
  const { status, stdout } = synth([], dir);
  expect(status).toBe(0);
  expect(stdout).toContain("[AGW-CERT-OVER-HTTP]");
  const empty = synth([], fs.mkdtempSync(path.join(os.tmpdir(), "synth-bin-empty.")));
  expect(empty.status).toBe(1);
  expect(empty.stderr).toContain('no command given and no cdktf.json here to read its "app" from');
});

test("an app that never calls app.synth() fails, naming the manifest it did not write", () => {
  const { status, stderr } = synth([`${JSON.stringify(process.execPath)} -e 0`]);
  expect(status).toBe(1);
  expect(stderr).toMatch(/did not call app.synth\(\): no .*manifest.json/);
});
