// The release policy scripts/api-check.js applies to jsii-diff's verdict: a breaking change needs a
// breaking version bump (the major; below 1.0 the minor) and CHANGELOG.md's section of that version
// saying it breaks (docs/RELEASING.md). jsii-diff itself runs in .ci/run against api/<version>.jsii.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const policy = require("../scripts/api-check.js");

const changelog = (...sections: string[]) => ["# Changelog", "", "## [Unreleased]", "", ...sections].join("\n");
const BREAKING_030 = "## [0.3.0] - 2026-12-10\n\n### Breaking\n\n- `azapi` is no longer exported.\n\n### Added\n\n- something\n";
const removed = ["err  - CLASS cdktf-azure-appgw-mtls.Foo: has been removed [removed:cdktf-azure-appgw-mtls.Foo]"];

describe("versions", () => {
  test("order by semver precedence, a prerelease before its release", () => {
    const sorted = ["1.0.0", "0.10.0", "0.2.0", "0.3.0-rc.10", "0.3.0-rc.2", "0.3.0", "0.3.0-alpha", "0.2.1"].sort(policy.compareVersions);
    expect(sorted).toEqual(["0.2.0", "0.2.1", "0.3.0-alpha", "0.3.0-rc.2", "0.3.0-rc.10", "0.3.0", "0.10.0", "1.0.0"]);
  });

  test("refuse what is not X.Y.Z[-prerelease]", () => {
    for (const bad of ["0.2", "v0.2.0", "0.02.0", "0.2.0+build", ""]) expect(() => policy.parseVersion(bad)).toThrow(/is not a version/);
  });

  test.each([
    ["0.2.0", "0.3.0", true],
    ["0.2.0", "0.3.0-rc.1", true],
    ["0.2.0", "1.0.0", true],
    ["0.2.0", "0.2.1", false],
    ["0.2.0", "0.2.0", false],
    ["1.4.2", "1.5.0", false],
    ["1.4.2", "2.0.0", true],
    ["2.0.0", "1.9.0", false],
  ])("%s to %s is a breaking bump: %s", (from, to, expected) => {
    expect(policy.isBreakingBump(from, to)).toBe(expected);
  });

  test("the baseline is the highest recorded release not above the version", () => {
    expect(policy.baselineFor("0.3.0", ["0.1.0", "0.2.0", "0.3.0"])).toBe("0.3.0");
    expect(policy.baselineFor("0.3.0-rc.1", ["0.1.0", "0.2.0", "0.3.0"])).toBe("0.2.0");
    expect(policy.baselineFor("0.1.5", ["0.2.0"])).toBeUndefined();
  });

  test("recorded versions are api/<version>.jsii files, in version order", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "api-policy-"));
    try {
      for (const f of ["0.10.0.jsii", "0.2.0.jsii", "README.md", "latest.jsii"]) fs.writeFileSync(path.join(dir, f), "{}");
      expect(policy.recordedVersions(dir)).toEqual(["0.2.0", "0.10.0"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the repository records the release package.json's version builds on", () => {
    const version = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")).version;
    expect(policy.baselineFor(version, policy.recordedVersions())).toBeDefined();
  });
});

describe("CHANGELOG.md", () => {
  test("a version's section runs from its '## [version]' heading to the next '## '", () => {
    const text = changelog(BREAKING_030, "## [0.2.0] - 2026-11-29\n\n### Changed (breaking)\n\n- old\n");
    expect(policy.changelogSection(text, "0.3.0")).toContain("`azapi` is no longer exported");
    expect(policy.changelogSection(text, "0.3.0")).not.toContain("- old");
    expect(policy.changelogSection(text, "0.4.0")).toBeUndefined();
    // "0.3.0" is not the section of "0.3.0-rc.1", nor the other way round.
    expect(policy.changelogSection(text, "0.3.0-rc.1")).toBeUndefined();
  });

  test("breaking entries are the list items under a '### ' heading holding the word 'breaking'", () => {
    expect(policy.breakingEntries("\n### Breaking\n\n- a\n- b\n\n### Added\n\n- c\n")).toEqual(["a", "b"]);
    expect(policy.breakingEntries("\n### Changed (breaking)\n\n* a\n")).toEqual(["a"]);
    expect(policy.breakingEntries("\n### Breaking\n\n### Added\n\n- c\n")).toEqual([]);
    expect(policy.breakingEntries("\n### Added\n\n- breaking news: none\n")).toEqual([]);
    expect(policy.breakingEntries("\n### Unbreakable\n\n- a\n")).toEqual([]);
  });
});

describe("the verdict", () => {
  test("a compatible API passes at any version not below the release", () => {
    expect(policy.decide({ baseline: "0.2.0", version: "0.2.0", changelog: changelog(), breaking: [] }).ok).toBe(true);
    expect(policy.decide({ baseline: "0.2.0", version: "0.2.1", changelog: changelog(), breaking: [] }).ok).toBe(true);
  });

  test("a version below the release fails", () => {
    const v = policy.decide({ baseline: "0.3.0", version: "0.2.9", changelog: changelog(), breaking: [] });
    expect(v).toEqual({ ok: false, message: expect.stringContaining("below the last release 0.3.0") });
  });

  test("a break without a breaking bump fails, whatever the CHANGELOG says", () => {
    for (const version of ["0.2.0", "0.2.1"]) {
      const v = policy.decide({ baseline: "0.2.0", version, changelog: changelog(BREAKING_030.replace("0.3.0", version)), breaking: removed });
      expect(v).toEqual({ ok: false, message: expect.stringContaining("not a breaking bump: raise the minor (below 1.0)") });
    }
    const major = policy.decide({ baseline: "1.2.0", version: "1.3.0", changelog: changelog(BREAKING_030.replace("0.3.0", "1.3.0")), breaking: removed });
    expect(major.message).toContain("raise the major");
  });

  test("a break with the bump fails until the version's CHANGELOG section declares it", () => {
    const none = policy.decide({ baseline: "0.2.0", version: "0.3.0", changelog: changelog(), breaking: removed });
    expect(none).toEqual({ ok: false, message: expect.stringContaining('no "## [0.3.0]" section') });
    const silent = policy.decide({ baseline: "0.2.0", version: "0.3.0", changelog: changelog("## [0.3.0]\n\n### Added\n\n- x\n"), breaking: removed });
    expect(silent).toEqual({ ok: false, message: expect.stringContaining('has no "### Breaking"') });
    // Declared under [Unreleased] only: not the version's section.
    const unreleased = policy.decide({ baseline: "0.2.0", version: "0.3.0", changelog: "## [Unreleased]\n\n### Breaking\n\n- x\n\n## [0.3.0]\n\n### Added\n\n- y\n", breaking: removed });
    expect(unreleased.ok).toBe(false);
  });

  test("a break with the bump and the declaration passes, and says how many", () => {
    const v = policy.decide({ baseline: "0.2.0", version: "0.3.0", changelog: changelog(BREAKING_030), breaking: [...removed, ...removed] });
    expect(v).toEqual({ ok: true, message: expect.stringContaining("2 breaking changes since 0.2.0, allowed") });
  });
});
