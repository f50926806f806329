// Cross-part rules on layer-4 (TCP/TLS proxy) listeners: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, RuleInfo } from "../../core/rule";
import { ClientAuthMode } from "../../core/enums";
import { RuleId } from "../../core/rule-id";
import { Finding, GatewayRule, ListenerBindingView } from "../view";
import { finding } from "./finding";

export const L4_PORT = defineRule({
  id: RuleId.L4_PORT,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "a frontend port (on one frontend IP) serves either layer-7 listeners (HTTPS, HTTP redirects) or one layer-4 listener (TCP or TLS), not both: a layer-4 listener has no host name to tell connections apart",
  source:
    "Learn: application-gateway-components (a listener is a frontend IP, protocol and port; listeners on one port are told apart by host name, multiple-site-overview); ARM spec 2025-03-01 ApplicationGatewayListenerPropertiesFormat (layer-4 listeners, no Host header to route on); azurerm v4.73.0 applicationGatewayCustomizeDiff (no host_names on a Tcp listener)",
});

export const layer4PortsOwned: GatewayRule = (gw) => {
  const key = (l: ListenerBindingView) => `${l.frontend}|${l.port}`;
  const taken = new Map<string, ListenerBindingView>();
  for (const l of [...gw.listeners, ...gw.httpRedirects]) if (!isUnknown(l.port)) taken.set(key(l), taken.get(key(l)) ?? l);
  const findings: Finding[] = [];
  for (const l of gw.layer4Listeners) {
    if (isUnknown(l.port)) continue;
    const other = taken.get(key(l));
    if (other !== undefined) findings.push(finding(L4_PORT, l, "port", l.port, `listener "${other.name}" listens on the same frontend and port`));
    else taken.set(key(l), l);
  }
  return findings;
};

export const L4_PASSTHROUGH = defineRule({
  id: RuleId.L4_PASSTHROUGH,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "on a TLS listener, an SSL profile without client authentication or with strict client authentication; not passthrough",
  source:
    "Learn: mutual-authentication-overview (mutual authentication on TLS protocol listeners is configured as strict mode, with trusted client CAs; passthrough leaves validation to the backend and hands the certificate over in server variables, i.e. HTTP headers, which a layer-4 proxy does not have); tcp-tls-proxy-overview",
});

export const layer4NoPassthrough: GatewayRule = (gw) =>
  gw.layer4Listeners
    .filter((l) => l.sslProfile?.clientAuthentication.mode === ClientAuthMode.PASSTHROUGH)
    .map((l) => finding(L4_PASSTHROUGH, l, "sslProfile", l.sslProfile!.name, "a passthrough profile"));

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_LAYER4_RULES: RuleInfo[] = [L4_PORT, L4_PASSTHROUGH];
