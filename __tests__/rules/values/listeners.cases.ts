// Cases of the rules lib/rules/values/listeners.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import { CustomErrorStatusCode, MtlsApplicationGateway } from "../../../lib";
import { bareGateway, CERT, completeRoute } from "../../support/stack";
import { Cases, sub, withListener, passthroughGatewayWith } from "../../support/rule-cases";

function bareGatewayListener(s: TerraformStack) {
  return (s.node.tryFindChild("Gateway") as MtlsApplicationGateway).addHttpsListener("l", { certificate: CERT });
}

export const CASES: Cases = {
  "AGW-PORT": { bad: withListener({ port: 65200 }), good: [withListener({ port: 65199 }), withListener({ port: 1 })] },
  "AGW-PRIORITY": {
    bad: (s) => completeRoute(bareGateway(s), bareGatewayListener(s), 20001),
    good: [(s) => completeRoute(bareGateway(s), bareGatewayListener(s), 20000)],
  },
  "AGW-HOSTNAMES": {
    bad: withListener({ hostNames: ["a", "b", "c", "d", "e", "f"].map((h) => `${h}.contoso.com`) }),
    good: [withListener({ hostNames: ["a", "b", "c", "d", "e"].map((h) => `${h}.contoso.com`) })],
  },
  "AGW-HOSTNAME": {
    // Learn's own examples: *.contoso.* and w??.contoso*.edu.* are valid, *.contoso.*.*.com and ????.contoso.* are not.
    bad: withListener({ hostNames: ["*.contoso.*.*.com"] }),
    good: [
      withListener({ hostNames: ["*.contoso.com", "*.contoso-*.com"] }),
      withListener({ hostNames: ["*.contoso.*"] }),
      withListener({ hostNames: ["w??.contoso*.edu.*"] }),
      withListener({ hostNames: ["????.contoso.com"] }),
    ],
  },
  "AGW-FORWARD-MTLS": {
    bad: withListener({ forwardClientCertificate: true }),
    good: [(s) => passthroughGatewayWith(s, { forwardClientCertificate: true })],
  },
  "AGW-CUSTOM-ERROR": {
    bad: sub("10.0.0.0/24", { customErrorPages: [{ statusCode: "HttpStatus404" as CustomErrorStatusCode, url: "https://pages.contoso.com/404.html" }] }),
    good: [
      sub("10.0.0.0/24", {
        customErrorPages: [
          { statusCode: CustomErrorStatusCode.HTTP_502, url: "https://pages.contoso.com/502.html" },
          { statusCode: CustomErrorStatusCode.HTTP_403, url: "https://pages.contoso.com/blocked.htm" },
        ],
      }),
    ],
  },
  "AGW-SNI-HOSTNAMES": {
    bad: withListener({ requireSni: true }),
    good: [withListener({ requireSni: true, hostNames: ["api.contoso.com"] }), withListener({ requireSni: false })],
  },
};
