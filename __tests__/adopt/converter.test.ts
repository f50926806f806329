// The converter's input forms and its report: what it cannot express is listed, never dropped.
import { MixedMtlsStack } from "../../examples/mixed-strict-passthrough";
import { GatewayDeployment } from "../../lib";
import { armGateway } from "../../lib/adopt/arm-json";
import { convertGateway } from "../../lib/adopt/convert";
import { CA_CER_BASE64 } from "../fixtures/ca-certificate";
import { MODEL_VARIABLES } from "../support/provider-model";
import { deploySingleResource } from "../support/single-resource";
import { synthJson, testApp } from "../support/stack";
import { STACKS } from "../support/stacks";

const get = deploySingleResource(synthJson(new MixedMtlsStack(testApp(), "mixed", GatewayDeployment.SINGLE_AZAPI_RESOURCE)), {
  variables: { ...MODEL_VARIABLES, partner_ca_certificate: CA_CER_BASE64 },
}).final;
const copy = () => JSON.parse(JSON.stringify(get));

/** The Python SDK's spelling of ARM's acronyms, as the az CLI's (msrest) output has them. */
const SDK_NAMES: { [arm: string]: string } = {
  frontendIPConfigurations: "frontendIpConfigurations",
  gatewayIPConfigurations: "gatewayIpConfigurations",
  frontendIPConfiguration: "frontendIpConfiguration",
  publicIPAddress: "publicIpAddress",
  privateIPAllocationMethod: "privateIpAllocationMethod",
  verifyClientCertIssuerDN: "verifyClientCertIssuerDn",
  clientCertIssuerDN: "clientCertIssuerDn",
};
/** The az CLI's shape of a GET: `properties` flattened into the resource and every sub-resource, SDK spellings, resourceGroup added. */
function cliShape(value: any, top = true): any {
  if (Array.isArray(value)) return value.map((v) => cliShape(v, false));
  if (value === null || typeof value !== "object") return value;
  const flat = value.properties !== undefined && typeof value.properties === "object" ? { ...value, ...value.properties } : { ...value };
  if (value.properties !== undefined) delete flat.properties;
  const out: any = {};
  for (const [k, v] of Object.entries(flat)) out[SDK_NAMES[k] ?? k] = k === "tags" || k === "userAssignedIdentities" ? v : cliShape(v, false);
  if (top) out.resourceGroup = "rg-edge";
  return out;
}

test("the az CLI's flattened output and the ARM GET convert to the same code", () => {
  const cli = cliShape(get);
  expect(cli.properties).toBeUndefined();
  expect(cli.frontendIpConfigurations[0].publicIpAddress.id).toContain("publicIPAddresses");
  expect(armGateway(cli).properties).toEqual(expect.objectContaining({ sslProfiles: expect.any(Array) }));
  expect(convertGateway(cli).code).toBe(convertGateway(get).code);
});

test("an unflattened CLI output (ARM's names under properties) is read as the GET", () => {
  expect(convertGateway({ ...get, resourceGroup: "rg-edge" }).code).toBe(convertGateway(get).code);
});

describe("what the API cannot say is reported, with the existing and the generated value", () => {
  test("a v1 authentication certificate, a shared probe and a probe no settings use", () => {
    const g = copy();
    g.properties.authenticationCertificates = [{ name: "legacy", properties: { data: "AAAA" } }];
    g.properties.probes.push({ name: "orphan", properties: { ...g.properties.probes[0].properties } });
    const second = g.properties.backendHttpSettingsCollection[1].properties;
    second.probe = { id: g.properties.backendHttpSettingsCollection[0].properties.probe.id };
    const report = convertGateway(g).notExpressed.join("\n");
    expect(report).toContain("authenticationCertificates: 1 item(s); the library has no API for them");
    expect(report).toContain("probes.orphan: used by no backend settings");
    expect(report).toMatch(/probes\.partners-probe: shared by backend settings partners and api/);
    expect(report).toMatch(/properties\.authenticationCertificates: existing \[\{"name":"legacy",.*, generated \(none\)/);
  });

  test("a value the library writes otherwise shows as a difference (here: a listener's single hostName)", () => {
    const g = copy();
    const listener = g.properties.httpListeners[0].properties;
    listener.hostName = listener.hostNames[0];
    delete listener.hostNames;
    expect(convertGateway(g).notExpressed).toEqual([
      `properties.httpListeners.partners.properties.hostName: existing "partners.contoso.com", generated (none)`,
      `properties.httpListeners.partners.properties.hostNames: existing (none), generated ["partners.contoso.com"]`,
    ]);
  });

  test("an HTTP probe's enableProbeProxyProtocolHeader: false (azurerm ≥ 4.67 sends it) is the default the code leaves unsaid; true is a difference", () => {
    const g = copy();
    const probe = g.properties.probes[0];
    probe.properties.enableProbeProxyProtocolHeader = false;
    expect(convertGateway(g).notExpressed).toEqual([]);
    probe.properties.enableProbeProxyProtocolHeader = true;
    expect(convertGateway(g).notExpressed).toEqual([`properties.probes.${probe.name}.properties.enableProbeProxyProtocolHeader: existing true, generated (none)`]);
  });

  test("a user-assigned identity is written as GatewayIdentity.fromUserAssignedIdentity, with nothing to report", () => {
    const g = copy();
    const id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/agw-id";
    g.identity = { type: "UserAssigned", userAssignedIdentities: { [id]: { principalId: "p", clientId: "c" } } };
    const result = convertGateway(g);
    expect(result.code).toContain(`identity: GatewayIdentity.fromUserAssignedIdentity(${JSON.stringify(id)})`);
    expect(result.notExpressed).toEqual([]);
  });

  test("connection draining that is on keeps its timeout; draining that is off is left out (the library's default is off), and the report says its block is not written", () => {
    const g = copy();
    const settings = g.properties.backendHttpSettingsCollection[0];
    settings.properties.connectionDraining = { enabled: true, drainTimeoutInSec: 45 };
    const on = convertGateway(g);
    expect(on.code).toContain("connectionDrainingTimeout: 45");
    expect(on.notExpressed).toEqual([]);
    settings.properties.connectionDraining = { enabled: false, drainTimeoutInSec: 45 };
    const off = convertGateway(g);
    expect(off.code).not.toContain("connectionDrainingTimeout");
    expect(off.notExpressed).toEqual([
      `properties.backendHttpSettingsCollection.${settings.name}.properties.connectionDraining: existing {"enabled":false,"drainTimeoutInSec":45}, generated (none)`,
    ]);
  });

  test("a value the library refuses is reported, and the comparison says it could not run", () => {
    const g = copy();
    g.properties.frontendPorts[0].properties.port = 70000;
    const report = convertGateway(g).notExpressed;
    expect(report[0]).toMatch(/the library rejects the gateway as converted: .*port = 70000 is not allowed.*\[AGW-PORT\]/);
    expect(report[1]).toBe("the generated code throws (above), so its gateway could not be compared with the input");
  });

  test("the report is the comment block at the top of the generated code", () => {
    const g = copy();
    g.properties.enableFips = true;
    const result = convertGateway(g);
    expect(result.code).toContain("// Not reproduced by this code (empty when the code writes the gateway as it is):\n//   (nothing)");
    g.properties.authenticationCertificates = [{ name: "legacy", properties: { data: "AAAA" } }];
    expect(convertGateway(g).code).toContain("//   - authenticationCertificates: 1 item(s); the library has no API for them");
  });
});

describe("what ARM does not say, and what the library cannot say, of the frontends and layer-4 parts", () => {
  /** The GET of an example deployed as the single resource. */
  const getOf = (name: string) => deploySingleResource(synthJson(STACKS[name](GatewayDeployment.SINGLE_AZAPI_RESOURCE)), { variables: { ...MODEL_VARIABLES, partner_ca_certificate: CA_CER_BASE64 } }).final;

  test("a public IP in another resource group is owned elsewhere: FrontendPublicIp.fromId, and only the gateway is adopted", () => {
    const g = copy();
    const frontend = g.properties.frontendIPConfigurations[0].properties;
    frontend.publicIPAddress.id = frontend.publicIPAddress.id.replace("/resourceGroups/rg-edge/", "/resourceGroups/rg-shared-ips/");
    const result = convertGateway(g);
    expect(result.notExpressed).toEqual([]);
    expect(result.code).toContain(`publicIp: FrontendPublicIp.fromId(${JSON.stringify(frontend.publicIPAddress.id)})`);
    expect(result.code).not.toContain("publicIpName:");
    expect(result.code).toContain("// Import blocks: the gateway exists; the first plan takes it over.");
    expect(convertGateway(get).code).toMatch(/\/\/ Import blocks: the gateway and its public IP [^ ]+ exist;/);
  });

  test.each(["tls-proxy", "private-gateway", "dual-stack"])("example %s: the az CLI's flattened output and the ARM GET convert to the same code, with nothing to report", (name) => {
    const g = getOf(name);
    expect(convertGateway(cliShape(g)).code).toBe(convertGateway(g).code);
    expect(convertGateway(cliShape(g)).notExpressed).toEqual([]);
  });

  test("a load distribution policy (its targets are sub-resources too): the az CLI's output and the GET convert to the same code, with nothing to report", () => {
    const g = copy();
    const gatewayId = g.id;
    const pool = g.properties.backendAddressPools[0].name;
    g.properties.loadDistributionPolicies = [
      {
        name: "weighted",
        properties: {
          loadDistributionAlgorithm: "LeastConnections",
          loadDistributionTargets: [{ name: "t1", properties: { weightPerServer: 5, backendAddressPool: { id: `${gatewayId}/backendAddressPools/${pool}` } } }],
        },
      },
    ];
    const rule = g.properties.requestRoutingRules.find((r: any) => r.properties.backendAddressPool !== undefined);
    rule.properties.loadDistributionPolicy = { id: `${gatewayId}/loadDistributionPolicies/weighted` };
    const result = convertGateway(g);
    expect(result.notExpressed).toEqual([]);
    expect(result.code).toContain(`addLoadDistributionPolicy("weighted", {`);
    expect(convertGateway(cliShape(g)).code).toBe(result.code);
  });

  test("ARM gives a frontend no IP version: the second public frontend is taken for IPv6, and the code says so above the gateway", () => {
    const code = convertGateway(getOf("dual-stack")).code;
    expect(code).toContain("// ARM does not say a frontend's IP version (its public IP does): appGatewayFrontendIP is taken as the IPv4 frontend and appGatewayFrontendIPv6");
    expect(code).toContain('frontend: ListenerFrontend.PUBLIC_IPV6');
  });

  test("a Private Link configuration no frontend uses is reported, not written", () => {
    const g = getOf("private-gateway");
    delete g.properties.frontendIPConfigurations[0].properties.privateLinkConfiguration;
    const report = convertGateway(g).notExpressed.join("\n");
    expect(report).toContain("privateLinkConfigurations.partners-link: used by no frontend");
    expect(report).toMatch(/properties\.privateLinkConfigurations: existing \[.*, generated \(none\)/);
  });

  test("a second private frontend is reported: the library writes at most one", () => {
    const g = getOf("private-gateway");
    const [frontend] = g.properties.frontendIPConfigurations;
    g.properties.frontendIPConfigurations.push({ ...frontend, name: "second-private", properties: { ...frontend.properties, privateIPAddress: "10.30.0.11" } });
    expect(convertGateway(g).notExpressed).toContain("frontendIPConfigurations: 2 private frontends; the library writes at most one");
    expect(convertGateway(getOf("private-gateway")).notExpressed).toEqual([]);
  });

  test("an HTTP redirect whose listener, redirect and rule are not all named alike is reported (addHttpRedirect names all three after the rule)", () => {
    const g = getOf("keyvault-waf-redirect");
    const redirect = g.properties.redirectConfigurations[0];
    const rule = g.properties.requestRoutingRules.find((r: any) => r.name === redirect.name);
    redirect.name = "to-https";
    redirect.id = redirect.id.replace(/[^/]+$/, "to-https");
    rule.properties.redirectConfiguration.id = redirect.id;
    expect(convertGateway(g).notExpressed).toContain(
      `requestRoutingRules.${rule.name}: its HTTP listener (${rule.name}) and redirect (to-https) have other names; addHttpRedirect gives all three the rule's name`,
    );
  });

  test("a layer-4 routing rule of another type than Basic is reported", () => {
    const g = getOf("tls-proxy");
    const rule = g.properties.routingRules[0];
    rule.properties.ruleType = "PathBasedRouting";
    expect(convertGateway(g).notExpressed).toContain(`routingRules.${rule.name}: ruleType "PathBasedRouting"; the library's layer-4 rules are Basic`);
  });

  test("a layer-4 probe of another protocol than its settings is reported (the library probes with the settings' protocol)", () => {
    const g = getOf("tls-proxy");
    g.properties.probes.find((p: any) => p.name === "postgres-probe").properties.protocol = "Tcp";
    const report = convertGateway(g).notExpressed;
    expect(report).toContain('probes.postgres-probe: protocol "Tcp"; the library probes layer-4 backends with the settings\' protocol ("Tls")');
    expect(report).toContain('properties.probes.postgres-probe.properties.protocol: existing "Tcp", generated "Tls"');
  });
});

test("not a gateway: a clear error", () => {
  expect(() => convertGateway({ type: "Microsoft.Network/publicIPAddresses", properties: {} })).toThrow(
    "the input is a Microsoft.Network/publicIPAddresses, not a Microsoft.Network/applicationGateways",
  );
  expect(() => convertGateway([])).toThrow("the input is not a JSON object");
});
