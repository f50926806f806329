import { RewriteRuleModel } from "../model/gateway-model";

/**
 * Request headers that carry the client certificate to the backend, each filled
 * from one of the gateway's mutual-auth server variables (Learn:
 * rewrite-http-headers-url, "Mutual authentication server variables").
 *
 * A header left unset is not forwarded. Avoid `X-ARR-ClientCert`: App Service
 * uses it for its own client-certificate feature.
 */
export interface ClientCertificateHeaders {
  /**
   * The leaf certificate, URL-encoded PEM (`{var_client_certificate}`).
   * @default "X-Client-Cert"
   */
  readonly certificate?: string;
  /**
   * Subject DN (`{var_client_certificate_subject}`).
   * @default not forwarded
   */
  readonly subject?: string;
  /**
   * Issuer DN (`{var_client_certificate_issuer}`).
   * @default not forwarded
   */
  readonly issuer?: string;
  /**
   * SHA-1 fingerprint (`{var_client_certificate_fingerprint}`).
   * @default not forwarded
   */
  readonly fingerprint?: string;
  /**
   * Serial number (`{var_client_certificate_serial}`).
   * @default not forwarded
   */
  readonly serial?: string;
  /**
   * Not-before date (`{var_client_certificate_start_date}`).
   * @default not forwarded
   */
  readonly startDate?: string;
  /**
   * Not-after date (`{var_client_certificate_end_date}`).
   * @default not forwarded
   */
  readonly endDate?: string;
  /**
   * Verification result (`{var_client_certificate_verification}`). In passthrough it
   * is `PASSTHROUGH` or `NONE`: it never means "validated".
   * @default not forwarded
   */
  readonly verification?: string;
}

/** The header the leaf certificate goes to unless `certificate` is set. */
export const DEFAULT_CERTIFICATE_HEADER = "X-Client-Cert";

/** The header each server variable goes to, with the library's defaults applied. */
export function headerVariables(headers: ClientCertificateHeaders = {}): { header: string; variable: string }[] {
  const pairs: [string | undefined, string][] = [
    [headers.certificate ?? DEFAULT_CERTIFICATE_HEADER, "client_certificate"],
    [headers.subject, "client_certificate_subject"],
    [headers.issuer, "client_certificate_issuer"],
    [headers.fingerprint, "client_certificate_fingerprint"],
    [headers.serial, "client_certificate_serial"],
    [headers.startDate, "client_certificate_start_date"],
    [headers.endDate, "client_certificate_end_date"],
    [headers.verification, "client_certificate_verification"],
  ];
  return pairs.filter(([h]) => h !== undefined).map(([header, variable]) => ({ header: header!, variable }));
}

/** Name of the rewrite set on routing rules of listeners that forward the certificate. */
export const FORWARD_REWRITE_SET = "mtls-forward-client-cert";
/** Name of the rewrite set on every other routing rule: deletes the same headers. */
export const STRIP_REWRITE_SET = "mtls-strip-client-cert";

/** What a route does with the client-certificate headers. */
export enum CertificateHeaderMode {
  /** Set them from the gateway's mutual-auth server variables. */
  FORWARD = "forward",
  /** Delete them, so no client can send its own. */
  STRIP = "strip",
}

/**
 * The library's rewrite rule for a route. Setting a header to `{var_...}`
 * forwards the value, and because an empty value deletes a header, a client that
 * presented no certificate cannot smuggle its own header through either; the
 * strip rule sets the headers to "" on listeners without mTLS, so no client can
 * spoof them there.
 */
export function certificateHeaderRewriteRule(headers: ClientCertificateHeaders | undefined, mode: CertificateHeaderMode): RewriteRuleModel {
  const forward = mode === CertificateHeaderMode.FORWARD;
  return {
    name: forward ? "forward-client-cert" : "strip-client-cert",
    ruleSequence: 100,
    conditions: [],
    requestHeaderConfigurations: headerVariables(headers).map((p) => ({ headerName: p.header, headerValue: forward ? `{var_${p.variable}}` : "" })),
    responseHeaderConfigurations: [],
  };
}

/** Name of the library's own set for a route without rewrites of its user. */
export function clientCertificateSetName(mode: CertificateHeaderMode): string {
  return mode === CertificateHeaderMode.FORWARD ? FORWARD_REWRITE_SET : STRIP_REWRITE_SET;
}
