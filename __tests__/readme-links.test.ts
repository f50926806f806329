// The README leads to the docs/ pages and back: every relative link of README.md and
// docs/*.md reaches a file, every #anchor a heading of its page, every docs/ page is
// reached from the README, and the README's table of contents lists every section.
import * as fs from "fs";
import * as path from "path";
import { anchorsOf, brokenLinks, linksOf, slug } from "./support/markdown-links";

const ROOT = path.resolve(__dirname, "..");
const DOCS = fs.readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
const PAGES = ["README.md", ...DOCS];
const read = (page: string) => fs.readFileSync(path.join(ROOT, page), "utf8");
const readIfAny = (file: string) => (fs.existsSync(path.join(ROOT, file)) && fs.statSync(path.join(ROOT, file)).isFile() ? read(file) : undefined);
const links = (page: string) => linksOf(page, read(page));
const anchors = (page: string) => anchorsOf(read(page));

// The pages about working on the repository are not in the npm package (package-contents.test.ts checks
// the packed pages' links): the README names them, in code font, and links the ones it ships.
test("every docs/ page is reached from the README, directly or through a docs/ page it links, or named there as a repository page", () => {
  expect(DOCS.length).toBeGreaterThan(1);
  const named = [...read("README.md").matchAll(/`(docs\/[\w.-]+\.md)`/g)].map((m) => m[1]);
  const reached = new Set<string>(["README.md", ...named.filter((d) => DOCS.includes(d))]);
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
  expect(brokenLinks([page], readIfAny)).toEqual([]);
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
