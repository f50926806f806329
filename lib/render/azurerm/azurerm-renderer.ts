// The azurerm renderer: the gateway model as one `azurerm_application_gateway`
// (argument names of the installed binding, ./provider-features.ts). What azurerm
// cannot express, an SSL profile's `verifyClientAuthMode`, is left to the
// passthrough patch (./passthrough-patch.ts) unless the binding can say it.
import {
  ApplicationGateway,
  ApplicationGatewayConfig,
  ApplicationGatewaySslPolicy,
} from "@cdktf/provider-azurerm/lib/application-gateway";
import { TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { formatProblem, GatewayConfigError } from "../../core/errors";
import { GatewayPartsModel, GatewaySettingsModel, HttpListenerModel, ListenerModel, RouteTargetModel, SslPolicyModel, UrlConfigurationModel } from "../../model/gateway-model";
import { DEFAULT_REQUEST_TIMEOUT } from "../../model/defaults";
import { customErrors, headers, nonEmpty } from "../block-shapes";
import { PassthroughPatch } from "./passthrough-patch";
import { AZURERM_FEATURES } from "./provider-features";
import { ESCAPE_HATCH, setOnResource } from "../../rules/gateway/structure";
import { addressOf, GatewayRenderer, RendererInputs } from "../renderer";

/**
 * Values azurerm fills in itself when an argument is unset (its schema defaults):
 * left out, so that stacks written before the model said them stay byte-identical.
 */
const unlessAzurermDefault = <T>(value: T, azurermDefault: T): T | undefined => (value === azurermDefault ? undefined : value);

function sslPolicy(p: SslPolicyModel): ApplicationGatewaySslPolicy {
  return {
    policyType: p.policyType,
    policyName: p.policyName,
    minProtocolVersion: p.minProtocolVersion,
    cipherSuites: p.cipherSuites,
    disabledProtocols: p.disabledSslProtocols,
  };
}

/** azurerm's `components` for a URL rewrite that sets only one part (expandApplicationGatewayRewriteRuleSets). */
const urlComponents = (u: UrlConfigurationModel): string | undefined =>
  u.modifiedQueryString === undefined ? "path_only" : u.modifiedPath === undefined ? "query_string_only" : undefined;

/** A route's target as azurerm's `*_name` fields, with a prefix for a path map's default (`default_...`). */
function routeNames(t: RouteTargetModel, prefix: "" | "default") {
  const key = (field: string) => (prefix === "" ? field : `default${field[0].toUpperCase()}${field.slice(1)}`);
  return {
    [key("backendAddressPoolName")]: t.backendAddressPool,
    [key("backendHttpSettingsName")]: t.backendHttpSettings,
    [key("redirectConfigurationName")]: t.redirectConfiguration,
    [key("rewriteRuleSetName")]: t.rewriteRuleSet,
  };
}

/** The gateway's own settings as azurerm arguments; the part blocks start empty. */
function settingsConfig(s: GatewaySettingsModel): ApplicationGatewayConfig {
  return {
    name: s.name,
    resourceGroupName: s.resourceGroupName,
    location: s.location,
    tags: s.tags,
    zones: s.zones,
    sku: { name: s.sku.name, tier: s.sku.tier, capacity: s.sku.capacity },
    autoscaleConfiguration: s.autoscaleConfiguration,
    identity: s.identityIds ? { type: "UserAssigned", identityIds: s.identityIds } : undefined,
    firewallPolicyId: s.firewallPolicyId,
    gatewayIpConfiguration: s.gatewayIPConfigurations.map((c) => ({ name: c.name, subnetId: c.subnetId })),
    frontendIpConfiguration: s.frontendIPConfigurations.map((f) => ({
      name: f.name,
      publicIpAddressId: f.publicIpAddressId,
      subnetId: f.subnetId,
      privateIpAddress: f.privateIpAddress,
      privateIpAddressAllocation: f.privateIpAllocationMethod,
      privateLinkConfigurationName: f.privateLinkConfiguration,
    })),
    privateLinkConfiguration: nonEmpty(
      (s.privateLinkConfigurations ?? []).map((c) => ({
        name: c.name,
        ipConfiguration: c.ipConfigurations.map((ip) => ({
          name: ip.name,
          subnetId: ip.subnetId,
          privateIpAddressAllocation: ip.privateIPAllocationMethod,
          primary: ip.primary,
        })),
      })),
    ),
    sslPolicy: sslPolicy(s.sslPolicy),
    // azurerm sends false when unset, so only `true` needs saying (and older stacks stay byte-identical).
    [AZURERM_FEATURES.http2Argument]: s.enableHttp2 || undefined,
    fipsEnabled: s.enableFips,
    global: s.globalConfiguration && {
      requestBufferingEnabled: s.globalConfiguration.enableRequestBuffering,
      responseBufferingEnabled: s.globalConfiguration.enableResponseBuffering,
    },
    customErrorConfiguration: customErrors(s.customErrorConfigurations),
    // Written from the parts at synth (see writeParts), so parts can be added in any order.
    frontendPort: [],
    httpListener: [],
    backendAddressPool: [],
    backendHttpSettings: [],
    requestRoutingRule: [],
  };
}

/** What HTTP(S) (`http_listener`) and layer-4 (`listener`) blocks both say: name, protocol, frontend, port, certificate, SSL profile. */
function listenerBinding(l: HttpListenerModel | ListenerModel) {
  return {
    name: l.name,
    protocol: l.protocol,
    frontendIpConfigurationName: l.frontendIPConfiguration,
    frontendPortName: l.frontendPort,
    sslCertificateName: l.sslCertificate,
    sslProfileName: l.sslProfile,
  };
}

/**
 * The part blocks, each list written whole (an empty optional list is reset).
 * Keys are the azurerm resource's block names; each is written only here.
 */
function partBlocks(m: GatewayPartsModel): { [block: string]: unknown[] | undefined } {
  return {
    frontendPort: m.frontendPorts.map((p) => ({ name: p.name, port: p.port })),
    httpListener: m.httpListeners.map((l) => ({
      ...listenerBinding(l),
      hostNames: nonEmpty(l.hostNames),
      requireSni: unlessAzurermDefault(l.requireServerNameIndication, false),
      firewallPolicyId: l.firewallPolicyId,
      customErrorConfiguration: customErrors(l.customErrorConfigurations),
    })),
    backendAddressPool: m.backendAddressPools.map((p) => ({ name: p.name, fqdns: nonEmpty(p.fqdns), ipAddresses: nonEmpty(p.ipAddresses) })),
    backendHttpSettings: m.backendHttpSettingsCollection.map((s) => ({
      name: s.name,
      protocol: s.protocol,
      port: s.port,
      cookieBasedAffinity: s.cookieBasedAffinity,
      hostName: s.hostName,
      pickHostNameFromBackendAddress: s.pickHostNameFromBackendAddress,
      requestTimeout: unlessAzurermDefault(s.requestTimeout, DEFAULT_REQUEST_TIMEOUT),
      connectionDraining: s.connectionDraining && { enabled: s.connectionDraining.enabled, drainTimeoutSec: s.connectionDraining.drainTimeoutInSec },
      affinityCookieName: s.affinityCookieName,
      path: s.path,
      dedicatedBackendConnectionEnabled: unlessAzurermDefault(s.dedicatedBackendConnection, false),
      probeName: s.probe,
      trustedRootCertificateNames: nonEmpty(s.trustedRootCertificates),
    })),
    requestRoutingRule: m.requestRoutingRules.map((r) => ({
      name: r.name,
      ruleType: r.ruleType,
      priority: r.priority,
      httpListenerName: r.httpListener,
      ...routeNames(r, ""),
      urlPathMapName: r.urlPathMap,
    })),
    sslCertificate: nonEmpty(
      m.sslCertificates.map((c) => ({ name: c.name, data: c.data, password: c.password, keyVaultSecretId: c.keyVaultSecretId })),
    ),
    trustedClientCertificate: nonEmpty(m.trustedClientCertificates.map((c) => ({ name: c.name, data: c.data }))),
    trustedRootCertificate: nonEmpty(m.trustedRootCertificates.map((c) => ({ name: c.name, data: c.data, keyVaultSecretId: c.keyVaultSecretId }))),
    // azurerm cannot say Passthrough: such a profile is written without trusted
    // CAs, and the passthrough patch sets the mode afterwards. A binding that can
    // say it gets the mode here, for passthrough profiles only (Strict is Azure's default).
    sslProfile: nonEmpty(
      m.sslProfiles.map((p) => ({
        name: p.name,
        trustedClientCertificateNames: nonEmpty(p.trustedClientCertificates),
        [AZURERM_FEATURES.issuerDnArgument]: p.clientAuthConfiguration.verifyClientCertIssuerDN,
        verifyClientAuthMode:
          AZURERM_FEATURES.nativeClientAuthMode && p.clientAuthConfiguration.verifyClientAuthMode === "Passthrough" ? "Passthrough" : undefined,
        verifyClientCertificateRevocation: p.clientAuthConfiguration.verifyClientRevocation === "OCSP" ? "OCSP" : undefined,
        sslPolicy: p.sslPolicy && sslPolicy(p.sslPolicy),
      })),
    ),
    probe: nonEmpty([
      ...m.probes.map((p) => ({
        name: p.name,
        protocol: p.protocol,
        path: p.path,
        interval: p.interval,
        timeout: p.timeout,
        unhealthyThreshold: p.unhealthyThreshold,
        host: p.host,
        pickHostNameFromBackendHttpSettings: p.pickHostNameFromBackendHttpSettings,
        minimumServers: unlessAzurermDefault(p.minServers, 0),
        port: p.port,
        match: { statusCode: p.match.statusCodes, body: p.match.body },
      })),
      // Layer-4 probes, written where the binding has the layer-4 blocks (else the parts are refused, AGW-DEPLOYMENT-MODE).
      ...(AZURERM_FEATURES.layer4Blocks ? m.layer4Probes : []).map((p) => ({
        name: p.name,
        protocol: p.protocol,
        interval: p.interval,
        timeout: p.timeout,
        unhealthyThreshold: p.unhealthyThreshold,
        port: p.port,
      })),
    ]),
    rewriteRuleSet: nonEmpty(
      m.rewriteRuleSets.map((set) => ({
        name: set.name,
        rewriteRule: set.rewriteRules.map((r) => ({
          name: r.name,
          ruleSequence: r.ruleSequence,
          condition: nonEmpty(r.conditions.map((c) => ({ variable: c.variable, pattern: c.pattern, ignoreCase: c.ignoreCase, negate: c.negate }))),
          requestHeaderConfiguration: headers(r.requestHeaderConfigurations),
          responseHeaderConfiguration: headers(r.responseHeaderConfigurations),
          url: r.urlConfiguration && {
            path: r.urlConfiguration.modifiedPath,
            queryString: r.urlConfiguration.modifiedQueryString,
            // Without `components` azurerm sends the unset part as "" (rewriting it to empty), not null (kept).
            components: urlComponents(r.urlConfiguration),
            reroute: r.urlConfiguration.reroute,
          },
        })),
      })),
    ),
    redirectConfiguration: nonEmpty(
      m.redirectConfigurations.map((r) => ({
        name: r.name,
        redirectType: r.redirectType,
        targetListenerName: r.targetListener,
        targetUrl: r.targetUrl,
        includePath: r.includePath,
        includeQueryString: r.includeQueryString,
      })),
    ),
    urlPathMap: nonEmpty(
      m.urlPathMaps.map((map) => ({
        name: map.name,
        ...routeNames(map.defaultTarget, "default"),
        pathRule: map.pathRules.map((p) => ({ name: p.name, paths: p.paths, firewallPolicyId: p.firewallPolicyId, ...routeNames(p, "") })),
      })),
    ),
    ...(AZURERM_FEATURES.layer4Blocks ? layer4Blocks(m) : {}),
  };
}

/**
 * The layer-4 blocks of azurerm ≥ 4.67 (v4.73.0 application_gateway_resource.go: `listener`,
 * `routing_rule`, `backend`); a binding without them never gets these keys.
 */
function layer4Blocks(m: GatewayPartsModel): { [block: string]: unknown[] | undefined } {
  return {
    listener: nonEmpty(
      m.listeners.map(listenerBinding),
    ),
    routingRule: nonEmpty(
      m.routingRules.map((r) => ({
        name: r.name,
        priority: r.priority,
        listenerName: r.listener,
        backendAddressPoolName: r.backendAddressPool,
        backendName: r.backendSettings,
      })),
    ),
    backend: nonEmpty(
      m.backendSettingsCollection.map((s) => ({
        name: s.name,
        protocol: s.protocol,
        port: s.port,
        timeoutInSeconds: unlessAzurermDefault(s.timeout, DEFAULT_REQUEST_TIMEOUT),
        hostName: s.hostName,
        probeName: s.probe,
        trustedRootCertificateNames: nonEmpty(s.trustedRootCertificates),
      })),
    ),
  };
}

/** The blocks the library writes from the parts: what a user must not set on the resource. */
export const AZURERM_PART_BLOCKS = Object.keys(
  partBlocks({
    frontendPorts: [],
    sslCertificates: [],
    trustedClientCertificates: [],
    sslProfiles: [],
    httpListeners: [],
    backendAddressPools: [],
    backendHttpSettingsCollection: [],
    probes: [],
    rewriteRuleSets: [],
    redirectConfigurations: [],
    urlPathMaps: [],
    trustedRootCertificates: [],
    requestRoutingRules: [],
    entraJWTValidationConfigs: [],
    listeners: [],
    routingRules: [],
    backendSettingsCollection: [],
    layer4Probes: [],
    loadDistributionPolicies: [],
  }),
);

/** Per part block, the binding's accessors: `<block>Input`, `put<Block>`, `reset<Block>` (names built once, not per synth). */
const ACCESSORS = new Map(
  AZURERM_PART_BLOCKS.map((block) => {
    const suffix = block[0].toUpperCase() + block.slice(1);
    return [block, { input: `${block}Input`, put: `put${suffix}`, reset: `reset${suffix}` }];
  }),
);

/**
 * The azurerm gateway. Its settings are written at construction; the blocks
 * that come from the parts are written just before each synth, from the model.
 */
export class AzurermGatewayResource extends ApplicationGateway {
  /** What the library last wrote into each part block, to tell a user's write from its own. */
  private readonly written = new Map<string, unknown>();
  /** The parts model last written: a synth resolves the resource twice, the second write would change nothing. */
  private writtenParts?: GatewayPartsModel;

  constructor(scope: Construct, id: string, private readonly inputs: RendererInputs) {
    super(scope, id, { ...settingsConfig(inputs.settings), provider: inputs.azurermProvider });
    for (const block of AZURERM_PART_BLOCKS) this.written.set(block, this.blockValue(block));
  }

  /** Part blocks that someone other than the library has set since it last wrote them. */
  public blocksSetElsewhere(): string[] {
    return AZURERM_PART_BLOCKS.filter((block) => this.blockValue(block) !== this.written.get(block));
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    this.writeParts();
    return super.synthesizeAttributes();
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    this.writeParts();
    return super.synthesizeHclAttributes();
  }

  private writeParts(): void {
    // The gateway's validation lists these too, but a synth resolves the resource before it
    // validates (App.synth; cdktn's Testing.synth too) or without validating: the same lines here.
    const foreign = this.blocksSetElsewhere();
    if (foreign.length > 0) {
      throw new GatewayConfigError(
        foreign.map((block) => formatProblem(this.node.path, block, setOnResource(block), ESCAPE_HATCH)).join("\n"),
        ESCAPE_HATCH.id,
      );
    }
    // The gateway rebuilds its model whenever a part is added, so the same model means the same blocks.
    const parts = this.inputs.parts();
    if (parts === this.writtenParts) return;
    for (const [block, items] of Object.entries(partBlocks(parts))) {
      const accessors = ACCESSORS.get(block)!;
      if (items === undefined) (this as any)[accessors.reset]();
      else (this as any)[accessors.put](items);
      this.written.set(block, this.blockValue(block));
    }
    this.writtenParts = parts;
  }

  /** The block's current value as set on this resource (`<block>Input` reads the stored list). */
  private blockValue(block: string): unknown {
    return (this as any)[ACCESSORS.get(block)!.input];
  }
}

/**
 * The default deployment: one `azurerm_application_gateway`, and once a
 * passthrough SSL profile exists, the passthrough patch that sets what azurerm
 * cannot (two PUTs per change, see the README); none when the azurerm binding
 * can set `verifyClientAuthMode` itself.
 */
export class AzurermRenderer implements GatewayRenderer {
  private patch?: PassthroughPatch;

  /**
   * @param resource made by the caller, one call frame nearer the user's code: cdktf records
   *   a full stack trace for each of the ~30 tokens the binding's constructor creates, so each
   *   frame between the user's code and the binding costs time and memory per gateway.
   */
  constructor(
    private readonly scope: Construct,
    private readonly inputs: RendererInputs,
    public readonly resource: AzurermGatewayResource,
  ) {}

  public get gatewayId(): string {
    return this.resource.id;
  }

  /** The patch, once a passthrough profile exists (never with a binding that sets the mode itself). */
  public get passthroughPatch(): PassthroughPatch | undefined {
    return this.patch;
  }

  public passthroughProfileAdded(): void {
    // A binding that sets the mode itself writes it on the ssl_profile block (partBlocks).
    if (this.patch !== undefined || AZURERM_FEATURES.nativeClientAuthMode) return;
    this.patch = new PassthroughPatch(this.scope, "PassthroughPatch", { gateway: this.resource, provider: this.inputs.azapiProvider });
    this.patch._bindProfiles(() =>
      this.inputs
        .parts()
        .sslProfiles.filter((p) => p.clientAuthConfiguration.verifyClientAuthMode === "Passthrough")
        .map((p) => p.name),
    );
  }

  public dependOn(resource: TerraformResource): void {
    this.resource.dependsOn = [...(this.resource.dependsOn ?? []), addressOf(resource)];
  }

  public blocksSetElsewhere(): string[] {
    return this.resource.blocksSetElsewhere();
  }
}
