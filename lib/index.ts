export { BackendPool, BackendPoolProps } from "./backend-pool";
export { BackendProtocol, BackendSettings, BackendSettingsProps } from "./backend-settings";
export { KeyVaultCertificateProps, ListenerCertificate, PfxCertificateProps } from "./certificate";
export { ClientCertificateHeaders } from "./client-certificate-headers";
export {
  ClientAuthentication,
  ClientAuthMode,
  StrictClientAuthenticationProps,
  TrustedClientCertificate,
} from "./client-authentication";
export { MtlsApplicationGateway } from "./gateway";
export { GatewayRoleAssignmentProps, MtlsApplicationGatewayProps } from "./gateway-props";
export { CustomErrorPage, CustomErrorStatusCode } from "./custom-error";
export { ListenerFrontend } from "./frontend";
export { HealthProbeProps } from "./health-probe";
export { HttpRedirect, HttpRedirectProps } from "./http-redirect";
export { GatewayIdentity } from "./identity";
export { GatewayConfigError } from "./errors";
export { GatewayDeployment } from "./deployment";
export { RuleId } from "./rules/rule-id";
export { HttpsListener, HttpsListenerProps } from "./listener";
export { GatewayNetwork, GatewayNetworkProps, GatewaySubnet, GatewaySubnetAttributes } from "./network";
export { PassthroughPatch, PassthroughPatchProps } from "./passthrough-patch";
export { PathBasedRoutingRule, PathBasedRoutingRuleProps, PathRule, PathRuleProps } from "./path-based-routing-rule";
export { Redirect, RedirectOptions, RedirectType } from "./redirect";
export {
  HeaderRewrite,
  RewriteCondition,
  RewriteRuleProps,
  RewriteRuleSet,
  RewriteRuleSetProps,
  UrlRewrite,
} from "./rewrite-rule-set";
export { RouteProps } from "./route";
export { RoutingRule, RoutingRuleProps } from "./routing-rule";
export { RoutingRuleBase, RoutingRuleBaseProps } from "./routing-rule-base";
export { AutoscaleProps, GatewayCapacity, GatewaySku } from "./sku";
export { CustomSslPolicyProps, PredefinedSslPolicy, SslPolicy, SslPolicyAttributes } from "./ssl-policy";
export { SslProfile, SslProfileProps } from "./ssl-profile";
export { TrustedRootCertificate } from "./trusted-root-certificate";
export {
  WafCustomRuleAction,
  WafCustomRuleProps,
  WafExcludedRuleGroup,
  WafExclusionMatchVariable,
  WafExclusionProps,
  WafManagedRuleAction,
  WafMatchCondition,
  WafMatchTarget,
  WafMatchVariable,
  WafOperator,
  WafPolicy,
  WafPolicyProps,
  WafRateLimit,
  WafRateLimitDuration,
  WafRateLimitGroupBy,
  WafRuleOverrideProps,
  WafRuleSet,
  WafSelectorMatchOperator,
  WafTransform,
} from "./waf-policy";
// The generated azapi bindings, so that users can declare the provider
// (`new azapi.provider.AzapiProvider(...)`) without a `.gen` of their own.
export * as azapi from "../.gen/providers/azapi";
