// Rules that need more than one part of the gateway. Each is a pure function of
// the gateway's parts (cdk-nag style: one rule, one function) and is run by the
// gateway's `node.addValidation`, so a synth lists every problem at once.
// Values that are Terraform expressions (unknown until apply) are skipped.
import type { IConstruct } from "constructs";
import { ClientAuthMode } from "../options/client-authentication";
import { GatewaySku } from "../options/capacity";
import type { RouteProps } from "../parts/route";
import { headerVariables } from "../options/client-certificate-headers";
import { ListenerFrontend } from "../parts/listener-binding";
import { ipv4ToNumber, isIpv4, parseCidr } from "./cidr";
import { nameRule, WAF_POLICY_ID, wafPolicyIdRule } from "./values";
import { Finding, GatewayRule, GatewayView } from "./view";
import { RuleId } from "../core/rule-id";
import { Checked, defineRule, isUnknown, RuleInfo, Severity } from "../core/rule";

type Scope = Finding["scope"];
const finding = (rule: RuleInfo, scope: Scope, prop: string, value: unknown): Finding => ({ rule, scope, prop, value });

/** Every element after the first that shares its key with an earlier one. */
export function duplicates<T, K>(items: T[], key: (item: T) => K): T[] {
  const seen = new Set<K>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}

export const REQUIRED_PARTS = defineRule({
  id: RuleId.REQUIRED,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "at least one HTTPS listener, backend pool, backend settings and routing rule (basic or path-based)",
  source: "azurerm_application_gateway: http_listener, backend_address_pool, backend_http_settings, request_routing_rule are required blocks",
});
export const requiredPartsPresent: GatewayRule = (gw) =>
  (
    [
      ["listeners", gw.listeners.length],
      ["backendPools", gw.backendPools.length],
      ["backendSettings", gw.backendSettings.length],
      ["routingRules", gw.routingRules.length + gw.pathBasedRoutingRules.length],
    ] as const
  )
    .filter(([, count]) => count === 0)
    .map(([prop]) => finding(REQUIRED_PARTS, gw.scope, prop, []));

export const REFERENCE = defineRule({
  id: RuleId.REF,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a part created on this gateway (with its add* methods)",
  source: "ARM: sub-resource ids must point into the same gateway",
});
export const referencesResolve: GatewayRule = (gw) => {
  // Parts live one level below the gateway, in a scope per kind.
  const owned = (part: { node: { scope?: { node: { scope?: unknown } } } } | undefined) =>
    part === undefined || part.node.scope?.node.scope === gw.scope;
  const routeRefs = (scope: Scope, route: RouteProps): [Scope, string, any][] => [
    [scope, "backendPool", route.backendPool],
    [scope, "backendSettings", route.backendSettings],
    [scope, "redirect.targetListener", route.redirect?.targetListener],
    [scope, "rewriteRuleSet", route.rewriteRuleSet],
  ];
  const refs: [Scope, string, { name: string; node: any } | undefined][] = [
    ...gw.listeners.map((l): [Scope, string, any] => [l, "sslProfile", l.sslProfile]),
    ...gw.routingRules.flatMap((r): [Scope, string, any][] => [[r, "listener", r.listener], ...routeRefs(r, r.route)]),
    ...gw.pathBasedRoutingRules.flatMap((r): [Scope, string, any][] => [
      [r, "listener", r.listener],
      ...routeRefs(r, r.route),
      ...r.pathRules.flatMap((p) => routeRefs(p, p.route)),
    ]),
    ...gw.httpRedirects.map((r): [Scope, string, any] => [r, "target", r.target]),
  ];
  return refs.filter(([, , part]) => !owned(part)).map(([scope, prop, part]) => finding(REFERENCE, scope, prop, part!.name));
};

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

export const NAME_UNIQUE = defineRule({
  id: RuleId.NAME_UNIQUE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a name no other part of the same kind on this gateway has, compared ignoring case",
  source:
    "ARM: child resource names are unique per collection (sslProfiles, httpListeners, ...); Learn: resource-name-rules (names are case-insensitive: compare them so)",
});
export const namesUniquePerKind: GatewayRule = (gw) => {
  // Named constructs (constructs 10.6, the cdktn flavour's, adds `with` to IConstruct: a structural `{ node }` no longer is one).
  const kinds: [string, (IConstruct & { readonly name: string })[]][] = [
    ["SSL profile", gw.sslProfiles],
    ["listener", [...gw.listeners, ...gw.httpRedirects]],
    ["backend pool", gw.backendPools],
    ["backend settings", gw.backendSettings],
    ["routing rule", [...gw.routingRules, ...gw.pathBasedRoutingRules, ...gw.httpRedirects]],
    ["rewrite rule set", gw.rewriteRuleSets],
  ];
  return kinds.flatMap(([, parts]) =>
    duplicates(
      parts.filter((p) => !isUnknown(p.name)),
      (p) => p.name.toLowerCase(),
    ).map((p) => finding(NAME_UNIQUE, p, "name", p.name)),
  );
};

export const SHARED_NAME_CONFLICT = defineRule({
  id: RuleId.SHARED_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "one definition per name: certificates, trusted client CAs and frontend ports shared by name must be identical, and one port number has one name",
  source: "ARM: sslCertificates, trustedClientCertificates, frontendPorts are collections keyed by name; frontend port numbers are unique",
});
export const sharedNamesConsistent: GatewayRule = (gw) => {
  const findings: Finding[] = [];
  const conflicts = <T>(items: [Scope, string, T][], key: (t: T) => string, same: (a: T, b: T) => boolean, prop: string) => {
    const first = new Map<string, T>();
    for (const [scope, name, item] of items) {
      const k = key(item);
      const seen = first.get(k);
      if (seen === undefined) first.set(k, item);
      else if (!same(seen, item)) findings.push(finding(SHARED_NAME_CONFLICT, scope, prop, name));
    }
  };
  conflicts(
    gw.listeners.map((l): [Scope, string, typeof l.certificate] => [l, l.certificate.name, l.certificate]),
    (c) => c.name,
    (a, b) => a === b,
    "certificate",
  );
  conflicts(
    gw.sslProfiles.flatMap((p) => p.clientAuthentication.trustedClientCertificates.map((ca): [Scope, string, typeof ca] => [p, ca.name, ca])),
    (ca) => ca.name,
    (a, b) => a.data === b.data,
    "clientAuthentication.trustedClientCertificates",
  );
  const ports = [...gw.listeners, ...gw.httpRedirects].map((l): [Scope, string, { name: string; port: number }] => [
    l,
    l.frontendPortName,
    { name: l.frontendPortName, port: l.port },
  ]);
  conflicts(ports, (p) => p.name, (a, b) => a.port === b.port, "frontendPortName");
  conflicts(ports, (p) => String(p.port), (a, b) => a.name === b.name, "frontendPortName");
  return findings;
};

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

export const SECRET_LITERAL = defineRule({
  id: RuleId.SECRET,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "a Terraform expression (a sensitive TerraformVariable, a Key Vault reference, Fn.filebase64(...)): a literal would be written in clear into cdk.tf.json",
  source: "this library's secrets policy; Terraform docs, sensitive input variables",
});
/** Shown instead of a secret value in a message. */
export const HIDDEN = "(a literal, not shown)";
export const secretsAreNotLiterals: GatewayRule = (gw) =>
  gw.listeners
    .filter((l) => l.certificate._secretValues.some((v) => !isUnknown(v)))
    .map((l) => finding(SECRET_LITERAL, l, "certificate", HIDDEN));

export const KEY_VAULT_IDENTITY = defineRule({
  id: RuleId.KV_IDENTITY,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a Key Vault certificate only on a gateway with a user-assigned identity (set `identity: GatewayIdentity.create()`)",
  source: "Learn: key-vault-certs (Application Gateway reads Key Vault with a user-assigned managed identity)",
});
export const keyVaultNeedsIdentity: GatewayRule = (gw) =>
  gw.hasIdentity
    ? []
    : [
        ...gw.listeners.filter((l) => l.certificate.keyVaultSecretId !== undefined).map((l) => finding(KEY_VAULT_IDENTITY, l, "certificate", l.certificate.name)),
        ...gw.backendSettings.flatMap((s) =>
          s.trustedRootCertificates.filter((c) => c.keyVaultSecretId !== undefined).map((c) => finding(KEY_VAULT_IDENTITY, s, "trustedRootCertificates", c.name)),
        ),
      ];

export const TLS_FAMILY = defineRule({
  id: RuleId.TLS_FAMILY,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "TLS policies of one family on a gateway: 2022 (AppGwSslPolicy2022*, CustomV2) or older (AppGwSslPolicy20170401S, Custom), not both",
  source: "Learn: application-gateway-ssl-policy-overview (2022 policies cannot coexist with older ones)",
});
export const tlsPoliciesOneFamily: GatewayRule = (gw) => {
  const base = gw.sslPolicy.family;
  if (base === undefined) return [];
  return gw.sslProfiles
    .filter((p) => p.sslPolicy?.family !== undefined && p.sslPolicy.family !== base)
    .map((p) => finding(TLS_FAMILY, p, "sslPolicy", p.sslPolicy!.policyName ?? p.sslPolicy!.policyType));
};

export const SUBNET_DELEGATED = defineRule({
  id: RuleId.SUBNET_DELEGATION,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a v2 gateway subnet delegated to Microsoft.Network/applicationGateways",
  source: "Learn: configuration-infrastructure; ApplicationGatewayNetworkIsolationRequiresSubnetDelegation",
});
export const subnetDelegated: GatewayRule = (gw) =>
  !gw.subnet.delegated ? [finding(SUBNET_DELEGATED, gw.scope, "subnet.delegated", false)] : [];

/** Azure keeps 5 addresses of every subnet (network, broadcast and three for itself). */
const AZURE_RESERVED_ADDRESSES = 5;

export const SUBNET_CAPACITY = defineRule({
  id: RuleId.SUBNET_SIZE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a gateway subnet with room for the maximum instance count, a private frontend IP if any, and Azure's 5 reserved addresses",
  source: "Learn: configuration-infrastructure, Size of the subnet",
});
export const subnetHoldsInstances: GatewayRule = (gw) => {
  const block = gw.subnet.addressPrefix === undefined ? undefined : parseCidr(gw.subnet.addressPrefix);
  if (!block) return [];
  const needed = gw.capacity.maxInstances + AZURE_RESERVED_ADDRESSES + (gw.privateFrontendIpAddress ? 1 : 0);
  return block.size < needed ? [finding(SUBNET_CAPACITY, gw.scope, "subnet.addressPrefix", gw.subnet.addressPrefix)] : [];
};

export const SUBNET_RECOMMENDED = defineRule({
  id: RuleId.SUBNET_SMALL,
  severity: Severity.WARNING,
  checked: Checked.AT_SYNTH,
  allowed: "a /24 gateway subnet (Microsoft's recommendation: room for 125 instances and later changes)",
  source: "Learn: configuration-infrastructure, Size of the subnet",
});
export const subnetRecommendedSize: GatewayRule = (gw) => {
  const block = gw.subnet.addressPrefix === undefined ? undefined : parseCidr(gw.subnet.addressPrefix);
  return block && block.prefix > 24 ? [finding(SUBNET_RECOMMENDED, gw.scope, "subnet.addressPrefix", gw.subnet.addressPrefix)] : [];
};

export const PRIVATE_IP_IN_SUBNET = defineRule({
  id: RuleId.PRIVATE_IP_SUBNET,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a private frontend IP inside the gateway subnet, not one of Azure's reserved addresses (the first four and the last)",
  source: "Learn: configuration-frontend-ip; virtual-network FAQ (reserved addresses)",
});
export const privateIpInSubnet: GatewayRule = (gw) => {
  const ip = gw.privateFrontendIpAddress;
  const block = gw.subnet.addressPrefix === undefined ? undefined : parseCidr(gw.subnet.addressPrefix);
  if (ip === undefined || !isIpv4(ip) || !block) return [];
  const offset = ipv4ToNumber(ip) - block.start;
  return offset >= 4 && offset < block.size - 1 ? [] : [finding(PRIVATE_IP_IN_SUBNET, gw.scope, "privateFrontendIpAddress", ip)];
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

export const PROBE_HOST = defineRule({
  id: RuleId.PROBE_HOST,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "a probe that takes its host from backend settings only when those settings have a hostName or pick it from the backend (FQDN pools); else give the probe a host",
  source: "Learn: application-gateway-probe-overview; application-gateway-web-app-overview",
});
export const probesHaveHost: GatewayRule = (gw) => {
  const picks = new Set(gw.model.backendHttpSettingsCollection.filter((s) => s.pickHostNameFromBackendAddress).map((s) => s.name));
  return gw.backendSettings
    .filter((s) => s.healthProbe !== undefined && s.healthProbe.host === undefined)
    .filter((s) => s.hostName === undefined && !picks.has(s.name))
    .map((s) => finding(PROBE_HOST, s, "healthProbe.host", undefined));
};

export const LIMITS = defineRule({
  id: RuleId.LIMIT,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "Azure's per-gateway limits: 100 frontend ports, 100 backend pools, 1200 targets per pool, 200 listeners of which 100 active (routing to a backend pool), 400 routing rules, 100 backend settings, 100 SSL certificates, 200 trusted client CAs, 100 redirect configurations, 400 rewrite rule sets, 40 header configurations per rewrite set",
  source: "Learn: azure-subscription-service-limits, Application Gateway limits (2024-06); application-gateway-faq (active listeners)",
});
export const withinLimits: GatewayRule = (gw) => {
  const count = (names: string[]) => new Set(names).size;
  const listeners = [...gw.listeners, ...gw.httpRedirects];
  const limits: [string, number, number][] = [
    ["frontendPorts", count(listeners.map((l) => l.frontendPortName)), 100],
    ["backendPools", gw.backendPools.length, 100],
    ["listeners", listeners.length, 200],
    ["routingRules", gw.model.requestRoutingRules.length, 400],
    ["trustedRootCertificates", gw.model.trustedRootCertificates.length, 100],
    ["backendSettings", gw.backendSettings.length, 100],
    ["sslCertificates", count(gw.listeners.map((l) => l.certificate.name)), 100],
    ["trustedClientCertificates", count(gw.sslProfiles.flatMap((p) => p.clientAuthentication.trustedClientCertificates.map((c) => c.name))), 200],
    // Active: a listener whose rule sends traffic to a backend pool; redirect-only ones do not count.
    ["activeListeners", count(gw.model.requestRoutingRules.filter((r) => r.backendAddressPool !== undefined).map((r) => r.httpListener)), 100],
    ["redirectConfigurations", gw.model.redirectConfigurations.length, 100],
    ["rewriteRuleSets", gw.model.rewriteRuleSets.length, 400],
    [
      "rewriteRuleSets[].headerConfigurations",
      Math.max(0, ...gw.model.rewriteRuleSets.map((s) => s.rewriteRules.reduce((n, r) => n + r.requestHeaderConfigurations.length, 0))),
      40,
    ],
  ];
  return [
    ...limits.filter(([, n, max]) => n > max).map(([prop, n]) => finding(LIMITS, gw.scope, prop, `${n} of them`)),
    ...gw.pathBasedRoutingRules
      .filter((r) => r.pathRules.length > 100)
      .map((r) => finding(LIMITS, r, "pathRules", `${r.pathRules.length} of them`)),
    ...gw.backendPools
      .filter((p) => p.fqdns.length + p.ipAddresses.length > 1200)
      .map((p) => finding(LIMITS, p, "targets", `${p.fqdns.length + p.ipAddresses.length} of them`)),
  ];
};

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
function routesOfListeners(gw: GatewayView): [GatewayView["listeners"][number], Scope, RouteProps][] {
  return [
    ...gw.routingRules.map((r): [any, Scope, RouteProps] => [r.listener, r, r.route]),
    ...gw.pathBasedRoutingRules.flatMap((r): [any, Scope, RouteProps][] => [
      [r.listener, r, r.route],
      ...r.pathRules.map((p): [any, Scope, RouteProps] => [r.listener, p, p.route]),
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
  const owned = new Set(headerVariables(gw.clientCertificateHeaders).map((h) => h.header.toLowerCase()));
  return gw.rewriteRuleSets.flatMap((set) =>
    set.requestHeaderNames.filter((h) => owned.has(h.toLowerCase())).map((h) => finding(CERT_HEADER_OWNED, set, "rules[].requestHeaders[].headerName", h)),
  );
};

export const REROUTE = defineRule({
  id: RuleId.REROUTE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "URL rewrites that re-evaluate the path map (reroute) only on path-based routes, and there in a set with at least one rule that is conditional or does not reroute",
  source: "Learn: rewrite-http-headers-url (Reevaluate path map is not allowed for basic rules; path-based rules need one conditional or non-rerouting rule)",
});
export const reroutesOnPathMaps: GatewayRule = (gw) => [
  ...gw.routingRules.filter((r) => r.route.rewriteRuleSet?.reroutes).map((r) => finding(REROUTE, r, "rewriteRuleSet", r.route.rewriteRuleSet!.name)),
  ...gw.pathBasedRoutingRules
    .flatMap((r): [Scope, RouteProps][] => [[r, r.route], ...r.pathRules.map((p): [Scope, RouteProps] => [p, p.route])])
    .filter(([, route]) => route.rewriteRuleSet?.reroutes && !route.rewriteRuleSet.hasNonLoopingRule)
    .map(([scope, route]) => finding(REROUTE, scope, "rewriteRuleSet", route.rewriteRuleSet!.name)),
];

export const PART_WAF_POLICY = defineRule({
  id: RuleId.PART_WAF_POLICY,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a listener or path WAF policy only on a WAF_v2 gateway",
  source: "Learn: web-application-firewall/ag/policy-overview (WAF policy associations only on WAF_v2)",
});
/** Listener and path-rule WAF policies: on WAF_v2 only, and each id well-formed (see AGW-WAF-POLICY-ID). */
export const partWafPolicies: GatewayRule = (gw) => {
  const parts: [Scope, string][] = [
    ...gw.listeners.filter((l) => l.firewallPolicyId !== undefined).map((l): [Scope, string] => [l, l.firewallPolicyId!]),
    ...gw.pathBasedRoutingRules.flatMap((r) =>
      r.pathRules.filter((p) => p.firewallPolicyId !== undefined).map((p): [Scope, string] => [p, p.firewallPolicyId!]),
    ),
  ];
  return parts.flatMap(([scope, id]) => [
    ...(gw.sku === GatewaySku.WAF_V2 ? [] : [finding(PART_WAF_POLICY, scope, "firewallPolicyId", id)]),
    ...(wafPolicyIdRule([gw.azurermReadsIds, id]) ? [finding(WAF_POLICY_ID, scope, "firewallPolicyId", id)] : []),
  ]);
};

export const FIPS_TLS = defineRule({
  id: RuleId.FIPS_TLS,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "with FIPS on, TLS policies AppGwSslPolicy20220101, AppGwSslPolicy20220101S or CustomV2 only",
  source: "Learn: fips (FIPS 140 in Application Gateway: supported TLS policies)",
});
export const fipsTlsPolicies: GatewayRule = (gw) => {
  if (gw.model.enableFips !== true) return [];
  const fipsOk = (p: { policyType?: string; policyName?: string }) =>
    p.policyType === "CustomV2" || (p.policyName !== undefined && (isUnknown(p.policyName) || p.policyName.startsWith("AppGwSslPolicy2022")));
  return [
    ...(fipsOk(gw.sslPolicy) ? [] : [finding(FIPS_TLS, gw.scope, "sslPolicy", gw.sslPolicy.policyName ?? gw.sslPolicy.policyType)]),
    ...gw.sslProfiles.filter((p) => p.sslPolicy && !fipsOk(p.sslPolicy)).map((p) => finding(FIPS_TLS, p, "sslPolicy", p.sslPolicy!.policyName ?? p.sslPolicy!.policyType)),
  ];
};

export const WAF_BUFFERING = defineRule({
  id: RuleId.WAF_BUFFERING,
  severity: Severity.WARNING,
  checked: Checked.AT_SYNTH,
  allowed: "request buffering left on with WAF_v2: the WAF buffers requests anyway, so turning it off has no effect",
  source: "Learn: proxy-buffers (request buffering can't be disabled on the WAF SKU)",
});
export const wafKeepsRequestBuffering: GatewayRule = (gw) =>
  gw.sku === GatewaySku.WAF_V2 && gw.model.globalConfiguration?.enableRequestBuffering === false
    ? [finding(WAF_BUFFERING, gw.scope, "requestBuffering", false)]
    : [];

export const DERIVED_NAMES = defineRule({
  id: RuleId.DERIVED_NAMES,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "names the library derives (a redirect of a rule or path rule: `<rule>-<path rule>`; a merged rewrite set: `<set>-mtls-forward`/`-mtls-strip`) that follow the name rule and collide with no other of their kind",
  source: "Learn: resource-name-rules (1–80 characters ...); ARM: child names unique per collection",
});
export const derivedNamesValid: GatewayRule = (gw) => {
  const collections: [string, { name: string }[]][] = [
    ["redirectConfigurations", gw.model.redirectConfigurations],
    ["rewriteRuleSets", gw.model.rewriteRuleSets],
  ];
  return collections.flatMap(([prop, items]) => [
    ...items.filter((i) => !isUnknown(i.name) && nameRule(i.name) !== undefined).map((i) => finding(DERIVED_NAMES, gw.scope, prop, i.name)),
    ...duplicates(items.filter((i) => !isUnknown(i.name)), (i) => i.name.toLowerCase()).map((i) => finding(DERIVED_NAMES, gw.scope, prop, i.name)),
  ]);
};

export const ARR_HEADER = defineRule({
  id: RuleId.ARR_HEADER,
  severity: Severity.WARNING,
  checked: Checked.AT_SYNTH,
  allowed: "a header name other than X-ARR-ClientCert, which App Service uses for its own client-certificate feature",
  source: "Learn: app-service-web-configure-tls-mutual-auth",
});
export const notArrHeader: GatewayRule = (gw) =>
  headerVariables(gw.clientCertificateHeaders)
    .filter((h) => h.header.toLowerCase() === "x-arr-clientcert")
    .map((h) => finding(ARR_HEADER, gw.scope, "clientCertificateHeaders", h.header));

export const AZAPI_PROVIDER = defineRule({
  id: RuleId.AZAPI_PROVIDER,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "a stack that declares a provider of type azapi when the gateway needs one (a passthrough patch, or the single-resource deployment): `new azapi.provider.AzapiProvider(stack, \"azapi\", {})` from this library, or your own bindings, aliased or not",
  source: "Terraform: a resource's provider must be declared in required_providers, or init looks for hashicorp/azapi",
});

export const ESCAPE_HATCH = defineRule({
  id: RuleId.ESCAPE_HATCH,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "blocks the library writes from the gateway's parts set through the gateway's add* methods, not on `gateway.resource`, where the library would replace them",
  source: "this library: the gateway's part blocks are written whole from its parts at synth",
});

/** Which add* method writes each azurerm block of the gateway. */
export const BLOCK_METHODS: { [block: string]: string } = {
  frontendPort: "addHttpsListener / addHttpRedirect (port, frontendPortName)",
  httpListener: "addHttpsListener / addHttpRedirect",
  backendAddressPool: "addBackendPool",
  backendHttpSettings: "addBackendSettings",
  requestRoutingRule: "addRoutingRule / addHttpRedirect",
  sslCertificate: "addHttpsListener (certificate)",
  trustedClientCertificate: "addSslProfile (ClientAuthentication.strict)",
  sslProfile: "addSslProfile",
  probe: "addBackendSettings (healthProbe)",
  rewriteRuleSet: "addRewriteRuleSet (merged with the gateway's clientCertificateHeaders)",
  redirectConfiguration: "addHttpRedirect, or a Redirect on a routing rule",
  trustedRootCertificate: "addBackendSettings (trustedRootCertificates)",
  urlPathMap: "addPathBasedRoutingRule",
};

/** The value an AGW-ESCAPE-HATCH message gives a block set on the resource: where to set it instead. */
export const setOnResource = (block: string): string => `set on the resource; use ${BLOCK_METHODS[block] ?? "the gateway's add* methods"}`;

export const escapeHatchUntouched: GatewayRule = (gw) => gw.blocksSetElsewhere.map((block) => finding(ESCAPE_HATCH, gw.resourceScope, block, setOnResource(block)));

/** Every cross-part rule, in the order they run. */
export const GATEWAY_RULES: GatewayRule[] = [
  requiredPartsPresent,
  referencesResolve,
  prioritiesUnique,
  namesUniquePerKind,
  sharedNamesConsistent,
  portsKeepOneProtocol,
  listenersDistinct,
  oneRulePerListener,
  secretsAreNotLiterals,
  keyVaultNeedsIdentity,
  tlsPoliciesOneFamily,
  subnetDelegated,
  subnetHoldsInstances,
  subnetRecommendedSize,
  privateIpInSubnet,
  privateListenersHaveFrontend,
  probesHaveHost,
  withinLimits,
  passthroughForwards,
  forwardedCertOverTls,
  notArrHeader,
  escapeHatchUntouched,
  certificateHeadersOwned,
  reroutesOnPathMaps,
  partWafPolicies,
  fipsTlsPolicies,
  wafKeepsRequestBuffering,
  derivedNamesValid,
];

export function checkGateway(gw: GatewayView): Finding[] {
  return GATEWAY_RULES.flatMap((rule) => rule(gw));
}
