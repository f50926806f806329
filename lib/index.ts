export { BackendPool, BackendPoolProps } from "./backend-pool";
export { BackendProtocol, BackendSettings, BackendSettingsProps } from "./backend-settings";
export { ListenerCertificate, PfxCertificateProps } from "./certificate";
export {
  ClientAuthentication,
  ClientAuthMode,
  StrictClientAuthenticationProps,
  TrustedClientCertificate,
} from "./client-authentication";
export { MtlsApplicationGateway, MtlsApplicationGatewayProps } from "./gateway";
export { HttpsListener, HttpsListenerProps } from "./listener";
export { GatewayNetwork, GatewayNetworkProps, GatewaySubnet, GatewaySubnetAttributes } from "./network";
export { PassthroughPatch, PassthroughPatchProps } from "./passthrough-patch";
export { RoutingRule, RoutingRuleProps } from "./routing-rule";
export { AutoscaleProps, GatewayCapacity, GatewaySku } from "./sku";
export { CustomSslPolicyProps, PredefinedSslPolicy, SslPolicy } from "./ssl-policy";
export { SslProfile, SslProfileProps } from "./ssl-profile";
// The generated azapi bindings, so that users can declare the provider
// (`new azapi.provider.AzapiProvider(...)`) without a `.gen` of their own.
export * as azapi from "../.gen/providers/azapi";
