#!/usr/bin/env bash
# Consumer test of the cdktn flavour: what a CDK Terrain user gets from `npm install`.
# Packs the flavour's tree (build/.cdktn, from `npm run build:cdktn`), installs the tarball
# into a new TypeScript app with cdktn's peers and the `overrides` entry the README shows
# (no --force, no --legacy-peer-deps), compiles main.ts's seed app there against the
# installed package (tsc), synthesizes it, and checks the seed's gateway: azurerm 4.73's
# argument names, the passthrough patch, and the same cdk.tf.json as the flavour's own synth;
# then writes the flavour README's new app there and follows its steps (scripts/readme-steps.js): the
# warning that matters most printed and failing the user's test, a Key Vault certificate, a strict
# second listener, the switch to the single azapi_resource with the same snapshot, a path-based rule.
# The app's node_modules holds no cdktf package, so nothing it runs can load one.
#
#   bash scripts/consumer-test-cdktn.sh        (KEEP_CONSUMER_DIR=1 keeps the temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."
tree="$PWD/build/.cdktn"
start=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - start) / 1000000 )) ms"; }

work="$(mktemp -d "${TMPDIR:-/tmp}/appgw-mtls-cdktn-consumer.XXXXXX")"
cleanup() {
  if [ "${KEEP_CONSUMER_DIR:-}" = 1 ]; then echo "consumer app kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

test -s "$tree/build/lib/index.js" && test -s "$tree/.jsii" || { echo "cdktn consumer test: no build; run 'npm run build:cdktn' first" >&2; exit 1; }
expected="$tree/cdktf.out/stacks/mtls-passthrough/cdk.tf.json"
if [ ! -s "$expected" ]; then (cd "$tree" && npm run --silent synth > /dev/null); fi

echo "-- npm pack (build/.cdktn)"
tarball="$(cd "$tree" && npm pack --ignore-scripts --json --pack-destination "$work" | node -e '
  const [r] = JSON.parse(require("fs").readFileSync(0, "utf8"));
  console.error(`packed ${r.filename}: ${r.size} bytes packed, ${r.unpackedSize} bytes unpacked, ${r.entryCount} files`);
  console.log(r.filename);
')"
test -s "$work/$tarball"

echo "-- a new cdktn app: the tarball, its peers, and the overrides entry"
app="$work/app"
mkdir -p "$app"
# The peers and `overrides` as the packed package.json states them (the README shows the same).
tsx="$(sed -n 's/.* tsx@\([0-9.]*\) .*/\1/p' "$tree/README.md" | head -1)"
test -n "$tsx" || { echo "cdktn consumer test: the README installs no tsx@<version>" >&2; exit 1; }
node -e '
  const [tarball, out, tsx] = process.argv.slice(1);
  const pkg = JSON.parse(require("child_process").execFileSync("tar", ["-xOzf", tarball, "package/package.json"], { encoding: "utf8" }));
  const app = {
    name: "cdktn-consumer-app",
    version: "1.0.0",
    private: true,
    dependencies: { [pkg.name]: `file:${tarball}`, ...pkg.peerDependencies },
    // The new app of the README runs main.ts with tsx and its test with jest on @swc/jest (tsx: the README version; the others: the package versions).
    devDependencies: {
      typescript: pkg.devDependencies.typescript, "@types/node": pkg.devDependencies["@types/node"], tsx,
      ...Object.fromEntries(["jest", "@types/jest", "@swc/core", "@swc/jest"].map((n) => [n, pkg.devDependencies[n]])),
    },
    overrides: pkg.overrides,
  };
  require("fs").writeFileSync(out, JSON.stringify(app, null, 2) + "\n");
  console.log(pkg.name);
' "$work/$tarball" "$app/package.json" "$tsx" > "$work/name"
pkgname="$(cat "$work/name")"
cat "$app/package.json"
cd "$app"
npm install --prefer-offline --no-audit --no-fund --loglevel=error
echo "installed ($(elapsed) so far)"
if [ -e node_modules/cdktf ] || [ -e node_modules/@cdktf ]; then echo "cdktn consumer test FAILED: a cdktf package was installed" >&2; exit 1; fi

echo "-- main.ts's seed app, importing the package (tsc against its declarations)"
sed -e "s#from \"./lib\"#from \"$pkgname\"#" "$tree/main.ts" > main.ts
grep -q "from \"$pkgname\"" main.ts || { echo "cdktn consumer test FAILED: main.ts does not import ./lib" >&2; exit 1; }
cat > tsconfig.json <<'EOF'
{ "compilerOptions": { "target": "ES2022", "module": "commonjs", "strict": true, "skipLibCheck": true, "types": ["node"] }, "files": ["main.ts"] }
EOF
npx tsc -p .

echo "-- synth"
CHECKPOINT_DISABLE=1 node main.js
node - "$expected" "$pkgname" <<'EOF'
// The seed's gateway, as the flavour's own synth writes it, and nothing of cdktf loaded.
const fs = require("fs");
const [expectedFile, pkgname] = process.argv.slice(2);
const file = "cdktf.out/stacks/mtls-passthrough/cdk.tf.json";
const fail = (msg) => { console.error(`cdktn consumer test FAILED: ${msg}`); process.exit(1); };
if (!fs.existsSync(file)) fail(`${file} was not written`);
const tf = JSON.parse(fs.readFileSync(file, "utf8"));
const only = (type) => {
  const all = Object.entries((tf.resource || {})[type] || {});
  if (all.length !== 1) fail(`expected 1 ${type}, found ${all.length}`);
  return all[0];
};
const [gwKey, gw] = only("azurerm_application_gateway");
const [, patch] = only("azapi_update_resource");
if (gw.name !== "mtlsAppGw") fail(`the gateway is ${gw.name}, not the seed's mtlsAppGw`);
const profile = (gw.ssl_profile || []).find((p) => p.name === "sslnotrustedcert");
if (!profile) fail("the gateway has no SSL profile sslnotrustedcert");
if (profile.verify_client_certificate_issuer_dn !== false || "verify_client_cert_issuer_dn" in profile) {
  fail(`ssl_profile ${JSON.stringify(profile)}: azurerm 4.73 writes verify_client_certificate_issuer_dn, not the deprecated name`);
}
const mode = (patch.body.properties.sslProfiles.find((p) => p.name === "sslnotrustedcert") || {}).properties;
if (mode?.clientAuthConfiguration?.verifyClientAuthMode !== "Passthrough") fail(`the patch sets ${JSON.stringify(mode)}`);
if (!String(patch.resource_id).includes(`azurerm_application_gateway.${gwKey}.id`)) fail(`patch resource_id is ${patch.resource_id}`);
const providers = (tf.terraform || {}).required_providers || {};
if (providers.azurerm?.version !== "4.73.0" || !providers.azapi) fail(`required_providers ${JSON.stringify(providers)}`);
const expected = fs.readFileSync(expectedFile, "utf8");
if (fs.readFileSync(file, "utf8") !== expected) fail(`${file} differs from the flavour's own synth (${expectedFile})`);
console.log(`synthesized ${file}: the seed's gateway (azurerm 4.73.0, verify_client_certificate_issuer_dn) and its passthrough patch, byte-identical to the flavour's own synth`);
EOF
echo "-- the README's new app (the cdktn package's README): its files, then its steps' code and commands"
# The seed's compiled main.js would shadow the README's main.ts for jest's `./main`.
rm -f main.js
node "$tree/scripts/readme-commands.js" files "2. The files" "$app"
grep -q "from \"$pkgname/testing\"" main.test.ts || { echo "cdktn consumer test FAILED: the README's test does not import $pkgname/testing" >&2; exit 1; }
# Its steps from "3. Synthesize and test" on, as in the cdktf consumer test (scripts/readme-steps.js).
node "$tree/scripts/readme-steps.js" run "$app"
test -s "$app/__snapshots__/main.test.ts.snap" || { echo "cdktn consumer test FAILED: the user's snapshot test wrote no snapshot" >&2; exit 1; }
echo "cdktn consumer test passed in $(elapsed)"
