#!/usr/bin/env bash
# Consumer test: what a user gets from `npm install`. Packs the library (needs
# `npm run build` first), then follows the README's "Start a new app" exactly (its
# install commands, its files, then its seven steps' code and commands, with the
# tarball instead of the registry's package: scripts/readme-steps.js), so that
# section cannot rot: the warning that matters most printed and failing the user's
# test, a Key Vault certificate, a strict second listener, the switch to the single
# azapi_resource with the same snapshot, a path-based rule; then checks the verifier
# entry point and that only the azapi bindings the library needs are loaded. Exits
# non-zero on failure.
#
#   bash scripts/consumer-test.sh        (KEEP_CONSUMER_DIR=1 keeps the temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
start=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - start) / 1000000 )) ms"; }

work="$(mktemp -d "${TMPDIR:-/tmp}/appgw-mtls-consumer.XXXXXX")"
cleanup() {
  if [ "${KEEP_CONSUMER_DIR:-}" = 1 ]; then echo "consumer app kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

test -s build/lib/index.js && test -s .jsii || { echo "consumer test: no build; run 'npm run build' first" >&2; exit 1; }

echo "-- npm pack"
# --ignore-scripts: pack what the build made, without running any prepack hook.
npm pack --ignore-scripts --json --pack-destination "$work" > "$work/pack.json"
tarball="$(node -e '
  const [r] = require(process.argv[1]);
  console.error(`packed ${r.filename}: ${r.size} bytes packed, ${r.unpackedSize} bytes unpacked, ${r.entryCount} files`);
  console.log(r.filename);
' "$work/pack.json")"
test -s "$work/$tarball"

echo "-- the README's \"Start a new app\", step by step, with the tarball for the package"
version="$(node -p 'require("./package.json").version')"
readme() { node "$repo/scripts/readme-commands.js" "$@"; }
install="$(readme commands "1. Install")"
# Until the first publish the README installs the release tarball from beside the app's folder,
# as here (the tarball is in $work, the app in a folder of $work): its commands run as they are.
# Once published it installs cdktf-azure-appgw-mtls@<version>, which becomes the tarball here.
if grep -qF "../$tarball" <<<"$install"; then
  echo "the README installs ../$tarball: run as written"
elif grep -q "cdktf-azure-appgw-mtls@$version" <<<"$install"; then
  install="${install//cdktf-azure-appgw-mtls@$version/$work/$tarball}"
else
  echo "consumer test: the README installs neither ../$tarball nor cdktf-azure-appgw-mtls@$version" >&2; exit 1
fi
cd "$work"
# The README's own commands, in one shell (its `cd` holds for the next ones).
# As on a user's machine: no CI variable (under CI jest would refuse to write the first snapshot).
env -u CI bash -euo pipefail -c "$install"
app="$work/$(sed -n 's/^mkdir \([^ ]*\).*/\1/p' <<<"$install")"
echo "installed ($(elapsed) so far)"
readme files "2. The files" "$app"
echo "-- the README's steps from \"3. Synthesize and test\" on: its code changes and its commands, checked against what it says they print"
# scripts/readme-steps.js: each step's code applied to the app's files as the README says, then its
# commands (tsc, the synth runner, jest) run with output to a pipe; each must print the WARN lines the
# README shows (none where it shows none) and pass or fail as it says; the stack must hold the gateway
# of the deployment mode main.ts asks for, with passthrough.
cd "$app"
node "$repo/scripts/readme-steps.js" run "$app"
test -s "$app/__snapshots__/main.test.ts.snap" || { echo "consumer test FAILED: the user's snapshot test wrote no snapshot" >&2; exit 1; }
echo "the README's steps followed ($(elapsed) so far)"

echo "-- the backend entry point, cdktf-azure-appgw-mtls/verifier"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=consumer-test-ca -days 1 \
  -addext basicConstraints=critical,CA:TRUE -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
node -e '
  const v = require("cdktf-azure-appgw-mtls/verifier");
  const r = new v.ClientCertificateVerifier({ trustAnchors: require("fs").readFileSync(process.argv[1], "utf8") }).verifyHeader(undefined);
  if (r.reason !== v.Reason.NO_CERTIFICATE) { console.error("verifier entry point FAILED", r); process.exit(1); }
  const outside = Object.keys(require.cache).filter((f) => !f.includes("/node_modules/cdktf-azure-appgw-mtls/"));
  if (outside.length) { console.error("the verifier loaded modules outside its package:", outside); process.exit(1); }
  console.log("verifier entry point loads alone and answers NO_CERTIFICATE for an absent header");
' "$work/ca.pem"

echo "-- the package loads only the azapi bindings its own code requires"
# The package exports AzapiProvider by name; the other generated bindings stay unloaded
# unless the library's own code requires them.
node -e '
  const fs = require("fs");
  const path = require("path");
  const root = path.dirname(require.resolve("cdktf-azure-appgw-mtls/package.json"));
  const gen = path.join(root, "build", ".gen", "providers", "azapi");
  const loadedBindings = () => Object.keys(require.cache).filter((f) => f.startsWith(gen + path.sep)).sort();
  const requiredByLib = new Set();
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return walk(file);
    if (!file.endsWith(".js")) return;
    for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/require\("(\.[^"]*\/\.gen\/providers\/azapi\/[^"]+)"\)/g)) {
      requiredByLib.add(require.resolve(path.resolve(path.dirname(file), spec)));
    }
  });
  walk(path.join(root, "build", "lib"));
  const { AzapiProvider } = require("cdktf-azure-appgw-mtls");
  const loaded = loadedBindings();
  const expected = [...requiredByLib].sort();
  const rel = (files) => files.map((f) => path.relative(gen, f)).join(", ");
  if (JSON.stringify(loaded) !== JSON.stringify(expected)) {
    console.error(`consumer test FAILED: require() loaded azapi bindings [${rel(loaded)}], the library requires [${rel(expected)}]`);
    process.exit(1);
  }
  if (typeof AzapiProvider !== "function") {
    console.error("consumer test FAILED: AzapiProvider is not exported as a class");
    process.exit(1);
  }
  console.log(`require() loaded ${rel(loaded)}, the bindings the library requires; AzapiProvider is exported`);
'
echo "-- ARM to code: npx appgw-mtls-import on a sample gateway (the quickstart's, as a GET returns it)"
cd "$app"
npx appgw-mtls-import "$repo/__tests__/fixtures/adopt/quickstart-gateway.json" > adopted.ts 2> adopted.report
cat adopted.report
npx tsc --noEmit -p .   # the generated app compiles beside the app's own files
CDKTF_OUTDIR=adopted.out npx tsx adopted.ts
node -e '
  const tf = JSON.parse(require("fs").readFileSync("adopted.out/stacks/mtlsAppGw/cdk.tf.json", "utf8"));
  const to = (tf.import || []).map((i) => i.to.split(".")[0]).sort().join(",");
  if (to !== "azurerm_application_gateway,azurerm_public_ip") { console.error(`consumer test FAILED: import blocks for [${to}]`); process.exit(1); }
  if (Object.keys(tf.resource.azurerm_application_gateway || {}).length !== 1) { console.error("consumer test FAILED: no gateway in the adopted app"); process.exit(1); }
  console.log("the adopted app compiles, synthesizes one gateway and imports it with its public IP");
'
echo "consumer test passed in $(elapsed)"
