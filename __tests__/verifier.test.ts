// The backend verifier against real certificates the tests make with openssl:
// each case pins the reason code (or acceptance).
import * as fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { X509Certificate } from "crypto";
import { ClientCertificatePolicy, ClientCertificateVerifier, Reason, RequestLike, clientCertificateGuard, decodeCertificateHeader } from "../src/verifier";
import { parseCrl } from "../src/verifier/crl";
import { DerNode, caExtensions, clientExtensions, gatewayEscape, nginxEscape, pemBody, standardPki } from "./support/pki";

const t = standardPki();
const { pki, root, intermediate, leaves } = t;
afterAll(() => pki.cleanup());

// Extra CAs for the path rules, signed by the test root or intermediate.
const subCa = pki.issue("sub-ca", "intermediate", { subject: "/CN=Test Sub CA", extensions: caExtensions(), from: -30, to: 1000 });
const belowSubCa = t.client("below-sub-ca", {}, "sub-ca");
const serverOnlyCa = pki.issue("server-only-ca", "root", { subject: "/CN=Server Only CA", extensions: caExtensions("extendedKeyUsage = serverAuth"), from: -30 });
const belowServerOnlyCa = t.client("below-server-only-ca", {}, "server-only-ca");
const expiredCa = pki.issue("expired-ca", "root", { subject: "/CN=Expired CA", extensions: caExtensions(), from: -400, to: -1 });
const belowExpiredCa = t.client("below-expired-ca", {}, "expired-ca");
const constrainedCa = pki.issue("constrained-ca", "root", { subject: "/CN=Constrained CA", extensions: caExtensions("nameConstraints = critical,permitted;DNS:example.com") });
const notACa = t.client("not-a-ca");
// An RSA CA, for RSASSA-PSS (whose hash defaults to SHA-1) against PKCS#1 v1.5.
const rsaCa = pki.issue("rsa-ca", "root", { subject: "/CN=RSA CA", extensions: caExtensions(), from: -30, keyAlgorithm: "RSA" });
const pkcs1Leaf = t.client("rsa-pkcs1", {}, "rsa-ca");
const pssSha256Leaf = t.client("rsa-pss-sha256", { sigopts: ["rsa_padding_mode:pss"] }, "rsa-ca");
const pssSha1Leaf = t.client("rsa-pss-sha1", { digest: "sha1", sigopts: ["rsa_padding_mode:pss"] }, "rsa-ca");
const nonCriticalConstraintsCa = pki.issue("non-critical-constraints-ca", "root", { subject: "/CN=Non-critical Constraints CA", extensions: caExtensions("nameConstraints = permitted;DNS:example.com") });
const unknownCriticalCa = pki.issue("unknown-critical-ca", "root", { subject: "/CN=Unknown Critical CA", extensions: caExtensions("1.3.6.1.4.1.55555.1 = critical,ASN1:NULL") });
const noCrlSignCa = pki.issue("no-crl-sign-ca", "root", { subject: "/CN=No cRLSign CA", extensions: ["basicConstraints = critical,CA:TRUE", "keyUsage = critical,keyCertSign"] });

const policy: ClientCertificatePolicy = { trustAnchors: root.pem, intermediates: intermediate.pem };
// Verifiers are built inside the tests: a mutation run (docs/MUTATION.md) treats code that runs outside
// any test as covered by all of them, and then runs every test for each of its mutants.
const verifier = () => new ClientCertificateVerifier(policy);
const DAY = 24 * 3600 * 1000;

/** "ACCEPTED" or the reason code, which is what every case pins. */
function outcome(v: ClientCertificateVerifier, headerValue: string | string[] | undefined): string {
  const result = v.verifyHeader(headerValue);
  return result.ok ? "ACCEPTED" : result.reason;
}
const verifierWith = (extra: Partial<ClientCertificatePolicy>) => new ClientCertificateVerifier({ ...policy, ...extra });

describe("certificates, forwarded as Application Gateway does", () => {
  test.each([
    ["a leaf issued by the intermediate, chaining to the trusted root", "ACCEPTED", leaves.valid.pem],
    ["an expired leaf", Reason.EXPIRED, leaves.expired.pem],
    ["a leaf not valid yet", Reason.NOT_YET_VALID, leaves.notYetValid.pem],
    ["a leaf from another CA", Reason.UNTRUSTED_ISSUER, t.fromOtherCa.pem],
    ["a self-signed leaf", Reason.UNTRUSTED_ISSUER, t.selfSigned.pem],
    ["a leaf naming the intermediate as issuer, signed by another key", Reason.BAD_SIGNATURE, t.forged.pem],
    ["a leaf without extendedKeyUsage", Reason.MISSING_CLIENT_AUTH_EKU, leaves.noEku.pem],
    ["a leaf with serverAuth only", Reason.MISSING_CLIENT_AUTH_EKU, leaves.serverEku.pem],
    ["a leaf whose keyUsage lacks digitalSignature", Reason.KEY_USAGE, leaves.keyEnciphermentOnly.pem],
    ["a leaf signed with SHA-1", Reason.WEAK_SIGNATURE, leaves.sha1.pem],
    ["a leaf with an unknown critical extension", Reason.UNSUPPORTED_CRITICAL_EXTENSION, leaves.unknownCritical.pem],
    ["a revoked leaf, when no CRL is configured (revocation is checked only with CRLs)", "ACCEPTED", leaves.revoked.pem],
    ["the intermediate CA itself, sent as a client certificate", Reason.MISSING_CLIENT_AUTH_EKU, intermediate.pem],
  ])("%s: %s", (_, expected, pem) => {
    expect(outcome(verifier(), gatewayEscape(pem))).toBe(expected);
  });

  test("an accepted certificate comes with the client's identity and its path", () => {
    const result = verifier().verifyHeader(gatewayEscape(leaves.valid.pem));
    if (!result.ok) throw new Error(`rejected: ${result.reason} ${result.detail}`);
    expect(result.status).toBe(200);
    expect(result.identity).toMatchObject({
      subject: "CN=client-a, O=Verifier Tests",
      commonNames: ["client-a"],
      dnsNames: ["client-a.example.com"],
      emails: ["a@example.com"],
      uris: ["spiffe://example.com/client-a"],
      ipAddresses: ["10.0.0.1"],
      serialNumber: result.certificate.serialNumber.replace(/^0+/, ""),
      fingerprint256: result.certificate.fingerprint256,
    });
    expect(result.chain.map((c) => c.subject.split("\n")[0])).toEqual(["CN=client-a", "CN=Test Issuing CA", "CN=Test Root"]);
  });

  test("a rejection carries status 403 and a detail naming the certificate", () => {
    expect(verifier().verifyHeader(gatewayEscape(leaves.expired.pem))).toMatchObject({
      ok: false,
      status: 403,
      detail: expect.stringMatching(/^certificate CN=expired, O=Verifier Tests expired \d{4}-/),
    });
  });
});

describe("header decoding: strict percent-decoding of one PEM certificate", () => {
  const pem = leaves.valid.pem;
  const body = pemBody(pem);
  test("precondition: the test leaf's base64 holds '+', '/' so the escaping cases below mean something", () => {
    expect(body).toMatch(/\+/);
    expect(body).toMatch(/\//);
  });

  test.each([
    ["Application Gateway's form: spaces and newlines escaped, '+' '/' '=' literal", "ACCEPTED", gatewayEscape(pem)],
    ["nginx's form: '+' '/' '=' escaped as %2B %2F %3D", "ACCEPTED", nginxEscape(pem)],
    ["lower-case hex escapes", "ACCEPTED", nginxEscape(pem).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())],
    ["CRLF line breaks", "ACCEPTED", gatewayEscape(pem.replace(/\n/g, "\r\n"))],
    ["no final line break", "ACCEPTED", gatewayEscape(pem.trimEnd())],
    ["'+' form-decoded into a space (the mistake a form decoder makes)", Reason.MALFORMED_HEADER, gatewayEscape(pem.replace(/\+/g, " "))],
    ["'+' written as %20 by an encoder that took it for a space", Reason.MALFORMED_HEADER, gatewayEscape(pem).replace(/\+/g, "%20")],
    ["a raw space", Reason.MALFORMED_HEADER, pem.replace(/\n/g, "%0A")],
    ["raw newlines (not encoded at all)", Reason.MALFORMED_HEADER, pem],
    ["a malformed escape %ZZ", Reason.MALFORMED_HEADER, `%ZZ${gatewayEscape(pem)}`],
    ["a truncated escape at the end", Reason.MALFORMED_HEADER, `${gatewayEscape(pem)}%0`],
    ["double encoding (%250A)", Reason.MALFORMED_HEADER, gatewayEscape(pem).replace(/%0A/g, "%250A")],
    ["an escape decoding outside ASCII (%C3%A9)", Reason.MALFORMED_HEADER, gatewayEscape(pem).replace("%0A", "%C3%A9%0A")],
    ["text after the END line", Reason.MALFORMED_HEADER, `${gatewayEscape(pem)}hello`],
    ["a private key instead of a certificate", Reason.MALFORMED_HEADER, gatewayEscape(fs.readFileSync(leaves.valid.keyFile, "utf8"))],
    ["a certificate followed by a private key", Reason.MALFORMED_HEADER, gatewayEscape(pem + fs.readFileSync(leaves.valid.keyFile, "utf8"))],
    ["base64 with a character removed", Reason.MALFORMED_HEADER, gatewayEscape(pem.replace(body.slice(0, 10), body.slice(0, 9)))],
    ["two certificates in one header (leaf and intermediate)", Reason.MULTIPLE_CERTIFICATES, gatewayEscape(pem + intermediate.pem)],
    ["two headers joined by Node with ', '", Reason.MALFORMED_HEADER, `${gatewayEscape(pem)}, ${gatewayEscape(pem)}`],
    ["well-formed PEM around bytes that are not a certificate", Reason.MALFORMED_CERTIFICATE, gatewayEscape(asPem(Buffer.from("not a certificate at all")))],
    ["a certificate with bytes after its DER", Reason.MALFORMED_CERTIFICATE, gatewayEscape(asPem(Buffer.concat([derOf(pem), Buffer.from([0, 0])])))],
    ["an oversized header (17 kB)", Reason.HEADER_TOO_LARGE, "A".repeat(17 * 1024)],
    ["an empty header", Reason.NO_CERTIFICATE, ""],
  ])("%s: %s", (_, expected, value) => {
    expect(outcome(verifier(), value)).toBe(expected);
  });

  test.each([
    ["no header (the gateway deletes it when no certificate was presented)", Reason.NO_CERTIFICATE, undefined],
    ["two values as an array", Reason.MALFORMED_HEADER, [gatewayEscape(pem), gatewayEscape(pem)]],
    ["one value as an array", "ACCEPTED", [gatewayEscape(pem)]],
  ])("%s: %s", (_, expected, value) => {
    expect(outcome(verifier(), value)).toBe(expected);
  });

  test("no certificate is a 401, every other rejection a 403", () => {
    expect(verifier().verifyHeader(undefined)).toMatchObject({ ok: false, status: 401 });
    expect(verifier().verifyHeader("%ZZ")).toMatchObject({ ok: false, status: 403 });
  });

  test("maxHeaderLength moves the size limit", () => {
    const value = gatewayEscape(pem);
    expect(outcome(verifierWith({ maxHeaderLength: value.length }), value)).toBe("ACCEPTED");
    expect(outcome(verifierWith({ maxHeaderLength: value.length - 1 }), value)).toBe(Reason.HEADER_TOO_LARGE);
  });

  test("decodeCertificateHeader gives the DER of the certificate for both escaping styles", () => {
    const der = derOf(pem);
    expect(decodeCertificateHeader(gatewayEscape(pem))).toEqual({ ok: true, der });
    expect(decodeCertificateHeader(nginxEscape(pem))).toEqual({ ok: true, der });
  });

  test("any mix of escaped and literal characters decodes to the same certificate", () => {
    const der = derOf(pem);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: pem.length, maxLength: pem.length }), (escapes) => {
        const value = Array.from(pem, (c, i) => (escapes[i] || !/[A-Za-z0-9\-._~+/=]/.test(c) ? `%${c.charCodeAt(0).toString(16).padStart(2, "0")}` : c)).join("");
        const decoded = decodeCertificateHeader(value);
        return decoded.ok && decoded.der.equals(der);
      }),
      { numRuns: 200, seed: 20261204 },
    );
  });

  test("a corrupted certificate never throws: a byte changed anywhere is rejected with a reason", () => {
    const der = derOf(pem);
    const codes = new Set<string>(Object.values(Reason));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: der.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, xor) => {
        const bytes = Buffer.from(der);
        bytes[at] ^= xor;
        const result = verifier().verifyHeader(gatewayEscape(asPem(bytes)));
        return !result.ok && codes.has(result.reason);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });
});

describe("policy options", () => {
  test("the clock: a valid leaf is EXPIRED after its notAfter, NOT_YET_VALID before its notBefore", () => {
    const valid = gatewayEscape(leaves.valid.pem);
    expect(outcome(verifierWith({ clock: () => new Date(Date.now() + 400 * DAY) }), valid)).toBe(Reason.EXPIRED);
    expect(outcome(verifierWith({ clock: () => new Date(Date.now() - 2 * DAY) }), valid)).toBe(Reason.NOT_YET_VALID);
  });

  test("clockToleranceSeconds accepts a leaf that turns valid within the tolerance", () => {
    const soon = t.client("valid-in-a-minute", { from: 60 / (24 * 3600) });
    expect(outcome(verifier(), gatewayEscape(soon.pem))).toBe(Reason.NOT_YET_VALID);
    expect(outcome(verifierWith({ clockToleranceSeconds: 300 }), gatewayEscape(soon.pem))).toBe("ACCEPTED");
  });

  test("a clock that returns an invalid Date fails closed: EXPIRED, whatever the tolerance or CRLs", () => {
    const invalid = { clock: () => new Date(NaN), clockToleranceSeconds: 300 };
    const valid = gatewayEscape(leaves.valid.pem);
    expect(verifierWith(invalid).verifyHeader(valid)).toMatchObject({ reason: Reason.EXPIRED, detail: expect.stringContaining("invalid Date") });
    expect(outcome(verifierWith({ ...invalid, crls: [pki.crl("intermediate"), pki.crl("root")] }), valid)).toBe(Reason.EXPIRED);
  });

  test("RSASSA-PSS is refused (its hash defaults to SHA-1); PKCS#1 v1.5 from the same RSA CA is accepted", () => {
    const text = (cert: { certFile: string }) => pki.openssl("x509", "-in", cert.certFile, "-noout", "-text");
    expect(text(pssSha256Leaf)).toMatch(/Signature Algorithm: rsassaPss[\s\S]*Hash Algorithm: sha256/);
    expect(text(pssSha1Leaf)).toMatch(/Signature Algorithm: rsassaPss[\s\S]*Hash Algorithm: sha1/);
    const v = verifierWith({ intermediates: [intermediate.pem, rsaCa.pem] });
    expect(outcome(v, gatewayEscape(pkcs1Leaf.pem))).toBe("ACCEPTED");
    expect(outcome(v, gatewayEscape(pssSha256Leaf.pem))).toBe(Reason.WEAK_SIGNATURE);
    expect(outcome(v, gatewayEscape(pssSha1Leaf.pem))).toBe(Reason.WEAK_SIGNATURE);
  });

  test("requireClientAuth: false also lifts a CA's extendedKeyUsage restriction", () => {
    const v = verifierWith({ intermediates: [intermediate.pem, serverOnlyCa.pem], requireClientAuth: false });
    expect(outcome(v, gatewayEscape(belowServerOnlyCa.pem))).toBe("ACCEPTED");
  });

  test("clockToleranceSeconds also accepts a leaf that expired within the tolerance", () => {
    const justExpired = t.client("expired-a-minute-ago", { from: -30, to: -60 / (24 * 3600) });
    expect(outcome(verifier(), gatewayEscape(justExpired.pem))).toBe(Reason.EXPIRED);
    expect(outcome(verifierWith({ clockToleranceSeconds: 300 }), gatewayEscape(justExpired.pem))).toBe("ACCEPTED");
  });

  test("requireClientAuth: false accepts a leaf without extendedKeyUsage, but not one with the wrong keyUsage", () => {
    const lax = verifierWith({ requireClientAuth: false });
    expect(outcome(lax, gatewayEscape(leaves.noEku.pem))).toBe("ACCEPTED");
    expect(outcome(lax, gatewayEscape(leaves.keyEnciphermentOnly.pem))).toBe(Reason.KEY_USAGE);
  });

  test.each([
    ["its common name", "ACCEPTED", { commonNames: ["client-a"] }],
    ["its DNS name, case-insensitively", "ACCEPTED", { dnsNames: ["CLIENT-A.example.com"] }],
    ["its e-mail address", "ACCEPTED", { emails: ["a@example.com"] }],
    ["its URI (a SPIFFE ID)", "ACCEPTED", { uris: ["spiffe://example.com/client-a"] }],
    ["another client's names only", Reason.NAME_NOT_ALLOWED, { commonNames: ["client-b"], dnsNames: ["client-b.example.com"] }],
    ["a wildcard, which is compared literally", Reason.NAME_NOT_ALLOWED, { dnsNames: ["*.example.com"] }],
    ["a common name given as a DNS name (lists do not mix)", Reason.NAME_NOT_ALLOWED, { dnsNames: ["client-a"] }],
  ])("allowed names listing %s: %s", (_, expected, allowed) => {
    expect(outcome(verifierWith({ allowed }), gatewayEscape(leaves.valid.pem))).toBe(expected);
  });

  test("a trust anchor that is an intermediate: the path stops there, the root is not needed", () => {
    expect(outcome(new ClientCertificateVerifier({ trustAnchors: intermediate.pem }), gatewayEscape(leaves.valid.pem))).toBe("ACCEPTED");
  });

  test("the intermediate missing from the policy: UNTRUSTED_ISSUER", () => {
    expect(outcome(new ClientCertificateVerifier({ trustAnchors: root.pem }), gatewayEscape(leaves.valid.pem))).toBe(Reason.UNTRUSTED_ISSUER);
  });

  test("a PEM bundle, DER bytes and X509Certificate objects are all accepted as policy certificates", () => {
    const { X509Certificate } = require("crypto");
    const bundle = new ClientCertificateVerifier({ trustAnchors: root.pem + t.otherRoot.pem, intermediates: [derOf(intermediate.pem)] });
    expect(outcome(bundle, gatewayEscape(leaves.valid.pem))).toBe("ACCEPTED");
    expect(outcome(bundle, gatewayEscape(t.fromOtherCa.pem))).toBe("ACCEPTED");
    expect(outcome(new ClientCertificateVerifier({ trustAnchors: [new X509Certificate(intermediate.pem)] }), gatewayEscape(leaves.valid.pem))).toBe("ACCEPTED");
  });

  test("a self-signed client pinned as a trust anchor is accepted, but cannot issue certificates", () => {
    const pinned = new ClientCertificateVerifier({ trustAnchors: t.selfSigned.pem });
    expect(outcome(pinned, gatewayEscape(t.selfSigned.pem))).toBe("ACCEPTED");
    expect(outcome(pinned, gatewayEscape(t.issuedBySelfSigned.pem))).toBe(Reason.ISSUER_NOT_CA);
  });

  test("an issuer with CA:FALSE and no keyUsage at all is not a CA either", () => {
    const noKeyUsage = pki.issue("pinned-no-ku", undefined, { subject: "/CN=pinned-no-ku", extensions: ["basicConstraints = critical,CA:FALSE", "extendedKeyUsage = clientAuth"] });
    const child = t.client("issued-by-pinned-no-ku", {}, "pinned-no-ku");
    const pinned = new ClientCertificateVerifier({ trustAnchors: noKeyUsage.pem });
    expect(outcome(pinned, gatewayEscape(noKeyUsage.pem))).toBe("ACCEPTED");
    expect(outcome(pinned, gatewayEscape(child.pem))).toBe(Reason.ISSUER_NOT_CA);
  });

  test("the intermediate's pathlen:0 forbids a CA below it", () => {
    const deeper = verifierWith({ intermediates: [intermediate.pem, subCa.pem] });
    expect(outcome(deeper, gatewayEscape(belowSubCa.pem))).toBe(Reason.PATH_LENGTH_EXCEEDED);
  });

  test("a CA whose extendedKeyUsage leaves out clientAuth restricts its leaves", () => {
    const v = verifierWith({ intermediates: [intermediate.pem, serverOnlyCa.pem] });
    expect(v.verifyHeader(gatewayEscape(belowServerOnlyCa.pem))).toMatchObject({ reason: Reason.MISSING_CLIENT_AUTH_EKU, detail: expect.stringContaining("CA CN=Server Only CA") });
  });

  test("an expired intermediate makes a valid leaf EXPIRED, and the detail says it is the CA", () => {
    const v = verifierWith({ intermediates: [intermediate.pem, expiredCa.pem] });
    expect(v.verifyHeader(gatewayEscape(belowExpiredCa.pem))).toMatchObject({ reason: Reason.EXPIRED, detail: expect.stringContaining("CA CN=Expired CA") });
  });
});

describe("CA-side negative cases: what a wrong CA certificate in the policy or the request must not achieve", () => {
  const rootSubject = "/CN=Test Root/O=Verifier Tests";
  // Self-signed with the root's name and another key: trusted only if anchors were matched by name.
  const impostorClient = pki.issue("impostor-client", undefined, { subject: rootSubject, extensions: clientExtensions() });
  // A CA naming the test root as its issuer, signed by another key that also calls itself the root.
  pki.issue("fake-root", undefined, { subject: rootSubject, extensions: caExtensions(), from: -30, to: 3650 });
  const rogueCa = pki.issue("rogue-ca", "fake-root", { subject: "/CN=Rogue CA", extensions: caExtensions() });
  const belowRogueCa = t.client("below-rogue-ca", {}, "rogue-ca");
  const expiredRoot = pki.issue("expired-root", undefined, { subject: "/CN=Expired Root", extensions: caExtensions(), from: -400, to: -1 });
  const belowExpiredRoot = t.client("below-expired-root", {}, "expired-root");
  const futureRoot = pki.issue("future-root", undefined, { subject: "/CN=Future Root", extensions: caExtensions(), from: 1, to: 400 });
  const belowFutureRoot = t.client("below-future-root", { from: -1 }, "future-root");
  const anyEkuLeaf = t.client("any-eku-only", { extensions: ["basicConstraints = critical,CA:FALSE", "keyUsage = critical,digitalSignature", "extendedKeyUsage = 2.5.29.37.0"] });

  test.each([
    ["a self-signed client certificate with the root's subject (an anchor is its bytes, not its name)", Reason.BAD_SIGNATURE, {}, impostorClient],
    ["a rogue intermediate in the policy that names the root but is signed by another key", Reason.BAD_SIGNATURE, { intermediates: [intermediate.pem, rogueCa.pem] }, belowRogueCa],
    ["a trust anchor that has expired", Reason.EXPIRED, { trustAnchors: expiredRoot.pem, intermediates: [] }, belowExpiredRoot],
    ["a trust anchor not valid yet", Reason.NOT_YET_VALID, { trustAnchors: futureRoot.pem, intermediates: [] }, belowFutureRoot],
    ["a leaf whose only extendedKeyUsage is anyExtendedKeyUsage", Reason.MISSING_CLIENT_AUTH_EKU, {}, anyEkuLeaf],
  ])("%s: %s", (_, expected, extra, cert) => {
    expect(outcome(verifierWith(extra), gatewayEscape(cert.pem))).toBe(expected);
  });

  // A chain of CAs below the root, each issued by the one before (no pathLen limit): the search stops at 8 certificates.
  const ladder = Array.from({ length: 8 }, (_, i) => pki.issue(`ladder-${i}`, i === 0 ? "root" : `ladder-${i - 1}`, { subject: `/CN=Ladder CA ${i}`, extensions: caExtensions() }));
  test.each([
    [7, "ACCEPTED"],
    [8, Reason.UNTRUSTED_ISSUER],
  ])("a leaf below %i CAs and the root (the search looks at most 8 certificates deep): %s", (n, expected) => {
    const leaf = t.client(`below-ladder-${n}`, {}, `ladder-${n - 1}`);
    expect(outcome(verifierWith({ intermediates: ladder.slice(0, n).map((c) => c.pem) }), gatewayEscape(leaf.pem))).toBe(expected);
  });

  test("a CA whose extendedKeyUsage is anyExtendedKeyUsage does not restrict its leaves", () => {
    const anyEkuCa = pki.issue("any-eku-ca", "root", { subject: "/CN=Any EKU CA", extensions: caExtensions("extendedKeyUsage = 2.5.29.37.0") });
    const v = verifierWith({ intermediates: [intermediate.pem, anyEkuCa.pem] });
    expect(outcome(v, gatewayEscape(t.client("below-any-eku-ca", {}, "any-eku-ca").pem))).toBe("ACCEPTED");
  });

  test("the detail of an expired anchor names it as a CA", () => {
    const v = new ClientCertificateVerifier({ trustAnchors: expiredRoot.pem });
    expect(v.verifyHeader(gatewayEscape(belowExpiredRoot.pem))).toMatchObject({ detail: expect.stringMatching(/^CA CN=Expired Root expired \d{4}-/) });
  });
});

describe("revocation with CRLs", () => {
  const intermediateCrl = pki.crl("intermediate");
  const rootCrl = pki.crl("root");
  const withCrls = { crls: [intermediateCrl, rootCrl] };

  test.each([
    ["a valid leaf, both CRLs current", "ACCEPTED", withCrls, leaves.valid.pem],
    ["the revoked leaf", Reason.REVOKED, withCrls, leaves.revoked.pem],
    ["a valid leaf, the root's CRL missing (every certificate in the path needs one)", Reason.CRL_MISSING, { crls: [intermediateCrl] }, leaves.valid.pem],
    ["a valid leaf, the root's CRL missing, crlCoverage 'leaf'", "ACCEPTED", { crls: [intermediateCrl], crlCoverage: "leaf" }, leaves.valid.pem],
    ["a valid leaf, only the root's CRL, crlCoverage 'leaf' (the leaf is not covered)", Reason.CRL_MISSING, { crls: [rootCrl], crlCoverage: "leaf" }, leaves.valid.pem],
    ["a valid leaf, the intermediate's CRL past nextUpdate", Reason.CRL_EXPIRED, { crls: [pki.crl("intermediate", -60, -30), rootCrl] }, leaves.valid.pem],
    ["a valid leaf, the intermediate's CRL issued in the future", Reason.CRL_NOT_YET_VALID, { crls: [pki.crl("intermediate", 1, 30), rootCrl] }, leaves.valid.pem],
    ["a valid leaf, the intermediate's CRL starting in a minute, within clockToleranceSeconds", "ACCEPTED", { crls: [pki.crl("intermediate", 60 / (24 * 3600), 30), rootCrl], clockToleranceSeconds: 300 }, leaves.valid.pem],
    ["the revoked leaf, the intermediate's CRL re-signed unchanged by the test helper (the control for the CRLs built that way below)", Reason.REVOKED, { crls: [pki.resign("intermediate", intermediateCrl, (tbs) => tbs), rootCrl] }, leaves.revoked.pem],
    ["the revoked leaf, an old CRL and a newer one: the newer one is used", Reason.REVOKED, { crls: [pki.crl("intermediate", -60, -30), intermediateCrl, rootCrl] }, leaves.revoked.pem],
    ["a CRL given as DER", Reason.REVOKED, { crls: [derOf(intermediateCrl, "X509 CRL"), rootCrl] }, leaves.revoked.pem],
  ])("%s: %s", (_, expected, extra, pem) => {
    expect(outcome(verifierWith(extra as Partial<ClientCertificatePolicy>), gatewayEscape(pem))).toBe(expected);
  });

  test("an expired CRL is reported, not a revocation, when the leaf is revoked as well (fail closed on stale data)", () => {
    expect(outcome(verifierWith({ crls: [pki.crl("intermediate", -60, -30), rootCrl] }), gatewayEscape(leaves.revoked.pem))).toBe(Reason.CRL_EXPIRED);
  });
});

describe("boundaries and choices a verdict or its detail depends on", () => {
  const notBefore = (pem: string) => new Date(new X509Certificate(pem).validFrom).getTime();
  const notAfter = (pem: string) => new Date(new X509Certificate(pem).validTo).getTime();
  const at = (ms: number) => ({ clock: () => new Date(ms), clockToleranceSeconds: 300 });

  test("the window widened by clockToleranceSeconds includes both of its ends: notBefore - tolerance and notAfter + tolerance", () => {
    const pem = leaves.valid.pem;
    expect(outcome(verifierWith(at(notBefore(pem) - 300_000)), gatewayEscape(pem))).toBe("ACCEPTED");
    expect(outcome(verifierWith(at(notBefore(pem) - 300_001)), gatewayEscape(pem))).toBe(Reason.NOT_YET_VALID);
    expect(outcome(verifierWith(at(notAfter(pem) + 300_000)), gatewayEscape(pem))).toBe("ACCEPTED");
    expect(outcome(verifierWith(at(notAfter(pem) + 300_001)), gatewayEscape(pem))).toBe(Reason.EXPIRED);
  });

  test("a leaf whose notAfter is before its notBefore is EXPIRED from notBefore - tolerance on (not NOT_YET_VALID)", () => {
    const inverted = t.client("inverted-validity", { from: 0, to: -1 });
    expect(notAfter(inverted.pem)).toBeLessThan(notBefore(inverted.pem));
    expect(outcome(verifierWith(at(notBefore(inverted.pem) - 300_000)), gatewayEscape(inverted.pem))).toBe(Reason.EXPIRED);
    expect(outcome(verifierWith(at(notBefore(inverted.pem))), gatewayEscape(inverted.pem))).toBe(Reason.EXPIRED);
    expect(outcome(verifierWith(at(notBefore(inverted.pem) - 300_001)), gatewayEscape(inverted.pem))).toBe(Reason.NOT_YET_VALID);
  });

  test("of two current CRLs of a CA, the newer is used, in whatever order the policy lists them", () => {
    const ca = pki.issue("crl-order-ca", "root", { subject: "/CN=CRL Order CA", extensions: caExtensions() });
    const leaf = t.client("crl-order-leaf", {}, "crl-order-ca");
    const older = pki.crl("crl-order-ca", -10, 30);
    pki.revoke("crl-order-ca", leaf);
    const newer = pki.crl("crl-order-ca", -1, 30);
    const v = (crls: string[]) => verifierWith({ intermediates: [intermediate.pem, ca.pem], crls: [...crls, pki.crl("root")] });
    expect(outcome(v([older]), gatewayEscape(leaf.pem))).toBe("ACCEPTED");
    expect(outcome(v([older, newer]), gatewayEscape(leaf.pem))).toBe(Reason.REVOKED);
    expect(outcome(v([newer, older]), gatewayEscape(leaf.pem))).toBe(Reason.REVOKED);
  });

  test("when every CRL of a CA is past nextUpdate, the detail names the newest one's nextUpdate", () => {
    const oldest = pki.crl("intermediate", -60, -30);
    const newest = pki.crl("intermediate", -20, -10);
    const due = parseCrl(derOf(newest, "X509 CRL")).nextUpdate.toISOString();
    for (const crls of [[oldest, newest], [newest, oldest]]) {
      expect(verifierWith({ crls: [...crls, pki.crl("root")] }).verifyHeader(gatewayEscape(leaves.valid.pem))).toMatchObject({
        reason: Reason.CRL_EXPIRED,
        detail: `the CRL of CN=Test Issuing CA, O=Verifier Tests was due for renewal ${due}`,
      });
    }
  });

  test("a CA whose extendedKeyUsage lists serverAuth and clientAuth does not restrict its leaves", () => {
    const ca = pki.issue("server-and-client-ca", "root", { subject: "/CN=Server And Client CA", extensions: caExtensions("extendedKeyUsage = serverAuth, clientAuth") });
    const leaf = t.client("below-server-and-client-ca", {}, "server-and-client-ca");
    const v = verifierWith({ intermediates: [intermediate.pem, ca.pem] });
    expect(outcome(v, gatewayEscape(leaf.pem))).toBe("ACCEPTED");
  });

  test("the detail of a leaf without clientAuth lists each of its extendedKeyUsage OIDs, comma-separated", () => {
    const leaf = t.client("server-and-email-eku", { extensions: ["basicConstraints = critical,CA:FALSE", "keyUsage = critical,digitalSignature", "extendedKeyUsage = serverAuth, emailProtection"] });
    expect(verifier().verifyHeader(gatewayEscape(leaf.pem))).toMatchObject({
      reason: Reason.MISSING_CLIENT_AUTH_EKU,
      detail: "CN=server-and-email-eku, O=Verifier Tests has extendedKeyUsage 1.3.6.1.5.5.7.3.1, 1.3.6.1.5.5.7.3.4; clientAuth (1.3.6.1.5.5.7.3.2) is required",
    });
  });

  test("of two candidate issuers failing for the same reason, the detail is the first one's (policy order)", () => {
    const first = pki.issue("twin-ca-a", "root", { subject: "/CN=Twin CA", extensions: caExtensions(), from: -400, to: -2 });
    const second = pki.issue("twin-ca-b", "root", { subject: "/CN=Twin CA", extensions: caExtensions(), from: -400, to: -1 }, "twin-ca-a");
    const leaf = t.client("below-twin-ca", {}, "twin-ca-a");
    const expired = (pem: string) => `CA CN=Twin CA expired ${new Date(notAfter(pem)).toISOString()}`;
    expect(verifierWith({ intermediates: [intermediate.pem, first.pem, second.pem] }).verifyHeader(gatewayEscape(leaf.pem))).toMatchObject({ reason: Reason.EXPIRED, detail: expired(first.pem) });
    expect(verifierWith({ intermediates: [intermediate.pem, second.pem, first.pem] }).verifyHeader(gatewayEscape(leaf.pem))).toMatchObject({ reason: Reason.EXPIRED, detail: expired(second.pem) });
  });

  test("allowed DNS names are lower-cased, not upper-cased: a dotless ı (which upper-cases to I) does not match i", () => {
    expect(outcome(verifierWith({ allowed: { dnsNames: ["clıent-a.example.com"] } }), gatewayEscape(leaves.valid.pem))).toBe(Reason.NAME_NOT_ALLOWED);
  });

  test("a CRL signed by a pinned client without keyUsage is refused: a pinned certificate is no CRL issuer", () => {
    const pinned = pki.issue("pinned-crl-signer", undefined, { subject: "/CN=pinned-crl-signer", extensions: ["basicConstraints = critical,CA:FALSE", "extendedKeyUsage = clientAuth"] });
    expect(() => new ClientCertificateVerifier({ trustAnchors: pinned.pem, crls: pki.crl("pinned-crl-signer") })).toThrow(/crls\[0\] is not signed by any CA/);
  });
});

describe("policy mistakes throw when the verifier is built, naming what is wrong", () => {
  test.each([
    ["no trust anchor", { trustAnchors: [] }, /trustAnchors holds no certificate/],
    ["text without a certificate", { trustAnchors: "hello" }, /trustAnchors\[0\] holds no PEM CERTIFICATE block/],
    ["bytes that are not a certificate", { trustAnchors: Buffer.from("nope") }, /trustAnchors\[0\] certificate 0 does not parse/],
    ["an intermediate that is not a CA", { trustAnchors: root.pem, intermediates: notACa.pem }, /intermediates: CN=not-a-ca, O=Verifier Tests is not a CA/],
    ["a CA with name constraints, which are not evaluated", { trustAnchors: root.pem, intermediates: constrainedCa.pem }, /CN=Constrained CA carries extension 2\.5\.29\.30/],
    ["a CA with non-critical name constraints, which are not evaluated either", { trustAnchors: root.pem, intermediates: nonCriticalConstraintsCa.pem }, /CN=Non-critical Constraints CA carries extension 2\.5\.29\.30/],
    [
      "a CA with an unknown critical extension",
      { trustAnchors: root.pem, intermediates: unknownCriticalCa.pem },
      "ClientCertificateVerifier: CN=Unknown Critical CA carries extension 1.3.6.1.4.1.55555.1, which the verifier does not evaluate (name constraints and unknown critical extensions are refused rather than ignored)",
    ],
    ["text without a certificate among the intermediates", { trustAnchors: root.pem, intermediates: ["hello"] }, /^ClientCertificateVerifier: intermediates\[0\] holds no PEM CERTIFICATE block$/],
    ["text without a CRL", { ...policy, crls: "hello" }, /^ClientCertificateVerifier: crls\[0\] holds no PEM X509 CRL block$/],
    [
      "a CRL signed by a key that is not the CA's: the message lists what can be wrong",
      { ...policy, crls: pki.crl("forged-ca") },
      "ClientCertificateVerifier: crls[0] is not signed by any CA in trustAnchors or intermediates (its issuer name matches none, its signature does not verify, the CA's keyUsage lacks cRLSign, or its signature algorithm is not accepted)",
    ],
    ["a CRL signed by a key that is not the CA's", { ...policy, crls: pki.crl("forged-ca") }, /crls\[0\] is not signed by any CA/],
    ["a CRL of a CA whose keyUsage lacks cRLSign", { ...policy, intermediates: [intermediate.pem, noCrlSignCa.pem], crls: pki.crl("no-crl-sign-ca") }, /crls\[0\] is not signed by any CA/],
    ["a CRL of a CA the policy does not hold", { ...policy, crls: pki.crl("other-root") }, /crls\[0\] is not signed by any CA/],
    ["a CRL that does not parse", { ...policy, crls: "-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n" }, /crls\[0\] CRL 0 does not parse/],
    ["an allow-list with no name", { ...policy, allowed: { dnsNames: [] } }, /allowed lists no name/],
    ["clockToleranceSeconds NaN", { ...policy, clockToleranceSeconds: NaN }, /clockToleranceSeconds is NaN/],
    ["a negative clockToleranceSeconds", { ...policy, clockToleranceSeconds: -1 }, /clockToleranceSeconds is -1/],
    ["an infinite clockToleranceSeconds", { ...policy, clockToleranceSeconds: Infinity }, /clockToleranceSeconds is Infinity/],
    ["an empty crls list (it must not turn revocation off)", { ...policy, crls: [] }, /crls holds no CRL/],
    ["crlCoverage without crls", { ...policy, crlCoverage: "leaf" }, /crls holds no CRL \(or crlCoverage is set without crls\)/],
    ["a CRL without nextUpdate (it would never go stale)", { ...policy, crls: pki.resign("intermediate", pki.crl("intermediate"), withoutNextUpdate) }, /crls\[0\] CRL 0 does not parse: no nextUpdate/],
    ["a CRL with a non-critical issuingDistributionPoint (a partial CRL)", { ...policy, crls: pki.crl("intermediate", -1, 30, ["2.5.29.28 = DER:3000"]) }, /crls\[0\] CRL 0 does not parse: CRL extension 2\.5\.29\.28/],
    ["a CRL with a non-critical deltaCRLIndicator (a delta CRL)", { ...policy, crls: pki.crl("intermediate", -1, 30, ["2.5.29.27 = ASN1:INTEGER:1"]) }, /crls\[0\] CRL 0 does not parse: CRL extension 2\.5\.29\.27/],
    [
      "a CRL extension of four fields (a critical flag, then two values)",
      { ...policy, crls: pki.resign("intermediate", pki.crl("intermediate", -1, 30, ["1.3.6.1.4.1.55555.1 = critical,ASN1:NULL"]), withExtraExtensionField) },
      /crls\[0\] CRL 0 does not parse: extension 1\.3\.6\.1\.4\.1\.55555\.1 has 4 fields, not 2 or 3/,
    ],
  ])("%s", (_, bad, message) => {
    expect(() => new ClientCertificateVerifier(bad as ClientCertificatePolicy)).toThrow(message);
  });
});

describe("clientCertificateGuard in an HTTP handler", () => {
  /** The parts of Node's ServerResponse the guard uses, recorded. */
  function fakeResponse() {
    const res = { statusCode: 200, headers: {} as Record<string, string>, body: undefined as string | undefined };
    return Object.assign(res, {
      setHeader: (name: string, value: string) => (res.headers[name.toLowerCase()] = value),
      end: (body?: string) => (res.body = body),
    });
  }
  const guard: ReturnType<typeof clientCertificateGuard> = (req, res, next) => clientCertificateGuard(verifier(), { exposeReason: true })(req, res, next);

  test("accepted: sets req.clientCertificate, calls next, writes nothing", () => {
    const req: RequestLike = { headers: { "x-client-cert": gatewayEscape(leaves.valid.pem) } };
    const res = fakeResponse();
    const next = jest.fn();
    const result = guard(req, res, next);
    expect(result?.identity.commonNames).toEqual(["client-a"]);
    expect(req.clientCertificate).toBe(result);
    expect(next).toHaveBeenCalledTimes(1);
    expect(res.body).toBeUndefined();
  });

  test("no certificate: 401 with the reason, next not called", () => {
    const res = fakeResponse();
    const next = jest.fn();
    expect(guard({ headers: {} }, res, next)).toBeUndefined();
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toBe("application/json");
    // A rejection is about this request's certificate: no cache or proxy may keep it for another client.
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(res.body!)).toEqual({ error: "client certificate required", reason: "NO_CERTIFICATE" });
    expect(next).not.toHaveBeenCalled();
  });

  test("by default the body carries no reason code (a prober learns nothing of the policy from it)", () => {
    const res = fakeResponse();
    clientCertificateGuard(verifier())({ headers: { "x-client-cert": gatewayEscape(t.fromOtherCa.pem) } }, res);
    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body!)).toEqual({ error: "client certificate rejected" });
  });

  test("a refused certificate: 403; exposeReason false hides the reason; onReject sees the detail; the header name is configurable", () => {
    const rejections: string[] = [];
    const quiet = clientCertificateGuard(verifier(), { header: "X-Custom-Cert", exposeReason: false, onReject: (r) => rejections.push(r.detail) });
    const res = fakeResponse();
    quiet({ headers: { "x-custom-cert": gatewayEscape(leaves.expired.pem) } }, res);
    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body!)).toEqual({ error: "client certificate rejected" });
    expect(rejections).toEqual([expect.stringContaining("CN=expired")]);
  });
});

describe("every rejection's detail names the certificate and what was wrong (what a backend logs)", () => {
  const I = "CN=Test Issuing CA, O=Verifier Tests";
  const date = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z/.source;
  const intermediateCrl = pki.crl("intermediate");
  const rootCrl = pki.crl("root");
  const ladder = Array.from({ length: 8 }, (_, i) => pki.issue(`detail-ladder-${i}`, i === 0 ? "root" : `detail-ladder-${i - 1}`, { subject: `/CN=Ladder CA ${i}`, extensions: caExtensions() }));
  const belowLadder = t.client("below-detail-ladder", {}, "detail-ladder-7");
  const noNames = pki.issue("no-names", "intermediate", { subject: "/O=Verifier Tests", extensions: clientExtensions() });
  const cases: [string, Partial<ClientCertificatePolicy>, string | string[] | undefined, string | RegExp][] = [
    ["no header", {}, undefined, "no certificate header"],
    ["two header values", {}, ["a", "b"], "2 header values; exactly one is expected"],
    ["a header value that is not a string (a JavaScript caller)", {}, 42 as unknown as string, "header value is not a string"],
    ["an oversized header", { maxHeaderLength: 10 }, "A".repeat(11), "11 characters, limit 10"],
    ["a character outside percent-encoding", {}, "abc def", 'not percent-encoded PEM: unexpected " "'],
    ["a truncated escape", {}, `${gatewayEscape(leaves.valid.pem)}%0`, 'not percent-encoded PEM: unexpected "%"'],
    ["an escape decoding outside ASCII", {}, "%C3%A9", "decodes to bytes outside ASCII"],
    ["two certificates", {}, gatewayEscape(leaves.valid.pem + intermediate.pem), "2 certificates; the header must carry the leaf alone"],
    ["a private key", {}, gatewayEscape(fs.readFileSync(leaves.valid.keyFile, "utf8")), "expected one -----BEGIN CERTIFICATE----- block, found 1 PEM blocks"],
    ["text after the END line", {}, `${gatewayEscape(leaves.valid.pem)}hello`, "text before or after the PEM block, or the armor is not on its own line"],
    ["text before the BEGIN line", {}, `hello${gatewayEscape(leaves.valid.pem)}`, "text before or after the PEM block, or the armor is not on its own line"],
    ["the armor without a body", {}, gatewayEscape("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"), "text before or after the PEM block, or the armor is not on its own line"],
    ["a certificate and a private key", {}, gatewayEscape(leaves.valid.pem + fs.readFileSync(leaves.valid.keyFile, "utf8")), "expected one -----BEGIN CERTIFICATE----- block, found 2 PEM blocks"],
    ["a '+' decoded as a space", {}, gatewayEscape(leaves.valid.pem.replace(/\+/g, " ")), "PEM body holds a character that is not base64 (a '+' decoded as a space?)"],
    ["base64 with a character removed", {}, gatewayEscape(leaves.valid.pem.replace(pemBody(leaves.valid.pem).slice(0, 10), pemBody(leaves.valid.pem).slice(0, 9))), "PEM body is not valid base64"],
    ["a space inside a base64 line", {}, gatewayEscape(leaves.valid.pem.replace(pemBody(leaves.valid.pem).slice(0, 10), `${pemBody(leaves.valid.pem).slice(0, 9)} `)), "PEM body holds a character that is not base64 (a '+' decoded as a space?)"],
    ["bytes that are not a certificate", {}, gatewayEscape(asPem(Buffer.from("not a certificate at all"))), /^not a DER X\.509 certificate: .+/],
    ["an unknown critical extension", {}, gatewayEscape(leaves.unknownCritical.pem), "CN=unknown-critical, O=Verifier Tests has critical extension 1.3.6.1.4.1.55555.1"],
    ["a leaf from another CA", {}, gatewayEscape(t.fromOtherCa.pem), "CN=other-ca-client, O=Verifier Tests is issued by CN=Other Root, O=Somebody Else, which is not a trusted or intermediate CA"],
    ["a path longer than 8 certificates", { intermediates: ladder.map((c) => c.pem) }, gatewayEscape(belowLadder.pem), "no trust anchor within 8 certificates"],
    ["a leaf of a pinned client", { trustAnchors: t.selfSigned.pem, intermediates: [] }, gatewayEscape(t.issuedBySelfSigned.pem), "CN=issued-by-self-signed, O=Verifier Tests names CN=self-signed as issuer, which is not a CA (basicConstraints / keyUsage keyCertSign)"],
    ["a SHA-1 signature", {}, gatewayEscape(leaves.sha1.pem), `CN=sha1-signed, O=Verifier Tests is signed with 1.2.840.10045.4.1, which is not accepted`],
    ["a forged leaf", {}, gatewayEscape(t.forged.pem), `CN=forged, O=Verifier Tests is not signed by the key of ${I}`],
    ["a CA below a pathlen:0 CA", { intermediates: [intermediate.pem, subCa.pem] }, gatewayEscape(belowSubCa.pem), `${I} allows 0 CA(s) below it; the path has 1`],
    ["a leaf not valid yet", {}, gatewayEscape(leaves.notYetValid.pem), new RegExp(`^certificate CN=not-yet-valid, O=Verifier Tests is valid from ${date}$`)],
    ["a leaf without extendedKeyUsage", {}, gatewayEscape(leaves.noEku.pem), "CN=no-eku, O=Verifier Tests has no extendedKeyUsage; clientAuth (1.3.6.1.5.5.7.3.2) is required"],
    ["a leaf for serverAuth", {}, gatewayEscape(leaves.serverEku.pem), "CN=server-eku, O=Verifier Tests has extendedKeyUsage 1.3.6.1.5.5.7.3.1; clientAuth (1.3.6.1.5.5.7.3.2) is required"],
    ["a leaf without digitalSignature", {}, gatewayEscape(leaves.keyEnciphermentOnly.pem), "CN=key-encipherment, O=Verifier Tests has keyUsage without digitalSignature"],
    ["no CRL of the issuer", { crls: [rootCrl] }, gatewayEscape(leaves.valid.pem), `no CRL of ${I}, which issued CN=client-a, O=Verifier Tests`],
    ["a CRL issued in the future", { crls: [pki.crl("intermediate", 1, 30), rootCrl] }, gatewayEscape(leaves.valid.pem), new RegExp(`^the CRL of ${I} starts ${date}$`)],
    ["a CRL past nextUpdate", { crls: [pki.crl("intermediate", -60, -30), rootCrl] }, gatewayEscape(leaves.valid.pem), new RegExp(`^the CRL of ${I} was due for renewal ${date}$`)],
    ["a revoked leaf", { crls: [intermediateCrl, rootCrl] }, gatewayEscape(leaves.revoked.pem), /^CN=revoked, O=Verifier Tests \(serial [0-9A-F]+\) is revoked$/],
    ["no allowed name", { allowed: { commonNames: ["client-b"] } }, gatewayEscape(leaves.valid.pem), "CN=client-a, O=Verifier Tests (names: CN client-a, client-a.example.com, a@example.com, spiffe://example.com/client-a) matches no allowed name"],
    ["no name at all", { allowed: { commonNames: ["client-b"] } }, gatewayEscape(noNames.pem), "O=Verifier Tests (names: none) matches no allowed name"],
  ];
  test.each(cases)("%s", (_, extra, value, detail) => {
    const result = verifierWith(extra).verifyHeader(value);
    expect(result.ok).toBe(false);
    const got = (result as { detail: string }).detail;
    if (detail instanceof RegExp) expect(got).toMatch(detail);
    else expect(got).toBe(detail);
  });
});

describe("the verifier stays a separate, dependency-free entry point", () => {
  const dir = path.resolve(__dirname, "../src/verifier");
  const sources = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));

  test("its sources import only node: modules and each other", () => {
    // `from "x"`, `import "x"`, `import("x")` and `require("x")`, with either quote.
    const specifier = /\b(?:from|import|require)\s*\(?\s*["']([^"']+)["']/g;
    const imports = sources.flatMap((f) => Array.from(fs.readFileSync(path.join(dir, f), "utf8").matchAll(specifier), (m) => m[1]));
    expect(imports.length).toBeGreaterThan(5);
    expect(imports.filter((s) => !s.startsWith("node:") && !s.startsWith("./"))).toEqual([]);
  });

  test("the README's reason table lists every reason code, in the order they are checked, and no other", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../README.md"), "utf8");
    const table = Array.from(readme.matchAll(/^\| `([A-Z_]+)` \|/gm), (m) => m[1]);
    expect(table).toEqual(Object.values(Reason));
  });
});

function derOf(pem: string, label = "CERTIFICATE"): Buffer {
  const m = new RegExp(`-----BEGIN ${label}-----([^-]+)-----END ${label}-----`).exec(pem);
  if (!m) throw new Error(`no ${label} block`);
  return Buffer.from(m[1].replace(/\s+/g, ""), "base64");
}

/** A TBSCertList without its nextUpdate (the second time in it). */
function withoutNextUpdate(tbs: DerNode): DerNode {
  const times = tbs.children!.filter((f) => f.tag === 0x17 || f.tag === 0x18);
  return { ...tbs, children: tbs.children!.filter((f) => f !== times[1]) };
}

/** A TBSCertList whose extensions each get a fourth field, another OCTET STRING (NULL). */
function withExtraExtensionField(tbs: DerNode): DerNode {
  const extra: DerNode = { tag: 0x04, content: Buffer.from([0x05, 0x00]) };
  const addField = (ext: DerNode): DerNode => ({ ...ext, children: [...ext.children!, extra] });
  return {
    ...tbs,
    children: tbs.children!.map((f) => (f.tag === 0xa0 ? { ...f, children: [{ ...f.children![0], children: f.children![0].children!.map(addField) }] } : f)),
  };
}

function asPem(der: Buffer): string {
  const lines = der.toString("base64").match(/.{1,64}/g)!;
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}
