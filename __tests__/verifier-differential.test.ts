// The verifier against `openssl verify -purpose sslclient` over a generated corpus of chains: renewals in
// both orders, intermediates as trust anchors, CRLs at each depth, EKU / keyUsage / pathLen variants and
// signature algorithms. Every case must get the same verdict (accepted or not) from both, except the
// deliberate differences listed in DIFFERENCES, where each side's verdict is pinned so a difference that
// disappears (or changes side) fails too. openssl is required: without it the PKI cannot be made and the
// file fails (never skips); .ci/run installs it when missing.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ClientCertificatePolicy, ClientCertificateVerifier } from "../src/verifier";
import { Issued, caExtensions, clientExtensions, gatewayEscape, standardPki } from "./support/pki";

const t = standardPki();
const { pki, root, intermediate, leaves } = t;
afterAll(() => pki.cleanup());

// ---- the corpus: CAs ----------------------------------------------------------------------
const intermediateExt = ["basicConstraints = critical,CA:TRUE,pathlen:0", "keyUsage = critical,keyCertSign,cRLSign", "subjectKeyIdentifier = hash"];
// Same name and key as the test root / intermediate, expired: what a renewal leaves behind.
const oldRoot = pki.issue("root-expired", undefined, { subject: "/CN=Test Root/O=Verifier Tests", extensions: caExtensions(), from: -800, to: -400 }, "root");
const oldIntermediate = pki.issue("intermediate-expired", "root", { subject: "/CN=Test Issuing CA/O=Verifier Tests", extensions: intermediateExt, from: -800, to: -400 }, "intermediate");
// Two levels below the root for pathLen: a CA allowing one CA below it, and one allowing none.
const pathLen1 = pki.issue("pathlen-1", "root", { subject: "/CN=PathLen 1 CA", extensions: caExtensions().map((l) => l.replace("CA:TRUE", "CA:TRUE,pathlen:1")) });
const belowPathLen1 = pki.issue("below-pathlen-1", "pathlen-1", { subject: "/CN=Below PathLen 1", extensions: caExtensions() });
const belowIntermediate = pki.issue("below-intermediate", "intermediate", { subject: "/CN=Below PathLen 0", extensions: caExtensions() });
const serverOnlyCa = pki.issue("server-only", "root", { subject: "/CN=Server Only CA", extensions: caExtensions("extendedKeyUsage = serverAuth") });
const clientOnlyCa = pki.issue("client-only", "root", { subject: "/CN=Client Only CA", extensions: caExtensions("extendedKeyUsage = clientAuth") });
const expiredCa = pki.issue("expired-ca", "root", { subject: "/CN=Expired CA", extensions: caExtensions(), from: -400, to: -1 });
const rsaCa = pki.issue("rsa-ca", "root", { subject: "/CN=RSA CA", extensions: caExtensions(), keyAlgorithm: "RSA" });
const revokedCa = pki.issue("revoked-ca", "root", { subject: "/CN=Revoked CA", extensions: caExtensions() });

// ---- leaves -------------------------------------------------------------------------------
const leaf = (name: string, issuer: string, extra: { extensions?: string[]; from?: number; to?: number; digest?: string; sigopts?: string[] } = {}) =>
  pki.issue(name, issuer, { subject: `/CN=${name}`, extensions: clientExtensions(), ...extra });
const leafVariants: Record<string, Issued> = {
  valid: leaves.valid,
  expired: leaves.expired,
  "not yet valid": leaves.notYetValid,
  "no EKU": leaves.noEku,
  "serverAuth EKU": leaves.serverEku,
  "anyExtendedKeyUsage only": leaf("any-eku", "intermediate", { extensions: ["basicConstraints = critical,CA:FALSE", "keyUsage = critical,digitalSignature", "extendedKeyUsage = 2.5.29.37.0"] }),
  "clientAuth and anyExtendedKeyUsage": leaf("client-any-eku", "intermediate", { extensions: clientExtensions().map((l) => l.replace("= clientAuth", "= clientAuth, 2.5.29.37.0")) }),
  "keyUsage keyEncipherment only": leaves.keyEnciphermentOnly,
  "keyUsage keyAgreement only": leaf("key-agreement", "intermediate", { extensions: ["keyUsage = critical,keyAgreement", "extendedKeyUsage = clientAuth"] }),
  "no keyUsage": leaf("no-key-usage", "intermediate", { extensions: ["basicConstraints = critical,CA:FALSE", "extendedKeyUsage = clientAuth"] }),
  "ECDSA with SHA-384": leaf("sha384", "intermediate", { digest: "sha384" }),
  "ECDSA with SHA-512": leaf("sha512", "intermediate", { digest: "sha512" }),
  "ECDSA with SHA-1": leaves.sha1,
  "critical certificatePolicies": leaf("critical-policies", "intermediate", { extensions: clientExtensions("certificatePolicies = critical,1.3.6.1.4.1.55555.2") }),
  "unknown critical extension": leaves.unknownCritical,
  "forged (the intermediate's name, another key)": t.forged,
  "from another CA": t.fromOtherCa,
  "self-signed": t.selfSigned,
};

// ---- cases --------------------------------------------------------------------------------
interface Case {
  readonly anchors: readonly Issued[];
  readonly intermediates: readonly Issued[];
  readonly leaf: Issued;
  readonly crls?: readonly string[];
  readonly crlCoverage?: "chain" | "leaf";
}
const cases = new Map<string, Case>();
const chains: Record<string, Pick<Case, "anchors" | "intermediates">> = {
  "root anchor, intermediate": { anchors: [root], intermediates: [intermediate] },
  "root and intermediate as anchors": { anchors: [root, intermediate], intermediates: [] },
  "the intermediate as the only anchor": { anchors: [intermediate], intermediates: [] },
  "intermediates [expired, renewed]": { anchors: [root], intermediates: [oldIntermediate, intermediate] },
  "intermediates [renewed, expired]": { anchors: [root], intermediates: [intermediate, oldIntermediate] },
  "anchors [expired root, renewed root]": { anchors: [oldRoot, root], intermediates: [intermediate] },
  "anchors [renewed root, expired root]": { anchors: [root, oldRoot], intermediates: [intermediate] },
  "the expired intermediate alone": { anchors: [root], intermediates: [oldIntermediate] },
};
for (const [chain, c] of Object.entries(chains)) {
  for (const [variant, l] of Object.entries(leafVariants)) cases.set(`${chain} / ${variant}`, { ...c, leaf: l });
}

// CA-side variants, one leaf each.
const under = (name: string, issuer: string) => leaf(name, issuer);
const caCases: Record<string, Case> = {
  "pathlen:1 CA, a CA below it, a leaf": { anchors: [root], intermediates: [pathLen1, belowPathLen1], leaf: under("below-pathlen-1-leaf", "below-pathlen-1") },
  "pathlen:0 intermediate, a CA below it, a leaf": { anchors: [root], intermediates: [intermediate, belowIntermediate], leaf: under("below-intermediate-leaf", "below-intermediate") },
  "a CA restricted to serverAuth": { anchors: [root], intermediates: [serverOnlyCa], leaf: under("server-only-leaf", "server-only") },
  "a CA restricted to clientAuth": { anchors: [root], intermediates: [clientOnlyCa], leaf: under("client-only-leaf", "client-only") },
  "an expired CA": { anchors: [root], intermediates: [expiredCa], leaf: under("expired-ca-leaf", "expired-ca") },
  "an RSA CA, PKCS#1 v1.5 SHA-256 leaf": { anchors: [root], intermediates: [rsaCa], leaf: under("rsa-pkcs1-leaf", "rsa-ca") },
  "an RSA CA, RSASSA-PSS SHA-256 leaf": { anchors: [root], intermediates: [rsaCa], leaf: leaf("rsa-pss-leaf", "rsa-ca", { sigopts: ["rsa_padding_mode:pss"] }) },
  "an RSA CA, SHA-512 leaf": { anchors: [root], intermediates: [rsaCa], leaf: leaf("rsa-sha512-leaf", "rsa-ca", { digest: "sha512" }) },
  "a pinned self-signed client": { anchors: [t.selfSigned], intermediates: [], leaf: t.selfSigned },
  "a leaf signed by a pinned self-signed client": { anchors: [t.selfSigned], intermediates: [], leaf: t.issuedBySelfSigned },
};
for (const [name, c] of Object.entries(caCases)) cases.set(name, c);

// CRLs at each depth: the leaf's issuer (depth 0) and the root for the intermediate (depth 1).
const belowRevokedCa = under("below-revoked-ca", "revoked-ca");
const revokedCaCrl = pki.crl("revoked-ca");
const intermediateCrl = pki.crl("intermediate");
const rootCrlBefore = pki.crl("root");
pki.revoke("root", revokedCa);
const rootCrl = pki.crl("root");
const expiredIntermediateCrl = pki.crl("intermediate", -60, -30);
const futureIntermediateCrl = pki.crl("intermediate", 2, 30);
const crlSets: Record<string, Pick<Case, "crls" | "crlCoverage">> = {
  "both CRLs, chain": { crls: [intermediateCrl, rootCrl] },
  "both CRLs, leaf": { crls: [intermediateCrl, rootCrl], crlCoverage: "leaf" },
  "the intermediate's CRL only, chain": { crls: [intermediateCrl] },
  "the intermediate's CRL only, leaf": { crls: [intermediateCrl], crlCoverage: "leaf" },
  "the root's CRL only, chain": { crls: [rootCrl] },
  "an expired intermediate CRL, chain": { crls: [expiredIntermediateCrl, rootCrl] },
  "a future intermediate CRL only, chain": { crls: [futureIntermediateCrl, rootCrl] },
  "current and future intermediate CRLs, chain": { crls: [intermediateCrl, futureIntermediateCrl, rootCrl] },
};
for (const [set, crl] of Object.entries(crlSets)) {
  for (const [variant, l] of Object.entries({ valid: leaves.valid, revoked: leaves.revoked })) {
    for (const chain of ["root anchor, intermediate", "root and intermediate as anchors"]) {
      cases.set(`${chain} / ${variant} / ${set}`, { ...chains[chain], leaf: l, ...crl });
    }
  }
}
for (const [set, crl] of Object.entries({ "chain, the root's CRL revoking the CA": { crls: [revokedCaCrl, rootCrl] }, "leaf, the root's CRL revoking the CA": { crls: [revokedCaCrl, rootCrl], crlCoverage: "leaf" as const }, "chain, the root's CRL before the revocation": { crls: [revokedCaCrl, rootCrlBefore] } })) {
  cases.set(`revoked CA as intermediate / ${set}`, { anchors: [root], intermediates: [revokedCa], leaf: belowRevokedCa, ...crl });
  cases.set(`revoked CA as an anchor with the root / ${set}`, { anchors: [root, revokedCa], intermediates: [], leaf: belowRevokedCa, ...crl });
}

// ---- the two verdicts -----------------------------------------------------------------------
function ours(c: Case): string {
  const policy: ClientCertificatePolicy = {
    trustAnchors: c.anchors.map((a) => a.pem),
    intermediates: c.intermediates.map((i) => i.pem),
    ...(c.crls ? { crls: [...c.crls], crlCoverage: c.crlCoverage ?? "chain" } : {}),
  };
  const result = new ClientCertificateVerifier(policy).verifyHeader(gatewayEscape(c.leaf.pem));
  return result.ok ? "accepted" : `rejected (${result.reason})`;
}

/**
 * OpenSSL's verdicts, one `openssl verify` run per policy (it takes many leaves at once and prints
 * "<file>: OK" for each it accepts).
 */
function opensslVerdicts(all: readonly (readonly [string, Case])[]): Map<string, string> {
  const groups = new Map<string, [string, Case][]>();
  for (const [name, c] of all) {
    const key = JSON.stringify([c.anchors.map((a) => a.name), c.intermediates.map((i) => i.name), c.crls ?? null, c.crlCoverage ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), [name, c]]);
  }
  const verdicts = new Map<string, string>();
  [...groups.values()].forEach((group, g) => {
    const c = group[0][1];
    const file = (name: string, text: string) => {
      const f = path.join(pki.dir, `differential-${g}-${name}.pem`);
      fs.writeFileSync(f, text);
      return f;
    };
    const args = ["verify", "-purpose", "sslclient", "-CAfile", file("anchors", c.anchors.map((a) => a.pem).join(""))];
    if (c.intermediates.length) args.push("-untrusted", file("intermediates", c.intermediates.map((i) => i.pem).join("")));
    if (c.crls) args.push("-CRLfile", file("crls", c.crls.join("")), c.crlCoverage === "leaf" ? "-crl_check" : "-crl_check_all");
    // An anchor set without a self-signed certificate is a partial chain to OpenSSL (the verifier's anchors always end a path).
    if (!c.anchors.some((a) => isSelfSigned(a))) args.push("-partial_chain");
    const leafFiles = [...new Set(group.map(([, k]) => k.leaf.certFile))];
    const run = spawnSync("openssl", [...args, ...leafFiles], { cwd: pki.dir, encoding: "utf8" });
    if (run.error) throw run.error; // openssl missing: the test fails, it does not skip
    const ok = new Set(run.stdout.split("\n").filter((l) => l.endsWith(": OK")).map((l) => l.slice(0, -4)));
    for (const [name, k] of group) verdicts.set(name, ok.has(k.leaf.certFile) ? "accepted" : "rejected");
  });
  return verdicts;
}
const selfSigned = new Map<Issued, boolean>();
function isSelfSigned(cert: Issued): boolean {
  if (!selfSigned.has(cert)) {
    const text = pki.openssl("x509", "-in", cert.certFile, "-noout", "-subject", "-issuer", "-nameopt", "RFC2253");
    const [subject, issuer] = text.trim().split("\n").map((l) => l.replace(/^(subject|issuer)=/, ""));
    selfSigned.set(cert, subject === issuer);
  }
  return selfSigned.get(cert)!;
}

/**
 * Where the verifier deliberately disagrees with `openssl verify -purpose sslclient`, and why. Each entry
 * pins both verdicts (the verifier's reason code, OpenSSL's acceptance or rejection).
 */
/** The leaf variant on each chain where the valid leaf is accepted by both (every chain but the expired intermediate alone). */
const VALID_CHAIN = (variant: string) => new RegExp(`^(?!the expired intermediate alone).* / ${variant}$`);
const DIFFERENCES: { match: RegExp; ours: string; openssl: "accepted" | "rejected"; why: string }[] = [
  {
    match: VALID_CHAIN("no EKU"),
    ours: "rejected (MISSING_CLIENT_AUTH_EKU)",
    openssl: "accepted",
    why: "stricter on EKU: a leaf without extendedKeyUsage is valid for any purpose to OpenSSL; requireClientAuth (default) wants clientAuth named, so a certificate issued for another use does not log in",
  },
  {
    match: VALID_CHAIN("ECDSA with SHA-1"),
    ours: "rejected (WEAK_SIGNATURE)",
    openssl: "accepted",
    why: "SHA-1 signatures are refused: SHA-1 collisions are practical (OpenSSL's verify checks signature strength only with -auth_level)",
  },
  {
    match: /RSASSA-PSS/,
    ours: "rejected (WEAK_SIGNATURE)",
    openssl: "accepted",
    why: "RSASSA-PSS is refused: its hash is in its parameters, which default to SHA-1, and the verifier does not read them",
  },
  {
    match: VALID_CHAIN("critical certificatePolicies"),
    ours: "rejected (UNSUPPORTED_CRITICAL_EXTENSION)",
    openssl: "accepted",
    why: "certificate policies are not evaluated, so a critical one is refused (RFC 5280 §4.2); OpenSSL processes policies",
  },
  {
    match: VALID_CHAIN("keyUsage keyAgreement only"),
    ours: "rejected (KEY_USAGE)",
    openssl: "accepted",
    why: "a TLS 1.3 client signs CertificateVerify, so its key needs digitalSignature; OpenSSL's sslclient purpose also admits keyAgreement (static ECDH, not in TLS 1.3)",
  },
  {
    match: /^revoked CA as intermediate \/ leaf, the root's CRL revoking the CA$/,
    ours: "rejected (REVOKED)",
    openssl: "accepted",
    why: 'crlCoverage "leaf" still applies a CA\'s CRL where one is given; openssl -crl_check reads the leaf\'s only',
  },
  {
    match: /^revoked CA as an anchor with the root \/ leaf, the root's CRL revoking the CA$/,
    ours: "rejected (REVOKED)",
    openssl: "accepted",
    why: 'as above: with "leaf", the configured root CRL still applies to the intermediate anchor',
  },
];

// OpenSSL's verdicts do not depend on the verifier: a mutation run computes them once (TestPki.remember).
const openssl = new Map(Object.entries(pki.remember("openssl verdicts", () => Object.fromEntries(opensslVerdicts([...cases])))));
/**
 * Both verdicts per case, computed in the first test that asks (a mutation run treats verifier code run
 * outside a test as covered by every test), then kept for the others.
 */
let computed: { name: string; ours: string; openssl: string }[] | undefined;
const results = () => (computed ??= Array.from(cases, ([name, c]) => ({ name, ours: ours(c), openssl: openssl.get(name)! })));
const documented = (r: { name: string }) => DIFFERENCES.find((d) => d.match.test(r.name));

test("the verifier and openssl verify agree on every case outside the documented differences, and each difference holds as pinned", () => {
  const wrong = results().filter((r) => {
    const d = documented(r);
    return d ? r.ours !== d.ours || r.openssl !== d.openssl : (r.ours === "accepted") !== (r.openssl === "accepted");
  });
  expect(wrong).toEqual([]);
});

test("the corpus is large and reaches both verdicts on both sides", () => {
  expect(results().length).toBeGreaterThan(150);
  for (const side of ["ours", "openssl"] as const) {
    expect(results().filter((r) => r[side] === "accepted").length).toBeGreaterThan(20);
    expect(results().filter((r) => r[side] !== "accepted").length).toBeGreaterThan(20);
  }
});

test.each(DIFFERENCES.map((d) => [d.why, d]))("a deliberate difference: %s", (_, d) => {
  const hit = results().filter((r) => d.match.test(r.name));
  expect(hit.length).toBeGreaterThan(0);
  for (const r of hit) expect({ name: r.name, ours: r.ours, openssl: r.openssl }).toEqual({ name: r.name, ours: d.ours, openssl: d.openssl });
});
