import type { BackendPool } from "../backend-pool";
import type { BackendSettings } from "../backend-settings";
import type { ClientCertificateHeaders } from "../client-certificate-headers";
import type { HttpRedirect } from "../http-redirect";
import type { HttpsListener } from "../listener";
import type { GatewaySubnet } from "../network";
import type { PathBasedRoutingRule } from "../path-based-routing-rule";
import type { RewriteRuleSet } from "../rewrite-rule-set";
import type { RoutingRule } from "../routing-rule";
import type { GatewayCapacity, GatewaySku } from "../sku";
import type { SslPolicy } from "../ssl-policy";
import type { SslProfile } from "../ssl-profile";

/** A gateway as its user declared it: the gateway's own props and its parts, in the order added. */
export interface DeclaredGateway {
  readonly sku: GatewaySku;
  readonly capacity: GatewayCapacity;
  readonly sslPolicy: SslPolicy;
  readonly subnet: GatewaySubnet;
  readonly privateFrontendIpAddress?: string;
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
}
