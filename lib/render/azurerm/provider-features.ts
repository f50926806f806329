// What the installed azurerm binding can say, read from the binding itself. One
// source builds against @cdktf/provider-azurerm 14.23.1 (azurerm 4.55.0) and, in the
// cdktn flavour, @cdktn/provider-azurerm 16.1.0 (azurerm 4.73.0); this is the only
// file of lib/ that knows how they differ. A generated binding has a getter on its
// output-reference class for every argument of the provider schema, so a getter's
// presence says that the argument exists.
import { ApplicationGateway, ApplicationGatewaySslProfileOutputReference } from "@cdktf/provider-azurerm/lib/application-gateway";

/** The two binding classes the detection reads (tests pass stand-ins). */
export interface AzurermBindingClasses {
  readonly gateway: { readonly prototype: object };
  readonly sslProfile: { readonly prototype: object };
}

/** Argument names and capabilities of an azurerm binding, as the azurerm renderer writes them. */
export interface AzurermFeatures {
  /**
   * The ssl_profile's issuer-DN argument: `verifyClientCertificateIssuerDn` from azurerm
   * 4.73 (which deprecates `verifyClientCertIssuerDn`, to be removed in 5.0), else the old one.
   * azurerm v4.73.0 application_gateway_resource.go, resourceApplicationGateway (!FivePointOh).
   */
  readonly issuerDnArgument: string;
  /** The gateway's HTTP/2 switch: `http2Enabled` from azurerm 4.73 (deprecating `enableHttp2`), else `enableHttp2`. */
  readonly http2Argument: string;
  /**
   * The binding can set an SSL profile's `verifyClientAuthMode` itself (no released azurerm
   * can yet: hashicorp/terraform-provider-azurerm#31844, PR #33445 on API 2025-05-01, whose
   * update PUT then keeps the mode). Then the renderer writes passthrough on the
   * `ssl_profile` block and creates no passthrough patch: a patch would fight the
   * provider over the same field.
   */
  readonly nativeClientAuthMode: boolean;
  /**
   * The binding has the layer-4 (TCP/TLS proxy) blocks `listener`, `routing_rule` and `backend`:
   * azurerm 4.67.0 added them (v4.67.0 application_gateway_resource.go, resourceApplicationGateway),
   * so the cdktn flavour's 4.73 has them and the cdktf flavour's 4.55 has not.
   */
  readonly layer4Blocks: boolean;
}

/** Reads the features from the binding's classes (the installed azurerm binding unless given). */
export function detectAzurermFeatures(
  binding: AzurermBindingClasses = { gateway: ApplicationGateway, sslProfile: ApplicationGatewaySslProfileOutputReference },
): AzurermFeatures {
  const profile = binding.sslProfile.prototype;
  const gateway = binding.gateway.prototype;
  return {
    issuerDnArgument: "verifyClientCertificateIssuerDn" in profile ? "verifyClientCertificateIssuerDn" : "verifyClientCertIssuerDn",
    http2Argument: "http2Enabled" in gateway ? "http2Enabled" : "enableHttp2",
    nativeClientAuthMode: "verifyClientAuthMode" in profile,
    layer4Blocks: "routingRule" in gateway && "listener" in gateway && "backend" in gateway,
  };
}

/** The installed binding's features, read once. */
export const AZURERM_FEATURES: AzurermFeatures = detectAzurermFeatures();
