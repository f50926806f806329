// The ARM renderer: the gateway model as the body of one PUT of
// Microsoft.Network/applicationGateways@2025-03-01 (ARM spec
// `ApplicationGatewayPropertiesFormat`). References between children are
// sub-resource ids built from the gateway's own id, which is known before the
// gateway exists (`<resource group id>/providers/Microsoft.Network/applicationGateways/<name>`).
// Secrets (PFX data and passwords) are split off into a body of their own, so
// that the single-resource deployment can send them in `sensitive_body`.
import { GatewayModel, HttpListenerModel, ListenerModel, RouteTargetModel, SslPolicyModel } from "../../model/gateway-model";
import { customErrors, headers, nonEmpty } from "../block-shapes";

/** ARM collection names of the children a reference can point to. */
const COLLECTION = {
  frontendIPConfiguration: "frontendIPConfigurations",
  frontendPort: "frontendPorts",
  sslCertificate: "sslCertificates",
  sslProfile: "sslProfiles",
  trustedClientCertificate: "trustedClientCertificates",
  trustedRootCertificate: "trustedRootCertificates",
  urlPathMap: "urlPathMaps",
  httpListener: "httpListeners",
  backendAddressPool: "backendAddressPools",
  backendHttpSettings: "backendHttpSettingsCollection",
  probe: "probes",
  rewriteRuleSet: "rewriteRuleSets",
  redirectConfiguration: "redirectConfigurations",
  entraJWTValidationConfig: "entraJWTValidationConfigs",
  listener: "listeners",
  backendSettings: "backendSettingsCollection",
  loadDistributionPolicy: "loadDistributionPolicies",
  privateLinkConfiguration: "privateLinkConfigurations",
} as const;

type Json = { [key: string]: unknown };

/** The PUT body of a gateway, and the part of it that must stay out of plan and state. */
export interface ArmGatewayBody {
  /** `{ properties, zones }`: everything but location, tags and identity, which are resource arguments. */
  readonly body: Json;
  /** `{ properties: { sslCertificates: [{ name, properties: { data, password } }] } }`, merged by name into `body`. */
  readonly sensitiveBody?: Json;
}

/**
 * Empty values azurerm 4.55 always sends for arguments the library leaves unset
 * (application_gateway_resource.go expanders): the single resource sends them
 * too, so that both deployment modes leave the same gateway in Azure.
 */
const AS_AZURERM = { privateIPAllocationMethod: "Dynamic", path: "", host: "", matchBody: "" };

/**
 * What azurerm ≥ 4.67 (the only azurerm that writes layer-4 parts) sends for the layer-4
 * fields the library leaves unset (v4.73.0 application_gateway_resource.go): a probe's
 * HTTP fields empty and its proxy-protocol header off (expandApplicationGatewayProbes, for
 * every protocol), backend settings without client IP preservation
 * (expandApplicationGatewayBackendSettings). Sent here too, as AS_AZURERM.
 */
const LAYER4_AS_AZURERM = {
  probe: { host: "", path: "", minServers: 0, pickHostNameFromBackendHttpSettings: false, enableProbeProxyProtocolHeader: false },
  backendSettings: { enableL4ClientIpPreservation: false },
};

/** Drops keys whose value is undefined (ARM: an absent property keeps Azure's default). */
function defined(o: Json): Json {
  // Stryker disable next-line MethodExpression: JSON drops an undefined member, so the synthesized body is the same without the filter; it keeps the in-memory body the checks read free of them
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** A named child: `{ name, properties }`. */
const child = (name: string, properties: Json): Json => ({ name, properties: defined(properties) });

const subResource = (id: string | undefined) => (id === undefined ? undefined : { id });

function sslPolicy(p: SslPolicyModel): Json {
  return defined({
    policyType: p.policyType,
    policyName: p.policyName,
    minProtocolVersion: p.minProtocolVersion,
    cipherSuites: p.cipherSuites,
    disabledSslProtocols: p.disabledSslProtocols,
  });
}

/**
 * The gateway as one ARM body.
 * @param m the model
 * @param gatewayId the gateway's resource id (a Terraform expression is fine)
 */
export function armGatewayBody(m: GatewayModel, gatewayId: string): ArmGatewayBody {
  const ref = (kind: keyof typeof COLLECTION, name: string | undefined) =>
    name === undefined ? undefined : { id: `${gatewayId}/${COLLECTION[kind]}/${name}` };
  // What HTTP(S) and layer-4 listeners both say: frontend, port, protocol, certificate and SSL profile.
  const binding = (l: HttpListenerModel | ListenerModel) => ({
    frontendIPConfiguration: ref("frontendIPConfiguration", l.frontendIPConfiguration),
    frontendPort: ref("frontendPort", l.frontendPort),
    protocol: l.protocol,
    sslCertificate: ref("sslCertificate", l.sslCertificate),
    sslProfile: ref("sslProfile", l.sslProfile),
  });
  /** A route's target; `prefix` "default" for a path map's default route. */
  const route = (t: RouteTargetModel, prefix: "" | "default"): Json => {
    const key = (field: string) => (prefix === "" ? field : `default${field[0].toUpperCase()}${field.slice(1)}`);
    return {
      [key("backendAddressPool")]: ref("backendAddressPool", t.backendAddressPool),
      [key("backendHttpSettings")]: ref("backendHttpSettings", t.backendHttpSettings),
      [key("redirectConfiguration")]: ref("redirectConfiguration", t.redirectConfiguration),
      [key("rewriteRuleSet")]: ref("rewriteRuleSet", t.rewriteRuleSet),
      [key("loadDistributionPolicy")]: ref("loadDistributionPolicy", t.loadDistributionPolicy),
    };
  };
  const properties = defined({
    sku: defined({ name: m.sku.name, tier: m.sku.tier, capacity: m.sku.capacity }),
    autoscaleConfiguration: m.autoscaleConfiguration && defined({ ...m.autoscaleConfiguration }),
    firewallPolicy: subResource(m.firewallPolicyId),
    sslPolicy: sslPolicy(m.sslPolicy),
    // azurerm sends enableHttp2 always (false when unset); so does this body.
    enableHttp2: m.enableHttp2,
    enableFips: m.enableFips,
    globalConfiguration: m.globalConfiguration && { ...m.globalConfiguration },
    customErrorConfigurations: customErrors(m.customErrorConfigurations),
    gatewayIPConfigurations: m.gatewayIPConfigurations.map((c) => child(c.name, { subnet: { id: c.subnetId } })),
    frontendIPConfigurations: m.frontendIPConfigurations.map((f) =>
      child(f.name, {
        publicIPAddress: subResource(f.publicIpAddressId),
        subnet: subResource(f.subnetId),
        privateIPAddress: f.privateIpAddress,
        // As azurerm sends it for a public frontend (meaningless there, but the same gateway either way).
        privateIPAllocationMethod: f.privateIpAllocationMethod ?? AS_AZURERM.privateIPAllocationMethod,
        privateLinkConfiguration: ref("privateLinkConfiguration", f.privateLinkConfiguration),
      }),
    ),
    privateLinkConfigurations: nonEmpty(
      (m.privateLinkConfigurations ?? []).map((c) =>
        child(c.name, {
          ipConfigurations: c.ipConfigurations.map((ip) =>
            child(ip.name, { subnet: { id: ip.subnetId }, privateIPAllocationMethod: ip.privateIPAllocationMethod, primary: ip.primary }),
          ),
        }),
      ),
    ),
    frontendPorts: m.frontendPorts.map((p) => child(p.name, { port: p.port })),
    sslCertificates: nonEmpty(m.sslCertificates.map((c) => child(c.name, { keyVaultSecretId: c.keyVaultSecretId }))),
    trustedClientCertificates: nonEmpty(m.trustedClientCertificates.map((c) => child(c.name, { data: c.data }))),
    trustedRootCertificates: nonEmpty(m.trustedRootCertificates.map((c) => child(c.name, { data: c.data, keyVaultSecretId: c.keyVaultSecretId }))),
    sslProfiles: nonEmpty(
      m.sslProfiles.map((p) =>
        child(p.name, {
          trustedClientCertificates: p.trustedClientCertificates.map((name) => ref("trustedClientCertificate", name)),
          // Strict is Azure's default mode (a profile with trusted CAs and no mode is strict): only Passthrough is said.
          clientAuthConfiguration: defined({
            ...p.clientAuthConfiguration,
            verifyClientAuthMode: p.clientAuthConfiguration.verifyClientAuthMode === "Passthrough" ? "Passthrough" : undefined,
          }),
          sslPolicy: p.sslPolicy && sslPolicy(p.sslPolicy),
        }),
      ),
    ),
    httpListeners: m.httpListeners.map((l) =>
      child(l.name, {
        ...binding(l),
        hostNames: nonEmpty(l.hostNames),
        requireServerNameIndication: l.requireServerNameIndication,
        firewallPolicy: subResource(l.firewallPolicyId),
        customErrorConfigurations: customErrors(l.customErrorConfigurations),
      }),
    ),
    backendAddressPools: m.backendAddressPools.map((p) =>
      child(p.name, {
        backendAddresses: [...p.fqdns.map((fqdn) => ({ fqdn })), ...p.ipAddresses.map((ipAddress) => ({ ipAddress }))],
      }),
    ),
    backendHttpSettingsCollection: m.backendHttpSettingsCollection.map((s) =>
      child(s.name, {
        port: s.port,
        protocol: s.protocol,
        cookieBasedAffinity: s.cookieBasedAffinity,
        hostName: s.hostName,
        pickHostNameFromBackendAddress: s.pickHostNameFromBackendAddress,
        requestTimeout: s.requestTimeout,
        connectionDraining: s.connectionDraining,
        affinityCookieName: s.affinityCookieName,
        probe: ref("probe", s.probe),
        path: s.path ?? AS_AZURERM.path,
        dedicatedBackendConnection: s.dedicatedBackendConnection,
        trustedRootCertificates: nonEmpty(s.trustedRootCertificates.map((name) => ref("trustedRootCertificate", name))),
      }),
    ),
    probes: nonEmpty([
      ...m.probes.map((p) =>
        child(p.name, {
          protocol: p.protocol,
          host: p.host ?? AS_AZURERM.host,
          path: p.path,
          interval: p.interval,
          timeout: p.timeout,
          unhealthyThreshold: p.unhealthyThreshold,
          pickHostNameFromBackendHttpSettings: p.pickHostNameFromBackendHttpSettings,
          minServers: p.minServers,
          port: p.port,
          match: { statusCodes: p.match.statusCodes, body: p.match.body ?? AS_AZURERM.matchBody },
        }),
      ),
      // Layer-4 probes: a connection or handshake, no match; path and host as azurerm sends them (empty).
      ...m.layer4Probes.map((p) =>
        child(p.name, {
          protocol: p.protocol,
          interval: p.interval,
          timeout: p.timeout,
          unhealthyThreshold: p.unhealthyThreshold,
          port: p.port,
          ...LAYER4_AS_AZURERM.probe,
        }),
      ),
    ]),
    rewriteRuleSets: nonEmpty(
      m.rewriteRuleSets.map((set) =>
        child(set.name, {
          rewriteRules: set.rewriteRules.map((r) =>
            defined({
              name: r.name,
              ruleSequence: r.ruleSequence,
              conditions: nonEmpty(r.conditions.map((c) => ({ variable: c.variable, pattern: c.pattern, ignoreCase: c.ignoreCase, negate: c.negate }))),
              actionSet: defined({
                requestHeaderConfigurations: headers(r.requestHeaderConfigurations),
                responseHeaderConfigurations: headers(r.responseHeaderConfigurations),
                urlConfiguration: r.urlConfiguration && defined({ ...r.urlConfiguration }),
              }),
            }),
          ),
        }),
      ),
    ),
    redirectConfigurations: nonEmpty(
      m.redirectConfigurations.map((r) =>
        child(r.name, {
          redirectType: r.redirectType,
          targetListener: ref("httpListener", r.targetListener),
          targetUrl: r.targetUrl,
          includePath: r.includePath,
          includeQueryString: r.includeQueryString,
        }),
      ),
    ),
    urlPathMaps: nonEmpty(
      m.urlPathMaps.map((map) =>
        child(map.name, {
          ...route(map.defaultTarget, "default"),
          pathRules: map.pathRules.map((p) =>
            child(p.name, { paths: p.paths, ...route(p, ""), firewallPolicy: subResource(p.firewallPolicyId) }),
          ),
        }),
      ),
    ),
    requestRoutingRules: m.requestRoutingRules.map((r) =>
      child(r.name, {
        ruleType: r.ruleType,
        priority: r.priority,
        httpListener: ref("httpListener", r.httpListener),
        ...route(r, ""),
        urlPathMap: ref("urlPathMap", r.urlPathMap),
        entraJWTValidationConfig: ref("entraJWTValidationConfig", r.entraJWTValidationConfig),
      }),
    ),
    entraJWTValidationConfigs: nonEmpty(
      m.entraJWTValidationConfigs.map((j) =>
        child(j.name, { tenantId: j.tenantId, clientId: j.clientId, audiences: nonEmpty(j.audiences), unAuthorizedRequestAction: j.unAuthorizedRequestAction }),
      ),
    ),
    listeners: nonEmpty(
      m.listeners.map((l) =>
        child(l.name, binding(l)),
      ),
    ),
    // Basic, as azurerm 4.73 sends it (expandApplicationGatewayRoutingRules).
    routingRules: nonEmpty(
      m.routingRules.map((r) =>
        child(r.name, {
          ruleType: "Basic",
          priority: r.priority,
          listener: ref("listener", r.listener),
          backendAddressPool: ref("backendAddressPool", r.backendAddressPool),
          backendSettings: ref("backendSettings", r.backendSettings),
        }),
      ),
    ),
    backendSettingsCollection: nonEmpty(
      m.backendSettingsCollection.map((s) =>
        child(s.name, {
          port: s.port,
          protocol: s.protocol,
          timeout: s.timeout,
          ...LAYER4_AS_AZURERM.backendSettings,
          hostName: s.hostName,
          probe: ref("probe", s.probe),
          trustedRootCertificates: nonEmpty(s.trustedRootCertificates.map((name) => ref("trustedRootCertificate", name))),
        }),
      ),
    ),
    loadDistributionPolicies: nonEmpty(
      m.loadDistributionPolicies.map((p) =>
        child(p.name, {
          loadDistributionAlgorithm: p.loadDistributionAlgorithm,
          loadDistributionTargets: p.loadDistributionTargets.map((t) =>
            child(t.name, { weightPerServer: t.weightPerServer, backendAddressPool: ref("backendAddressPool", t.backendAddressPool) }),
          ),
        }),
      ),
    ),
  });
  const secrets = m.sslCertificates
    // ListenerCertificate.fromPfx is the only source of data and password, and sets both.
    .filter((c) => c.data !== undefined)
    .map((c) => child(c.name, { data: c.data, password: c.password }));
  return {
    body: defined({ properties, zones: m.zones }),
    sensitiveBody: secrets.length > 0 ? { properties: { sslCertificates: secrets } } : undefined,
  };
}
