// Cross-part rules on the client certificate: passthrough, forwarding headers and their owners: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { ClientAuthMode } from "../../core/enums";
import { RouteView } from "../view";
import { GatewayRule, GatewayView } from "../view";
import { finding, Scope } from "./finding";

export const PASSTHROUGH_NO_HEADER = defineRule({
  id: RuleId.PASSTHROUGH_NO_HEADER,
  severity: Severity.WARNING,
  checked: Checked.AT_SYNTH,
  allowed: "a passthrough listener that forwards the client certificate: otherwise the backend cannot validate what the gateway let through",
  source: "Learn: mutual-authentication-overview (passthrough: the backend validates the certificate)",
});

export const passthroughForwards: GatewayRule = (gw) =>
  gw.listeners
    .filter((l) => l.sslProfile?.clientAuthentication.mode === ClientAuthMode.PASSTHROUGH && !l.forwardsClientCertificate)
    .map((l) => finding(PASSTHROUGH_NO_HEADER, l, "forwardClientCertificate", false));

export const CERT_HEADER_IN_CLEAR = defineRule({
  id: RuleId.CERT_OVER_HTTP,
  severity: Severity.WARNING,
  checked: Checked.AT_SYNTH,
  allowed: "HTTPS backend settings for a route that forwards the client certificate, so the header is not sent in clear",
  source: "Learn: ssl-overview (end-to-end TLS)",
});

export const forwardedCertOverTls: GatewayRule = (gw) =>
  routesOfListeners(gw)
    .filter(([listener, , route]) => listener.forwardsClientCertificate && route.backendSettings !== undefined && route.backendSettings.protocol !== "Https")
    .map(([, scope, route]) => finding(CERT_HEADER_IN_CLEAR, scope, "backendSettings", route.backendSettings!.name));

/** Every route with the listener it serves and the part that declares it. */
function routesOfListeners(gw: GatewayView): [GatewayView["listeners"][number], Scope, RouteView][] {
  return [
    ...gw.routingRules.map((r): [any, Scope, RouteView] => [r.listener, r, r.route]),
    ...gw.pathBasedRoutingRules.flatMap((r): [any, Scope, RouteView][] => [
      [r.listener, r, r.route],
      ...r.pathRules.map((p): [any, Scope, RouteView] => [r.listener, p, p.route]),
    ]),
  ];
}

export const CERT_HEADER_OWNED = defineRule({
  id: RuleId.CERT_HEADER_OWNED,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "your rewrite rules set no client-certificate header (the library forwards or deletes them on every route): a rule of yours could re-introduce one a route strips",
  source: "this library's anti-spoofing design; Learn: rewrite-http-headers-url (a route takes one rewrite set)",
});

export const certificateHeadersOwned: GatewayRule = (gw) => {
  const owned = new Set(gw.certificateHeaders.map((h) => h.header.toLowerCase()));
  return gw.rewriteRuleSets.flatMap((set) =>
    set.requestHeaderNames.filter((h) => owned.has(h.toLowerCase())).map((h) => finding(CERT_HEADER_OWNED, set, "rules[].requestHeaders[].headerName", h)),
  );
};

export const ARR_HEADER = defineRule({
  id: RuleId.ARR_HEADER,
  severity: Severity.WARNING,
  checked: Checked.AT_SYNTH,
  allowed: "a header name other than X-ARR-ClientCert, which App Service uses for its own client-certificate feature",
  source: "Learn: app-service-web-configure-tls-mutual-auth",
});

export const notArrHeader: GatewayRule = (gw) =>
  gw.certificateHeaders
    .filter((h) => h.header.toLowerCase() === "x-arr-clientcert")
    .map((h) => finding(ARR_HEADER, gw.scope, "clientCertificateHeaders", h.header));

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_MTLS_RULES: RuleInfo[] = [PASSTHROUGH_NO_HEADER, CERT_HEADER_IN_CLEAR, CERT_HEADER_OWNED, ARR_HEADER];
