import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { DefaultTokenResolver, StringConcat, TerraformVariable, Testing, Tokenization } from "cdktf";
import { GatewayNetwork, GatewaySubnet } from "../../lib";
import { bareGateway, onlyResource, synthJson, testStack } from "../support/stack";

describe("GatewayNetwork", () => {
  test("defaults to the seed's layout: 10.0.0.0/16 with a delegated 10.0.0.0/24 and a 10.0.2.0/24 backend subnet", () => {
    const stack = testStack();
    new GatewayNetwork(stack, "Network", { name: "vnet", resourceGroupName: "rg", location: "westus" });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(VirtualNetwork, { name: "vnet", address_space: ["10.0.0.0/16"] });
    expect(synth).toHaveResourceWithProperties(Subnet, {
      name: "appgwsubnet",
      address_prefixes: ["10.0.0.0/24"],
      delegation: [
        {
          name: "Microsoft.Network/applicationGateways",
          service_delegation: {
            name: "Microsoft.Network/applicationGateways",
            actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"],
          },
        },
      ],
    });
    expect(synth).toHaveResourceWithProperties(Subnet, { name: "backendSubnet", address_prefixes: ["10.0.2.0/24"] });
  });

  test("the backend subnet is not delegated and can be left out", () => {
    const stack = testStack();
    const net = new GatewayNetwork(stack, "Network", {
      name: "vnet",
      resourceGroupName: "rg",
      location: "westus",
      createBackendSubnet: false,
    });
    expect(net.backendSubnet).toBeUndefined();
    const subnets = synthJson(stack).resource.azurerm_subnet;
    expect(Object.keys(subnets)).toHaveLength(1);
  });

  test("the gateway subnet it hands out carries its id, prefix and the VNet's address space", () => {
    const stack = testStack();
    const net = new GatewayNetwork(stack, "Network", {
      name: "vnet",
      resourceGroupName: "rg",
      location: "westus",
      addressSpace: ["172.16.0.0/16"],
      gatewaySubnetPrefix: "172.16.4.0/24",
      backendSubnetPrefix: "172.16.5.0/24",
    });
    expect(net.gatewaySubnet.addressPrefix).toBe("172.16.4.0/24");
    expect(net.gatewaySubnet.vnetAddressSpace).toEqual(["172.16.0.0/16"]);
    expect(net.gatewaySubnet.delegated).toBe(true);
    expect(Tokenization.resolve(net.gatewaySubnet.subnetId, { scope: stack, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) })).toMatch(/^\$\{azurerm_subnet\.Network_GatewaySubnet_[0-9A-F]+\.id\}$/);
  });
});

describe("a subnet the user brings", () => {
  test("the gateway is placed in it and no network is created", () => {
    const stack = testStack();
    const id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/agw";
    bareGateway(stack, { subnet: GatewaySubnet.fromSubnetId({ subnetId: id, addressPrefix: "10.1.0.0/24" }) });
    const json = JSON.parse(Testing.synth(stack));
    expect(json.resource.azurerm_virtual_network).toBeUndefined();
    expect(json.resource.azurerm_subnet).toBeUndefined();
    const gateway = onlyResource(json, "azurerm_application_gateway");
    expect(gateway.config.gateway_ip_configuration).toEqual([{ name: "appGatewayIpConfig", subnet_id: id }]);
  });
});

describe("GatewayNetwork, dual-stack", () => {
  const dual = { name: "vnet", resourceGroupName: "rg", location: "westus", addressSpace: ["10.0.0.0/16", "fd00:db8::/48"] };

  test("gatewaySubnetIpv6Prefix makes the gateway subnet dual-stack: both prefixes on the subnet, the IPv6 block in the VNet", () => {
    const stack = testStack();
    const network = new GatewayNetwork(stack, "Network", { ...dual, gatewaySubnetIpv6Prefix: "fd00:db8::/64" });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(VirtualNetwork, { address_space: ["10.0.0.0/16", "fd00:db8::/48"] });
    expect(synth).toHaveResourceWithProperties(Subnet, { name: "appgwsubnet", address_prefixes: ["10.0.0.0/24", "fd00:db8::/64"] });
    expect([network.gatewaySubnet.dualStack, network.gatewaySubnet.ipv6AddressPrefix]).toEqual([true, "fd00:db8::/64"]);
  });

  test("without it the subnet is known IPv4-only; a subnet brought by id is unknown unless its IPv6 prefix is given", () => {
    expect(new GatewayNetwork(testStack(), "Network", dual).gatewaySubnet.dualStack).toBe(false);
    expect(GatewaySubnet.fromSubnetId({ subnetId: "x" }).dualStack).toBeUndefined();
    expect(GatewaySubnet.fromSubnetId({ subnetId: "x", ipv6AddressPrefix: "fd00:db8::/64" }).dualStack).toBe(true);
  });

  test("an address space that holds a Terraform expression is not judged at synth: the subnet may lie in the block the plan will know", () => {
    const stack = testStack();
    const unknownBlock = new TerraformVariable(stack, "space", { type: "string" }).stringValue;
    const network = new GatewayNetwork(stack, "Network", {
      name: "vnet",
      resourceGroupName: "rg",
      location: "westus",
      addressSpace: [unknownBlock, "10.0.0.0/16"],
      gatewaySubnetPrefix: "10.1.0.0/24",
    });
    expect(network.gatewaySubnet.addressPrefix).toBe("10.1.0.0/24");
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Subnet, { name: "appgwsubnet", address_prefixes: ["10.1.0.0/24"] });
  });

  test("an IPv6 block in the address space does not hide an IPv4 subnet outside the IPv4 blocks", () => {
    expect(() => new GatewayNetwork(testStack(), "Network", { ...dual, gatewaySubnetPrefix: "10.1.0.0/24" })).toThrow(/\[AGW-SUBNET-IN-VNET\]/);
  });

  test.each([
    ["a /64 outside the VNet's IPv6 blocks", "fd00:db9::/64"],
    ["host bits set", "fd00:db8::1/64"],
    ["not IPv6 at all", "fd00:db8::/64/1"],
  ])("an IPv6 subnet prefix with %s is refused", (_what, prefix) => {
    expect(() => new GatewayNetwork(testStack(), "Network", { ...dual, gatewaySubnetIpv6Prefix: prefix })).toThrow(/gatewaySubnetIpv6Prefix.*\[AGW-IPV6-PREFIX\]/s);
  });

  test("an IPv6 address space block smaller than /64 is refused", () => {
    expect(() => new GatewayNetwork(testStack(), "Network", { ...dual, addressSpace: ["10.0.0.0/16", "fd00:db8::/96"] })).toThrow(/addressSpace\[\].*\[AGW-IPV6-PREFIX\]/s);
  });
});
