// The verifier's DER reader (src/verifier/der.ts), CRL parser (crl.ts) and certificate reader (x509.ts)
// on hand-made bytes: each boundary of X.690's DER rules and RFC 5280's layouts, accepted on one side
// and refused on the other with the message that names it. No openssl and no PKI: the bytes are written here, so every
// case says exactly what it feeds in (the openssl-made certificates are in verifier*.test.ts).
import { X509Certificate, generateKeyPairSync, sign } from "crypto";
import * as der from "../src/verifier/der";
import { crlSignedBy, parseCrl } from "../src/verifier/crl";
import { Certificate, KeyUsageBit, describe as describeCertificate, hasKeyUsage, parseCertificate, pemBlocks, readExtensions, strictBase64, unknownCriticalExtension } from "../src/verifier/x509";
import { DerNode, derEncode, derParse } from "./support/pki";

const bytes = (...b: number[]) => Buffer.from(b);
const whole = (...b: number[]) => der.readWhole(bytes(...b));
/** The content of a primitive element `tag` holding `content`. */
const element = (tag: number, content: Buffer): der.Tlv => der.readWhole(derEncode({ tag, content }));

describe("readTlv: definite lengths in their shortest form, within their container", () => {
  test("a two-byte element that ends exactly at the limit is read (NULL)", () => {
    expect(whole(0x05, 0x00)).toMatchObject({ tag: 0x05, start: 0, contentStart: 2, end: 2 });
  });

  test("a long-form length of one byte, 0x80 (the smallest that needs it), is read", () => {
    const tlv = der.readWhole(Buffer.concat([bytes(0x04, 0x81, 0x80), Buffer.alloc(0x80, 7)]));
    expect(tlv).toMatchObject({ tag: 0x04, contentStart: 3, end: 0x83 });
  });

  test("a long-form length of two bytes is read", () => {
    const tlv = der.readWhole(Buffer.concat([bytes(0x04, 0x82, 0x01, 0x00), Buffer.alloc(0x100)]));
    expect(tlv).toMatchObject({ contentStart: 4, end: 0x104 });
  });

  test("an element that ends exactly at its container's end is read; one byte longer is refused", () => {
    const outer = whole(0x30, 0x03, 0x04, 0x01, 0xaa);
    expect(der.readTlv(outer.buf, 2, outer.end)).toMatchObject({ tag: 0x04, contentStart: 4, end: 5 });
    expect(() => der.readTlv(outer.buf, 2, outer.end - 1)).toThrow("element at 2 runs past its container");
  });

  test.each([
    ["one byte", bytes(0x30), "truncated element at 0"],
    ["a multi-byte tag (low five bits all set)", bytes(0x1f, 0x01, 0x00), "multi-byte tag at 0"],
    ["a constructed multi-byte tag", bytes(0x3f, 0x01, 0x00), "multi-byte tag at 0"],
    ["an indefinite length", bytes(0x30, 0x80, 0x00, 0x00), "indefinite length at 0"],
    ["a length of five bytes", bytes(0x04, 0x85, 0x01, 0x00, 0x00, 0x00, 0x00), "length of 5 bytes at 0"],
    ["a length of four bytes, more than the buffer holds", bytes(0x04, 0x84, 0x01, 0x00, 0x00, 0x00), "element at 0 runs past its container"],
    ["a long-form length cut short", bytes(0x04, 0x82, 0x01), "truncated length at 0"],
    ["a long-form length whose bytes end the buffer", bytes(0x04, 0x81, 0x80), "element at 0 runs past its container"],
    ["a long-form length with a leading zero byte", Buffer.concat([bytes(0x04, 0x82, 0x00, 0x80), Buffer.alloc(0x80)]), "non-minimal length at 0"],
    ["a long-form length under 128", Buffer.concat([bytes(0x04, 0x81, 0x7f), Buffer.alloc(0x7f)]), "non-minimal length at 0"],
    ["content past the end", bytes(0x04, 0x02, 0x00), "element at 0 runs past its container"],
    ["two bytes after the element", bytes(0x05, 0x00, 0x00, 0x00), "2 bytes after the outer element"],
  ])("%s: refused (%s)", (_, input, message) => {
    expect(() => der.readWhole(input)).toThrow(new der.DerError(message));
  });
});

describe("children, expectTag, content, whole", () => {
  test("a SEQUENCE's children, in order, each where it lies", () => {
    const seq = whole(0x30, 0x05, 0x02, 0x01, 0x07, 0x05, 0x00);
    const kids = der.children(seq);
    expect(kids.map((k) => [k.tag, k.start, k.end])).toEqual([
      [0x02, 2, 5],
      [0x05, 5, 7],
    ]);
    expect(der.content(kids[0])).toEqual(bytes(0x07));
    expect(der.whole(kids[0])).toEqual(bytes(0x02, 0x01, 0x07));
  });

  test("an empty SEQUENCE has no children; a primitive element has none to give", () => {
    expect(der.children(whole(0x30, 0x00))).toEqual([]);
    expect(() => der.children(whole(0x04, 0x00))).toThrow("element at 0 is not constructed");
  });

  test("expectTag names what is missing or which tag it found", () => {
    expect(() => der.expectTag(undefined, der.Tag.SEQUENCE, "issuer")).toThrow("issuer is missing");
    expect(() => der.expectTag(whole(0x04, 0x00), der.Tag.SEQUENCE, "issuer")).toThrow("issuer: tag 0x4, expected 0x30");
  });
});

describe("object identifiers", () => {
  const oid = (...content: number[]) => der.oid(element(der.Tag.OID, bytes(...content)));
  test.each([
    [[0x27], "0.39"],
    [[0x28], "1.0"],
    [[0x4f], "1.39"],
    [[0x50], "2.0"],
    [[0x88, 0x37], "2.999"],
    [[0x55, 0x1d, 0x25, 0x00], "2.5.29.37.0"],
    [[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x02], "1.3.6.1.5.5.7.3.2"],
    [[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b], "1.2.840.113549.1.1.11"],
  ])("%j reads as %s", (content, text) => {
    expect(oid(...content)).toBe(text);
  });

  test.each([
    ["empty", [], "empty object identifier"],
    ["an arc starting with 0x80", [0x2a, 0x80, 0x01], "non-minimal object identifier arc"],
    ["the last byte with its continuation bit", [0x2a, 0x86], "truncated object identifier"],
    ["an arc of 2^46, over (2^53 − 1) / 128", [0x2a, 0x90, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00], "object identifier arc too large"],
  ])("%s: refused", (_, content, message) => {
    expect(() => oid(...content)).toThrow(new der.DerError(message));
  });

  test("an arc of 2^46 − 1, the largest under (2^53 − 1) / 128, is read", () => {
    expect(oid(0x2a, 0x8f, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)).toBe(`1.2.${2 ** 46 - 1}`);
  });

  test("a tag other than OBJECT IDENTIFIER is refused", () => {
    expect(() => der.oid(element(der.Tag.INTEGER, bytes(0x2a)))).toThrow("object identifier: tag 0x2, expected 0x6");
  });
});

describe("BOOLEAN, INTEGER, BIT STRING", () => {
  test("BOOLEAN is 0xff or 0x00, one byte", () => {
    expect(der.boolean(element(der.Tag.BOOLEAN, bytes(0xff)))).toBe(true);
    expect(der.boolean(element(der.Tag.BOOLEAN, bytes(0x00)))).toBe(false);
    for (const content of [bytes(0x01), bytes(0xff, 0xff), bytes()]) {
      expect(() => der.boolean(element(der.Tag.BOOLEAN, content))).toThrow("boolean is not 0x00 or 0xff");
    }
  });

  const integer = (...content: number[]) => element(der.Tag.INTEGER, bytes(...content));
  test.each([
    [[0x00], "0"],
    [[0x7f], "7F"],
    [[0x00, 0x80], "80"],
    [[0x00, 0x80, 0x00], "8000"],
    [[0x01, 0x00], "100"],
  ])("unsignedHex %j is %s", (content, hex) => {
    expect(der.unsignedHex(integer(...content))).toBe(hex);
  });

  test.each([
    ["empty", [], "empty integer"],
    ["a leading zero before a byte under 0x80", [0x00, 0x7f], "non-minimal integer"],
    ["a leading 0xff before a byte from 0x80", [0xff, 0x80], "non-minimal integer"],
    ["negative", [0x80], "negative integer"],
    ["negative, two bytes", [0xff, 0x7f], "negative integer"],
  ])("unsignedHex: %s is refused", (_, content, message) => {
    expect(() => der.unsignedHex(integer(...content))).toThrow(new der.DerError(message));
  });

  test.each([
    [[0x00], "0"],
    [[0x12], "12"],
    [[0x00, 0x00, 0x12], "12"],
    [[0x00, 0x80], "80"],
    [[0xff], "-1"],
    [[0x85, 0x01], "-7AFF"],
    [[0xff, 0xff, 0x80], "-80"],
  ])("integerKey %j is %s (signed, any length, as OpenSSL reads CRL serials)", (content, key) => {
    expect(der.integerKey(integer(...content))).toBe(key);
  });

  test("integerKey: an empty INTEGER is refused", () => {
    expect(() => der.integerKey(integer())).toThrow("empty integer");
  });

  test("a tag other than the one read is refused, naming what was expected (boolean, integer)", () => {
    expect(() => der.boolean(element(der.Tag.INTEGER, bytes(0xff)))).toThrow(new der.DerError("boolean: tag 0x2, expected 0x1"));
    expect(() => der.unsignedHex(element(der.Tag.BOOLEAN, bytes(0x01)))).toThrow(new der.DerError("integer: tag 0x1, expected 0x2"));
    expect(() => der.integerKey(element(der.Tag.BOOLEAN, bytes(0x01)))).toThrow(new der.DerError("integer: tag 0x1, expected 0x2"));
  });

  test("smallInteger: up to four bytes of value (0xFFFFFFFF), not five", () => {
    expect(der.smallInteger(integer(0x00))).toBe(0);
    expect(der.smallInteger(integer(0x7f, 0xff, 0xff, 0xff))).toBe(0x7fffffff);
    expect(der.smallInteger(integer(0x00, 0xff, 0xff, 0xff, 0xff))).toBe(0xffffffff);
    expect(() => der.smallInteger(integer(0x01, 0x00, 0x00, 0x00, 0x00))).toThrow("integer too large");
  });

  const bitString = (...content: number[]) => der.bitString(element(der.Tag.BIT_STRING, bytes(...content)));
  test("a BIT STRING's unused-bits count is 0 to 7, and 0 when it holds no bits", () => {
    expect(bitString(0x00)).toEqual({ bytes: bytes(), unused: 0 });
    expect(bitString(0x07, 0x80)).toEqual({ bytes: bytes(0x80), unused: 7 });
    expect(bitString(0x00, 0x01, 0x02)).toEqual({ bytes: bytes(0x01, 0x02), unused: 0 });
    for (const content of [[], [0x08, 0x00], [0x01]]) expect(() => bitString(...content)).toThrow("bad bit string");
  });

  test("bit n counts from the most significant bit of the first byte; bits past the end are unset", () => {
    const bits = bytes(0x80, 0x01);
    expect([0, 1, 7, 8, 14, 15, 16, 40].map((n) => der.bit(bits, n))).toEqual([true, false, false, false, false, true, false, false]);
    expect(der.bit(bytes(0x00, 0x80), 8)).toBe(true);
    expect(der.bit(bytes(0x05), 5)).toBe(true);
    expect(der.bit(bytes(0x05), 6)).toBe(false);
  });
});

describe("times (RFC 5280 §4.1.2.5): UTCTime and GeneralizedTime, seconds, Zulu", () => {
  const time = (tag: number, text: string) => der.time(element(tag, Buffer.from(text, "latin1")));
  test.each([
    [der.Tag.UTC_TIME, "491231235959Z", "2049-12-31T23:59:59.000Z"],
    [der.Tag.UTC_TIME, "500101000000Z", "1950-01-01T00:00:00.000Z"],
    [der.Tag.UTC_TIME, "260229120000Z", undefined],
    [der.Tag.UTC_TIME, "240229120000Z", "2024-02-29T12:00:00.000Z"],
    [der.Tag.GENERALIZED_TIME, "20500101000000Z", "2050-01-01T00:00:00.000Z"],
    [der.Tag.GENERALIZED_TIME, "19991231235959Z", "1999-12-31T23:59:59.000Z"],
  ])("tag 0x%s %s: %s", (tag, text, iso) => {
    if (iso === undefined) expect(() => time(tag, text)).toThrow(`bad time "${text}"`);
    else expect(time(tag, text).toISOString()).toBe(iso);
  });

  test.each([
    ["month 13", der.Tag.UTC_TIME, "261301000000Z"],
    ["day 32", der.Tag.UTC_TIME, "260132000000Z"],
    ["April 31", der.Tag.UTC_TIME, "260431000000Z"],
    ["hour 24", der.Tag.UTC_TIME, "260101240000Z"],
    ["minute 60", der.Tag.UTC_TIME, "260101006000Z"],
    ["second 60", der.Tag.UTC_TIME, "260101000060Z"],
    ["no Z", der.Tag.UTC_TIME, "260101000000"],
    ["a fraction", der.Tag.GENERALIZED_TIME, "20260101000000.5Z"],
    ["GeneralizedTime text under the UTCTime tag", der.Tag.UTC_TIME, "20260101000000Z"],
    ["UTCTime text under the GeneralizedTime tag", der.Tag.GENERALIZED_TIME, "260101000000Z"],
    ["text before the digits", der.Tag.UTC_TIME, "x260101000000Z"],
    ["text after the Z", der.Tag.UTC_TIME, "260101000000Zx"],
    ["GeneralizedTime: text before the digits", der.Tag.GENERALIZED_TIME, "x20260101000000Z"],
    ["GeneralizedTime: text after the Z", der.Tag.GENERALIZED_TIME, "20260101000000Zx"],
    ["another tag", der.Tag.PRINTABLE_STRING, "260101000000Z"],
  ])("%s: refused", (_, tag, text) => {
    expect(() => time(tag, text)).toThrow(new der.DerError(`bad time ${JSON.stringify(text)}`));
  });

  test("the last valid second of a day and of a year", () => {
    expect(time(der.Tag.GENERALIZED_TIME, "20261231235959Z").toISOString()).toBe("2026-12-31T23:59:59.000Z");
  });
});

describe("directory strings", () => {
  const text = (tag: number, content: Buffer) => der.text(element(tag, content));
  test.each([
    ["UTF8String", der.Tag.UTF8_STRING, Buffer.from("Zoë ✓", "utf8"), "Zoë ✓"],
    ["PrintableString", der.Tag.PRINTABLE_STRING, Buffer.from("Contoso Ltd", "latin1"), "Contoso Ltd"],
    ["IA5String", der.Tag.IA5_STRING, Buffer.from("a@example.com", "latin1"), "a@example.com"],
    ["TeletexString, read as Latin-1", der.Tag.TELETEX_STRING, bytes(0x5a, 0x6f, 0xeb), "Zoë"],
    ["BMPString (UTF-16 big-endian)", der.Tag.BMP_STRING, bytes(0x00, 0x5a, 0x27, 0x13), "Z✓"],
    ["UniversalString (UTF-32 big-endian)", der.Tag.UNIVERSAL_STRING, bytes(0x00, 0x00, 0x00, 0x5a, 0x00, 0x01, 0xf6, 0x00), "Z😀"],
  ])("%s", (_, tag, content, expected) => {
    expect(text(tag, content)).toBe(expected);
  });

  test.each([
    ["a BMPString of odd length", der.Tag.BMP_STRING, bytes(0x00, 0x5a, 0x00), "odd-length BMPString"],
    ["a UniversalString whose length is not a multiple of 4", der.Tag.UNIVERSAL_STRING, bytes(0x00, 0x00, 0x5a), "UniversalString length is not a multiple of 4"],
    ["an OCTET STRING", der.Tag.OCTET_STRING, bytes(0x5a), "tag 0x4 is not a string"],
  ])("%s: refused", (_, tag, content, message) => {
    expect(() => text(tag, content)).toThrow(new der.DerError(message));
  });
});

describe("parseCrl: complete CRLs in RFC 5280 §5.1's layout, nothing else", () => {
  const ecdsaSha256: DerNode = { tag: 0x30, children: [{ tag: 0x06, content: bytes(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02) }] };
  const issuer: DerNode = { tag: 0x30, children: [{ tag: 0x31, children: [{ tag: 0x30, children: [{ tag: 0x06, content: bytes(0x55, 0x04, 0x03) }, { tag: 0x0c, content: Buffer.from("Test CA") }] }] }] };
  const utc = (text: string): DerNode => ({ tag: 0x17, content: Buffer.from(text, "latin1") });
  const generalized = (text: string): DerNode => ({ tag: 0x18, content: Buffer.from(text, "latin1") });
  const int = (...content: number[]): DerNode => ({ tag: 0x02, content: bytes(...content) });
  const oidNode = (...content: number[]): DerNode => ({ tag: 0x06, content: bytes(...content) });
  const ext = (id: DerNode, critical: boolean, value: DerNode): DerNode => ({
    tag: 0x30,
    children: [id, ...(critical ? [{ tag: 0x01, content: bytes(0xff) }] : []), { tag: 0x04, content: derEncode(value) }],
  });
  const NULL: DerNode = { tag: 0x05, content: bytes() };
  const privateOid = oidNode(0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xb2, 0x03, 0x01); // 1.3.6.1.4.1.55555.1
  const crlNumber = ext(oidNode(0x55, 0x1d, 0x14), false, int(0x01));
  const extensions = (...exts: DerNode[]): DerNode => ({ tag: 0xa0, children: [{ tag: 0x30, children: exts }] });
  const entry = (serial: DerNode, ...entryExtensions: DerNode[]): DerNode => ({
    tag: 0x30,
    children: [serial, utc("260101000000Z"), ...(entryExtensions.length ? [{ tag: 0x30, children: entryExtensions }] : [])],
  });
  const signature: DerNode = { tag: 0x03, content: bytes(0x00, 0x01, 0x02, 0x03) };
  /** A CRL around the TBS `fields`; the outer signature algorithm is `alg`. */
  const crl = (fields: DerNode[], alg: DerNode = ecdsaSha256) => derEncode({ tag: 0x30, children: [{ tag: 0x30, children: fields }, alg, signature] });
  const v2 = (...rest: DerNode[]) => [int(0x01), ecdsaSha256, issuer, utc("260101000000Z"), utc("260201000000Z"), ...rest];

  test("a v2 CRL with revoked entries and extensions: every field read", () => {
    const bytesIn = crl(v2({ tag: 0x30, children: [entry(int(0x0a)), entry(int(0x00, 0xff, 0x01))] }, extensions(crlNumber)));
    const parsed = parseCrl(bytesIn);
    expect(parsed.issuer).toEqual(derEncode(issuer));
    expect(parsed.thisUpdate.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(parsed.nextUpdate.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect([...parsed.revoked]).toEqual(["A", "FF01"]);
    expect(parsed.signatureAlgorithm).toBe("1.2.840.10045.4.3.2");
    expect(parsed.tbs).toEqual(derEncode({ tag: 0x30, children: v2({ tag: 0x30, children: [entry(int(0x0a)), entry(int(0x00, 0xff, 0x01))] }, extensions(crlNumber)) }));
    expect(parsed.signature).toEqual(bytes(0x01, 0x02, 0x03));
  });

  test("a v1 CRL (no version), nextUpdate as GeneralizedTime, no revoked certificates, no extensions", () => {
    const parsed = parseCrl(crl([ecdsaSha256, issuer, utc("260101000000Z"), generalized("20500101000000Z")]));
    expect(parsed.nextUpdate.toISOString()).toBe("2050-01-01T00:00:00.000Z");
    expect(parsed.revoked.size).toBe(0);
  });

  test("extensions without a revoked list, and entries with a non-critical entry extension (reasonCode)", () => {
    expect(parseCrl(crl(v2(extensions(crlNumber)))).revoked.size).toBe(0);
    const reasonCode = ext(oidNode(0x55, 0x1d, 0x15), false, { tag: 0x0a, content: bytes(0x01) });
    expect([...parseCrl(crl(v2({ tag: 0x30, children: [entry(int(0x0b), reasonCode)] }))).revoked]).toEqual(["B"]);
  });

  test.each([
    ["not a SEQUENCE", derEncode(NULL), "CRL: tag 0x5, expected 0x30"],
    ["a TBS that is a SET", derEncode({ tag: 0x30, children: [{ tag: 0x31, children: v2() }, ecdsaSha256, signature] }), "tbsCertList: tag 0x31, expected 0x30"],
    ["an empty TBS", crl([]), "signature algorithm differs inside and outside the TBS"],
    ["the inner signature algorithm missing", crl([int(0x01)]), "signature algorithm differs inside and outside the TBS"],
    ["a revoked entry that is not a SEQUENCE", crl(v2({ tag: 0x30, children: [int(0x0a)] })), "revoked certificate: tag 0x2, expected 0x30"],
    ["another inner signature algorithm", crl([int(0x01), { tag: 0x30, children: [oidNode(0x2b, 0x65, 0x70)] }, issuer, utc("260101000000Z"), utc("260201000000Z")]), "signature algorithm differs inside and outside the TBS"],
    ["no nextUpdate", crl([int(0x01), ecdsaSha256, issuer, utc("260101000000Z")]), "no nextUpdate (RFC 5280 §5.1.2.5 requires it; such a CRL would never go stale)"],
    ["no nextUpdate, a revoked list after thisUpdate", crl([int(0x01), ecdsaSha256, issuer, utc("260101000000Z"), { tag: 0x30, children: [entry(int(0x0a))] }]), "no nextUpdate"],
    ["an entry with a critical extension (an indirect CRL's certificateIssuer)", crl(v2({ tag: 0x30, children: [entry(int(0x0c), ext(oidNode(0x55, 0x1d, 0x1d), true, { tag: 0x30, children: [] }))] })), "entry C has critical extension 2.5.29.29"],
    ["an unknown critical CRL extension", crl(v2(extensions(crlNumber, ext(privateOid, true, NULL)))), "CRL extension 1.3.6.1.4.1.55555.1 (delta, partial and other scoped CRLs are not supported)"],
    ["a deltaCRLIndicator, not critical", crl(v2(extensions(ext(oidNode(0x55, 0x1d, 0x1b), false, int(0x01))))), "CRL extension 2.5.29.27"],
    ["an issuingDistributionPoint, not critical", crl(v2(extensions(ext(oidNode(0x55, 0x1d, 0x1c), false, { tag: 0x30, children: [] })))), "CRL extension 2.5.29.28"],
    ["a field after the extensions", crl(v2(extensions(crlNumber), NULL)), "unexpected fields in tbsCertList"],
    ["a field where the revoked list goes", crl(v2(NULL)), "unexpected fields in tbsCertList"],
    ["two revoked lists", crl(v2({ tag: 0x30, children: [entry(int(0x0a))] }, { tag: 0x30, children: [entry(int(0x0b))] })), "unexpected fields in tbsCertList"],
    [
      "a signature algorithm that is an OID, not an AlgorithmIdentifier, inside and outside alike",
      crl([int(0x01), oidNode(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02), issuer, utc("260101000000Z"), utc("260201000000Z")], oidNode(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02)),
      "signatureAlgorithm: tag 0x6, expected 0x30",
    ],
  ])("%s: refused", (_, input, message) => {
    expect(() => parseCrl(input)).toThrow(message);
  });

  test("a non-critical unknown CRL extension is read past (it narrows nothing)", () => {
    expect(() => parseCrl(crl(v2(extensions(crlNumber, ext(privateOid, false, NULL)))))).not.toThrow();
  });

  test("an issuer that is not a SEQUENCE (a Name) is refused, naming the field", () => {
    const setIssuer: DerNode = { tag: 0x31, children: [] };
    expect(() => parseCrl(crl([int(0x01), ecdsaSha256, setIssuer, utc("260101000000Z"), utc("260201000000Z")]))).toThrow(new der.DerError("issuer: tag 0x31, expected 0x30"));
  });
});

describe("crlSignedBy: the issuer's key over the TBS bytes, with an accepted algorithm only", () => {
  const keys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const other = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const issuer = { x509: { publicKey: keys.publicKey } } as unknown as Certificate;
  const tbs = Buffer.from("the TBSCertList bytes");
  const crlWith = (signatureAlgorithm: string, signature: Buffer) => ({ issuer: Buffer.alloc(0), thisUpdate: new Date(0), nextUpdate: new Date(0), revoked: new Set<string>(), signatureAlgorithm, tbs, signature });

  test("signed by the issuer's key with ecdsa-with-SHA256: true; by another key, or over other bytes: false", () => {
    expect(crlSignedBy(crlWith("1.2.840.10045.4.3.2", sign("sha256", tbs, keys.privateKey)), issuer)).toBe(true);
    expect(crlSignedBy(crlWith("1.2.840.10045.4.3.2", sign("sha256", tbs, other.privateKey)), issuer)).toBe(false);
    expect(crlSignedBy({ ...crlWith("1.2.840.10045.4.3.2", sign("sha256", Buffer.from("other"), keys.privateKey)) }, issuer)).toBe(false);
  });

  test("the digest comes from the algorithm: a SHA-384 signature named ecdsa-with-SHA256 does not verify", () => {
    expect(crlSignedBy(crlWith("1.2.840.10045.4.3.3", sign("sha384", tbs, keys.privateKey)), issuer)).toBe(true);
    expect(crlSignedBy(crlWith("1.2.840.10045.4.3.2", sign("sha384", tbs, keys.privateKey)), issuer)).toBe(false);
  });

  test("an algorithm not accepted (ecdsa-with-SHA1) is false even when the signature verifies", () => {
    expect(crlSignedBy(crlWith("1.2.840.10045.4.1", sign("sha1", tbs, keys.privateKey)), issuer)).toBe(false);
  });

  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const ed448 = generateKeyPairSync("ed448");
  const ed25519 = generateKeyPairSync("ed25519");
  test.each([
    ["sha256WithRSAEncryption", "1.2.840.113549.1.1.11", "sha256", rsa],
    ["sha384WithRSAEncryption", "1.2.840.113549.1.1.12", "sha384", rsa],
    ["sha512WithRSAEncryption", "1.2.840.113549.1.1.13", "sha512", rsa],
    ["ecdsa-with-SHA256", "1.2.840.10045.4.3.2", "sha256", keys],
    ["ecdsa-with-SHA384", "1.2.840.10045.4.3.3", "sha384", keys],
    ["ecdsa-with-SHA512", "1.2.840.10045.4.3.4", "sha512", keys],
    ["Ed25519", "1.3.101.112", null, ed25519],
    ["Ed448", "1.3.101.113", null, ed448],
  ])("%s (%s): its own digest verifies, SHA-1 over the same bytes does not", (_, oid, digest, pair) => {
    const signer = { x509: { publicKey: pair.publicKey } } as unknown as Certificate;
    expect(crlSignedBy(crlWith(oid, sign(digest, tbs, pair.privateKey)), signer)).toBe(true);
    if (digest) expect(crlSignedBy(crlWith(oid, sign("sha1", tbs, pair.privateKey)), signer)).toBe(false);
  });

  test("a key crypto.verify cannot use with the algorithm (Ed25519 key, RSA algorithm) is false, not a throw", () => {
    const ed = generateKeyPairSync("ed25519");
    const edIssuer = { x509: { publicKey: ed.publicKey } } as unknown as Certificate;
    expect(() => crlSignedBy(crlWith("1.2.840.113549.1.1.11", Buffer.alloc(64)), edIssuer)).not.toThrow();
    expect(crlSignedBy(crlWith("1.2.840.113549.1.1.11", Buffer.alloc(64)), edIssuer)).toBe(false);
    expect(crlSignedBy(crlWith("1.3.101.112", sign(null, tbs, ed.privateKey)), edIssuer)).toBe(true);
  });
});

// ---- certificates (x509.ts), made and signed here with Node's crypto: every field chosen ----------
const certKey = generateKeyPairSync("ec", { namedCurve: "P-256" });
const spki = derParse(certKey.publicKey.export({ type: "spki", format: "der" }));
const ECDSA_SHA256: DerNode = { tag: 0x30, children: [{ tag: 0x06, content: bytes(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02) }] };
const oidOf = (...content: number[]): DerNode => ({ tag: 0x06, content: bytes(...content) });
const OID = {
  commonName: oidOf(0x55, 0x04, 0x03),
  organization: oidOf(0x55, 0x04, 0x0a),
  keyUsage: oidOf(0x55, 0x1d, 0x0f),
  subjectAltName: oidOf(0x55, 0x1d, 0x11),
  basicConstraints: oidOf(0x55, 0x1d, 0x13),
  extKeyUsage: oidOf(0x55, 0x1d, 0x25),
  clientAuth: oidOf(0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x02),
  anyExtendedKeyUsage: oidOf(0x55, 0x1d, 0x25, 0x00),
  private: oidOf(0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xb2, 0x03, 0x01), // 1.3.6.1.4.1.55555.1
};
const TRUE: DerNode = { tag: 0x01, content: bytes(0xff) };
/** A Name of one attribute per RDN, [type, string tag, text] each. */
const dn = (...attributes: [DerNode, number, string][]): DerNode => ({
  tag: 0x30,
  children: attributes.map(([type, tag, text]) => ({ tag: 0x31, children: [{ tag: 0x30, children: [type, { tag, content: Buffer.from(text, "utf8") }] }] })),
});
/** An Extension: extnID, critical TRUE when asked, extnValue wrapping `value`. */
const extension = (id: DerNode, critical: boolean, value: DerNode): DerNode => ({
  tag: 0x30,
  children: [id, ...(critical ? [TRUE] : []), { tag: 0x04, content: derEncode(value) }],
});
interface CertificateFields {
  readonly version?: boolean;
  readonly serial?: Buffer;
  readonly subject?: DerNode;
  readonly extensions?: DerNode[];
  /** Replaces the TBS fields after they are built (a field missing or of another type). */
  readonly edit?: (fields: DerNode[]) => DerNode[];
  readonly tbsTag?: number;
  readonly signatureField?: DerNode;
  readonly outerAlgorithm?: DerNode;
}
/** A certificate, DER, signed with certKey (self-signed: the issuer is the subject). */
function certificate(fields: CertificateFields = {}): Buffer {
  const subject = fields.subject ?? dn([OID.commonName, 0x0c, "parsed"]);
  const tbsFields: DerNode[] = [
    ...(fields.version === false ? [] : [{ tag: 0xa0, children: [{ tag: 0x02, content: bytes(0x02) }] }]),
    { tag: 0x02, content: fields.serial ?? bytes(0x01, 0x23) },
    ECDSA_SHA256,
    subject,
    { tag: 0x30, children: [{ tag: 0x17, content: Buffer.from("260101000000Z") }, { tag: 0x18, content: Buffer.from("20500101000000Z") }] },
    subject,
    spki,
    ...(fields.extensions ? [{ tag: 0xa3, children: [{ tag: 0x30, children: fields.extensions }] }] : []),
  ];
  const tbs: DerNode = { tag: fields.tbsTag ?? 0x30, children: fields.edit ? fields.edit(tbsFields) : tbsFields };
  const signature = fields.signatureField ?? { tag: 0x03, content: Buffer.concat([bytes(0x00), sign("sha256", derEncode(tbs), certKey.privateKey)]) };
  return derEncode({ tag: 0x30, children: [tbs, fields.outerAlgorithm ?? ECDSA_SHA256, signature] });
}
const bits = (...content: number[]): DerNode => ({ tag: 0x03, content: bytes(...content) });

describe("parseCertificate: the fields the verifier reads that Node's X509Certificate does not expose", () => {
  test("precondition: Node reads the certificates made here, and their signature verifies", () => {
    const x509 = new X509Certificate(certificate());
    expect(x509.subject).toBe("CN=parsed");
    expect(x509.verify(certKey.publicKey)).toBe(true);
  });

  test("bytes that are not a SEQUENCE are refused as a certificate, naming it", () => {
    expect(() => parseCertificate(derEncode({ tag: 0x05, content: bytes() }))).toThrow(new der.DerError("certificate: tag 0x5, expected 0x30"));
  });

  test("an empty TBS is refused for its missing fields (a DerError, not a TypeError on the absent version)", () => {
    expect(() => parseCertificate(certificate({ edit: () => [] }))).toThrow(new der.DerError("subjectPublicKeyInfo is missing"));
  });

  test("a v3 CA: serial, names, dates, basicConstraints with pathLen, keyUsage bits, extendedKeyUsage, every kind of alternative name", () => {
    const san: DerNode = {
      tag: 0x30,
      children: [
        { tag: 0x82, content: Buffer.from("ca.example.com") },
        { tag: 0x81, content: Buffer.from("ca@example.com") },
        { tag: 0x86, content: Buffer.from("spiffe://example.com/ca") },
        { tag: 0x87, content: bytes(10, 1, 2, 254) },
        { tag: 0x87, content: bytes(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xab, 0xcd) },
        { tag: 0xa4, children: [dn([OID.commonName, 0x0c, "a directoryName, not read"])] },
        { tag: 0x82, content: Buffer.from("second.example.com") },
      ],
    };
    const der = certificate({
      serial: bytes(0x00, 0x9a, 0x01),
      subject: dn([OID.commonName, 0x0c, "First"], [OID.organization, 0x13, "Contoso"], [OID.commonName, 0x13, "Second"]),
      extensions: [
        extension(OID.basicConstraints, true, { tag: 0x30, children: [TRUE, { tag: 0x02, content: bytes(0x02) }] }),
        extension(OID.keyUsage, true, bits(0x01, 0x06)),
        extension(OID.extKeyUsage, false, { tag: 0x30, children: [OID.clientAuth, OID.anyExtendedKeyUsage] }),
        extension(OID.subjectAltName, false, san),
      ],
    });
    const cert = parseCertificate(der);
    expect(cert).toMatchObject({
      der,
      serial: "9A01",
      signatureAlgorithm: "1.2.840.10045.4.3.2",
      isCa: true,
      pathLength: 2,
      keyUsage: bytes(0x06),
      extendedKeyUsage: ["1.3.6.1.5.5.7.3.2", "2.5.29.37.0"],
      commonNames: ["First", "Second"],
      altNames: {
        dnsNames: ["ca.example.com", "second.example.com"],
        emails: ["ca@example.com"],
        uris: ["spiffe://example.com/ca"],
        ipAddresses: ["10.1.2.254", "2001:db8:0:0:0:0:0:abcd"],
      },
    });
    expect(cert.notBefore.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(cert.notAfter.toISOString()).toBe("2050-01-01T00:00:00.000Z");
    expect(cert.subject).toEqual(derEncode(dn([OID.commonName, 0x0c, "First"], [OID.organization, 0x13, "Contoso"], [OID.commonName, 0x13, "Second"])));
    expect(cert.issuer).toEqual(cert.subject);
    expect(cert.extensions.map((e) => [e.oid, e.critical])).toEqual([
      ["2.5.29.19", true],
      ["2.5.29.15", true],
      ["2.5.29.37", false],
      ["2.5.29.17", false],
    ]);
    expect([KeyUsageBit.KEY_CERT_SIGN, KeyUsageBit.CRL_SIGN, KeyUsageBit.DIGITAL_SIGNATURE].map((b) => hasKeyUsage(cert, b))).toEqual([true, true, false]);
  });

  test("a v1 certificate (no version field, no extensions): nothing is a CA, no usage is restricted", () => {
    const cert = parseCertificate(certificate({ version: false, serial: bytes(0x42) }));
    expect(cert).toMatchObject({ serial: "42", isCa: false, pathLength: undefined, keyUsage: undefined, extendedKeyUsage: undefined, commonNames: ["parsed"], extensions: [] });
    expect(cert.altNames).toEqual({ dnsNames: [], emails: [], uris: [], ipAddresses: [] });
    expect(hasKeyUsage(cert, KeyUsageBit.KEY_CERT_SIGN)).toBe(true);
  });

  test("basicConstraints without cA (DER leaves out the FALSE default) is not a CA, whatever its pathLen", () => {
    expect(parseCertificate(certificate({ extensions: [extension(OID.basicConstraints, true, { tag: 0x30, children: [] })] }))).toMatchObject({ isCa: false, pathLength: undefined });
    expect(parseCertificate(certificate({ extensions: [extension(OID.basicConstraints, true, { tag: 0x30, children: [{ tag: 0x02, content: bytes(0x00) }] })] }))).toMatchObject({ isCa: false, pathLength: 0 });
  });

  test("an unknown extension after the extensions field's siblings: only the [3] field holds extensions", () => {
    // issuerUniqueID [1] and subjectUniqueID [2] (RFC 5280 §4.1.2.8) before the extensions.
    const cert = parseCertificate(
      certificate({
        extensions: [extension(OID.keyUsage, true, bits(0x07, 0x80))],
        edit: (f) => [...f.slice(0, -1), { tag: 0x81, content: bytes(0x00, 0x01) }, { tag: 0x82, content: bytes(0x00, 0x02) }, f[f.length - 1]],
      }),
    );
    expect(cert.keyUsage).toEqual(bytes(0x80));
    expect(hasKeyUsage(cert, KeyUsageBit.DIGITAL_SIGNATURE)).toBe(true);
  });

  test.each([
    ["the TBS not a SEQUENCE", { tbsTag: 0x31 }, "tbsCertificate: tag 0x31, expected 0x30"],
    ["the signature not a BIT STRING", { signatureField: { tag: 0x04, content: bytes(0x00) } }, "bit string: tag 0x4, expected 0x3"],
    ["no subjectPublicKeyInfo", { edit: (f: DerNode[]) => f.slice(0, -1) }, "subjectPublicKeyInfo is missing"],
    ["the outer signature algorithm an OID, not an AlgorithmIdentifier", { outerAlgorithm: ECDSA_SHA256.children![0] }, "signatureAlgorithm: tag 0x6, expected 0x30"],
    ["another signature algorithm outside the TBS", { outerAlgorithm: { tag: 0x30, children: [oidOf(0x2b, 0x65, 0x70)] } }, "signature algorithm differs inside and outside the TBS"],
    ["validity not a SEQUENCE", { edit: (f: DerNode[]) => f.map((x, i) => (i === 3 ? { tag: 0x31, children: x.children } : x)) }, "validity: tag 0x31, expected 0x30"],
    ["an iPAddress of 5 bytes", { extensions: [extension(OID.subjectAltName, false, { tag: 0x30, children: [{ tag: 0x87, content: bytes(1, 2, 3, 4, 5) }] })] }, "iPAddress of 5 bytes"],
    ["an extKeyUsage that is not a SEQUENCE", { extensions: [extension(OID.extKeyUsage, false, { tag: 0x31, children: [OID.clientAuth] })] }, "extKeyUsage: tag 0x31, expected 0x30"],
    ["a subjectAltName that is not a SEQUENCE", { extensions: [extension(OID.subjectAltName, false, { tag: 0x31, children: [] })] }, "subjectAltName: tag 0x31, expected 0x30"],
    ["a basicConstraints that is not a SEQUENCE", { extensions: [extension(OID.basicConstraints, true, { tag: 0x31, children: [] })] }, "basicConstraints: tag 0x31, expected 0x30"],
  ])("%s: refused, the message names it", (_, fields, message) => {
    // Without the version field, so the edits above index serial (0), signature (1), issuer (2), validity (3), subject (4), key (5).
    // (A malformed issuer or subject name never reaches x509.ts's own checks: Node's X509Certificate refuses it first.)
    expect(() => parseCertificate(certificate({ ...(fields as CertificateFields), version: false }))).toThrow(message);
  });
});

describe("readExtensions: at most one of each, critical only as TRUE, the value in an OCTET STRING", () => {
  const read = (...exts: DerNode[]) => readExtensions(der.readWhole(derEncode({ tag: 0x30, children: exts })));
  test("two fields: not critical; three with TRUE: critical; the value is the OCTET STRING's content", () => {
    const [plain, critical] = read(extension(OID.private, false, { tag: 0x05, content: bytes() }), extension(OID.keyUsage, true, bits(0x07, 0x80)));
    expect([plain.oid, plain.critical, plain.value.tag]).toEqual(["1.3.6.1.4.1.55555.1", false, 0x05]);
    expect([critical.oid, critical.critical, der.content(critical.value)]).toEqual(["2.5.29.15", true, bytes(0x07, 0x80)]);
  });

  test.each([
    ["one field", { tag: 0x30, children: [OID.private] }, "extension 1.3.6.1.4.1.55555.1 has 1 fields, not 2 or 3"],
    ["four fields", { tag: 0x30, children: [OID.private, TRUE, { tag: 0x04, content: bytes(0x05, 0x00) }, { tag: 0x04, content: bytes(0x05, 0x00) }] }, "extension 1.3.6.1.4.1.55555.1 has 4 fields, not 2 or 3"],
    ["critical encoded as FALSE (DER leaves a default out)", { tag: 0x30, children: [OID.private, { tag: 0x01, content: bytes(0x00) }, { tag: 0x04, content: bytes(0x05, 0x00) }] }, "extension 1.3.6.1.4.1.55555.1 encodes critical=FALSE"],
    ["a value that is not an OCTET STRING", { tag: 0x30, children: [OID.private, { tag: 0x05, content: bytes() }] }, "extension 1.3.6.1.4.1.55555.1 value: tag 0x5, expected 0x4"],
    ["an extension that is not a SEQUENCE", { tag: 0x31, children: [OID.private] }, "extension: tag 0x31, expected 0x30"],
  ])("%s: refused", (_, ext, message) => {
    expect(() => read(ext)).toThrow(new der.DerError(message));
  });

  test("an extensions field that is not a SEQUENCE is refused, naming it", () => {
    expect(() => readExtensions(element(der.Tag.OCTET_STRING, bytes()))).toThrow(new der.DerError("extensions: tag 0x4, expected 0x30"));
  });

  test("the same extension twice: refused, even when both are alike", () => {
    const ku = extension(OID.keyUsage, true, bits(0x07, 0x80));
    expect(() => read(ku, extension(OID.private, false, TRUE), ku)).toThrow(new der.DerError("extension 2.5.29.15 appears twice"));
  });

  test("unknownCriticalExtension: the first critical one the verifier does not evaluate", () => {
    const cert = (...exts: DerNode[]) => parseCertificate(certificate({ extensions: exts }));
    expect(unknownCriticalExtension(cert(extension(OID.private, false, TRUE), extension(OID.keyUsage, true, bits(0x07, 0x80))))).toBeUndefined();
    expect(unknownCriticalExtension(cert(extension(OID.keyUsage, true, bits(0x07, 0x80)), extension(OID.private, true, TRUE)))?.oid).toBe("1.3.6.1.4.1.55555.1");
  });
});

describe("PEM blocks (RFC 7468) and strict base64", () => {
  const block = (label: string, body: string) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
  test("every block of the label, in order, line breaks and spaces in the body ignored; other labels skipped", () => {
    const text = `intro\n${block("CERTIFICATE", "AQID\nBA==")}${block("X509 CRL", "BQY=")}${block("CERTIFICATE", " Bwg=\r\n")}`;
    expect(pemBlocks(text, "CERTIFICATE")).toEqual([bytes(1, 2, 3, 4), bytes(7, 8)]);
    expect(pemBlocks(text, "X509 CRL")).toEqual([bytes(5, 6)]);
    expect(pemBlocks("no block here", "CERTIFICATE")).toEqual([]);
  });

  test.each([
    ["empty", ""],
    ["a character outside base64", "AQI*"],
    ["padding missing", "BA"],
    ["non-zero bits after the last character (a second spelling of the same bytes)", "BB=="],
    ["padding in the middle", "BA==BA=="],
  ])("%s: invalid base64", (_, b64) => {
    expect(() => strictBase64(b64)).toThrow(new der.DerError("invalid base64"));
    expect(() => pemBlocks(block("CERTIFICATE", b64), "CERTIFICATE")).toThrow("invalid base64");
  });

  test("describe: the subject on one line", () => {
    expect(describeCertificate(parseCertificate(certificate({ subject: dn([OID.commonName, 0x0c, "a"], [OID.organization, 0x0c, "b"]) })))).toBe("CN=a, O=b");
  });
});
