// Cases of the rules lib/rules/gateway/layer4.ts defines: each fires on its bad case and is silent on its good ones.
import { ClientAuthentication, ListenerFrontend } from "../../../lib";
import { CA_CER_BASE64 } from "../../fixtures/ca-certificate";
import { Cases } from "../../support/rule-cases";
import { CERT, SUBNET_ID } from "../../support/stack";
import { tcpRoute, withLayer4 } from "../values/layer4.cases";
import { GatewaySubnet } from "../../../lib";

const tlsListener = (profile: "strict" | "passthrough" | "none") =>
  withLayer4((gw) => {
    const clientAuthentication =
      profile === "strict"
        ? ClientAuthentication.strict({ trustedClientCertificates: [{ name: "ca", data: CA_CER_BASE64 }] })
        : ClientAuthentication.passthrough();
    const sslProfile = profile === "none" ? undefined : gw.addSslProfile(profile, { clientAuthentication });
    gw.addLayer4RoutingRule("tls", {
      priority: 300,
      listener: gw.addTlsListener("tls", { port: 5432, certificate: CERT, sslProfile }),
      backendPool: gw.addBackendPool("db", { ipAddresses: ["10.1.0.4"] }),
      backendSettings: gw.addLayer4BackendSettings("db", { port: 5432 }),
    });
  });

export const CASES: Cases = {
  "AGW-L4-PORT": {
    // The HTTPS listener of withLayer4 has 443.
    bad: withLayer4(tcpRoute({}, 443)),
    good: [
      withLayer4(tcpRoute({}, 444)),
      // The same port on the private frontend is another socket.
      withLayer4(
        (gw) =>
          gw.addLayer4RoutingRule("private", {
            priority: 200,
            listener: gw.addTcpListener("private", { port: 443, frontend: ListenerFrontend.PRIVATE }),
            backendPool: gw.addBackendPool("private", { ipAddresses: ["10.1.0.4"] }),
            backendSettings: gw.addLayer4BackendSettings("private", { port: 443 }),
          }),
        { subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, addressPrefix: "10.0.1.0/24" }), privateFrontendIpAddress: "10.0.1.10" },
      ),
    ],
  },
  "AGW-L4-PASSTHROUGH": {
    bad: tlsListener("passthrough"),
    good: [tlsListener("strict"), tlsListener("none")],
  },
};
