// Cases of the rules lib/rules/gateway/listeners.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import { FrontendPublicIp, GatewaySubnet, ListenerFrontend } from "../../../lib";
import { bareGateway, CERT, completeRoute, passthroughGateway, SUBNET_ID } from "../../support/stack";
import { Cases, Build, withListener, twoListeners } from "../../support/rule-cases";

const redirectOnPort = (port: number) => (s: TerraformStack) => {
  const gw = bareGateway(s);
  const https = gw.addHttpsListener("https", { certificate: CERT });
  completeRoute(gw, https, 1);
  gw.addHttpRedirect("http", { target: https, priority: 2, port });
};
function twoListenersSamePriority(priority: number): Build {
  return (s) => {
    const gw = bareGateway(s);
    completeRoute(gw, gw.addHttpsListener("a", { certificate: CERT }), priority);
    completeRoute(gw, gw.addHttpsListener("b", { port: 8443, certificate: CERT }), priority);
  };
}

export const CASES: Cases = {
  "AGW-PRIORITY-UNIQUE": { bad: twoListenersSamePriority(1), good: [twoListeners({ port: 443 }, { port: 8443 })] },
  "AGW-PORT-PROTOCOL": { bad: redirectOnPort(443), good: [redirectOnPort(80), redirectOnPort(8080)] },
  "AGW-LISTENER-UNIQUE": {
    bad: twoListeners({}, {}),
    good: [twoListeners({ hostNames: ["a.contoso.com"] }, { hostNames: ["b.contoso.com"] }), twoListeners({ hostNames: ["b.contoso.com"] }, {})],
  },
  "AGW-LISTENER-SHADOWED": {
    bad: twoListeners({}, { hostNames: ["shop.contoso.com"] }),
    good: [
      twoListeners({ hostNames: ["shop.contoso.com"] }, {}),
      twoListeners({}, { port: 8443, hostNames: ["shop.contoso.com"] }),
      twoListeners({ hostNames: ["shop.contoso.com"] }, { hostNames: ["*.contoso.com"] }),
      twoListeners({ hostNames: ["*.contoso.com"] }, { hostNames: ["contoso.com"] }),
    ],
  },
  "AGW-LISTENER-ONE-RULE": {
    bad: (s) => {
      const gw = passthroughGateway(s);
      const [listener] = gw.listeners;
      gw.addRoutingRule("second", { priority: 2, listener, backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] });
    },
    good: [twoListeners({ port: 443 }, { port: 8443 })],
  },
  "AGW-PRIVATE-FRONTEND": {
    bad: withListener({ frontend: ListenerFrontend.PRIVATE }),
    good: [withListener({ frontend: ListenerFrontend.PRIVATE }, { privateFrontendIpAddress: "10.0.0.10" })],
  },
  "AGW-LISTENER-FRONTEND": {
    bad: withListener({ frontend: ListenerFrontend.PUBLIC_IPV6 }),
    good: [
      withListener(
        { frontend: ListenerFrontend.PUBLIC_IPV6 },
        {
          subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, addressPrefix: "10.0.0.0/24", ipv6AddressPrefix: "fd00:db8::/64" }),
          ipv6PublicIp: FrontendPublicIp.create(),
        },
      ),
      withListener({ frontend: ListenerFrontend.PRIVATE }, { publicIp: FrontendPublicIp.none(), privateFrontendIpAddress: "10.0.0.10" }),
    ],
  },
};
