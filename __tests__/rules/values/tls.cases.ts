// Cases of the rules lib/rules/values/tls.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import { SslPolicy } from "../../../lib";
import { passthroughGateway } from "../../support/stack";
import { Cases } from "../../support/rule-cases";

const withPolicy = (sslPolicy: SslPolicy) => (s: TerraformStack) => passthroughGateway(s, { sslPolicy });

export const CASES: Cases = {
  "AGW-TLS-POLICY": {
    bad: withPolicy(SslPolicy.predefined("AppGwSslPolicy20170401")),
    good: [withPolicy(SslPolicy.predefined("AppGwSslPolicy20170401S")), withPolicy(SslPolicy.predefined("AppGwSslPolicy20220101S"))],
  },
  "AGW-TLS-MIN-VERSION": {
    bad: withPolicy(SslPolicy.customV2({ minProtocolVersion: "TLSv1_1", cipherSuites: [] })),
    good: [withPolicy(SslPolicy.customV2({ minProtocolVersion: "TLSv1_2", cipherSuites: ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"] }))],
  },
  "AGW-TLS-DISABLED-PROTOCOLS": {
    bad: withPolicy(SslPolicy.fromAttributes({ policyType: "Predefined", policyName: "AppGwSslPolicy20220101", disabledProtocols: ["TLSv1_0"] })),
    good: [withPolicy(SslPolicy.fromAttributes({ disabledProtocols: ["TLSv1_0", "TLSv1_1"] }))],
  },
  "AGW-TLS-POLICY-TYPE": {
    bad: withPolicy(SslPolicy.fromAttributes({ policyName: "AppGwSslPolicy20220101" })),
    good: [withPolicy(SslPolicy.fromAttributes({ policyName: "AppGwSslPolicy20220101", policyType: "Predefined" }))],
  },
  "AGW-TLS-CIPHER": {
    bad: withPolicy(SslPolicy.fromAttributes({ policyType: "Custom", minProtocolVersion: "TLSv1_2", cipherSuites: ["TLS_RSA_WITH_3DES_EDE_CBC_SHA"] })),
    good: [
      withPolicy(SslPolicy.fromAttributes({ policyType: "Custom", minProtocolVersion: "TLSv1_2", cipherSuites: ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"] })),
      withPolicy(SslPolicy.customV2({ minProtocolVersion: "TLSv1_2", cipherSuites: ["TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"] })),
    ],
  },
  "AGW-TLS-PROTOCOL": {
    bad: withPolicy(SslPolicy.fromAttributes({ disabledProtocols: ["TLSv1_0", "SSLv3"] })),
    good: [withPolicy(SslPolicy.fromAttributes({ disabledProtocols: ["TLSv1_0", "TLSv1_1"] }))],
  },
  "AGW-TLS-PREDEFINED": {
    bad: withPolicy(SslPolicy.fromAttributes({ policyType: "Predefined", policyName: "AppGwSslPolicy20220101", minProtocolVersion: "TLSv1_3" })),
    good: [withPolicy(SslPolicy.fromAttributes({ policyType: "Predefined", policyName: "AppGwSslPolicy20220101" }))],
  },
};
