// The cdktn flavour's snapshot serializer (registered by its jest.cdktn.config.js only): a
// synthesized stack is compared with the cdktf flavour's snapshot in the cdktf flavour's
// words (asCdktfText), so that one set of snapshots serves both and cannot drift apart.
import { asCdktfText } from "./flavour-output";

/** Set while the mapped text is printed, so that this serializer does not take it again. */
let printing = false;

const serializer = {
  test: (value: unknown): boolean => !printing && typeof value === "string" && value.startsWith("{") && value.includes('"required_providers"'),
  serialize(value: string, config: unknown, indentation: string, depth: number, refs: unknown, printer: (...args: unknown[]) => string): string {
    printing = true;
    try {
      return printer(asCdktfText(value), config, indentation, depth, refs);
    } finally {
      printing = false;
    }
  },
};

export = serializer;
