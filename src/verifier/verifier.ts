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
import { checkPolicyShape } from "./policy";
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

/** A path to a trust anchor, leaf first, or the most specific reason none was found. */
type PathResult = { ok: true; path: Certificate[] } | Rejected;

/** Generous for client PKIs (root, one or two intermediates); bounds the search's depth. */
const MAX_PATH_LENGTH = 8;
/**
 * Issuer candidates one request may try. A real policy needs a handful; many CAs
 * sharing a name and key (which all verify each other) would otherwise make the
 * search grow with every path through them.
 */
export const PATH_SEARCH_BUDGET = 1000;

/** Control characters (C0, DEL, C1) and the Unicode line separators, escaped so a certificate's text cannot forge log lines. */
const UNSAFE_FOR_LOGS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
export const escapeForLogs = (text: string): string =>
  text.replace(UNSAFE_FOR_LOGS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const reject = (reason: ReasonCode, detail: string): Rejected => ({ ok: false, status: httpStatus(reason), reason, detail: escapeForLogs(detail) });
const asList = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as readonly T[]) : [value as T];

/** Reasons in the order they are checked: a later one got further, so it says more about why no path held. */
const REASON_ORDER: readonly ReasonCode[] = Object.values(Reason);
const moreSpecific = (a: Rejected | undefined, b: Rejected): Rejected =>
  a && REASON_ORDER.indexOf(a.reason) >= REASON_ORDER.indexOf(b.reason) ? a : b;

/** The state of one request's path search. */
interface Search {
  readonly leaf: Certificate;
  readonly now: number;
  /** Issuer candidates left to try. */
  budget: number;
  /** CAs from which no path was found, with the shallowest depth it was tried at (deeper cannot do better) and why. */
  readonly dead: Map<Certificate, { depth: number; failure: Rejected }>;
}

export class ClientCertificateVerifier {
  /** DER (base64) of every trust anchor: a certificate is an anchor by its bytes, never by its name. */
  private readonly anchorBytes: Set<string>;
  /** Anchors and intermediates that may issue: the CAs searched by issuer name. */
  private readonly issuers: Certificate[];
  /** Non-CA anchors (pinned clients): they end a path but issue nothing. */
  private readonly pinned: Certificate[];
  /** Every CRL of a CA, newest first. */
  private readonly crls = new Map<Certificate, Crl[]>();
  /** CA-to-CA links are between policy certificates: each is checked once for the verifier's life (no date in it). */
  private readonly caLinks = new Map<Certificate, Map<Certificate, Rejected | undefined>>();
  private readonly clock: () => Date;
  private readonly toleranceMs: number;
  private readonly requireClientAuth: boolean;
  private readonly crlCoverage: "chain" | "leaf" | "none";
  private readonly maxHeaderLength: number;
  private readonly allowed?: AllowedNames;

  /** Throws when the policy itself is wrong: a field of the wrong type or value, no anchors, a certificate or CRL that does not parse, a CA it cannot evaluate. */
  constructor(policy: ClientCertificatePolicy) {
    checkPolicyShape(policy);
    const anchors = asList(policy.trustAnchors).flatMap((input, i) => policyCertificates(input, `trustAnchors[${i}]`));
    if (anchors.length === 0) throw new Error("ClientCertificateVerifier: trustAnchors holds no certificate; give at least one CA certificate");
    const intermediates = asList(policy.intermediates).flatMap((input, i) => policyCertificates(input, `intermediates[${i}]`));
    for (const ca of intermediates) {
      if (!ca.isCa) throw new Error(`ClientCertificateVerifier: intermediates: ${describe(ca)} is not a CA (basicConstraints cA is not true)`);
    }
    this.anchorBytes = new Set(anchors.map((a) => a.der.toString("base64")));
    this.issuers = [...anchors.filter((c) => c.isCa), ...intermediates];
    this.pinned = anchors.filter((c) => !c.isCa);
    for (const ca of [...anchors, ...intermediates]) {
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
        // RFC 5280 §4.2.1.3: a CRL issuer's keyUsage, when present, includes cRLSign. Same-key
        // renewals of a CA share its CRLs, so a CRL belongs to every CA whose key signed it.
        const signers = this.issuers.filter((ca) => ca.subject.equals(crl.issuer) && hasKeyUsage(ca, KeyUsageBit.CRL_SIGN) && crlSignedBy(crl, ca));
        if (signers.length === 0) {
          throw new Error(
            `ClientCertificateVerifier: crls[${i}] is not signed by any CA in trustAnchors or intermediates ` +
              `(its issuer name matches none, its signature does not verify, the CA's keyUsage lacks cRLSign, or its signature algorithm is not accepted)`,
          );
        }
        for (const ca of signers) this.crls.set(ca, [...(this.crls.get(ca) ?? []), crl].sort((a, b) => b.thisUpdate.getTime() - a.thisUpdate.getTime()));
      }
    });
    if (this.crls.size === 0 && (policy.crls !== undefined || policy.crlCoverage !== undefined)) {
      // An empty list must not quietly turn revocation checking off.
      throw new Error("ClientCertificateVerifier: crls holds no CRL (or crlCoverage is set without crls); give the CAs' CRLs, or leave both out to check no revocation");
    }
    this.crlCoverage = this.crls.size === 0 ? "none" : (policy.crlCoverage ?? "chain");
    this.allowed = policy.allowed;
    this.clock = policy.clock ?? (() => new Date());
    this.toleranceMs = (policy.clockToleranceSeconds ?? 0) * 1000;
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

    const date: unknown = this.clock();
    const now = date instanceof Date ? date.getTime() : NaN; // NaN (an invalid clock) passes no date check
    const found = this.extend([leaf], { leaf, now, budget: PATH_SEARCH_BUDGET, dead: new Map() });
    if (!found.ok) return found;
    const failure = this.checkNames(leaf);
    if (failure) return failure;
    const x509 = leaf.x509;
    return {
      ok: true,
      status: 200,
      certificate: x509,
      chain: found.path.map((c) => c.x509),
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
   * Depth-first search from the path's last certificate to a trust anchor, over
   * every CA of the issuer's name, each link checked in full before going up
   * (signature, pathLen, dates, EKU, the issuer's CRL), so a failing candidate
   * (an expired CA before its renewal) does not hide a good one. A CA from which
   * no path was found is not searched again at that depth or deeper, and the
   * budget bounds the candidates tried; when no path holds, the most specific
   * failure is returned.
   */
  private extend(path: Certificate[], search: Search): PathResult {
    const cert = path[path.length - 1];
    const depth = path.length - 1;
    const dead = search.dead.get(cert);
    if (dead && dead.depth <= depth) return dead.failure;
    if (this.anchorBytes.has(cert.der.toString("base64"))) {
      const failure = this.checkLeaf(search) ?? this.checkAnchorRevocation(cert, path, search.now);
      return failure ?? { ok: true, path };
    }
    if (path.length > MAX_PATH_LENGTH) return reject(Reason.UNTRUSTED_ISSUER, `no trust anchor within ${MAX_PATH_LENGTH} certificates`);
    const named = [...this.issuers, ...this.pinned].filter((ca) => ca.subject.equals(cert.issuer) && !path.includes(ca));
    let best: Rejected | undefined;
    if (named.length === 0) {
      best = reject(Reason.UNTRUSTED_ISSUER, `${describe(cert)} is issued by ${cert.x509.issuer.split("\n").join(", ")}, which is not a trusted or intermediate CA`);
    }
    for (const ca of named) {
      if (search.budget-- <= 0) {
        // Stryker disable next-line StringLiteral: never reported: it is kept only if no candidate failed before it at its level and every level above, i.e. within the first 9 candidates, never after 1000
        best = moreSpecific(best, reject(Reason.UNTRUSTED_ISSUER, `path search stopped after ${PATH_SEARCH_BUDGET} issuer candidates`));
        break;
      }
      const failure = this.link(cert, ca) ?? this.checkCa(ca, path.length, search.now) ?? this.checkRevocation(cert, ca, depth === 0, search.now);
      const result = failure ?? this.extend([...path, ca], search);
      if (result.ok) return result;
      best = moreSpecific(best, result);
    }
    if (depth > 0) search.dead.set(cert, { depth, failure: best! });
    return best!;
  }

  private link(cert: Certificate, ca: Certificate): Rejected | undefined {
    // Stryker disable next-line BooleanLiteral,ConditionalExpression: the CA-link cache only saves work; caching or not caching a link gives the same answer
    if (!this.issuers.includes(cert)) return this.checkIssuedBy(cert, ca);
    let links = this.caLinks.get(cert);
    // Stryker disable next-line ConditionalExpression: the CA-link cache only saves work; a fresh map per call checks the link again with the same answer
    if (!links) this.caLinks.set(cert, (links = new Map()));
    // Stryker disable next-line ConditionalExpression: the CA-link cache only saves work; a link checked again (it holds no date) gives the same answer
    if (!links.has(ca)) links.set(ca, this.checkIssuedBy(cert, ca));
    return links.get(ca);
  }

  private checkIssuedBy(cert: Certificate, ca: Certificate): Rejected | undefined {
    if (!ca.isCa || !hasKeyUsage(ca, KeyUsageBit.KEY_CERT_SIGN)) {
      return reject(Reason.ISSUER_NOT_CA, `${describe(cert)} names ${describe(ca)} as issuer, which is not a CA (basicConstraints / keyUsage keyCertSign)`);
    }
    if (!SIGNATURE_ALGORITHMS.has(cert.signatureAlgorithm)) {
      return reject(Reason.WEAK_SIGNATURE, `${describe(cert)} is signed with ${cert.signatureAlgorithm}, which is not accepted`);
    }
    // Stryker disable next-line BooleanLiteral: never read: the try assigns valid, or the catch sets it to false
    let valid = false;
    try {
      valid = cert.x509.verify(ca.x509.publicKey);
    } catch {
      valid = false;
    }
    return valid ? undefined : reject(Reason.BAD_SIGNATURE, `${describe(cert)} is not signed by the key of ${describe(ca)}`);
  }

  /**
   * A CA at `index` in the path: its pathLenConstraint (at most that many CA
   * certificates between it and the leaf, RFC 5280 §4.2.1.9), its dates, and
   * whether it restricts extendedKeyUsage without clientAuth.
   */
  private checkCa(ca: Certificate, index: number, now: number): Rejected | undefined {
    if (ca.pathLength !== undefined && index - 1 > ca.pathLength) {
      return reject(Reason.PATH_LENGTH_EXCEEDED, `${describe(ca)} allows ${ca.pathLength} CA(s) below it; the path has ${index - 1}`);
    }
    // A CA that restricts usages restricts its whole subtree (as browsers and OpenSSL read it).
    const restricts = this.requireClientAuth && ca.extendedKeyUsage && !ca.extendedKeyUsage.some((u) => u === EKU_CLIENT_AUTH || u === EKU_ANY);
    return (
      this.checkDates(ca, "CA", now) ??
      (restricts ? reject(Reason.MISSING_CLIENT_AUTH_EKU, `CA ${describe(ca)} restricts extendedKeyUsage and leaves out clientAuth`) : undefined)
    );
  }

  /** The leaf's own checks, the same on every path: run when a path reaches an anchor, so a path-less leaf stays UNTRUSTED_ISSUER. */
  private checkLeaf({ leaf, now }: Search): Rejected | undefined {
    const dates = this.checkDates(leaf, "certificate", now);
    if (dates) return dates;
    if (this.requireClientAuth && !leaf.extendedKeyUsage?.includes(EKU_CLIENT_AUTH)) {
      const has = leaf.extendedKeyUsage ? `extendedKeyUsage ${leaf.extendedKeyUsage.join(", ")}` : "no extendedKeyUsage";
      return reject(Reason.MISSING_CLIENT_AUTH_EKU, `${describe(leaf)} has ${has}; clientAuth (${EKU_CLIENT_AUTH}) is required`);
    }
    if (!hasKeyUsage(leaf, KeyUsageBit.DIGITAL_SIGNATURE)) {
      return reject(Reason.KEY_USAGE, `${describe(leaf)} has keyUsage without digitalSignature`);
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

  private checkDates(cert: Certificate, role: "certificate" | "CA", now: number): Rejected | undefined {
    if (!Number.isFinite(now)) return reject(Reason.EXPIRED, "the verifier's clock returned an invalid Date, so no validity period can be checked");
    const when = this.window(now, cert.notBefore, cert.notAfter);
    if (when === "early") return reject(Reason.NOT_YET_VALID, `${role} ${describe(cert)} is valid from ${cert.notBefore.toISOString()}`);
    if (when === "late") return reject(Reason.EXPIRED, `${role} ${describe(cert)} expired ${cert.notAfter.toISOString()}`);
    return undefined;
  }

  /**
   * `cert` against the CRL of `ca`, its issuer: the newest CRL valid now; when
   * none is, the newest one already issued (CRL_EXPIRED) or else the oldest
   * (CRL_NOT_YET_VALID). A missing CRL fails under "chain", and for the leaf.
   */
  private checkRevocation(cert: Certificate, ca: Certificate, isLeaf: boolean, now: number): Rejected | undefined {
    if (this.crlCoverage === "none") return undefined;
    const crls = this.crls.get(ca);
    if (!crls) {
      return isLeaf || this.crlCoverage === "chain" ? reject(Reason.CRL_MISSING, `no CRL of ${describe(ca)}, which issued ${describe(cert)}`) : undefined;
    }
    const crl =
      crls.find((c) => this.window(now, c.thisUpdate, c.nextUpdate) === "valid") ??
      crls.find((c) => this.window(now, c.thisUpdate, c.nextUpdate) === "late") ??
      crls[crls.length - 1];
    const when = this.window(now, crl.thisUpdate, crl.nextUpdate);
    if (when === "early") return reject(Reason.CRL_NOT_YET_VALID, `the CRL of ${describe(ca)} starts ${crl.thisUpdate.toISOString()}`);
    if (when === "late") return reject(Reason.CRL_EXPIRED, `the CRL of ${describe(ca)} was due for renewal ${crl.nextUpdate.toISOString()}`);
    if (crl.revoked.has(cert.serial)) return reject(Reason.REVOKED, `${describe(cert)} (serial ${cert.serial}) is revoked`);
    return undefined;
  }

  /**
   * A trust anchor that is not self-issued (an intermediate listed as an anchor)
   * is trusted as itself, but when a CA of the policy issued it and CRLs are
   * configured, that CA's CRL still applies: a root CRL revoking the
   * intermediate must not go unused. Any one such issuer that clears it is
   * enough; "chain" coverage wants its CRL, as for an intermediate.
   */
  private checkAnchorRevocation(anchor: Certificate, path: readonly Certificate[], now: number): Rejected | undefined {
    if (this.crlCoverage === "none" || anchor.subject.equals(anchor.issuer)) return undefined;
    const issuers = this.issuers.filter((ca) => ca.subject.equals(anchor.issuer) && !path.includes(ca) && !this.link(anchor, ca));
    let best: Rejected | undefined;
    for (const ca of issuers) {
      const failure = this.checkRevocation(anchor, ca, false, now);
      if (!failure) return undefined;
      best = moreSpecific(best, failure);
    }
    return best;
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
