#!/usr/bin/env node
// `npm run synth [-- app.ts]`: what `cdktf synth` does for this app, without the
// cdktf CLI (`npx cdktf-cli@0.21.0 synth` took 3.79 s (3.70–4.55), `npm run synth`
// 0.70 s: bench/RESULTS.md, "The commands users run"). Runs the app (main.ts by default)
// in this process through scripts/ts-register.js, then prints the stacks'
// warnings and errors from cdktf.out/manifest.json as the CLI does (bin/synth-report.js), and exits 1 on
// an error. The cdk.tf.json files are the ones `cdktf synth` writes: the app
// synthesizes them itself; the CLI only runs the app and reads the manifest.
const fs = require("fs");
const Module = require("module");
const path = require("path");
// Shared with the package's runner (bin/appgw-mtls-synth.js), which users run.
const { printManifest, withoutSkipValidationAdvice } = require("../bin/synth-report");

const entry = path.resolve(process.argv[2] || "main.ts");
const outdir = path.resolve(process.env.CDKTF_OUTDIR || "cdktf.out");
const manifestFile = path.join(outdir, "manifest.json");

// As the CLI: collect every error annotation into the manifest instead of throwing
// at the first stack, so that one run lists them all.
process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true";
// A manifest left by an earlier run must not pass for this run's.
fs.rmSync(manifestFile, { force: true });

process.on("exit", (code) => {
  if (code !== 0) return;
  const errors = printManifest(manifestFile);
  if (errors === undefined) {
    console.error(`synth: ${path.relative(process.cwd(), entry)} did not call app.synth(): no ${path.relative(process.cwd(), manifestFile)}`);
    process.exitCode = 1;
  } else if (errors > 0) {
    process.exitCode = 1;
  }
});

require("./ts-register");
// Run the app as node's main module (its `require.main === module` holds).
process.argv.splice(1, 2, entry);
try {
  Module.runMain(entry);
} catch (error) {
  // cdktf's list of failed checks (construct path, prop, value, rule) says it all;
  // its stack trace would only point into cdktf. Anything else keeps its trace.
  if (!/^Validation failed with the following errors/.test(error?.message)) throw error;
  console.error(withoutSkipValidationAdvice(error.message).trimEnd());
  process.exitCode = 1;
}
