// One temporary folder per Stryker run, which its workers inherit through the environment: the
// test-name records of jest-circus-file-filter.js, the workers' TMPDIR and, for the verifier, the PKI
// cache (__tests__/support/pki.ts). On tmpfs (/dev/shm) where there is one: each verifier jest run
// copies a PKI of some 300 files into a temporary folder and removes it after, and on the disk that
// took 0.4 s (cp) + 0.2 s (rm) per test file, on tmpfs 0.1 s + 0.05 s (docs/MUTATION.md, "Cost").
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const memoryDisk = "/dev/shm";
const writable = (dir) => {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** Sets MUTATION_TEST_NAMES, TMPDIR and (with `pkiCache`) VERIFIER_PKI_CACHE once per run; removed at exit. */
export function prepareWorkDirs({ pkiCache }) {
  if (process.env.MUTATION_TEST_NAMES) return;
  const work = fs.mkdtempSync(path.join(writable(memoryDisk) ? memoryDisk : os.tmpdir(), "stryker-work."));
  const dirs = { MUTATION_TEST_NAMES: "test-names", TMPDIR: "tmp", ...(pkiCache ? { VERIFIER_PKI_CACHE: "pki" } : {}) };
  for (const [name, dir] of Object.entries(dirs)) {
    process.env[name] = path.join(work, dir);
    fs.mkdirSync(process.env[name]);
  }
  process.on("exit", () => fs.rmSync(work, { recursive: true, force: true }));
}
