// Cases of the rules lib/rules/values/frontends.ts defines: each fires on its bad case and is silent on its good ones.
import { FrontendPublicIp, GatewaySubnet, ListenerFrontend } from "../../../lib";
import { SUBNET_ID } from "../../support/stack";
import { Cases, net, sub, withListener } from "../../support/rule-cases";

const PRIVATE_ONLY = { publicIp: FrontendPublicIp.none(), privateFrontendIpAddress: "10.0.0.10" };
const DUAL_STACK_SUBNET = GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, addressPrefix: "10.0.0.0/24", ipv6AddressPrefix: "fd00:db8::/64" });
const LINK_SUBNET = SUBNET_ID.replace("/subnets/appgw", "/subnets/privatelink");
const link = (props: object) => ({ name: "link", frontend: ListenerFrontend.PUBLIC, subnetId: LINK_SUBNET, ...props });
const DUAL_STACK_NET = { addressSpace: ["10.0.0.0/16", "fd00:db8::/48"], gatewaySubnetIpv6Prefix: "fd00:db8::/64" };

export const CASES: Cases = {
  "AGW-PRIVATE-ONLY": {
    bad: withListener({ frontend: ListenerFrontend.PRIVATE }, { publicIp: FrontendPublicIp.none() }),
    good: [withListener({ frontend: ListenerFrontend.PRIVATE }, PRIVATE_ONLY)],
  },
  "AGW-IPV6-FRONTEND": {
    // The default network's gateway subnet is IPv4 only.
    bad: withListener({}, { ipv6PublicIp: FrontendPublicIp.create() }),
    good: [
      withListener({}, { subnet: DUAL_STACK_SUBNET, ipv6PublicIp: FrontendPublicIp.create() }),
      withListener({ frontend: ListenerFrontend.PUBLIC_IPV6 }, { subnet: DUAL_STACK_SUBNET, ipv6PublicIp: FrontendPublicIp.fromId(SUBNET_ID.replace(/virtualNetworks.*/, "publicIPAddresses/v6")) }),
    ],
  },
  "AGW-IPV6-PREFIX": {
    bad: net({ ...DUAL_STACK_NET, gatewaySubnetIpv6Prefix: "fd00:db8::/65" }),
    good: [net(DUAL_STACK_NET), net({ addressSpace: ["10.0.0.0/16", "fd00:db8::/64"], gatewaySubnetIpv6Prefix: "fd00:db8::/64" })],
  },
  "AGW-PRIVATE-LINK-IPS": {
    bad: sub("10.0.0.0/24", { privateLinkConfigurations: [link({ ipConfigurations: 9 })] }),
    good: [sub("10.0.0.0/24", { privateLinkConfigurations: [link({ ipConfigurations: 8 })] }), sub("10.0.0.0/24", { privateLinkConfigurations: [link({ ipConfigurations: 1 })] })],
  },
  "AGW-PRIVATE-LINK-SUBNET": {
    bad: sub("10.0.0.0/24", { privateLinkConfigurations: [link({ subnetId: SUBNET_ID })] }),
    good: [sub("10.0.0.0/24", { privateLinkConfigurations: [link({})] })],
  },
  "AGW-PRIVATE-LINK-FRONTEND": {
    bad: sub("10.0.0.0/24", { privateLinkConfigurations: [link({ frontend: ListenerFrontend.PRIVATE })] }),
    good: [
      sub("10.0.0.0/24", { privateFrontendIpAddress: "10.0.0.10", privateLinkConfigurations: [link({ frontend: ListenerFrontend.PRIVATE })] }),
      sub("10.0.0.0/24", {
        privateFrontendIpAddress: "10.0.0.10",
        privateLinkConfigurations: [link({}), link({ name: "link2", frontend: ListenerFrontend.PRIVATE })],
      }),
    ],
  },
};
