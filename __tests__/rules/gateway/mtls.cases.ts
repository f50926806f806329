// Cases of the rules lib/rules/gateway/mtls.ts defines: each fires on its bad case and is silent on its good ones.
import { BackendProtocol } from "../../../lib";
import { Cases, sub, withRewrites, passthroughGatewayWith } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-PASSTHROUGH-NO-HEADER": {
    bad: (s) => passthroughGatewayWith(s, { forwardClientCertificate: false }),
    good: [(s) => passthroughGatewayWith(s, {})],
  },
  "AGW-CERT-OVER-HTTP": {
    bad: (s) => passthroughGatewayWith(s, {}, BackendProtocol.HTTP),
    good: [(s) => passthroughGatewayWith(s, {}, BackendProtocol.HTTPS)],
  },
  "AGW-ARR-HEADER": {
    bad: sub("10.0.0.0/24", { clientCertificateHeaders: { certificate: "X-ARR-ClientCert" } }),
    good: [sub("10.0.0.0/24", { clientCertificateHeaders: { certificate: "X-Client-Cert" } })],
  },
  "AGW-CERT-HEADER-OWNED": {
    bad: withRewrites([{ name: "r", ruleSequence: 1, requestHeaders: [{ headerName: "x-client-cert", headerValue: "{http_req_X-Other}" }] }]),
    good: [withRewrites([{ name: "r", ruleSequence: 1, requestHeaders: [{ headerName: "X-Client-Cert-Hint", headerValue: "1" }] }])],
  },
};
