#!/usr/bin/env node
// API compatibility: the built assembly (.jsii, from `npm run build`) against the last
// released one kept in api/<version>.jsii, compared by jsii's own tool, jsii-diff. A breaking
// change passes only when package.json's version is a breaking bump from that release (the
// major; below 1.0 the minor) AND CHANGELOG.md's section of that version declares it
// (docs/RELEASING.md, "API compatibility"). The cdktf package only: the cdktn flavour is
// built from the same sources, its assembly differs only in the core's module names.
//
//   node scripts/api-check.js              compare (exit 1 on a breaking change the policy refuses)
//   node scripts/api-check.js --record     after a release: copy .jsii to api/<version>.jsii
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const API_DIR = path.join(ROOT, "api");

/** { major, minor, patch, prerelease } of a semver "X.Y.Z[-pre]" (build metadata refused: npm drops it). */
function parseVersion(text) {
  const m = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/.exec(String(text));
  if (!m) throw new Error(`"${text}" is not a version X.Y.Z or X.Y.Z-prerelease`);
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ?? "" };
}

/** <0, 0, >0 as a is before, equal to, after b (semver precedence; prerelease ids compared as text or number). */
function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (const k of ["major", "minor", "patch"]) if (x[k] !== y[k]) return x[k] - y[k];
  if (x.prerelease === y.prerelease) return 0;
  if (!x.prerelease) return 1;
  if (!y.prerelease) return -1;
  const [p, q] = [x.prerelease.split("."), y.prerelease.split(".")];
  for (let i = 0; i < Math.max(p.length, q.length); i++) {
    if (p[i] === undefined) return -1;
    if (q[i] === undefined) return 1;
    const [n, m] = [/^\d+$/.test(p[i]), /^\d+$/.test(q[i])];
    if (n && m && Number(p[i]) !== Number(q[i])) return Number(p[i]) - Number(q[i]);
    if (n !== m) return n ? -1 : 1;
    if (p[i] !== q[i]) return p[i] < q[i] ? -1 : 1;
  }
  return 0;
}

/**
 * Whether `to` may break the API of release `from`: a higher major; below 1.0 (major 0) a
 * higher minor too, as semver's "anything may change" is read by npm's caret ranges (^0.2.0
 * takes 0.2.x only).
 */
function isBreakingBump(from, to) {
  const [a, b] = [parseVersion(from), parseVersion(to)];
  if (b.major !== a.major) return b.major > a.major;
  return a.major === 0 && b.minor > a.minor;
}

/** The text of CHANGELOG.md's section "## [version]" (to the next "## "), or undefined. */
function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

/**
 * The breaking-change entries a section declares: the list items under its "### " headings
 * that hold the word "breaking" (`### Breaking`, `### Changed (breaking)`), up to the next heading.
 */
function breakingEntries(section) {
  const entries = [];
  let inBreaking = false;
  for (const line of section.split("\n")) {
    if (/^#{1,6} /.test(line)) inBreaking = /^### .*\bbreaking\b/i.test(line);
    else if (inBreaking && /^[-*] \S/.test(line)) entries.push(line.slice(2).trim());
  }
  return entries;
}

/**
 * The verdict on a comparison: `breaking` is the list of jsii-diff's errors (empty when the
 * API stays compatible). Returns { ok, message }.
 */
function decide({ baseline, version, changelog, breaking }) {
  const order = compareVersions(version, baseline);
  if (order < 0) return { ok: false, message: `package.json's version ${version} is below the last release ${baseline} (api/${baseline}.jsii)` };
  if (breaking.length === 0) return { ok: true, message: `the API of ${version} is compatible with ${baseline}` };
  const n = `${breaking.length} breaking change${breaking.length === 1 ? "" : "s"}`;
  const needed = parseVersion(baseline).major === 0 ? "the minor (below 1.0)" : "the major";
  if (!isBreakingBump(baseline, version)) {
    return {
      ok: false,
      message: `${n} since ${baseline}, but ${version} is not a breaking bump: raise ${needed} and say so in CHANGELOG.md's "## [<version>]" section under a "### Breaking" heading (docs/RELEASING.md)`,
    };
  }
  const section = changelogSection(changelog, version);
  if (section === undefined) return { ok: false, message: `${n} since ${baseline}: CHANGELOG.md has no "## [${version}]" section` };
  if (breakingEntries(section).length === 0) {
    return { ok: false, message: `${n} since ${baseline}: CHANGELOG.md's "## [${version}]" section has no "### Breaking" (or "### ... (breaking)") heading with entries` };
  }
  return { ok: true, message: `${n} since ${baseline}, allowed: ${version} is a breaking bump and CHANGELOG.md's ${version} section declares them` };
}

/** The versions recorded in api/ (api/<version>.jsii), ascending. */
function recordedVersions(dir = API_DIR) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".jsii"))
    .map((f) => f.slice(0, -".jsii".length))
    .filter((v) => {
      try {
        return parseVersion(v) && true;
      } catch {
        return false;
      }
    })
    .sort(compareVersions);
}

/** The release to compare with: the highest recorded version not above `version`. */
function baselineFor(version, recorded) {
  return recorded.filter((v) => compareVersions(v, version) <= 0).pop();
}

/**
 * jsii-diff loads an assembly's dependencies from a package folder (package.json with a "jsii"
 * section, the assembly beside it) by Node's resolution: the baseline goes into build/ so that
 * its dependencies (cdktf, constructs, the provider: those of the repository now) resolve from
 * the repository's node_modules.
 */
function baselinePackage(version) {
  const assembly = JSON.parse(fs.readFileSync(path.join(API_DIR, `${version}.jsii`), "utf8"));
  const dir = path.join(ROOT, "build", "api-baseline", version);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(API_DIR, `${version}.jsii`), path.join(dir, ".jsii"));
  const pkg = { name: assembly.name, version: assembly.version, jsii: {}, peerDependencies: assembly.dependencies ?? {} };
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}

function jsiiDiff(original, updated) {
  const bin = require.resolve("jsii-diff/bin/jsii-diff", { paths: [ROOT] });
  const r = spawnSync(process.execPath, [bin, "--keys", original, updated], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: process.versions.node.split(".")[0] },
  });
  const output = `${r.stdout}${r.stderr}`;
  // 0: compatible (warnings aside); 1: errors listed as "err  - ..."; anything else: it could not compare.
  if (r.status !== 0 && r.status !== 1) throw new Error(`jsii-diff could not compare (exit ${r.status}):\n${output}`);
  const breaking = output.split("\n").filter((l) => l.startsWith("err "));
  if (r.status === 1 && breaking.length === 0) throw new Error(`jsii-diff exit 1 without an error line:\n${output}`);
  return { output, breaking };
}

function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const built = path.join(ROOT, ".jsii");
  if (!fs.existsSync(built)) throw new Error("no .jsii: run `npm run build` first");
  const assembly = JSON.parse(fs.readFileSync(built, "utf8"));
  if (assembly.version !== pkg.version) throw new Error(`.jsii is of version ${assembly.version}, package.json says ${pkg.version}: run \`npm run build\``);

  if (process.argv.includes("--record")) {
    fs.mkdirSync(API_DIR, { recursive: true });
    fs.copyFileSync(built, path.join(API_DIR, `${pkg.version}.jsii`));
    console.log(`api-check: recorded the assembly of ${pkg.version} as api/${pkg.version}.jsii`);
    return 0;
  }
  const baseline = baselineFor(pkg.version, recordedVersions());
  if (!baseline) throw new Error(`no api/<version>.jsii at or below ${pkg.version}: nothing to compare with (docs/RELEASING.md)`);
  console.log(`api-check: jsii-diff api/${baseline}.jsii (the release) against .jsii (${pkg.version})`);
  const { output, breaking } = jsiiDiff(baselinePackage(baseline), ROOT);
  const shown = output.split("\n").filter((l) => /^(err|warn) /.test(l));
  if (shown.length) console.log(shown.join("\n"));
  const verdict = decide({ baseline, version: pkg.version, changelog: fs.readFileSync(path.join(ROOT, "CHANGELOG.md"), "utf8"), breaking });
  console.log(`api-check: ${verdict.ok ? "ok" : "FAILED"}: ${verdict.message}`);
  return verdict.ok ? 0 : 1;
}

module.exports = { parseVersion, compareVersions, isBreakingBump, changelogSection, breakingEntries, decide, recordedVersions, baselineFor };

if (require.main === module) {
  try {
    process.exit(main());
  } catch (error) {
    console.error(`api-check: ${error.message}`);
    process.exit(1);
  }
}
