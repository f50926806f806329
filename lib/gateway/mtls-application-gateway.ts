import { ManagementLock } from "@cdktf/provider-azurerm/lib/management-lock";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { Annotations, TerraformProvider, TerraformResource } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { BackendPool, BackendPoolProps } from "../parts/backend-pool";
import { BackendSettings, BackendSettingsProps } from "../parts/backend-settings";
import { ListenerCertificate } from "../options/listener-certificate";
import { ClientCertificateHeaders, headerVariables } from "../options/client-certificate-headers";
import { formatAdvice, formatProblem, GatewayConfigError } from "../core/errors";
import { describeCustomErrors } from "../parts/listener-binding";
import { checkGatewayProps, checkRoleAssignment, resolveGatewayProps, GatewayRoleAssignmentProps, MtlsApplicationGatewayProps, roleDefinitionIdUnder } from "./gateway-props";
import { HttpRedirect, HttpRedirectProps } from "../parts/http-redirect";
import { BoundIdentity } from "../resources/identity";
import { armPath } from "../resources/adoption";
import { PASSTHROUGH_API_VERSION } from "../render/azurerm/passthrough-patch";
import { HttpsListener, HttpsListenerProps } from "../parts/https-listener";
import { DeclaredGateway } from "./declared";
import { describeParts } from "./describe";
import { FrontendIpConfigurationModel, GatewayModel, GatewayPartsModel, GatewaySettingsModel } from "../model/gateway-model";
import { GatewaySubnet } from "../resources/network";
import { PassthroughPatch } from "../render/azurerm/passthrough-patch";
import { claimName } from "../resources/placement";
import { PathBasedRoutingRule, PathBasedRoutingRuleProps } from "../parts/path-based-routing-rule";
import { RewriteRuleSet, RewriteRuleSetProps } from "../parts/rewrite-rule-set";
import { GatewayDeployment, ListenerFrontend } from "../core/enums";
import { describePrivateLinks } from "../options/private-link";
import { SingleAzapiRenderer } from "../render/arm/single-azapi-renderer";
import { AzurermGatewayResource, AzurermRenderer } from "../render/azurerm/azurerm-renderer";
import { moveFromAzurermDeployment } from "../render/migration";
import { GatewayRenderer } from "../render/renderer";
import { RoutingRule, RoutingRuleProps } from "../parts/routing-rule";
import { Layer4Listener, TcpListener, TcpListenerProps, TlsListener, TlsListenerProps } from "../parts/layer4-listener";
import { Layer4BackendSettings, Layer4BackendSettingsProps } from "../parts/layer4-backend-settings";
import { Layer4RoutingRule, Layer4RoutingRuleProps } from "../parts/layer4-routing-rule";
import { LoadDistributionPolicy, LoadDistributionPolicyProps } from "../parts/load-distribution-policy";
import { AZURERM_FEATURES } from "../render/azurerm/provider-features";
import { checkGateway } from "../rules/registry";
import { GatewayView } from "../rules/view";
import { isUnknown, Severity } from "../core/rule";
import { RULES } from "../rules/registry";
import { checkPartId } from "../rules/values/names";
import { GatewayCapacity } from "../options/capacity";
import { GatewaySku } from "../core/enums";
import { SslPolicy } from "../options/ssl-policy";
import { SslProfile, SslProfileProps } from "../parts/ssl-profile";
import { WafPolicy } from "../resources/waf-policy";
import { checkCall, childPath } from "../rules/values/props";

/**
 * An Azure Application Gateway (v2) whose HTTPS listeners can run mutual TLS in
 * strict or passthrough mode.
 *
 * Declares a Standard static public IP, one `azurerm_application_gateway` and,
 * once a passthrough SSL profile is added, one `azapi_update_resource` that sets
 * passthrough (see `PassthroughPatch`). Parts are added with the `add*` methods;
 * problems that involve several parts are reported together at synth.
 */
export class MtlsApplicationGateway extends Construct {
  /**
   * The gateway's Terraform resource (`azurerm_application_gateway`), for escape
   * hatches such as `addOverride`. The blocks the library writes from the parts
   * are set with the add* methods only: set on the resource, synth fails.
   */
  public readonly resource: TerraformResource;
  /** The public IPv4 the gateway created; none with `FrontendPublicIp.fromId` or `none()`. */
  public readonly publicIp?: PublicIp;
  /** The IPv6 public IP the gateway created, with `ipv6PublicIp: FrontendPublicIp.create()`. */
  public readonly ipv6PublicIp?: PublicIp;
  /** The WAF policy the gateway created, if any. */
  public readonly wafPolicy?: WafPolicy;
  /** How the gateway is written to Azure. */
  public readonly deployment: GatewayDeployment;
  /** SKU. */
  public readonly sku: GatewaySku;
  /** Capacity. */
  public readonly capacity: GatewayCapacity;
  /** Gateway-wide TLS policy. */
  public readonly sslPolicy: SslPolicy;
  /** Subnet. */
  public readonly subnet: GatewaySubnet;
  /** Name of the public frontend IP configuration. */
  public readonly frontendIpConfigurationName: string;
  /** Name of the private frontend IP configuration. */
  public readonly privateFrontendIpConfigurationName: string;
  /** Static private frontend IP, if any. */
  public readonly privateFrontendIpAddress?: string;
  /** Whether the gateway has a public IPv4 frontend (false: a private-only gateway). */
  public readonly hasPublicFrontend: boolean;
  /** Name of the IPv6 public frontend IP configuration, if the gateway has one. */
  public readonly ipv6FrontendIpConfigurationName?: string;
  /** WAF policy id, if any. */
  public readonly firewallPolicyId?: string;
  /** Headers that carry the client certificate. */
  public readonly clientCertificateHeaders: ClientCertificateHeaders;
  /** The CanNotDelete lock, when `deletionLock` is set. */
  public readonly lock?: ManagementLock;
  private readonly boundIdentity?: BoundIdentity;
  private readonly grantedVaults = new Set<string>();
  private readonly renderer: GatewayRenderer;
  private readonly azurermProvider?: TerraformProvider;
  private readonly acknowledged = new Map<string, string>();
  private readonly logAnalyticsWorkspaceId?: string;
  private warned = false;
  private readonly settings: GatewaySettingsModel;
  /** The part-derived model, built once per synth; cleared when a part is added. */
  private partsModel?: GatewayPartsModel;
  // One scope per kind of part: Azure names are unique per kind only, so a
  // listener and a backend pool may both be called "app".
  private readonly scopes: { [kind: string]: Construct };

  constructor(scope: Construct, id: string, props: MtlsApplicationGatewayProps) {
    checkCall(childPath(scope, id), "MtlsApplicationGateway", [scope, id, props]);
    super(scope, id);
    const resolved = resolveGatewayProps(props);
    const { publicIpName, viaAzurerm } = resolved;
    this.sku = resolved.sku;
    this.capacity = resolved.capacity;
    this.sslPolicy = resolved.sslPolicy;
    this.subnet = props.subnet;
    this.frontendIpConfigurationName = resolved.frontendIpConfigurationName;
    this.privateFrontendIpConfigurationName = resolved.privateFrontendIpConfigurationName;
    this.privateFrontendIpAddress = props.privateFrontendIpAddress;
    this.clientCertificateHeaders = resolved.clientCertificateHeaders;
    this.azurermProvider = props.azurermProvider;
    this.logAnalyticsWorkspaceId = props.logAnalyticsWorkspaceId;
    this.scopes = Object.fromEntries(
      ["SslProfile", "Listener", "BackendPool", "BackendSettings", "RoutingRule", "HttpRedirect", "RewriteRuleSet", "Layer4Listener", "Layer4BackendSettings", "Layer4RoutingRule", "LoadDistributionPolicy"].map((kind) => [
        kind,
        new Construct(this, kind),
      ]),
    );
    checkGatewayProps(this, resolved);
    this.deployment = resolved.deployment;

    const placement = {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      tags: props.tags,
    };
    const azurerm = { ...placement, provider: this.azurermProvider };
    claimName(this, "name", "Microsoft.Network/applicationGateways", azurerm);
    const adopt = props.adopt;
    const azurermProviders = { azurerm: this.azurermProvider, importer: this.azurermProvider };
    /** A Standard static public IP the gateway creates (and adopts), of one IP version. */
    const createPublicIp = (id: string, prop: string, name: string, ipVersion?: string) => {
      claimName(this, prop, "Microsoft.Network/publicIPAddresses", { ...azurerm, name });
      const ip = new PublicIp(this, id, { ...azurerm, name, allocationMethod: "Static", sku: "Standard", zones: props.zones, ipVersion });
      adopt?._import(this, ip, armPath(props.resourceGroupName, "Microsoft.Network/publicIPAddresses", name), azurermProviders);
      return ip;
    };
    if (resolved.publicIp.created) this.publicIp = createPublicIp("PublicIp", "publicIpName", publicIpName);
    if (resolved.ipv6PublicIp?.created) this.ipv6PublicIp = createPublicIp("Ipv6PublicIp", "ipv6PublicIpName", resolved.ipv6PublicIpName, "IPv6");
    const publicIpPath = armPath(props.resourceGroupName, "Microsoft.Network/publicIPAddresses", publicIpName);
    const publicIpId = this.publicIp?.id ?? resolved.publicIp.publicIpAddressId;
    const ipv6PublicIpId = this.ipv6PublicIp?.id ?? resolved.ipv6PublicIp?.publicIpAddressId;
    this.hasPublicFrontend = publicIpId !== undefined;
    this.ipv6FrontendIpConfigurationName = ipv6PublicIpId === undefined ? undefined : resolved.ipv6FrontendIpConfigurationName;
    this.boundIdentity = props.identity?._bind(this, { ...azurerm, adopt }, viaAzurerm);
    if (props.firewallPolicyId === undefined && this.sku === GatewaySku.WAF_V2) {
      this.wafPolicy = new WafPolicy(this, "WafPolicy", { ...azurerm, name: `${props.name}-waf`, adopt });
    }
    this.firewallPolicyId = props.firewallPolicyId ?? this.wafPolicy?.policyId;

    const linkOf = (frontend: ListenerFrontend) => resolved.privateLinkConfigurations.find((c) => c.frontend === frontend)?.name;
    const frontendIps: FrontendIpConfigurationModel[] = [];
    if (publicIpId !== undefined) {
      frontendIps.push({ name: this.frontendIpConfigurationName, publicIpAddressId: publicIpId, privateLinkConfiguration: linkOf(ListenerFrontend.PUBLIC) });
    }
    if (this.privateFrontendIpAddress !== undefined) {
      frontendIps.push({
        name: this.privateFrontendIpConfigurationName,
        subnetId: this.subnet.subnetId,
        privateIpAddress: this.privateFrontendIpAddress,
        privateIpAllocationMethod: "Static",
        privateLinkConfiguration: linkOf(ListenerFrontend.PRIVATE),
      });
    }
    if (ipv6PublicIpId !== undefined) frontendIps.push({ name: resolved.ipv6FrontendIpConfigurationName, publicIpAddressId: ipv6PublicIpId, ipVersion: "IPv6" });
    this.settings = {
      ...placement,
      zones: props.zones,
      // v2 SKUs have a tier of the same name.
      sku: { name: this.sku, tier: this.sku, capacity: this.capacity.instances },
      autoscaleConfiguration:
        this.capacity.instances === undefined
          ? { minCapacity: this.capacity.minCapacity!, maxCapacity: this.capacity.maxCapacity }
          : undefined,
      identityIds: this.boundIdentity ? [this.boundIdentity.identityId] : undefined,
      firewallPolicyId: this.firewallPolicyId,
      sslPolicy: this.sslPolicy._describe(),
      gatewayIPConfigurations: [{ name: resolved.gatewayIpConfigurationName, subnetId: this.subnet.subnetId }],
      frontendIPConfigurations: frontendIps,
      privateLinkConfigurations: describePrivateLinks(resolved.privateLinkConfigurations),
      enableHttp2: resolved.enableHttp2,
      enableFips: props.enableFips,
      globalConfiguration:
        props.requestBuffering === undefined && props.responseBuffering === undefined
          ? undefined
          : { enableRequestBuffering: props.requestBuffering ?? true, enableResponseBuffering: props.responseBuffering ?? true },
      customErrorConfigurations: describeCustomErrors(resolved.customErrorPages),
    };

    const inputs = { settings: this.settings, parts: () => this.describe(), azurermProvider: this.azurermProvider, azapiProvider: props.azapiProvider };
    // The azurerm resource is made in this frame, not the renderer's (see AzurermRenderer).
    this.renderer =
      this.deployment === GatewayDeployment.SINGLE_AZAPI_RESOURCE
        ? new SingleAzapiRenderer(this, inputs)
        : new AzurermRenderer(this, inputs, new AzurermGatewayResource(this, "Resource", inputs));
    this.resource = this.renderer.resource;
    const gatewayPath = armPath(props.resourceGroupName, "Microsoft.Network/applicationGateways", props.name);
    if (adopt !== undefined) {
      // azapi_resource's ImportState takes `<id>?api-version=`: the GET at the body's version.
      // The passthrough patch has no import: azapi_update_resource implements no ImportState, and
      // its create (GET, merge, PUT) re-sends the mode the gateway has.
      const viaAzapi = this.deployment === GatewayDeployment.SINGLE_AZAPI_RESOURCE;
      adopt._import(this, this.resource, viaAzapi ? `${gatewayPath}?api-version=${PASSTHROUGH_API_VERSION}` : gatewayPath, {
        azurerm: this.azurermProvider,
        importer: viaAzapi ? props.azapiProvider : this.azurermProvider,
      });
    }
    if (props.movedFrom !== undefined) {
      moveFromAzurermDeployment(this, this.resource, () =>
        this.describe().sslProfiles.some((p) => p.clientAuthConfiguration.verifyClientAuthMode === "Passthrough"),
      );
    }

    if (props.logAnalyticsWorkspaceId !== undefined) {
      const diagnostics = (id: string, name: string, targetResourceId: string, targetPath: string) => {
        const setting = new MonitorDiagnosticSetting(this, id, {
          name,
          provider: this.azurermProvider,
          targetResourceId,
          logAnalyticsWorkspaceId: props.logAnalyticsWorkspaceId!,
          enabledLog: [{ categoryGroup: "allLogs" }],
          enabledMetric: [{ category: "AllMetrics" }],
        });
        // azurerm's import id of a diagnostic setting: `<target id>|<name>` (diagnosticSettingId).
        adopt?._import(this, setting, `${targetPath}|${name}`, azurermProviders);
      };
      diagnostics("Diagnostics", resolved.diagnosticSettingName, this.gatewayId, gatewayPath);
      if (props.publicIpDiagnostics && publicIpId !== undefined) {
        // A public IP you own is not the gateway's to import: its diagnostic setting is still created here.
        const ownedName = resolved.publicIp.publicIpAddressId?.split("/").pop();
        diagnostics("PublicIpDiagnostics", `${ownedName ?? publicIpName}-diagnostics`, publicIpId, resolved.publicIp.publicIpAddressId ?? publicIpPath);
      }
    }
    if (props.deletionLock) {
      this.lock = new ManagementLock(this, "DeletionLock", {
        name: `${props.name}-delete-lock`,
        scope: this.gatewayId,
        lockLevel: "CanNotDelete",
        notes: "Set by cdktf-azure-appgw-mtls (deletionLock): remove the lock to delete or replace the gateway.",
        provider: this.azurermProvider,
      });
      adopt?._import(this, this.lock, `${gatewayPath}/providers/Microsoft.Authorization/locks/${props.name}-delete-lock`, azurermProviders);
    }

    this.node.addValidation({ validate: () => this.validateParts() });
  }

  /**
   * Adds an SSL profile; a passthrough one also adds it to the passthrough patch.
   * @param id construct id, and the profile's Azure name unless `props.name` is set
   * @param props client authentication and TLS policy
   */
  public addSslProfile(id: string, props: SslProfileProps = {}): SslProfile {
    checkCall(`${this.node.path}/SslProfile/${id}`, "MtlsApplicationGateway.addSslProfile", [id, props]);
    const profile = new SslProfile(this.partScope("SslProfile", id), id, props);
    if (profile.isPassthrough) this.renderer.passthroughProfileAdded();
    return profile;
  }

  /**
   * Adds an HTTPS listener; a Key Vault certificate with a vault id gets its role assignment.
   * @param id construct id, and the listener's Azure name unless `props.name` is set
   * @param props port, certificate, SSL profile, host names
   */
  public addHttpsListener(id: string, props: HttpsListenerProps): HttpsListener {
    checkCall(`${this.node.path}/Listener/${id}`, "MtlsApplicationGateway.addHttpsListener", [id, props]);
    const listener = new HttpsListener(this.partScope("Listener", id), id, props);
    this.grantKeyVaultAccess(listener.certificate);
    return listener;
  }

  /**
   * Adds a plain-HTTP listener that redirects to an HTTPS listener.
   * @param id construct id, and the Azure name of the listener, redirect and rule unless `props.name` is set
   * @param props target listener, priority, port
   */
  public addHttpRedirect(id: string, props: HttpRedirectProps): HttpRedirect {
    checkCall(`${this.node.path}/HttpRedirect/${id}`, "MtlsApplicationGateway.addHttpRedirect", [id, props]);
    return new HttpRedirect(this.partScope("HttpRedirect", id), id, props);
  }

  /**
   * Adds a backend pool.
   * @param id construct id, and the pool's Azure name unless `props.name` is set
   * @param props FQDN or IP targets
   */
  public addBackendPool(id: string, props: BackendPoolProps = {}): BackendPool {
    checkCall(`${this.node.path}/BackendPool/${id}`, "MtlsApplicationGateway.addBackendPool", [id, props]);
    return new BackendPool(this.partScope("BackendPool", id), id, props);
  }

  /**
   * Adds backend settings (and their health probe, if configured).
   * @param id construct id, and the settings' Azure name unless `props.name` is set
   * @param props protocol, port, host name, probe
   */
  public addBackendSettings(id: string, props: BackendSettingsProps = {}): BackendSettings {
    checkCall(`${this.node.path}/BackendSettings/${id}`, "MtlsApplicationGateway.addBackendSettings", [id, props]);
    return new BackendSettings(this.partScope("BackendSettings", id), id, props);
  }

  /**
   * Adds a basic routing rule from a listener to a backend pool, or to a redirect.
   * @param id construct id, and the rule's Azure name unless `props.name` is set
   * @param props priority, listener, and a backend pool with settings or a redirect
   */
  public addRoutingRule(id: string, props: RoutingRuleProps): RoutingRule {
    checkCall(`${this.node.path}/RoutingRule/${id}`, "MtlsApplicationGateway.addRoutingRule", [id, props]);
    return new RoutingRule(this.partScope("RoutingRule", id), id, props);
  }

  /**
   * Adds a path-based routing rule (a URL path map); add its paths with `addPathRule`.
   * @param id construct id, and the Azure name of the rule and its path map unless `props.name` is set
   * @param props priority, listener, and the default route
   */
  public addPathBasedRoutingRule(id: string, props: PathBasedRoutingRuleProps): PathBasedRoutingRule {
    checkCall(`${this.node.path}/RoutingRule/${id}`, "MtlsApplicationGateway.addPathBasedRoutingRule", [id, props]);
    return new PathBasedRoutingRule(this.partScope("RoutingRule", id), id, props);
  }

  /**
   * Adds a set of your own header and URL rewrites, for routing rules and path rules.
   * @param id construct id, and the set's Azure name unless `props.name` is set
   * @param props the rules
   */
  public addRewriteRuleSet(id: string, props: RewriteRuleSetProps): RewriteRuleSet {
    checkCall(`${this.node.path}/RewriteRuleSet/${id}`, "MtlsApplicationGateway.addRewriteRuleSet", [id, props]);
    return new RewriteRuleSet(this.partScope("RewriteRuleSet", id), id, props);
  }

  /**
   * Adds a TCP listener (layer-4 proxy; azurerm ≥ 4.67, the cdktn flavour, or the single-resource deployment).
   * @param id construct id, and the listener's Azure name unless `props.name` is set
   * @param props port and frontend
   */
  public addTcpListener(id: string, props: TcpListenerProps): TcpListener {
    checkCall(`${this.node.path}/Layer4Listener/${id}`, "MtlsApplicationGateway.addTcpListener", [id, props]);
    return new TcpListener(this.partScope("Layer4Listener", id), id, props);
  }

  /**
   * Adds a TLS listener (layer-4 proxy that terminates TLS); a Key Vault certificate with a vault id gets its role assignment.
   * @param id construct id, and the listener's Azure name unless `props.name` is set
   * @param props port, certificate, SSL profile
   */
  public addTlsListener(id: string, props: TlsListenerProps): TlsListener {
    checkCall(`${this.node.path}/Layer4Listener/${id}`, "MtlsApplicationGateway.addTlsListener", [id, props]);
    const listener = new TlsListener(this.partScope("Layer4Listener", id), id, props);
    this.grantKeyVaultAccess(listener.certificate);
    return listener;
  }

  /**
   * Adds layer-4 backend settings (and their health probe, if configured) for TCP and TLS listeners.
   * @param id construct id, and the settings' Azure name unless `props.name` is set
   * @param props protocol, port, timeout, probe
   */
  public addLayer4BackendSettings(id: string, props: Layer4BackendSettingsProps): Layer4BackendSettings {
    checkCall(`${this.node.path}/Layer4BackendSettings/${id}`, "MtlsApplicationGateway.addLayer4BackendSettings", [id, props]);
    return new Layer4BackendSettings(this.partScope("Layer4BackendSettings", id), id, props);
  }

  /**
   * Adds a layer-4 routing rule from a TCP or TLS listener to a backend pool.
   * @param id construct id, and the rule's Azure name unless `props.name` is set
   * @param props priority, listener, backend pool and layer-4 backend settings
   */
  public addLayer4RoutingRule(id: string, props: Layer4RoutingRuleProps): Layer4RoutingRule {
    checkCall(`${this.node.path}/Layer4RoutingRule/${id}`, "MtlsApplicationGateway.addLayer4RoutingRule", [id, props]);
    return new Layer4RoutingRule(this.partScope("Layer4RoutingRule", id), id, props);
  }

  /**
   * Adds a load distribution policy for routes (single-resource deployment only).
   * @param id construct id, and the policy's Azure name unless `props.name` is set
   * @param props algorithm and weighted targets
   */
  public addLoadDistributionPolicy(id: string, props: LoadDistributionPolicyProps): LoadDistributionPolicy {
    checkCall(`${this.node.path}/LoadDistributionPolicy/${id}`, "MtlsApplicationGateway.addLoadDistributionPolicy", [id, props]);
    return new LoadDistributionPolicy(this.partScope("LoadDistributionPolicy", id), id, props);
  }

  /**
   * Grants a principal a role on the gateway (e.g. "Reader" for an operations team).
   * @param id construct id of the role assignment
   * @param props principal and role
   */
  public addRoleAssignment(id: string, props: GatewayRoleAssignmentProps): RoleAssignment {
    checkCall(`${this.node.path}/RoleAssignment-${id}`, "MtlsApplicationGateway.addRoleAssignment", [id, props]);
    checkPartId(this, id, `RoleAssignment-${id}`);
    checkRoleAssignment(`${this.node.path}/RoleAssignment-${id}`, props);
    return new RoleAssignment(this, `RoleAssignment-${id}`, {
      scope: this.gatewayId,
      principalId: props.principalId,
      roleDefinitionName: props.roleDefinitionName,
      roleDefinitionId: props.roleDefinitionId === undefined ? undefined : roleDefinitionIdUnder(this.gatewayId, props.roleDefinitionId),
      principalType: props.principalType,
      provider: this.azurermProvider,
    });
  }

  /**
   * Accepts a warning of one of the library's rules for this gateway: it is no
   * longer reported, and the acknowledgement, with its reason, is recorded in the
   * gateway resource's metadata in the synthesized output (`"//"`).
   * @param ruleId the warning's rule id (see `RuleId`), e.g. `AGW-CERT-OVER-HTTP`
   * @param reason why the warning does not apply here
   */
  public acknowledge(ruleId: string, reason: string): void {
    checkCall(this.node.path, "MtlsApplicationGateway.acknowledge", [ruleId, reason]);
    const rule = RULES.find((r) => r.id === ruleId);
    const warnings = RULES.filter((r) => r.severity === Severity.WARNING).map((r) => r.id);
    if (rule === undefined || rule.severity !== Severity.WARNING) {
      throw new GatewayConfigError(
        `${this.node.path}: acknowledge(ruleId) = ${JSON.stringify(ruleId)} is not allowed: the id of a warning (${warnings.join(", ")}); errors cannot be acknowledged`,
      );
    }
    if (reason.trim() === "") {
      throw new GatewayConfigError(`${this.node.path}: acknowledge(reason) = "" is not allowed: a reason, recorded beside the acknowledgement`);
    }
    this.acknowledged.set(ruleId, reason);
    this.resource.addOverride(
      "//.acknowledgedWarnings",
      [...this.acknowledged].map(([id, why]) => ({ rule: id, reason: why })),
    );
  }

  /** The gateway's resource id, as a Terraform expression. */
  public get gatewayId(): string {
    return this.renderer.gatewayId;
  }

  /** The passthrough patch, once a passthrough SSL profile exists (default deployment only). */
  public get passthroughPatch(): PassthroughPatch | undefined {
    return this.renderer instanceof AzurermRenderer ? this.renderer.passthroughPatch : undefined;
  }

  /** Resource id of the gateway's user-assigned identity, if any. */
  public get identityId(): string | undefined {
    return this.boundIdentity?.identityId;
  }

  /** SSL profiles, in the order added. */
  public get sslProfiles(): SslProfile[] {
    return this.childrenOf(this.scopes.SslProfile, SslProfile);
  }

  /** HTTPS listeners, in the order added. */
  public get listeners(): HttpsListener[] {
    return this.childrenOf(this.scopes.Listener, HttpsListener);
  }

  /** HTTP → HTTPS redirects, in the order added. */
  public get httpRedirects(): HttpRedirect[] {
    return this.childrenOf(this.scopes.HttpRedirect, HttpRedirect);
  }

  /** Backend pools, in the order added. */
  public get backendPools(): BackendPool[] {
    return this.childrenOf(this.scopes.BackendPool, BackendPool);
  }

  /** Backend settings, in the order added. */
  public get backendSettings(): BackendSettings[] {
    return this.childrenOf(this.scopes.BackendSettings, BackendSettings);
  }

  /** Basic routing rules, in the order added. */
  public get routingRules(): RoutingRule[] {
    return this.childrenOf(this.scopes.RoutingRule, RoutingRule);
  }

  /** Path-based routing rules, in the order added. */
  public get pathBasedRoutingRules(): PathBasedRoutingRule[] {
    return this.childrenOf(this.scopes.RoutingRule, PathBasedRoutingRule);
  }

  /** Your rewrite rule sets, in the order added. */
  public get rewriteRuleSets(): RewriteRuleSet[] {
    return this.childrenOf(this.scopes.RewriteRuleSet, RewriteRuleSet);
  }

  /** TCP and TLS listeners, in the order added. */
  public get layer4Listeners(): Layer4Listener[] {
    return this.childrenOf(this.scopes.Layer4Listener, Layer4Listener);
  }

  /** Layer-4 backend settings, in the order added. */
  public get layer4BackendSettings(): Layer4BackendSettings[] {
    return this.childrenOf(this.scopes.Layer4BackendSettings, Layer4BackendSettings);
  }

  /** Layer-4 routing rules, in the order added. */
  public get layer4RoutingRules(): Layer4RoutingRule[] {
    return this.childrenOf(this.scopes.Layer4RoutingRule, Layer4RoutingRule);
  }

  /** Load distribution policies, in the order added. */
  public get loadDistributionPolicies(): LoadDistributionPolicy[] {
    return this.childrenOf(this.scopes.LoadDistributionPolicy, LoadDistributionPolicy);
  }

  /** The gateway as Azure describes it: its settings and what its parts make of it. @internal */
  public get _model(): GatewayModel {
    return { ...this.settings, ...this.describe() };
  }

  /** The part-derived model, built at most once between additions of parts. */
  private describe(): GatewayPartsModel {
    this.partsModel ??= describeParts(this.declared());
    return this.partsModel;
  }

  /**
   * The scope for a new part. An id constructs would reject (empty, taken, with
   * '/'), or that is a Terraform expression, is reported as ours.
   */
  private partScope(kind: string, id: string): Construct {
    this.partsModel = undefined;
    const scope = this.scopes[kind];
    checkPartId(scope, id);
    return scope;
  }

  private childrenOf<T>(scope: Construct, type: abstract new (...args: any[]) => T): T[] {
    return scope.node.children.filter((c): c is T & IConstruct => c instanceof type);
  }

  /**
   * Lets the gateway's identity read the vault, once per vault, and makes the
   * gateway wait for it: without the dependency Terraform creates both at once
   * and the gateway's PUT can run before the role exists.
   */
  private grantKeyVaultAccess(certificate: ListenerCertificate): void {
    const vault = certificate.keyVaultId;
    const principalId = this.boundIdentity?.principalId;
    if (vault === undefined || principalId === undefined || this.grantedVaults.has(vault)) return;
    this.grantedVaults.add(vault);
    // A certificate name that is a Terraform expression cannot name a construct.
    // Certificates of one name in two vaults (refused at synth, AGW-SHARED-NAME) must not collide here first.
    const named = `KeyVaultAccess-${certificate.name}`;
    const id = isUnknown(certificate.name) || this.node.tryFindChild(named) !== undefined ? `KeyVaultAccess${this.grantedVaults.size}` : named;
    const role = new RoleAssignment(this, id, {
      scope: vault,
      roleDefinitionName: "Key Vault Secrets User",
      principalId,
      principalType: "ServicePrincipal",
      provider: this.azurermProvider,
    });
    this.renderer.dependOn(role);
  }

  private declared(): DeclaredGateway {
    return {
      sku: this.sku,
      capacity: this.capacity,
      sslPolicy: this.sslPolicy,
      subnet: this.subnet,
      privateFrontendIpAddress: this.privateFrontendIpAddress,
      hasPublicFrontend: this.hasPublicFrontend,
      hasIpv6Frontend: this.ipv6FrontendIpConfigurationName !== undefined,
      ipv6FrontendIpConfigurationName: this.ipv6FrontendIpConfigurationName,
      hasIdentity: this.boundIdentity !== undefined,
      firewallPolicyId: this.firewallPolicyId,
      clientCertificateHeaders: this.clientCertificateHeaders,
      frontendIpConfigurationName: this.frontendIpConfigurationName,
      azurermReadsIds: this.deployment === GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH,
      privateFrontendIpConfigurationName: this.privateFrontendIpConfigurationName,
      sslProfiles: this.sslProfiles,
      listeners: this.listeners,
      httpRedirects: this.httpRedirects,
      backendPools: this.backendPools,
      backendSettings: this.backendSettings,
      routingRules: this.routingRules,
      pathBasedRoutingRules: this.pathBasedRoutingRules,
      rewriteRuleSets: this.rewriteRuleSets,
      layer4Listeners: this.layer4Listeners,
      layer4BackendSettings: this.layer4BackendSettings,
      layer4RoutingRules: this.layer4RoutingRules,
      loadDistributionPolicies: this.loadDistributionPolicies,
    };
  }

  /** The gateway as the cross-part and best-practice rules read it (rules/view.ts); the policy pack (lib/checks) reads it too. @internal */
  public _view(): GatewayView {
    const policyId = this.firewallPolicyId;
    return {
      ...this.declared(),
      certificateHeaders: headerVariables(this.clientCertificateHeaders),
      scope: this,
      model: this._model,
      resourceScope: this.resource,
      blocksSetElsewhere: this.renderer.blocksSetElsewhere(),
      renderedByAzurerm: this.deployment === GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH,
      azurermHasLayer4Blocks: AZURERM_FEATURES.layer4Blocks,
      // A policy known only by an id from outside this app has no settings to read.
      wafPolicy: (this.wafPolicy ?? (policyId === undefined ? undefined : WafPolicy._withId(this, policyId)))?._view(),
      logAnalyticsWorkspaceId: this.logAnalyticsWorkspaceId,
    };
  }

  /** The warnings the gateway was told to accept, with their reasons (`acknowledge`). @internal */
  public get _acknowledged(): ReadonlyMap<string, string> {
    return this.acknowledged;
  }

  /** Errors go back to cdktf's validation; warnings not acknowledged become annotations, once. */
  private validateParts(): string[] {
    const findings = checkGateway(this._view());
    if (!this.warned) {
      this.warned = true;
      for (const f of findings.filter((x) => x.rule.severity === Severity.WARNING && !this.acknowledged.has(x.rule.id))) {
        Annotations.of(f.scope).addWarning(formatAdvice(f.prop, f.value, f.rule, f.note));
      }
    }
    return findings.filter((f) => f.rule.severity === Severity.ERROR).map((f) => formatProblem(f.scope.node.path, f.prop, f.value, f.rule, f.note));
  }
}
