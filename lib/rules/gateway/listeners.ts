// Cross-part rules on listeners, frontend ports and routing-rule priorities: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { ListenerFrontend } from "../../core/enums";
import { Finding, GatewayRule, ListenerBindingView, PartView } from "../view";
import { duplicatesOf, finding } from "./finding";

export const PRIORITY_UNIQUE = defineRule({
  id: RuleId.PRIORITY_UNIQUE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a priority no other routing rule of this gateway has",
  source: "ARM spec ApplicationGatewayRequestRoutingRulePropertiesFormat.priority; azurerm docs",
});

export const prioritiesUnique: GatewayRule = (gw) =>
  duplicatesOf([...gw.routingRules, ...gw.pathBasedRoutingRules, ...gw.httpRedirects, ...gw.layer4RoutingRules].filter((r) => !isUnknown(r.priority)), (r) => r.priority).map(
    ({ item, first }) => finding(PRIORITY_UNIQUE, item, "priority", item.priority, `routing rule "${first.name}" has it`),
  );

export const PORT_PROTOCOL = defineRule({
  id: RuleId.PORT_PROTOCOL,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a frontend port used by HTTPS listeners or by HTTP listeners, not both",
  source: "Learn: application-gateway-components (a listener is a protocol on a frontend port)",
});

export const portsKeepOneProtocol: GatewayRule = (gw) => {
  const httpsPorts = new Map(gw.listeners.map((l) => [l.port, l] as const));
  return gw.httpRedirects
    .filter((r) => httpsPorts.has(r.port))
    .map((r) => finding(PORT_PROTOCOL, r, "port", r.port, `HTTPS listener "${httpsPorts.get(r.port)!.name}" uses it`));
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
  const taken = new Map<string, ListenerBindingView>();
  const findings: Finding[] = [];
  for (const l of [...gw.listeners, ...gw.httpRedirects]) {
    if (isUnknown(l.port) || isUnknown(l.hostNames)) continue;
    const hosts = l.hostNames.length === 0 ? [""] : l.hostNames.filter((h) => !isUnknown(h)).map((h) => h.toLowerCase());
    const keys = hosts.map((h) => `${l.frontend}|${l.port}|${h}`);
    const other = keys.map((k) => taken.get(k)).find((x) => x !== undefined);
    if (other !== undefined) findings.push(finding(LISTENER_UNIQUE, l, "hostNames", l.hostNames, `listener "${other.name}" listens there already`));
    keys.forEach((k) => taken.set(k, taken.get(k) ?? l));
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
  duplicatesOf([...gw.routingRules, ...gw.pathBasedRoutingRules], (r) => r.listener).map(({ item, first }) =>
    finding(LISTENER_ONE_RULE, item, "listener", item.listener.name, `the listener already has routing rule "${first.name}"`),
  );

export const LISTENER_SHADOWED = defineRule({
  id: RuleId.LISTENER_SHADOWED,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "no host name that a listener with a smaller routing-rule priority number on the same frontend and port already matches (a basic listener matches every host, a wildcard host every host it spells): give the basic or wildcard listener's rule the larger priority number",
  source:
    "Learn: multiple-site-overview (v2 processes rules by priority; a basic listener listed first that matches gets the request; shop.contoso.com must be processed before *.contoso.com or it receives no traffic); configuration-listeners (order of processing listeners)",
});

/**
 * Whether a host-name pattern (`*`: any characters, `?`: one) takes every request for `host`
 * from a later listener. The same name twice is AGW-LISTENER-UNIQUE's, not this rule's.
 */
function covers(pattern: string, host: string): boolean {
  if (pattern.toLowerCase() === host.toLowerCase()) return false;
  if (!/[*?]/.test(host)) {
    const glob = pattern.split("").map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[^A-Za-z0-9-]/, "\\$&"))).join("");
    return new RegExp(`^${glob}$`, "i").test(host);
  }
  // A wildcard host is covered by a `*.suffix` pattern when it ends with `.suffix` (`*.shop.contoso.com` by `*.contoso.com`).
  const suffix = /^\*(\..+)$/.exec(pattern)?.[1];
  return suffix !== undefined && host.toLowerCase().endsWith(suffix.toLowerCase());
}

/** The listener and redirect bindings with the priority of the rule that serves each, in the order the gateway tries them. */
function bindingsByPriority(gw: Parameters<GatewayRule>[0]) {
  const served = [
    ...[...gw.routingRules, ...gw.pathBasedRoutingRules].map((r) => ({ binding: r.listener as ListenerBindingView, rule: r as PartView, priority: r.priority })),
    ...gw.httpRedirects.map((h) => ({ binding: h as ListenerBindingView, rule: h as PartView, priority: h.priority })),
  ];
  return served
    .filter((s) => !isUnknown(s.priority) && !isUnknown(s.binding.port) && !isUnknown(s.binding.hostNames) && !s.binding.hostNames.some(isUnknown))
    .sort((a, b) => a.priority - b.priority);
}

export const listenersNotShadowed: GatewayRule = (gw) => {
  const earlier = bindingsByPriority(gw);
  const findings: Finding[] = [];
  earlier.forEach((later, i) => {
    const before = earlier.slice(0, i).filter((e) => e.binding !== later.binding && e.binding.frontend === later.binding.frontend && e.binding.port === later.binding.port);
    for (const host of later.binding.hostNames) {
      const taker = before.find((e) => e.binding.hostNames.length === 0 || e.binding.hostNames.some((p) => covers(p, host)));
      if (taker === undefined) continue;
      const takerHosts = taker.binding.hostNames.length === 0 ? "every host name" : `host names ${JSON.stringify(taker.binding.hostNames)}`;
      findings.push(
        finding(LISTENER_SHADOWED, later.binding, "hostNames", later.binding.hostNames,
          `"${host}" goes to listener "${taker.binding.name}" first: it matches ${takerHosts} and its rule "${taker.rule.name}" has priority ${taker.priority}, before ${later.priority}`),
      );
      break;
    }
  });
  return findings;
};

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

export const LISTENER_FRONTEND = defineRule({
  id: RuleId.LISTENER_FRONTEND,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "a listener on a frontend the gateway has: `ListenerFrontend.PUBLIC` not on a private-only gateway (`publicIp: FrontendPublicIp.none()`), `ListenerFrontend.PUBLIC_IPV6` only with `ipv6PublicIp`",
  source: "Learn: configuration-frontend-ip; Learn: application-gateway-private-deployment (listeners on the private frontend only); ARM: httpListeners[].frontendIPConfiguration references one of the gateway's frontendIPConfigurations",
});

export const listenersOnExistingFrontends: GatewayRule = (gw) => {
  const missing = (f: ListenerFrontend) =>
    (f === ListenerFrontend.PUBLIC && gw.hasPublicFrontend === false) || (f === ListenerFrontend.PUBLIC_IPV6 && gw.hasIpv6Frontend !== true);
  return [...gw.listeners, ...gw.httpRedirects, ...gw.layer4Listeners].filter((l) => missing(l.frontend)).map((l) => finding(LISTENER_FRONTEND, l, "frontend", l.frontend));
};

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_LISTENERS_RULES: RuleInfo[] = [PRIORITY_UNIQUE, PORT_PROTOCOL, LISTENER_UNIQUE, LISTENER_ONE_RULE, LISTENER_SHADOWED, PRIVATE_FRONTEND, LISTENER_FRONTEND];
