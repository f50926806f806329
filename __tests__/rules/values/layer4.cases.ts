// Cases of the rules lib/rules/values/layer4.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import { GatewayDeployment, Layer4BackendSettingsProps, Layer4Protocol, MtlsApplicationGateway, MtlsApplicationGatewayProps, TrustedRootCertificate } from "../../../lib";
import { CA_CER_BASE64 } from "../../fixtures/ca-certificate";
import { Cases } from "../../support/rule-cases";
import { bareGateway, CERT, completeRoute } from "../../support/stack";

/**
 * A single-resource gateway (it writes layer 4 in both flavours) with the required HTTPS route
 * on 443, then `build` adds its layer-4 parts.
 */
export const withLayer4 =
  (build: (gw: MtlsApplicationGateway) => void, props: Partial<MtlsApplicationGatewayProps> = {}) =>
  (s: TerraformStack) => {
    const gw = bareGateway(s, { deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE, ...props });
    completeRoute(gw, gw.addHttpsListener("https", { certificate: CERT }));
    build(gw);
  };

/** A TCP listener on `port` routed through layer-4 settings made of `settings`. */
export const tcpRoute = (settings: Partial<Layer4BackendSettingsProps>, port = 1883, priority = 200) => (gw: MtlsApplicationGateway) => {
  gw.addLayer4RoutingRule(`tcp-${port}`, {
    priority,
    listener: gw.addTcpListener(`tcp-${port}`, { port }),
    backendPool: gw.addBackendPool(`tcp-${port}`, { ipAddresses: ["10.1.0.4"] }),
    backendSettings: gw.addLayer4BackendSettings(`tcp-${port}`, { port, ...settings }),
  });
};

export const CASES: Cases = {
  // azurerm v4.73.0 CustomizeDiff: no host_name on a Tcp backend; trusted roots belong to TLS to the backend.
  "AGW-L4-TLS-ONLY": {
    bad: withLayer4(tcpRoute({ protocol: Layer4Protocol.TCP, hostName: "db.contoso.com" })),
    good: [
      withLayer4(tcpRoute({ protocol: Layer4Protocol.TLS, hostName: "db.contoso.com" })),
      withLayer4(tcpRoute({ protocol: Layer4Protocol.TLS, trustedRootCertificates: [TrustedRootCertificate.fromData("private-root", CA_CER_BASE64)] })),
      withLayer4(tcpRoute({ protocol: Layer4Protocol.TCP })),
    ],
  },
};
