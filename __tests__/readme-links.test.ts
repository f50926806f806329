// The README leads to the docs/ pages and back: every relative link of README.md and
// docs/*.md reaches a file, every #anchor a heading of its page, every docs/ page is
// reached from the README, and the README's table of contents lists every section.
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const DOCS = fs.readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
const PAGES = ["README.md", ...DOCS];
const read = (page: string) => fs.readFileSync(path.join(ROOT, page), "utf8");

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
/** The anchors of a page's headings (outside code fences). */
function anchors(page: string): Set<string> {
  const text = read(page).replace(/```[\s\S]*?```/g, "");
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
}
/** The relative links of a page (outside code fences): [target file relative to the root, anchor]. */
function links(page: string): [string, string | undefined][] {
  const text = read(page).replace(/```[\s\S]*?```/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((href) => !/^[a-z]+:/.test(href))
    .map((href) => {
      const [file, anchor] = href.split("#");
      return [file === "" ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file)), anchor];
    });
}

test("every docs/ page is reached from the README, directly or through a docs/ page it links", () => {
  expect(DOCS.length).toBeGreaterThan(1);
  const reached = new Set<string>(["README.md"]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const page of [...reached]) {
      for (const [file] of links(page)) {
        if (DOCS.includes(file) && !reached.has(file)) {
          reached.add(file);
          grew = true;
        }
      }
    }
  }
  expect(DOCS.filter((d) => !reached.has(d))).toEqual([]);
});

test.each(PAGES)("every relative link of %s reaches a file, and its #anchor a heading there", (page) => {
  const broken = links(page).filter(([file, anchor]) => !fs.existsSync(path.join(ROOT, file)) || (anchor !== undefined && file.endsWith(".md") && !anchors(file).has(anchor)));
  expect(broken).toEqual([]);
});

test("the README's contents list every section, in order", () => {
  const text = read("README.md");
  const sections = [...text.replace(/```[\s\S]*?```/g, "").matchAll(/^## (.+)$/gm)].map((m) => slug(m[1])).filter((s) => s !== "contents");
  const contents = text.split("## Contents")[1].split("\n## ")[0];
  const listed = [...contents.matchAll(/^- \[[^\]]+\]\(#([^)]+)\)/gm)].map((m) => m[1]);
  expect(listed).toEqual(sections);
});

test("the check is not vacuous: a missing anchor is found", () => {
  expect(anchors("README.md").has("deploy")).toBe(true);
  expect(anchors("README.md").has("no-such-section")).toBe(false);
});
