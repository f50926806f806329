// The test PKI's replay cache, which mutation runs use (VERIFIER_PKI_CACHE, docs/MUTATION.md): a second
// run of a test file gets the first run's certificates and CRLs, including what issueWhere retried for.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

type Pki = typeof import("./support/pki");
const cache = fs.mkdtempSync(path.join(os.tmpdir(), "pki-cache-test."));
afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));

/** pki.ts loaded afresh (its instance count restarts, as in a new jest run) with the cache set. */
function freshPki(): Pki {
  process.env.VERIFIER_PKI_CACHE = cache;
  let loaded: Pki | undefined;
  jest.isolateModules(() => (loaded = require("./support/pki")));
  delete process.env.VERIFIER_PKI_CACHE;
  return loaded!;
}

/** What a test file does: a CA, a leaf retried until its third attempt, a revocation, CRLs before and after it. */
function run({ TestPki, caExtensions, clientExtensions }: Pki, wanted: (pem: string, attempt: number) => boolean) {
  const pki = new TestPki();
  let attempts = 0;
  pki.issue("ca", undefined, { subject: "/CN=Cache CA", extensions: caExtensions() });
  const leaf = pki.issueWhere((issued) => wanted(issued.pem, ++attempts), 5, "leaf", "ca", { subject: "/CN=leaf", extensions: clientExtensions() });
  const before = pki.crl("ca");
  pki.revoke("ca", leaf);
  const after = pki.crl("ca");
  const texts = { leaf: leaf.pem, before, after, onDisk: fs.readFileSync(leaf.certFile, "utf8"), attempts };
  pki.cleanup();
  return texts;
}

test("a second run replays the first: the leaf issueWhere accepted, the CRLs before and after the revocation", () => {
  // The first run wants a third, different certificate: each retry must be issued anew.
  const seen = new Set<string>();
  const first = run(freshPki(), (pem) => seen.size < seen.add(pem).size && seen.size === 3);
  expect(first.attempts).toBe(3);
  // The replay's first attempt is already the leaf the first run accepted.
  const second = run(freshPki(), (pem) => pem === first.leaf);
  expect(second.attempts).toBe(1);
  expect({ ...second, attempts: 0 }).toEqual({ ...first, attempts: 0 });
  expect(first.before).not.toEqual(first.after);
});
