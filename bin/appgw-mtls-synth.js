#!/usr/bin/env node
// `npx appgw-mtls-synth [command...]`: synthesizes a cdktf app and prints every
// warning and error of its stacks, as `cdktf synth` does on a terminal, but also
// when the output is not one (CI logs), and without the cdktf CLI. Runs the
// command (default: cdktf.json's "app", e.g. `npx tsx main.ts`) with the
// environment the CLI gives an app, then reads cdktf.out/manifest.json.
// Exits 1 when the app fails or a stack has an error.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { printManifest, withoutSkipValidationAdvice } = require("./synth-report");

const args = process.argv.slice(2);
if (args[0] === "--help" || args[0] === "-h") {
  console.log("usage: appgw-mtls-synth [command...]   (default: the \"app\" of ./cdktf.json)");
  process.exit(0);
}
let command = args.join(" ");
if (command === "") {
  const config = path.resolve("cdktf.json");
  if (!fs.existsSync(config)) {
    console.error("appgw-mtls-synth: no command given and no cdktf.json here to read its \"app\" from");
    process.exit(1);
  }
  command = JSON.parse(fs.readFileSync(config, "utf8")).app;
  if (typeof command !== "string" || command === "") {
    console.error(`appgw-mtls-synth: ${config} has no "app" command`);
    process.exit(1);
  }
}
const outdir = path.resolve(process.env.CDKTF_OUTDIR || "cdktf.out");
const manifestFile = path.join(outdir, "manifest.json");
// A manifest left by an earlier run must not pass for this run's.
fs.rmSync(manifestFile, { force: true });

const run = spawnSync(command, {
  shell: true,
  stdio: ["inherit", "inherit", "pipe"],
  encoding: "utf8",
  // As the CLI: every error annotation goes into the manifest instead of the first one throwing.
  env: { ...process.env, CDKTF_OUTDIR: outdir, CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true" },
});
if (run.stderr) process.stderr.write(withoutSkipValidationAdvice(run.stderr));
if (run.error) {
  console.error(`appgw-mtls-synth: could not run ${command}: ${run.error.message}`);
  process.exit(1);
}
if (run.status !== 0) {
  console.error(`synth failed: ${command} exited with ${run.status ?? run.signal}`);
  process.exit(1);
}
const errors = printManifest(manifestFile);
if (errors === undefined) {
  console.error(`appgw-mtls-synth: ${command} did not call app.synth(): no ${path.relative(process.cwd(), manifestFile)}`);
  process.exit(1);
}
process.exit(errors > 0 ? 1 : 0);
