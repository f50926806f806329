#!/usr/bin/env bash
# What a maintainer publishes from a clean checkout: clones this commit (HEAD) into an empty
# temporary folder, runs `npm ci` (which must not build: the package has no `prepare`), then
# `npm pack`, whose prepack hook builds; runs the package tests on that tarball
# (__tests__/package with PACKED_TARBALL) and checks its entry points resolve in an app's
# node_modules both ways: through `exports` (Node's require and import, TypeScript's node16 and
# bundler resolution) and through verifier/package.json (TypeScript's node10 resolution).
# The cdktn flavour: in the same clone `npm run build:cdktn`, then `npm pack` in build/.cdktn
# (its prepack builds the tree again), and the same checks.
#
#   bash scripts/pack-clean-clone.sh <cdktf|cdktn> [<jest --json output file>]
#   exit 0: all passed; 3: the package tests failed; 1 (or npm's code): anything else
#   (KEEP_CLEAN_CLONE=1 keeps the temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
flavour="${1:?usage: bash scripts/pack-clean-clone.sh <cdktf|cdktn> [jest json file]}"
json="${2:-}"
case "$flavour" in cdktf | cdktn) ;; *) echo "pack-clean-clone: unknown flavour $flavour" >&2; exit 2 ;; esac
start=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - start) / 1000 / 1000 / 1000 )) s"; }

work="$(mktemp -d "${TMPDIR:-/tmp}/appgw-mtls-clean-pack.XXXXXX")"
cleanup() {
  if [ "${KEEP_CLEAN_CLONE:-}" = 1 ]; then echo "clean clone kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "-- a clean clone of $(git rev-parse --short HEAD)"
git clone -q "$repo" "$work/repo"
git -C "$work/repo" checkout -q "$(git rev-parse HEAD)"
cd "$work/repo"
npm ci --no-audit --no-fund --loglevel=error
# npm ci runs no build: a `prepare` script would make every install of a git dependency and
# every CI install pay for jsii.
if [ -e build ] || [ -e .jsii ]; then echo "pack-clean-clone FAILED: npm ci built something (build/ or .jsii exists)" >&2; exit 1; fi
echo "npm ci in $(elapsed)"

tree="$work/repo"
if [ "$flavour" = cdktn ]; then
  npm run --silent build:cdktn > "$work/build-cdktn.log" 2>&1 || { tail -40 "$work/build-cdktn.log"; echo "pack-clean-clone FAILED: npm run build:cdktn" >&2; exit 1; }
  tree="$work/repo/build/.cdktn"
  echo "npm run build:cdktn in $(elapsed) so far"
fi

echo "-- npm pack ($flavour), prepack building first"
mkdir -p "$work/packed"
# (Not --json: the build's output goes to stdout too.)
(cd "$tree" && npm pack --pack-destination "$work/packed" > "$work/pack.log" 2>&1) \
  || { tail -40 "$work/pack.log"; echo "pack-clean-clone FAILED: npm pack" >&2; exit 1; }
grep -q "^> npm run build" "$work/pack.log" || { echo "pack-clean-clone FAILED: npm pack ran no build (no prepack)" >&2; exit 1; }
tarballs=("$work/packed"/*.tgz)
[ "${#tarballs[@]}" = 1 ] && [ -s "${tarballs[0]}" ] || { echo "pack-clean-clone FAILED: npm pack wrote ${tarballs[*]}" >&2; exit 1; }
tarball="${tarballs[0]}"
name="$(tar -xOzf "$tarball" package/package.json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).name')"
echo "packed $(basename "$tarball") ($(stat -c %s "$tarball") bytes) in $(elapsed) so far"

echo "-- the package tests on the tarball"
jest_args=(--ci)
[ -n "$json" ] && jest_args+=(--json "--outputFile=$json")
status=0
if [ "$flavour" = cdktn ]; then
  (cd "$tree" && TEST_PACKAGE=1 PACKED_TARBALL="$tarball" npx jest --config jest.cdktn.config.js "${jest_args[@]}" __tests__/package) || status=$?
else
  (cd "$tree" && TEST_PACKAGE=1 PACKED_TARBALL="$tarball" npx jest "${jest_args[@]}" __tests__/package) || status=$?
fi

echo "-- $name's entry points in an app's node_modules"
app="$work/app"
mkdir -p "$app/node_modules/$name"
tar -xzf "$tarball" -C "$app/node_modules/$name" --strip-components=1
cd "$app"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=clean-pack-ca -days 1 \
  -addext basicConstraints=critical,CA:TRUE -keyout ca.key -out ca.pem 2>/dev/null
# Resolution only for the root and package.json (their peers are not installed here); the verifier loads.
node - "$name" <<'EOF'
const name = process.argv[2];
const fail = (msg) => { console.error(`pack-clean-clone FAILED: ${msg}`); process.exit(1); };
const at = (spec) => require.resolve(spec).replace(`${process.cwd()}/node_modules/${name}/`, "");
const expected = { [name]: "build/lib/index.js", [`${name}/verifier`]: "build/verifier/index.js", [`${name}/package.json`]: "package.json", [`${name}/.jsii`]: ".jsii" };
for (const [spec, file] of Object.entries(expected)) if (at(spec) !== file) fail(`require.resolve("${spec}") is ${at(spec)}, not ${file}`);
try {
  require.resolve(`${name}/build/lib/index.js`);
  fail("a deep import of build/ resolves: exports should close it");
} catch (e) {
  if (e.code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") throw e;
}
const v = require(`${name}/verifier`);
const r = new v.ClientCertificateVerifier({ trustAnchors: require("fs").readFileSync("ca.pem", "utf8") }).verifyHeader(undefined);
if (r.reason !== v.Reason.NO_CERTIFICATE) fail(`require: the verifier answered ${JSON.stringify(r)}`);
console.log(`require: ${Object.keys(expected).join(", ")} resolve through exports; ${name}/build/... is closed; the verifier answers`);
EOF
node --input-type=module - "$name" <<'EOF'
const name = process.argv[2];
const { ClientCertificateVerifier, Reason } = await import(`${name}/verifier`);
const { readFileSync } = await import("node:fs");
const r = new ClientCertificateVerifier({ trustAnchors: readFileSync("ca.pem", "utf8") }).verifyHeader(undefined);
if (r.reason !== Reason.NO_CERTIFICATE) { console.error(`pack-clean-clone FAILED: import: ${JSON.stringify(r)}`); process.exit(1); }
console.log(`import: ${name}/verifier loads as an ES module import, named exports included`);
EOF
cat > use.ts <<EOF
import { ClientCertificateVerifier, Reason, type VerificationResult } from "$name/verifier";
export const result: VerificationResult = new ClientCertificateVerifier({ trustAnchors: "" }).verifyHeader(undefined);
export const noCertificate: string = Reason.NO_CERTIFICATE;
EOF
for resolution in node10:commonjs node16:node16 bundler:esnext; do
  cat > tsconfig.json <<EOF
{ "compilerOptions": { "strict": true, "noEmit": true, "skipLibCheck": false, "types": ["node"],
  "typeRoots": ["$work/repo/node_modules/@types"],
  "moduleResolution": "${resolution%%:*}", "module": "${resolution##*:}", "target": "ES2022" }, "files": ["use.ts"] }
EOF
  "$work/repo/node_modules/.bin/tsc" -p . --traceResolution > trace.log || { cat trace.log | grep -v "^=\|^Module\|^File\|^Resolving\|^Loading\|^Directory" | tail -20; echo "pack-clean-clone FAILED: tsc with moduleResolution ${resolution%%:*}" >&2; exit 1; }
  how="$(grep -o "'$name/verifier' was successfully resolved to '[^']*'" trace.log | head -1 | sed "s#$app/node_modules/$name/##")"
  [ -n "$how" ] || { echo "pack-clean-clone FAILED: tsc ${resolution%%:*} did not resolve $name/verifier" >&2; exit 1; }
  # node10 knows no exports: it must find verifier/package.json; node16 and bundler read exports.
  case "${resolution%%:*}" in node10) via="verifier/package.json" ;; *) via="exports" ;; esac
  grep -q "$via" trace.log || { echo "pack-clean-clone FAILED: tsc ${resolution%%:*} did not resolve $name/verifier through $via" >&2; exit 1; }
  echo "tsc (moduleResolution ${resolution%%:*}, through $via): $how"
done

echo "pack-clean-clone ($flavour): done in $(elapsed)"
# 3: only the package tests failed (their jest results say which); any other failure exited 1 above.
if [ "$status" != 0 ]; then echo "pack-clean-clone ($flavour): the package tests on the tarball FAILED" >&2; exit 3; fi
