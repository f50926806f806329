/**
 * A throw-away PKI for the verifier tests, made with the openssl CLI in a temp
 * folder: `openssl ca` because it sets notBefore/notAfter and writes CRLs. EC
 * P-256 keys keep it fast (the whole set takes well under a second).
 */
import { execFileSync } from "child_process";
import { createPrivateKey, sign } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const DAY = 24 * 3600 * 1000;

/** openssl's YYMMDDHHMMSSZ (UTCTime), `days` from now. */
export function opensslDate(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z";
}

export interface Issued {
  readonly name: string;
  /** PEM of the certificate. */
  readonly pem: string;
  readonly certFile: string;
  readonly keyFile: string;
}

export interface IssueOptions {
  /** openssl -subj, e.g. "/CN=client-a". */
  readonly subject: string;
  /** Lines of an openssl extension section (basicConstraints = ..., keyUsage = ...). */
  readonly extensions: readonly string[];
  /** Days from now; default -1 and 365. */
  readonly from?: number;
  readonly to?: number;
  /** Signature digest; default sha256. */
  readonly digest?: string;
  /** The new key's algorithm; default EC (P-256). */
  readonly keyAlgorithm?: "EC" | "RSA";
  /** openssl -sigopt values for the issuer's signature, e.g. "rsa_padding_mode:pss". */
  readonly sigopts?: readonly string[];
}

/** Extensions of a client certificate; `extra` lines are appended. */
export const clientExtensions = (...extra: string[]): string[] => [
  "basicConstraints = critical,CA:FALSE",
  "keyUsage = critical,digitalSignature",
  "extendedKeyUsage = clientAuth",
  ...extra,
];

export const caExtensions = (...extra: string[]): string[] => [
  "basicConstraints = critical,CA:TRUE",
  "keyUsage = critical,keyCertSign,cRLSign",
  "subjectKeyIdentifier = hash",
  ...extra,
];

/**
 * Set by the mutation run (.ci/mutation/stryker.config.mjs) to a fresh folder: the first run of a test
 * file saves its PKI there and every later run (one per mutant) starts from a copy instead of calling
 * openssl again. Only what openssl made is replayed (certificates, keys, CRLs, each keyed by the exact
 * call and, for CRLs, the revocations made before it); anything dated to the minute is made afresh.
 */
const CACHE = process.env.VERIFIER_PKI_CACHE;
const instances = new Map<string, number>();
const wholeDays = (...days: (number | undefined)[]): boolean => days.every((d) => d === undefined || Number.isInteger(d));

export class TestPki {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "verifier-pki."));
  private crls = 0;
  /** Results of openssl calls by key, saved to / restored from the cache. */
  private memo: Record<string, unknown> = {};
  private readonly snapshot?: string;
  private readonly restored: boolean = false;
  private readonly configured = new Set<string>();
  private readonly revocations: Record<string, string[]> = {};

  constructor() {
    if (!CACHE) return;
    const testPath: string = (globalThis as { expect?: { getState(): { testPath?: string } } }).expect?.getState().testPath ?? "pki";
    const label = path.basename(testPath);
    const n = (instances.get(label) ?? 0) + 1;
    instances.set(label, n);
    this.snapshot = path.join(CACHE, `${label}.${n}`);
    if (fs.existsSync(path.join(this.snapshot, "memo.json"))) {
      copyTree(this.snapshot, this.dir);
      this.memo = JSON.parse(fs.readFileSync(path.join(this.dir, "memo.json"), "utf8"));
      this.restored = true;
    }
  }

  /**
   * `compute()`, or its result from the cached run (JSON values only); always `compute()` without a
   * cache. `again`: compute and record anew (a retry must not get the result it is retrying).
   */
  remember<T>(key: string, compute: () => T, again = false): T {
    if (!this.snapshot) return compute();
    if (again || !(key in this.memo)) this.memo[key] = compute();
    return this.memo[key] as T;
  }

  openssl(...args: string[]): string {
    return execFileSync("openssl", args, { cwd: this.dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  }

  private file(name: string): string {
    return path.join(this.dir, name);
  }

  private newKey(name: string, algorithm: "EC" | "RSA" = "EC"): string {
    const keyFile = this.file(`${name}.key`);
    const options = algorithm === "EC" ? ["-pkeyopt", "ec_paramgen_curve:P-256"] : ["-pkeyopt", "rsa_keygen_bits:2048"];
    this.openssl("genpkey", "-algorithm", algorithm, ...options, "-out", keyFile);
    return keyFile;
  }

  /** The `openssl ca` database and config of an issuer (its key, its certificate). */
  private caConfig(issuer: string): string {
    const home = this.file(`${issuer}.ca`);
    const config = path.join(home, "ca.cnf");
    // Written once per instance: a copy restored from the cache holds the first run's folder in it.
    if (!this.configured.has(issuer)) {
      this.configured.add(issuer);
      fs.mkdirSync(path.join(home, "new"), { recursive: true });
      if (!fs.existsSync(path.join(home, "index.txt"))) fs.writeFileSync(path.join(home, "index.txt"), "");
      fs.writeFileSync(
        config,
        [
          "[ca]",
          "default_ca = this",
          "[this]",
          `database = ${home}/index.txt`,
          `new_certs_dir = ${home}/new`,
          `certificate = ${this.file(`${issuer}.pem`)}`,
          `private_key = ${this.file(`${issuer}.key`)}`,
          "default_md = sha256",
          "policy = anything",
          "rand_serial = yes",
          "unique_subject = no",
          "preserve = yes",
          "[anything]",
          "commonName = optional",
          "organizationName = optional",
          "",
        ].join("\n"),
      );
    }
    return config;
  }

  /**
   * A certificate for a new key, signed by `issuer` (a name given earlier), or
   * self-signed when `issuer` is undefined. `keyOf` reuses another name's key.
   */
  issue(name: string, issuer: string | undefined, options: IssueOptions, keyOf?: string): Issued {
    return this.issueOnce(false, name, issuer, options, keyOf);
  }

  private issueOnce(again: boolean, name: string, issuer: string | undefined, options: IssueOptions, keyOf?: string): Issued {
    const make = () => this.make(name, issuer, options, keyOf);
    const pem = wholeDays(options.from, options.to) ? this.remember(`issue ${JSON.stringify([name, issuer, options, keyOf])}`, make, again) : make();
    return { name, pem, certFile: this.file(`${name}.pem`), keyFile: this.file(`${name}.key`) };
  }

  /** issue's openssl calls; returns the certificate's PEM. */
  private make(name: string, issuer: string | undefined, options: IssueOptions, keyOf?: string): string {
    const keyFile = keyOf ? this.file(`${keyOf}.key`) : this.newKey(name, options.keyAlgorithm);
    if (keyOf) fs.copyFileSync(keyFile, this.file(`${name}.key`));
    const csr = this.file(`${name}.csr`);
    const ext = this.file(`${name}.ext`);
    const certFile = this.file(`${name}.pem`);
    this.openssl("req", "-new", "-key", keyFile, "-subj", options.subject, "-out", csr);
    fs.writeFileSync(ext, ["[ext]", ...options.extensions, ""].join("\n"));
    const signer = issuer === undefined ? ["-selfsign", "-keyfile", keyFile, "-config", this.caConfig(name)] : ["-config", this.caConfig(issuer)];
    this.openssl(
      "ca", "-batch", ...signer, "-in", csr, "-out", certFile, "-notext",
      "-startdate", opensslDate(options.from ?? -1), "-enddate", opensslDate(options.to ?? 365),
      "-md", options.digest ?? "sha256", "-extfile", ext, "-extensions", "ext",
      ...(options.sigopts ?? []).flatMap((o) => ["-sigopt", o]),
    );
    return fs.readFileSync(certFile, "utf8");
  }

  /**
   * `issue`, again with a new key (so a new serial and signature) until `wanted` holds, at most
   * `attempts` times: for tests that need a property of random bytes (e.g. '+' in the base64).
   */
  issueWhere(wanted: (issued: Issued) => boolean, attempts: number, ...args: Parameters<TestPki["issue"]>): Issued {
    for (let i = 0; i < attempts; i++) {
      // A replay's first attempt is the certificate the first run accepted; a retry is issued anew.
      const issued = this.issueOnce(i > 0, ...args);
      if (wanted(issued)) return issued;
    }
    throw new Error(`TestPki: no certificate "${args[0]}" out of ${attempts} met the test's precondition`);
  }

  revoke(issuer: string, cert: Issued): void {
    this.revocations[issuer] = [...(this.revocations[issuer] ?? []), cert.name];
    this.remember(`revoke ${issuer} ${cert.name}`, () => this.openssl("ca", "-config", this.caConfig(issuer), "-revoke", cert.certFile));
  }

  /** A CRL of `issuer` (PEM), valid from `from` to `to` days from now; `extensions` are openssl lines for CRL extensions. */
  crl(issuer: string, from = -1, to = 30, extensions: readonly string[] = []): string {
    const make = () => this.makeCrl(issuer, from, to, extensions);
    return wholeDays(from, to) ? this.remember(`crl ${JSON.stringify([issuer, from, to, extensions, this.revocations[issuer] ?? []])}`, make) : make();
  }

  private makeCrl(issuer: string, from: number, to: number, extensions: readonly string[]): string {
    const n = this.crls++;
    const out = this.file(`${issuer}.${n}.crl.pem`);
    let config = this.caConfig(issuer);
    const withExtensions: string[] = [];
    if (extensions.length > 0) {
      // openssl ca reads -crlexts from its main config, so a copy with the section added.
      const copy = this.file(`${issuer}.${n}.crl.cnf`);
      fs.writeFileSync(copy, [fs.readFileSync(config, "utf8"), "[crlext]", ...extensions, ""].join("\n"));
      config = copy;
      withExtensions.push("-crlexts", "crlext");
    }
    this.openssl(
      "ca", "-gencrl", "-config", config, "-out", out,
      "-crl_lastupdate", opensslDate(from), "-crl_nextupdate", opensslDate(to), ...withExtensions,
    );
    return fs.readFileSync(out, "utf8");
  }

  /**
   * A certificate or CRL (PEM) with its TBS changed by `edit` and signed again
   * with `issuer`'s key (ECDSA, the algorithm it names stays the same): fields
   * openssl will not write, signed properly so only the change is wrong.
   */
  resign(issuer: string, pem: string, edit: (tbs: DerNode) => DerNode): string {
    const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)![1];
    const [tbs, algorithm] = derParse(Buffer.from(pem.replace(/-----[^-]+-----|\s+/g, ""), "base64")).children!;
    const edited = edit(tbs);
    const signature = sign("sha256", derEncode(edited), createPrivateKey(fs.readFileSync(this.file(`${issuer}.key`))));
    const out = derEncode({ tag: 0x30, children: [edited, algorithm, { tag: 0x03, content: Buffer.concat([Buffer.from([0]), signature]) }] });
    return `-----BEGIN ${label}-----\n${out.toString("base64").match(/.{1,64}/g)!.join("\n")}\n-----END ${label}-----\n`;
  }

  cleanup(): void {
    if (this.snapshot && !this.restored) {
      // Saved whole, then renamed, so a run never sees half a snapshot.
      fs.writeFileSync(path.join(this.dir, "memo.json"), JSON.stringify(this.memo));
      copyTree(this.dir, `${this.snapshot}.partial`);
      fs.renameSync(`${this.snapshot}.partial`, this.snapshot);
    }
    removeTree(this.dir);
  }
}

/*
 * A PKI folder holds some 400 small files. Node's cpSync and rmSync spend about 0.5 s each on one
 * (most of a mutant's test run, docs/MUTATION.md); one cp or rm process takes a few milliseconds.
 * Node's own functions remain the fallback where those commands are missing.
 */
function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  try {
    execFileSync("cp", ["-R", `${from}/.`, to], { stdio: "ignore" });
  } catch {
    fs.cpSync(from, to, { recursive: true });
  }
}

function removeTree(dir: string): void {
  try {
    execFileSync("rm", ["-rf", dir], { stdio: "ignore" });
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A DER element for tests that build what openssl will not: constructed ones hold their children, others their content. */
export interface DerNode {
  readonly tag: number;
  readonly content?: Buffer;
  readonly children?: DerNode[];
}

/** Parses DER (short and long definite lengths) into a tree; constructed elements are parsed down. */
export function derParse(buf: Buffer): DerNode {
  const parseAt = (pos: number): [DerNode, number] => {
    const tag = buf[pos];
    let length = buf[pos + 1];
    let start = pos + 2;
    if (length & 0x80) {
      const n = length & 0x7f;
      length = buf.subarray(start, start + n).reduce((a, b) => a * 256 + b, 0);
      start += n;
    }
    const content = buf.subarray(start, start + length);
    if (!(tag & 0x20)) return [{ tag, content }, start + length];
    const children: DerNode[] = [];
    for (let p = start; p < start + length; ) {
      const [child, next] = parseAt(p);
      children.push(child);
      p = next;
    }
    return [{ tag, children }, start + length];
  };
  return parseAt(0)[0];
}

export function derEncode(node: DerNode): Buffer {
  const content = node.children ? Buffer.concat(node.children.map(derEncode)) : node.content!;
  const n = content.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return Buffer.concat([Buffer.from([node.tag, ...length]), content]);
}

/** Percent-encodes like nginx's $ssl_client_escaped_cert: all but letters, digits and -._~ (checked in the e2e test). */
export const nginxEscape = (pem: string): string => pem.replace(/[^A-Za-z0-9\-._~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);

/** Application Gateway's documented form: spaces and newlines escaped, base64 left as it is. */
export const gatewayEscape = (pem: string): string => pem.replace(/ /g, "%20").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

/** The base64 between a PEM's BEGIN and END lines, on one line. */
export const pemBody = (pem: string): string => pem.split("\n").slice(1, -2).join("");

/**
 * The escaping tests need '+' and '/' in the leaf's base64. Its random part (key, serial,
 * signature: about 250 characters) lacks a '+' in about 2 % of leaves, so the leaf is issued
 * until it has both; 20 attempts leave a failure chance of about 1e-34.
 */
const hasPlusAndSlash = (issued: Issued): boolean => /\+/.test(pemBody(issued.pem)) && /\//.test(pemBody(issued.pem));

/** The test PKI every verifier test uses: a root, an intermediate (pathlen 0) and their leaves. */
export function standardPki() {
  const pki = new TestPki();
  const root = pki.issue("root", undefined, { subject: "/CN=Test Root/O=Verifier Tests", extensions: caExtensions(), from: -30, to: 3650 });
  const intermediate = pki.issue("intermediate", "root", {
    subject: "/CN=Test Issuing CA/O=Verifier Tests",
    extensions: ["basicConstraints = critical,CA:TRUE,pathlen:0", "keyUsage = critical,keyCertSign,cRLSign", "subjectKeyIdentifier = hash"],
    from: -30,
    to: 1825,
  });
  const client = (name: string, extra: Partial<IssueOptions> = {}, issuer = "intermediate") =>
    pki.issue(name, issuer, { subject: `/CN=${name}/O=Verifier Tests`, extensions: clientExtensions(), ...extra });
  const leaves = {
    valid: pki.issueWhere(hasPlusAndSlash, 20, "client-a", "intermediate", {
      subject: "/CN=client-a/O=Verifier Tests",
      extensions: clientExtensions("subjectAltName = DNS:client-a.example.com, URI:spiffe://example.com/client-a, email:a@example.com, IP:10.0.0.1"),
    }),
    expired: client("expired", { from: -400, to: -30 }),
    notYetValid: client("not-yet-valid", { from: 30, to: 400 }),
    noEku: client("no-eku", { extensions: ["basicConstraints = critical,CA:FALSE", "keyUsage = critical,digitalSignature"] }),
    serverEku: client("server-eku", { extensions: ["basicConstraints = critical,CA:FALSE", "keyUsage = critical,digitalSignature", "extendedKeyUsage = serverAuth"] }),
    keyEnciphermentOnly: client("key-encipherment", { extensions: ["keyUsage = critical,keyEncipherment", "extendedKeyUsage = clientAuth"] }),
    revoked: client("revoked"),
    sha1: client("sha1-signed", { digest: "sha1" }),
    unknownCritical: client("unknown-critical", { extensions: clientExtensions("1.3.6.1.4.1.55555.1 = critical,ASN1:NULL") }),
    otherName: client("client-b", { extensions: clientExtensions("subjectAltName = DNS:client-b.example.com") }),
  };
  pki.revoke("intermediate", leaves.revoked);

  const otherRoot = pki.issue("other-root", undefined, { subject: "/CN=Other Root/O=Somebody Else", extensions: caExtensions(), from: -30, to: 3650 });
  const fromOtherCa = client("other-ca-client", {}, "other-root");
  // Same name as the issuing CA, different key: what a forger would make.
  const forgedCa = pki.issue("forged-ca", undefined, { subject: "/CN=Test Issuing CA/O=Verifier Tests", extensions: caExtensions(), from: -30, to: 3650 });
  const forged = client("forged", {}, "forged-ca");
  const selfSigned = pki.issue("self-signed", undefined, { subject: "/CN=self-signed", extensions: clientExtensions() });
  // Signed by the self-signed client's key: a pinned client must not be able to issue.
  const issuedBySelfSigned = client("issued-by-self-signed", {}, "self-signed");

  return { pki, root, intermediate, leaves, otherRoot, fromOtherCa, forgedCa, forged, selfSigned, issuedBySelfSigned, client };
}
