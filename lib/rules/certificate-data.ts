// What Azure takes as a certificate's public data (trusted client CAs, trusted
// root certificates): the base64 of a .cer file, which holds one DER certificate
// or PEM text with one or more certificates (a CA chain).
import { X509Certificate } from "crypto";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----/g;

/** Whether `data` is base64 (whitespace aside) of a DER certificate or of PEM certificates that all parse. */
export function isCerData(data: string): boolean {
  const compact = data.replace(/\s+/g, "");
  if (compact === "" || !BASE64.test(compact)) return false;
  const bytes = Buffer.from(compact, "base64");
  const pem = bytes.toString("latin1").match(PEM_CERTIFICATE);
  try {
    for (const certificate of pem ?? [bytes]) new X509Certificate(certificate);
    return true;
  } catch {
    return false;
  }
}
