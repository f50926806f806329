// Terraform addresses of the main stack, pinned. A refactor that changes one
// makes Terraform destroy and recreate that resource: for the gateway a minutes-
// long outage, for the public IP a new address. Change this list only together
// with `moved` blocks (cdktf: resource.moveFromId / moveTo).
import { Testing } from "cdktf";
import { GatewayDeployment } from "../lib";
import { MtlsPassthroughStack, SEED_PARAMETERS } from "../main";
import { bareGateway, CERT, completeRoute, testApp, testStack } from "./support/stack";

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

describe("moving the deployed gateway to the single azapi_resource (movedFrom)", () => {
  const moved = (deployment?: GatewayDeployment, movedFrom?: GatewayDeployment) =>
    JSON.parse(Testing.synth(new MtlsPassthroughStack(testApp(), "mtls-passthrough", SEED_PARAMETERS, deployment, movedFrom), true));

  test("moves the pinned azurerm gateway and forgets the pinned patch without destroying it", () => {
    const json = moved(GatewayDeployment.SINGLE_AZAPI_RESOURCE, GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH);
    expect(json.moved).toEqual([{ from: "azurerm_application_gateway.Gateway_43CB3636", to: "azapi_resource.Gateway_43CB3636" }]);
    // The patch's address in the stack it comes from: the pinned one (terraform-offline.test.ts plans the move).
    expect(PINNED).toContain(json.removed[0].from);
    expect(json.removed).toEqual([{ from: "azapi_update_resource.Gateway_PassthroughPatch_D1D40197", lifecycle: { destroy: false } }]);
  });

  test("the stack it moves from had the patch at that address", () => {
    const before = moved();
    const after = moved(GatewayDeployment.SINGLE_AZAPI_RESOURCE, GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH);
    expect(Object.keys(before.resource.azapi_update_resource).map((name) => `azapi_update_resource.${name}`)).toEqual([after.removed[0].from]);
  });

  test("a gateway without a passthrough SSL profile had no patch: nothing to forget", () => {
    const stack = testStack();
    const gateway = bareGateway(stack, { deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE, movedFrom: GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH });
    completeRoute(gateway, gateway.addHttpsListener("l", { certificate: CERT }));
    const json = JSON.parse(Testing.synth(stack, true));
    expect(json.moved).toEqual([{ from: "azurerm_application_gateway.Gateway_43CB3636", to: "azapi_resource.Gateway_43CB3636" }]);
    expect(json.removed).toBeUndefined();
  });

  test("without movedFrom, neither a moved nor a removed block", () => {
    const json = moved(GatewayDeployment.SINGLE_AZAPI_RESOURCE);
    expect(json.moved).toBeUndefined();
    expect(json.removed).toBeUndefined();
  });
});
