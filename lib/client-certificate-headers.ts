import { RewriteRuleSetModel } from "./model/gateway-model";

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

/** The header each server variable goes to, with the library's defaults applied. */
export function headerVariables(headers: ClientCertificateHeaders = {}): { header: string; variable: string }[] {
  const pairs: [string | undefined, string][] = [
    [headers.certificate ?? "X-Client-Cert", "client_certificate"],
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

/**
 * The two rewrite sets. Setting a header to `{var_...}` forwards the value, and
 * because an empty value deletes a header, a client that presented no certificate
 * cannot smuggle its own header through either; the strip set sets the headers to
 * "" on listeners without mTLS, so no client can spoof them there.
 */
export function clientCertificateRewriteSets(headers: ClientCertificateHeaders | undefined): RewriteRuleSetModel[] {
  const pairs = headerVariables(headers);
  const set = (name: string, rule: string, value: (variable: string) => string): RewriteRuleSetModel => ({
    name,
    rewriteRules: [
      {
        name: rule,
        ruleSequence: 100,
        requestHeaderConfigurations: pairs.map((p) => ({ headerName: p.header, headerValue: value(p.variable) })),
      },
    ],
  });
  return [
    set(FORWARD_REWRITE_SET, "forward-client-cert", (variable) => `{var_${variable}}`),
    set(STRIP_REWRITE_SET, "strip-client-cert", () => ""),
  ];
}
