// Certificate data from a PEM text or a certificate file, in the one form Azure
// takes (rules/certificate-data.ts says which bytes are accepted).
import { readFileSync } from "fs";
import { describeValue, excerpt, GatewayConfigError } from "../core/errors";
import { RuleId } from "../core/rule-id";
import { isCerData } from "../rules/certificate-data";
import { checkCall } from "../rules/values/props";

/**
 * Certificate data in the form Azure takes for trusted client CAs and trusted
 * root certificates (the base64 of a .cer file), made from what users have: a
 * PEM file's text, or a .cer/.pem file on disk (DER or PEM). The result goes
 * into `TrustedClientCertificate.data` or `TrustedRootCertificate.fromData`.
 */
export class CertificateData {
  /**
   * The base64 of PEM text with one or more certificates (a CA chain).
   * @param pem the text of a .pem or PEM .cer file: `-----BEGIN CERTIFICATE-----` blocks
   */
  public static fromPem(pem: string): string {
    checkCall("CertificateData.fromPem", "CertificateData.fromPem", [pem]);
    const data = Buffer.from(pem, "utf8").toString("base64");
    if (!/-----BEGIN CERTIFICATE-----/.test(pem) || !isCerData(data)) {
      throw new GatewayConfigError(
        `CertificateData.fromPem(pem) = ${describeValue(excerpt(pem))} is not allowed: PEM text with one or more "-----BEGIN CERTIFICATE-----" blocks that each hold a certificate; for base64 (the form Azure takes) set data directly, for a DER file use CertificateData.fromFile(path) [${RuleId.CERT_DATA}]`,
        RuleId.CERT_DATA,
      );
    }
    return data;
  }

  /**
   * The base64 of a certificate file read at synth: DER (a binary .cer) or PEM
   * text (one or more certificates), as Terraform's `filebase64("ca.cer")`.
   * @param path the file's path, relative to the working directory
   */
  public static fromFile(path: string): string {
    checkCall("CertificateData.fromFile", "CertificateData.fromFile", [path]);
    try {
      return readFileSync(path).toString("base64");
    } catch (e) {
      // A missing or unreadable file is the caller's input, reported as ours (not Node's ENOENT).
      throw new GatewayConfigError(
        `CertificateData.fromFile(path) = ${describeValue(path)} is not allowed: a readable certificate file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) [${RuleId.CERT_DATA}]`,
        RuleId.CERT_DATA,
      );
    }
  }

  private constructor() {}
}

/** What a certificate-data message adds when the value is PEM text as is (the most common mistake). */
export function certificateDataNote(data: string): string | undefined {
  return /-----BEGIN /.test(data) ? "PEM text as is, not its base64: pass CertificateData.fromPem(text)" : undefined;
}
