/**
 * Certificate revocation lists (RFC 5280 §5), which Node cannot parse: read with
 * der.ts, signature checked with crypto.verify over the TBSCertList bytes.
 * Complete CRLs only: a CRL with an issuing distribution point or a delta CRL
 * indicator (critical or not), another critical extension, or a critical entry
 * extension (an indirect CRL's certificateIssuer) is refused when the verifier
 * is built, since evaluating only part of its scope would mistake a narrower
 * list for a complete one. So is a CRL without nextUpdate, which would never
 * go stale (RFC 5280 §5.1.2.5 requires the field).
 */
import { verify as cryptoVerify } from "node:crypto";
import * as der from "./der";
import { Certificate, SIGNATURE_ALGORITHMS, readExtensions } from "./x509";

const { Tag } = der;

/** CRL extensions that narrow a CRL's scope (RFC 5280 §5.2.4, §5.2.5): refused whatever their critical flag. */
const DELTA_CRL_INDICATOR = "2.5.29.27";
const ISSUING_DISTRIBUTION_POINT = "2.5.29.28";

export interface Crl {
  readonly issuer: Buffer;
  readonly thisUpdate: Date;
  readonly nextUpdate: Date;
  /** Serial numbers, upper-case hex as in Certificate.serial (der.integerKey: signed and non-minimal ones too). */
  readonly revoked: ReadonlySet<string>;
  readonly signatureAlgorithm: string;
  readonly tbs: Buffer;
  readonly signature: Buffer;
}

/** Parses one DER CRL; throws with a message saying what is wrong. */
export function parseCrl(bytes: Buffer): Crl {
  const [tbs, sigAlg, sig] = der.children(der.expectTag(der.readWhole(bytes), Tag.SEQUENCE, "CRL"));
  const fields = der.children(der.expectTag(tbs, Tag.SEQUENCE, "tbsCertList"));
  let i = fields[0]?.tag === Tag.INTEGER ? 1 : 0; // version, present in v2 CRLs
  const innerAlg = fields[i++];
  if (!innerAlg || !der.whole(innerAlg).equals(der.whole(sigAlg))) throw new der.DerError("signature algorithm differs inside and outside the TBS");
  const issuer = der.expectTag(fields[i++], Tag.SEQUENCE, "issuer");
  const thisUpdate = der.time(fields[i++]);
  const nextUpdate = fields[i] && (fields[i].tag === Tag.UTC_TIME || fields[i].tag === Tag.GENERALIZED_TIME) ? der.time(fields[i++]) : undefined;
  if (!nextUpdate) throw new der.DerError("no nextUpdate (RFC 5280 §5.1.2.5 requires it; such a CRL would never go stale)");
  const revoked = new Set<string>();
  if (fields[i]?.tag === Tag.SEQUENCE) {
    for (const entry of der.children(fields[i++])) {
      const [serial, , entryExtensions] = der.children(der.expectTag(entry, Tag.SEQUENCE, "revoked certificate"));
      const critical = entryExtensions ? readExtensions(entryExtensions).filter((e) => e.critical) : [];
      if (critical.length) throw new der.DerError(`entry ${der.integerKey(serial)} has critical extension ${critical[0].oid}`);
      revoked.add(der.integerKey(serial));
    }
  }
  if (fields[i]?.tag === 0xa0) {
    const refused = readExtensions(der.children(fields[i++])[0]).find(
      (e) => e.critical || e.oid === DELTA_CRL_INDICATOR || e.oid === ISSUING_DISTRIBUTION_POINT,
    );
    if (refused) throw new der.DerError(`CRL extension ${refused.oid} (delta, partial and other scoped CRLs are not supported)`);
  }
  if (i !== fields.length) throw new der.DerError("unexpected fields in tbsCertList");
  return {
    issuer: der.whole(issuer),
    thisUpdate,
    nextUpdate,
    revoked,
    signatureAlgorithm: der.oid(der.children(der.expectTag(sigAlg, Tag.SEQUENCE, "signatureAlgorithm"))[0]),
    tbs: der.whole(tbs),
    signature: der.bitString(sig).bytes,
  };
}

/** Whether `issuer`'s key signed the CRL with an accepted algorithm (SIGNATURE_ALGORITHMS). */
export function crlSignedBy(crl: Crl, issuer: Certificate): boolean {
  const alg = SIGNATURE_ALGORITHMS.get(crl.signatureAlgorithm);
  if (!alg) return false;
  try {
    return cryptoVerify(alg.digest, crl.tbs, issuer.x509.publicKey, crl.signature);
  } catch {
    return false;
  }
}
