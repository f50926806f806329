#!/usr/bin/env bash
# Consumer test: what a user gets from `npm install`. Packs the library (needs
# `npm run build` first), installs the tarball with its peer dependencies into a
# new app in a temporary folder, declares an mTLS passthrough gateway there with
# the package's public exports only, synthesizes, and checks that the gateway and
# the azapi passthrough patch are in the Terraform JSON. Exits non-zero on failure.
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

echo "-- install the tarball and its peer dependencies into a new app"
app="$work/app"
mkdir -p "$app"
cd "$app"
npm init -y > /dev/null
npm install --prefer-offline --no-audit --no-fund --loglevel=error \
  "$work/$tarball" cdktf@0.21.0 constructs@10.4.2 @cdktf/provider-azurerm@14.23.1
echo "installed ($(elapsed) so far)"

cat > main.js <<'EOF'
// A user's app: an mTLS passthrough gateway in a few lines, public exports only.
const { AzurermProvider } = require("@cdktf/provider-azurerm/lib/provider");
const { App, TerraformStack, TerraformVariable } = require("cdktf");
const {
  azapi, ClientAuthentication, GatewayNetwork, ListenerCertificate, MtlsApplicationGateway,
} = require("cdktf-azure-appgw-mtls");

const app = new App();
const stack = new TerraformStack(app, "edge");
new AzurermProvider(stack, "azurerm", { features: [{}] });
new azapi.provider.AzapiProvider(stack, "azapi", {});
const secret = (name) => new TerraformVariable(stack, name, { type: "string", sensitive: true }).stringValue;

const network = new GatewayNetwork(stack, "Network", { name: "edge-vnet", resourceGroupName: "rg-edge", location: "westeurope" });
const gateway = new MtlsApplicationGateway(stack, "Gateway", {
  name: "edge-agw", resourceGroupName: "rg-edge", location: "westeurope", subnet: network.gatewaySubnet,
});
const mtls = gateway.addSslProfile("mtls", { clientAuthentication: ClientAuthentication.passthrough() });
const listener = gateway.addHttpsListener("https", {
  certificate: ListenerCertificate.fromPfx("edge-cert", { data: secret("pfx_base64"), password: secret("pfx_password") }),
  sslProfile: mtls,
});
const pool = gateway.addBackendPool("app", { fqdns: ["my-app.azurewebsites.net"] });
const settings = gateway.addBackendSettings("app-https");
gateway.addRoutingRule("app", { priority: 100, listener, backendPool: pool, backendSettings: settings });
app.synth();
EOF

cat > check.js <<'EOF'
// Reads the synthesized stack and fails unless the gateway and the passthrough patch are there.
const fs = require("fs");
const file = "cdktf.out/stacks/edge/cdk.tf.json";
const fail = (msg) => { console.error(`consumer test FAILED: ${msg}`); process.exit(1); };
if (!fs.existsSync(file)) fail(`${file} was not written`);
const tf = JSON.parse(fs.readFileSync(file, "utf8"));
const resources = tf.resource || {};
const gateways = Object.entries(resources.azurerm_application_gateway || {});
if (gateways.length !== 1) fail(`expected 1 azurerm_application_gateway, found ${gateways.length}`);
const [gwKey, gw] = gateways[0];
if (!(gw.ssl_profile || []).some((p) => p.name === "mtls")) fail("the gateway has no SSL profile 'mtls'");
const patches = Object.values(resources.azapi_update_resource || {});
if (patches.length !== 1) fail(`expected 1 azapi_update_resource, found ${patches.length}`);
const patch = patches[0];
if (!/^Microsoft\.Network\/applicationGateways@/.test(patch.type)) fail(`patch type is ${patch.type}`);
if (!String(patch.resource_id).includes(`azurerm_application_gateway.${gwKey}.id`)) fail(`patch resource_id is ${patch.resource_id}`);
const profiles = ((patch.body || {}).properties || {}).sslProfiles || [];
const mode = profiles.filter((p) => p.name === "mtls").map((p) => p.properties.clientAuthConfiguration.verifyClientAuthMode);
if (mode[0] !== "Passthrough") fail(`patch body sets verifyClientAuthMode = ${JSON.stringify(mode)} for 'mtls'`);
if (!((tf.terraform || {}).required_providers || {}).azapi) fail("azapi is not in required_providers");
console.log(`synthesized ${file}: azurerm_application_gateway.${gwKey} and an azapi_update_resource setting verifyClientAuthMode = "Passthrough"`);
EOF

echo "-- synth"
CHECKPOINT_DISABLE=1 node main.js
node check.js

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
# The azapi index is lazy (scripts/lazy-azapi.js): the other bindings load when a
# user first touches them, e.g. azapi.dataAzapiResource.
node -e '
  const fs = require("fs");
  const path = require("path");
  const root = path.dirname(require.resolve("cdktf-azure-appgw-mtls/package.json"));
  const gen = path.join(root, "build", ".gen", "providers", "azapi");
  const loadedBindings = () => Object.keys(require.cache).filter((f) => f.startsWith(gen + path.sep)).sort();
  const requiredByLib = new Set([path.join(gen, "index.js")]);
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return walk(file);
    if (!file.endsWith(".js")) return;
    for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/require\("(\.[^"]*\/\.gen\/providers\/azapi\/[^"]+)"\)/g)) {
      requiredByLib.add(require.resolve(path.resolve(path.dirname(file), spec)));
    }
  });
  walk(path.join(root, "build", "lib"));
  const { azapi } = require("cdktf-azure-appgw-mtls");
  const loaded = loadedBindings();
  const expected = [...requiredByLib].sort();
  const rel = (files) => files.map((f) => path.relative(gen, f)).join(", ");
  if (JSON.stringify(loaded) !== JSON.stringify(expected)) {
    console.error(`consumer test FAILED: require() loaded azapi bindings [${rel(loaded)}], the library requires [${rel(expected)}]`);
    process.exit(1);
  }
  if (typeof azapi.dataAzapiResource.DataAzapiResource !== "function") {
    console.error("consumer test FAILED: azapi.dataAzapiResource.DataAzapiResource is not a class");
    process.exit(1);
  }
  console.log(`require() loaded ${rel(loaded)}; azapi.dataAzapiResource loads on first use`);
'
echo "consumer test passed in $(elapsed)"
