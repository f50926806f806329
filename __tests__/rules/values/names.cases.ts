// Cases of the rules lib/rules/values/names.ts defines: each fires on its bad case and is silent on its good ones.
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { GatewayIdentity, GatewayNetwork, GatewaySku, WafPolicy } from "../../../lib";
import { passthroughGateway, WORKSPACE_ID } from "../../support/stack";
import { Cases, sub, net } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-NAME": {
    bad: (s) => passthroughGateway(s).addBackendPool("p", { name: "x".repeat(81) }),
    good: [(s) => passthroughGateway(s).addBackendPool("p", { name: `a${"b".repeat(78)}_` }), (s) => passthroughGateway(s).addBackendPool("p", { name: "a" })],
  },
  "AGW-PART-ID": {
    bad: (s) => { const gw = passthroughGateway(s); gw.addBackendPool("extra", { name: "a" }); gw.addBackendPool("extra", { name: "b" }); },
    good: [(s) => { const gw = passthroughGateway(s); gw.addBackendPool("extra", { name: "a" }); gw.addBackendPool("extra2", { name: "b" }); }],
  },
  "AGW-VNET-NAME": { bad: net({ name: "v" }), good: [net({ name: "vn" }), net({ name: `v${"n".repeat(62)}_` })] },
  "AGW-SUBNET-NAME": {
    bad: net({ gatewaySubnetName: "GatewaySubnet" }),
    good: [net({ gatewaySubnetName: "AppGatewaySubnet" }), net({ backendSubnetName: "b" })],
  },
  "AGW-IDENTITY-NAME": {
    bad: sub("10.0.0.0/24", { name: "edge.agw", identity: GatewayIdentity.create() }),
    good: [sub("10.0.0.0/24", { name: "edge.agw", identity: GatewayIdentity.create("edge-agw-id") }), sub("10.0.0.0/24", { identity: GatewayIdentity.create("abc") })],
  },
  "AGW-WAF-POLICY-NAME": {
    bad: (s) => new WafPolicy(s, "Waf", { name: "w".repeat(129), resourceGroupName: "rg", location: "westus" }),
    good: [(s) => new WafPolicy(s, "Waf", { name: "w".repeat(128), resourceGroupName: "rg", location: "westus" }), sub("10.0.0.0/24", { sku: GatewaySku.WAF_V2, name: "a".repeat(80), publicIpName: "pip" })],
  },
  "AGW-DIAGNOSTIC-NAME": {
    bad: sub("10.0.0.0/24", { logAnalyticsWorkspaceId: WORKSPACE_ID, diagnosticSettingName: "logs:agw" }),
    good: [sub("10.0.0.0/24", { logAnalyticsWorkspaceId: WORKSPACE_ID, diagnosticSettingName: "logs (agw) #1" }), sub("10.0.0.0/24", { logAnalyticsWorkspaceId: WORKSPACE_ID })],
  },
  "AGW-RESOURCE-UNIQUE": {
    bad: (s) => {
      net({})(s);
      new GatewayNetwork(s, "Net2", { name: "VNet", resourceGroupName: "RG", location: "westus" });
    },
    good: [
      (s) => {
        net({})(s);
        new GatewayNetwork(s, "Net2", { name: "vnet", resourceGroupName: "rg-2", location: "westus" });
        // Same name and group through another subscription's provider.
        const other = new AzurermProvider(s, "azurerm-other", { features: [{}], alias: "other", subscriptionId: "11111111-1111-1111-1111-111111111111" });
        new GatewayNetwork(s, "Net3", { name: "vnet", resourceGroupName: "rg", location: "westus", provider: other });
      },
      // One name for resources of different types: a VNet, a gateway and its public IP.
      (s) => passthroughGateway(s, { name: "edge", publicIpName: "edge", subnet: new GatewayNetwork(s, "Net", { name: "edge", resourceGroupName: "rg", location: "westus" }).gatewaySubnet }),
    ],
  },
};
