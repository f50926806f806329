// A seeded random sample of lib/'s mutants, for a per-folder mutation score this machine can afford
// (docs/MUTATION.md, "The library"): all of lib/ is some 9,000 mutants at 10–60 s each.
//
//   node .ci/mutation/lib-sample.mjs draw --seed 1 [--size rules=60,render=60,other=12]
//       lists every mutant of lib/ with Stryker's own instrumenter (the `// Stryker disable` comments
//       honoured), draws the sample per top folder of lib/ and writes reports/mutation/lib-sample.json;
//   npm run mutation:lib:sample
//       runs Stryker on the sample only (stryker.lib.config.mjs reads that file: each drawn mutant's
//       location is a mutate range, and lib-sample-ignorer.mjs ignores the mutants inside it that were
//       not drawn);
//   node .ci/mutation/lib-sample.mjs score
//       reads reports/mutation/lib.json and prints each folder's score over the drawn mutants, with a
//       95 % Wilson interval;
//   node .ci/mutation/lib-sample.mjs timeouts [--max N] [--folder rules,render]
//       checks each drawn mutant Stryker reported as a Timeout without a time limit: applies it to the
//       working tree, runs the test files that cover it, restores the file, and writes the verdicts
//       (tests fail / tests pass) to reports/mutation/lib-timeouts.json; `score` then counts a timeout
//       whose tests pass as a survivor. A timeout is only a kill if the tests would fail: under load a
//       slow but passing run times out too.
//   node .ci/mutation/lib-sample.mjs recheck --since <commit the run was made on> [--folder rules] [--files T,…]
//       the drawn survivors and uncovered against today's tests, the same way (covering files plus the test
//       files changed since that commit, plus the files named: a test file that does its work when it loads,
//       such as the adopt round trip, is not among a mutant's covering files), into
//       reports/mutation/lib-rechecks.json; `score` then adds a table with today's tests: what the tests
//       written after the run kill, measured rather than claimed.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";

export const SAMPLE_FILE = "reports/mutation/lib-sample.json";
const REPORT_FILE = "reports/mutation/lib.json";
const TIMEOUTS_FILE = "reports/mutation/lib-timeouts.json";
const RECHECKS_FILE = "reports/mutation/lib-rechecks.json";
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "../..");

/** Generated from the jsii assembly (a test compares it with a fresh derivation): never mutated. */
export const GENERATED_LIB_FILE = "lib/rules/api-shapes.ts";

/** The drawn sample, as `draw` wrote it: { seed, sizes, folders, mutants: [{ file, location, … }] }. */
export const readSample = () => JSON.parse(fs.readFileSync(path.join(root, SAMPLE_FILE), "utf8"));

/** A mutant's identity across runs: file, location (0-based lines and columns), mutator, replacement. */
export const keyOf = (file, loc, mutator, replacement) =>
  `${file}:${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}:${mutator}:${replacement}`;

/** True when location `outer` contains (or equals) location `inner`. */
export const contains = (outer, inner) =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.column <= inner.start.column)) &&
  (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.column >= inner.end.column));

/** The top folder of lib/ a file is in ("index" for lib/index.ts). */
export const folderOf = (file) => file.split("/")[1].replace(/\.ts$/, "");

/** Mulberry32: a small seeded generator, so a sample is drawn again identically from its seed. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function allMutants() {
  const require = createRequire(path.join(here, "package.json"));
  const { Instrumenter } = await import(require.resolve("@stryker-mutator/instrumenter"));
  const quiet = () => undefined;
  const logger = { trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error, fatal: console.error,
    isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => true, isErrorEnabled: () => true, isFatalEnabled: () => true };
  const files = fs
    .readdirSync(path.join(root, "lib"), { recursive: true })
    .map((f) => `lib/${f}`)
    .filter((f) => f.endsWith(".ts") && f !== GENERATED_LIB_FILE)
    .sort()
    .map((name) => ({ name, content: fs.readFileSync(path.join(root, name), "utf8"), mutate: true }));
  const { mutants } = await new Instrumenter(logger).instrument(files, { plugins: null, excludedMutations: [], ignorers: [] });
  return mutants.filter((m) => !m.status); // Ignored by a `// Stryker disable` comment: not drawn
}

async function draw(seed, sizes) {
  const mutants = await allMutants();
  const byFolder = new Map();
  for (const m of mutants) byFolder.set(folderOf(m.fileName), [...(byFolder.get(folderOf(m.fileName)) ?? []), m]);
  const next = random(seed);
  const drawn = [];
  const folders = {};
  for (const folder of [...byFolder.keys()].sort()) {
    const pool = [...byFolder.get(folder)];
    const size = Math.min(pool.length, sizes[folder] ?? sizes.other);
    for (let i = 0; i < size; i++) drawn.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    folders[folder] = { mutants: byFolder.get(folder).length, drawn: size };
  }
  // What Stryker will also generate: mutants on nodes that contain a drawn one inside a drawn range.
  const generated = mutants.filter(
    (m) => drawn.some((d) => d.fileName === m.fileName && contains(d.location, m.location)) && drawn.some((e) => e.fileName === m.fileName && contains(m.location, e.location)),
  );
  const sample = {
    seed,
    sizes,
    folders,
    mutants: drawn.map((m) => ({ file: m.fileName, location: m.location, mutatorName: m.mutatorName, replacement: m.replacement })),
  };
  fs.mkdirSync(path.dirname(path.join(root, SAMPLE_FILE)), { recursive: true });
  fs.writeFileSync(path.join(root, SAMPLE_FILE), JSON.stringify(sample, null, 1));
  console.log(`${mutants.length} mutants in lib/; drawn ${drawn.length} (seed ${seed}), Stryker will generate ${generated.length} (the rest of the drawn nodes' mutants and of the nodes between)`);
  for (const [folder, n] of Object.entries(folders)) console.log(`  ${folder.padEnd(10)} ${String(n.drawn).padStart(3)} of ${n.mutants}`);
}

/** Wilson score interval, 95 %. */
function wilson(k, n) {
  if (n === 0) return [NaN, NaN];
  const z = 1.96, p = k / n, d = 1 + (z * z) / n;
  const c = p + (z * z) / (2 * n), r = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [(c - r) / d, (c + r) / d];
}

/** The report's results by mutant key, with each result's file. */
function reportResults(report) {
  const results = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      // The report's locations are 1-based in lines and columns; the instrumenter's 0-based.
      const loc = { start: { line: m.location.start.line - 1, column: m.location.start.column - 1 }, end: { line: m.location.end.line - 1, column: m.location.end.column - 1 } };
      results.set(keyOf(file, loc, m.mutatorName, m.replacement), { ...m, file, loc });
    }
  }
  return results;
}

const readVerdicts = (file) => (fs.existsSync(path.join(root, file)) ? JSON.parse(fs.readFileSync(path.join(root, file), "utf8")) : {});
const readTimeouts = () => readVerdicts(TIMEOUTS_FILE);

/** The report, its results by key, and each test id's file. */
function readReport() {
  const report = JSON.parse(fs.readFileSync(path.join(root, REPORT_FILE), "utf8"));
  const testFile = new Map();
  for (const [file, { tests }] of Object.entries(report.testFiles ?? {})) for (const t of tests) testFile.set(t.id, file);
  return { report, results: reportResults(report), testFile };
}

/**
 * Applies each of `mutants` ([key, drawn]) to the working tree in turn, runs the test files that covered it
 * in the report plus `extraFiles` with no time limit, restores the file, and records "tests fail" or
 * "tests pass" under its key in `verdictFile` (skipping keys recorded already). Stops after `max`.
 */
function checkByHand(mutants, verdictFile, { max = Infinity, extraFiles = [] } = {}) {
  const { report, results, testFile } = readReport();
  const verdicts = readVerdicts(verdictFile);
  let checked = 0;
  for (const [i, [key, d]] of mutants.entries()) {
    if (verdicts[key]) continue;
    if (checked++ >= max) break;
    const m = results.get(key);
    const files = [...new Set([...(m.coveredBy ?? []).map((id) => testFile.get(id)).filter(Boolean), ...extraFiles])];
    if (files.length === 0) {
      console.log(`${i + 1}/${mutants.length} ${d.file}:${d.location.start.line + 1} ${d.mutatorName}: no test file covers it (not recorded)`);
      continue;
    }
    const source = fs.readFileSync(path.join(root, d.file), "utf8");
    // The mutant is the report's: on a file changed since the run its location may hold other code.
    if (source !== report.files[d.file].source) {
      console.log(`${i + 1}/${mutants.length} ${d.file}:${d.location.start.line + 1} ${d.mutatorName}: the file changed since the run (not recorded)`);
      continue;
    }
    const lines = source.split("\n");
    const offset = (l) => lines.slice(0, l.line).reduce((n, text) => n + text.length + 1, 0) + l.column;
    const started = Date.now();
    let run;
    try {
      fs.writeFileSync(path.join(root, d.file), source.slice(0, offset(d.location.start)) + m.replacement + source.slice(offset(d.location.end)));
      run = spawnSync("npx", ["jest", "--ci", "--silent", ...files], { cwd: root, encoding: "utf8" });
    } finally {
      fs.writeFileSync(path.join(root, d.file), source);
    }
    verdicts[key] = run.status === 0 ? "tests pass" : "tests fail";
    fs.writeFileSync(path.join(root, verdictFile), JSON.stringify(verdicts, null, 1));
    console.log(`${i + 1}/${mutants.length} ${d.file}:${d.location.start.line + 1} ${d.mutatorName}: ${verdicts[key]} (${files.length} test files, ${Math.round((Date.now() - started) / 1000)} s)`);
  }
}

/** The drawn mutants ([key, drawn]) of `folders` (all when undefined) whose status `statusOf` gives is one of `statuses`. */
function drawnWith(statuses, folders, statusOf) {
  return readSample()
    .mutants.filter((d) => folders === undefined || folders.includes(folderOf(d.file)))
    .map((d) => [keyOf(d.file, d.location, d.mutatorName, d.replacement), d])
    .filter(([k]) => statuses.includes(statusOf(k)));
}

/** Each drawn Timeout, applied by hand and run against its covering test files with no time limit. */
function checkTimeouts(max, folders) {
  const { results } = readReport();
  // In draw order (folder by folder, at random within a folder): the first `max` of a folder are a random
  // subset of its drawn timeouts.
  checkByHand(drawnWith(["Timeout"], folders, (k) => results.get(k)?.status), TIMEOUTS_FILE, { max });
}

/**
 * The drawn survivors and uncovered (a timeout whose tests pass among them) against today's tests: each
 * applied by hand and run against its covering test files plus every test file changed since `since`
 * (the commit the report was made on: a test written after the run may cover it from a new place).
 * `score` then shows the sample's score with today's tests beside the run's.
 */
function recheckSurvivors(since, folders, files = []) {
  const changed = spawnSync("git", ["diff", "--name-only", since, "--", "__tests__"], { cwd: root, encoding: "utf8" });
  if (changed.status !== 0) throw new Error(`git diff ${since}: ${changed.stderr}`);
  const extraFiles = [...changed.stdout.split("\n").filter((f) => /\.test\.ts$/.test(f) && fs.existsSync(path.join(root, f))), ...files];
  console.log(`test files changed since ${since}: ${extraFiles.length - files.length}; named: ${files.length}`);
  const statuses = statusesAfterTimeouts();
  checkByHand(drawnWith(["Survived", "NoCoverage"], folders, (k) => statuses.get(k)), RECHECKS_FILE, { extraFiles });
}

/** Each drawn mutant's status in the report, a checked timeout whose tests pass counted as Survived (see `timeouts`). */
function statusesAfterTimeouts() {
  const { results } = readReport();
  const verdicts = readTimeouts();
  const statuses = new Map();
  for (const d of readSample().mutants) {
    const key = keyOf(d.file, d.location, d.mutatorName, d.replacement);
    const m = results.get(key);
    statuses.set(key, !m ? "missing" : m.status === "Timeout" && verdicts[key] === "tests pass" ? "Survived" : m.status);
  }
  return statuses;
}

/** Per folder of the sample: the count of each status, the score and its 95 % interval. */
function printTable(sample, statuses) {
  const rows = {};
  for (const d of sample.mutants) {
    const row = (rows[folderOf(d.file)] ??= { Killed: 0, Timeout: 0, RuntimeError: 0, Survived: 0, NoCoverage: 0, CompileError: 0, Ignored: 0, missing: 0 });
    const status = statuses.get(keyOf(d.file, d.location, d.mutatorName, d.replacement));
    row[status] = (row[status] ?? 0) + 1;
  }
  console.log("folder      drawn  killed timeout RE surv nocov compile ignored  score   95% interval     with RE  timeouts not detected");
  for (const [folder, r] of Object.entries(rows).sort()) {
    const detected = r.Killed + r.Timeout, valid = detected + r.Survived + r.NoCoverage;
    const [lo, hi] = wilson(detected, valid);
    const withRe = (100 * (detected + r.RuntimeError)) / (valid + r.RuntimeError);
    const drawn = Object.values(r).reduce((a, b) => a + b, 0);
    const pct = (x) => (Number.isNaN(x) ? "  –  " : `${(100 * x).toFixed(0)}%`);
    console.log(`${folder.padEnd(11)} ${String(drawn).padStart(5)} ${[r.Killed, r.Timeout, r.RuntimeError, r.Survived, r.NoCoverage, r.CompileError, r.Ignored].map((x) => String(x).padStart(6)).join(" ")}  ${valid ? ((100 * detected) / valid).toFixed(1).padStart(5) + "%" : "   – "}  ${pct(lo)}–${pct(hi)}  ${Number.isNaN(withRe) ? "" : withRe.toFixed(1) + "%"}${valid ? "  " + ((100 * r.Killed) / valid).toFixed(1) + "%" : ""}${r.missing ? `  (${r.missing} not in the report)` : ""}`);
  }
}

function score() {
  const sample = readSample();
  const { results } = readReport();
  const verdicts = readTimeouts();
  const statuses = statusesAfterTimeouts();
  const left = sample.mutants.flatMap((d) => {
    const status = statuses.get(keyOf(d.file, d.location, d.mutatorName, d.replacement));
    return status === "Survived" || status === "NoCoverage" ? [`${status} ${d.file}:${d.location.start.line + 1}:${d.location.start.column + 1} ${d.mutatorName} → ${JSON.stringify(d.replacement).slice(0, 70)}`] : [];
  });
  console.log(`seed ${sample.seed}: score = (killed + timeout) / (killed + timeout + survived + no coverage); a runtime error (the mutant breaks a test file's loading) is shown apart, counted as detected in "with RE"`);
  console.log('"timeouts not detected": a timeout counted as a survivor instead (a lower bound, for a run whose timeouts may be slowness rather than endless loops)');
  printTable(sample, statuses);
  const drawnTimeouts = sample.mutants.filter((d) => results.get(keyOf(d.file, d.location, d.mutatorName, d.replacement))?.status === "Timeout");
  const checked = drawnTimeouts.map((d) => verdicts[keyOf(d.file, d.location, d.mutatorName, d.replacement)]).filter(Boolean);
  console.log(`\ntimeouts checked without a time limit (\`timeouts\`): ${checked.length} of ${drawnTimeouts.length}; tests pass on ${checked.filter((v) => v === "tests pass").length} (counted above as survivors)`);
  if (left.length) console.log(`\nSurvivors and uncovered among the drawn:\n  ${left.join("\n  ")}`);
  const rechecks = readVerdicts(RECHECKS_FILE);
  if (Object.keys(rechecks).length === 0) return;
  // A survivor the tests of today fail on counts as killed; one not rechecked keeps its status.
  const today = new Map([...statuses].map(([k, status]) => [k, rechecks[k] === "tests fail" ? "Killed" : status]));
  const rechecked = left.length && [...statuses].filter(([k, status]) => (status === "Survived" || status === "NoCoverage") && rechecks[k]);
  console.log(`\nWith today's tests (\`recheck\`: ${rechecked.length} of ${left.length} survivors and uncovered applied by hand, the tests fail on ${rechecked.filter(([k]) => rechecks[k] === "tests fail").length}):`);
  printTable(sample, today);
  const stillLeft = [...today].filter(([, status]) => status === "Survived" || status === "NoCoverage").map(([k, status]) => `${status} ${k.slice(0, 110)}${rechecks[k] ? "" : " (not rechecked)"}`);
  if (stillLeft.length) console.log(`\nLeft:\n  ${stillLeft.join("\n  ")}`);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [verb, ...args] = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  if (verb === "draw") {
    const sizes = Object.fromEntries(opt("--size", "rules=60,render=60,other=12").split(",").map((kv) => [kv.split("=")[0], Number(kv.split("=")[1])]));
    await draw(Number(opt("--seed", "1")), sizes);
  } else if (verb === "score") score();
  else if (verb === "timeouts") checkTimeouts(Number(opt("--max", "Infinity")), opt("--folder", undefined)?.split(","));
  else if (verb === "recheck" && opt("--since", undefined)) recheckSurvivors(opt("--since", undefined), opt("--folder", undefined)?.split(","), opt("--files", undefined)?.split(","));
  else {
    console.error("usage: lib-sample.mjs draw --seed N [--size rules=60,render=60,other=12] | score | timeouts [--max N] [--folder F,…] | recheck --since REV [--folder F,…] [--files T,…]");
    process.exit(2);
  }
}
