// What `npm install cdktf-azure-appgw-mtls` (or its cdktn flavour) gives a user: the file list of the
// tarball `npm pack` would write, checked against what the sources say it must
// hold. Needs `npm run build` first (CI builds before testing). With PACKED_TARBALL=<file.tgz>
// it checks that tarball instead, its files and their contents (scripts/pack-clean-clone.sh:
// the tarball a clean clone's `npm pack` wrote, prepack building first).
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FLAVOUR } from "../support/flavour";
import { brokenLinks } from "../support/markdown-links";

const root = path.resolve(__dirname, "../..");
const tarball = process.env.PACKED_TARBALL;

interface PackResult {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly entryCount: number;
  readonly files: { readonly path: string; readonly size: number }[];
}

/** The files of PACKED_TARBALL, extracted into `dir` (tar's own listing, sizes as extracted). */
function tarballList(file: string, dir: string): PackResult {
  execFileSync("tar", ["-xzf", file, "-C", dir]);
  const files: { path: string; size: number }[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, "package", rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else files.push({ path: child, size: fs.statSync(path.join(dir, "package", child)).size });
    }
  };
  walk("");
  const unpackedSize = files.reduce((n, f) => n + f.size, 0);
  return { filename: path.basename(file), size: fs.statSync(file).size, unpackedSize, entryCount: files.length, files };
}

/** `npm pack --dry-run --json`, scripts off: the list is what `files` selects from build/. */
function packList(): PackResult {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const out = execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const results = JSON.parse(out) as PackResult[];
  expect(results).toHaveLength(1);
  return results[0];
}

/** Every `.ts` source (not `.d.ts`) under `dir`, relative to the repo root. */
function tsSources(dir: string): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) found.push(child);
    }
  };
  walk(dir);
  return found;
}

/**
 * The generated azapi bindings the library's own sources import (`.gen/providers/azapi/<module>`):
 * the package holds these, not the other resources and data sources `npm run get` generates.
 */
function importedBindings(): string[] {
  const modules = new Set<string>();
  for (const src of tsSources("lib")) {
    for (const [, module] of fs.readFileSync(path.join(root, src), "utf8").matchAll(/from "(?:\.\.\/)+\.gen\/providers\/azapi\/([a-z-]+)"/g)) {
      modules.add(`.gen/providers/azapi/${module}/index.ts`);
    }
  }
  return [...modules];
}

/** The files the tarball must hold, derived from the sources: nothing more, nothing less. */
function expectedFiles(): string[] {
  // src/verifier compiles to build/verifier (tsconfig.verifier.json); verifier/package.json points there.
  const compiled = [...tsSources("lib"), ...importedBindings(), ...tsSources("src/verifier")].flatMap((src) => {
    const base = `build/${src.replace(/^src\//, "").replace(/\.ts$/, "")}`;
    return [`${base}.js`, `${base}.d.ts`];
  });
  // testing/package.json points into build/lib/testing; bin/ holds the synth runner and the converter's command (plain JavaScript).
  const entryPoints = ["verifier/package.json", "testing/package.json", "bin/appgw-mtls-synth.js", "bin/synth-report.js", "bin/appgw-mtls-import.js"];
  // The pages a user reads (README.md links docs/RULES.md); the contributors' docs/ pages stay in the repository.
  const pages = ["README.md", "docs/RULES.md", "CHANGELOG.md", "API.md"];
  return ["package.json", ".jsii", "LICENSE", ...pages, ...entryPoints, ...compiled].sort();
}

const requireCall = /require\((["'])([^"']+)\1\)/g;

/** `name` or `@scope/name` of a bare module specifier. */
function packageName(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

// Where the packed files' contents are read: the extracted tarball, or the repository itself.
const extracted = tarball ? fs.mkdtempSync(path.join(os.tmpdir(), "packed-")) : undefined;
const contents = extracted ? path.join(extracted, "package") : root;
afterAll(() => extracted && fs.rmSync(extracted, { recursive: true, force: true }));
const packedTarball = tarball ? tarballList(tarball, extracted!) : undefined;
const pkg = JSON.parse(fs.readFileSync(path.join(contents, "package.json"), "utf8"));

describe(`npm package contents (${tarball ? `the tarball ${path.basename(tarball)}` : "npm pack --dry-run"})`, () => {
  const packed = packedTarball ?? packList();
  const files = packed.files.map((f) => f.path).sort();

  test("holds exactly the compiled library and bindings, declarations, .jsii and the docs", () => {
    const expected = expectedFiles();
    const missing = expected.filter((f) => !files.includes(f));
    const unexpected = files.filter((f) => !expected.includes(f));
    // A stale build/ shows up as missing or unexpected files: run `npm run build`.
    expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
  });

  test("every relative link of the packed Markdown pages reaches a file of the package, and its #anchor a heading there", () => {
    // A user has the package, not the repository: README.md (and each page it ships) may link only what ships.
    const pages = files.filter((f) => f.endsWith(".md"));
    expect(pages).toEqual(expect.arrayContaining(["README.md", "docs/RULES.md"]));
    const read = (file: string) => (files.includes(file) ? fs.readFileSync(path.join(contents, file), "utf8") : undefined);
    expect(brokenLinks(pages, read)).toEqual([]);
    // Not vacuous: the README links docs/RULES.md, and a page the package does not hold would be reported.
    expect(brokenLinks(["README.md"], (f) => (f === "docs/RULES.md" ? undefined : read(f)))).toEqual(expect.arrayContaining(["README.md → docs/RULES.md"]));
  });

  // The budget was 1 MB until 0.3.0's rules, layer-4 parts and policy pack took the tarball to 1.01 MB
  // (after dropping the azapi bindings lib/ never imports, 0.10 MB). Measured gzip share then: rules/
  // 265 kB (each rule carries its source and message), adopt/ 99 kB, parts/ 88 kB, the verifier 84 kB,
  // .gen 82 kB, .jsii 80 kB, API.md 61 kB. A stray folder (tests, snapshots, cdktf.out) would add
  // megabytes, and the test above names every file anyway.
  test("stays small: under 1.5 MB packed, and exactly the files the build makes", () => {
    expect(packed.entryCount).toBe(files.length);
    expect(packed.size).toBeLessThan(1_500_000);
  });

  test("holds no tests, snapshots, synth output, benchmarks, sources or build state", () => {
    const forbidden = [
      /(^|\/)__tests__\//,
      /\.snap$/,
      /\.test\.[jt]s$/,
      /^cdktf\.out\//,
      /^bench\//,
      /^(lib|\.gen|scripts|examples|\.ci)\//,
      /(^|\/)[^/]+(?<!\.d)\.ts$/,
      /^main\.(ts|js)$/,
      /tsbuildinfo$/,
      /^dist\//,
      /\.tgz$/,
      /^(tsconfig.*|jest\.config\.js|cdktf\.json|package-lock\.json)$/,
    ];
    expect(files.filter((f) => forbidden.some((re) => re.test(f)))).toEqual([]);
  });

  test("main and types point into the package, and every relative require resolves inside it", () => {
    expect(files).toContain(pkg.main);
    expect(files).toContain(pkg.types);
    const unresolved: string[] = [];
    const bare = new Set<string>();
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      const text = fs.readFileSync(path.join(contents, file), "utf8");
      for (const m of text.matchAll(requireCall)) {
        const spec = m[2];
        if (!spec.startsWith(".")) {
          bare.add(packageName(spec));
          continue;
        }
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
        const candidates = [target, `${target}.js`, `${target}/index.js`];
        if (!candidates.some((c) => files.includes(c))) unresolved.push(`${file}: require("${spec}")`);
      }
    }
    expect(unresolved).toEqual([]);
    // In particular the azapi provider that build/lib/index.js exports by name.
    const index = fs.readFileSync(path.join(contents, "build/lib/index.js"), "utf8");
    expect(index).toMatch(/require\("\.\.\/\.gen\/providers\/azapi\/provider"\)/);
    expect(files).toContain("build/.gen/providers/azapi/provider/index.js");
    // Packages the compiled code loads are declared for the user to install.
    const declared = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
    const builtin = new Set(require("module").builtinModules as string[]);
    expect([...bare].filter((name) => !declared.includes(name) && !builtin.has(name.replace(/^node:/, "")))).toEqual([]);
  });

  test(`${FLAVOUR.packageName}/verifier resolves inside the package and loads node: builtins only`, () => {
    const stub = JSON.parse(fs.readFileSync(path.join(contents, "verifier/package.json"), "utf8"));
    expect(files).toContain(path.posix.join("verifier", stub.main));
    expect(files).toContain(path.posix.join("verifier", stub.types));
    const loaded = files
      .filter((f) => f.startsWith("build/verifier/") && f.endsWith(".js"))
      .flatMap((f) => Array.from(fs.readFileSync(path.join(contents, f), "utf8").matchAll(requireCall), (m) => m[2]));
    expect(loaded.filter((spec) => !spec.startsWith("./") && !spec.startsWith("node:"))).toEqual([]);
  });

  test(`${FLAVOUR.packageName}/testing resolves inside the package; the bins load only their own files, the compiled converter and node builtins`, () => {
    const stub = JSON.parse(fs.readFileSync(path.join(root, "testing/package.json"), "utf8"));
    expect(files).toContain(path.posix.join("testing", stub.main));
    expect(files).toContain(path.posix.join("testing", stub.types));
    expect(pkg.bin).toEqual({ "appgw-mtls-synth": "bin/appgw-mtls-synth.js", "appgw-mtls-import": "bin/appgw-mtls-import.js" });
    for (const bin of Object.values(pkg.bin) as string[]) expect(fs.readFileSync(path.join(root, bin), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    const loaded = files
      .filter((f) => f.startsWith("bin/"))
      .flatMap((f) => Array.from(fs.readFileSync(path.join(root, f), "utf8").matchAll(requireCall), (m) => m[2]));
    const builtin = new Set(require("module").builtinModules as string[]);
    expect(loaded.filter((spec) => !spec.startsWith("./") && !spec.startsWith("../build/lib/") && !builtin.has(spec))).toEqual([]);
  });

  test("API.md documents every public type of the root module of the .jsii assembly", () => {
    const assembly = JSON.parse(fs.readFileSync(path.join(contents, ".jsii"), "utf8"));
    const api = fs.readFileSync(path.join(contents, "API.md"), "utf8");
    expect(assembly.name).toBe(pkg.name);
    expect(assembly.version).toBe(pkg.version);
    const rootTypes = Object.keys(assembly.types).filter((fqn) => fqn.split(".").length === 2);
    expect(rootTypes.length).toBeGreaterThan(0);
    expect(rootTypes.filter((fqn) => !api.includes(`id="${fqn}"`))).toEqual([]);
  });

  test("package.json metadata: semver, MPL-2.0, keywords, engines, repository", () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    expect(pkg.license).toBe("MPL-2.0");
    expect(fs.readFileSync(path.join(contents, "LICENSE"), "utf8")).toMatch(/^Mozilla Public License Version 2\.0/);
    expect(fs.readFileSync(path.join(contents, "CHANGELOG.md"), "utf8")).toContain(`## [${pkg.version}]`);
    expect(pkg.keywords).toEqual(expect.arrayContaining([FLAVOUR.name, "azure", "application-gateway", "mtls"]));
    expect(pkg.engines?.node).toBeTruthy();
    expect(pkg.repository?.url).toBeTruthy();
  });

  test("npm pack and npm publish build first (prepack); npm ci and npm install do not (no prepare, no install hooks)", () => {
    expect(pkg.scripts?.prepack).toBe("npm run build");
    for (const hook of ["prepare", "preinstall", "install", "postinstall", "prepublish"]) expect(pkg.scripts?.[hook]).toBeUndefined();
  });

  test("provenance-ready metadata: the repository's homepage and issues, public access, provenance on publish", () => {
    const repository = String(pkg.repository.url).replace(/^git\+/, "").replace(/\.git$/, "");
    expect(pkg.homepage).toBe(`${repository}#readme`);
    expect(pkg.bugs).toEqual({ url: `${repository}/issues` });
    expect(pkg.publishConfig).toEqual({ access: "public", provenance: true });
  });

  test("exports: the root, ./verifier and ./testing (the same files as their stub package.json, for resolvers without exports), package.json and .jsii", () => {
    const inPackage = (target: string) => path.posix.normalize(target.replace(/^\.\//, ""));
    const subpath = (name: string) => {
      const stub = JSON.parse(fs.readFileSync(path.join(contents, `${name}/package.json`), "utf8"));
      return { types: `./${inPackage(path.posix.join(name, stub.types))}`, default: `./${inPackage(path.posix.join(name, stub.main))}` };
    };
    expect(pkg.exports).toEqual({
      ".": { types: `./${pkg.types}`, default: `./${pkg.main}` },
      "./verifier": subpath("verifier"),
      "./testing": subpath("testing"),
      "./package.json": "./package.json",
      "./.jsii": "./.jsii",
    });
    const targets = Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((t) => (typeof t === "string" ? [t] : Object.values(t)));
    expect(targets.map(inPackage).filter((t) => !files.includes(t))).toEqual([]);
  });

  test("npm pkg fix leaves package.json as it is", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pkg-fix-"));
    try {
      const file = path.join(dir, "package.json");
      const before = fs.readFileSync(path.join(contents, "package.json"), "utf8");
      fs.writeFileSync(file, before);
      execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["pkg", "fix"], { cwd: dir, stdio: "pipe" });
      expect(fs.readFileSync(file, "utf8")).toBe(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
