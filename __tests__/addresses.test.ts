// Terraform addresses of the main stack, pinned. A refactor that changes one
// makes Terraform destroy and recreate that resource: for the gateway a minutes-
// long outage, for the public IP a new address. Change this list only together
// with `moved` blocks (cdktf: resource.moveFromId / moveTo).
import { Testing } from "cdktf";
import { MtlsPassthroughStack, SEED_PARAMETERS } from "../main";
import { testApp } from "./support/stack";

const PINNED = [
  "azapi_update_resource.Gateway_PassthroughPatch_D1D40197",
  "azurerm_application_gateway.Gateway_43CB3636",
  "azurerm_public_ip.Gateway_PublicIp_9CBDFD3D",
  "azurerm_subnet.Network_BackendSubnet_522FA3C0",
  "azurerm_subnet.Network_GatewaySubnet_B81B9939",
  "azurerm_virtual_network.Network_VirtualNetwork_F0072DD6",
];

test("the main stack's resource addresses are exactly the pinned ones", () => {
  const json = JSON.parse(Testing.synth(new MtlsPassthroughStack(testApp(), "mtls-passthrough"), true));
  const addresses = Object.entries<object>(json.resource).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`));
  expect(addresses.sort()).toEqual(PINNED);
});

test("addresses depend on construct paths only: not on the stack's name nor on the values of the seed's parameters", () => {
  const other = { ...SEED_PARAMETERS, capacity: 5, frontendPort: 8443, rulePriority: 10, backendFqdn: "other.example.com" };
  const json = JSON.parse(Testing.synth(new MtlsPassthroughStack(testApp(), "another-stack-name", other), true));
  const addresses = Object.entries<object>(json.resource).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`));
  expect(addresses.sort()).toEqual(PINNED);
});
