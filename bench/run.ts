// `npm run bench [-- --smoke] [-- --only=synth,big,import,commands,install,deploy]`
//
// What users wait for, measured in paired runs on this machine:
// - synth cost of the library (a) against a hand-written stack of the same resources
//   (b), N seed gateways in one stack and one big gateway, with the start-up floor
//   that both share measured in the same rounds and subtracted;
// - the import cost of the library's entry point;
// - the commands users run (`npm run synth`, the cdktf CLI, `npm test`) against the
//   same app compiled and run with `node`, and `npm ci`;
// - the gateway writes per deploy (Terraform's plan of the offline stand-in).
// Ratios are per pair (the variants of one round run back to back, in an order
// that rotates each round), reported as median (min–max) over the rounds.
// --smoke: one round of the small cases, nothing written; a failed command or an
// exception exits non-zero. --only: those sections,
// printed, RESULTS.md left alone.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { findTerraform } from "../tools/terraform-standin";
import { cpuTable, heapTable, profile } from "./profile";
import { BIG, STACK_ID } from "./shape";

const SMOKE = process.argv.includes("--smoke");
const ONLY = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const runs = (section: string) => !ONLY || ONLY.includes(section);

const SIZES = SMOKE ? [1] : [1, 10, 100, 1000];
const RUNS = SMOKE ? 1 : 5;
/** Rounds of the slow commands (the cdktf CLI, `npm test`). */
const SLOW_RUNS = 3;
const WARMUPS = SMOKE ? 0 : 1;
/** Profiled runs per side where a target is missed. */
const PROFILED_RUNS = 3;

const REPO = path.resolve(__dirname, "../../..");
const CHILD = path.join(__dirname, "child.js");
/** main.ts compiled by this benchmark's tsc (build/bench). */
const COMPILED_MAIN = path.join(REPO, "build", "bench", "main.js");
const TIME = "/usr/bin/time";
const HAS_TIME = fs.existsSync(TIME);
const RESULTS = path.join(REPO, "bench", "RESULTS.md");
/** The CLI as the README tells users to run it; not a dependency of this repo. */
const CLI = ["npx", "--yes", "cdktf-cli@0.21.0"];
/** No telemetry calls from the cdktf CLI (it would print checkpoint-api errors offline). */
const ENV = { ...process.env, CHECKPOINT_DISABLE: "1" };

/** The issue's targets. */
// marginal: issue 24 (per-gateway time and memory at N=1000 within 1.20x of the hand-written resources); the rest as before.
const TARGET = { marginal: 1.2, big: 1.1, synthSeconds: 1.0, synthVsCompiled: 3, testSeconds: 12, installSeconds: 20, installMb: 520 };

interface Sample {
  /** Wall clock, spawn to exit, s. */
  readonly wall: number;
  /** User + system CPU of the process and its children, s. */
  readonly cpu: number;
  /** Peak RSS of the largest process, MB. */
  readonly rss: number;
  readonly status: number;
  /** What the child reported about itself (child.js only). */
  readonly report?: { [key: string]: number };
  readonly stderr: string;
}

/** Runs a command, timed from spawn to exit; CPU and RSS from /usr/bin/time, else from child.js's own report. */
function run(command: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Sample {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-time."));
  const timeFile = path.join(dir, "time");
  try {
    const [cmd, ...args] = HAS_TIME ? [TIME, "-f", "%U %S %M", "-o", timeFile, ...command] : command;
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: options.cwd ?? REPO, env: options.env ?? ENV, encoding: "utf8", maxBuffer: 256 * 2 ** 20 });
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const last = r.stdout.trim().split("\n").pop() ?? "";
    const report = last.startsWith("{") ? JSON.parse(last) : undefined;
    let cpu = report?.cpuSeconds ?? NaN;
    let rss = report ? report.maxRssKb / 1024 : NaN;
    if (HAS_TIME && fs.existsSync(timeFile)) {
      const [user, system, maxRss] = fs.readFileSync(timeFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
      [cpu, rss] = [user + system, maxRss / 1024];
    }
    return { wall, cpu, rss, status: r.status ?? 1, report, stderr: r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `count` rounds of every variant after `warmups`; the order rotates each round. Result: [round][variant]. */
function rounds<T>(variants: (() => T)[], count: number, warmups = WARMUPS): T[][] {
  for (let w = 0; w < warmups; w++) variants.forEach((v) => v());
  return Array.from({ length: count }, (_, r) => {
    const samples: T[] = new Array(variants.length);
    for (let k = 0; k < variants.length; k++) {
      const i = (k + r) % variants.length;
      samples[i] = variants[i]();
    }
    return samples;
  });
}

interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");
/** "median (min–max)"; one round: the value alone. */
const fmt = (s: Spread, digits = 2) =>
  s.min === s.max ? fixed(s.median, digits) : `${fixed(s.median, digits)} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`;
const med = (xs: number[]) => spread(xs).median;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" / ");
const log = (line: string) => process.stderr.write(line + "\n");
const verdict = (value: number, target: number) => (value <= target ? `≤ ${target}: met` : `≤ ${target}: **missed**`);

// ---------------------------------------------------------------- synth cost

type Shape = "seed" | "big";

/** One synth child: its sample and the size of the cdk.tf.json it wrote. */
function synthChild(side: string, shape: Shape, n: number): Sample & { bytes: number } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-out."));
  try {
    const sample = run([process.execPath, CHILD, "synth", side, shape, String(n), outdir]);
    if (sample.status !== 0) throw new Error(`${side} ${shape} N=${n} exited ${sample.status}:\n${sample.stderr}`);
    const tf = path.join(outdir, "stacks", STACK_ID, "cdk.tf.json");
    return { ...sample, bytes: side === "floor" ? 0 : fs.statSync(tf).size };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

interface SynthCase {
  readonly label: string;
  readonly shape: Shape;
  readonly n: number;
  /** Per round: the floor, (a) the library, (b) hand-written. */
  readonly rounds: { f: Sample; a: Sample & { bytes: number }; b: Sample & { bytes: number } }[];
  readonly loadBefore: string;
  readonly loadAfter: string;
}

function measureSynth(label: string, shape: Shape, n: number): SynthCase {
  const loadBefore = load();
  const raw = rounds(
    [() => synthChild("floor", shape, 0), () => synthChild("library", shape, n), () => synthChild("handwritten", shape, n)],
    RUNS,
  );
  const c = { label, shape, n, rounds: raw.map(([f, a, b]) => ({ f, a, b })), loadBefore, loadAfter: load() };
  const m = marginal(c, "wall");
  log(`${label}: marginal time (a)/(b) ${fmtMarginal(m)}, RSS ${fmtMarginal(marginal(c, "rss"))} (load ${c.loadAfter})`);
  return c;
}

/**
 * Per round, a side's cost above the floor of the same round, and the ratio (a−f)/(b−f) over the rounds where
 * (b) measurably exceeds the floor (else the ratio means nothing; `pairs` says how many rounds count).
 */
function marginal(c: SynthCase, measure: "wall" | "cpu" | "rss") {
  const a = c.rounds.map((r) => r.a[measure] - r.f[measure]);
  const b = c.rounds.map((r) => r.b[measure] - r.f[measure]);
  // Measurable: above 1% of the floor (CPU times are counted in whole clock ticks).
  const ratios = a.flatMap((x, i) => (b[i] > 0.01 * c.rounds[i].f[measure] ? [x / b[i]] : []));
  return { a: spread(a), b: spread(b), ratio: ratios.length ? spread(ratios) : spread([NaN]), pairs: `${ratios.length}/${a.length}` };
}

/** The marginal ratio, with the number of rounds it rests on when some had no measurable marginal cost. */
function fmtMarginal(m: ReturnType<typeof marginal>): string {
  const [counted, all] = m.pairs.split("/");
  return counted === all ? fmt(m.ratio) : `${fmt(m.ratio)} [${m.pairs} rounds]`;
}

const whole = (c: SynthCase, measure: "wall" | "cpu" | "rss") => spread(c.rounds.map((r) => r.a[measure] / r.b[measure]));

function synthTables(cases: SynthCase[], target: (c: SynthCase) => number | undefined): string[] {
  const perGateway = (s: Spread, n: number, scale: number) => fixed((s.median / n) * scale, scale === 1000 ? 2 : 3);
  const timeRow = (c: SynthCase) => {
    const t = marginal(c, "wall");
    const cpu = marginal(c, "cpu");
    const goal = target(c);
    return (
      `| ${c.label} | ${fixed(med(c.rounds.map((r) => r.f.wall)), 2)} | ${fixed(med(c.rounds.map((r) => r.a.wall)), 2)} | ` +
      `${fixed(med(c.rounds.map((r) => r.b.wall)), 2)} | ${fmt(whole(c, "wall"))} | ${perGateway(t.a, c.n, 1000)} | ${perGateway(t.b, c.n, 1000)} | ` +
      `**${fmtMarginal(t)}** | ${fmtMarginal(cpu)} | ${goal === undefined ? "" : verdict(t.ratio.median, goal)} |`
    );
  };
  const rssRow = (c: SynthCase) => {
    const m = marginal(c, "rss");
    const goal = target(c);
    return (
      `| ${c.label} | ${fixed(med(c.rounds.map((r) => r.f.rss)), 0)} | ${fixed(med(c.rounds.map((r) => r.a.rss)), 0)} | ` +
      `${fixed(med(c.rounds.map((r) => r.b.rss)), 0)} | ${fmt(whole(c, "rss"))} | ${perGateway(m.a, c.n, 1)} | ${perGateway(m.b, c.n, 1)} | ` +
      `**${fmtMarginal(m)}** | ${goal === undefined ? "" : verdict(m.ratio.median, goal)} |`
    );
  };
  return [
    "Time (wall clock, s; per gateway above the floor, ms):",
    "",
    "| case | floor | (a) library | (b) hand-written | whole process (a)/(b) | (a) per gateway | (b) per gateway | marginal (a)/(b) | marginal CPU (a)/(b) | target (marginal time) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...cases.map(timeRow),
    "",
    "Memory (peak RSS, MB; per gateway above the floor, MB):",
    "",
    "| case | floor | (a) library | (b) hand-written | whole process (a)/(b) | (a) per gateway | (b) per gateway | marginal (a)/(b) | target (marginal RSS) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ...cases.map(rssRow),
    "",
    `Load average (1 / 5 / 15 min) before → after each case: ${cases.map((c) => `${c.label}: ${c.loadBefore} → ${c.loadAfter}`).join("; ")}.`,
  ];
}

/** For each case that misses a target: where the library's extra time or memory goes (one profiled run per side). */
function profiles(cases: SynthCase[], target: (c: SynthCase) => number | undefined): string[] {
  return cases.flatMap((c) => {
    const goal = target(c);
    if (goal === undefined) return [];
    const slow = marginal(c, "wall").ratio.median > goal;
    const big = marginal(c, "rss").ratio.median > goal;
    if (!slow && !big) return [];
    log(`profiling ${c.label}`);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-out."));
    try {
      // PROFILED_RUNS runs per side, alternating, so that both sides see the same load.
      const both = (kind: "cpu" | "heap") => {
        const runs = rounds(
          ["library", "handwritten"].map((side) => () => profile(kind, [CHILD, "synth", side, c.shape, String(c.n), out])),
          PROFILED_RUNS,
          0,
        );
        return [runs.map(([a]) => a), runs.map(([, b]) => b)] as [string[], string[]];
      };
      return [
        `### ${c.label}`,
        "",
        ...(slow ? [...cpuTable(...both("cpu")), ""] : []),
        ...(big ? [...heapTable(...both("heap")), ""] : []),
      ];
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
}

// ---------------------------------------------------------------- import cost

function importCost(): string[] {
  const loadBefore = load();
  const child = (variant: string) => () => {
    const s = run([process.execPath, CHILD, "import", variant]);
    if (s.status !== 0) throw new Error(`import ${variant} exited ${s.status}:\n${s.stderr}`);
    return s;
  };
  const raw = rounds([child("entry"), child("all")], SMOKE ? 1 : 2 * RUNS + 1);
  const ms = (i: number) => spread(raw.map((r) => r[i].report!.ms));
  const mb = (i: number) => spread(raw.map((r) => r[i].report!.rssMb));
  const ratio = (key: string) => spread(raw.map(([entry, all]) => entry.report![key] / all.report![key]));
  return [
    "`require()` of the library's entry point (compiled, `build/bench/lib`), timed inside the process once cdktf is",
    "loaded; RSS added by the require. The entry point exports `AzapiProvider` by name; the second row also requires",
    `every generated azapi binding, which 0.2.0's \`azapi\` namespace exported. ${raw.length} rounds; load ${loadBefore} → ${load()}.`,
    "",
    "| entry point | require() time, ms | RSS added, MB | time: entry / all (per pair) | RSS: entry / all |",
    "|---|---:|---:|---:|---:|",
    `| the entry point (as built) | ${fmt(ms(0), 1)} | ${fmt(mb(0), 1)} | ${fmt(ratio("ms"))} | ${fmt(ratio("rssMb"))} |`,
    `| and every azapi binding | ${fmt(ms(1), 1)} | ${fmt(mb(1), 1)} | | |`,
  ];
}

// ---------------------------------------------------------------- commands users run

interface Command {
  readonly label: string;
  readonly argv: (outdir: string) => string[];
  readonly runs: number;
  readonly warmups: number;
}

function commands(): { table: string[]; synthWall?: Spread; synthRatio?: Spread; testWall?: Spread } {
  const list: Command[] = [
    { label: "`npm run synth`", argv: () => ["npm", "run", "synth"], runs: RUNS, warmups: WARMUPS },
    { label: "`node scripts/synth.js` (the same without npm)", argv: () => [process.execPath, "scripts/synth.js"], runs: RUNS, warmups: WARMUPS },
  ];
  if (!SMOKE) {
    list.push(
      { label: "`npx cdktf-cli@0.21.0 synth` (the CLI runs cdktf.json's app)", argv: (out) => [...CLI, "synth", "--output", out], runs: SLOW_RUNS, warmups: 1 },
      { label: "`npm test`", argv: () => ["npm", "test"], runs: SLOW_RUNS, warmups: 0 },
    );
  }
  const result: ReturnType<typeof commands> = { table: [] };
  const rows = list.map((command) => {
    const loadBefore = load();
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cmd."));
    const env = { ...ENV, CDKTF_OUTDIR: outdir };
    try {
      const floor = () => run([process.execPath, COMPILED_MAIN], { env });
      const cmd = () => run(command.argv(outdir), { env });
      const raw = rounds([floor, cmd], command.runs, command.warmups);
      const failed = raw.map(([, c]) => c).filter((c) => c.status !== 0);
      // --smoke checks that the commands still run: a failed one (or a failed floor) fails the run.
      const failedAny = SMOKE ? raw.flat().find((s) => s.status !== 0) : undefined;
      if (failedAny) throw new Error(`${command.label} (or its floor) exited ${failedAny.status}:\n${failedAny.stderr}`);
      const wall = spread(raw.map(([, c]) => c.wall));
      const ratio = spread(raw.map(([f, c]) => c.wall / f.wall));
      if (command.label.startsWith("`npm run synth`")) Object.assign(result, { synthWall: wall, synthRatio: ratio });
      if (command.label === "`npm test`") result.testWall = wall;
      log(`${command.label}: ${fmt(wall)} s, ${fmt(ratio)}× compiled (load ${load()})`);
      const summary = (c: Sample) => c.stderr.split("\n").find((l) => /^Tests:/.test(l)) ?? c.stderr.trim().split("\n").pop();
      const note = failed.length ? ` (exit ${failed[0].status} in ${failed.length} of ${raw.length}: ${summary(failed[0])})` : "";
      return (
        `| ${command.label}${note} | ${fmt(spread(raw.map(([f]) => f.wall)))} | ${fmt(wall)} | **${fmt(ratio)}** | ` +
        `${fmt(spread(raw.map(([, c]) => c.cpu)))} | ${fmt(spread(raw.map(([, c]) => c.rss)), 0)} | ${raw.length} | ${loadBefore} → ${load()} |`
      );
    } catch (e) {
      if (SMOKE) throw e;
      return `| ${command.label} | not measured: ${String(e).split("\n")[0]} | | | | | | |`;
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
  result.table = [
    "Each command paired with the compiled floor, `node build/bench/main.js` (main.ts compiled by tsc, run by node),",
    "in rounds alternating which goes first. Time: wall clock; CPU: user + system of the command and its children;",
    "RSS: peak of its largest process. Every run writes into a temporary `CDKTF_OUTDIR`/`--output`.",
    "",
    "| command | compiled floor, s | command, s | command / floor (per pair) | CPU, s | peak RSS, MB | rounds | load before → after |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...rows,
  ];
  return result;
}

// ---------------------------------------------------------------- install

/** `npm ci` of this repo's package.json and lockfile in a temporary folder (npm's cache warm after the warm-up). */
function install(): { table: string[]; wall?: Spread; mb?: number } {
  const loadBefore = load();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-install."));
  try {
    for (const file of ["package.json", "package-lock.json"]) fs.copyFileSync(path.join(REPO, file), path.join(dir, file));
    const raw = rounds([() => run(["npm", "ci", "--no-audit", "--no-fund"], { cwd: dir })], SLOW_RUNS, 1).map(([s]) => s);
    const failed = raw.find((s) => s.status !== 0);
    if (failed) return { table: [`Not measured: npm ci exited ${failed.status}: ${failed.stderr.trim().split("\n").pop()}`] };
    const kb = Number(spawnSync("du", ["-sk", path.join(dir, "node_modules")], { encoding: "utf8" }).stdout.split("\t")[0]);
    const packages = spawnSync("npm", ["ls", "--all", "--parseable"], { cwd: dir, encoding: "utf8" }).stdout.split("\n").filter(Boolean);
    const wall = spread(raw.map((s) => s.wall));
    return {
      wall,
      mb: kb / 1024,
      table: [
        `\`npm ci\` of this repo's package.json and package-lock.json in a new folder, ${raw.length} runs after a warm-up (npm's`,
        `cache warm); load ${loadBefore} → ${load()}.`,
        "",
        "| wall, s | CPU, s | peak RSS, MB | node_modules (du) | packages |",
        "|---:|---:|---:|---:|---:|",
        `| ${fmt(wall, 1)} | ${fmt(spread(raw.map((s) => s.cpu)), 1)} | ${fmt(spread(raw.map((s) => s.rss)), 0)} | ${fixed(kb / 1024, 0)} MB | ${new Set(packages).size - 1} |`,
        "",
        ...(wall.median > TARGET.installSeconds ? npmTiming(dir) : []),
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Where `npm ci`'s time goes, from one run with --timing: its phases and the packages slowest to unpack. */
function npmTiming(dir: string): string[] {
  const logs = path.join(dir, "logs");
  run(["npm", "ci", "--no-audit", "--no-fund", "--timing", "--logs-dir", logs], { cwd: dir });
  const log = fs.readdirSync(logs).find((f) => f.endsWith("-debug-0.log"));
  if (!log) return ["(npm wrote no timing log)", ""];
  const timings = [...fs.readFileSync(path.join(logs, log), "utf8").matchAll(/timing (\S+) Completed in (\d+)ms/g)].map((m) => ({ what: m[1], ms: Number(m[2]) }));
  const phase = (what: string) => timings.find((t) => t.what === what)?.ms ?? NaN;
  const slowest = timings.filter((t) => t.what.startsWith("reifyNode:")).sort((a, b) => b.ms - a.ms).slice(0, 3);
  return [
    `Where the time goes (one \`npm ci --timing\` run): whole command ${fixed(phase("command:ci") / 1000, 1)} s, of which removing`,
    `node_modules ${fixed(phase("npm-ci:rm") / 1000, 1)} s and unpacking ${fixed(phase("reify:unpack") / 1000, 1)} s; packages are unpacked in parallel and the`,
    `last to finish are ${slowest.map((t) => `${t.what.replace("reifyNode:node_modules/", "")} (${fixed(t.ms / 1000, 1)} s)`).join(", ")}.`,
    "",
  ];
}

// ---------------------------------------------------------------- deploy cost

function deployCost(): string[] {
  const terraform = findTerraform();
  if (!terraform) return ["Not measured: no `terraform` binary on PATH."];
  // Loads the library into this process; nothing is timed after this point.
  const { measureDeployCost } = require("./deploy-cost") as typeof import("./deploy-cost");
  const { GatewayDeployment } = require(path.join(REPO, "build", "bench", "lib")) as typeof import("../lib");
  const modes: [string, string][] = [
    ["azurerm + passthrough patch (default)", GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH],
    ["single azapi_resource", GatewayDeployment.SINGLE_AZAPI_RESOURCE],
  ];
  const rows = modes.map(([label, mode]) => {
    const cost = measureDeployCost(terraform, mode as any);
    // Passthrough is off between azurerm's PUT and the patch's: whenever a change takes two writes.
    const window = cost.listenerChange > 1 ? "yes, minutes per change" : "no";
    return `| ${label} | ${cost.firstDeploy} | ${cost.listenerChange} | ${cost.noChange} | ${window} |`;
  });
  return [
    "| deployment | first deploy | change of one listener setting (frontend port) | re-plan, no change | passthrough off during a change |",
    "|---|---|---|---|---|",
    ...rows,
    "| physical floor | 1 | 1 | 0 | no |",
  ];
}

// ---------------------------------------------------------------- report

function main(): void {
  const started = load();
  log(`bench: ${SMOKE ? "smoke, " : ""}N = ${SIZES.join(", ")}; ${RUNS} round(s) after ${WARMUPS} warm-up(s); load ${started}`);
  const targetOf = (c: SynthCase) => (c.shape === "seed" && c.n === 1000 ? TARGET.marginal : c.shape === "big" ? TARGET.big : undefined);
  const seed = runs("synth") ? SIZES.map((n) => measureSynth(`N=${n}`, "seed", n)) : [];
  const big = runs("big") ? [measureSynth(`big gateway (${BIG.routes} routes, ${BIG.profiles} SSL profiles)`, "big", 1)] : [];
  const cases = [...seed, ...big];
  const where = SMOKE ? [] : profiles(cases, targetOf);
  const imports = runs("import") ? importCost() : [];
  const cmds = runs("commands") ? commands() : { table: [] };
  const installed = runs("install") && !SMOKE ? install() : { table: ["Not measured in --smoke."] };
  const deploy = runs("deploy") ? deployCost() : [];

  const cpus = os.cpus();
  const targetLine = (what: string, value: string, goal: string, met: boolean | undefined, command: string) =>
    `- ${what}: ${value} (target ${goal}${met === undefined ? "" : met ? ": met" : ": **missed**"}); \`${command}\`.`;
  const m1000 = seed.find((c) => c.n === 1000);
  const closing = [
    ...(m1000
      ? [
          targetLine("Marginal time per gateway at N=1000, (a)/(b)", fmtMarginal(marginal(m1000, "wall")), `≤ ${TARGET.marginal}`, marginal(m1000, "wall").ratio.median <= TARGET.marginal, "npm run bench -- --only=synth"),
          targetLine("Marginal RSS per gateway at N=1000, (a)/(b)", fmtMarginal(marginal(m1000, "rss")), `≤ ${TARGET.marginal}`, marginal(m1000, "rss").ratio.median <= TARGET.marginal, "npm run bench -- --only=synth"),
        ]
      : []),
    ...big.flatMap((c) => [
      targetLine("Big gateway, marginal time (a)/(b)", fmtMarginal(marginal(c, "wall")), `≤ ${TARGET.big}`, marginal(c, "wall").ratio.median <= TARGET.big, "npm run bench -- --only=big"),
      targetLine("Big gateway, marginal RSS (a)/(b)", fmtMarginal(marginal(c, "rss")), `≤ ${TARGET.big}`, marginal(c, "rss").ratio.median <= TARGET.big, "npm run bench -- --only=big"),
    ]),
    ...(cmds.synthWall
      ? [
          targetLine("`npm run synth` wall time, s", fmt(cmds.synthWall), `≤ ${TARGET.synthSeconds} s`, cmds.synthWall.median <= TARGET.synthSeconds, "npm run bench -- --only=commands"),
          targetLine("`npm run synth` / compiled `node` run, per pair", fmt(cmds.synthRatio!), `≤ ${TARGET.synthVsCompiled}×`, cmds.synthRatio!.median <= TARGET.synthVsCompiled, "npm run bench -- --only=commands"),
        ]
      : []),
    ...(installed.wall
      ? [
          targetLine("`npm ci` wall time, warm cache, s", fmt(installed.wall, 1), `≤ ${TARGET.installSeconds} s`, installed.wall.median <= TARGET.installSeconds, "npm run bench -- --only=install"),
          targetLine("`node_modules` size (du)", `${fixed(installed.mb!, 0)} MB`, `≤ ${TARGET.installMb} MB`, installed.mb! <= TARGET.installMb, "npm run bench -- --only=install"),
        ]
      : []),
    ...(cmds.testWall
      ? [targetLine("`npm test` wall time, s", fmt(cmds.testWall), `≤ ${TARGET.testSeconds} s`, cmds.testWall.median <= TARGET.testSeconds, "npm run bench -- --only=commands")]
      : []),
  ];

  const report = [
    "# Benchmark results",
    "",
    `Generated by \`npm run bench${SMOKE ? " -- --smoke" : ""}\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: ${cpus.length} cores`,
    `(${cpus[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    `Load average (1 / 5 / 15 min): ${started} at the start, ${load()} at the end. Other work on the machine shows in`,
    "the min–max spreads; ratios are taken per pair so that both sides of a pair see the same load.",
    "",
    "Every figure is `median (min–max)` over the rounds. A round runs each variant once, back to back, in an order",
    "that rotates from round to round; ratios are computed within a round, then summarized.",
    "",
    "## Synth cost",
    "",
    "Build and synthesize gateways in one stack: (a) with the library, (b) hand-written with the provider classes (the",
    "same resources; `__tests__/bench-parity.test.ts` checks that the JSON is the same). N=k: k gateways of the seed's",
    `shape; big gateway: one gateway with ${BIG.routes} HTTPS listeners, backend pools, backend settings and routing rules and`,
    `${BIG.profiles} passthrough SSL profiles. Each run is a separate \`node\` process on compiled JS; ${RUNS} rounds after ${WARMUPS}`,
    "warm-up. The floor is a process that loads cdktf and the provider modules both sides use and builds nothing;",
    "it runs in every round, and the marginal cost of a side is its cost minus that round's floor.",
    "Peak RSS from `/usr/bin/time -f %M`.",
    "",
    ...synthTables(cases, targetOf),
    "",
    "## Where the time goes",
    "",
    where.length
      ? `For each case that misses a target, ${PROFILED_RUNS} profiled runs per side: \`node --cpu-prof\` for time, \`node --heap-prof\` for memory.`
      : SMOKE
        ? "Not profiled in --smoke."
        : "Every case meets its target; nothing profiled.",
    "",
    ...where,
    "To profile a case by hand: `npm run bench -- --only=big` builds `build/bench`, then",
    "`node --cpu-prof --cpu-prof-dir=prof build/bench/bench/child.js synth library big 1 /tmp/out` (or `seed 1000`;",
    "`--heap-prof` for memory) writes a profile that Chrome DevTools or VS Code opens.",
    "",
    "## Output size",
    "",
    "Bytes of `cdk.tf.json` per gateway (the whole file divided by N, cdktf's `//` metadata included).",
    "",
    "| case | (a) library | (b) hand-written | (a)/(b) |",
    "|---|---:|---:|---:|",
    ...cases.map(({ label, n, rounds: r }) => {
      const [a, b] = [r[0].a.bytes, r[0].b.bytes];
      return `| ${label} | ${Math.round(a / n)} | ${Math.round(b / n)} | ${(a / b).toFixed(2)} |`;
    }),
    "",
    "## Import cost",
    "",
    ...imports,
    "",
    "## The commands users run",
    "",
    ...cmds.table,
    "",
    "## Install",
    "",
    ...installed.table,
    "",
    "## Deploy cost",
    "",
    "PUTs of the gateway in an apply of the seed's stack (`main.ts`), read from `terraform show -json` of a plan of the",
    "offline stand-in (`tools/terraform-standin.ts`): each create, update or replace of `azurerm_application_gateway` or",
    "of the `azapi_update_resource` patch (azapi GETs the gateway, merges and PUTs it whole), or of the single\n`azapi_resource` (`deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE`).",
    "",
    ...deploy,
    "",
    "## Targets",
    "",
    ...closing,
    "",
  ].join("\n");

  process.stdout.write(report);
  if (!SMOKE && !ONLY) {
    fs.writeFileSync(RESULTS, report);
    log(`wrote ${path.relative(process.cwd(), RESULTS)}`);
  }
}

main();
