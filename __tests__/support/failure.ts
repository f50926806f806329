import { TerraformStack, Testing } from "cdktf";

/** The message of what `build` throws (construction or synth), or "" when nothing is thrown. */
export function failure(build: () => void): string {
  try {
    build();
  } catch (e) {
    return (e as Error).message;
  }
  return "";
}

/** The message cdktf's synth fails with, or "" when it passes. */
export function synthError(stack: TerraformStack): string {
  return failure(() => Testing.synth(stack, true));
}
