// One measured process, on compiled JS:
//   node child.js synth <library|handwritten|floor> <seed|big> <n> <outdir>
//     loads only what its side needs, synthesizes n gateways, and prints its own
//     peak RSS and CPU time (the runner prefers /usr/bin/time's figures);
//   node child.js import <entry|all>
//     with cdktf loaded, times require() of the library's entry point (which exports
//     AzapiProvider by name), or of it and every azapi binding (what 0.2.0's namespace loaded).
import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";

/** Each side's gateway adders, loaded only when that side runs. */
const SIDES = {
  library: async () => {
    const m = await import("./library-stack");
    return { seed: m.addLibraryGateway, big: m.addLibraryBigGateway };
  },
  handwritten: async () => {
    const m = await import("./handwritten-stack");
    return { seed: m.addHandwrittenGateway, big: m.addHandwrittenBigGateway };
  },
};

async function synth(side: string, shape: string, n: number, outdir: string): Promise<void> {
  if (side === "floor") {
    await import("./floor");
    return;
  }
  const load = SIDES[side as keyof typeof SIDES];
  if (!load || (shape !== "seed" && shape !== "big")) {
    throw new Error("usage: child.js synth <library|handwritten|floor> <seed|big> <n> <outdir>");
  }
  const { benchStack } = await import("./shape");
  const app = new App({ outdir });
  benchStack(app, n, (await load())[shape]);
  app.synth();
}

function importCost(variant: string): { ms: number; rssMb: number } {
  const rss0 = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require("../lib");
  if (variant === "all") {
    // Every generated binding, as the wholesale `azapi` namespace of 0.2.0 made available.
    const gen = path.join(__dirname, "..", ".gen", "providers", "azapi");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const d of fs.readdirSync(gen, { withFileTypes: true })) if (d.isDirectory()) require(path.join(gen, d.name));
  } else if (variant !== "entry") throw new Error("usage: child.js import <entry|all>");
  if (typeof lib.AzapiProvider !== "function") throw new Error("the entry point does not export AzapiProvider");
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, rssMb: (process.memoryUsage().rss - rss0) / 2 ** 20 };
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  const result: { [key: string]: number } = {};
  if (mode === "synth") await synth(args[0], args[1], Number(args[2]), args[3]);
  else if (mode === "import") Object.assign(result, importCost(args[0]));
  else throw new Error("usage: child.js <synth|import> ...");
  const usage = process.resourceUsage();
  result.maxRssKb = usage.maxRSS;
  result.cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stdout.write(JSON.stringify(result) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
