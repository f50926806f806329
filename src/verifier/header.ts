/**
 * Decoding the forwarded-certificate header: URL-encoded PEM of one certificate.
 *
 * Application Gateway's `{var_client_certificate}` escapes at least spaces and
 * newlines (`-----BEGIN%20CERTIFICATE-----%0AMIID...`); nginx's
 * `$ssl_client_escaped_cert` escapes every byte but letters, digits and `-._~`,
 * so base64's `+`, `/` and `=` arrive as `%2B`, `%2F`, `%3D`. Both decode here:
 * percent-decoding (RFC 3986 §2.1) and nothing else. A literal `+` stays `+`
 * (form decoding would turn it into a space and break the base64).
 */
import { Reason, ReasonCode } from "./reasons";
import { strictBase64 } from "./x509";

/** Default limit on the header value, in characters (a 4096-bit RSA leaf fully escaped is ~5 kB). */
export const DEFAULT_MAX_HEADER_LENGTH = 16 * 1024;

export type DecodedHeader =
  | { readonly ok: true; readonly der: Buffer }
  | { readonly ok: false; readonly reason: ReasonCode; readonly detail: string };

/**
 * The first character a percent-encoded PEM may not hold: a `%` not followed by
 * two hex digits, or one outside unreserved (RFC 3986 §2.3) and base64's `+/=`.
 * A search for one bad character, not a match of the whole value: linear, and
 * no backtracking stack that a long value could overflow.
 */
const NOT_ENCODED = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~+/=%]/;
const BEGIN = "-----BEGIN CERTIFICATE-----";
const END = "-----END CERTIFICATE-----";

const fail = (reason: ReasonCode, detail: string): DecodedHeader => ({ ok: false, reason, detail });

/**
 * The header value as it reached the backend (`req.headers[name]`), decoded to
 * the certificate's DER. Never throws.
 */
export function decodeCertificateHeader(value: string | readonly string[] | undefined, maxLength = DEFAULT_MAX_HEADER_LENGTH): DecodedHeader {
  if (Array.isArray(value)) {
    if (value.length > 1) return fail(Reason.MALFORMED_HEADER, `${value.length} header values; exactly one is expected`);
    value = value[0];
  }
  if (value === undefined || value === "") return fail(Reason.NO_CERTIFICATE, "no certificate header");
  if (typeof value !== "string") return fail(Reason.MALFORMED_HEADER, "header value is not a string");
  if (value.length > maxLength) return fail(Reason.HEADER_TOO_LARGE, `${value.length} characters, limit ${maxLength}`);
  const bad = NOT_ENCODED.exec(value);
  if (bad) return fail(Reason.MALFORMED_HEADER, `not percent-encoded PEM: unexpected ${JSON.stringify(bad[0])}`);
  const pem = percentDecode(value);
  if (pem === undefined) return fail(Reason.MALFORMED_HEADER, "decodes to bytes outside ASCII");

  const blocks = pem.split("-----BEGIN ").length - 1;
  const certificates = pem.split(BEGIN).length - 1;
  if (certificates > 1) return fail(Reason.MULTIPLE_CERTIFICATES, `${certificates} certificates; the header must carry the leaf alone`);
  if (blocks !== 1 || certificates !== 1) return fail(Reason.MALFORMED_HEADER, `expected one ${BEGIN} block, found ${blocks} PEM blocks`);

  // Exactly BEGIN, base64 lines, END, and at most one final line break; LF or CRLF.
  const lines = pem.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines.length < 3 || lines[0] !== BEGIN || lines[lines.length - 1] !== END) {
    return fail(Reason.MALFORMED_HEADER, "text before or after the PEM block, or the armor is not on its own line");
  }
  const body = lines.slice(1, -1);
  if (body.some((l) => !/^[A-Za-z0-9+/]+={0,2}$/.test(l))) {
    return fail(Reason.MALFORMED_HEADER, "PEM body holds a character that is not base64 (a '+' decoded as a space?)");
  }
  try {
    return { ok: true, der: strictBase64(body.join("")) };
  } catch {
    return fail(Reason.MALFORMED_HEADER, "PEM body is not valid base64");
  }
}

/** `%XX` to bytes, everything else kept; undefined when a byte is not 7-bit ASCII. */
function percentDecode(value: string): string | undefined {
  const text = value.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return /^[\x00-\x7f]*$/.test(text) ? text : undefined;
}
