// The Azure Verified Module's gateway for the seed quickstart's inputs passes the validity pack.
//
// The body is what Azure/terraform-azurerm-avm-res-network-applicationgateway PUTs (main.tf:
// `resource "azapi_resource" "this"`, type Microsoft.Network/applicationGateways@2025-03-01,
// `body = local.resource_body`, `ignore_null_property = true`; locals.tf: `resource_body`, which
// maps each input (`sku`, `ssl_certificates`, `ssl_policy`, `ssl_profiles`, `http_listeners`, ...)
// to its camelCase ARM property and leaves every unset input null, so it is not sent; children are
// referenced by their full ARM id, as the module's examples write them:
// "${local.agw_id}/frontendPorts/<name>"), at the module's commit b3c563d1b674 (2026-08-21).
// The inputs are the quickstart's ("Deploy an Azure Application Gateway with mTLS passthrough
// listener", its ARM template's gateway resource): Standard_v2 with capacity 3, one PFX
// certificate, predefined policy AppGwSslPolicy20220101, a passthrough SSL profile, an HTTPS
// listener on port 444, one App Service backend over HTTP on port 80, rule priority 2000.
// The quickstart forwards no certificate: that is a warning (advice), never an error.
import { Aspects, TerraformVariable } from "cdktf";
import { Resource } from "../../.gen/providers/azapi/resource";
import { GatewayChecks } from "../../lib";
import { testStack } from "../support/stack";
import { runChecks } from "./twins";

const RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-mtls";
const AGW_ID = `${RG}/providers/Microsoft.Network/applicationGateways/mtlsAppGw`;

function avmSeedGateway(bestPractices = false) {
  const stack = testStack();
  const certData = new TerraformVariable(stack, "cert_data", { sensitive: true });
  const certPassword = new TerraformVariable(stack, "cert_password", { sensitive: true });
  const gateway = new Resource(stack, "AvmGateway", {
    type: "Microsoft.Network/applicationGateways@2025-03-01",
    name: "mtlsAppGw",
    parentId: RG,
    location: "westus",
    ignoreNullProperty: true,
    schemaValidationEnabled: true,
    listUniqueIdProperty: {
      "properties.frontendIPConfigurations": "name",
      "properties.backendAddressPools": "name",
      "properties.backendHttpSettingsCollection": "name",
      "properties.frontendPorts": "name",
      "properties.backendAddressPools.properties.backendAddresses": "ipAddress",
    },
    body: {
      properties: {
        backendAddressPools: [{ name: "pool2", properties: { backendAddresses: [{ fqdn: "headerappgw-hsa5gjh8fpfebcfd.westus-01.azurewebsites.net" }] } }],
        backendHttpSettingsCollection: [{ name: "settings2", properties: { port: 80, protocol: "Http" } }],
        frontendIPConfigurations: [
          { name: "appGatewayFrontendIP", properties: { publicIPAddress: { id: `${RG}/providers/Microsoft.Network/publicIPAddresses/mtlsPip` } } },
        ],
        frontendPorts: [{ name: "port2", properties: { port: 444 } }],
        gatewayIPConfigurations: [
          { name: "appGatewayIpConfig", properties: { subnet: { id: `${RG}/providers/Microsoft.Network/virtualNetworks/mtlsVnet/subnets/appgwsubnet` } } },
        ],
        httpListeners: [
          {
            name: "listener2",
            properties: {
              frontendIPConfiguration: { id: `${AGW_ID}/frontendIPConfigurations/appGatewayFrontendIP` },
              frontendPort: { id: `${AGW_ID}/frontendPorts/port2` },
              protocol: "Https",
              sslCertificate: { id: `${AGW_ID}/sslCertificates/sslCert` },
              sslProfile: { id: `${AGW_ID}/sslProfiles/sslnotrustedcert` },
            },
          },
        ],
        requestRoutingRules: [
          {
            name: "rule2",
            properties: {
              backendAddressPool: { id: `${AGW_ID}/backendAddressPools/pool2` },
              backendHttpSettings: { id: `${AGW_ID}/backendHttpSettingsCollection/settings2` },
              httpListener: { id: `${AGW_ID}/httpListeners/listener2` },
              priority: 2000,
              ruleType: "Basic",
            },
          },
        ],
        sku: { capacity: 3, name: "Standard_v2", tier: "Standard_v2" },
        sslCertificates: [{ name: "sslCert", properties: { data: certData.stringValue, password: certPassword.stringValue } }],
        // AVM sends no cipherSuites, disabledSslProtocols or minProtocolVersion for a Predefined policy.
        sslPolicy: { policyName: "AppGwSslPolicy20220101", policyType: "Predefined" },
        sslProfiles: [
          {
            name: "sslnotrustedcert",
            properties: { clientAuthConfiguration: { verifyClientAuthMode: "Passthrough", verifyClientCertIssuerDN: false, verifyClientRevocation: "None" } },
          },
        ],
      },
    },
  });
  const checks = new GatewayChecks({ bestPractices });
  Aspects.of(stack).add(checks);
  return { stack, gateway, checks };
}

test("the AVM-shaped azapi body for the seed's inputs has no error of the validity pack", () => {
  const { stack, gateway, checks } = avmSeedGateway();
  expect(runChecks(stack)).toEqual([]);
  // The pack did judge it: the one finding is the quickstart's missing certificate forwarding, advice on its listener.
  expect(checks.findings.map((f) => [f.ruleId, f.severity, f.path])).toEqual([["AGW-PASSTHROUGH-NO-HEADER", "warning", "test/AvmGateway/Listener/listener2"]]);
  // Everything of the body was read into the library's model: nothing went unjudged.
  expect(gateway.node.metadata.filter((m) => /info/i.test(m.type)).map((m) => m.data)).toEqual([]);
});

test("the check can fail: the same body with a retired TLS policy is an error of the pack", () => {
  const { stack, gateway } = avmSeedGateway();
  gateway.addOverride("body.properties.sslPolicy.policyName", "AppGwSslPolicy20150501");
  expect(runChecks(stack).join("\n")).toMatch(/^test\/AvmGateway: .*AppGwSslPolicy20150501.*\[AGW-TLS-POLICY\]$/m);
});

test("with best practices on, the seed's gateway gets advice, still no error", () => {
  const { stack, checks } = avmSeedGateway(true);
  expect(runChecks(stack)).toEqual([]);
  expect(checks.findings.filter((f) => f.ruleId.startsWith("AGW-BP-")).length).toBeGreaterThan(0);
  expect(checks.findings.filter((f) => f.severity === "error")).toEqual([]);
});
