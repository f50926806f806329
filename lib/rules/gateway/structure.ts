// Cross-part rules on the gateway as a whole: required parts, references, names, limits and blocks set on the resource: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { HttpsListenerView, RouteView } from "../view";
import { nameRule } from "../values/names";
import { Finding, GatewayRule, GatewayView } from "../view";
import { duplicates, duplicatesOf, finding, Scope } from "./finding";
import { IConstruct } from "constructs";
import type { GatewayModel, RewriteRuleSetModel } from "../../model/gateway-model";

export const REQUIRED_PARTS = defineRule({
  id: RuleId.REQUIRED,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "at least one listener (HTTPS, or layer-4 TCP/TLS), backend pool, backend settings (HTTP or layer-4) and routing rule (basic, path-based or layer-4)",
  source:
    "azurerm_application_gateway: backend_address_pool required; http_listener or listener, backend_http_settings or backend, request_routing_rule or routing_rule (AtLeastOneOf since v4.67.0, application_gateway_resource.go; all of the first kind required before)",
});

export const requiredPartsPresent: GatewayRule = (gw) =>
  (
    [
      ["listeners", gw.listeners.length + gw.layer4Listeners.length],
      ["backendPools", gw.backendPools.length],
      ["backendSettings", gw.backendSettings.length + gw.layer4BackendSettings.length],
      ["routingRules", gw.routingRules.length + gw.pathBasedRoutingRules.length + gw.layer4RoutingRules.length],
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
  const routeRefs = (scope: Scope, route: RouteView): [Scope, string, any][] => [
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

export const NAME_UNIQUE = defineRule({
  id: RuleId.NAME_UNIQUE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "a name no other part of the same kind on this gateway has (path rules: of the same URL path map), compared ignoring case; likewise every named collection the gateway is given (frontend IP configurations, frontend ports, SSL certificates, trusted client and root certificates, health probes): items shared by name must be spelled the same",
  source:
    "ARM: child resource names are unique per collection (sslProfiles, httpListeners, frontendIPConfigurations, frontendPorts, probes, ...; a URL path map's pathRules: sub-resource ids are <gateway id>/<collection>/<name>); Learn: resource-name-rules (names are case-insensitive: compare them so)",
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
  // Path rules are keyed by name inside their URL path map (pathRules are its child resources).
  for (const rule of gw.pathBasedRoutingRules) kinds.push([`path rule of ${rule.name}`, rule.pathRules]);
  const parts = kinds.flatMap(([kind, parts]) =>
    duplicatesOf(
      parts.filter((p) => !isUnknown(p.name)),
      (p) => p.name.toLowerCase(),
    ).map(({ item, first }) => finding(NAME_UNIQUE, item, "name", item.name, `the ${kind} ${first.node.path} has it`)),
  );
  // Probes (named by their backend settings) and the other collections are checked as rendered.
  return [...parts, ...renderedNamesUnique(gw)];
};

/**
 * The collections the parts share by name (a port, a certificate) or that the library names: as rendered,
 * two items whose names differ only in case are two children Azure takes for one.
 */
function renderedNamesUnique(gw: GatewayView): Finding[] {
  const m = gw.model;
  const bindings = [...gw.listeners, ...gw.httpRedirects];
  // The part that gave a name: the last of those that did (the first keeps it), or the gateway where no part did.
  const last = <T>(items: T[], gave: (item: T) => boolean) => [...items].reverse().find(gave);
  // Each collection, the prop that names its items, and the part that gave a name.
  const collections: [string, { name: string }[], string, (name: string) => Scope | undefined][] = [
    ["frontendIPConfigurations", m.frontendIPConfigurations, "privateFrontendIpConfigurationName", () => undefined],
    ["frontendPorts", m.frontendPorts, "frontendPortName", (n) => last(bindings, (l) => l.frontendPortName === n)],
    ["sslCertificates", m.sslCertificates, "certificate.name", (n) => last(gw.listeners, (l) => l.certificate.name === n)],
    [
      "trustedClientCertificates",
      m.trustedClientCertificates,
      "clientAuthentication.trustedClientCertificates[].name",
      (n) => last(gw.sslProfiles, (p) => p.clientAuthentication.trustedClientCertificates.some((c) => c.name === n)),
    ],
    ["trustedRootCertificates", m.trustedRootCertificates, "trustedRootCertificates[].name", (n) => last(gw.backendSettings, (b) => b.trustedRootCertificates.some((c) => c.name === n))],
    ["probes", m.probes, "healthProbe.name", (n) => last(gw.backendSettings, (b) => b.healthProbe !== undefined && b.probeName === n)],
  ];
  return collections.flatMap(([collection, items, prop, givenBy]) =>
    duplicatesOf(
      items.filter((i) => !isUnknown(i.name)),
      (i) => i.name.toLowerCase(),
    ).map(({ item, first }) =>
      finding(NAME_UNIQUE, givenBy(item.name) ?? gw.scope, prop, item.name, `${collection} has "${first.name}" already: Azure compares these names ignoring case`),
    ),
  );
}

export const SHARED_NAME_CONFLICT = defineRule({
  id: RuleId.SHARED_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "one definition per name: certificates, trusted client CAs, trusted root certificates, frontend ports and JWT validation configurations shared by name must be identical, and one port number has one name",
  source:
    "ARM: sslCertificates, trustedClientCertificates, trustedRootCertificates, frontendPorts, entraJWTValidationConfigs are collections keyed by name; frontend port numbers are unique",
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
  // Two certificate objects with the same contents (the same Key Vault secret, say) are one certificate.
  const content = (c: HttpsListenerView["certificate"]) => JSON.stringify([c.keyVaultSecretId, c.keyVaultId, c._secrets]);
  conflicts(
    gw.listeners.map((l): [Scope, string, typeof l.certificate] => [l, l.certificate.name, l.certificate]),
    (c) => c.name,
    (a, b) => a === b || content(a) === content(b),
    "certificate",
  );
  conflicts(
    gw.backendSettings.flatMap((s) => s.trustedRootCertificates.map((root): [Scope, string, typeof root] => [s, root.name, root])),
    (root) => root.name,
    (a, b) => a.data === b.data && a.keyVaultSecretId === b.keyVaultSecretId,
    "trustedRootCertificates",
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
  conflicts(
    [...gw.routingRules, ...gw.pathBasedRoutingRules].flatMap((r) => (r.jwtValidation ? [[r, r.jwtValidation.name, r.jwtValidation] as [Scope, string, typeof r.jwtValidation]] : [])),
    (j) => j.name,
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
    "jwtValidation",
  );
  return findings;
};

export const LIMITS = defineRule({
  id: RuleId.LIMIT,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "Azure's per-gateway limits, counted on what the gateway is given (merged rewrite sets, the listeners of HTTP redirects, shared certificates once): 100 frontend ports, 100 backend pools, 1200 targets per pool, 200 listeners of which 100 active (routing to a backend pool), 400 routing rules, 100 backend settings, 100 SSL certificates, 200 trusted client CAs, 100 trusted root certificates, 100 redirect configurations, 400 rewrite rule sets, 40 header or URL configurations per rewrite set, 100 path rules per URL path map",
  source:
    "Learn: azure-subscription-service-limits, Application Gateway limits (2024-06: frontend ports, backend address pools, backend targets per pool, HTTP listeners, HTTP load-balancing rules, backend HTTP settings, SSL certificates, trusted client CA certificates, trusted root certificates, redirect configurations, rewrite rule sets, header or URL configurations per rewrite rule set, path-based rules per URL map); application-gateway-faq (active listeners)",
});

export const withinLimits: GatewayRule = (gw) => {
  const m = gw.model;
  const limits: [string, number, number][] = [
    ["frontendPorts", m.frontendPorts.length, 100],
    ["backendPools", m.backendAddressPools.length, 100],
    // Every listener Azure is given: HTTPS listeners and the HTTP listener of each redirect.
    ["listeners", m.httpListeners.length, 200],
    ["routingRules", m.requestRoutingRules.length, 400],
    ["trustedRootCertificates", m.trustedRootCertificates.length, 100],
    ["backendSettings", m.backendHttpSettingsCollection.length, 100],
    ["sslCertificates", m.sslCertificates.length, 100],
    ["trustedClientCertificates", m.trustedClientCertificates.length, 200],
    // Active: a listener whose rule sends traffic to a backend pool; redirect-only ones do not count.
    ["activeListeners", new Set(m.requestRoutingRules.filter(routesToBackend(m)).map((r) => r.httpListener)).size, 100],
    ["redirectConfigurations", m.redirectConfigurations.length, 100],
    ["rewriteRuleSets", m.rewriteRuleSets.length, 400],
  ];
  // A set as Azure gets it: the user's rules merged with the library's certificate rule; a URL rewrite is one configuration.
  const configurations = (set: RewriteRuleSetModel) =>
    set.rewriteRules.reduce((n, r) => n + r.requestHeaderConfigurations.length + r.responseHeaderConfigurations.length + (r.urlConfiguration ? 1 : 0), 0);
  return [
    ...limits.filter(([, n, max]) => n > max).map(([prop, n]) => finding(LIMITS, gw.scope, prop, `${n} of them`)),
    ...m.rewriteRuleSets
      .filter((set) => configurations(set) > 40)
      .map((set) => finding(LIMITS, gw.scope, "rewriteRuleSets[].headerConfigurations", `${configurations(set)} of them`, `in the rewrite set "${set.name}" as rendered`)),
    ...gw.pathBasedRoutingRules
      .filter((r) => r.pathRules.length > 100)
      .map((r) => finding(LIMITS, r, "pathRules", `${r.pathRules.length} of them`)),
    ...gw.backendPools
      .filter((p) => p.fqdns.length + p.ipAddresses.length > 1200)
      .map((p) => finding(LIMITS, p, "targets", `${p.fqdns.length + p.ipAddresses.length} of them`)),
  ];
};

/** A rule that sends requests to a backend pool: directly, or through a path map whose default or path rules do. */
const routesToBackend = (m: GatewayModel) => (r: GatewayModel["requestRoutingRules"][number]) => {
  if (r.backendAddressPool !== undefined) return true;
  const map = r.urlPathMap === undefined ? undefined : m.urlPathMaps.find((p) => p.name === r.urlPathMap);
  return map !== undefined && (map.defaultTarget.backendAddressPool !== undefined || map.pathRules.some((p) => p.backendAddressPool !== undefined));
};

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

export const AZAPI_PROVIDER = defineRule({
  id: RuleId.AZAPI_PROVIDER,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "a stack that declares a provider of type azapi when the gateway needs one (a passthrough patch, or the single-resource deployment): `new AzapiProvider(stack, \"azapi\", {})` from this library, or your own bindings, aliased or not",
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

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_STRUCTURE_RULES: RuleInfo[] = [REQUIRED_PARTS, REFERENCE, NAME_UNIQUE, SHARED_NAME_CONFLICT, LIMITS, DERIVED_NAMES, AZAPI_PROVIDER, ESCAPE_HATCH];
