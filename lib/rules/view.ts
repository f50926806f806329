// What the cross-part rules read of a gateway: a structural view of its parts as
// declared (for the construct path and prop a finding names) and the model the
// renderers write (for what the library decided on the user's behalf). The parts
// satisfy these interfaces as they are; rules import no part, so the rules layer
// sits below them (docs/DESIGN.md).
import { IConstruct } from "constructs";
import { ClientAuthMode, GatewaySku, ListenerFrontend } from "../core/enums";
import { RuleInfo } from "../core/rule";
import type { GatewayModel } from "../model/gateway-model";

/** A part of the gateway: a construct with its Azure name. */
export interface PartView extends IConstruct {
  readonly name: string;
}

export interface SslPolicyView {
  readonly policyName?: string;
  readonly policyType?: string;
  /** Cipher suites of a Custom or CustomV2 policy. */
  readonly cipherSuites?: string[];
  /** "2022" or "legacy"; undefined when unknown. */
  readonly family?: string;
}

export interface SslProfileView extends PartView {
  readonly clientAuthentication: {
    /** Undefined: no client certificate requested. */
    readonly mode?: ClientAuthMode;
    readonly trustedClientCertificates: { readonly name: string; readonly data: string }[];
  };
  readonly sslPolicy?: SslPolicyView;
}

/** What HTTPS listeners and HTTP redirects share: where they listen. */
export interface ListenerBindingView extends PartView {
  readonly port: number;
  readonly frontendPortName: string;
  readonly hostNames: string[];
  readonly frontend: ListenerFrontend;
}

export interface HttpsListenerView extends ListenerBindingView {
  readonly certificate: {
    readonly name: string;
    readonly keyVaultSecretId?: string;
    readonly keyVaultId?: string;
    readonly _secrets: { readonly prop: string; readonly value: string }[];
  };
  readonly sslProfile?: SslProfileView;
  readonly forwardsClientCertificate: boolean;
  readonly firewallPolicyId?: string;
}

export interface HttpRedirectView extends ListenerBindingView {
  readonly priority: number;
  readonly target: PartView;
}

export interface BackendPoolView extends PartView {
  readonly fqdns: string[];
  readonly ipAddresses: string[];
}

export interface BackendSettingsView extends PartView {
  readonly protocol: string;
  readonly hostName?: string;
  readonly healthProbe?: { readonly host?: string };
  /** Name of its custom probe (used when `healthProbe` is set). */
  readonly probeName: string;
  readonly trustedRootCertificates: { readonly name: string; readonly data?: string; readonly keyVaultSecretId?: string }[];
}

export interface RewriteRuleSetView extends PartView {
  readonly requestHeaderNames: string[];
  readonly reroutes: boolean;
  readonly hasNonLoopingRule: boolean;
}

/** Where a routing rule, a path rule or a path map's default sends requests. */
export interface RouteView {
  readonly backendPool?: PartView;
  readonly backendSettings?: BackendSettingsView;
  readonly redirect?: { readonly targetListener?: PartView };
  readonly rewriteRuleSet?: RewriteRuleSetView;
  readonly loadDistributionPolicy?: PartView;
}

export interface RoutingRuleView extends PartView {
  readonly priority: number;
  readonly listener: HttpsListenerView;
  readonly route: RouteView;
  readonly jwtValidation?: {
    readonly name: string;
    readonly tenantId: string;
    readonly clientId: string;
    readonly audiences: string[];
    readonly unauthorizedRequestAction: string;
  };
}

export interface PathRuleView extends PartView {
  readonly route: RouteView;
  readonly firewallPolicyId?: string;
}

export interface PathBasedRoutingRuleView extends RoutingRuleView {
  readonly pathRules: PathRuleView[];
}

/** Managed rules a WAF turns off. */
export interface WafManagedRulesView {
  /** Rule groups turned off whole, by name. */
  readonly disabledRuleGroups: string[];
  /** Single rules turned off, as "<group>/<rule id>". */
  readonly disabledRules: string[];
}

/** A WAF policy whose settings are known (ARM ApplicationGatewayWebApplicationFirewallPolicies). */
export interface WafPolicyView extends WafManagedRulesView {
  /** The policy's construct, for the path a finding names (the gateway's, where the policy has none). */
  readonly scope: IConstruct;
  /** ARM policySettings.state is "Enabled". */
  readonly enabled: boolean;
  /** ARM policySettings.mode: "Prevention" or "Detection". */
  readonly mode: string;
  /** Its managed rule sets (ARM managedRules.managedRuleSets: ruleSetType, ruleSetVersion). */
  readonly ruleSets: { readonly type: string; readonly version: string }[];
  /** Its exclusions, each as "<matchVariable> <selectorMatchOperator> <selector>". */
  readonly exclusions: string[];
}

/** A classic inline WAF configuration (ARM webApplicationFirewallConfiguration). */
export interface ClassicWafView extends WafManagedRulesView {
  readonly enabled: boolean;
  /** "Prevention" or "Detection". */
  readonly firewallMode: string;
}

/** A TCP or TLS listener (the TLS one with its certificate and SSL profile). */
export interface Layer4ListenerView extends ListenerBindingView {
  readonly protocol: string;
  readonly sslProfile?: SslProfileView;
}

export interface Layer4RoutingRuleView extends PartView {
  readonly priority: number;
  readonly listener: Layer4ListenerView;
  readonly backendPool: PartView;
  readonly backendSettings: PartView;
}

export interface GatewayView {
  readonly scope: IConstruct;
  readonly model: GatewayModel;
  /** The gateway's Terraform resource, and the part blocks someone set on it directly. */
  readonly resourceScope: IConstruct;
  readonly blocksSetElsewhere: string[];
  readonly sku: GatewaySku;
  readonly capacity: { readonly maxInstances: number };
  readonly sslPolicy: SslPolicyView;
  readonly subnet: { readonly addressPrefix?: string; readonly delegated: boolean };
  readonly privateFrontendIpAddress?: string;
  /** Whether the gateway has its public IPv4 frontend (false: private-only). Undefined: it has. */
  readonly hasPublicFrontend?: boolean;
  /** Whether the gateway has an IPv6 public frontend. */
  readonly hasIpv6Frontend?: boolean;
  readonly hasIdentity: boolean;
  /** Whether azurerm reads the ids (it checks their spelling case-sensitively); ARM alone compares ids ignoring case. */
  readonly azurermReadsIds: boolean;
  /** Whether the azurerm renderer writes the gateway (the default deployment), which cannot say everything ARM can. */
  readonly renderedByAzurerm: boolean;
  /** The client-certificate headers the library forwards or strips on every route, with their server variables. */
  readonly certificateHeaders: { readonly header: string; readonly variable: string }[];
  readonly sslProfiles: SslProfileView[];
  readonly listeners: HttpsListenerView[];
  readonly httpRedirects: HttpRedirectView[];
  readonly backendPools: BackendPoolView[];
  readonly backendSettings: BackendSettingsView[];
  readonly routingRules: RoutingRuleView[];
  readonly pathBasedRoutingRules: PathBasedRoutingRuleView[];
  readonly rewriteRuleSets: RewriteRuleSetView[];
  // Read by the opt-in best-practice rules (rules/practice/) only, beside the model's zones,
  // capacity and frontends. Optional, so a view that cannot know them still is one.
  /** The WAF policy of `model.firewallPolicyId`, when its settings are known; undefined: no policy, or only its id. */
  readonly wafPolicy?: WafPolicyView;
  /** The classic WAF configuration: the library never writes one; a gateway it did not build may have one. */
  readonly classicWaf?: ClassicWafView;
  /** The Log Analytics workspace the gateway's diagnostic setting sends its logs to; undefined: none known. */
  readonly logAnalyticsWorkspaceId?: string;
  readonly layer4Listeners: Layer4ListenerView[];
  readonly layer4BackendSettings: PartView[];
  readonly layer4RoutingRules: Layer4RoutingRuleView[];
  readonly loadDistributionPolicies: PartView[];
  /** Whether the installed azurerm binding has the layer-4 blocks (azurerm ≥ 4.67). */
  readonly azurermHasLayer4Blocks: boolean;
}

/** One broken rule: where, which prop, the value given, and the rule. */
export interface Finding {
  readonly rule: RuleInfo;
  readonly scope: IConstruct;
  readonly prop: string;
  readonly value: unknown;
  /** What the message adds after the value: the other part involved, by name. */
  readonly note?: string;
}

/** A cross-part rule: a pure function of the gateway's view. */
export type GatewayRule = (gateway: GatewayView) => Finding[];
