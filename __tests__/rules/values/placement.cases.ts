// Cases of the rules lib/rules/values/placement.ts defines: each fires on its bad case and is silent on its good ones.
import { GatewaySubnet, WafPolicy } from "../../../lib";
import { passthroughGateway, SUBNET_ID } from "../../support/stack";
import { Cases, sub, net } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-RG-NAME": {
    bad: sub("10.0.0.0/24", { resourceGroupName: "rg-edge." }),
    good: [sub("10.0.0.0/24", { resourceGroupName: "rg_(edge).1" }), sub("10.0.0.0/24", { resourceGroupName: "r".repeat(90) })],
  },
  "AGW-TAGS": {
    bad: sub("10.0.0.0/24", { tags: { "cost/center": "42" } }),
    good: [
      // 50 tags, a 512-byte name (256 two-byte characters) and a 256-byte value, an empty value.
      sub("10.0.0.0/24", { tags: { ...Object.fromEntries(Array.from({ length: 48 }, (_, i) => [`t${i}`, "x"])), ["é".repeat(256)]: "v".repeat(256), owner: "" } }),
      net({ tags: { Environment: "prod", "cost-center": "42" } }),
      (s) => new WafPolicy(s, "Waf", { name: "waf", resourceGroupName: "rg", location: "westus", tags: { "team:edge": "yes" } }),
    ],
  },
  "AGW-LOCATION": {
    bad: net({ location: "west-europe" }),
    good: [sub("10.0.0.0/24", { location: "West Europe" }), net({ location: "usgovvirginia" })],
  },
  "AGW-LOCATION-MATCH": {
    bad: (s) => passthroughGateway(s, { location: "eastus" }),
    good: [
      (s) => passthroughGateway(s, { location: "West US" }),
      sub("10.0.0.0/24", { location: "eastus" }),
      (s) => passthroughGateway(s, { location: "eastus", subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, location: "East US" }) }),
    ],
  },
};
