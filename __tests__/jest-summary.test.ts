// The end of .ci/run: a failure is reported by file and test name, never reduced to a count.
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { summarize } = require("../scripts/jest-summary.js");

const suite = (file: string, status: string, tests: [string, string][], message = "") => ({
  name: path.join(process.cwd(), file),
  status,
  message,
  assertionResults: tests.map(([fullName, s]) => ({ fullName, status: s })),
});

describe("the CI summary", () => {
  const run = {
    numTotalTests: 4,
    numPassedTests: 2,
    numFailedTests: 1,
    numPendingTests: 1,
    numRuntimeErrorTestSuites: 1,
    testResults: [
      suite("__tests__/a.test.ts", "failed", [["escaping '+' written as %20", "failed"], ["accepts", "passed"]]),
      suite("__tests__/b.test.ts", "failed", [], "\n  Cannot find module './gone'\n  at x"),
      suite("__tests__/c.test.ts", "passed", [["ok", "passed"], ["later", "pending"]]),
    ],
  };

  test("names every failed test and every file that failed to run, then the plain totals line last", () => {
    const { lines, passed, failed } = summarize(0, [{ name: "cdktn", result: run }]);
    expect(lines).toEqual([
      "cdktn: 2 passed, 2 failed, 1 skipped",
      "  FAILED cdktn: __tests__/a.test.ts > escaping '+' written as %20",
      "  FAILED cdktn: __tests__/b.test.ts > (the file failed to run: Cannot find module './gone')",
      "2 passed, 2 failed",
    ]);
    expect([passed, failed]).toEqual([2, 2]);
  });

  test("a run without a result and a failed step before the tests each count as one failure", () => {
    expect(summarize(1, [{ name: "cdktf", result: undefined }]).lines).toEqual([
      "cdktf: jest wrote no result or ran no test",
      "0 passed, 2 failed",
    ]);
  });
});
