import { Testing } from "cdktf";
import { ClientAuthentication } from "../lib";
import { bareGateway, CERT, completeRoute, onlyResource, passthroughGateway, synthJson, testStack } from "./support/stack";
import { strictArmValidator } from "./support/arm-schema";
import { CA_CER_BASE64 } from "./fixtures/ca-certificate";

describe("passthrough patch (azapi_update_resource)", () => {
  const stack = testStack();
  passthroughGateway(stack);
  const json = synthJson(stack);
  const gateway = onlyResource(json, "azurerm_application_gateway");
  const patch = onlyResource(json, "azapi_update_resource");

  test("targets the gateway at API 2025-03-01 by resource id", () => {
    expect(patch.config.type).toBe("Microsoft.Network/applicationGateways@2025-03-01");
    expect(patch.config.resource_id).toBe(`\${${gateway.address}.id}`);
  });

  test("body sets exactly the passthrough client-auth configuration of the profile, camelCase", () => {
    expect(patch.config.body).toEqual({
      properties: {
        sslProfiles: [
          {
            name: "mtls",
            properties: {
              clientAuthConfiguration: {
                verifyClientAuthMode: "Passthrough",
                verifyClientCertIssuerDN: false,
                verifyClientRevocation: "None",
              },
            },
          },
        ],
      },
    });
  });

  test("runs after the gateway and again after every change of it (bare address, as Terraform JSON needs)", () => {
    expect(patch.config.depends_on).toEqual([gateway.address]);
    expect(patch.config.lifecycle).toEqual({ replace_triggered_by: [gateway.address] });
    expect(JSON.stringify(patch.config.lifecycle)).not.toContain("${");
  });

  test("a reset of the property shows as drift", () => {
    expect(patch.config.ignore_missing_property).toBe(false);
  });

  test("follows a logical id the user gave the gateway", () => {
    const s = testStack();
    const gw = bareGateway(s);
    gw.resource.overrideLogicalId("renamed");
    const profile = gw.addSslProfile("mtls", { clientAuthentication: ClientAuthentication.passthrough() });
    completeRoute(gw, gw.addHttpsListener("https", { certificate: CERT, sslProfile: profile }));
    const p = onlyResource(synthJson(s), "azapi_update_resource");
    expect(p.config.resource_id).toBe("${azurerm_application_gateway.renamed.id}");
    expect(p.config.lifecycle.replace_triggered_by).toEqual(["azurerm_application_gateway.renamed"]);
    expect(p.config.depends_on).toEqual(["azurerm_application_gateway.renamed"]);
  });

  test("the body validates against the ARM deployment schema 2025-03-01 with unknown keys rejected", () => {
    const validate = strictArmValidator("ApplicationGatewayPropertiesFormat");
    expect(validate(patch.config.body.properties)).toEqual([]);
  });

  test("the strict schema check is not vacuous: a PascalCase key (as in the seed's template) is rejected", () => {
    const validate = strictArmValidator("ApplicationGatewayPropertiesFormat");
    const body = JSON.parse(JSON.stringify(patch.config.body.properties));
    body.sslProfiles[0].properties.clientAuthConfiguration.VerifyClientAuthMode = "Passthrough";
    expect(validate(body).join("\n")).toMatch(/VerifyClientAuthMode/);
    body.sslProfiles[0].properties.clientAuthConfiguration = { verifyClientAuthMode: "Lenient" };
    expect(validate(body).join("\n")).toMatch(/verifyClientAuthMode/);
  });
});

describe("which profiles are patched", () => {
  test("a gateway without a passthrough profile has no patch", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    gw.addSslProfile("plain");
    expect(gw.passthroughPatch).toBeUndefined();
    expect(Testing.synth(stack)).not.toHaveResource({ tfResourceType: "azapi_update_resource" } as any);
  });

  test("only passthrough profiles are listed, in the order added", () => {
    const stack = testStack();
    const gw = passthroughGateway(stack);
    gw.addSslProfile("partners", {
      clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [{ name: "ca", data: CA_CER_BASE64 }] }),
    });
    gw.addSslProfile("second", { clientAuthentication: ClientAuthentication.passthrough() });
    gw.addHttpsListener("other", { port: 8443, certificate: CERT });
    const patch = onlyResource(synthJson(stack), "azapi_update_resource");
    expect(patch.config.body.properties.sslProfiles.map((p: any) => p.name)).toEqual(["mtls", "second"]);
  });

  test("two gateways get one patch each, each triggered by its own gateway", () => {
    const stack = testStack();
    passthroughGateway(stack, { name: "one" }, "One");
    passthroughGateway(stack, { name: "two" }, "Two");
    const json = synthJson(stack);
    const patches = Object.values(json.resource.azapi_update_resource) as any[];
    const gateways = Object.keys(json.resource.azurerm_application_gateway).map((k) => `azurerm_application_gateway.${k}`);
    expect(patches.map((p) => p.lifecycle.replace_triggered_by[0]).sort()).toEqual(gateways.sort());
  });

  test("a stack without an azapi provider fails at synth and says what to add", () => {
    const { TerraformStack } = require("cdktf");
    const stack = new TerraformStack(Testing.app({ outdir: (global as any).__TEST_OUTDIR__ }), "test");
    passthroughGateway(stack);
    expect(() => Testing.synth(stack, true)).toThrow(/test\/Gateway\/PassthroughPatch: stack providers = "no azapi provider" is not allowed: .*AzapiProvider.*\[AGW-AZAPI-PROVIDER\]/);
  });
});
