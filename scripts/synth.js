#!/usr/bin/env node
// `npm run synth [-- app.ts]`: what `cdktf synth` does for this app, without the
// cdktf CLI (`npx cdktf-cli@0.21.0 synth` took 3.79 s (3.70–4.55), `npm run synth`
// 0.70 s: bench/RESULTS.md, "The commands users run"). Runs the app (main.ts by default)
// in this process through scripts/ts-register.js, then prints the stacks'
// warnings and errors from cdktf.out/manifest.json as the CLI does, and exits 1 on
// an error. The cdk.tf.json files are the ones `cdktf synth` writes: the app
// synthesizes them itself; the CLI only runs the app and reads the manifest.
const fs = require("fs");
const Module = require("module");
const path = require("path");

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
  if (!fs.existsSync(manifestFile)) {
    console.error(`synth: ${path.relative(process.cwd(), entry)} did not call app.synth(): no ${path.relative(process.cwd(), manifestFile)}`);
    process.exitCode = 1;
    return;
  }
  const stacks = Object.values(JSON.parse(fs.readFileSync(manifestFile, "utf8")).stacks);
  let errors = 0;
  for (const { constructPath, level, message } of stacks.flatMap((stack) => stack.annotations || [])) {
    const label = { "@cdktf/info": "INFO", "@cdktf/warn": "WARN", "@cdktf/error": "ERROR" }[level] || level;
    if (label === "ERROR") errors++;
    (label === "ERROR" ? console.error : console.log)(`${label} [${constructPath}]: ${message}`);
  }
  if (errors > 0) {
    console.error(`synth failed: ${errors} error${errors === 1 ? "" : "s"} above`);
    process.exitCode = 1;
  } else {
    console.log(`Generated Terraform code for the stacks: ${stacks.map((stack) => stack.name).join(", ")}`);
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
  console.error(error.message);
  process.exitCode = 1;
}
