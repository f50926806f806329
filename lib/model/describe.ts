// The parts of a gateway, described once in Azure's terms. Every choice the
// library makes for the user (which rewrite set a rule gets, which frontend a
// listener binds, whether backend settings pick the host name) is made here, so
// that the rules and every renderer see the same gateway.
import type { BackendSettings } from "../backend-settings";
import { clientCertificateRewriteSets, FORWARD_REWRITE_SET, STRIP_REWRITE_SET } from "../client-certificate-headers";
import { ListenerFrontend } from "../frontend";
import type { RoutingRule } from "../routing-rule";
import { DeclaredGateway } from "./declared";
import { GatewayPartsModel, ProbeModel } from "./gateway-model";

/** The part-derived half of the gateway model. Linear in the number of parts. */
export function describeParts(gw: DeclaredGateway): GatewayPartsModel {
  const frontend = (l: { frontend: ListenerFrontend }) =>
    l.frontend === ListenerFrontend.PRIVATE ? gw.privateFrontendIpConfigurationName : gw.frontendIpConfigurationName;
  const rewriteSetOf = rewriteSetAssigner(gw);
  const fqdnOnly = fqdnOnlySettings(gw.routingRules);
  const rewriteRuleSets = usedRewriteSets(gw, gw.routingRules.map(rewriteSetOf));
  return {
    frontendPorts: uniqueByName([...gw.listeners, ...gw.httpRedirects].map((l) => ({ name: l.frontendPortName, port: l.port }))),
    sslCertificates: uniqueByName(gw.listeners.map((l) => l.certificate)).map((c) => c._describe()),
    trustedClientCertificates: uniqueByName(gw.sslProfiles.flatMap((p) => p.clientAuthentication.trustedClientCertificates)).map(
      (c) => ({ name: c.name, data: c.data }),
    ),
    sslProfiles: gw.sslProfiles.map((p) => p._describe()),
    httpListeners: [
      ...gw.listeners.map((l) => l._describe(frontend(l))),
      ...gw.httpRedirects.map((h) => h._describeListener(frontend(h))),
    ],
    backendAddressPools: gw.backendPools.map((p) => p._describe()),
    backendHttpSettingsCollection: gw.backendSettings.map((s) => s._describe(fqdnOnly.has(s))),
    probes: gw.backendSettings.map((s) => s._describeProbe()).filter((p): p is ProbeModel => p !== undefined),
    rewriteRuleSets,
    redirectConfigurations: gw.httpRedirects.map((h) => h._describeRedirect()),
    requestRoutingRules: [
      ...gw.routingRules.map((rule) => rule._describe(rewriteSetOf(rule))),
      ...gw.httpRedirects.map((h) => h._describeRule()),
    ],
  };
}

/**
 * Forward the client certificate on rules of listeners that forward it; once
 * any listener does, strip the same headers on every other rule, so no client
 * can send them itself.
 */
function rewriteSetAssigner(gw: DeclaredGateway): (rule: RoutingRule) => string | undefined {
  const anyForwards = gw.listeners.some((l) => l.forwardsClientCertificate);
  return (rule) => {
    if (rule.listener.forwardsClientCertificate) return FORWARD_REWRITE_SET;
    return anyForwards ? STRIP_REWRITE_SET : undefined;
  };
}

/** The certificate-header rewrite sets that some rule uses, in the library's order. */
function usedRewriteSets(gw: DeclaredGateway, assigned: (string | undefined)[]) {
  const used = new Set(assigned);
  return clientCertificateRewriteSets(gw.clientCertificateHeaders).filter((set) => used.has(set.name));
}

/**
 * The backend settings whose every routed pool has only FQDN targets (and
 * that are routed at all): they pick the host name from the backend by default.
 */
export function fqdnOnlySettings(rules: RoutingRule[]): Set<BackendSettings> {
  const verdict = new Map<BackendSettings, boolean>();
  for (const r of rules) verdict.set(r.backendSettings, (verdict.get(r.backendSettings) ?? true) && r.backendPool.hasOnlyFqdnTargets);
  return new Set([...verdict].filter(([, onlyFqdn]) => onlyFqdn).map(([settings]) => settings));
}

/** The first item of each name, in order: parts may share a certificate, a CA or a frontend port. */
export function uniqueByName<T extends { name: string }>(items: T[]): T[] {
  const byName = new Map<string, T>();
  for (const item of items) if (!byName.has(item.name)) byName.set(item.name, item);
  return [...byName.values()];
}
