// The passthrough guard: once an azurerm binding can set an SSL profile's
// verifyClientAuthMode itself (none can yet: hashicorp/terraform-provider-azurerm PR #33445),
// the azurerm renderer writes passthrough on the ssl_profile block and creates no
// azapi_update_resource, which would otherwise fight the provider over the same field.
// The binding here is the installed one plus that argument, as a regenerated binding would
// have it: a getter on the ssl_profile output reference (what lib/render/azurerm/provider-features.ts
// detects) and `verify_client_auth_mode` in the synthesized block.
jest.mock("@cdktf/provider-azurerm/lib/application-gateway", () => {
  const real = jest.requireActual("@cdktf/provider-azurerm/lib/application-gateway");
  class ApplicationGatewaySslProfileOutputReference extends real.ApplicationGatewaySslProfileOutputReference {
    get verifyClientAuthMode(): string {
      return (this as any).getStringAttribute("verify_client_auth_mode");
    }
  }
  class ApplicationGateway extends real.ApplicationGateway {
    protected synthesizeAttributes(): { [name: string]: any } {
      const attributes = super.synthesizeAttributes();
      const written: any[] = (this as any).sslProfile.internalValue ?? [];
      attributes.ssl_profile = attributes.ssl_profile?.map((block: any, i: number) => ({ ...block, verify_client_auth_mode: written[i]?.verifyClientAuthMode }));
      return attributes;
    }
  }
  return { ...real, ApplicationGateway, ApplicationGatewaySslProfileOutputReference };
});

import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { TerraformStack, Testing } from "cdktf";
import { ClientAuthentication } from "../lib";
import { AZURERM_FEATURES } from "../lib/render/azurerm/provider-features";
import { AZURERM } from "./support/flavour";
import { bareGateway, CERT, completeRoute, onlyResource, passthroughGateway, synthJson, testApp, testStack } from "./support/stack";
import { CA_CER_BASE64 } from "./fixtures/ca-certificate";

test("the fake binding is detected as one that sets verifyClientAuthMode", () => {
  expect(AZURERM_FEATURES.nativeClientAuthMode).toBe(true);
});

describe("a passthrough gateway with such a binding", () => {
  const stack = testStack();
  const gw = passthroughGateway(stack);
  const json = synthJson(stack);
  const gateway = onlyResource(json, "azurerm_application_gateway").config;

  test("has no passthrough patch", () => {
    expect(gw.passthroughPatch).toBeUndefined();
    expect(json.resource.azapi_update_resource).toBeUndefined();
  });

  test("writes the mode on the ssl_profile block, next to the flavour's issuer-DN argument", () => {
    expect(gateway.ssl_profile).toEqual([{ name: "mtls", [AZURERM.issuerDn]: false, verify_client_auth_mode: "Passthrough" }]);
  });

  test("strict and plain profiles are written as before (no mode: Strict is Azure's default)", () => {
    const s = testStack();
    const g = bareGateway(s);
    const strict = g.addSslProfile("strict", {
      clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [{ name: "partner-ca", data: CA_CER_BASE64 }] }),
    });
    completeRoute(g, g.addHttpsListener("strict", { certificate: CERT, sslProfile: strict }), 100);
    completeRoute(g, g.addHttpsListener("plain", { port: 8443, certificate: CERT, sslProfile: g.addSslProfile("plain") }), 200);
    const profiles = onlyResource(synthJson(s), "azurerm_application_gateway").config.ssl_profile;
    expect(profiles.map((p: any) => [p.name, p.verify_client_auth_mode])).toEqual([
      ["strict", undefined],
      ["plain", undefined],
    ]);
  });

  test("needs no azapi provider: a stack with azurerm only synthesizes with validations", () => {
    const s = new TerraformStack(testApp(), "azurerm-only");
    new AzurermProvider(s, "azurerm", { features: [{}] });
    passthroughGateway(s);
    const synthesized = JSON.parse(Testing.synth(s, true));
    expect(Object.keys(synthesized.terraform.required_providers)).toEqual(["azurerm"]);
    expect(onlyResource(synthesized, "azurerm_application_gateway").config.ssl_profile[0].verify_client_auth_mode).toBe("Passthrough");
  });
});
