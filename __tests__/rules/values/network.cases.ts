// Cases of the rules lib/rules/values/network.ts defines: each fires on its bad case and is silent on its good ones.
import { Cases, sub, net } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-CIDR": { bad: net({ addressSpace: ["10.0.0.1/16"] }), good: [net({ addressSpace: ["10.0.0.0/16"] })] },
  "AGW-SUBNET-IN-VNET": { bad: net({ gatewaySubnetPrefix: "10.1.0.0/24" }), good: [net({ gatewaySubnetPrefix: "10.0.255.0/24" })] },
  "AGW-SUBNET-OVERLAP": { bad: net({ backendSubnetPrefix: "10.0.0.128/25" }), good: [net({ backendSubnetPrefix: "10.0.1.0/24" })] },
  "AGW-PRIVATE-IP": { bad: sub("10.0.0.0/24", { privateFrontendIpAddress: "10.0.0.300" }), good: [sub("10.0.0.0/24", { privateFrontendIpAddress: "10.0.0.4" })] },
  "AGW-RESERVED-RANGE": {
    bad: net({ addressSpace: ["169.254.0.0/16"], gatewaySubnetPrefix: "169.254.0.0/24", backendSubnetPrefix: "169.254.2.0/24" }),
    good: [net({ addressSpace: ["169.253.0.0/16"], gatewaySubnetPrefix: "169.253.0.0/24", backendSubnetPrefix: "169.253.2.0/24" })],
  },
  "AGW-SUBNET-PREFIX": {
    bad: net({ backendSubnetPrefix: "10.0.2.0/30" }),
    good: [net({ backendSubnetPrefix: "10.0.2.0/29" })],
  },
};
