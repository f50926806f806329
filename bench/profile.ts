// Where the time and the memory go: V8 profiles of the two sides of a case, CPU
// (`node --cpu-prof`: self time) and heap (`node --heap-prof`: sampled
// allocations still live when the process ends, by the function that allocated
// them), summed by where the code lives (a file of this repo, a package, node
// itself), and the difference library minus hand-written.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface CpuProfile {
  readonly nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

const REPO = path.resolve(__dirname, "../../..");

/** Where a function's code lives: a repo file (lib/gateway.ts), a package (cdktf), node, or V8 itself. */
function placeOf(url: string): string {
  if (!url) return "(V8: GC, compiler, idle)";
  if (url.startsWith("node:")) return "node (module loading, fs)";
  const file = url.replace(/^file:\/\//, "");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1];
  // Compiled bench files sit in build/bench/<path>.js: name the source.
  return path.relative(path.join(REPO, "build", "bench"), file).replace(/\.js$/, ".ts");
}

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface Summary {
  readonly total: number;
  readonly byPlace: Map<string, number>;
  /** Within this repo's files only. */
  readonly byFunction: Map<string, number>;
}

/** Sums amounts (ms, bytes) by place and by function of this repo. */
function summary(entries: [CallFrame, number][]): Summary {
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [{ functionName, url, lineNumber }, amount] of entries) {
    const place = placeOf(url);
    total += amount;
    byPlace.set(place, (byPlace.get(place) ?? 0) + amount);
    if (/^(lib|bench|main|\.gen)/.test(place)) {
      const fn = `${functionName || "(anonymous)"} (${place}:${lineNumber + 1})`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + amount);
    }
  }
  return { total, byPlace, byFunction };
}

/** Self time in ms of a .cpuprofile. */
function cpuSummary(file: string): Summary {
  const profile: CpuProfile = JSON.parse(fs.readFileSync(file, "utf8"));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  return summary(profile.samples.map((id, i) => [nodes.get(id)!.callFrame, (profile.timeDeltas[i] ?? 0) / 1000]));
}

interface HeapNode {
  readonly callFrame: CallFrame;
  readonly selfSize: number;
  readonly children: HeapNode[];
}

/** Live sampled bytes of a .heapprofile, by allocating function. */
function heapSummary(file: string): Summary {
  const entries: [CallFrame, number][] = [];
  const walk = (node: HeapNode) => {
    entries.push([node.callFrame, node.selfSize]);
    node.children.forEach(walk);
  };
  walk(JSON.parse(fs.readFileSync(file, "utf8")).head);
  return summary(entries);
}

/** Runs `node --cpu-prof|--heap-prof <args>` and returns the profile's path (in a new temp folder). */
export function profile(kind: "cpu" | "heap", args: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-prof."));
  const r = spawnSync(process.execPath, [`--${kind}-prof`, `--${kind}-prof-dir`, dir, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`profiling ${args.join(" ")} failed:\n${r.stderr}`);
  return path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith(`.${kind}profile`))!);
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const mb = (x: number) => `${(x / 2 ** 20).toFixed(1)} MB`;

/** Markdown: amounts by place for both sides and their difference, then the library's top functions. */
function table(a: Summary, b: Summary, unit: (x: number) => string, what: string, rows: number): string[] {
  const places = [...new Set([...a.byPlace.keys(), ...b.byPlace.keys()])]
    .map((place) => ({ place, a: a.byPlace.get(place) ?? 0, b: b.byPlace.get(place) ?? 0 }))
    .sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b))
    .slice(0, rows);
  const functions = [...a.byFunction].sort((x, y) => y[1] - x[1]).slice(0, 8);
  return [
    `| where (${what}) | library | hand-written | difference |`,
    "|---|---:|---:|---:|",
    ...places.map((p) => `| ${p.place} | ${unit(p.a)} | ${unit(p.b)} | ${p.a - p.b >= 0 ? "+" : "−"}${unit(Math.abs(p.a - p.b))} |`),
    "",
    `This repo's functions with the most ${what} on the library side:`,
    "",
    ...functions.map(([fn, t]) => `- ${unit(t)}: \`${fn}\``),
  ];
}

/** CPU: self time by place, library against hand-written. */
export function cpuTable(library: string, handwritten: string, rows = 12): string[] {
  const [a, b] = [cpuSummary(library), cpuSummary(handwritten)];
  return [
    `Sampled CPU: library ${ms(a.total)}, hand-written ${ms(b.total)} (one profiled run each; profiling slows both).`,
    "",
    ...table(a, b, ms, "self time", rows),
  ];
}

/** Memory: sampled live allocations at exit by place, library against hand-written. */
export function heapTable(library: string, handwritten: string, rows = 12): string[] {
  const [a, b] = [heapSummary(library), heapSummary(handwritten)];
  return [
    `Sampled live heap at exit: library ${mb(a.total)}, hand-written ${mb(b.total)} (V8's sampling heap profiler,`,
    "one run each; by the function that allocated).",
    "",
    ...table(a, b, mb, "live heap", rows),
  ];
}
