// jest-circus, skipping a test file when none of its tests is asked for (docs/MUTATION.md, "Cost").
//
// For each mutant, Stryker's jest runner runs jest with a testNamePattern naming the tests that cover
// the mutant, and jest loads every test file to find them: about a second per file (its PKI, jest's
// expect, the file's describe blocks), most of a mutant's cost when its tests are in one file. Here
// the first, unfiltered run (Stryker's dry run) records each file's test names in $MUTATION_TEST_NAMES;
// a later run with a pattern that matches none of a file's recorded names reports them skipped for
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

/**
 * What jest itself reports for a file whose tests the pattern all leaves out: each recorded test
 * "pending" (skipped). Not an empty list: jest fails a file with no test results ("Your test suite
 * must contain at least one test"), and Stryker then drops the mutant from the score as an error.
 */
function skippedResult(testPath, names) {
  return {
    leaks: false,
    numFailingTests: 0,
    numPassingTests: 0,
    numPendingTests: names.length,
    numTodoTests: 0,
    openHandles: [],
    perfStats: { end: 0, runtime: 0, slow: false, start: 0 },
    skipped: true,
    snapshot: { added: 0, fileDeleted: false, matched: 0, unchecked: 0, uncheckedKeys: [], unmatched: 0, updated: 0 },
    testFilePath: testPath,
    testResults: names.map((name) => ({
      ancestorTitles: [],
      duration: 0,
      failureDetails: [],
      failureMessages: [],
      fullName: name,
      numPassingAsserts: 0,
      status: "pending",
      title: name,
    })),
  };
}

module.exports = async function jestCircusFileFilter(globalConfig, config, environment, runtime, testPath, sendMessageToJest) {
  if (dir && globalConfig.testNamePattern) {
    const names = recordedNames(testPath);
    // jest matches testNamePattern case-insensitively against "describe … test" (the result's fullName).
    const pattern = new RegExp(globalConfig.testNamePattern, "i");
    if (names && names.length > 0 && !names.some((name) => pattern.test(name))) return skippedResult(testPath, names);
  }
  const result = await circus(globalConfig, config, environment, runtime, testPath, sendMessageToJest);
  if (dir && !globalConfig.testNamePattern) {
    fs.writeFileSync(record(testPath), JSON.stringify(result.testResults.map((r) => r.fullName)));
  }
  return result;
};
