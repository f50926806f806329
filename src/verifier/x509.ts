/**
 * The parts of an X.509 certificate (RFC 5280 §4.1) the verifier needs and that
 * Node's X509Certificate does not expose, read from the DER with der.ts.
 */
import { X509Certificate } from "node:crypto";
import * as der from "./der";

const { Tag } = der;

/** Extension OIDs (RFC 5280 §4.2.1). */
export const Ext = {
  SUBJECT_KEY_ID: "2.5.29.14",
  KEY_USAGE: "2.5.29.15",
  SUBJECT_ALT_NAME: "2.5.29.17",
  BASIC_CONSTRAINTS: "2.5.29.19",
  NAME_CONSTRAINTS: "2.5.29.30",
  AUTHORITY_KEY_ID: "2.5.29.35",
  EXT_KEY_USAGE: "2.5.29.37",
} as const;

/**
 * Extensions the verifier evaluates or that carry no constraint, so they may be
 * critical. Any other critical extension makes the certificate unusable
 * (RFC 5280 §4.2: a system MUST reject a certificate with a critical extension
 * it does not recognize). Name constraints are deliberately absent: they are not
 * evaluated, so a CA that carries them is refused outright.
 */
export const UNDERSTOOD_EXTENSIONS: ReadonlySet<string> = new Set([
  Ext.SUBJECT_KEY_ID,
  Ext.KEY_USAGE,
  Ext.SUBJECT_ALT_NAME,
  Ext.BASIC_CONSTRAINTS,
  Ext.AUTHORITY_KEY_ID,
  Ext.EXT_KEY_USAGE,
]);

/** Extended key usages (RFC 5280 §4.2.1.12). */
export const EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
export const EKU_ANY = "2.5.29.37.0";

/** Key usage bits (RFC 5280 §4.2.1.3). */
export const KeyUsageBit = { DIGITAL_SIGNATURE: 0, KEY_CERT_SIGN: 5, CRL_SIGN: 6 } as const;

const OID_COMMON_NAME = "2.5.4.3";

/**
 * Signature algorithms accepted on certificates and CRLs, with the digest
 * `crypto.verify` needs (null: the algorithm fixes it). MD5, SHA-1 and SHA-224
 * signatures are refused: MD5 and SHA-1 collisions are practical. RSASSA-PSS
 * (1.2.840.113549.1.1.10) is refused too: its hash is in its parameters, which
 * default to SHA-1, and they are not read here.
 * OIDs: RFC 4055 §5 / RFC 8017 (RSA), RFC 5758 §3.2 (ECDSA), RFC 8410 §3 (EdDSA).
 */
export const SIGNATURE_ALGORITHMS: ReadonlyMap<string, { digest: string | null }> = new Map([
  ["1.2.840.113549.1.1.11", { digest: "sha256" }], // sha256WithRSAEncryption
  ["1.2.840.113549.1.1.12", { digest: "sha384" }], // sha384WithRSAEncryption
  ["1.2.840.113549.1.1.13", { digest: "sha512" }], // sha512WithRSAEncryption
  ["1.2.840.10045.4.3.2", { digest: "sha256" }], // ecdsa-with-SHA256
  ["1.2.840.10045.4.3.3", { digest: "sha384" }], // ecdsa-with-SHA384
  ["1.2.840.10045.4.3.4", { digest: "sha512" }], // ecdsa-with-SHA512
  ["1.3.101.112", { digest: null }], // Ed25519
  ["1.3.101.113", { digest: null }], // Ed448
]);

export interface Extension {
  readonly oid: string;
  readonly critical: boolean;
  readonly value: der.Tlv;
}

export interface SubjectAltNames {
  readonly dnsNames: string[];
  readonly emails: string[];
  readonly uris: string[];
  readonly ipAddresses: string[];
}

/** One parsed certificate: Node's object for crypto, and the fields read from the DER. */
export interface Certificate {
  readonly x509: X509Certificate;
  readonly der: Buffer;
  readonly serial: string;
  /** The outer signature algorithm OID (must equal the one inside the TBS). */
  readonly signatureAlgorithm: string;
  readonly issuer: Buffer;
  readonly subject: Buffer;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly extensions: readonly Extension[];
  /** basicConstraints cA. */
  readonly isCa: boolean;
  readonly pathLength?: number;
  /** Key usage bits, undefined when the extension is absent. */
  readonly keyUsage?: Buffer;
  /** Extended key usage OIDs, undefined when the extension is absent. */
  readonly extendedKeyUsage?: readonly string[];
  readonly commonNames: readonly string[];
  readonly altNames: SubjectAltNames;
}

/** Parses DER into a Certificate; throws (DerError or Node's error) when it is not one. */
export function parseCertificate(bytes: Buffer): Certificate {
  const [tbs, sigAlg, sig] = der.children(der.expectTag(der.readWhole(bytes), Tag.SEQUENCE, "certificate"));
  der.expectTag(tbs, Tag.SEQUENCE, "tbsCertificate");
  der.bitString(sig);
  let fields = der.children(tbs);
  if (fields[0]?.tag === 0xa0) fields = fields.slice(1); // [0] EXPLICIT version
  const [serial, innerAlg, issuer, validity, subject, spki, ...rest] = fields;
  der.expectTag(spki, Tag.SEQUENCE, "subjectPublicKeyInfo");
  const signatureAlgorithm = der.oid(der.children(der.expectTag(sigAlg, Tag.SEQUENCE, "signatureAlgorithm"))[0]);
  if (!der.whole(innerAlg).equals(der.whole(sigAlg))) throw new der.DerError("signature algorithm differs inside and outside the TBS");
  const [notBefore, notAfter] = der.children(der.expectTag(validity, Tag.SEQUENCE, "validity")).map(der.time);

  const extensionsField = rest.find((f) => f.tag === 0xa3); // [3] EXPLICIT Extensions
  const extensions = extensionsField ? readExtensions(der.children(extensionsField)[0]) : [];
  const find = (id: string) => extensions.find((e) => e.oid === id)?.value;

  const bc = find(Ext.BASIC_CONSTRAINTS);
  const bcFields = bc ? der.children(der.expectTag(bc, Tag.SEQUENCE, "basicConstraints")) : [];
  const isCa = bcFields[0]?.tag === Tag.BOOLEAN ? der.boolean(bcFields[0]) : false;
  const pathLenField = bcFields.find((f) => f.tag === Tag.INTEGER);
  const ku = find(Ext.KEY_USAGE);
  const eku = find(Ext.EXT_KEY_USAGE);
  const san = find(Ext.SUBJECT_ALT_NAME);

  return {
    x509: new X509Certificate(bytes),
    der: bytes,
    serial: der.unsignedHex(serial),
    signatureAlgorithm,
    // Stryker disable next-line StringLiteral: Node's X509Certificate (built first, above) refuses a malformed name before this message could be seen
    issuer: der.whole(der.expectTag(issuer, Tag.SEQUENCE, "issuer")),
    // Stryker disable next-line StringLiteral: Node's X509Certificate (built first, above) refuses a malformed name before this message could be seen
    subject: der.whole(der.expectTag(subject, Tag.SEQUENCE, "subject")),
    notBefore,
    notAfter,
    extensions,
    isCa,
    pathLength: pathLenField ? der.smallInteger(pathLenField) : undefined,
    keyUsage: ku ? der.bitString(ku).bytes : undefined,
    extendedKeyUsage: eku ? der.children(der.expectTag(eku, Tag.SEQUENCE, "extKeyUsage")).map(der.oid) : undefined,
    commonNames: nameAttributes(subject, OID_COMMON_NAME),
    altNames: san ? readAltNames(san) : { dnsNames: [], emails: [], uris: [], ipAddresses: [] },
  };
}

/** Extensions ::= SEQUENCE OF SEQUENCE { extnID, critical DEFAULT FALSE, extnValue OCTET STRING }. */
export function readExtensions(list: der.Tlv): Extension[] {
  const seen = new Set<string>();
  return der.children(der.expectTag(list, Tag.SEQUENCE, "extensions")).map((ext) => {
    const parts = der.children(der.expectTag(ext, Tag.SEQUENCE, "extension"));
    const id = der.oid(parts[0]);
    if (parts.length !== 2 && parts.length !== 3) throw new der.DerError(`extension ${id} has ${parts.length} fields, not 2 or 3`);
    // RFC 5280 §4.2: at most one instance of an extension; DER omits a FALSE default.
    if (seen.has(id)) throw new der.DerError(`extension ${id} appears twice`);
    seen.add(id);
    const critical = parts.length === 3 ? der.boolean(parts[1]) : false;
    if (parts.length === 3 && !critical) throw new der.DerError(`extension ${id} encodes critical=FALSE`);
    const octets = der.expectTag(parts[parts.length - 1], Tag.OCTET_STRING, `extension ${id} value`);
    return { oid: id, critical, value: der.readTlv(octets.buf, octets.contentStart, octets.end) };
  });
}

/** The first critical extension of `cert` the verifier does not evaluate (RFC 5280 §4.2: such a certificate is refused). */
export const unknownCriticalExtension = (cert: Certificate): Extension | undefined =>
  cert.extensions.find((e) => e.critical && !UNDERSTOOD_EXTENSIONS.has(e.oid));

/** Values of one attribute type in a Name (SEQUENCE OF SET OF AttributeTypeAndValue). */
function nameAttributes(name: der.Tlv, type: string): string[] {
  // Stryker disable StringLiteral: names are read after Node's X509Certificate accepted them, so the two labels below are never seen (next-line comments inside this chain were not honoured: both survived)
  return der
    .children(name)
    .flatMap((rdn) => der.children(der.expectTag(rdn, Tag.SET, "relative distinguished name")))
    .map((atv) => der.children(der.expectTag(atv, Tag.SEQUENCE, "attribute")))
    .filter(([t]) => der.oid(t) === type)
    .map(([, value]) => der.text(value));
}

// Stryker restore StringLiteral
/** GeneralNames (RFC 5280 §4.2.1.6): the kinds a policy can name. */
function readAltNames(san: der.Tlv): SubjectAltNames {
  const out: SubjectAltNames = { dnsNames: [], emails: [], uris: [], ipAddresses: [] };
  for (const name of der.children(der.expectTag(san, Tag.SEQUENCE, "subjectAltName"))) {
    const value = der.content(name);
    switch (name.tag) {
      case 0x81: // [1] rfc822Name IA5String
        out.emails.push(value.toString("latin1"));
        break;
      case 0x82: // [2] dNSName IA5String
        out.dnsNames.push(value.toString("latin1"));
        break;
      case 0x86: // [6] uniformResourceIdentifier IA5String
        out.uris.push(value.toString("latin1"));
        break;
      case 0x87: // [7] iPAddress OCTET STRING
        out.ipAddresses.push(ipText(value));
        break;
    }
  }
  return out;
}

function ipText(bytes: Buffer): string {
  if (bytes.length === 4) return Array.from(bytes).join(".");
  if (bytes.length === 16) return Array.from({ length: 8 }, (_, i) => bytes.readUInt16BE(i * 2).toString(16)).join(":");
  throw new der.DerError(`iPAddress of ${bytes.length} bytes`);
}

/** A readable one-line DN for messages ("CN=client, O=Contoso"). */
export function describe(cert: Certificate): string {
  return cert.x509.subject.split("\n").join(", ");
}

export const hasKeyUsage = (cert: Certificate, bitNumber: number): boolean =>
  cert.keyUsage === undefined || der.bit(cert.keyUsage, bitNumber);

/** PEM blocks of one label in a text (RFC 7468), as DER; throws on a block that is not valid base64. */
export function pemBlocks(textValue: string, label: string): Buffer[] {
  const re = new RegExp(`-----BEGIN ${label}-----([^-]*)-----END ${label}-----`, "g");
  return Array.from(textValue.matchAll(re), (m) => strictBase64(m[1].replace(/\s+/g, "")));
}

/** Base64 that decodes and re-encodes to itself: Buffer.from alone skips invalid characters. */
export function strictBase64(b64: string): Buffer {
  const bytes = Buffer.from(b64, "base64");
  // The round trip also refuses a length that is not a multiple of 4 (missing padding): Node always pads.
  if (b64.length === 0 || bytes.toString("base64") !== b64) throw new der.DerError("invalid base64");
  return bytes;
}
