// Cases of the rules lib/rules/gateway/certificates.ts defines: each fires on its bad case and is silent on its good ones.
import { GatewayIdentity, ListenerCertificate } from "../../../lib";
import { IDENTITY_ID } from "../../support/stack";
import { Cases, withListener, kvCert, secret } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-SECRET": {
    bad: withListener({ certificate: ListenerCertificate.fromPfx("c", { data: secret, password: "hunter2" }) }),
    good: [withListener({ certificate: ListenerCertificate.fromPfx("c", { data: secret, password: secret }) })],
  },
  "AGW-KV-IDENTITY": {
    bad: withListener({ certificate: kvCert("https://edge-kv.vault.azure.net/secrets/edge-cert") }),
    good: [withListener({ certificate: kvCert("https://edge-kv.vault.azure.net/secrets/edge-cert") }, { identity: GatewayIdentity.fromUserAssignedIdentity(IDENTITY_ID) })],
  },
};
