// The quickstart's deployment as it exists in Azure: its ARM template evaluated for its
// parameter file (the values in fixtures/seed.ts), the gateway PUT at 2025-03-01 and read back
// as a GET returns it (provider model: ARM stores what was PUT, adds ids and read-only fields,
// never returns the PFX); and the public IP the template creates, as azurerm's Read has it.
import { SEED } from "../fixtures/seed";
import { armGet, armPut, SUBSCRIPTION_ID } from "./provider-model";
import { JsonObject } from "./provider-model/json";
import { placeholderCertificate } from "./provider-model/terraform";

export const SEED_RESOURCE_GROUP = "rg-model";
export const SEED_LOCATION = "westus";
const group = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${SEED_RESOURCE_GROUP}/providers`;
export const SEED_GATEWAY_ID = `${group}/Microsoft.Network/applicationGateways/${SEED.names.gateway}`;
export const SEED_PUBLIC_IP_ID = `${group}/Microsoft.Network/publicIPAddresses/${SEED.names.publicIp}`;
const SUBNET_ID = `${group}/Microsoft.Network/virtualNetworks/${SEED.names.vnet}/subnets/${SEED.vnet.subnets[0].name}`;

/** The template's gateway resource, its expressions evaluated (certData/certPassword: placeholders). */
export function seedGatewayPut(): JsonObject {
  const g = SEED.gateway;
  const ref = (collection: string, name: string) => ({ id: `${SEED_GATEWAY_ID}/${collection}/${name}` });
  const child = (name: string, properties: JsonObject) => ({ name, properties });
  // The template spells client-auth keys in PascalCase; ARM's names are camelCase (the GET's).
  const camel = (o: { [key: string]: unknown }) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k[0].toLowerCase() + k.slice(1), v])) as JsonObject;
  return {
    location: SEED_LOCATION,
    properties: {
      sku: { ...g.sku },
      sslCertificates: g.sslCertificateNames.map((n) => child(n, { data: placeholderCertificate("seed_cert_data"), password: "seed-cert-password" })),
      sslPolicy: { ...g.sslPolicy },
      sslProfiles: g.sslProfiles.map((p) => child(p.name, { clientAuthConfiguration: camel(p.clientAuthConfiguration) })),
      gatewayIPConfigurations: [child(g.gatewayIpConfigurationName, { subnet: { id: SUBNET_ID } })],
      frontendIPConfigurations: [child(g.frontendIpConfigurationName, { publicIPAddress: { id: SEED_PUBLIC_IP_ID } })],
      frontendPorts: g.frontendPorts.map((p) => child(p.name, { port: p.port })),
      backendAddressPools: g.backendAddressPools.map((p) => child(p.name, { backendAddresses: p.fqdns.map((fqdn) => ({ fqdn })) })),
      backendHttpSettingsCollection: g.backendHttpSettings.map((s) => child(s.name, { port: s.port, protocol: s.protocol })),
      httpListeners: g.httpListeners.map((l) =>
        child(l.name, {
          frontendIPConfiguration: ref("frontendIPConfigurations", l.frontendIpConfiguration),
          frontendPort: ref("frontendPorts", l.frontendPort),
          protocol: l.protocol,
          sslCertificate: ref("sslCertificates", l.sslCertificate),
          sslProfile: ref("sslProfiles", l.sslProfile),
        }),
      ),
      requestRoutingRules: g.requestRoutingRules.map((r) =>
        child(r.name, {
          ruleType: r.ruleType,
          priority: r.priority,
          httpListener: ref("httpListeners", r.httpListener),
          backendAddressPool: ref("backendAddressPools", r.backendAddressPool),
          backendHttpSettings: ref("backendHttpSettingsCollection", r.backendHttpSettings),
        }),
      ),
    },
  } as JsonObject;
}

/** The seed's gateway as a GET at 2025-03-01 returns it after the template's deployment. */
export function seedGatewayGet(): JsonObject {
  return armGet(armPut(SEED_GATEWAY_ID, seedGatewayPut(), "2025-03-01"));
}

/** The template's public IP as azurerm_public_ip's config would state it (the Read of an import gives the same state). */
export const SEED_PUBLIC_IP_CONFIG: JsonObject = {
  name: SEED.names.publicIp,
  resource_group_name: SEED_RESOURCE_GROUP,
  location: SEED_LOCATION,
  allocation_method: SEED.publicIp.allocationMethod,
  sku: SEED.publicIp.sku,
};
