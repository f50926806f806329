// The parts of a gateway, described once in Azure's terms. Every choice the
// library makes for the user (which rewrite set a route gets, which frontend a
// listener binds, whether backend settings pick the host name, the names of
// redirects and merged rewrite sets) is made here, so that the rules and every
// renderer see the same gateway.
import type { BackendSettings } from "../parts/backend-settings";
import { CertificateHeaderMode, certificateHeaderRewriteRule, clientCertificateSetName } from "../options/client-certificate-headers";
import { ListenerFrontend } from "../core/enums";
import type { HttpsListener } from "../parts/https-listener";
import type { RewriteRuleSet } from "../parts/rewrite-rule-set";
import type { RouteProps } from "../parts/route";
import { DeclaredGateway } from "./declared";
import { TlsListener } from "../parts/layer4-listener";
import { GatewayPartsModel, Layer4ProbeModel, ProbeModel, RedirectConfigurationModel, RewriteRuleSetModel } from "../model/gateway-model";

/** The part-derived half of the gateway model. Linear in the number of parts. */
export function describeParts(gw: DeclaredGateway): GatewayPartsModel {
  const frontend = (l: { frontend: ListenerFrontend }) =>
    l.frontend === ListenerFrontend.PRIVATE
      ? gw.privateFrontendIpConfigurationName
      : l.frontend === ListenerFrontend.PUBLIC_IPV6 && gw.ipv6FrontendIpConfigurationName !== undefined
        ? gw.ipv6FrontendIpConfigurationName
        : gw.frontendIpConfigurationName;
  const sets = new RewriteSets(gw);
  const fqdnOnly = fqdnOnlySettings(gw);
  const pathRules = gw.pathBasedRoutingRules;
  const tlsListeners = gw.layer4Listeners.filter((l): l is TlsListener => l instanceof TlsListener);
  const redirects: RedirectConfigurationModel[] = [
    ...gw.httpRedirects.map((h) => h._describeRedirect()),
    ...gw.routingRules.filter((r) => r.route.redirect).map((r) => r.route.redirect!._describe(r.name)),
    ...pathRules.flatMap((r) => [
      ...(r.route.redirect ? [r.route.redirect._describe(r._redirectName())] : []),
      ...r.pathRules.filter((p) => p.route.redirect).map((p) => p.route.redirect!._describe(r._redirectName(p))),
    ]),
  ];
  const routingRules = gw.routingRules.map((rule) => rule._describe(sets.nameFor(rule.listener, rule.route)));
  const urlPathMaps = pathRules.map((rule) => rule._describeMap((route) => sets.nameFor(rule.listener, route)));
  return {
    frontendPorts: uniqueByName([...gw.listeners, ...gw.httpRedirects, ...gw.layer4Listeners].map((l) => ({ name: l.frontendPortName, port: l.port }))),
    sslCertificates: uniqueByName([...gw.listeners, ...tlsListeners].map((l) => l.certificate)).map((c) => c._describe()),
    trustedClientCertificates: uniqueByName(gw.sslProfiles.flatMap((p) => p.clientAuthentication.trustedClientCertificates)).map(
      (c) => ({ name: c.name, data: c.data }),
    ),
    trustedRootCertificates: uniqueByName([...gw.backendSettings, ...gw.layer4BackendSettings].flatMap((s) => s.trustedRootCertificates)).map((c) => c._describe()),
    sslProfiles: gw.sslProfiles.map((p) => p._describe()),
    httpListeners: [
      ...gw.listeners.map((l) => l._describe(frontend(l))),
      ...gw.httpRedirects.map((h) => h._describeListener(frontend(h))),
    ],
    backendAddressPools: gw.backendPools.map((p) => p._describe()),
    backendHttpSettingsCollection: gw.backendSettings.map((s) => s._describe(fqdnOnly.has(s))),
    probes: gw.backendSettings.map((s) => s._describeProbe()).filter((p): p is ProbeModel => p !== undefined),
    rewriteRuleSets: sets.used(),
    redirectConfigurations: redirects,
    urlPathMaps,
    requestRoutingRules: [
      ...routingRules,
      ...gw.httpRedirects.map((h) => h._describeRule()),
      ...pathRules.map((rule) => rule._describe()),
    ],
    entraJWTValidationConfigs: uniqueByName(
      [...gw.routingRules, ...pathRules].flatMap((r) => (r.jwtValidation === undefined ? [] : [r.jwtValidation])),
    ).map((j) => j._describe()),
    listeners: gw.layer4Listeners.map((l) => l._describe(frontend(l))),
    routingRules: gw.layer4RoutingRules.map((r) => r._describe()),
    backendSettingsCollection: gw.layer4BackendSettings.map((s) => s._describe()),
    layer4Probes: gw.layer4BackendSettings.map((s) => s._describeProbe()).filter((p): p is Layer4ProbeModel => p !== undefined),
    loadDistributionPolicies: gw.loadDistributionPolicies.map((p) => p._describe()),
  };
}

/**
 * The rewrite set each route gets. Azure takes one set per route, so the
 * user's set (if any) and the library's client-certificate rule are merged:
 * forward on routes of listeners that forward the certificate; once any
 * listener does, strip the same headers on every other route, so no client can
 * send them itself.
 */
class RewriteSets {
  private readonly anyForwards: boolean;
  private readonly byName = new Map<string, RewriteRuleSetModel>();

  constructor(private readonly gw: DeclaredGateway) {
    this.anyForwards = gw.listeners.some((l) => l.forwardsClientCertificate);
  }

  /**
   * The name of the set a route of this listener gets (and records it as used).
   * A redirect reaches no backend and takes no rewrites.
   */
  public nameFor(listener: HttpsListener, route: RouteProps): string | undefined {
    if (route.redirect !== undefined) return undefined;
    const mode = listener.forwardsClientCertificate
      ? CertificateHeaderMode.FORWARD
      : this.anyForwards
        ? CertificateHeaderMode.STRIP
        : undefined;
    const own = route.rewriteRuleSet;
    if (own === undefined && mode === undefined) return undefined;
    const name = mergedSetName(own, mode);
    if (!this.byName.has(name)) this.byName.set(name, this.merge(name, own, mode));
    return name;
  }

  /** The sets some route uses: the library's own first (forward, strip), then the user's, in order of first use. */
  public used(): RewriteRuleSetModel[] {
    const libraryOrder = [CertificateHeaderMode.FORWARD, CertificateHeaderMode.STRIP].map(clientCertificateSetName);
    const library = libraryOrder.filter((n) => this.byName.has(n)).map((n) => this.byName.get(n)!);
    return [...library, ...[...this.byName.values()].filter((s) => !libraryOrder.includes(s.name))];
  }

  private merge(name: string, own: RewriteRuleSet | undefined, mode: CertificateHeaderMode | undefined): RewriteRuleSetModel {
    const certificate = mode === undefined ? [] : [certificateHeaderRewriteRule(this.gw.clientCertificateHeaders, mode)];
    return { name, rewriteRules: [...(own?._describeRules() ?? []), ...certificate] };
  }
}

/** `<set>` alone, the library's own set name, or `<set>-mtls-forward` / `<set>-mtls-strip` merged. */
export function mergedSetName(own: RewriteRuleSet | undefined, mode: CertificateHeaderMode | undefined): string {
  if (own === undefined) return clientCertificateSetName(mode!);
  return mode === undefined ? own.name : `${own.name}-mtls-${mode}`;
}

/** Every route that sends to backends: basic rules, path rules and the default routes of path-based rules. */
export function backendRoutes(gw: DeclaredGateway): RouteProps[] {
  return [
    ...gw.routingRules.map((r) => r.route),
    ...gw.pathBasedRoutingRules.flatMap((r) => [r.route, ...r.pathRules.map((p) => p.route)]),
  ].filter((route) => route.backendPool !== undefined && route.backendSettings !== undefined);
}

/**
 * The backend settings whose every routed pool has only FQDN targets (and
 * that are routed at all): they pick the host name from the backend by default.
 */
export function fqdnOnlySettings(gw: DeclaredGateway): Set<BackendSettings> {
  const verdict = new Map<BackendSettings, boolean>();
  for (const r of backendRoutes(gw)) {
    verdict.set(r.backendSettings!, (verdict.get(r.backendSettings!) ?? true) && r.backendPool!.hasOnlyFqdnTargets);
  }
  return new Set([...verdict].filter(([, onlyFqdn]) => onlyFqdn).map(([settings]) => settings));
}

/** The first item of each name, in order: parts may share a certificate, a CA or a frontend port. */
export function uniqueByName<T extends { name: string }>(items: T[]): T[] {
  const byName = new Map<string, T>();
  for (const item of items) if (!byName.has(item.name)) byName.set(item.name, item);
  return [...byName.values()];
}

