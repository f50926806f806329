// The seed's quickstart (../shared/reference/seed) as synthesized by main.ts.
import * as fs from "fs";
import * as path from "path";
import { Testing } from "cdktf";
import { MtlsPassthroughStack, SEED_PARAMETERS } from "../main";
import { testApp } from "./support/stack";

const SEED = fs.readFileSync(path.resolve(__dirname, "../../shared/reference/seed/000_2153188da1d02595.txt"), "utf8");

/** The JSON document that follows a heading of the seed page. */
function seedJson(heading: string): any {
  const start = SEED.indexOf("{", SEED.indexOf(heading));
  let depth = 0;
  for (let i = start; i < SEED.length; i++) {
    if (SEED[i] === "{") depth++;
    if (SEED[i] === "}" && --depth === 0) return JSON.parse(SEED.slice(start, i + 1));
  }
  throw new Error(`no JSON after ${heading}`);
}

const template = seedJson("Template file: deploymentTemplate.json");
const parameters = seedJson("Parameter file: deploymentParameters.json").parameters;
const resources: any[] = template.resources;
/** Resolves the seed's simple ARM expressions: [variables('x')] and [parameters('x')] (parameter file first). */
const arm = (value: string): any => {
  const m = /^\[(variables|parameters)\('(\w+)'\)\]$/.exec(value);
  if (!m) return value;
  return m[1] === "variables" ? template.variables[m[2]] : (parameters[m[2]]?.value ?? template.parameters[m[2]].defaultValue);
};
const seedResource = (type: string) => resources.find((r) => r.type === type);
const seedGateway = seedResource("Microsoft.Network/applicationGateways").properties;
const seedVnet = seedResource("Microsoft.Network/virtualNetworks").properties;
const seedPip = seedResource("Microsoft.Network/publicIPAddresses");

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
  test("names of the VNet, public IP and gateway", () => {
    expect(vnet.name).toBe(template.variables.virtualNetworkName);
    expect(pip.name).toBe(template.variables.publicIPAddressName);
    expect(gateway.name).toBe(template.variables.applicationGatewayName);
  });

  test("address space and subnets, the gateway subnet delegated", () => {
    expect(vnet.address_space).toEqual(seedVnet.addressSpace.addressPrefixes.map(arm));
    expect(subnets).toHaveLength(seedVnet.subnets.length);
    for (const seedSubnet of seedVnet.subnets) {
      const subnet = subnets.find((s) => s.name === arm(seedSubnet.name));
      expect(subnet.address_prefixes).toEqual([arm(seedSubnet.properties.addressPrefix)]);
      expect((subnet.delegation ?? []).map((d: any) => [d.name, d.service_delegation.name])).toEqual(
        (seedSubnet.properties.delegations ?? []).map((d: any) => [d.name, d.properties.serviceName]),
      );
    }
  });

  test("a Standard static public IP", () => {
    expect(pip.sku).toBe(seedPip.sku.name);
    expect(pip.allocation_method).toBe(seedPip.properties.publicIPAllocationMethod);
  });

  test("SKU and tier from the template, capacity from the parameter file (2, not the template's hardcoded 3)", () => {
    expect(gateway.sku.name).toBe(seedGateway.sku.name);
    expect(gateway.sku.tier).toBe(seedGateway.sku.tier);
    expect(gateway.sku.name).toBe(parameters.skuName.value);
    expect(gateway.sku.capacity).toBe(parameters.capacity.value);
    expect(seedGateway.sku.capacity).toBe(3);
  });

  test("SSL certificate, policy and the passthrough profile", () => {
    expect(gateway.ssl_certificate.map((c: any) => c.name)).toEqual(seedGateway.sslCertificates.map((c: any) => c.name));
    expect(gateway.ssl_policy).toEqual({
      policy_type: seedGateway.sslPolicy.policyType,
      policy_name: seedGateway.sslPolicy.policyName,
    });
    expect(gateway.ssl_profile.map((p: any) => p.name)).toEqual(seedGateway.sslProfiles.map((p: any) => p.name));
    // The seed writes PascalCase keys; GET returns camelCase, which is what the patch must use.
    const camel = (o: any) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k[0].toLowerCase() + k.slice(1), v]));
    expect(patch.body.properties.sslProfiles).toEqual(
      seedGateway.sslProfiles.map((p: any) => ({
        name: p.name,
        properties: { clientAuthConfiguration: camel(p.properties.clientAuthConfiguration) },
      })),
    );
    expect(patch.type).toBe(`Microsoft.Network/applicationGateways@${template.variables.apiVersion}`);
  });

  test("IP configurations, frontend port, pool, settings, listener and rule", () => {
    expect(gateway.gateway_ip_configuration[0].name).toBe(seedGateway.gatewayIPConfigurations[0].name);
    expect(gateway.frontend_ip_configuration[0].name).toBe(seedGateway.frontendIPConfigurations[0].name);
    expect(gateway.frontend_port).toEqual(
      seedGateway.frontendPorts.map((p: any) => ({ name: p.name, port: p.properties.Port })),
    );
    expect(gateway.backend_address_pool).toEqual(
      seedGateway.backendAddressPools.map((p: any) => ({
        name: p.name,
        fqdns: p.properties.BackendAddresses.map((a: any) => a.fqdn),
      })),
    );
    const settings = seedGateway.backendHttpSettingsCollection[0];
    expect(gateway.backend_http_settings[0]).toMatchObject({
      name: settings.name,
      port: settings.properties.Port,
      protocol: settings.properties.Protocol,
    });
    const listener = seedGateway.httpListeners[0];
    const ref = (id: string) => id.match(/'\/\w+\/(\w+)'\)\]$/)![1];
    expect(gateway.http_listener).toEqual([
      {
        name: listener.name,
        protocol: listener.properties.Protocol,
        frontend_ip_configuration_name: ref(listener.properties.FrontendIPConfiguration.Id),
        frontend_port_name: ref(listener.properties.FrontendPort.Id),
        ssl_certificate_name: ref(listener.properties.SslCertificate.Id),
        ssl_profile_name: ref(listener.properties.sslProfile.id),
      },
    ]);
    const rule = seedGateway.requestRoutingRules[0];
    expect(gateway.request_routing_rule).toEqual([
      {
        name: rule.Name,
        rule_type: rule.properties.RuleType,
        priority: rule.properties.priority,
        http_listener_name: ref(rule.properties.httpListener.id),
        backend_address_pool_name: ref(rule.properties.backendAddressPool.id),
        backend_http_settings_name: ref(rule.properties.backendHttpSettings.id),
        // The seed's note: "If you need to forward the client certificate to the backend, configure a rewrite rule."
        rewrite_rule_set_name: "mtls-forward-client-cert",
      },
    ]);
  });

  test("SEED_PARAMETERS agrees with the seed's parameter file", () => {
    expect(SEED_PARAMETERS.addressPrefix).toBe(parameters.addressPrefix.value);
    expect(SEED_PARAMETERS.subnetPrefix).toBe(parameters.subnetPrefix.value);
    expect(SEED_PARAMETERS.skuName).toBe(parameters.skuName.value);
    expect(SEED_PARAMETERS.capacity).toBe(parameters.capacity.value);
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

  test("both providers are pinned with a version constraint", () => {
    expect(json.terraform.required_providers).toEqual({
      azurerm: { source: "azurerm", version: "4.55.0" },
      azapi: { source: "azure/azapi", version: "2.10.0" },
    });
  });

  test("the whole synthesized stack matches the snapshot", () => {
    expect(synthesized).toMatchSnapshot();
  });
});
