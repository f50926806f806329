// Cases of the rules lib/rules/gateway/tls.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import { ClientAuthentication, SslPolicy } from "../../../lib";
import { bareGateway, CERT, completeRoute } from "../../support/stack";
import { Cases, sub } from "../../support/rule-cases";

function passthroughGatewayWithProfilePolicy(s: TerraformStack, sslPolicy: SslPolicy) {
  const gw = bareGateway(s);
  const profile = gw.addSslProfile("p", { clientAuthentication: ClientAuthentication.passthrough(), sslPolicy });
  completeRoute(gw, gw.addHttpsListener("l", { certificate: CERT, sslProfile: profile }));
}

export const CASES: Cases = {
  "AGW-TLS-FAMILY": {
    bad: (s) => passthroughGatewayWithProfilePolicy(s, SslPolicy.predefined("AppGwSslPolicy20170401S")),
    good: [(s) => passthroughGatewayWithProfilePolicy(s, SslPolicy.predefined("AppGwSslPolicy20220101S"))],
  },
  "AGW-FIPS-TLS": {
    bad: sub("10.0.0.0/24", { enableFips: true, sslPolicy: SslPolicy.predefined("AppGwSslPolicy20170401S") }),
    good: [sub("10.0.0.0/24", { enableFips: true }), sub("10.0.0.0/24", { enableFips: true, sslPolicy: SslPolicy.customV2({ minProtocolVersion: "TLSv1_2", cipherSuites: ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"] }) })],
  },
};
