// Cross-part rules on listeners, frontend ports and routing-rule priorities: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { ListenerFrontend } from "../../core/enums";
import { Finding, GatewayRule } from "../view";
import { duplicates, finding } from "./finding";

export const PRIORITY_UNIQUE = defineRule({
  id: RuleId.PRIORITY_UNIQUE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a priority no other routing rule of this gateway has",
  source: "ARM spec ApplicationGatewayRequestRoutingRulePropertiesFormat.priority; azurerm docs",
});

export const prioritiesUnique: GatewayRule = (gw) =>
  duplicates([...gw.routingRules, ...gw.pathBasedRoutingRules, ...gw.httpRedirects].filter((r) => !isUnknown(r.priority)), (r) => r.priority).map((r) =>
    finding(PRIORITY_UNIQUE, r, "priority", r.priority),
  );

export const PORT_PROTOCOL = defineRule({
  id: RuleId.PORT_PROTOCOL,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a frontend port used by HTTPS listeners or by HTTP listeners, not both",
  source: "Learn: application-gateway-components (a listener is a protocol on a frontend port)",
});

export const portsKeepOneProtocol: GatewayRule = (gw) => {
  const httpsPorts = new Set(gw.listeners.map((l) => l.port));
  return gw.httpRedirects.filter((r) => httpsPorts.has(r.port)).map((r) => finding(PORT_PROTOCOL, r, "port", r.port));
};

export const LISTENER_UNIQUE = defineRule({
  id: RuleId.LISTENER_UNIQUE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "on one frontend and port, at most one basic listener (no host names) and no host name on two listeners (compared ignoring case)",
  source:
    "Learn: multiple-site-overview (listeners on one port are told apart by host name); Azure error ApplicationGatewayHttpListenersUsingSameFrontendPort",
});

export const listenersDistinct: GatewayRule = (gw) => {
  const taken = new Set<string>();
  const findings: Finding[] = [];
  for (const l of [...gw.listeners, ...gw.httpRedirects]) {
    if (isUnknown(l.port) || isUnknown(l.hostNames)) continue;
    const hosts = l.hostNames.length === 0 ? [""] : l.hostNames.filter((h) => !isUnknown(h)).map((h) => h.toLowerCase());
    const keys = hosts.map((h) => `${l.frontend}|${l.port}|${h}`);
    if (keys.some((k) => taken.has(k))) findings.push(finding(LISTENER_UNIQUE, l, "hostNames", l.hostNames));
    keys.forEach((k) => taken.add(k));
  }
  return findings;
};

export const LISTENER_ONE_RULE = defineRule({
  id: RuleId.LISTENER_ONE_RULE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "one routing rule (basic or path-based) per listener",
  source: "Learn: configuration-request-routing-rules (a rule binds one listener); application-gateway limits (1 URL map per listener)",
});

export const oneRulePerListener: GatewayRule = (gw) =>
  duplicates([...gw.routingRules, ...gw.pathBasedRoutingRules], (r) => r.listener).map((r) => finding(LISTENER_ONE_RULE, r, "listener", r.listener.name));

export const PRIVATE_FRONTEND = defineRule({
  id: RuleId.PRIVATE_FRONTEND,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a private listener only on a gateway with `privateFrontendIpAddress`",
  source: "Learn: configuration-frontend-ip",
});

export const privateListenersHaveFrontend: GatewayRule = (gw) =>
  gw.privateFrontendIpAddress !== undefined
    ? []
    : [...gw.listeners, ...gw.httpRedirects]
        .filter((l) => l.frontend === ListenerFrontend.PRIVATE)
        .map((l) => finding(PRIVATE_FRONTEND, l, "frontend", l.frontend));

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_LISTENERS_RULES: RuleInfo[] = [PRIORITY_UNIQUE, PORT_PROTOCOL, LISTENER_UNIQUE, LISTENER_ONE_RULE, PRIVATE_FRONTEND];
