/**
 * Why a forwarded client certificate was rejected: stable string codes, safe to
 * log, match on and return to clients, in the order the verifier checks them. The
 * README's reason table explains each (a test keeps the two in step).
 */
export const Reason = {
  /** The header is absent or empty: the client presented no certificate (the gateway deletes the header then). */
  NO_CERTIFICATE: "NO_CERTIFICATE",
  /** The header value is longer than `maxHeaderLength`. */
  HEADER_TOO_LARGE: "HEADER_TOO_LARGE",
  /** Not strict percent-encoded PEM of one CERTIFICATE block (bad `%` escape, stray text, not base64, several values). */
  MALFORMED_HEADER: "MALFORMED_HEADER",
  /** The PEM holds more than one certificate; the gateway forwards the leaf alone. */
  MULTIPLE_CERTIFICATES: "MULTIPLE_CERTIFICATES",
  /** The PEM decodes, but the bytes are not a DER X.509 certificate. */
  MALFORMED_CERTIFICATE: "MALFORMED_CERTIFICATE",
  /** The leaf carries a critical extension the verifier does not evaluate (RFC 5280 §4.2). */
  UNSUPPORTED_CRITICAL_EXTENSION: "UNSUPPORTED_CRITICAL_EXTENSION",
  /** No trusted or intermediate CA has the leaf's issuer name: another CA, or self-signed. */
  UNTRUSTED_ISSUER: "UNTRUSTED_ISSUER",
  /** The issuer found is not a CA (basicConstraints cA false, or keyUsage without keyCertSign). */
  ISSUER_NOT_CA: "ISSUER_NOT_CA",
  /** The certificate is signed with an algorithm not accepted (MD5, SHA-1, SHA-224, RSASSA-PSS, unknown). */
  WEAK_SIGNATURE: "WEAK_SIGNATURE",
  /** A CA of that name exists, but its key did not sign the certificate (a forgery, or a re-keyed CA). */
  BAD_SIGNATURE: "BAD_SIGNATURE",
  /** A CA's basicConstraints pathLenConstraint allows fewer CAs below it than the path has. */
  PATH_LENGTH_EXCEEDED: "PATH_LENGTH_EXCEEDED",
  /** The leaf, or a CA in its path, is not valid yet at the verifier's clock. */
  NOT_YET_VALID: "NOT_YET_VALID",
  /** The leaf, or a CA in its path, has expired at the verifier's clock; also any certificate when the clock returns an invalid Date. */
  EXPIRED: "EXPIRED",
  /** The leaf has no extendedKeyUsage clientAuth, or a CA in the path restricts usages and leaves it out. */
  MISSING_CLIENT_AUTH_EKU: "MISSING_CLIENT_AUTH_EKU",
  /** The leaf's keyUsage is present without digitalSignature, which a TLS client key needs. */
  KEY_USAGE: "KEY_USAGE",
  /** CRLs are configured, but none covers this issuer. */
  CRL_MISSING: "CRL_MISSING",
  /** The issuer's CRL has a thisUpdate after the verifier's clock (clock skew, or a CRL from the future). */
  CRL_NOT_YET_VALID: "CRL_NOT_YET_VALID",
  /** The issuer's CRL is past its nextUpdate: revocation status unknown, so rejected. */
  CRL_EXPIRED: "CRL_EXPIRED",
  /** A CRL of the issuer lists the certificate's serial number. */
  REVOKED: "REVOKED",
  /** The certificate is valid, but none of its names is on the policy's allow-list. */
  NAME_NOT_ALLOWED: "NAME_NOT_ALLOWED",
} as const;

export type ReasonCode = (typeof Reason)[keyof typeof Reason];

/** 401 when no certificate was presented (the client may retry with one), 403 for a certificate refused. */
export function httpStatus(reason: ReasonCode): 401 | 403 {
  return reason === Reason.NO_CERTIFICATE ? 401 : 403;
}
