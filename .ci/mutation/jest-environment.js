// jest's node environment, closing Stryker's per-test coverage window on a skipped test too.
//
// Stryker's jest runner attributes the code a test reaches to that test between jest-circus's
// test_start and test_done events. A skipped test (test.skip, or a whenAvailable check whose data is
// absent in the sandbox) gets test_start and then test_skip, never test_done, so the window stayed open:
// the next test file's module loading (the rules' definitions, every static mutant) was attributed to
// the skipped test, those mutants ran only that test and "survived" (seen: 25 of 52 mutants of
// lib/rules/values/backends.ts, all "covered" by one skipped test of reference.test.ts). Stryker reads
// the test id from the sandbox's global namespace; clearing it here makes that code static again.
const { TestEnvironment } = require("jest-environment-node");

class MutationTestEnvironment extends TestEnvironment {
  async handleTestEvent(event, state) {
    if (super.handleTestEvent) await super.handleTestEvent(event, state);
    if (event.name === "test_skip" || event.name === "test_todo") {
      const context = this.global[this.global.__strykerGlobalNamespace__ ?? "__stryker__"];
      if (context) context.currentTestId = undefined;
    }
  }
}

module.exports = MutationTestEnvironment;
