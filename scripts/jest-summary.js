#!/usr/bin/env node
// The end of .ci/run: one line per jest run (with its skipped tests), every failed test by
// file and name (never only a count), then the plain "N passed, N failed" line, last.
//   node scripts/jest-summary.js <failed steps> <run name>=<jest --json output file> ...
// Exits 1 when anything failed.
const path = require("path");

/** Lines to print and the totals, from jest's --json results (undefined: the run wrote none). */
function summarize(stepFailures, runs) {
  const lines = [];
  let passed = 0;
  let failed = stepFailures;
  for (const { name, result: r } of runs) {
    if (!r || r.numTotalTests === 0) {
      lines.push(`${name}: jest wrote no result or ran no test`);
      failed += 1;
      continue;
    }
    const f = r.numFailedTests + r.numRuntimeErrorTestSuites;
    lines.push(`${name}: ${r.numPassedTests} passed, ${f} failed, ${r.numPendingTests} skipped`);
    for (const suite of r.testResults) {
      const file = path.relative(process.cwd(), suite.name);
      const names = suite.assertionResults.filter((a) => a.status === "failed").map((a) => a.fullName);
      // A file that failed to load or threw outside a test has no failed test names.
      if (names.length === 0 && suite.status === "failed") {
        names.push(`(the file failed to run: ${(suite.message || "").split("\n").map((l) => l.trim()).find(Boolean) || "no message"})`);
      }
      for (const test of names) lines.push(`  FAILED ${name}: ${file} > ${test}`);
    }
    passed += r.numPassedTests;
    failed += f;
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return { lines, passed, failed };
}

if (require.main === module) {
  const [stepFailures, ...files] = process.argv.slice(2);
  const runs = files.map((arg) => {
    const at = arg.indexOf("=");
    let result;
    try {
      result = require(path.resolve(arg.slice(at + 1)));
    } catch {
      result = undefined;
    }
    return { name: arg.slice(0, at), result };
  });
  const { lines, failed } = summarize(Number(stepFailures), runs);
  console.log(lines.join("\n"));
  process.exit(failed > 0 ? 1 : 0);
}

module.exports = { summarize };
