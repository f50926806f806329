// Cross-part rules on the gateway subnet: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { ipv4ToNumber, isIpv4, parseCidr } from "../cidr";
import { GatewayRule } from "../view";
import { finding } from "./finding";

export const SUBNET_DELEGATED = defineRule({
  id: RuleId.SUBNET_DELEGATION,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a v2 gateway subnet delegated to Microsoft.Network/applicationGateways",
  source: "Learn: configuration-infrastructure; ApplicationGatewayNetworkIsolationRequiresSubnetDelegation",
});

export const subnetDelegated: GatewayRule = (gw) =>
  !gw.subnet.delegated ? [finding(SUBNET_DELEGATED, gw.scope, "subnet.delegated", false)] : [];

/** Azure keeps 5 addresses of every subnet (network, broadcast and three for itself). */
const AZURE_RESERVED_ADDRESSES = 5;

export const SUBNET_CAPACITY = defineRule({
  id: RuleId.SUBNET_SIZE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a gateway subnet with room for the maximum instance count, a private frontend IP if any, and Azure's 5 reserved addresses",
  source: "Learn: configuration-infrastructure, Size of the subnet",
});

export const subnetHoldsInstances: GatewayRule = (gw) => {
  const block = gw.subnet.addressPrefix === undefined ? undefined : parseCidr(gw.subnet.addressPrefix);
  if (!block) return [];
  const needed = gw.capacity.maxInstances + AZURE_RESERVED_ADDRESSES + (gw.privateFrontendIpAddress ? 1 : 0);
  return block.size < needed ? [finding(SUBNET_CAPACITY, gw.scope, "subnet.addressPrefix", gw.subnet.addressPrefix)] : [];
};

export const SUBNET_RECOMMENDED = defineRule({
  id: RuleId.SUBNET_SMALL,
  severity: Severity.WARNING,
  checked: Checked.AT_SYNTH,
  allowed: "a /24 gateway subnet (Microsoft's recommendation: room for 125 instances and later changes)",
  source: "Learn: configuration-infrastructure, Size of the subnet",
});

export const subnetRecommendedSize: GatewayRule = (gw) => {
  const block = gw.subnet.addressPrefix === undefined ? undefined : parseCidr(gw.subnet.addressPrefix);
  return block && block.prefix > 24 ? [finding(SUBNET_RECOMMENDED, gw.scope, "subnet.addressPrefix", gw.subnet.addressPrefix)] : [];
};

export const PRIVATE_IP_IN_SUBNET = defineRule({
  id: RuleId.PRIVATE_IP_SUBNET,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a private frontend IP inside the gateway subnet, not one of Azure's reserved addresses (the first four and the last)",
  source: "Learn: configuration-frontend-ip; virtual-network FAQ (reserved addresses)",
});

export const privateIpInSubnet: GatewayRule = (gw) => {
  const ip = gw.privateFrontendIpAddress;
  const block = gw.subnet.addressPrefix === undefined ? undefined : parseCidr(gw.subnet.addressPrefix);
  if (ip === undefined || !isIpv4(ip) || !block) return [];
  const offset = ipv4ToNumber(ip) - block.start;
  return offset >= 4 && offset < block.size - 1 ? [] : [finding(PRIVATE_IP_IN_SUBNET, gw.scope, "privateFrontendIpAddress", ip)];
};

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_SUBNET_RULES: RuleInfo[] = [SUBNET_DELEGATED, SUBNET_CAPACITY, SUBNET_RECOMMENDED, PRIVATE_IP_IN_SUBNET];
