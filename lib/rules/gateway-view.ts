import { IConstruct } from "constructs";
import type { BackendPool } from "../backend-pool";
import type { BackendSettings } from "../backend-settings";
import type { ClientCertificateHeaders } from "../client-certificate-headers";
import type { HttpRedirect } from "../http-redirect";
import type { HttpsListener } from "../listener";
import type { GatewaySubnet } from "../network";
import type { RoutingRule } from "../routing-rule";
import type { GatewayCapacity, GatewaySku } from "../sku";
import type { SslPolicy } from "../ssl-policy";
import type { SslProfile } from "../ssl-profile";
import { RuleInfo } from "./rule";

/** What the cross-part rules read of a gateway: its parts, as declared. */
export interface GatewayView {
  readonly scope: IConstruct;
  readonly sku: GatewaySku;
  readonly capacity: GatewayCapacity;
  readonly sslPolicy: SslPolicy;
  readonly subnet: GatewaySubnet;
  readonly privateFrontendIpAddress?: string;
  readonly hasIdentity: boolean;
  readonly firewallPolicyId?: string;
  readonly clientCertificateHeaders: ClientCertificateHeaders;
  readonly sslProfiles: SslProfile[];
  readonly listeners: HttpsListener[];
  readonly httpRedirects: HttpRedirect[];
  readonly backendPools: BackendPool[];
  readonly backendSettings: BackendSettings[];
  readonly routingRules: RoutingRule[];
}

/** One broken rule: where, which prop, the value given, and the rule. */
export interface Finding {
  readonly rule: RuleInfo;
  readonly scope: IConstruct;
  readonly prop: string;
  readonly value: unknown;
}

/** A cross-part rule: a pure function of the gateway's parts. */
export type GatewayRule = (gateway: GatewayView) => Finding[];
