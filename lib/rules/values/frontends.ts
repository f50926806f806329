// Value rules on the gateway's frontends: a private-only gateway, an IPv6 public frontend and its
// dual-stack subnet, Private Link configurations. Each is checked where the value is given and throws.
// registry.ts lists every rule in order.
import { Checked, defineRule, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { ListenerFrontend } from "../../core/enums";
import { ipv6BlockContains, isIpv6Range, parseIpv6Cidr } from "../cidr";

export const PRIVATE_ONLY = defineRule({
  id: RuleId.PRIVATE_ONLY,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "`publicIp: FrontendPublicIp.none()` (a private-only gateway) only with `privateFrontendIpAddress`, its one frontend, and without `publicIpDiagnostics` (there is no public IP to watch)",
  source:
    "Learn: application-gateway-private-deployment (Private IP address only frontend IP configuration, no public IP address resource; v2 SKUs; the subscription feature EnableApplicationGatewayNetworkIsolation); azurerm v4.55.0 application_gateway_resource.go frontend_ip_configuration (Required, MinItems 1)",
});

/** [the gateway has no public IPv4, what it then needs is there] */
export const privateOnlyRule = valueRule<[boolean, boolean]>(PRIVATE_ONLY, ([none, needed]) => !none || needed);

export const IPV6_FRONTEND = defineRule({
  id: RuleId.IPV6_FRONTEND,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "an IPv6 public frontend (`ipv6PublicIp`) only on a dual-stack gateway: beside the IPv4 public frontend (not `FrontendPublicIp.none()`), in a subnet with an IPv6 prefix (`GatewayNetworkProps.gatewaySubnetIpv6Prefix`, or `ipv6AddressPrefix` of `GatewaySubnet.fromSubnetId`)",
  source:
    "Learn: ipv6-application-gateway-portal, Limitations (only v2 SKUs; an IPv6-only gateway is not supported, it must be dual stack; the VNet and gateway subnet must be dual stack); Learn: configuration-frontend-ip (one public and one private IP per IP protocol, at most four frontend IPs)",
});

/** [the gateway has an IPv4 public frontend, the subnet is dual-stack (undefined: unknown)] */
export const ipv6FrontendRule = valueRule<[boolean, boolean | undefined]>(IPV6_FRONTEND, ([ipv4Public, dualStack]) => ipv4Public && dualStack !== false);

export const IPV6_PREFIX = defineRule({
  id: RuleId.IPV6_PREFIX,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "an IPv6 CIDR block with no host bits set, such as fd00:db8:deca::/48: a VNet's IPv6 address space /64 or larger; a subnet's IPv6 prefix exactly /64 and inside one of the VNet's IPv6 blocks",
  source: "Learn: virtual-network ip-services ipv6-overview (IPv6 subnets must be exactly /64 in size); Learn: virtual-network-manage-subnet (a subnet's ranges lie in the VNet's address space)",
});

/** An IPv6 block of a VNet's address space. */
export const ipv6SpaceRule = valueRule<string>(IPV6_PREFIX, (v) => (parseIpv6Cidr(v)?.prefix ?? 65) <= 64);

/** [the subnet's IPv6 prefix, the VNet's address space] */
export const ipv6SubnetRule = valueRule<[string, string[]]>(IPV6_PREFIX, ([prefix, space]) => {
  const inner = parseIpv6Cidr(prefix);
  if (inner === undefined || inner.prefix !== 64) return false;
  return space.filter(isIpv6Range).some((o) => {
    const outer = parseIpv6Cidr(o);
    return outer !== undefined && ipv6BlockContains(outer, inner);
  });
});

/** Learn: private-link-configure, "The maximum number of IP addresses per Private Link configuration is 8". */
export const MAX_PRIVATE_LINK_IPS = 8;

export const PRIVATE_LINK_IPS = defineRule({
  id: RuleId.PRIVATE_LINK_IPS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: `1 to ${MAX_PRIVATE_LINK_IPS} IP configurations per Private Link configuration (each carries 64K concurrent connections; Dynamic allocation only)`,
  source: "Learn: private-link-configure (maximum number of IP addresses per Private Link configuration is 8; only dynamic allocation is supported)",
});

export const privateLinkIpsRule = valueRule<number>(PRIVATE_LINK_IPS, (n) => Number.isInteger(n) && n >= 1 && n <= MAX_PRIVATE_LINK_IPS);

export const PRIVATE_LINK_SUBNET = defineRule({
  id: RuleId.PRIVATE_LINK_SUBNET,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a subnet other than the gateway's own, with its private link service network policies disabled",
  source:
    "Learn: private-link-configure (the Private Link IP configuration needs a subnet other than the Application Gateway subnet); Learn: disable-private-link-service-network-policy",
});

/** Whether the Private Link subnet is the gateway's (literal ids, compared ignoring case; expressions cannot be compared). */
export const privateLinkSubnetRule = valueRule<boolean>(PRIVATE_LINK_SUBNET, (sameAsGateway) => !sameAsGateway);

export const PRIVATE_LINK_FRONTEND = defineRule({
  id: RuleId.PRIVATE_LINK_FRONTEND,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a Private Link configuration on a frontend the gateway has, the public IPv4 (not `FrontendPublicIp.none()`) or the private one (`privateFrontendIpAddress`), never the IPv6 one; at most one configuration per frontend",
  source:
    "Learn: private-link (a Private Link configuration is associated with a frontend IP, public or private); Learn: ipv6-application-gateway-portal (IPv6 Private Link is not supported); ARM spec 2025-03-01 ApplicationGatewayFrontendIPConfigurationPropertiesFormat.privateLinkConfiguration (one reference per frontend)",
});

/** [frontend, the gateway has it, another configuration already takes it] */
export const privateLinkFrontendRule = valueRule<[ListenerFrontend, boolean, boolean]>(
  PRIVATE_LINK_FRONTEND,
  ([frontend, exists, taken]) => frontend !== ListenerFrontend.PUBLIC_IPV6 && exists && !taken,
);

/** The rules of this file, in the order the README lists them. */
export const FRONTENDS_VALUE_RULES: RuleInfo[] = [PRIVATE_ONLY, IPV6_FRONTEND, IPV6_PREFIX, PRIVATE_LINK_IPS, PRIVATE_LINK_SUBNET, PRIVATE_LINK_FRONTEND];
