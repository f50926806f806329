// The relative links of Markdown pages and the anchors of their headings, as GitHub and npm render
// them: for the repository's pages (readme-links.test.ts) and the packed ones (package-contents.test.ts).
import * as path from "path";

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
export const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");

const outsideFences = (text: string) => text.replace(/```[\s\S]*?```/g, "");

/** The anchors of a page's headings (outside code fences). */
export function anchorsOf(text: string): Set<string> {
  return new Set([...outsideFences(text).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
}

/** The relative links of `page` (a path from the root; outside code fences): [target file from the root, anchor]. */
export function linksOf(page: string, text: string): [string, string | undefined][] {
  return [...outsideFences(text).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((href) => !/^[a-z]+:/.test(href))
    .map((href) => {
      const [file, anchor] = href.split("#");
      return [file === "" ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file)), anchor];
    });
}

/**
 * The links of `pages` that reach no file, or no heading of a Markdown file, as "page → target#anchor";
 * `read` answers a file's text, or undefined when there is no such file.
 */
export function brokenLinks(pages: string[], read: (file: string) => string | undefined): string[] {
  return pages.flatMap((page) =>
    linksOf(page, read(page) ?? "")
      .filter(([file, anchor]) => {
        const text = read(file);
        return text === undefined || (anchor !== undefined && file.endsWith(".md") && !anchorsOf(text).has(anchor));
      })
      .map(([file, anchor]) => `${page} → ${file}${anchor !== undefined ? `#${anchor}` : ""}`),
  );
}
