// Where the time goes: V8 CPU profiles (`node --cpu-prof`) of the two sides of a
// case, self time summed by where the code lives (a file of this repo, a package,
// node itself), and the difference library minus hand-written.
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

/** Self time in ms by place, and by function within this repo's files. */
export function summarize(file: string): { total: number; byPlace: Map<string, number>; byFunction: Map<string, number> } {
  const profile: CpuProfile = JSON.parse(fs.readFileSync(file, "utf8"));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const place = placeOf(url);
    total += ms;
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
    if (/^(lib|bench|\.gen)\//.test(place)) {
      const fn = `${functionName || "(anonymous)"} (${place}:${lineNumber + 1})`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    }
  });
  return { total, byPlace, byFunction };
}

/** Runs `node --cpu-prof <args>` and returns the profile's path (in a new temp folder). */
export function cpuProfile(args: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-prof."));
  const r = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`profiling ${args.join(" ")} failed:\n${r.stderr}`);
  return path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!);
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Markdown: self time by place for both sides and their difference, then the library's hottest functions. */
export function profileTable(library: string, handwritten: string, rows = 12): string[] {
  const a = summarize(library);
  const b = summarize(handwritten);
  const places = [...new Set([...a.byPlace.keys(), ...b.byPlace.keys()])]
    .map((place) => ({ place, a: a.byPlace.get(place) ?? 0, b: b.byPlace.get(place) ?? 0 }))
    .sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b))
    .slice(0, rows);
  const functions = [...a.byFunction].sort((x, y) => y[1] - x[1]).slice(0, 8);
  return [
    `Sampled CPU: library ${ms(a.total)}, hand-written ${ms(b.total)} (one profiled run each; profiling slows both).`,
    "",
    "| where (self time) | library | hand-written | difference |",
    "|---|---:|---:|---:|",
    ...places.map((p) => `| ${p.place} | ${ms(p.a)} | ${ms(p.b)} | ${p.a - p.b >= 0 ? "+" : ""}${ms(p.a - p.b)} |`),
    "",
    "Hottest functions of this repo on the library side (self time):",
    "",
    ...functions.map(([fn, t]) => `- ${ms(t)}: \`${fn}\``),
  ];
}
