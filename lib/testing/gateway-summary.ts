// A gateway as the library models it, in plain data a user's test can compare:
// the same in both deployment modes (azurerm plus the passthrough patch, or one
// azapi_resource) and in both flavours (cdktf, cdktn), because both renderers
// write this one model.
import { GatewayModel, RouteTargetModel } from "../model/gateway-model";

/** One listener: where it listens, how it authenticates clients, what it forwards. */
export interface ListenerSummary {
  readonly name: string;
  /** "Https", or "Http" for the listener of an HTTP redirect. */
  readonly protocol: string;
  readonly port: number;
  /** Empty for a basic listener (every host name). */
  readonly hostNames: string[];
  /** "public", "private" or "public-ipv6" (the values of `ListenerFrontend`). */
  readonly frontend: string;
  /** Its SSL profile's name, if any. */
  readonly sslProfile?: string;
  /** "Passthrough", "Strict" or "None" (no client certificate requested). */
  readonly clientAuth: string;
  /** The request headers its routes fill from the client certificate (sorted); empty when none. */
  readonly forwardedHeaders: string[];
}

/** One SSL profile and the client authentication it sets. */
export interface SslProfileSummary {
  readonly name: string;
  /** "Passthrough", "Strict" or "None". */
  readonly clientAuth: string;
  /** The names of the CAs a strict profile trusts. */
  readonly trustedClientCertificates: string[];
}

/** Where a rule (or one of its paths) sends requests. */
export interface RouteSummary {
  readonly backendPool?: string;
  readonly backendSettings?: string;
  readonly redirect?: string;
}

/** One path of a path-based rule. */
export interface PathRuleSummary extends RouteSummary {
  readonly name: string;
  readonly paths: string[];
}

/** One request routing rule. */
export interface RoutingRuleSummary extends RouteSummary {
  readonly name: string;
  readonly priority: number;
  readonly listener: string;
  /** "Basic" or "PathBasedRouting". */
  readonly ruleType: string;
  /** The paths of a path-based rule, in order; empty for a basic rule. */
  readonly pathRules: PathRuleSummary[];
}

/** The gateway as the library models it. */
export interface GatewaySummary {
  readonly name: string;
  readonly sku: string;
  readonly listeners: ListenerSummary[];
  readonly sslProfiles: SslProfileSummary[];
  readonly routingRules: RoutingRuleSummary[];
}

const CERTIFICATE_VARIABLE = /^\{var_client_certificate[a-z_]*\}$/;

function route(target: RouteTargetModel): RouteSummary {
  return {
    ...(target.backendAddressPool !== undefined ? { backendPool: target.backendAddressPool } : {}),
    ...(target.backendHttpSettings !== undefined ? { backendSettings: target.backendHttpSettings } : {}),
    ...(target.redirectConfiguration !== undefined ? { redirect: target.redirectConfiguration } : {}),
  };
}

/** The summary of a gateway model. */
export function summarize(model: GatewayModel): GatewaySummary {
  const profiles = new Map(model.sslProfiles.map((p) => [p.name, p]));
  const privateFrontends = new Set(model.frontendIPConfigurations.filter((f) => f.publicIpAddressId === undefined).map((f) => f.name));
  const ipv6Frontends = new Set(model.frontendIPConfigurations.filter((f) => f.ipVersion === "IPv6").map((f) => f.name));
  const ports = new Map(model.frontendPorts.map((p) => [p.name, p.port]));
  const maps = new Map(model.urlPathMaps.map((m) => [m.name, m]));
  const sets = new Map(model.rewriteRuleSets.map((s) => [s.name, s]));
  const forwarded = (setName: string | undefined) =>
    (setName === undefined ? [] : sets.get(setName)?.rewriteRules ?? [])
      .flatMap((r) => r.requestHeaderConfigurations)
      .filter((h) => CERTIFICATE_VARIABLE.test(h.headerValue))
      .map((h) => h.headerName);
  const rulesOf = (listener: string) => model.requestRoutingRules.filter((r) => r.httpListener === listener);
  const setsOf = (listener: string) =>
    rulesOf(listener).flatMap((r) => {
      const map = r.urlPathMap === undefined ? undefined : maps.get(r.urlPathMap);
      return map === undefined ? [r.rewriteRuleSet] : [map.defaultTarget.rewriteRuleSet, ...map.pathRules.map((p) => p.rewriteRuleSet)];
    });
  const clientAuth = (profile?: string) => (profile === undefined ? undefined : profiles.get(profile)?.clientAuthConfiguration.verifyClientAuthMode) ?? "None";
  return {
    name: model.name,
    sku: model.sku.name,
    listeners: model.httpListeners.map((l) => ({
      name: l.name,
      protocol: l.protocol,
      port: ports.get(l.frontendPort) ?? NaN,
      hostNames: l.hostNames,
      frontend: privateFrontends.has(l.frontendIPConfiguration) ? "private" : ipv6Frontends.has(l.frontendIPConfiguration) ? "public-ipv6" : "public",
      ...(l.sslProfile !== undefined ? { sslProfile: l.sslProfile } : {}),
      clientAuth: clientAuth(l.sslProfile),
      forwardedHeaders: [...new Set(setsOf(l.name).flatMap(forwarded))].sort(),
    })),
    sslProfiles: model.sslProfiles.map((p) => ({
      name: p.name,
      clientAuth: clientAuth(p.name),
      trustedClientCertificates: p.trustedClientCertificates,
    })),
    routingRules: model.requestRoutingRules.map((r) => {
      const map = r.urlPathMap === undefined ? undefined : maps.get(r.urlPathMap);
      return {
        name: r.name,
        priority: r.priority,
        listener: r.httpListener,
        ruleType: r.ruleType,
        ...route(map?.defaultTarget ?? r),
        pathRules: (map?.pathRules ?? []).map((p) => ({ name: p.name, paths: p.paths, ...route(p) })),
      };
    }),
  };
}
