/**
 * The client-certificate verifier: the header value and a policy in, accepted or
 * rejected with a reason out. Path validation follows RFC 5280 §6 in the parts a
 * gateway-forwarded leaf needs: every CA comes from the policy (the header holds
 * the leaf alone), so CA certificates and CRLs are checked once, when the
 * verifier is built, and a policy mistake throws there; bad input never throws.
 */
import { X509Certificate } from "node:crypto";
import { Crl, crlSignedBy, parseCrl } from "./crl";
import { DEFAULT_MAX_HEADER_LENGTH, decodeCertificateHeader } from "./header";
import { Reason, ReasonCode, httpStatus } from "./reasons";
import {
  Certificate,
  EKU_ANY,
  EKU_CLIENT_AUTH,
  Ext,
  KeyUsageBit,
  SIGNATURE_ALGORITHMS,
  describe,
  hasKeyUsage,
  parseCertificate,
  pemBlocks,
  unknownCriticalExtension,
} from "./x509";

/** A certificate as PEM text (one or several blocks), DER bytes, or Node's X509Certificate. */
export type CertificateInput = string | Buffer | X509Certificate;
/** A CRL as PEM text (`X509 CRL` blocks, one or several) or DER bytes. */
export type CrlInput = string | Buffer;

/** Names a client certificate may carry; it is allowed when any one of them matches. */
export interface AllowedNames {
  /** Subject common names, compared exactly. */
  readonly commonNames?: readonly string[];
  /** subjectAltName DNS names, compared case-insensitively; no wildcards. */
  readonly dnsNames?: readonly string[];
  /** subjectAltName e-mail addresses (rfc822Name), compared exactly. */
  readonly emails?: readonly string[];
  /** subjectAltName URIs (e.g. SPIFFE IDs), compared exactly. */
  readonly uris?: readonly string[];
}

export interface ClientCertificatePolicy {
  /**
   * Trusted CA certificates: roots, or intermediates you trust directly (the path
   * stops at the first trusted certificate). A certificate here that is not a CA
   * is trusted as itself only (pinning a self-signed client), never as an issuer.
   */
  readonly trustAnchors: CertificateInput | readonly CertificateInput[];
  /** Intermediate CA certificates that complete a path to a trust anchor; not trusted by themselves. */
  readonly intermediates?: CertificateInput | readonly CertificateInput[];
  /** Allowed names; when absent, any certificate with a valid path is accepted. */
  readonly allowed?: AllowedNames;
  /** Require extendedKeyUsage clientAuth on the leaf (absent EKU or anyExtendedKeyUsage do not count). Default true. */
  readonly requireClientAuth?: boolean;
  /** The time to validate at. Default: `() => new Date()`. */
  readonly clock?: () => Date;
  /** Leeway for certificate and CRL dates, in seconds: a finite number, 0 or more. Default 0. */
  readonly clockToleranceSeconds?: number;
  /**
   * CRLs of the CAs in `trustAnchors`/`intermediates`. When given, at least one
   * CRL, and every certificate in a path must be covered by its issuer's CRL
   * (`CRL_MISSING` otherwise), unless `crlCoverage` is "leaf". Leave it out to
   * check no revocation. Build a new verifier when you download fresh CRLs.
   */
  readonly crls?: CrlInput | readonly CrlInput[];
  /** "chain" (default): the leaf and every intermediate need a CRL; "leaf": only the leaf does, CAs are checked where a CRL is given. Only with `crls`. */
  readonly crlCoverage?: "chain" | "leaf";
  /** Longest header value accepted, in characters. Default 16384. */
  readonly maxHeaderLength?: number;
}

/** What an accepted certificate says about the client. */
export interface ClientIdentity {
  /** Subject DN as Node prints it, one line ("CN=client, O=Contoso"). */
  readonly subject: string;
  readonly commonNames: readonly string[];
  readonly dnsNames: readonly string[];
  readonly emails: readonly string[];
  readonly uris: readonly string[];
  readonly ipAddresses: readonly string[];
  /** Serial number, upper-case hex. */
  readonly serialNumber: string;
  /** SHA-256 fingerprint of the leaf, as Node prints it (AA:BB:...). */
  readonly fingerprint256: string;
  readonly notAfter: Date;
}

export interface Accepted {
  readonly ok: true;
  readonly status: 200;
  readonly identity: ClientIdentity;
  readonly certificate: X509Certificate;
  /** The path from the leaf to the trust anchor, leaf first. */
  readonly chain: readonly X509Certificate[];
}

export interface Rejected {
  readonly ok: false;
  /** 401 for NO_CERTIFICATE, 403 otherwise. */
  readonly status: 401 | 403;
  readonly reason: ReasonCode;
  /** For logs: which certificate and what was wrong. Not meant for the client. */
  readonly detail: string;
}

export type VerificationResult = Accepted | Rejected;

/** A path to a trust anchor, leaf first, or the first reason none was found. */
type PathResult = { ok: true; path: Certificate[] } | Rejected;

/** Generous for client PKIs (root, one or two intermediates); bounds the search. */
const MAX_PATH_LENGTH = 8;

const reject = (reason: ReasonCode, detail: string): Rejected => ({ ok: false, status: httpStatus(reason), reason, detail });
const asList = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as readonly T[]) : [value as T];

export class ClientCertificateVerifier {
  private readonly anchors: Certificate[];
  /** Anchors and intermediates that may issue: the CAs searched by issuer name. */
  private readonly issuers: Certificate[];
  private readonly crls = new Map<Certificate, Crl>();
  private readonly caLinks = new Map<string, Rejected | undefined>();
  private readonly clock: () => Date;
  private readonly toleranceMs: number;
  private readonly requireClientAuth: boolean;
  private readonly crlCoverage: "chain" | "leaf" | "none";
  private readonly maxHeaderLength: number;
  private readonly allowed?: AllowedNames;

  /** Throws when the policy itself is wrong (no anchors, a certificate or CRL that does not parse, a CA it cannot evaluate, an empty CRL list, a bad tolerance). */
  constructor(policy: ClientCertificatePolicy) {
    this.anchors = asList(policy.trustAnchors).flatMap((input, i) => policyCertificates(input, `trustAnchors[${i}]`));
    if (this.anchors.length === 0) throw new Error("ClientCertificateVerifier: trustAnchors holds no certificate; give at least one CA certificate");
    const intermediates = asList(policy.intermediates).flatMap((input, i) => policyCertificates(input, `intermediates[${i}]`));
    for (const ca of intermediates) {
      if (!ca.isCa) throw new Error(`ClientCertificateVerifier: intermediates: ${describe(ca)} is not a CA (basicConstraints cA is not true)`);
    }
    this.issuers = [...this.anchors.filter((c) => c.isCa), ...intermediates];
    for (const ca of [...this.anchors, ...intermediates]) {
      const unsupported = ca.extensions.find((e) => e.oid === Ext.NAME_CONSTRAINTS) ?? unknownCriticalExtension(ca);
      if (unsupported) {
        throw new Error(
          `ClientCertificateVerifier: ${describe(ca)} carries extension ${unsupported.oid}, which the verifier does not evaluate ` +
            `(name constraints and unknown critical extensions are refused rather than ignored)`,
        );
      }
    }

    asList(policy.crls).forEach((input, i) => {
      for (const crl of policyCrls(input, `crls[${i}]`)) {
        // RFC 5280 §4.2.1.3: a CRL issuer's keyUsage, when present, includes cRLSign.
        const issuer = this.issuers.find((ca) => ca.subject.equals(crl.issuer) && hasKeyUsage(ca, KeyUsageBit.CRL_SIGN) && crlSignedBy(crl, ca));
        if (!issuer) {
          throw new Error(
            `ClientCertificateVerifier: crls[${i}] is not signed by any CA in trustAnchors or intermediates ` +
              `(its issuer name matches none, its signature does not verify, the CA's keyUsage lacks cRLSign, or its signature algorithm is not accepted)`,
          );
        }
        const known = this.crls.get(issuer);
        if (!known || crl.thisUpdate > known.thisUpdate) this.crls.set(issuer, crl); // the newest CRL per CA
      }
    });
    if (this.crls.size === 0 && (policy.crls !== undefined || policy.crlCoverage !== undefined)) {
      // An empty list must not quietly turn revocation checking off.
      throw new Error("ClientCertificateVerifier: crls holds no CRL (or crlCoverage is set without crls); give the CAs' CRLs, or leave both out to check no revocation");
    }
    this.crlCoverage = this.crls.size === 0 ? "none" : (policy.crlCoverage ?? "chain");

    const allowed = policy.allowed;
    if (allowed && ![allowed.commonNames, allowed.dnsNames, allowed.emails, allowed.uris].some((l) => l && l.length > 0)) {
      throw new Error("ClientCertificateVerifier: allowed lists no name, so it would reject every certificate; leave it out to allow any name");
    }
    this.allowed = allowed;
    this.clock = policy.clock ?? (() => new Date());
    const tolerance = policy.clockToleranceSeconds ?? 0;
    if (typeof tolerance !== "number" || !Number.isFinite(tolerance) || tolerance < 0) {
      throw new Error(`ClientCertificateVerifier: clockToleranceSeconds is ${String(tolerance)}; give a finite number of seconds, 0 or more`);
    }
    this.toleranceMs = tolerance * 1000;
    this.requireClientAuth = policy.requireClientAuth ?? true;
    this.maxHeaderLength = policy.maxHeaderLength ?? DEFAULT_MAX_HEADER_LENGTH;
  }

  /** Verifies the forwarded header value (`req.headers["x-client-cert"]`). Never throws for bad input. */
  verifyHeader(value: string | readonly string[] | undefined): VerificationResult {
    const decoded = decodeCertificateHeader(value, this.maxHeaderLength);
    return decoded.ok ? this.verifyCertificate(decoded.der) : reject(decoded.reason, decoded.detail);
  }

  /** Verifies a leaf given as DER (e.g. from a TLS socket the backend terminates itself). */
  verifyCertificate(leafDer: Buffer): VerificationResult {
    let leaf: Certificate;
    try {
      leaf = parseCertificate(leafDer);
    } catch (e) {
      return reject(Reason.MALFORMED_CERTIFICATE, `not a DER X.509 certificate: ${(e as Error).message}`);
    }
    const unknown = unknownCriticalExtension(leaf);
    if (unknown) return reject(Reason.UNSUPPORTED_CRITICAL_EXTENSION, `${describe(leaf)} has critical extension ${unknown.oid}`);

    const found = this.findPath(leaf, [leaf]);
    if (!found.ok) return found;
    const path = found.path;
    const date: unknown = this.clock();
    const now = date instanceof Date ? date.getTime() : NaN; // NaN (an invalid clock) passes no date check
    const failure =
      this.checkPathLengths(path) ??
      this.checkDates(path, now) ??
      this.checkUsages(path) ??
      this.checkRevocation(path, now) ??
      this.checkNames(leaf);
    if (failure) return failure;
    const x509 = leaf.x509;
    return {
      ok: true,
      status: 200,
      certificate: x509,
      chain: path.map((c) => c.x509),
      identity: {
        subject: describe(leaf),
        commonNames: leaf.commonNames,
        ...leaf.altNames,
        serialNumber: leaf.serial,
        fingerprint256: x509.fingerprint256,
        notAfter: leaf.notAfter,
      },
    };
  }

  /**
   * Depth-first search from `cert` to a trust anchor through CAs of the issuer's
   * name whose key verifies the signature. A leaf identical to a trust anchor is
   * trusted as itself.
   */
  private findPath(cert: Certificate, path: Certificate[]): PathResult {
    if (this.anchors.some((a) => a.der.equals(cert.der))) return { ok: true, path };
    if (path.length > MAX_PATH_LENGTH) return reject(Reason.UNTRUSTED_ISSUER, `no trust anchor within ${MAX_PATH_LENGTH} certificates`);
    const named = [...this.issuers, ...this.anchors.filter((a) => !a.isCa)].filter((ca) => ca.subject.equals(cert.issuer) && !path.includes(ca));
    if (named.length === 0) {
      return reject(Reason.UNTRUSTED_ISSUER, `${describe(cert)} is issued by ${cert.x509.issuer.split("\n").join(", ")}, which is not a trusted or intermediate CA`);
    }
    let firstFailure: Rejected | undefined;
    for (const ca of named) {
      const link = path.length === 1 ? this.checkIssuedBy(cert, ca) : this.checkCaLink(cert, ca);
      const result = link ?? this.findPath(ca, [...path, ca]);
      if (result.ok) return result;
      firstFailure ??= result;
    }
    return firstFailure!;
  }

  /** CA-to-CA links are between policy certificates, so each is checked once (no date in it). */
  private checkCaLink(cert: Certificate, ca: Certificate): Rejected | undefined {
    const key = `${cert.x509.fingerprint256}>${ca.x509.fingerprint256}`;
    if (!this.caLinks.has(key)) this.caLinks.set(key, this.checkIssuedBy(cert, ca));
    return this.caLinks.get(key);
  }

  private checkIssuedBy(cert: Certificate, ca: Certificate): Rejected | undefined {
    if (!ca.isCa || !hasKeyUsage(ca, KeyUsageBit.KEY_CERT_SIGN)) {
      return reject(Reason.ISSUER_NOT_CA, `${describe(cert)} names ${describe(ca)} as issuer, which is not a CA (basicConstraints / keyUsage keyCertSign)`);
    }
    if (!SIGNATURE_ALGORITHMS.has(cert.signatureAlgorithm)) {
      return reject(Reason.WEAK_SIGNATURE, `${describe(cert)} is signed with ${cert.signatureAlgorithm}, which is not accepted`);
    }
    let valid = false;
    try {
      valid = cert.x509.verify(ca.x509.publicKey);
    } catch {
      valid = false;
    }
    return valid ? undefined : reject(Reason.BAD_SIGNATURE, `${describe(cert)} is not signed by the key of ${describe(ca)}`);
  }

  /** pathLenConstraint: at most that many CA certificates between a CA and the leaf (RFC 5280 §4.2.1.9). */
  private checkPathLengths(path: readonly Certificate[]): Rejected | undefined {
    for (let i = 1; i < path.length; i++) {
      const limit = path[i].pathLength;
      if (limit !== undefined && i - 1 > limit) {
        return reject(Reason.PATH_LENGTH_EXCEEDED, `${describe(path[i])} allows ${limit} CA(s) below it; the path has ${i - 1}`);
      }
    }
    return undefined;
  }

  /**
   * Where `now` falls against a validity window widened by the tolerance on both
   * sides. Written positively, so a NaN clock is never "valid" (it is "late").
   */
  private window(now: number, from: Date, to: Date): "valid" | "early" | "late" {
    if (now >= from.getTime() - this.toleranceMs && now <= to.getTime() + this.toleranceMs) return "valid";
    return now < from.getTime() - this.toleranceMs ? "early" : "late";
  }

  private checkDates(path: readonly Certificate[], now: number): Rejected | undefined {
    if (!Number.isFinite(now)) return reject(Reason.EXPIRED, "the verifier's clock returned an invalid Date, so no validity period can be checked");
    for (const [i, cert] of path.entries()) {
      const role = i === 0 ? "certificate" : "CA";
      const when = this.window(now, cert.notBefore, cert.notAfter);
      if (when === "early") return reject(Reason.NOT_YET_VALID, `${role} ${describe(cert)} is valid from ${cert.notBefore.toISOString()}`);
      if (when === "late") return reject(Reason.EXPIRED, `${role} ${describe(cert)} expired ${cert.notAfter.toISOString()}`);
    }
    return undefined;
  }

  private checkUsages(path: readonly Certificate[]): Rejected | undefined {
    const [leaf, ...cas] = path;
    if (this.requireClientAuth) {
      if (!leaf.extendedKeyUsage?.includes(EKU_CLIENT_AUTH)) {
        const has = leaf.extendedKeyUsage ? `extendedKeyUsage ${leaf.extendedKeyUsage.join(", ")}` : "no extendedKeyUsage";
        return reject(Reason.MISSING_CLIENT_AUTH_EKU, `${describe(leaf)} has ${has}; clientAuth (${EKU_CLIENT_AUTH}) is required`);
      }
      // A CA that restricts usages restricts its whole subtree (as browsers and OpenSSL read it).
      const restricting = cas.find((ca) => ca.extendedKeyUsage && !ca.extendedKeyUsage.some((u) => u === EKU_CLIENT_AUTH || u === EKU_ANY));
      if (restricting) return reject(Reason.MISSING_CLIENT_AUTH_EKU, `CA ${describe(restricting)} restricts extendedKeyUsage and leaves out clientAuth`);
    }
    if (!hasKeyUsage(leaf, KeyUsageBit.DIGITAL_SIGNATURE)) {
      return reject(Reason.KEY_USAGE, `${describe(leaf)} has keyUsage without digitalSignature`);
    }
    return undefined;
  }

  private checkRevocation(path: readonly Certificate[], now: number): Rejected | undefined {
    if (this.crlCoverage === "none") return undefined;
    // Each certificate below the trust anchor, checked against its issuer's CRL.
    for (let i = 0; i < path.length - 1; i++) {
      const cert = path[i];
      const crl = this.crls.get(path[i + 1]);
      if (!crl) {
        if (i === 0 || this.crlCoverage === "chain") return reject(Reason.CRL_MISSING, `no CRL of ${describe(path[i + 1])}, which issued ${describe(cert)}`);
        continue;
      }
      const when = this.window(now, crl.thisUpdate, crl.nextUpdate);
      if (when === "early") return reject(Reason.CRL_NOT_YET_VALID, `the CRL of ${describe(path[i + 1])} starts ${crl.thisUpdate.toISOString()}`);
      if (when === "late") return reject(Reason.CRL_EXPIRED, `the CRL of ${describe(path[i + 1])} was due for renewal ${crl.nextUpdate.toISOString()}`);
      if (crl.revoked.has(cert.serial)) return reject(Reason.REVOKED, `${describe(cert)} (serial ${cert.serial}) is revoked`);
    }
    return undefined;
  }

  private checkNames(leaf: Certificate): Rejected | undefined {
    const allowed = this.allowed;
    if (!allowed) return undefined;
    const lower = (l: readonly string[] | undefined) => (l ?? []).map((s) => s.toLowerCase());
    const allowedDns = lower(allowed.dnsNames);
    const match =
      leaf.commonNames.some((n) => allowed.commonNames?.includes(n)) ||
      lower(leaf.altNames.dnsNames).some((n) => allowedDns.includes(n)) ||
      leaf.altNames.emails.some((n) => allowed.emails?.includes(n)) ||
      leaf.altNames.uris.some((n) => allowed.uris?.includes(n));
    if (match) return undefined;
    const names = [...leaf.commonNames.map((n) => `CN ${n}`), ...leaf.altNames.dnsNames, ...leaf.altNames.emails, ...leaf.altNames.uris];
    return reject(Reason.NAME_NOT_ALLOWED, `${describe(leaf)} (names: ${names.join(", ") || "none"}) matches no allowed name`);
  }
}

/** The certificates of one policy entry; throws naming the entry when it holds none or one does not parse. */
function policyCertificates(input: CertificateInput, where: string): Certificate[] {
  const ders =
    input instanceof X509Certificate ? [input.raw] : Buffer.isBuffer(input) ? [input] : attempt(where, () => pemBlocks(input, "CERTIFICATE"));
  if (ders.length === 0) throw new Error(`ClientCertificateVerifier: ${where} holds no PEM CERTIFICATE block`);
  return ders.map((d, i) => attempt(`${where} certificate ${i}`, () => parseCertificate(d)));
}

function policyCrls(input: CrlInput, where: string): Crl[] {
  const ders = Buffer.isBuffer(input) ? [input] : attempt(where, () => pemBlocks(input, "X509 CRL"));
  if (ders.length === 0) throw new Error(`ClientCertificateVerifier: ${where} holds no PEM X509 CRL block`);
  return ders.map((d, i) => attempt(`${where} CRL ${i}`, () => parseCrl(d)));
}

function attempt<T>(where: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new Error(`ClientCertificateVerifier: ${where} does not parse: ${(e as Error).message}`);
  }
}
