// The seed's quickstart (values in fixtures/seed.ts) as synthesized by main.ts.
import { Testing } from "cdktf";
import { GatewayDeployment } from "../lib";
import { MtlsPassthroughStack, SEED_PARAMETERS } from "../main";
import { SEED } from "./fixtures/seed";
import { expectDeploysAsIntended } from "./support/deploy-checks";
import { AZURERM } from "./support/flavour";
import { testApp } from "./support/stack";

const stack = new MtlsPassthroughStack(testApp(), "mtls-passthrough");
const synthesized = Testing.synth(stack, true);
const json = JSON.parse(synthesized);
const only = (type: string) => {
  const all = Object.values(json.resource[type] ?? {}) as any[];
  expect(all).toHaveLength(1);
  return all[0];
};
const gateway = only("azurerm_application_gateway");
const patch = only("azapi_update_resource");
const vnet = only("azurerm_virtual_network");
const pip = only("azurerm_public_ip");
const subnets = Object.values(json.resource.azurerm_subnet) as any[];

describe("main.ts reproduces every value of the seed's template that has a counterpart", () => {
  const seedGateway = SEED.gateway;

  test("names of the VNet, public IP and gateway", () => {
    expect(vnet.name).toBe(SEED.names.vnet);
    expect(pip.name).toBe(SEED.names.publicIp);
    expect(gateway.name).toBe(SEED.names.gateway);
  });

  test("address space and subnets, the gateway subnet delegated", () => {
    expect(vnet.address_space).toEqual(SEED.vnet.addressPrefixes);
    expect(subnets).toHaveLength(SEED.vnet.subnets.length);
    for (const seedSubnet of SEED.vnet.subnets) {
      const subnet = subnets.find((s) => s.name === seedSubnet.name);
      expect(subnet.address_prefixes).toEqual([seedSubnet.addressPrefix]);
      expect((subnet.delegation ?? []).map((d: any) => [d.name, d.service_delegation.name])).toEqual(seedSubnet.delegations);
    }
  });

  test("a Standard static public IP", () => {
    expect(pip.sku).toBe(SEED.publicIp.sku);
    expect(pip.allocation_method).toBe(SEED.publicIp.allocationMethod);
  });

  test("SKU and tier from the template, capacity from the parameter file (2, not the template's hardcoded 3)", () => {
    expect(gateway.sku.name).toBe(seedGateway.sku.name);
    expect(gateway.sku.tier).toBe(seedGateway.sku.tier);
    expect(gateway.sku.name).toBe(SEED.parameters.skuName);
    expect(gateway.sku.capacity).toBe(SEED.parameters.capacity);
    // The fixture's record of the template's own hard-coded capacity (reference.test.ts checks it against the seed).
    expect(seedGateway.sku.capacity).toBe(3);
  });

  test("SSL certificate, policy and the passthrough profile", () => {
    expect(gateway.ssl_certificate.map((c: any) => c.name)).toEqual(seedGateway.sslCertificateNames);
    expect(gateway.ssl_policy).toEqual({
      policy_type: seedGateway.sslPolicy.policyType,
      policy_name: seedGateway.sslPolicy.policyName,
    });
    expect(gateway.ssl_profile.map((p: any) => p.name)).toEqual(seedGateway.sslProfiles.map((p) => p.name));
    // The seed writes PascalCase keys; GET returns camelCase, which is what the patch must use.
    const camel = (o: any) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k[0].toLowerCase() + k.slice(1), v]));
    expect(patch.body.properties.sslProfiles).toEqual(
      seedGateway.sslProfiles.map((p) => ({
        name: p.name,
        properties: { clientAuthConfiguration: camel(p.clientAuthConfiguration) },
      })),
    );
    expect(patch.type).toBe(`Microsoft.Network/applicationGateways@${SEED.apiVersion}`);
  });

  test("IP configurations, frontend port, pool, settings, listener and rule", () => {
    expect(gateway.gateway_ip_configuration[0].name).toBe(seedGateway.gatewayIpConfigurationName);
    expect(gateway.frontend_ip_configuration[0].name).toBe(seedGateway.frontendIpConfigurationName);
    expect(gateway.frontend_port).toEqual(seedGateway.frontendPorts);
    expect(gateway.backend_address_pool).toEqual(seedGateway.backendAddressPools);
    const settings = seedGateway.backendHttpSettings[0];
    expect(gateway.backend_http_settings[0]).toMatchObject({ name: settings.name, port: settings.port, protocol: settings.protocol });
    expect(gateway.http_listener).toEqual(
      seedGateway.httpListeners.map((l) => ({
        name: l.name,
        protocol: l.protocol,
        frontend_ip_configuration_name: l.frontendIpConfiguration,
        frontend_port_name: l.frontendPort,
        ssl_certificate_name: l.sslCertificate,
        ssl_profile_name: l.sslProfile,
      })),
    );
    expect(gateway.request_routing_rule).toEqual(
      seedGateway.requestRoutingRules.map((rule) => ({
        name: rule.name,
        rule_type: rule.ruleType,
        priority: rule.priority,
        http_listener_name: rule.httpListener,
        backend_address_pool_name: rule.backendAddressPool,
        backend_http_settings_name: rule.backendHttpSettings,
        // The seed's note: "If you need to forward the client certificate to the backend, configure a rewrite rule."
        rewrite_rule_set_name: "mtls-forward-client-cert",
      })),
    );
  });

  test("SEED_PARAMETERS agrees with the seed's parameter file", () => {
    expect(SEED_PARAMETERS.addressPrefix).toBe(SEED.parameters.addressPrefix);
    expect(SEED_PARAMETERS.subnetPrefix).toBe(SEED.parameters.subnetPrefix);
    expect(SEED_PARAMETERS.skuName).toBe(SEED.parameters.skuName);
    expect(SEED_PARAMETERS.capacity).toBe(SEED.parameters.capacity);
  });
});

describe("main.ts inputs and outputs", () => {
  test("resource group and location are inputs; certificate data and password are sensitive variables", () => {
    expect(Object.keys(json.variable).sort()).toEqual(
      ["location", "resource_group_name", "ssl_certificate_data", "ssl_certificate_password"].sort(),
    );
    expect(json.variable.ssl_certificate_data.sensitive).toBe(true);
    expect(json.variable.ssl_certificate_password.sensitive).toBe(true);
    expect(gateway.ssl_certificate[0].data).toBe("${var.ssl_certificate_data}");
    expect(gateway.ssl_certificate[0].password).toBe("${var.ssl_certificate_password}");
    expect(gateway.resource_group_name).toBe("${var.resource_group_name}");
    expect(gateway.location).toBe("${var.location}");
  });

  test("outputs the public IP address and the gateway id", () => {
    expect(json.output.public_ip_address.value).toMatch(/^\$\{azurerm_public_ip\.\w+\.ip_address\}$/);
    expect(json.output.application_gateway_id.value).toMatch(/^\$\{azurerm_application_gateway\.\w+\.id\}$/);
  });

  test("azurerm is the version its bindings wrap; azapi a constraint (2.10 or a later 2.x)", () => {
    expect(json.terraform.required_providers).toEqual({
      azurerm: { source: "azurerm", version: AZURERM.version },
      azapi: { source: "azure/azapi", version: "~> 2.10" },
    });
  });

  test("deploys as intended in the provider model: valid PUTs, no change after apply, the passthrough profile restored after an azurerm write", () => {
    const passthrough = SEED.gateway.sslProfiles.filter((p) => p.clientAuthConfiguration.VerifyClientAuthMode === "Passthrough");
    expectDeploysAsIntended(json, { [SEED.names.gateway]: { passthrough: passthrough.map((p) => p.name), strict: [] } });
  });

  test("the whole synthesized stack matches the snapshot", () => {
    expect(synthesized).toMatchSnapshot();
  });

  test("in the single-resource mode, the whole synthesized stack matches its snapshot (deploy-checked in deployment-modes.test.ts)", () => {
    const single = new MtlsPassthroughStack(testApp(), "mtls-passthrough", SEED_PARAMETERS, GatewayDeployment.SINGLE_AZAPI_RESOURCE);
    expect(Testing.synth(single, true)).toMatchSnapshot();
  });
});
