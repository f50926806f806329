#!/usr/bin/env node
// Part of the consumer tests (consumer-test.sh, consumer-test-cdktn.sh): in an app
// made from the README's "Start a new app" (its main.ts, its main.test.ts, its
// snapshot written by the first `npx jest`), for both deployment modes:
//   - the template as it is: `npx appgw-mtls-synth` prints no warning and writes the
//     mode's resources; the user's test passes against the snapshot the first run wrote
//     (the test does not depend on the mode);
//   - with the warning that matters most (a passthrough listener that forwards no
//     certificate): the runner prints it, with its output a pipe (no TTY), and the
//     user's test fails, naming it.
// Exits non-zero on the first failed check. Restores main.ts.
//
//   node consumer-modes.js <app dir>
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const app = path.resolve(process.argv[2] || ".");
const mainFile = path.join(app, "main.ts");
const template = fs.readFileSync(mainFile, "utf8");
const fail = (msg, output = "") => {
  fs.writeFileSync(mainFile, template);
  console.error(`consumer test FAILED: ${msg}${output ? `\n--- output ---\n${output}` : ""}`);
  process.exit(1);
};

/** The template with `text` inserted after the first occurrence of `anchor`. */
function insertAfter(source, anchor, text) {
  const at = source.indexOf(anchor);
  if (at < 0) fail(`the README's main.ts has no ${JSON.stringify(anchor)} to change`);
  return source.slice(0, at + anchor.length) + text + source.slice(at + anchor.length);
}

const MODES = {
  "azurerm + passthrough patch": (source) => source,
  "one azapi_resource": (source) =>
    insertAfter(insertAfter(source, "import {\n  AzapiProvider,", " GatewayDeployment,"), "subnet: network.gatewaySubnet,", " deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE,"),
};
/** The issue-22 case: a passthrough listener that forwards no certificate (AGW-PASSTHROUGH-NO-HEADER). */
const withoutForwarding = (source) => insertAfter(source, 'gateway.addHttpsListener("https", {', "\n      forwardClientCertificate: false,");

function run(command) {
  const r = spawnSync(command, { cwd: app, shell: true, encoding: "utf8", env: { ...process.env, CI: "true", CHECKPOINT_DISABLE: "1" } });
  return { status: r.status, output: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

/** The stack's resources by type. */
function resources() {
  const file = path.join(app, "cdktf.out", "stacks", "edge", "cdk.tf.json");
  if (!fs.existsSync(file)) fail(`${file} was not written`);
  return JSON.parse(fs.readFileSync(file, "utf8")).resource || {};
}

const WARNING = /^WARN \[edge\/Gateway\/Listener\/https\]: forwardClientCertificate = false: recommended: .*\[AGW-PASSTHROUGH-NO-HEADER\]$/m;

for (const [mode, edit] of Object.entries(MODES)) {
  const source = edit(template);
  fs.writeFileSync(mainFile, source);
  let r = run("npx appgw-mtls-synth");
  if (r.status !== 0) fail(`${mode}: npx appgw-mtls-synth exited with ${r.status}`, r.output);
  if (/^WARN /m.test(r.stdout)) fail(`${mode}: the README's template printed a warning`, r.output);
  const res = resources();
  const gateways = Object.keys(res.azurerm_application_gateway || {}).length;
  const whole = Object.values(res.azapi_resource || {}).filter((x) => String(x.type).startsWith("Microsoft.Network/applicationGateways@"));
  const patches = Object.values(res.azapi_update_resource || {});
  const ok = mode === "one azapi_resource"
    ? gateways === 0 && whole.length === 1 && JSON.stringify(whole[0].body).includes('"Passthrough"')
    : gateways === 1 && patches.length === 1 && JSON.stringify(patches[0].body).includes('"Passthrough"');
  if (!ok) fail(`${mode}: resources ${Object.keys(res).join(", ")} are not this mode's gateway with passthrough`);
  r = run("npx jest --ci");
  if (r.status !== 0) fail(`${mode}: the user's test failed against the snapshot the first run wrote`, r.output);
  console.log(`${mode}: synth printed no warning, the gateway is this mode's, the user's test passed (same snapshot)`);

  fs.writeFileSync(mainFile, withoutForwarding(source));
  r = run("npx appgw-mtls-synth > synth.log 2>&1; status=$?; cat synth.log; exit $status");
  if (r.status !== 0) fail(`${mode}, no forwarding: npx appgw-mtls-synth exited with ${r.status}`, r.output);
  const [line] = r.stdout.match(WARNING) || [];
  if (!line) fail(`${mode}, no forwarding: the runner did not print AGW-PASSTHROUGH-NO-HEADER into a file (no TTY)`, r.output);
  r = run("npx jest --ci");
  if (r.status === 0 || !r.output.includes("nobody acknowledged") || !r.output.includes("[AGW-PASSTHROUGH-NO-HEADER]")) {
    fail(`${mode}, no forwarding: the user's test did not fail on the warning`, r.output);
  }
  console.log(`${mode}, no forwarding: the runner printed\n  ${line}\nand the user's test failed on it`);
}
fs.writeFileSync(mainFile, template);
