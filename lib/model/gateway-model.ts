// The gateway as Azure describes it: one plain-data model, built once per synth
// from the parts (see describe.ts), that the rules read and every renderer turns
// into Terraform (render/azurerm/: azurerm + passthrough patch; render/arm/:
// the ARM body of a single azapi_resource).
//
// Field names follow the ARM schema of Microsoft.Network 2025-03-01
// (`ApplicationGatewayPropertiesFormat` and its children); a reference to another
// child of the gateway is that child's name, which each renderer turns into what
// its target wants (azurerm: `*_name`; ARM: `{ id: <gateway id>/<collection>/<name> }`).
// Nothing here is part of the public API.

/** `sslPolicy` of the gateway or of an SSL profile. */
export interface SslPolicyModel {
  readonly policyType?: string;
  readonly policyName?: string;
  readonly minProtocolVersion?: string;
  readonly cipherSuites?: string[];
  readonly disabledSslProtocols?: string[];
}

export interface GatewayIpConfigurationModel {
  readonly name: string;
  readonly subnetId: string;
}

export interface FrontendIpConfigurationModel {
  readonly name: string;
  readonly publicIpAddressId?: string;
  readonly subnetId?: string;
  readonly privateIpAddress?: string;
  readonly privateIpAllocationMethod?: "Static";
  /** Name of the Private Link configuration this frontend carries, if any. */
  readonly privateLinkConfiguration?: string;
  /** "IPv6" for the IPv6 public frontend. Not an ARM field here (the public IP's `publicIPAddressVersion`): renderers skip it. */
  readonly ipVersion?: "IPv6";
}

/** An IP configuration of a Private Link configuration: an address in a subnet other than the gateway's. */
export interface PrivateLinkIpConfigurationModel {
  readonly name: string;
  readonly subnetId: string;
  /** Learn: private-link-configure, only dynamic allocation is supported. */
  readonly privateIPAllocationMethod: "Dynamic";
  readonly primary: boolean;
}

/** `privateLinkConfigurations[]`: what private endpoints in other networks connect to. */
export interface PrivateLinkConfigurationModel {
  readonly name: string;
  readonly ipConfigurations: PrivateLinkIpConfigurationModel[];
}

export interface FrontendPortModel {
  readonly name: string;
  readonly port: number;
}

/** A listener's server certificate: PFX data and password, or a Key Vault secret id. */
export interface SslCertificateModel {
  readonly name: string;
  readonly data?: string;
  readonly password?: string;
  readonly keyVaultSecretId?: string;
}

/** Public CA data the gateway trusts: client CAs of strict SSL profiles, root CAs of HTTPS backends. */
export interface TrustedCertificateModel {
  readonly name: string;
  readonly data?: string;
  /** Trusted root certificates only: read from Key Vault instead of `data`. */
  readonly keyVaultSecretId?: string;
}

export interface CustomErrorModel {
  readonly statusCode: string;
  readonly customErrorPageUrl: string;
}

export interface ClientAuthConfigurationModel {
  /** Undefined when the profile requests no client certificate. */
  readonly verifyClientAuthMode?: "Strict" | "Passthrough";
  readonly verifyClientCertIssuerDN: boolean;
  readonly verifyClientRevocation: "None" | "OCSP";
}

export interface SslProfileModel {
  readonly name: string;
  /** Names of trusted client certificates. */
  readonly trustedClientCertificates: string[];
  readonly clientAuthConfiguration: ClientAuthConfigurationModel;
  /** Undefined: the gateway's policy applies. */
  readonly sslPolicy?: SslPolicyModel;
}

export interface HttpListenerModel {
  readonly name: string;
  readonly protocol: "Http" | "Https";
  readonly frontendIPConfiguration: string;
  readonly frontendPort: string;
  readonly sslCertificate?: string;
  readonly sslProfile?: string;
  /** Empty for a basic listener. */
  readonly hostNames: string[];
  readonly requireServerNameIndication: boolean;
  /** WAF policy id of this listener (overrides the gateway's). */
  readonly firewallPolicyId?: string;
  readonly customErrorConfigurations: CustomErrorModel[];
}

export interface BackendAddressPoolModel {
  readonly name: string;
  readonly fqdns: string[];
  readonly ipAddresses: string[];
}

export interface BackendHttpSettingsModel {
  readonly name: string;
  readonly protocol: "Http" | "Https";
  readonly port: number;
  readonly cookieBasedAffinity: "Enabled" | "Disabled";
  readonly hostName?: string;
  readonly pickHostNameFromBackendAddress: boolean;
  readonly requestTimeout: number;
  /** Connection draining, if on. */
  readonly connectionDraining?: { readonly enabled: boolean; readonly drainTimeoutInSec: number };
  /** Name of the affinity cookie, if not Azure's ApplicationGatewayAffinity. */
  readonly affinityCookieName?: string;
  /** Override backend path: the prefix put before the request's path. */
  readonly path?: string;
  readonly dedicatedBackendConnection: boolean;
  /** Name of the custom probe, if any. */
  readonly probe?: string;
  /** Names of trusted root certificates (end-to-end TLS to a private CA). */
  readonly trustedRootCertificates: string[];
}

export interface ProbeModel {
  readonly name: string;
  readonly protocol: "Http" | "Https";
  readonly path: string;
  readonly interval: number;
  readonly timeout: number;
  readonly unhealthyThreshold: number;
  readonly host?: string;
  readonly pickHostNameFromBackendHttpSettings: boolean;
  readonly minServers: number;
  /** Port probed, if not the backend settings' port. */
  readonly port?: number;
  readonly match: { readonly statusCodes: string[]; readonly body?: string };
}

export interface HeaderConfigurationModel {
  readonly headerName: string;
  /** "" deletes the header. */
  readonly headerValue: string;
}

export interface RewriteConditionModel {
  readonly variable: string;
  readonly pattern: string;
  readonly ignoreCase: boolean;
  readonly negate: boolean;
}

export interface UrlConfigurationModel {
  readonly modifiedPath?: string;
  readonly modifiedQueryString?: string;
  readonly reroute: boolean;
}

export interface RewriteRuleModel {
  readonly name: string;
  readonly ruleSequence: number;
  readonly conditions: RewriteConditionModel[];
  readonly requestHeaderConfigurations: HeaderConfigurationModel[];
  readonly responseHeaderConfigurations: HeaderConfigurationModel[];
  readonly urlConfiguration?: UrlConfigurationModel;
}

export interface RewriteRuleSetModel {
  readonly name: string;
  readonly rewriteRules: RewriteRuleModel[];
}

export interface RedirectConfigurationModel {
  readonly name: string;
  readonly redirectType: "Permanent" | "Found" | "SeeOther" | "Temporary";
  readonly targetListener?: string;
  readonly targetUrl?: string;
  readonly includePath: boolean;
  readonly includeQueryString: boolean;
}

/** Where a rule, a path rule or a path map's default sends requests: a backend or a redirect. */
export interface RouteTargetModel {
  readonly backendAddressPool?: string;
  readonly backendHttpSettings?: string;
  readonly redirectConfiguration?: string;
  readonly rewriteRuleSet?: string;
  /** Name of the load distribution policy, if any (ARM 2025-03-01 only). */
  readonly loadDistributionPolicy?: string;
}

export interface RequestRoutingRuleModel extends RouteTargetModel {
  readonly name: string;
  readonly ruleType: "Basic" | "PathBasedRouting";
  readonly priority: number;
  readonly httpListener: string;
  /** Path-based rules only. */
  readonly urlPathMap?: string;
  /** Name of the Entra ID JWT validation configuration, if any. */
  readonly entraJWTValidationConfig?: string;
}

export interface EntraJwtValidationConfigModel {
  readonly name: string;
  readonly tenantId: string;
  readonly clientId: string;
  readonly audiences: string[];
  readonly unAuthorizedRequestAction: "Deny" | "Allow";
}

export interface PathRuleModel extends RouteTargetModel {
  readonly name: string;
  readonly paths: string[];
  readonly firewallPolicyId?: string;
}

export interface UrlPathMapModel {
  readonly name: string;
  /** The default route (requests no path rule matches). */
  readonly defaultTarget: RouteTargetModel;
  readonly pathRules: PathRuleModel[];
}

export interface GatewaySkuModel {
  readonly name: string;
  readonly tier: string;
  /** Fixed instance count; undefined when autoscaling. */
  readonly capacity?: number;
}

export interface AutoscaleModel {
  readonly minCapacity: number;
  readonly maxCapacity?: number;
}

/** Where the gateway is, and what it is called. */
export interface GatewayPlacement {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly tags?: { [key: string]: string };
}

/** What the gateway itself declares: known when it is constructed. */
export interface GatewaySettingsModel extends GatewayPlacement {
  readonly zones?: string[];
  readonly sku: GatewaySkuModel;
  readonly autoscaleConfiguration?: AutoscaleModel;
  /** User-assigned identity ids. */
  readonly identityIds?: string[];
  readonly firewallPolicyId?: string;
  readonly sslPolicy: SslPolicyModel;
  readonly gatewayIPConfigurations: GatewayIpConfigurationModel[];
  readonly frontendIPConfigurations: FrontendIpConfigurationModel[];
  /** Undefined or empty: none. */
  readonly privateLinkConfigurations?: PrivateLinkConfigurationModel[];
  readonly enableHttp2: boolean;
  /** Undefined: Azure's default (off in public cloud). */
  readonly enableFips?: boolean;
  /** Undefined: Azure's default (both buffers on). */
  readonly globalConfiguration?: { readonly enableRequestBuffering: boolean; readonly enableResponseBuffering: boolean };
  readonly customErrorConfigurations: CustomErrorModel[];
}

/** What comes from the parts: known once every part is added, at synth. */
export interface GatewayPartsModel {
  readonly frontendPorts: FrontendPortModel[];
  readonly sslCertificates: SslCertificateModel[];
  readonly trustedClientCertificates: TrustedCertificateModel[];
  readonly trustedRootCertificates: TrustedCertificateModel[];
  readonly sslProfiles: SslProfileModel[];
  readonly httpListeners: HttpListenerModel[];
  readonly backendAddressPools: BackendAddressPoolModel[];
  readonly backendHttpSettingsCollection: BackendHttpSettingsModel[];
  readonly probes: ProbeModel[];
  readonly rewriteRuleSets: RewriteRuleSetModel[];
  readonly redirectConfigurations: RedirectConfigurationModel[];
  readonly urlPathMaps: UrlPathMapModel[];
  readonly requestRoutingRules: RequestRoutingRuleModel[];
  readonly entraJWTValidationConfigs: EntraJwtValidationConfigModel[];
  /** Layer-4 listeners, rules, settings and probes; load distribution policies. */
  readonly listeners: ListenerModel[];
  readonly routingRules: RoutingRuleModel[];
  readonly backendSettingsCollection: BackendSettingsModel[];
  readonly layer4Probes: Layer4ProbeModel[];
  readonly loadDistributionPolicies: LoadDistributionPolicyModel[];
}

/** A layer-4 (TCP/TLS proxy) listener: ARM `listeners[]` (ApplicationGatewayListener). */
export interface ListenerModel {
  readonly name: string;
  readonly protocol: "Tcp" | "Tls";
  readonly frontendIPConfiguration: string;
  readonly frontendPort: string;
  /** Tls only. */
  readonly sslCertificate?: string;
  /** Tls only: a strict SSL profile (client authentication on a TLS listener). */
  readonly sslProfile?: string;
}

/** A layer-4 routing rule: ARM `routingRules[]` (ApplicationGatewayRoutingRule); always Basic. */
export interface RoutingRuleModel {
  readonly name: string;
  readonly priority: number;
  readonly listener: string;
  readonly backendAddressPool: string;
  readonly backendSettings: string;
}

/** Layer-4 backend settings: ARM `backendSettingsCollection[]` (ApplicationGatewayBackendSettings). */
export interface BackendSettingsModel {
  readonly name: string;
  readonly protocol: "Tcp" | "Tls";
  readonly port: number;
  /** Connection timeout in seconds. */
  readonly timeout: number;
  /** Tls only: the server name (SNI) sent to the backend. */
  readonly hostName?: string;
  readonly probe?: string;
  readonly trustedRootCertificates: string[];
}

/**
 * A layer-4 health probe. ARM keeps it in `probes[]` with the HTTP ones; the model keeps it
 * apart because it has none of their path, host and match fields (azurerm 4.73 refuses them
 * on a Tcp/Tls probe: resourceApplicationGateway CustomizeDiff).
 */
export interface Layer4ProbeModel {
  readonly name: string;
  readonly protocol: "Tcp" | "Tls";
  readonly interval: number;
  readonly timeout: number;
  readonly unhealthyThreshold: number;
  /** Port probed, if not the backend settings' port. */
  readonly port?: number;
}

/** ARM `loadDistributionPolicies[]` (ApplicationGatewayLoadDistributionPolicy). */
export interface LoadDistributionPolicyModel {
  readonly name: string;
  readonly loadDistributionAlgorithm?: "RoundRobin" | "LeastConnections" | "IpHash";
  readonly loadDistributionTargets: { readonly name: string; readonly weightPerServer: number; readonly backendAddressPool: string }[];
}

/** The whole gateway. */
export interface GatewayModel extends GatewaySettingsModel, GatewayPartsModel {}
