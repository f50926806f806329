// Mutation testing of the library (lib/) with StrykerJS: `npm run mutation:lib` from the repository
// root, incremental (docs/MUTATION.md, "The library"). Not a CI gate: a whole run of lib/ is far beyond
// a CI run's budget (the measured cost per mutant is in docs/MUTATION.md); run it by folder or file
// (`npm run mutation:lib -- --mutate "lib/rules/values/**/*.ts"`) and read the report.
import * as path from "node:path";
import { prepareWorkDirs } from "./work-dirs.mjs";
import { GENERATED_LIB_FILE, readSample } from "./lib-sample.mjs";

const here = path.dirname(new URL(import.meta.url).pathname);
prepareWorkDirs({ pkiCache: false });

// MUTATION_LIB_SAMPLE=1 (`npm run mutation:lib:sample`): only the mutants lib-sample.mjs drew, each
// drawn mutant's location a mutate range (1-based line, 0-based column, as Stryker reads them) and
// the other mutants inside those ranges ignored by lib-sample-ignorer.mjs.
const sampled = process.env.MUTATION_LIB_SAMPLE === "1";
const sampleRanges = () =>
  readSample().mutants.map(
    ({ file, location: { start, end } }) => `${file}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`,
  );

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: sampled ? sampleRanges() : ["lib/**/*.ts", `!${GENERATED_LIB_FILE}`],
  ...(sampled ? { plugins: ["@stryker-mutator/*", path.join(here, "lib-sample-ignorer.mjs")], ignorers: ["lib-sample"] } : {}),
  testRunner: "jest",
  jest: {
    configFile: "jest.config.js",
    config: {
      // The whole suite but what does not test lib/ in-process: the verifier's tests (its own gate),
      // terraform, the build and packing, the README's shell steps, CI's workflows and summary.
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/__tests__/package/",
        "/verifier[^/]*\\.test\\.ts$",
        "/pki-cache\\.test\\.ts$",
        "/terraform-offline\\.test\\.ts$",
        "/build-flavour\\.test\\.ts$",
        "/synth-bin\\.test\\.ts$",
        "/readme-steps\\.test\\.ts$",
        "/readme-snippets\\.test\\.ts$",
        "/workflows\\.test\\.ts$",
        "/jest-summary\\.test\\.ts$",
        "/bench-parity\\.test\\.ts$",
      ],
      testRunner: path.join(here, "jest-circus-file-filter.js"),
      // Closes Stryker's per-test coverage window on skipped tests (see the file).
      testEnvironment: path.join(here, "jest-environment.js"),
    },
    enableFindRelatedTests: false,
  },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  // A static mutant (code run when a module loads: the rules' definitions, their allowed and source
  // texts, enum tables) is reached by every test, so each would run the whole suite: left out here,
  // and said in the report as Ignored.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/mutation/lib-incremental.json",
  // Everything the tests read is copied into the sandbox but the heavy folders no test reads.
  ignorePatterns: ["/.ci", "/build", "/dist", "/cdktf.out", "/.ci-out", "/coverage"],
  tempDirName: ".stryker-tmp",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/lib.html" },
  jsonReporter: { fileName: "reports/mutation/lib.json" },
  thresholds: { high: 90, low: 85, break: null },
  concurrency: 1,
  // A mutant's time limit is its covering tests' dry-run time × 1.5 plus this slack. Most lib timeouts
  // are endless loops (a loop bound mutated), each of which held a worker for the whole slack and a
  // restart: at 60 s they were half of the seed-1 run's 112 min.
  timeoutMS: 20000,
  dryRunTimeoutMinutes: 30,
};
