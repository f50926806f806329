// Tests that need something outside the repository (the Terraform CLI, the shared reference
// data): where it is missing their tests are skipped and say so; where it is required (under
// CI) one test fails instead, so that a skip is never counted as a pass.

/** `describe` when `what` is available; else `describe.skip`, plus one failing test when it is required. */
export function whenAvailable(what: string, available: boolean, required: boolean): jest.Describe {
  if (available) return describe;
  if (required) {
    test(`${what} is available (required here)`, () => {
      throw new Error(`${what} is missing`);
    });
  } else {
    console.warn(`${what} is missing: its tests are skipped`);
  }
  return describe.skip;
}
