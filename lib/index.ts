export { BackendPool, BackendPoolProps } from "./parts/backend-pool";
export { BackendProtocol, BackendSettings, BackendSettingsProps } from "./parts/backend-settings";
export { KeyVaultCertificateProps, ListenerCertificate, PfxCertificateProps } from "./options/listener-certificate";
export { ClientCertificateHeaders } from "./options/client-certificate-headers";
export { ClientAuthentication, StrictClientAuthenticationProps, TrustedClientCertificate } from "./options/client-authentication";
export { ClientAuthMode } from "./core/enums";
export { MtlsApplicationGateway } from "./gateway/mtls-application-gateway";
export { GatewayRoleAssignmentProps, MtlsApplicationGatewayProps } from "./gateway/gateway-props";
export { CustomErrorPage, CustomErrorStatusCode } from "./options/custom-error-page";
export { ListenerFrontend } from "./core/enums";
export { HealthProbeProps } from "./options/health-probe";
export { HttpRedirect, HttpRedirectProps } from "./parts/http-redirect";
export { GatewayIdentity } from "./resources/identity";
export { Adoption } from "./resources/adoption";
export { GatewayConfigError } from "./core/errors";
export { GatewayCheckFinding, GatewayChecks, GatewayChecksProps } from "./checks/gateway-checks";
export { GatewayDeployment } from "./core/enums";
export { RuleId } from "./core/rule-id";
export { HttpsListener, HttpsListenerProps } from "./parts/https-listener";
export { GatewayNetwork, GatewayNetworkProps, GatewaySubnet, GatewaySubnetAttributes } from "./resources/network";
export { PassthroughPatch, PassthroughPatchProps } from "./render/azurerm/passthrough-patch";
export { PathBasedRoutingRule, PathBasedRoutingRuleProps, PathRule, PathRuleProps } from "./parts/path-based-routing-rule";
export { Redirect, RedirectOptions, RedirectType } from "./parts/redirect";
export {
  HeaderRewrite,
  RewriteCondition,
  RewriteRuleProps,
  RewriteRuleSet,
  RewriteRuleSetProps,
  UrlRewrite,
} from "./parts/rewrite-rule-set";
export { RouteProps } from "./parts/route";
export { RoutingRule, RoutingRuleProps } from "./parts/routing-rule";
export { RoutingRuleBase, RoutingRuleBaseProps } from "./parts/routing-rule-base";
export { AutoscaleProps, GatewayCapacity } from "./options/capacity";
export { GatewaySku } from "./core/enums";
export { CustomSslPolicyProps, PredefinedSslPolicy, SslPolicy, SslPolicyAttributes } from "./options/ssl-policy";
export { SslProfile, SslProfileProps } from "./parts/ssl-profile";
export { TrustedRootCertificate } from "./options/trusted-root-certificate";
export { EntraJwtValidationProps, JwtValidation, UnauthorizedRequestAction } from "./options/jwt-validation";
export { CertificateData } from "./options/certificate-data";
export { FrontendPublicIp } from "./options/frontend-public-ip";
export { PrivateLinkConfiguration } from "./options/private-link";
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
} from "./resources/waf-policy";
// The azapi provider, so that users can declare it (`new AzapiProvider(stack, "azapi", {})`)
// without generating bindings of their own; the library's resources use the rest internally.
export { AzapiProvider, AzapiProviderConfig, AzapiProviderEndpoint } from "../.gen/providers/azapi/provider";
export { Layer4Protocol, LoadDistributionAlgorithm } from "./core/enums";
export { Layer4Listener, TcpListener, TcpListenerProps, TlsListener, TlsListenerProps } from "./parts/layer4-listener";
export { Layer4BackendSettings, Layer4BackendSettingsProps, Layer4HealthProbeProps } from "./parts/layer4-backend-settings";
export { Layer4RoutingRule, Layer4RoutingRuleProps } from "./parts/layer4-routing-rule";
export { LoadDistributionPolicy, LoadDistributionPolicyProps, LoadDistributionTarget } from "./parts/load-distribution-policy";
