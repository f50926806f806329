// Mutation testing of the backend verifier (src/verifier) with StrykerJS: `npm run mutation:verifier`
// from the repository root (docs/MUTATION.md). .ci/run fails under a 90 % score (thresholds.break).
// Stryker is installed here, not in the package's devDependencies: `npm ci --prefix .ci/mutation`.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);

// Every jest run (one per mutant) starts from the PKI the first run made (__tests__/support/pki.ts),
// and skips the test files that hold none of the mutant's covering tests (jest-circus-file-filter.js).
// Both live in one temporary folder per Stryker run, which its workers inherit through the environment.
// The folder is on tmpfs (/dev/shm) where there is one, and is the workers' TMPDIR too: each jest run
// copies a PKI of some 300 files into a temporary folder and removes it after, and on the disk that
// took 0.4 s (cp) + 0.2 s (rm) per test file, on tmpfs 0.1 s + 0.05 s (docs/MUTATION.md, "Cost").
const memoryDisk = "/dev/shm";
const writable = (dir) => {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
};
if (!process.env.VERIFIER_PKI_CACHE) {
  const work = fs.mkdtempSync(path.join(writable(memoryDisk) ? memoryDisk : os.tmpdir(), "verifier-mutation."));
  process.env.VERIFIER_PKI_CACHE = path.join(work, "pki");
  process.env.MUTATION_TEST_NAMES = path.join(work, "test-names");
  process.env.TMPDIR = path.join(work, "tmp");
  fs.mkdirSync(process.env.VERIFIER_PKI_CACHE);
  fs.mkdirSync(process.env.MUTATION_TEST_NAMES);
  fs.mkdirSync(process.env.TMPDIR);
  process.on("exit", () => fs.rmSync(work, { recursive: true, force: true }));
}

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
