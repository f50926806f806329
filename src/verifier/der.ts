/**
 * A small strict DER reader (ITU-T X.690 §8 and §10): definite lengths in their
 * shortest form, one-byte tags, bounds checked. It reads what Node's
 * X509Certificate does not expose: extension bits, names as bytes, CRLs.
 * Every failure throws DerError, which the verifier turns into a reason code.
 */

export class DerError extends Error {}

/** Universal tags used here (X.690 §8.1.2, X.680 §8.4). */
export const Tag = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  TELETEX_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** One element: its tag byte and where its header and content lie in `buf`. */
export interface Tlv {
  readonly buf: Buffer;
  readonly tag: number;
  /** Offset of the tag byte. */
  readonly start: number;
  readonly contentStart: number;
  /** Offset just past the content. */
  readonly end: number;
}

export function readTlv(buf: Buffer, pos: number, limit: number = buf.length): Tlv {
  if (pos + 2 > limit) throw new DerError(`truncated element at ${pos}`);
  const tag = buf[pos];
  if ((tag & 0x1f) === 0x1f) throw new DerError(`multi-byte tag at ${pos}`);
  let length = buf[pos + 1];
  let contentStart = pos + 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    if (n === 0) throw new DerError(`indefinite length at ${pos}`);
    if (n > 4) throw new DerError(`length of ${n} bytes at ${pos}`);
    if (contentStart + n > limit) throw new DerError(`truncated length at ${pos}`);
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + buf[contentStart + i];
    // DER: the shortest form, so no leading zero byte and no long form below 128.
    if (buf[contentStart] === 0 || length < 0x80) throw new DerError(`non-minimal length at ${pos}`);
    contentStart += n;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerError(`element at ${pos} runs past its container`);
  return { buf, tag, start: pos, contentStart, end };
}

/** The single element that fills `buf` exactly (no trailing bytes). */
export function readWhole(buf: Buffer): Tlv {
  const tlv = readTlv(buf, 0);
  if (tlv.end !== buf.length) throw new DerError(`${buf.length - tlv.end} bytes after the outer element`);
  return tlv;
}

export function children(tlv: Tlv): Tlv[] {
  if (!(tlv.tag & 0x20)) throw new DerError(`element at ${tlv.start} is not constructed`);
  const out: Tlv[] = [];
  for (let pos = tlv.contentStart; pos < tlv.end; ) {
    const child = readTlv(tlv.buf, pos, tlv.end);
    out.push(child);
    pos = child.end;
  }
  return out;
}

export function expectTag(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (!tlv) throw new DerError(`${what} is missing`);
  if (tlv.tag !== tag) throw new DerError(`${what}: tag 0x${tlv.tag.toString(16)}, expected 0x${tag.toString(16)}`);
  return tlv;
}

export const content = (tlv: Tlv): Buffer => tlv.buf.subarray(tlv.contentStart, tlv.end);
export const whole = (tlv: Tlv): Buffer => tlv.buf.subarray(tlv.start, tlv.end);

export function oid(tlv: Tlv): string {
  const bytes = content(expectTag(tlv, Tag.OID, "object identifier"));
  if (bytes.length === 0) throw new DerError("empty object identifier");
  const arcs: number[] = [];
  let value = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (value === 0 && bytes[i] === 0x80) throw new DerError("non-minimal object identifier arc");
    value = value * 128 + (bytes[i] & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerError("object identifier arc too large");
    if (!(bytes[i] & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  if (bytes[bytes.length - 1] & 0x80) throw new DerError("truncated object identifier");
  const first = arcs.shift()!;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs].join(".");
}

export function boolean(tlv: Tlv): boolean {
  const bytes = content(expectTag(tlv, Tag.BOOLEAN, "boolean"));
  if (bytes.length !== 1 || (bytes[0] !== 0 && bytes[0] !== 0xff)) throw new DerError("boolean is not 0x00 or 0xff");
  return bytes[0] === 0xff;
}

/** A non-negative INTEGER as upper-case hex without sign padding (how serial numbers are compared). */
export function unsignedHex(tlv: Tlv): string {
  const bytes = content(expectTag(tlv, Tag.INTEGER, "integer"));
  if (bytes.length === 0) throw new DerError("empty integer");
  if (bytes.length > 1 && ((bytes[0] === 0 && !(bytes[1] & 0x80)) || (bytes[0] === 0xff && bytes[1] & 0x80))) {
    throw new DerError("non-minimal integer");
  }
  if (bytes[0] & 0x80) throw new DerError("negative integer");
  const hex = bytes.toString("hex").toUpperCase().replace(/^0+(?=.)/, "");
  return hex;
}

/**
 * Any INTEGER, signed and in any length, as the hex that unsignedHex gives for the
 * same non-negative value ("-" and the magnitude for a negative one). For CRL
 * entries: RFC 5280 parsers in the wild (OpenSSL) accept negative and
 * non-minimal serials there, and one such entry must not make the CRL unusable.
 */
export function integerKey(tlv: Tlv): string {
  const bytes = content(expectTag(tlv, Tag.INTEGER, "integer"));
  if (bytes.length === 0) throw new DerError("empty integer");
  let value = BigInt(`0x${bytes.toString("hex")}`);
  if (bytes[0] & 0x80) value -= 1n << BigInt(bytes.length * 8);
  return value < 0n ? `-${(-value).toString(16).toUpperCase()}` : value.toString(16).toUpperCase();
}

export function smallInteger(tlv: Tlv): number {
  const hex = unsignedHex(tlv);
  if (hex.length > 8) throw new DerError("integer too large");
  return parseInt(hex, 16);
}

/** BIT STRING content without its unused-bits byte; `unused` must be 0 unless allowed. */
export function bitString(tlv: Tlv): { bytes: Buffer; unused: number } {
  const raw = content(expectTag(tlv, Tag.BIT_STRING, "bit string"));
  if (raw.length === 0 || raw[0] > 7 || (raw.length === 1 && raw[0] !== 0)) throw new DerError("bad bit string");
  return { bytes: raw.subarray(1), unused: raw[0] };
}

/** Bit `n` of a named-bit BIT STRING (bit 0 is the first, most significant bit). */
export function bit(bits: Buffer, n: number): boolean {
  const byte = n >> 3;
  return byte < bits.length && ((bits[byte] >> (7 - (n & 7))) & 1) === 1;
}

const UTC = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
const GENERALIZED = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;

/** UTCTime or GeneralizedTime in the forms RFC 5280 §4.1.2.5 allows (seconds, Zulu, no fractions). */
export function time(tlv: Tlv): Date {
  const text = content(tlv).toString("latin1");
  let m: RegExpExecArray | null;
  let year: number;
  if (tlv.tag === Tag.UTC_TIME && (m = UTC.exec(text))) {
    const yy = Number(m[1]);
    year = yy >= 50 ? 1900 + yy : 2000 + yy; // RFC 5280 §4.1.2.5.1
  } else if (tlv.tag === Tag.GENERALIZED_TIME && (m = GENERALIZED.exec(text))) {
    year = Number(m[1]);
  } else {
    throw new DerError(`bad time ${JSON.stringify(text)}`);
  }
  const [month, day, hour, minute, second] = m.slice(2).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new DerError(`bad time ${JSON.stringify(text)}`);
  }
  return date;
}

/** A directory string's text (X.520 DirectoryString and IA5String). */
export function text(tlv: Tlv): string {
  const bytes = content(tlv);
  switch (tlv.tag) {
    case Tag.UTF8_STRING:
      return bytes.toString("utf8");
    case Tag.PRINTABLE_STRING:
    case Tag.IA5_STRING:
    case Tag.TELETEX_STRING:
      return bytes.toString("latin1");
    case Tag.BMP_STRING:
      if (bytes.length % 2) throw new DerError("odd-length BMPString");
      return Buffer.from(bytes).swap16().toString("utf16le");
    case Tag.UNIVERSAL_STRING:
      if (bytes.length % 4) throw new DerError("UniversalString length is not a multiple of 4");
      return String.fromCodePoint(...Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readUInt32BE(i * 4)));
    default:
      throw new DerError(`tag 0x${tlv.tag.toString(16)} is not a string`);
  }
}
