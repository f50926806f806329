// jest-circus, skipping a test file when none of its tests is asked for (docs/MUTATION.md, "Cost").
//
// For each mutant, Stryker's jest runner runs jest with a testNamePattern naming the tests that cover
// the mutant, and jest loads every test file to find them: about a second per file (its PKI, jest's
// expect, the file's describe blocks), most of a mutant's cost when its tests are in one file. Here
// the first, unfiltered run (Stryker's dry run) records each file's test names in $MUTATION_TEST_NAMES;
// a later run with a pattern that matches none of a file's recorded names returns an empty result for
// that file without loading it. A file not recorded, or any doubt, runs as usual.
// (Stryker accepts a custom runner with coverageAnalysis "perTest" only if its path names jest-circus.)
const fs = require("fs");
const path = require("path");
const circus = require("jest-circus/runner");

const dir = process.env.MUTATION_TEST_NAMES;
const record = (testPath) => path.join(dir, `${path.basename(testPath)}.json`);

function recordedNames(testPath) {
  try {
    return JSON.parse(fs.readFileSync(record(testPath), "utf8"));
  } catch {
    return undefined;
  }
}

function emptyResult(testPath) {
  return {
    leaks: false,
    numFailingTests: 0,
    numPassingTests: 0,
    numPendingTests: 0,
    numTodoTests: 0,
    openHandles: [],
    perfStats: { end: 0, runtime: 0, slow: false, start: 0 },
    skipped: true,
    snapshot: { added: 0, fileDeleted: false, matched: 0, unchecked: 0, uncheckedKeys: [], unmatched: 0, updated: 0 },
    testFilePath: testPath,
    testResults: [],
  };
}

module.exports = async function jestCircusFileFilter(globalConfig, config, environment, runtime, testPath, sendMessageToJest) {
  if (dir && globalConfig.testNamePattern) {
    const names = recordedNames(testPath);
    // jest matches testNamePattern case-insensitively against "describe … test" (the result's fullName).
    const pattern = new RegExp(globalConfig.testNamePattern, "i");
    if (names && !names.some((name) => pattern.test(name))) return emptyResult(testPath);
  }
  const result = await circus(globalConfig, config, environment, runtime, testPath, sendMessageToJest);
  if (dir && !globalConfig.testNamePattern) {
    fs.writeFileSync(record(testPath), JSON.stringify(result.testResults.map((r) => r.fullName)));
  }
  return result;
};
