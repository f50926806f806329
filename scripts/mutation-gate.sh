#!/usr/bin/env bash
# The verifier's mutation gate (issue 27, docs/MUTATION.md): installs StrykerJS from
# .ci/mutation/package-lock.json, runs the verifier's mutation run once (incremental mode stays off,
# one test runner, niced), and ends with one line: the score against the 90 % break threshold.
# Exit 0 at 90 % or more, 1 below it or when the run itself fails. Extra arguments go to Stryker
# (e.g. --mutate src/verifier/header.ts to try the gate on one file).
set -uo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s)
npm ci --prefix .ci/mutation --no-audit --no-fund >/dev/null || { echo "verifier mutation gate: FAILED: npm ci --prefix .ci/mutation"; exit 1; }
rm -f reports/mutation/verifier.json
nice -n 10 .ci/mutation/node_modules/.bin/stryker run .ci/mutation/stryker.config.mjs --concurrency 1 --reporters clear-text,json "$@"
rc=$?
score="$(node -e '
  const r = require("./reports/mutation/verifier.json");
  const n = (s) => Object.values(r.files).flatMap((f) => f.mutants).filter((m) => s.includes(m.status)).length;
  const detected = n(["Killed", "Timeout"]), total = detected + n(["Survived", "NoCoverage"]);
  console.log(`${(100 * detected / total).toFixed(2)} % (${detected} of ${total} mutants detected)`);
' 2>/dev/null || echo "unknown (no report)")"
seconds=$(( $(date +%s) - t0 ))
if [ "$rc" = 0 ]; then
  echo "verifier mutation gate: ok: score ${score}, at least 90 %, in ${seconds} s"
else
  echo "verifier mutation gate: FAILED: score ${score}, under 90 % or the run failed (exit ${rc}), in ${seconds} s"
  exit 1
fi
