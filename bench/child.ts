// One measured process: `node child.js <library|handwritten|floor> <n> <outdir>`.
// Loads only what its side needs, synthesizes, and prints its own peak RSS
// and CPU time (the runner prefers /usr/bin/time's figures when that exists).
import { App } from "cdktf";

async function main(): Promise<void> {
  const [side, n, outdir] = process.argv.slice(2);
  if (side === "floor") {
    await import("./floor");
  } else {
    const { benchStack } = await import("./shape");
    const addGateway =
      side === "library"
        ? (await import("./library-stack")).addLibraryGateway
        : (await import("./handwritten-stack")).addHandwrittenGateway;
    const app = new App({ outdir });
    benchStack(app, Number(n), addGateway);
    app.synth();
  }
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stdout.write(JSON.stringify({ maxRssKb: usage.maxRSS, cpuSeconds }) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
