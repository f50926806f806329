// The verifier under CA renewals, careless configuration and hostile chains (issue 26): one
// describe block per defect the security review found, each case failing on the verifier before it.
import { ClientCertificatePolicy, ClientCertificateVerifier, Reason, clientCertificateGuard, decodeCertificateHeader } from "../src/verifier";
import { X509Certificate } from "crypto";
import * as fs from "fs";
import { DerNode, caExtensions, clientExtensions, gatewayEscape, standardPki } from "./support/pki";

const t = standardPki();
const { pki, root, intermediate, leaves } = t;
afterAll(() => pki.cleanup());

const outcome = (v: ClientCertificateVerifier, pem: string): string => {
  const result = v.verifyHeader(gatewayEscape(pem));
  return result.ok ? "ACCEPTED" : result.reason;
};

describe("1. renewals: an expired CA next to its same-key renewal does not hide the renewal, in either order", () => {
  const expiredCa = pki.issue("renewed-ca-old", "root", { subject: "/CN=Renewed CA", extensions: caExtensions(), from: -400, to: -1 });
  const renewedCa = pki.issue("renewed-ca-new", "root", { subject: "/CN=Renewed CA", extensions: caExtensions(), from: -30, to: 365 }, "renewed-ca-old");
  const leaf = t.client("under-renewed-ca", {}, "renewed-ca-new");
  const oldRoot = pki.issue("renewed-root-old", undefined, { subject: "/CN=Renewed Root", extensions: caExtensions(), from: -400, to: -1 });
  const newRoot = pki.issue("renewed-root-new", undefined, { subject: "/CN=Renewed Root", extensions: caExtensions(), from: -30, to: 3650 }, "renewed-root-old");
  const caUnderRoot = pki.issue("under-renewed-root-ca", "renewed-root-new", { subject: "/CN=CA Under Renewed Root", extensions: caExtensions() });
  const leafUnderRoot = t.client("under-renewed-root", {}, "under-renewed-root-ca");

  test.each([
    ["intermediates [expired, renewed]", [expiredCa.pem, renewedCa.pem]],
    ["intermediates [renewed, expired]", [renewedCa.pem, expiredCa.pem]],
  ])("%s: ACCEPTED", (_, intermediates) => {
    expect(outcome(new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates }), leaf.pem)).toBe("ACCEPTED");
  });

  test.each([
    ["trustAnchors [expired root, renewed root]", [oldRoot.pem, newRoot.pem]],
    ["trustAnchors [renewed root, expired root]", [newRoot.pem, oldRoot.pem]],
  ])("%s: ACCEPTED", (_, trustAnchors) => {
    expect(outcome(new ClientCertificateVerifier({ trustAnchors, intermediates: caUnderRoot.pem }), leafUnderRoot.pem)).toBe("ACCEPTED");
  });

  test("the expired CA alone: EXPIRED, and the detail names the CA", () => {
    const v = new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: expiredCa.pem });
    expect(v.verifyHeader(gatewayEscape(leaf.pem))).toMatchObject({ reason: Reason.EXPIRED, detail: expect.stringContaining("CA CN=Renewed CA") });
  });

  test("when no path holds, the most specific failure is reported: EXPIRED from the CA whose key signed, not BAD_SIGNATURE from the impostor tried first", () => {
    const impostor = pki.issue("renewed-ca-impostor", undefined, { subject: "/CN=Renewed CA", extensions: caExtensions() });
    const both = new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: [impostor.pem, expiredCa.pem] });
    expect(outcome(both, leaf.pem)).toBe(Reason.EXPIRED);
  });
});

describe("2. an intermediate given as a trust anchor is still checked against its issuer's CRL", () => {
  const ca = pki.issue("anchored-ca", "root", { subject: "/CN=Anchored CA", extensions: caExtensions() });
  const leaf = t.client("under-anchored-ca", {}, "anchored-ca");
  const caCrl = pki.crl("anchored-ca");
  const rootCrlBefore = pki.crl("root");
  pki.revoke("root", ca);
  const rootCrlRevoking = pki.crl("root");
  const anchors = [root.pem, ca.pem];

  test.each([
    ["the root's CRL revokes the anchored intermediate, crlCoverage chain", Reason.REVOKED, { crls: [caCrl, rootCrlRevoking] }],
    ["the same, crlCoverage leaf (a CA is checked where a CRL is given)", Reason.REVOKED, { crls: [caCrl, rootCrlRevoking], crlCoverage: "leaf" as const }],
    ["the root's CRL before the revocation", "ACCEPTED", { crls: [caCrl, rootCrlBefore] }],
    ["no root CRL, crlCoverage chain (the intermediate's issuer is configured, so its CRL is wanted)", Reason.CRL_MISSING, { crls: [caCrl] }],
    ["no root CRL, crlCoverage leaf", "ACCEPTED", { crls: [caCrl], crlCoverage: "leaf" as const }],
  ])("%s: %s", (_, expected, extra) => {
    expect(outcome(new ClientCertificateVerifier({ trustAnchors: anchors, ...extra }), leaf.pem)).toBe(expected);
  });

  test("a CA with the root's name and another key does not clear the anchor: its CRL does not count", () => {
    const fakeRoot = pki.issue("fake-root-for-anchor", undefined, { subject: "/CN=Test Root/O=Verifier Tests", extensions: caExtensions() });
    const v = new ClientCertificateVerifier({ trustAnchors: anchors, intermediates: fakeRoot.pem, crls: [caCrl, rootCrlRevoking, pki.crl("fake-root-for-anchor")] });
    expect(outcome(v, leaf.pem)).toBe(Reason.REVOKED);
  });

  test("a self-signed anchor is not checked against a CRL, even with a same-name, same-key CA beside it that has none", () => {
    // The root again (its name and key) without cRLSign: no CRL can belong to it. Were the root checked
    // as an intermediate anchor is, its renewal would be its issuer and "chain" would want that CRL.
    const rootNoCrlSign = pki.issue("root-no-crl-sign", undefined, { subject: "/CN=Test Root/O=Verifier Tests", extensions: ["basicConstraints = critical,CA:TRUE", "keyUsage = critical,keyCertSign"], from: -30, to: 3650 }, "root");
    const v = new ClientCertificateVerifier({ trustAnchors: [root.pem, rootNoCrlSign.pem], intermediates: intermediate.pem, crls: [pki.crl("intermediate"), pki.crl("root")] });
    expect(outcome(v, leaves.valid.pem)).toBe("ACCEPTED");
    expect(outcome(v, leaves.revoked.pem)).toBe(Reason.REVOKED);
  });

  test("an intermediate anchor is checked against the CRL of its issuer by name only, not of another CA holding the same key", () => {
    // The root's key under another name: it verifies the intermediate's signature, but did not issue it by name,
    // so its missing CRL ("leaf" coverage lets a CA go without one) must not stand in for the root's expired one.
    const rootAlias = pki.issue("root-alias", undefined, { subject: "/CN=Root Alias", extensions: caExtensions(), from: -30, to: 3650 }, "root");
    const v = new ClientCertificateVerifier({
      trustAnchors: intermediate.pem,
      intermediates: [root.pem, rootAlias.pem],
      crls: [pki.crl("intermediate"), pki.crl("root", -60, -30)],
      crlCoverage: "leaf",
    });
    expect(outcome(v, leaves.valid.pem)).toBe(Reason.CRL_EXPIRED);
  });

  test("the intermediate alone as the anchor (its issuer not configured): trusted as itself, its own CRL applies", () => {
    expect(outcome(new ClientCertificateVerifier({ trustAnchors: ca.pem, crls: caCrl }), leaf.pem)).toBe("ACCEPTED");
  });
});

describe("3. every policy field is checked when the verifier is built (JavaScript and JSON callers)", () => {
  const base = { trustAnchors: root.pem, intermediates: intermediate.pem };
  test.each([
    ["commonNames as a string (it was a substring match)", { allowed: { commonNames: "client-a-admin" } }, /allowed\.commonNames is "client-a-admin"; give an array of strings/],
    ["dnsNames as a string (it threw on every request)", { allowed: { dnsNames: "client-a.example.com" } }, /allowed\.dnsNames is "client-a\.example\.com"; give an array/],
    ["emails as a string", { allowed: { emails: "a@example.com" } }, /allowed\.emails is/],
    ["uris as a string", { allowed: { uris: "spiffe://example.com/client-a" } }, /allowed\.uris is/],
    ["a name that is not a string", { allowed: { commonNames: [42] } }, /allowed\.commonNames\[0\] is 42; give a non-empty string/],
    ["an empty name", { allowed: { commonNames: [""] } }, /allowed\.commonNames\[0\] is ""/],
    ["a misspelt allow-list field", { allowed: { commonName: ["client-a"] } }, /allowed field "commonName"/],
    ["crlCoverage \"none\" (it turned revocation off)", { crls: [pki.crl("intermediate"), pki.crl("root")], crlCoverage: "none" }, /crlCoverage is "none"; allowed: "chain", "leaf"/],
    ["crlCoverage \"Chain\" (it acted as \"leaf\")", { crls: [pki.crl("intermediate"), pki.crl("root")], crlCoverage: "Chain" }, /crlCoverage is "Chain"/],
    ["maxHeaderLength NaN (it removed the limit)", { maxHeaderLength: NaN }, /maxHeaderLength is NaN; give a whole number of characters, 1 or more/],
    ["maxHeaderLength Infinity", { maxHeaderLength: Infinity }, /maxHeaderLength is Infinity/],
    ["maxHeaderLength 0", { maxHeaderLength: 0 }, /maxHeaderLength is 0/],
    ["maxHeaderLength as a string", { maxHeaderLength: "16384" }, /maxHeaderLength is "16384"/],
    ["requireClientAuth as a string", { requireClientAuth: "false" }, /requireClientAuth is "false"; give true or false/],
    ["clock that is a Date, not a function", { clock: new Date() }, /clock is a Date; give a function/],
    ["clockToleranceSeconds as a string", { clockToleranceSeconds: "300" }, /clockToleranceSeconds is "300"/],
    ["a trust anchor that is a number", { trustAnchors: [root.pem, 7] }, /trustAnchors\[1\] is 7; give PEM text/],
    ["intermediates as an object", { intermediates: { pem: intermediate.pem } }, /intermediates is a Object/],
    ["a CRL that is not text or bytes", { crls: [{}] }, /crls\[0\] is a Object/],
    ["an unknown field (exposeReason belongs to the guard)", { exposeReason: false }, /policy field "exposeReason" is false; the fields are trustAnchors/],
    ["allowed as an array", { allowed: ["client-a"] }, /allowed is an array; give an object with commonNames, dnsNames, emails, uris/],
    ["allowed null", { allowed: null }, /allowed is null/],
    ["an allow-list of empty lists", { allowed: { commonNames: [], uris: [] } }, /allowed lists no name/],
    ["a long wrong value, shortened in the message", { crlCoverage: "x".repeat(50) }, new RegExp(`crlCoverage is "${"x".repeat(40)}\\.\\.\\."; allowed`)],
    ["requireClientAuth null", { requireClientAuth: null }, /requireClientAuth is null; give true or false/],
    ["a trust anchor that is a boolean", { trustAnchors: [root.pem, true] }, /trustAnchors\[1\] is true/],
    ["no trustAnchors field", { trustAnchors: undefined }, /trustAnchors is undefined; give PEM text, DER bytes or X509Certificate objects/],
    ["one intermediate of the wrong type (not in an array)", { intermediates: 5 }, /intermediates is 5; give/],
    ["maxHeaderLength 1.5", { maxHeaderLength: 1.5 }, /maxHeaderLength is 1\.5/],
    ["a negative maxHeaderLength", { maxHeaderLength: -1 }, /maxHeaderLength is -1/],
    ["a clockToleranceSeconds of -0.5", { clockToleranceSeconds: -0.5 }, /clockToleranceSeconds is -0\.5; give a finite number of seconds, 0 or more$/],
    ["a wrong value of exactly 40 characters, shown whole", { crlCoverage: "x".repeat(40) }, new RegExp(`crlCoverage is "${"x".repeat(40)}"; allowed`)],
    ["requireClientAuth as a function", { requireClientAuth: () => true }, /requireClientAuth is a function; give true or false$/],
    ["an intermediate that is an object without a prototype", { intermediates: Object.create(null) }, /intermediates is a object; give PEM text/],
    ["an unknown field: the message lists every field", { trustAnchor: root.pem }, /policy field "trustAnchor" is "-----BEGIN CERTIFICATE-----\\nMII.*\.\.\."; the fields are trustAnchors, intermediates, allowed, requireClientAuth, clock, clockToleranceSeconds, crls, crlCoverage, maxHeaderLength$/],
    ["a CRL that is a number", { crls: 5 }, /crls is 5; give PEM text or DER bytes \(one, or an array\)$/],
    ["allowed as a string", { allowed: "client-a" }, /allowed is "client-a"; give an object with commonNames, dnsNames, emails, uris$/],
    ["a misspelt allow-list field: the message lists the fields", { allowed: { dnsName: ["a.example"] } }, /allowed field "dnsName" is an array; the fields are commonNames, dnsNames, emails, uris$/],
    ["a name that is an array (it has a length too)", { allowed: { commonNames: [["client-a"]] } }, /allowed\.commonNames\[0\] is an array; give a non-empty string$/],
  ])("%s", (_, extra, message) => {
    expect(() => new ClientCertificateVerifier({ ...base, ...extra } as unknown as ClientCertificatePolicy)).toThrow(message);
  });

  test("the smallest valid values are accepted: maxHeaderLength 1, clockToleranceSeconds 0, one list of names among empty ones", () => {
    expect(() => new ClientCertificateVerifier({ ...base, maxHeaderLength: 1, clockToleranceSeconds: 0, requireClientAuth: false, clock: () => new Date() })).not.toThrow();
    expect(() => new ClientCertificateVerifier({ ...base, allowed: { commonNames: [], dnsNames: ["a.example"] } })).not.toThrow();
    expect(() => new ClientCertificateVerifier({ ...base, crls: [pki.crl("intermediate"), pki.crl("root")], crlCoverage: "leaf" })).not.toThrow();
  });

  test("the policy itself must be an object", () => {
    expect(() => new ClientCertificateVerifier(undefined as unknown as ClientCertificatePolicy)).toThrow(/the policy is undefined; give an object with trustAnchors/);
    expect(() => new ClientCertificateVerifier(null as unknown as ClientCertificatePolicy)).toThrow(/the policy is null/);
    expect(() => new ClientCertificateVerifier([root.pem] as unknown as ClientCertificatePolicy)).toThrow(/the policy is an array/);
  });

  test("the header check is linear: 9 million characters decode to a rejection, not a RangeError", () => {
    const value = "A".repeat(9_000_000);
    const started = process.hrtime.bigint();
    expect(decodeCertificateHeader(value, Number.MAX_SAFE_INTEGER)).toMatchObject({ ok: false, reason: Reason.MALFORMED_HEADER });
    expect(decodeCertificateHeader(`${value}%0`, Number.MAX_SAFE_INTEGER)).toMatchObject({ ok: false, reason: Reason.MALFORMED_HEADER });
    // Generous for a loaded machine (0.4 s idle); the regex before threw instead of answering.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(20);
  });
});

describe("4. the path search is bounded: k CAs sharing a name and key that reach no anchor", () => {
  // All self-issued with one key: each verifies every other's signature, so a search without
  // memory tries every ordering (3.9 s per request at k = 10 before; x3.8 per CA).
  const loops = Array.from({ length: 50 }, (_, i) =>
    pki.issue(`loop-ca-${i}`, i === 0 ? undefined : "loop-ca-0", { subject: "/CN=Loop CA", extensions: caExtensions() }, i === 0 ? undefined : "loop-ca-0"),
  );
  const leaf = t.client("under-loop-ca", {}, "loop-ca-0");

  test.each([10, 20, 50])("k = %i: UNTRUSTED_ISSUER, each request in bounded time", (k) => {
    const v = new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: loops.slice(0, k).map((c) => c.pem) });
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = process.hrtime.bigint();
      expect(outcome(v, leaf.pem)).toBe(Reason.UNTRUSTED_ISSUER);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    // The first request also verifies the CA-to-CA signatures (cached for the verifier's life). Idle, the
    // slowest is ~150 ms at k = 50; the bound leaves room for a loaded machine and is still under the
    // 3.9 s the search took before at k = 10 (at k = 20 it did not finish).
    expect(Math.max(...times)).toBeLessThan(2000);
  });

  test("a CA that failed deep in one branch is searched again nearer the leaf, where it can succeed", () => {
    // The root allows one CA below it. leaf <- Mid (self-issued, tried first) <- Mid CA <- root fails on
    // the root's pathLen, and Mid CA is then known to fail at that depth; leaf <- Mid CA <- root holds.
    const pathLen1Extensions = caExtensions().map((l) => l.replace("CA:TRUE", "CA:TRUE,pathlen:1"));
    const pathLen1Root = pki.issue("pathlen-1-root", undefined, { subject: "/CN=PathLen 1 Root", extensions: pathLen1Extensions, from: -30, to: 3650 });
    const midCa = pki.issue("mid-ca", "pathlen-1-root", { subject: "/CN=Mid", extensions: caExtensions() });
    const selfIssuedMid = pki.issue("mid-self-issued", "mid-ca", { subject: "/CN=Mid", extensions: caExtensions() }, "mid-ca");
    const below = t.client("below-mid", {}, "mid-ca");
    const v = new ClientCertificateVerifier({ trustAnchors: pathLen1Root.pem, intermediates: [selfIssuedMid.pem, midCa.pem] });
    const result = v.verifyHeader(gatewayEscape(below.pem));
    expect(result.ok && result.chain.map((c) => c.fingerprint256)).toEqual([below, midCa, pathLen1Root].map((c) => new X509Certificate(c.pem).fingerprint256));
  });

  // Budget CA: the loop CAs' name and key, issued by a root that allows one CA below it, so the only
  // path is leaf <- Budget CA <- root. After the loop CAs it is tried at depth 1 only once their
  // subtrees are done.
  const pathLen1Extensions = caExtensions().map((l) => l.replace("CA:TRUE", "CA:TRUE,pathlen:1"));
  const budgetRoot = pki.issue("budget-root", undefined, { subject: "/CN=Budget Root", extensions: pathLen1Extensions, from: -30, to: 3650 });
  const budgetCa = pki.issue("budget-ca", "budget-root", { subject: "/CN=Loop CA", extensions: caExtensions() }, "loop-ca-0");
  const underBudgetRoot = (intermediates: string[]) => new ClientCertificateVerifier({ trustAnchors: budgetRoot.pem, intermediates });
  const loopPems = loops.map((c) => c.pem);

  test("the budget bounds the search: a path whose first CA comes after 1000 candidates is not found; the same CAs with it first are accepted", () => {
    // After 50 loop CAs their subtrees (about 50 x 50 candidates) use up the budget before the Budget CA.
    expect(outcome(underBudgetRoot([budgetCa.pem, ...loopPems]), leaf.pem)).toBe("ACCEPTED");
    expect(outcome(underBudgetRoot([...loopPems, budgetCa.pem]), leaf.pem)).toBe(Reason.UNTRUSTED_ISSUER);
  });

  test("the memory of CAs that reached no anchor keeps the search within the budget: the Budget CA after 10 loop CAs is found", () => {
    // 389 candidates with the memory; searching a dead CA again at the depth it failed at takes 1287,
    // and without the memory more still: both past the budget (counted with the budget lifted).
    expect(outcome(underBudgetRoot([...loopPems.slice(0, 10), budgetCa.pem]), leaf.pem)).toBe("ACCEPTED");
  });

  test("the budget is 1000 candidates, not 1001: the intermediate and the root after 999 forged copies are not reached", () => {
    // Each copy of the forged CA (the issuing CA's name, another key) is one candidate that fails at once
    // (BAD_SIGNATURE); the path then needs two more, the intermediate and the root: 1001 in all. (One
    // verifier only: each case parses a thousand certificates, and a mutation run repeats it per mutant.)
    const v = new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: [...Array<string>(999).fill(t.forgedCa.pem), intermediate.pem] });
    expect(outcome(v, leaves.valid.pem)).toBe(Reason.BAD_SIGNATURE);
  });

  test("the same CAs with the root among them as an anchor: the path is found", () => {
    const v = new ClientCertificateVerifier({ trustAnchors: [root.pem, loops[0].pem], intermediates: loops.slice(1, 20).map((c) => c.pem) });
    expect(outcome(v, leaf.pem)).toBe("ACCEPTED");
  });
});

describe("5. the guard keeps reasons to itself unless asked", () => {
  const res = () => {
    const r = { statusCode: 0, body: "" };
    return Object.assign(r, { setHeader: () => undefined, end: (b?: string) => (r.body = b ?? "") });
  };
  const verifier = () => new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: intermediate.pem });

  test("default: a refused certificate gets 403 and no reason code", () => {
    const r = res();
    clientCertificateGuard(verifier())({ headers: { "x-client-cert": gatewayEscape(t.fromOtherCa.pem) } }, r);
    expect([r.statusCode, JSON.parse(r.body)]).toEqual([403, { error: "client certificate rejected" }]);
  });

  test("exposeReason: true adds it, for debugging", () => {
    const r = res();
    clientCertificateGuard(verifier(), { exposeReason: true })({ headers: { "x-client-cert": gatewayEscape(t.fromOtherCa.pem) } }, r);
    expect(JSON.parse(r.body)).toEqual({ error: "client certificate rejected", reason: Reason.UNTRUSTED_ISSUER });
  });
});

describe("6. CRLs: signed serials are read as OpenSSL reads them; the newest CRL valid now is used", () => {
  const rootCrl = pki.crl("root");
  const current = pki.crl("intermediate");
  // Read when the file loads, so once per mutant in a mutation run: remembered with the PKI (pki.ts).
  const revokedSerial = Buffer.from(pki.remember("revoked serial", () => pki.openssl("x509", "-noout", "-serial", "-in", leaves.revoked.certFile)).trim().replace(/^serial=/, ""), "hex");
  /** The CRL's revokedCertificates with one more entry, serial `content` (the DER INTEGER's bytes). */
  const withEntry = (content: Buffer) => (tbs: DerNode): DerNode => ({
    ...tbs,
    children: tbs.children!.map((field) => {
      const first = field.children?.[0];
      if (field.tag !== 0x30 || first?.tag !== 0x30 || first.children?.[0]?.tag !== 0x02) return field; // not revokedCertificates
      return { ...field, children: [...field.children!, { tag: 0x30, children: [{ tag: 0x02, content }, first.children[1]] }] };
    }),
  });
  const negative = pki.resign("intermediate", current, withEntry(Buffer.from([0x85, 0x01])));
  // The revoked leaf's serial again, with a leading zero byte DER forbids: OpenSSL 3.0 refuses the whole
  // CRL; the verifier reads it, and the entry still revokes (the safe way to be lenient).
  const nonMinimal = pki.resign("intermediate", pki.crl("intermediate"), withEntry(Buffer.concat([Buffer.from([0, 0]), revokedSerial])));

  test("precondition: OpenSSL reads the CRL with a negative serial and prints it", () => {
    fs.writeFileSync(`${pki.dir}/negative-serial.crl.pem`, negative);
    expect(pki.openssl("crl", "-in", `${pki.dir}/negative-serial.crl.pem`, "-noout", "-text")).toMatch(/Serial Number: -7AFF/);
  });

  test("a CRL with a negative serial is accepted and still revokes what it lists", () => {
    const v = new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: intermediate.pem, crls: [negative, rootCrl] });
    expect(outcome(v, leaves.revoked.pem)).toBe(Reason.REVOKED);
    expect(outcome(v, leaves.valid.pem)).toBe("ACCEPTED");
  });

  test("a CRL whose only mention of a serial is non-minimal still revokes that certificate", () => {
    const clean = pki.resign("intermediate", pki.crl("intermediate", -2, 30), (tbs) => ({ ...tbs, children: tbs.children!.filter((f) => !(f.tag === 0x30 && f.children?.[0]?.tag === 0x30 && f.children[0].children?.[0]?.tag === 0x02)) }));
    const onlyNonMinimal = pki.resign("intermediate", clean, (tbs) => {
      const at = tbs.children!.findIndex((f) => f.tag === 0x17 || f.tag === 0x18) + 2;
      const date = tbs.children!.find((f) => f.tag === 0x17)!;
      const list: DerNode = { tag: 0x30, children: [{ tag: 0x30, children: [{ tag: 0x02, content: Buffer.concat([Buffer.from([0, 0]), revokedSerial]) }, date] }] };
      return { ...tbs, children: [...tbs.children!.slice(0, at), list, ...tbs.children!.slice(at)] };
    });
    const v = new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: intermediate.pem, crls: [onlyNonMinimal, rootCrl] });
    expect(outcome(v, leaves.revoked.pem)).toBe(Reason.REVOKED);
    expect(outcome(v, leaves.valid.pem)).toBe("ACCEPTED");
    expect(() => new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: intermediate.pem, crls: [nonMinimal, rootCrl] })).not.toThrow();
  });

  test.each([
    ["[current, future-dated]", () => [current, pki.crl("intermediate", 1, 30), rootCrl]],
    ["[future-dated, current]", () => [pki.crl("intermediate", 1, 30), current, rootCrl]],
  ])("CRLs %s: the current one is used (a valid leaf is ACCEPTED, the revoked one REVOKED)", (_, crls) => {
    const v = new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: intermediate.pem, crls: crls() });
    expect(outcome(v, leaves.valid.pem)).toBe("ACCEPTED");
    expect(outcome(v, leaves.revoked.pem)).toBe(Reason.REVOKED);
  });

  test("only a future-dated CRL and an expired one: CRL_EXPIRED (the newest already issued is stale)", () => {
    const v = new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: intermediate.pem, crls: [pki.crl("intermediate", 1, 30), pki.crl("intermediate", -60, -30), rootCrl] });
    expect(outcome(v, leaves.valid.pem)).toBe(Reason.CRL_EXPIRED);
  });
});

describe("7. details are safe to log: control characters from a CA-issued name are escaped", () => {
  const evil = pki.issue("evil-name", "intermediate", { subject: "/CN=client-x\r\nFAKE LOG LINE \u001b[31m", extensions: clientExtensions() });

  test("NAME_NOT_ALLOWED: the CN's CR, LF and ESC reach the detail escaped", () => {
    const v = new ClientCertificateVerifier({ trustAnchors: root.pem, intermediates: intermediate.pem, allowed: { commonNames: ["client-a"] } });
    const result = v.verifyHeader(gatewayEscape(evil.pem));
    expect(result).toMatchObject({ ok: false, reason: Reason.NAME_NOT_ALLOWED });
    const detail = (result as { detail: string }).detail;
    expect(detail).not.toMatch(/[\r\n\u001b]/);
    expect(detail).toContain("CN client-x\\u000d\\u000aFAKE LOG LINE \\u001b[31m");
  });
});
