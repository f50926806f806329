// Value rules on address ranges, subnets and private IPs: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { blockContains, blocksOverlap, isIpv4, parseCidr } from "../cidr";

export const CIDR = defineRule({
  id: RuleId.CIDR,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an IPv4 CIDR block such as 10.0.0.0/24, with no host bits set",
  source: "Learn: virtual-network-manage-subnet (address ranges in CIDR notation)",
});

export const cidrRule = valueRule<string>(CIDR, (v) => parseCidr(v) !== undefined);

export const SUBNET_IN_VNET = defineRule({
  id: RuleId.SUBNET_IN_VNET,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a prefix inside the VNet's address space",
  source: "Learn: virtual-network-manage-subnet",
});

/** [subnet prefix, VNet address space] */
export const subnetInVnetRule = valueRule<[string, string[]]>(SUBNET_IN_VNET, ([prefix, space]) => {
  const inner = parseCidr(prefix);
  const outers = space.map(parseCidr);
  if (!inner || outers.some((o) => o === undefined) || isUnknown(space)) return true; // reported by AGW-CIDR
  return outers.some((o) => blockContains(o!, inner));
});

export const SUBNET_OVERLAP = defineRule({
  id: RuleId.SUBNET_OVERLAP,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a prefix that does not overlap the gateway subnet (the gateway subnet is dedicated to Application Gateways)",
  source: "Learn: configuration-infrastructure, Virtual network and dedicated subnet",
});

/** [backend prefix, gateway prefix] */
export const subnetOverlapRule = valueRule<[string, string]>(SUBNET_OVERLAP, ([a, b]) => {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return !x || !y || !blocksOverlap(x, y);
});

export const PRIVATE_IP = defineRule({
  id: RuleId.PRIVATE_IP,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an IPv4 address",
  source: "ARM spec ApplicationGatewayFrontendIPConfigurationPropertiesFormat.privateIPAddress",
});

export const privateIpRule = valueRule<string>(PRIVATE_IP, isIpv4);

// Address ranges (Learn: virtual-networks-faq).
/** Ranges no VNet may use: multicast, broadcast, loopback, link-local, Azure's internal DNS. */
export const RESERVED_RANGES = ["224.0.0.0/4", "255.255.255.255/32", "127.0.0.0/8", "169.254.0.0/16", "168.63.129.16/32"];

export const RESERVED_RANGE = defineRule({
  id: RuleId.RESERVED_RANGE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: `an address range that overlaps none of ${RESERVED_RANGES.join(", ")}`,
  source: "Learn: virtual-networks-faq, What address ranges can I use in my virtual networks?",
});

export const reservedRangeRule = valueRule<string>(RESERVED_RANGE, (v) => {
  const block = parseCidr(v);
  return !block || RESERVED_RANGES.every((r) => !blocksOverlap(block, parseCidr(r)!));
});

export const SUBNET_PREFIX_LENGTH = defineRule({
  id: RuleId.SUBNET_PREFIX_LENGTH,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an IPv4 subnet from /2 to /29",
  source: "Learn: virtual-networks-faq (the smallest supported IPv4 subnet is /29, the largest /2)",
});

export const subnetPrefixLengthRule = valueRule<string>(SUBNET_PREFIX_LENGTH, (v) => {
  const block = parseCidr(v);
  return !block || (block.prefix >= 2 && block.prefix <= 29);
});

/** The rules of this file, in the order the README lists them. */
export const NETWORK_VALUE_RULES: RuleInfo[] = [CIDR, SUBNET_IN_VNET, SUBNET_OVERLAP, PRIVATE_IP, RESERVED_RANGE, SUBNET_PREFIX_LENGTH];
