#!/usr/bin/env bash
# What a maintainer publishes from a clean checkout: clones this commit (HEAD) into an empty
# temporary folder, runs `npm ci` (which must not build: the package has no `prepare`), then
# `npm pack`, whose prepack hook builds; runs the package tests on that tarball
# (__tests__/package with PACKED_TARBALL) and checks its entry points resolve in an app's
# node_modules both ways: through `exports` (Node's require and import, TypeScript's node16 and
# bundler resolution) and through verifier/package.json (TypeScript's node10 resolution).
# The cdktn flavour, in the same clone: `node scripts/build-flavour.js cdktn --no-build` (its tree
# in build/.cdktn, installed, its azapi bindings generated, not built), then `npm pack` in
# build/.cdktn, whose prepack builds, and the same checks.
#
#   bash scripts/pack-clean-clone.sh [cdktf] [cdktn]      (default: both)
#   JEST_JSON_DIR=<dir>: each flavour's package tests write <dir>/jest-clean-clone-<flavour>.json
#   KEEP_CLEAN_CLONE=1 keeps the temporary folder
#   exit 0: all passed; 3: only package tests failed (their jest results say which); 1: anything else
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
flavours=("$@")
[ "${#flavours[@]}" -gt 0 ] || flavours=(cdktf cdktn)
for f in "${flavours[@]}"; do
  case "$f" in cdktf | cdktn) ;; *) echo "usage: bash scripts/pack-clean-clone.sh [cdktf] [cdktn]; unknown flavour $f" >&2; exit 2 ;; esac
done
start=$(date +%s%N)
elapsed() { echo "$(( ($(date +%s%N) - start) / 1000 / 1000 / 1000 )) s"; }
fail() { echo "pack-clean-clone FAILED: $*" >&2; exit 1; }

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
if [ -e build ] || [ -e .jsii ]; then fail "npm ci built something (build/ or .jsii exists)"; fi
echo "npm ci in $(elapsed)"

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=clean-pack-ca -days 1 \
  -addext basicConstraints=critical,CA:TRUE -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
tsc="$work/repo/node_modules/.bin/tsc"
types="$work/repo/node_modules/@types"

# Node's view of the package in an app's node_modules: exports, a closed deep import, the verifier loading.
resolve_js='
const name = process.argv[1];
const fail = (msg) => { console.error(`pack-clean-clone FAILED: ${msg}`); process.exit(1); };
const at = (spec) => require.resolve(spec).replace(`${process.cwd()}/node_modules/${name}/`, "");
// Resolution only for the root and package.json (their peers are not installed here); the verifier loads.
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
'
import_mjs='
const name = process.argv[1];
const { ClientCertificateVerifier, Reason } = await import(`${name}/verifier`);
const { readFileSync } = await import("node:fs");
const r = new ClientCertificateVerifier({ trustAnchors: readFileSync("ca.pem", "utf8") }).verifyHeader(undefined);
if (r.reason !== Reason.NO_CERTIFICATE) { console.error(`pack-clean-clone FAILED: import: ${JSON.stringify(r)}`); process.exit(1); }
console.log(`import: ${name}/verifier loads as an ES module import, named exports included`);
'

# The package tests on the tarball; then its entry points from an app's node_modules.
check_tarball() {
  local flavour="$1" tree="$2" tarball="$3" name="$4" status=0
  echo "-- the package tests on the tarball"
  local jest_args=(--ci)
  if [ -n "${JEST_JSON_DIR:-}" ]; then jest_args+=(--json "--outputFile=$JEST_JSON_DIR/jest-clean-clone-$flavour.json"); fi
  if [ "$flavour" = cdktn ]; then jest_args+=(--config jest.cdktn.config.js); fi
  (cd "$tree" && TEST_PACKAGE=1 PACKED_TARBALL="$tarball" npx jest "${jest_args[@]}" __tests__/package) || status=$?

  echo "-- $name's entry points in an app's node_modules"
  local app="$work/app-$flavour"
  # (Called in an `||` list, where set -e does not hold: every step fails by itself.)
  mkdir -p "$app/node_modules/$name" && tar -xzf "$tarball" -C "$app/node_modules/$name" --strip-components=1 \
    && cp "$work/ca.pem" "$app/ca.pem" || fail "$name: extracting the tarball into an app"
  (cd "$app" && node -e "$resolve_js" "$name") || fail "$name: require"
  (cd "$app" && node --input-type=module -e "$import_mjs" "$name") || fail "$name: import"
  cat > "$app/use.ts" <<EOF || fail "writing use.ts"
import { ClientCertificateVerifier, Reason, type VerificationResult } from "$name/verifier";
export const result: VerificationResult = new ClientCertificateVerifier({ trustAnchors: "" }).verifyHeader(undefined);
export const noCertificate: string = Reason.NO_CERTIFICATE;
EOF
  local resolution via how
  for resolution in node10:commonjs node16:node16 bundler:esnext; do
    cat > "$app/tsconfig.json" <<EOF || fail "writing tsconfig.json"
{ "compilerOptions": { "strict": true, "noEmit": true, "skipLibCheck": true, "types": ["node"], "typeRoots": ["$types"],
  "moduleResolution": "${resolution%%:*}", "module": "${resolution##*:}", "target": "ES2022" }, "files": ["use.ts"] }
EOF
    (cd "$app" && "$tsc" -p . --traceResolution > trace.log) \
      || { grep "error TS" "$app/trace.log" | head -20; fail "tsc with moduleResolution ${resolution%%:*}"; }
    how="$(grep -o "'$name/verifier' was successfully resolved to '[^']*'" "$app/trace.log" | head -1 | sed "s#$app/node_modules/$name/##")"
    [ -n "$how" ] || fail "tsc ${resolution%%:*} did not resolve $name/verifier"
    # node10 knows no exports: it must find verifier/package.json; node16 and bundler read exports.
    case "${resolution%%:*}" in node10) via="verifier/package.json" ;; *) via="exports" ;; esac
    grep -q "$via" "$app/trace.log" || fail "tsc ${resolution%%:*} did not resolve $name/verifier through $via"
    echo "tsc (moduleResolution ${resolution%%:*}, through $via): $how"
  done
  return "$status"
}

failed_tests=0
for flavour in "${flavours[@]}"; do
  tree="$work/repo"
  if [ "$flavour" = cdktn ]; then
    echo "-- the cdktn tree, installed, not built (build-flavour.js --no-build)"
    node scripts/build-flavour.js cdktn --no-build > "$work/tree-cdktn.log" 2>&1 \
      || { tail -40 "$work/tree-cdktn.log"; fail "node scripts/build-flavour.js cdktn --no-build"; }
    tree="$work/repo/build/.cdktn"
    if [ -e "$tree/build" ] || [ -e "$tree/.jsii" ]; then fail "the cdktn tree is built before npm pack"; fi
    echo "the cdktn tree in $(elapsed) so far"
  fi
  echo "-- npm pack ($flavour), prepack building first"
  mkdir -p "$work/packed-$flavour"
  # (Not --json: the build's output goes to stdout too.)
  (cd "$tree" && npm pack --pack-destination "$work/packed-$flavour" > "$work/pack-$flavour.log" 2>&1) \
    || { tail -40 "$work/pack-$flavour.log"; fail "npm pack ($flavour)"; }
  grep -q "^> npm run build" "$work/pack-$flavour.log" || fail "npm pack ($flavour) ran no build (no prepack)"
  tarballs=("$work/packed-$flavour"/*.tgz)
  { [ "${#tarballs[@]}" = 1 ] && [ -s "${tarballs[0]}" ]; } || fail "npm pack ($flavour) wrote ${tarballs[*]}"
  tarball="${tarballs[0]}"
  name="$(tar -xOzf "$tarball" package/package.json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).name')"
  echo "packed $(basename "$tarball") ($(stat -c %s "$tarball") bytes) in $(elapsed) so far"
  check_tarball "$flavour" "$tree" "$tarball" "$name" || failed_tests=1
  echo "pack-clean-clone ($flavour): done, $(elapsed) so far"
done

if [ "$failed_tests" != 0 ]; then echo "pack-clean-clone: the package tests on a tarball FAILED" >&2; exit 3; fi
echo "pack-clean-clone (${flavours[*]}): passed in $(elapsed)"
