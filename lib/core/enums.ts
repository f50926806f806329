// The enums that several layers compare against (rules, parts, renderers), kept at the
// bottom so that a rule can read them without importing the part that takes them.

/**
 * Application Gateway SKU names as Azure spells them: v2 only. The v1 SKUs
 * (Standard, WAF) were retired on 2026-04-28 and no new v1 gateway could be
 * created since 2024-08-28 (Learn: v1 retirement); mutual TLS and header
 * rewrites exist only on v2 (Learn: mutual-authentication-overview).
 */
export enum GatewaySku {
  /** Standard v2: autoscaling, zone redundancy, mTLS. */
  STANDARD_V2 = "Standard_v2",
  /** WAF v2: Standard v2 plus a web application firewall policy. */
  WAF_V2 = "WAF_v2",
}

/**
 * `verifyClientAuthMode` of an SSL profile (ARM Microsoft.Network 2025-03-01,
 * `ApplicationGatewayClientAuthConfiguration`).
 */
export enum ClientAuthMode {
  /** The gateway validates the client certificate against trusted CAs and rejects bad ones. */
  STRICT = "Strict",
  /** The gateway requests a client certificate but never rejects one; the backend validates it. */
  PASSTHROUGH = "Passthrough",
}

/** Which frontend IP configuration of the gateway a listener is bound to. */
export enum ListenerFrontend {
  /** The Standard static public IP. */
  PUBLIC = "public",
  /** The private IP in the gateway subnet (set `MtlsApplicationGatewayProps.privateFrontendIpAddress`). */
  PRIVATE = "private",
  /**
   * The Standard static IPv6 public IP of a dual-stack gateway (set
   * `MtlsApplicationGatewayProps.ipv6PublicIp`).
   */
  PUBLIC_IPV6 = "public-ipv6",
}

/**
 * How the gateway is written to Azure.
 *
 * - `AZURERM_WITH_PASSTHROUGH_PATCH`: an `azurerm_application_gateway`, plus the
 *   `azapi_update_resource` that sets passthrough where azurerm cannot. Two full
 *   PUTs per change, with minutes between them in which passthrough is off.
 * - `SINGLE_AZAPI_RESOURCE`: the whole gateway as one `azapi_resource` at
 *   `Microsoft.Network/applicationGateways@2025-03-01`: one PUT per change,
 *   passthrough included, certificate secrets in `sensitive_body`.
 */
export enum GatewayDeployment {
  /** azurerm gateway plus the azapi passthrough patch (the default). */
  AZURERM_WITH_PASSTHROUGH_PATCH = "azurerm-with-passthrough-patch",
  /** One azapi_resource for the whole gateway. */
  SINGLE_AZAPI_RESOURCE = "single-azapi-resource",
}

/**
 * Protocol of a layer-4 (TCP/TLS proxy) listener or backend settings (ARM
 * Microsoft.Network 2025-03-01, `ApplicationGatewayProtocol` Tcp and Tls).
 */
export enum Layer4Protocol {
  /** Plain TCP: bytes are proxied as they come. */
  TCP = "Tcp",
  /** TLS: the gateway terminates (listener) or originates (backend) TLS around the bytes. */
  TLS = "Tls",
}

/** How a load distribution policy picks a backend server (ARM `loadDistributionAlgorithm`). */
export enum LoadDistributionAlgorithm {
  /** In turn. */
  ROUND_ROBIN = "RoundRobin",
  /** The server with the fewest open connections. */
  LEAST_CONNECTIONS = "LeastConnections",
  /** By a hash of the client IP: one client keeps its server. */
  IP_HASH = "IpHash",
}
