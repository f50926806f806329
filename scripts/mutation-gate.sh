#!/usr/bin/env bash
# The verifier's mutation gate (issue 27, docs/MUTATION.md): installs StrykerJS from
# .ci/mutation/package-lock.json and runs the verifier's mutation run against the committed baseline
# (.ci/mutation/verifier-incremental.json, Stryker's incremental mode): a mutant whose code and covering
# tests are unchanged since the baseline keeps its result, every other mutant is tested again. It ends
# with one line: the score against the 90 % break threshold, and how many results were reused.
# Exit 0 at 90 % or more, 1 below it or when the run itself fails.
#   --full       test every mutant again (no reuse; about an hour here, docs/MUTATION.md "Cost")
#   --baseline   a full run that rewrites the committed baseline (after changing src/verifier or its tests)
# Other arguments go to Stryker (e.g. --mutate src/verifier/header.ts to try the gate on one file).
set -uo pipefail
cd "$(dirname "$0")/.."
baseline=.ci/mutation/verifier-incremental.json
work=reports/mutation/incremental.json
mode=reuse
args=()
for a in "$@"; do
  case "$a" in
    --full) mode=full ;;
    --baseline) mode=baseline ;;
    *) args+=("$a") ;;
  esac
done
t0=$(date +%s)
npm ci --prefix .ci/mutation --no-audit --no-fund >/dev/null || { echo "verifier mutation gate: FAILED: npm ci --prefix .ci/mutation"; exit 1; }
mkdir -p reports/mutation
rm -f reports/mutation/verifier.json "$work"
case "$mode" in
  # The run reads and rewrites a copy, so the committed baseline changes only with --baseline.
  reuse) cp "$baseline" "$work"; incremental=(--incremental --incrementalFile "$work") ;;
  full) incremental=() ;;
  baseline) incremental=(--incremental --force --incrementalFile "$baseline") ;;
esac
log=reports/mutation/gate.log
nice -n 10 .ci/mutation/node_modules/.bin/stryker run .ci/mutation/stryker.config.mjs --concurrency 1 \
  --reporters clear-text,json "${incremental[@]}" "${args[@]}" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
score="$(node -e '
  const r = require("./reports/mutation/verifier.json");
  const n = (s) => Object.values(r.files).flatMap((f) => f.mutants).filter((m) => s.includes(m.status)).length;
  const detected = n(["Killed", "Timeout"]), total = detected + n(["Survived", "NoCoverage"]);
  console.log(`${(100 * detected / total).toFixed(2)} % (${detected} of ${total} mutants detected)`);
' 2>/dev/null || echo "unknown (no report)")"
# Stryker's own count of reused results ("N of M mutant result(s) are reused."), colour codes removed.
reused="$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -a -o '[0-9]* of [0-9]* mutant result(s) are reused' | tail -1)"
how="${mode}${reused:+, ${reused}}"
seconds=$(( $(date +%s) - t0 ))
if [ "$rc" = 0 ]; then
  echo "verifier mutation gate: ok: score ${score}, at least 90 %, in ${seconds} s (${how})"
else
  echo "verifier mutation gate: FAILED: score ${score}, under 90 % or the run failed (exit ${rc}), in ${seconds} s (${how})"
  exit 1
fi
