// SslPolicy: the gateway's TLS policy (the default is in gateway.test.ts; an SSL profile's own in ssl-profile.test.ts).
import { SslPolicy } from "../../lib";
import { gatewayConfig, passthroughGateway, testStack } from "../support/stack";

describe("MtlsApplicationGateway options", () => {
  test("a custom TLS policy", () => {
    const stack = testStack();
    passthroughGateway(stack, {
      sslPolicy: SslPolicy.customV2({
        minProtocolVersion: "TLSv1_3",
        cipherSuites: ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"],
      }),
    });
    expect(gatewayConfig(stack).ssl_policy).toEqual({
      policy_type: "CustomV2",
      min_protocol_version: "TLSv1_3",
      cipher_suites: ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"],
    });
  });
});
