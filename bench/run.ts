// `npm run bench [-- --smoke]`: synth cost and output size of the library (a)
// against a hand-written stack of the same resources (b), and the deploy cost
// of the seed's stack. Every synth is its own `node` process on compiled JS.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { findTerraform } from "../tools/terraform-standin";
import { STACK_ID } from "./shape";

type Side = "library" | "handwritten" | "floor";

const SMOKE = process.argv.includes("--smoke");
const SIZES = SMOKE ? [1] : [1, 10, 50, 200];
const RUNS = SMOKE ? 1 : 5;
const WARMUPS = SMOKE ? 0 : 1;
const CHILD = path.join(__dirname, "child.js");
const TIME = "/usr/bin/time";
const HAS_TIME = fs.existsSync(TIME);
const RESULTS = path.resolve(__dirname, "../../../bench/RESULTS.md");
/** Targets of the issue: library/hand-written ratio, for time and memory. */
const TARGETS: { [n: number]: number } = { 1: 1.15, 200: 1.3 };

interface Sample {
  /** Wall clock, spawn to exit. */
  readonly seconds: number;
  /** User + system CPU time of the child: less disturbed than wall time by other load on the machine. */
  readonly cpuSeconds: number;
  readonly rssMb: number;
  readonly bytes: number;
}

/** One child process: wall and CPU time, peak RSS, and the size of its cdk.tf.json. */
function runChild(side: Side, n: number): Sample {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench."));
  try {
    const timeFile = path.join(dir, "time");
    const node = [process.execPath, CHILD, side, String(n), path.join(dir, "out")];
    const [command, ...args] = HAS_TIME ? [TIME, "-f", "%M %U %S", "-o", timeFile, ...node] : node;
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { encoding: "utf8" });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.status !== 0) throw new Error(`${side} N=${n} exited ${r.status}:\n${r.stderr}`);
    let rssKb: number;
    let cpuSeconds: number;
    if (HAS_TIME) {
      const [maxRss, user, system] = fs.readFileSync(timeFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
      [rssKb, cpuSeconds] = [maxRss, user + system];
    } else {
      ({ maxRssKb: rssKb, cpuSeconds } = JSON.parse(r.stdout.trim().split("\n").pop()!));
    }
    const tfJson = path.join(dir, "out", "stacks", STACK_ID, "cdk.tf.json");
    return { seconds, cpuSeconds, rssMb: rssKb / 1024, bytes: side === "floor" ? 0 : fs.statSync(tfJson).size };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median of each measure. */
const medians = (samples: Sample[]): Sample => ({
  seconds: median(samples.map((s) => s.seconds)),
  cpuSeconds: median(samples.map((s) => s.cpuSeconds)),
  rssMb: median(samples.map((s) => s.rssMb)),
  bytes: median(samples.map((s) => s.bytes)),
});

/** Warm-up runs, then `RUNS` runs of each side, alternating which side goes first. */
function measure(sides: Side[], n: number): Sample[] {
  for (let w = 0; w < WARMUPS; w++) sides.forEach((side) => runChild(side, n));
  const samples: Sample[][] = sides.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    const order = r % 2 === 0 ? sides.map((_, i) => i) : sides.map((_, i) => i).reverse();
    for (const i of order) samples[i].push(runChild(sides[i], n));
  }
  return samples.map(medians);
}

const s = (x: number) => x.toFixed(2);
const mb = (x: number) => x.toFixed(0);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const verdict = (n: number, ...ratios: number[]) =>
  TARGETS[n] === undefined ? "" : ratios.every((r) => r <= TARGETS[n]) ? `≤ ${TARGETS[n]}: met` : `≤ ${TARGETS[n]}: **missed**`;

function main(): void {
  const log = (line: string) => process.stderr.write(line + "\n");
  log(`bench: ${SMOKE ? "smoke, " : ""}N = ${SIZES.join(", ")}; ${RUNS} run(s) per side after ${WARMUPS} warm-up(s)`);
  const [floor] = measure(["floor"], 0);
  log(`floor: ${s(floor.seconds)} s, ${s(floor.cpuSeconds)} s CPU, ${mb(floor.rssMb)} MB`);
  const rows = SIZES.map((n) => {
    const [a, b] = measure(["library", "handwritten"], n);
    log(`N=${n}: library ${s(a.seconds)} s ${mb(a.rssMb)} MB, hand-written ${s(b.seconds)} s ${mb(b.rssMb)} MB`);
    return { n, a, b };
  });

  const terraform = findTerraform();
  let deploy: string[];
  if (terraform) {
    // Loads the library into this process; no synth is timed after this point.
    const { measureDeployCost } = require("./deploy-cost") as typeof import("./deploy-cost");
    const cost = measureDeployCost(terraform);
    deploy = [
      "| scenario | writes of the gateway (today) | physical floor |",
      "|---|---|---|",
      `| first deploy | ${cost.firstDeploy} | 1 |`,
      `| change of one listener setting (frontend port) | ${cost.listenerChange} | 1 |`,
      `| re-plan, no change | ${cost.noChange} | 0 |`,
    ];
  } else {
    deploy = ["Not measured: no `terraform` binary on PATH."];
  }

  const cpus = os.cpus();
  const load = os.loadavg();
  const report = [
    "# Benchmark results",
    "",
    `Generated by \`npm run bench\`${SMOKE ? " --smoke" : ""} on ${new Date().toISOString().slice(0, 10)}: ${cpus.length} cores (${cpus[0]?.model.trim()}),`,
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    "",
    "## Synth cost",
    "",
    `Build and synthesize N gateways of the seed's shape in one stack: (a) with the library, (b) hand-written with the`,
    `provider classes (the same resources; \`__tests__/bench-parity.test.ts\` checks the JSON is the same). Each side is a`,
    `separate \`node\` process on compiled JS; median of ${RUNS} runs after ${WARMUPS} warm-up, the sides alternating.`,
    `Time: wall clock from spawn to exit; CPU: user + system time of the process. Memory: peak RSS`,
    `(${HAS_TIME ? "`/usr/bin/time -f %M`" : "`process.resourceUsage().maxRSS`"}). Load average at the end: ${load.map((l) => l.toFixed(1)).join(" / ")} (1 / 5 / 15 min).`,
    "",
    `Floor (a process that only loads cdktf and the provider modules used): ${s(floor.seconds)} s, ${s(floor.cpuSeconds)} s CPU, ${mb(floor.rssMb)} MB.`,
    "",
    "| N | (a) library | (b) hand-written | time (a)/(b) | CPU (a) | CPU (b) | CPU (a)/(b) | (a) peak RSS | (b) peak RSS | RSS (a)/(b) | target (time, RSS) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map(
      ({ n, a, b }) =>
        `| ${n} | ${s(a.seconds)} s | ${s(b.seconds)} s | ${ratio(a.seconds, b.seconds)} | ` +
        `${s(a.cpuSeconds)} s | ${s(b.cpuSeconds)} s | ${ratio(a.cpuSeconds, b.cpuSeconds)} | ` +
        `${mb(a.rssMb)} MB | ${mb(b.rssMb)} MB | ${ratio(a.rssMb, b.rssMb)} | ${verdict(n, a.seconds / b.seconds, a.rssMb / b.rssMb)} |`,
    ),
    "",
    "## Output size",
    "",
    "Bytes of `cdk.tf.json` per gateway (the whole file divided by N, cdktf's `//` metadata included).",
    "",
    "| N | (a) library | (b) hand-written | (a)/(b) |",
    "|---:|---:|---:|---:|",
    ...rows.map(({ n, a, b }) => `| ${n} | ${Math.round(a.bytes / n)} | ${Math.round(b.bytes / n)} | ${ratio(a.bytes, b.bytes)} |`),
    "",
    "## Deploy cost",
    "",
    "PUTs of the gateway in an apply of the seed's stack (`main.ts`), read from `terraform show -json` of a plan of the",
    "offline stand-in (`tools/terraform-standin.ts`): each create, update or replace of `azurerm_application_gateway` or",
    "of the `azapi_update_resource` patch (azapi GETs the gateway, merges and PUTs it whole).",
    "",
    ...deploy,
    "",
  ].join("\n");

  process.stdout.write(report);
  if (!SMOKE) {
    fs.writeFileSync(RESULTS, report);
    log(`wrote ${path.relative(process.cwd(), RESULTS)}`);
  }
}

main();
