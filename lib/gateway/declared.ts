import type { BackendPool } from "../parts/backend-pool";
import type { BackendSettings } from "../parts/backend-settings";
import type { ClientCertificateHeaders } from "../options/client-certificate-headers";
import type { HttpRedirect } from "../parts/http-redirect";
import type { HttpsListener } from "../parts/https-listener";
import type { GatewaySubnet } from "../resources/network";
import type { PathBasedRoutingRule } from "../parts/path-based-routing-rule";
import type { RewriteRuleSet } from "../parts/rewrite-rule-set";
import type { RoutingRule } from "../parts/routing-rule";
import type { GatewayCapacity } from "../options/capacity";
import type { GatewaySku } from "../core/enums";
import type { SslPolicy } from "../options/ssl-policy";
import type { SslProfile } from "../parts/ssl-profile";
import type { Layer4Listener } from "../parts/layer4-listener";
import type { Layer4BackendSettings } from "../parts/layer4-backend-settings";
import type { Layer4RoutingRule } from "../parts/layer4-routing-rule";
import type { LoadDistributionPolicy } from "../parts/load-distribution-policy";

/** A gateway as its user declared it: the gateway's own props and its parts, in the order added. */
export interface DeclaredGateway {
  readonly sku: GatewaySku;
  readonly capacity: GatewayCapacity;
  readonly sslPolicy: SslPolicy;
  readonly subnet: GatewaySubnet;
  readonly privateFrontendIpAddress?: string;
  /** Whether the gateway has its public IPv4 frontend (false: private-only). */
  readonly hasPublicFrontend?: boolean;
  /** Whether the gateway has an IPv6 public frontend. */
  readonly hasIpv6Frontend?: boolean;
  /** Name of the IPv6 public frontend IP configuration. */
  readonly ipv6FrontendIpConfigurationName?: string;
  readonly hasIdentity: boolean;
  readonly firewallPolicyId?: string;
  readonly clientCertificateHeaders: ClientCertificateHeaders;
  readonly frontendIpConfigurationName: string;
  /** Whether azurerm reads the ids (it checks their spelling case-sensitively); ARM alone compares ids ignoring case. */
  readonly azurermReadsIds: boolean;
  readonly privateFrontendIpConfigurationName: string;
  readonly sslProfiles: SslProfile[];
  readonly listeners: HttpsListener[];
  readonly httpRedirects: HttpRedirect[];
  readonly backendPools: BackendPool[];
  readonly backendSettings: BackendSettings[];
  readonly routingRules: RoutingRule[];
  readonly pathBasedRoutingRules: PathBasedRoutingRule[];
  readonly rewriteRuleSets: RewriteRuleSet[];
  readonly layer4Listeners: Layer4Listener[];
  readonly layer4BackendSettings: Layer4BackendSettings[];
  readonly layer4RoutingRules: Layer4RoutingRule[];
  readonly loadDistributionPolicies: LoadDistributionPolicy[];
}
