// Cases of the rules lib/rules/values/capacity.ts defines: each fires on its bad case and is silent on its good ones.
import { GatewayCapacity, GatewaySku } from "../../../lib";
import { WAF_POLICY_ID } from "../../support/stack";
import { Cases, sub } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-CAPACITY": { bad: sub("10.0.0.0/24", { capacity: GatewayCapacity.fixed(126) }), good: [sub("10.0.0.0/24", { capacity: GatewayCapacity.fixed(125) }), sub("10.0.0.0/24", { capacity: GatewayCapacity.fixed(1) })] },
  "AGW-AUTOSCALE-MIN": {
    bad: sub("10.0.0.0/24", { capacity: GatewayCapacity.autoscale({ minCapacity: 101, maxCapacity: 125 }) }),
    good: [sub("10.0.0.0/24", { capacity: GatewayCapacity.autoscale({ minCapacity: 100, maxCapacity: 125 }) })],
  },
  "AGW-AUTOSCALE-MAX": {
    bad: sub("10.0.0.0/24", { capacity: GatewayCapacity.autoscale({ maxCapacity: 126 }) }),
    good: [sub("10.0.0.0/24", { capacity: GatewayCapacity.autoscale({ maxCapacity: 125 }) }), sub("10.0.0.0/24", { capacity: GatewayCapacity.autoscale({ maxCapacity: 2 }) })],
  },
  "AGW-AUTOSCALE-ORDER": {
    bad: sub("10.0.0.0/24", { capacity: GatewayCapacity.autoscale({ minCapacity: 5, maxCapacity: 4 }) }),
    good: [sub("10.0.0.0/24", { capacity: GatewayCapacity.autoscale({ minCapacity: 4, maxCapacity: 4 }) })],
  },
  "AGW-WAF-SKU": {
    bad: sub("10.0.0.0/24", { firewallPolicyId: WAF_POLICY_ID }),
    good: [sub("10.0.0.0/24", { sku: GatewaySku.WAF_V2, firewallPolicyId: WAF_POLICY_ID })],
  },
  "AGW-SKU": {
    bad: sub("10.0.0.0/24", { sku: "Standard_Large" as GatewaySku }),
    good: [sub("10.0.0.0/24", { sku: GatewaySku.STANDARD_V2 }), sub("10.0.0.0/24", { sku: GatewaySku.WAF_V2 })],
  },
  "AGW-ZONES": {
    bad: sub("10.0.0.0/24", { zones: ["1", "4"] }),
    good: [sub("10.0.0.0/24", { zones: ["1", "2", "3"] }), sub("10.0.0.0/24", { zones: ["2"] })],
  },
};
