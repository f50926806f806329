// Where the time and the memory go: V8 profiles of the two sides of a case, CPU
// (`node --cpu-prof`: self time) and heap (`node --heap-prof`: sampled
// allocations still live when the process ends, by the function that allocated
// them), summed by where the code lives (a file of this repo, a package, node
// itself), and the difference library minus hand-written.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface CpuProfile {
  readonly nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

interface HeapNode {
  readonly callFrame: CallFrame;
  readonly selfSize: number;
  readonly children: HeapNode[];
}

const REPO = path.resolve(__dirname, "../../..");

/** Where a function's code lives: a repo file (lib/gateway/mtls-application-gateway.ts), a package (cdktf), node, or V8 itself. */
function placeOf(url: string): string {
  if (!url) return "(V8: GC, compiler, idle)";
  if (url.startsWith("node:")) return "node built-ins (module loading, fs, path, util)";
  const file = url.replace(/^file:\/\//, "");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1];
  // Compiled bench files sit in build/bench/<path>.js: name the source.
  return path.relative(path.join(REPO, "build", "bench"), file).replace(/\.js$/, ".ts");
}

interface Summary {
  readonly total: number;
  readonly byPlace: Map<string, number>;
  /** Within this repo's files only. */
  readonly byFunction: Map<string, number>;
}

/** V8's own entries, which no caller explains. */
const V8_ENTRIES = new Set(["(garbage collector)", "(idle)", "(program)", "(root)"]);

/**
 * The frame an amount is charged to: a frame in a file, or else (a builtin such as
 * Array.prototype.map or JSON.stringify) its nearest caller in a file.
 */
const charged = (frame: CallFrame, caller: CallFrame | undefined): CallFrame =>
  frame.url || V8_ENTRIES.has(frame.functionName) || !caller ? frame : caller;

/** Sums amounts (ms, bytes) over several profiles by place and by function of this repo, divided by the profile count. */
function summary(profiles: [CallFrame, number][][]): Summary {
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [{ functionName, url, lineNumber }, amount] of profiles.flat()) {
    const share = amount / profiles.length;
    const place = placeOf(url);
    total += share;
    byPlace.set(place, (byPlace.get(place) ?? 0) + share);
    if (/^(lib|bench|main|\.gen)/.test(place)) {
      const fn = `${functionName || "(anonymous)"} (${place}:${lineNumber + 1})`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + share);
    }
  }
  return { total, byPlace, byFunction };
}

/** Reads a profile written by `profile` and removes its temp folder. */
function readProfile(file: string): any {
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return json;
}

/** Self time in ms of a .cpuprofile, by charged frame. */
function cpuEntries(file: string): [CallFrame, number][] {
  const profile: CpuProfile = readProfile(file);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const frameOf = new Map<number, CallFrame>();
  const walk = (id: number, caller: CallFrame | undefined) => {
    const node = nodes.get(id)!;
    const frame = charged(node.callFrame, caller);
    frameOf.set(id, frame);
    for (const child of node.children ?? []) walk(child, frame.url ? frame : caller);
  };
  walk(profile.nodes[0].id, undefined);
  return profile.samples.map((id, i) => [frameOf.get(id)!, (profile.timeDeltas[i] ?? 0) / 1000]);
}

/** Sampled bytes still live at exit in a .heapprofile, by charged frame. */
function heapEntries(file: string): [CallFrame, number][] {
  const entries: [CallFrame, number][] = [];
  const walk = (node: HeapNode, caller: CallFrame | undefined) => {
    const frame = charged(node.callFrame, caller);
    entries.push([frame, node.selfSize]);
    for (const child of node.children) walk(child, frame.url ? frame : caller);
  };
  walk(readProfile(file).head, undefined);
  return entries;
}

/** Heap samples every 64 KB of allocation (V8's default, 512 KB, is too coarse for one gateway). */
const HEAP_INTERVAL = 64 * 1024;

/** Runs `node --cpu-prof|--heap-prof <args>` and returns the profile's path (in a new temp folder, removed once read). */
export function profile(kind: "cpu" | "heap", args: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-prof."));
  const flags = [`--${kind}-prof`, `--${kind}-prof-dir`, dir, ...(kind === "heap" ? [`--heap-prof-interval=${HEAP_INTERVAL}`] : [])];
  const r = spawnSync(process.execPath, [...flags, ...args], { encoding: "utf8" });
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

/** CPU: self time by place, library against hand-written, averaged over the profiled runs. */
export function cpuTable(library: string[], handwritten: string[], rows = 12): string[] {
  const [a, b] = [summary(library.map(cpuEntries)), summary(handwritten.map(cpuEntries))];
  return [
    `Sampled CPU per run: library ${ms(a.total)}, hand-written ${ms(b.total)} (mean of ${library.length} profiled runs per side,`,
    "alternating; profiling slows both). A builtin's time is charged to its caller.",
    "",
    ...table(a, b, ms, "self time", rows),
  ];
}

/** Memory: sampled live allocations at exit by place, library against hand-written, averaged over the profiled runs. */
export function heapTable(library: string[], handwritten: string[], rows = 12): string[] {
  const [a, b] = [summary(library.map(heapEntries)), summary(handwritten.map(heapEntries))];
  return [
    `Sampled live heap at exit: library ${mb(a.total)}, hand-written ${mb(b.total)} (V8's sampling heap profiler every`,
    `${HEAP_INTERVAL / 1024} KB, mean of ${library.length} runs per side; by the function that allocated, a builtin's share charged to its caller).`,
    "",
    ...table(a, b, mb, "live heap", rows),
  ];
}
