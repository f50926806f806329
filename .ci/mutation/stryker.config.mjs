// Mutation testing of the backend verifier (src/verifier) with StrykerJS: `npm run mutation:verifier`
// from the repository root (docs/MUTATION.md). .ci/run fails under a 90 % score (thresholds.break),
// against the committed baseline .ci/mutation/verifier-incremental.json (scripts/mutation-gate.sh).
// Stryker is installed here, not in the package's devDependencies: `npm ci --prefix .ci/mutation`.
import * as path from "node:path";
import { prepareWorkDirs } from "./work-dirs.mjs";

const here = path.dirname(new URL(import.meta.url).pathname);

// Every jest run (one per mutant) starts from the PKI the first run made (__tests__/support/pki.ts),
// and skips the test files that hold none of the mutant's covering tests (jest-circus-file-filter.js);
// both in one temporary folder per run (work-dirs.mjs).
prepareWorkDirs({ pkiCache: true });

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ["src/verifier/**/*.ts"],
  testRunner: "jest",
  jest: {
    configFile: "jest.config.js",
    // The verifier's own tests; the nginx end-to-end test is left out (ports, a server per run), and
    // cdktf's jest matchers (setup.js) are not needed here.
    config: {
      testMatch: [
        "**/__tests__/verifier.test.ts",
        "**/__tests__/verifier-hardening.test.ts",
        "**/__tests__/verifier-differential.test.ts",
        "**/__tests__/verifier-parsing.test.ts",
      ],
      setupFilesAfterEnv: [],
      testRunner: path.join(here, "jest-circus-file-filter.js"),
    },
    enableFindRelatedTests: false,
  },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.verifier.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  // The sandbox needs the sources, the tests and their config only.
  ignorePatterns: ["/*", "!/src", "!/__tests__", "!/scripts", "!/jest.config.js", "!/package.json", "!/tsconfig*.json", "!/README.md"],
  tempDirName: ".stryker-tmp",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/verifier.html" },
  jsonReporter: { fileName: "reports/mutation/verifier.json" },
  thresholds: { high: 95, low: 90, break: 90 },
  // One test runner: the machines this runs on have 2 cores shared with other work (docs/MUTATION.md).
  concurrency: 1,
  timeoutMS: 20000,
  // The first run makes every test file's PKI with openssl: minutes on a loaded machine.
  dryRunTimeoutMinutes: 20,
};
