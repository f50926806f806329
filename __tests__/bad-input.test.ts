// Bad input fails at synth with a message that names the construct path, the
// prop, the value and what is allowed; never a TypeError, never at deploy.
import { GatewaySku, GatewaySubnet, MtlsApplicationGateway } from "../lib";
import { bareGateway, passthroughGateway, SUBNET_ID, testStack } from "./support/stack";
import { synthError } from "./support/failure";

describe("a v1 SKU (retired on 2026-04-28), as a JavaScript or Python user could still pass it", () => {
  test("throws where it is given, naming the gateway's path, the prop, the value and the SKUs allowed", () => {
    const stack = testStack();
    expect(() => passthroughGateway(stack, { sku: "Standard_Medium" as GatewaySku })).toThrow(
      'test/Gateway: sku = "Standard_Medium" is not allowed: Standard_v2 or WAF_v2 (the v1 SKUs were retired on 2026-04-28; mutual TLS and header rewrites are v2 only) [AGW-SKU]',
    );
  });

  test("the same gateway on Standard_v2 passes", () => {
    const stack = testStack();
    passthroughGateway(stack, { sku: GatewaySku.STANDARD_V2 });
    expect(synthError(stack)).toBe("");
  });
});

describe("a gateway without the required parts", () => {
  test("lists each missing kind", () => {
    const stack = testStack();
    bareGateway(stack);
    const message = synthError(stack);
    for (const prop of ["listeners", "backendPools", "backendSettings", "routingRules"]) {
      expect(message).toContain(`test/Gateway: ${prop} = [] is not allowed`);
    }
  });
});

describe("two gateways of one stack with the same Azure name in one resource group", () => {
  test("the second throws, naming the first: both would write the one Azure gateway", () => {
    const stack = testStack();
    passthroughGateway(stack);
    const subnet = GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID });
    expect(() => new MtlsApplicationGateway(stack, "Second", { name: "AGW", resourceGroupName: "rg", location: "westus", subnet, publicIpName: "second-pip" })).toThrow(
      'test/Second: name = "AGW" (test/Gateway already creates the Microsoft.Network/applicationGateways of that name in resource group "rg") is not allowed:',
    );
  });
});
