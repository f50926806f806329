// Stryker ignorer plugin for a sampled run of lib/ (lib-sample.mjs): within the drawn mutants' ranges,
// ignores every syntax node that neither is nor contains a drawn mutant's node, so Stryker tests the
// drawn mutants (and the few other mutants on the same nodes) instead of everything inside a drawn
// block or function. An ignorer's answer covers the node's descendants too, hence "contains".
import * as path from "node:path";
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";
import { contains, readSample } from "./lib-sample.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
let drawnByFile;

function drawn(file) {
  if (!drawnByFile) {
    drawnByFile = new Map();
    for (const m of readSample().mutants) {
      drawnByFile.set(path.resolve(root, m.file), [...(drawnByFile.get(path.resolve(root, m.file)) ?? []), m.location]);
    }
  }
  return drawnByFile.get(file) ?? [];
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "lib-sample", {
    shouldIgnore(nodePath) {
      const loc = nodePath.node.loc;
      if (!loc) return undefined;
      // babel's lines are 1-based, the instrumenter's mutant locations (as drawn) 0-based.
      const node = { start: { line: loc.start.line - 1, column: loc.start.column }, end: { line: loc.end.line - 1, column: loc.end.column } };
      const file = nodePath.hub?.file?.opts?.filename;
      if (!file) return undefined; // not known: generate (a cost, never a drawn mutant lost)
      return drawn(path.resolve(file)).some((d) => contains(node, d)) ? undefined : "not in the drawn sample (lib-sample.mjs)";
    },
  }),
];
