// Cases of the rules lib/rules/gateway/subnet.ts defines: each fires on its bad case and is silent on its good ones.
import { GatewayCapacity, GatewaySubnet } from "../../../lib";
import { passthroughGateway, SUBNET_ID } from "../../support/stack";
import { Cases, sub } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-SUBNET-DELEGATION": {
    bad: (s) => passthroughGateway(s, { subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, addressPrefix: "10.0.0.0/24", delegated: false }) }),
    good: [(s) => passthroughGateway(s, { subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, addressPrefix: "10.0.0.0/24", delegated: true }) })],
  },
  "AGW-SUBNET-SIZE": {
    bad: sub("10.0.0.0/29", { capacity: GatewayCapacity.fixed(4) }),
    good: [sub("10.0.0.0/29", { capacity: GatewayCapacity.fixed(3) }), sub("10.0.0.0/24", { capacity: GatewayCapacity.autoscale({ maxCapacity: 125 }) })],
  },
  "AGW-SUBNET-SMALL": { bad: sub("10.0.0.0/25"), good: [sub("10.0.0.0/24"), sub("10.0.0.0/16")] },
  "AGW-PRIVATE-IP-SUBNET": {
    bad: sub("10.0.0.0/24", { privateFrontendIpAddress: "10.0.0.3" }),
    good: [sub("10.0.0.0/24", { privateFrontendIpAddress: "10.0.0.4" }), sub("10.0.0.0/24", { privateFrontendIpAddress: "10.0.0.254" })],
  },
};
