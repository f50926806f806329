// The ARM renderer: the gateway model as the body of one PUT of
// Microsoft.Network/applicationGateways@2025-03-01 (ARM spec
// `ApplicationGatewayPropertiesFormat`). References between children are
// sub-resource ids built from the gateway's own id, which is known before the
// gateway exists (`<resource group id>/providers/Microsoft.Network/applicationGateways/<name>`).
// Secrets (PFX data and passwords) are split off into a body of their own, so
// that the single-resource deployment can send them in `sensitive_body`.
import { GatewayModel, SslPolicyModel } from "../model/gateway-model";

/** ARM collection names of the children a reference can point to. */
const COLLECTION = {
  frontendIPConfiguration: "frontendIPConfigurations",
  frontendPort: "frontendPorts",
  sslCertificate: "sslCertificates",
  sslProfile: "sslProfiles",
  trustedClientCertificate: "trustedClientCertificates",
  httpListener: "httpListeners",
  backendAddressPool: "backendAddressPools",
  backendHttpSettings: "backendHttpSettingsCollection",
  probe: "probes",
  rewriteRuleSet: "rewriteRuleSets",
  redirectConfiguration: "redirectConfigurations",
} as const;

type Json = { [key: string]: unknown };

/** The PUT body of a gateway, and the part of it that must stay out of plan and state. */
export interface ArmGatewayBody {
  /** `{ properties, zones }`: everything but location, tags and identity, which are resource arguments. */
  readonly body: Json;
  /** `{ properties: { sslCertificates: [{ name, properties: { data, password } }] } }`, merged by name into `body`. */
  readonly sensitiveBody?: Json;
}

/** Drops keys whose value is undefined (ARM: an absent property keeps Azure's default). */
function defined(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** A named child: `{ name, properties }`. */
const child = (name: string, properties: Json): Json => ({ name, properties: defined(properties) });

const nonEmpty = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);

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
  const properties = defined({
    sku: defined({ name: m.sku.name, tier: m.sku.tier, capacity: m.sku.capacity }),
    autoscaleConfiguration: m.autoscaleConfiguration && defined({ ...m.autoscaleConfiguration }),
    firewallPolicy: m.firewallPolicyId === undefined ? undefined : { id: m.firewallPolicyId },
    sslPolicy: sslPolicy(m.sslPolicy),
    gatewayIPConfigurations: m.gatewayIPConfigurations.map((c) => child(c.name, { subnet: { id: c.subnetId } })),
    frontendIPConfigurations: m.frontendIPConfigurations.map((f) =>
      child(f.name, {
        publicIPAddress: f.publicIpAddressId === undefined ? undefined : { id: f.publicIpAddressId },
        subnet: f.subnetId === undefined ? undefined : { id: f.subnetId },
        privateIPAddress: f.privateIpAddress,
        privateIPAllocationMethod: f.privateIpAllocationMethod,
      }),
    ),
    frontendPorts: m.frontendPorts.map((p) => child(p.name, { port: p.port })),
    sslCertificates: nonEmpty(m.sslCertificates.map((c) => child(c.name, { keyVaultSecretId: c.keyVaultSecretId }))),
    trustedClientCertificates: nonEmpty(m.trustedClientCertificates.map((c) => child(c.name, { data: c.data }))),
    sslProfiles: nonEmpty(
      m.sslProfiles.map((p) =>
        child(p.name, {
          trustedClientCertificates: p.trustedClientCertificates.map((name) => ref("trustedClientCertificate", name)),
          clientAuthConfiguration: defined({ ...p.clientAuthConfiguration }),
          sslPolicy: p.sslPolicy && sslPolicy(p.sslPolicy),
        }),
      ),
    ),
    httpListeners: m.httpListeners.map((l) =>
      child(l.name, {
        frontendIPConfiguration: ref("frontendIPConfiguration", l.frontendIPConfiguration),
        frontendPort: ref("frontendPort", l.frontendPort),
        protocol: l.protocol,
        sslCertificate: ref("sslCertificate", l.sslCertificate),
        sslProfile: ref("sslProfile", l.sslProfile),
        hostNames: nonEmpty(l.hostNames),
        requireServerNameIndication: l.requireServerNameIndication,
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
        probe: ref("probe", s.probe),
      }),
    ),
    probes: nonEmpty(
      m.probes.map((p) =>
        child(p.name, {
          protocol: p.protocol,
          host: p.host,
          path: p.path,
          interval: p.interval,
          timeout: p.timeout,
          unhealthyThreshold: p.unhealthyThreshold,
          pickHostNameFromBackendHttpSettings: p.pickHostNameFromBackendHttpSettings,
          match: { statusCodes: p.match.statusCodes },
        }),
      ),
    ),
    rewriteRuleSets: nonEmpty(
      m.rewriteRuleSets.map((set) =>
        child(set.name, {
          rewriteRules: set.rewriteRules.map((r) => ({
            name: r.name,
            ruleSequence: r.ruleSequence,
            actionSet: {
              requestHeaderConfigurations: r.requestHeaderConfigurations.map((h) => ({ headerName: h.headerName, headerValue: h.headerValue })),
            },
          })),
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
    requestRoutingRules: m.requestRoutingRules.map((r) =>
      child(r.name, {
        ruleType: r.ruleType,
        priority: r.priority,
        httpListener: ref("httpListener", r.httpListener),
        backendAddressPool: ref("backendAddressPool", r.backendAddressPool),
        backendHttpSettings: ref("backendHttpSettings", r.backendHttpSettings),
        redirectConfiguration: ref("redirectConfiguration", r.redirectConfiguration),
        rewriteRuleSet: ref("rewriteRuleSet", r.rewriteRuleSet),
      }),
    ),
  });
  const secrets = m.sslCertificates
    .filter((c) => c.data !== undefined || c.password !== undefined)
    .map((c) => child(c.name, { data: c.data, password: c.password }));
  return {
    body: defined({ properties, zones: m.zones }),
    sensitiveBody: secrets.length > 0 ? { properties: { sslCertificates: secrets } } : undefined,
  };
}
