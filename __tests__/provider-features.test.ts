// lib/render/azurerm/provider-features.ts reads what the installed azurerm binding can say from the
// binding's own classes: argument names that azurerm 4.73 renamed, and whether the binding
// can set verifyClientAuthMode (then the passthrough patch must not exist).
import { AzurermBindingClasses, AZURERM_FEATURES, detectAzurermFeatures } from "../lib/render/azurerm/provider-features";
import { FLAVOUR } from "./support/flavour";

/** A stand-in binding: classes whose prototypes have getters for these arguments (as a generated binding does). */
function binding(gatewayArgs: string[], sslProfileArgs: string[]): AzurermBindingClasses {
  const withGetters = (args: string[]) => {
    const cls = class {};
    for (const arg of args) Object.defineProperty(cls.prototype, arg, { get: () => undefined });
    return cls;
  };
  return { gateway: withGetters(gatewayArgs), sslProfile: withGetters(sslProfileArgs) };
}

const AZURERM_4_55 = binding(["enableHttp2"], ["verifyClientCertIssuerDn"]);
// azurerm 4.67 added the layer-4 blocks listener, routing_rule and backend (the binding's getters of the same names).
const AZURERM_4_73 = binding(["enableHttp2", "http2Enabled", "listener", "routingRule", "backend"], ["verifyClientCertIssuerDn", "verifyClientCertificateIssuerDn"]);
/** What azurerm would look like with hashicorp/terraform-provider-azurerm PR #33445 merged. */
const WITH_CLIENT_AUTH_MODE = binding(["http2Enabled"], ["verifyClientCertificateIssuerDn", "verifyClientAuthMode"]);

describe("detectAzurermFeatures", () => {
  test("azurerm 4.55 (cdktf 14.23.1): the old argument names, passthrough by the patch", () => {
    expect(detectAzurermFeatures(AZURERM_4_55)).toEqual({
      issuerDnArgument: "verifyClientCertIssuerDn",
      http2Argument: "enableHttp2",
      nativeClientAuthMode: false,
      layer4Blocks: false,
    });
  });

  test("azurerm 4.73 (cdktn 16.1.0): the new names, though the deprecated ones still exist; still no verifyClientAuthMode", () => {
    expect(detectAzurermFeatures(AZURERM_4_73)).toEqual({
      issuerDnArgument: "verifyClientCertificateIssuerDn",
      http2Argument: "http2Enabled",
      nativeClientAuthMode: false,
      layer4Blocks: true,
    });
  });

  test("one of the three layer-4 blocks missing: no layer-4 blocks", () => {
    expect(detectAzurermFeatures(binding(["http2Enabled", "listener", "routingRule"], ["verifyClientCertificateIssuerDn"])).layer4Blocks).toBe(false);
  });

  test("a binding with ssl_profile.verify_client_auth_mode: passthrough is written natively", () => {
    expect(detectAzurermFeatures(WITH_CLIENT_AUTH_MODE).nativeClientAuthMode).toBe(true);
  });

  test("inherited getters count (a binding's subclass, or a test's fake)", () => {
    const sub = { gateway: class extends (AZURERM_4_73.gateway as any) {}, sslProfile: class extends (WITH_CLIENT_AUTH_MODE.sslProfile as any) {} };
    expect(detectAzurermFeatures(sub)).toMatchObject({ http2Argument: "http2Enabled", nativeClientAuthMode: true });
  });
});

test(`the installed binding (${FLAVOUR.azurermPackage}) has no verifyClientAuthMode yet, and the ${FLAVOUR.name} flavour's names`, () => {
  expect(AZURERM_FEATURES).toEqual(
    FLAVOUR.name === "cdktn"
      ? { issuerDnArgument: "verifyClientCertificateIssuerDn", http2Argument: "http2Enabled", nativeClientAuthMode: false, layer4Blocks: true }
      : { issuerDnArgument: "verifyClientCertIssuerDn", http2Argument: "enableHttp2", nativeClientAuthMode: false, layer4Blocks: false },
  );
});
