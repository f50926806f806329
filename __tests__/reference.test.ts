// The committed reference/ files and the seed fixture against their public sources in
// ../shared/reference (or $SHARED_REFERENCE). A user's clone has nothing beside it: then
// these checks are skipped, and say so (under CI their absence is a failure).
import * as fs from "fs";
import * as path from "path";
import { SEED, SeedValues } from "./fixtures/seed";
import { whenAvailable } from "./support/requirements";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { deriveReference, defaultSourceDir, OUT_DIR, OUTPUTS } = require("../scripts/derive-reference");

const SOURCE_DIR: string = defaultSourceDir();
const SEED_FILE = path.join(SOURCE_DIR, "seed/000_2153188da1d02595.txt");
// Required under CI, except where .ci/run says it is checked elsewhere (the README's commands on a
// clone with nothing beside it, and the cdktn flavour's tree).
const required = Boolean(process.env.CI) && !process.env.APPGW_REFERENCE_OPTIONAL;
const whenPresent = whenAvailable(`the shared reference data at ${SOURCE_DIR}`, fs.existsSync(SOURCE_DIR), required);

whenPresent(`reference data in ${SOURCE_DIR}`, () => {
  let fresh: { [file: string]: string } | undefined;
  test.each(Object.values(OUTPUTS) as string[])(`reference/%s equals a fresh derivation`, (file) => {
    fresh ??= deriveReference(SOURCE_DIR) as { [file: string]: string };
    expect(fs.readFileSync(path.join(OUT_DIR, file), "utf8")).toBe(fresh[file]);
  });

  test("reference/ holds only derived files", () => {
    expect(fs.readdirSync(OUT_DIR).sort()).toEqual((Object.values(OUTPUTS) as string[]).sort());
  });

  test("fixtures/seed.ts holds the seed's values", () => {
    expect(SEED).toEqual(seedValues(fs.readFileSync(SEED_FILE, "utf8")));
  });
});

/** The values SEED records, read from the quickstart's text. */
function seedValues(text: string): SeedValues {
  /** The JSON document that follows a heading of the seed page. */
  const seedJson = (heading: string): any => {
    const start = text.indexOf("{", text.indexOf(heading));
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      if (text[i] === "{") depth++;
      if (text[i] === "}" && --depth === 0) return JSON.parse(text.slice(start, i + 1));
    }
    throw new Error(`no JSON after ${heading}`);
  };
  const template = seedJson("Template file: deploymentTemplate.json");
  const parameters = seedJson("Parameter file: deploymentParameters.json").parameters;
  /** The seed's simple ARM expressions: [variables('x')] and [parameters('x')] (parameter file first). */
  const arm = (value: string): any => {
    const m = /^\[(variables|parameters)\('(\w+)'\)\]$/.exec(value);
    if (!m) return value;
    return m[1] === "variables" ? template.variables[m[2]] : parameters[m[2]]?.value ?? template.parameters[m[2]].defaultValue;
  };
  const resource = (type: string) => template.resources.find((r: any) => r.type === type);
  const gw = resource("Microsoft.Network/applicationGateways").properties;
  const vnet = resource("Microsoft.Network/virtualNetworks").properties;
  const pip = resource("Microsoft.Network/publicIPAddresses");
  /** The name at the end of "[concat(..., '/collection/name')]". */
  const ref = (id: string) => /'\/\w+\/(\w+)'\)\]$/.exec(id)![1];
  return {
    apiVersion: template.variables.apiVersion,
    names: {
      vnet: template.variables.virtualNetworkName,
      publicIp: template.variables.publicIPAddressName,
      gateway: template.variables.applicationGatewayName,
    },
    parameters: {
      addressPrefix: parameters.addressPrefix.value,
      subnetPrefix: parameters.subnetPrefix.value,
      skuName: parameters.skuName.value,
      capacity: parameters.capacity.value,
    },
    vnet: {
      addressPrefixes: vnet.addressSpace.addressPrefixes.map(arm),
      subnets: vnet.subnets.map((s: any) => ({
        name: arm(s.name),
        addressPrefix: arm(s.properties.addressPrefix),
        delegations: (s.properties.delegations ?? []).map((d: any) => [d.name, d.properties.serviceName]),
      })),
    },
    publicIp: { sku: pip.sku.name, allocationMethod: pip.properties.publicIPAllocationMethod },
    gateway: {
      sku: gw.sku,
      sslCertificateNames: gw.sslCertificates.map((c: any) => c.name),
      sslPolicy: gw.sslPolicy,
      sslProfiles: gw.sslProfiles.map((p: any) => ({ name: p.name, clientAuthConfiguration: p.properties.clientAuthConfiguration })),
      gatewayIpConfigurationName: gw.gatewayIPConfigurations[0].name,
      frontendIpConfigurationName: gw.frontendIPConfigurations[0].name,
      frontendPorts: gw.frontendPorts.map((p: any) => ({ name: p.name, port: p.properties.Port })),
      backendAddressPools: gw.backendAddressPools.map((p: any) => ({
        name: p.name,
        fqdns: p.properties.BackendAddresses.map((a: any) => a.fqdn),
      })),
      backendHttpSettings: gw.backendHttpSettingsCollection.map((s: any) => ({
        name: s.name,
        port: s.properties.Port,
        protocol: s.properties.Protocol,
      })),
      httpListeners: gw.httpListeners.map((l: any) => ({
        name: l.name,
        protocol: l.properties.Protocol,
        frontendIpConfiguration: ref(l.properties.FrontendIPConfiguration.Id),
        frontendPort: ref(l.properties.FrontendPort.Id),
        sslCertificate: ref(l.properties.SslCertificate.Id),
        sslProfile: ref(l.properties.sslProfile.id),
      })),
      requestRoutingRules: gw.requestRoutingRules.map((r: any) => ({
        name: r.Name,
        ruleType: r.properties.RuleType,
        priority: r.properties.priority,
        httpListener: ref(r.properties.httpListener.id),
        backendAddressPool: ref(r.properties.backendAddressPool.id),
        backendHttpSettings: ref(r.properties.backendHttpSettings.id),
      })),
    },
  };
}
