// The two deployment modes write one gateway: for every stack, the gateway the
// single azapi_resource PUTs is the gateway azurerm's PUT plus the passthrough
// patch leave in Azure (as the provider model computes both), the single body
// validates strictly and shows no change on the next plan.
import { Testing } from "cdktf";
import { GatewayDeployment } from "../lib";
import { expectNoChanges } from "./support/deploy-checks";
import { deploySingleResource, gatewaysOfBothModes, withoutHttpProbeProxyHeader } from "./support/single-resource";
import { onlyResource } from "./support/stack";
import { BuildStack, defaultDeploymentRefused, STACKS } from "./support/stacks";

const { AZURERM_WITH_PASSTHROUGH_PATCH: AZURERM, SINGLE_AZAPI_RESOURCE: SINGLE } = GatewayDeployment;

const synth = (build: BuildStack, d: GatewayDeployment) => JSON.parse(Testing.synth(build(d), true));

describe.each(Object.entries(STACKS))("%s", (name, build) => {
  // A layer-4 stack's default deployment needs azurerm ≥ 4.67 (the cdktf flavour's 4.55 refuses it); a
  // single-resource-only stack's is refused by every azurerm.
  const azurermRefused = defaultDeploymentRefused(name);
  const azurerm = azurermRefused ? undefined : synth(build, AZURERM);
  const single = synth(build, SINGLE);
  const deployed = deploySingleResource(single);

  test("single resource: no azurerm gateway and no patch, one azapi_resource at applicationGateways@2025-03-01", () => {
    expect(single.resource.azurerm_application_gateway).toBeUndefined();
    expect(single.resource.azapi_update_resource).toBeUndefined();
    expect(deployed.config.type).toBe("Microsoft.Network/applicationGateways@2025-03-01");
    expect(deployed.config.schema_validation_enabled).toBe(true);
  });

  test("single resource: azapi's schema validation passes and the PUT validates against the strict 2025-03-01 schema", () => {
    expect(deployed.validation).toEqual([]);
    expect(deployed.schemaErrors).toEqual([]);
  });

  test("single resource: certificate secrets only in sensitive_body", () => {
    // The synthesized resource, before the model fills in variables: PFX certificates carry
    // `data` and `password` in sensitive_body only (Key Vault ones carry neither).
    const raw = onlyResource(single, "azapi_resource").config;
    const certificates: any[] = raw.body.properties.sslCertificates ?? [];
    expect(certificates.length).toBeGreaterThan(0);
    const secrets: any[] = raw.sensitive_body?.properties?.sslCertificates ?? [];
    for (const cert of certificates) {
      expect(Object.keys(cert.properties ?? {})).not.toContain("data");
      expect(Object.keys(cert.properties ?? {})).not.toContain("password");
    }
    const pfx = certificates.filter((c) => c.properties?.keyVaultSecretId === undefined).map((c) => c.name);
    expect(secrets.map((c) => c.name)).toEqual(pfx);
    for (const secret of secrets) expect(Object.keys(secret.properties).sort()).toEqual(["data", "password"]);
  });

  test("single resource: the next plan shows no change, for the gateway and every other resource", () => {
    expect(deployed.changedAfterApply).toBe(false);
    expectNoChanges(single);
  });

  const both = azurermRefused ? test.skip.each : test.each;
  both([["absent" as const], ["Strict" as const]])(
    "both modes leave the same gateway in Azure (an unset mode reading back as %s)",
    (unsetAuthModeReadsAs) => {
      const [singleGateway, defaultGateway] = gatewaysOfBothModes(single, azurerm, { unsetAuthModeReadsAs });
      expect(singleGateway).toEqual(defaultGateway);
    },
  );

  (azurermRefused ? test : test.skip)("the default deployment is refused with our error, naming the azurerm version and the mode that can", () => {
    expect(() => synth(build, AZURERM)).toThrow(/AGW-DEPLOYMENT-MODE.*azurerm ≥ 4\.67 \(the cdktn flavour's 4\.73\) or with deployment: GatewayDeployment\.SINGLE_AZAPI_RESOURCE/s);
  });
});

test("the check is not vacuous: a difference in one renderer's body is found", () => {
  const azurerm = synth(STACKS.main, AZURERM);
  const single = synth(STACKS.main, SINGLE);
  const resource = onlyResource(single, "azapi_resource").config;
  resource.body.properties.backendHttpSettingsCollection[0].properties.requestTimeout = 31;
  const [singleGateway, defaultGateway] = gatewaysOfBothModes(single, azurerm);
  expect(singleGateway).not.toEqual(defaultGateway);
});

test("the comparison takes only an Http(s) probe's enableProbeProxyProtocolHeader: false as absent (azurerm 4.73 sends it, 4.55 does not)", () => {
  const probe = (protocol: string, enableProbeProxyProtocolHeader: boolean) => ({ name: protocol, properties: { protocol, enableProbeProxyProtocolHeader } });
  const gateway = { properties: { probes: [probe("Https", false), probe("Http", true), probe("Tcp", false), probe("Tls", false)] } };
  expect(withoutHttpProbeProxyHeader(gateway).properties.probes.map((p: any) => p.properties.enableProbeProxyProtocolHeader)).toEqual([undefined, true, false, false]);
});
