// Cases of the rules lib/rules/values/certificates.ts defines: each fires on its bad case and is silent on its good ones.
import { X509Certificate } from "crypto";
import { TerraformStack } from "cdktf";
import {
  BackendProtocol,
  ClientAuthentication,
  GatewayIdentity,
  TrustedClientCertificate,
  TrustedRootCertificate,
} from "../../../lib";
import { bareGateway, CERT, completeRoute } from "../../support/stack";
import { CA_CER_BASE64 } from "../../fixtures/ca-certificate";
import { Cases, withListener, withSettings, kvCert } from "../../support/rule-cases";

const strictProfile = (count: number, data = CA_CER_BASE64) => (s: TerraformStack) => {
  const gw = bareGateway(s);
  const cas: TrustedClientCertificate[] = Array.from({ length: count }, (_, i) => ({ name: `ca${i}`, data }));
  const profile = gw.addSslProfile("strict", { clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: cas }) });
  completeRoute(gw, gw.addHttpsListener("l", { certificate: CERT, sslProfile: profile }));
};
/** The test CA as base64 of PEM text, twice (a chain of two), and as DER base64 wrapped at 76 characters. */
const CA_PEM = new X509Certificate(Buffer.from(CA_CER_BASE64, "base64")).toString();
const CA_CHAIN_PEM_BASE64 = Buffer.from(CA_PEM + CA_PEM).toString("base64");
const CA_WRAPPED_BASE64 = CA_CER_BASE64.replace(/(.{76})/g, "$1\n");

export const CASES: Cases = {
  "AGW-KV-SECRET-ID": {
    bad: withListener({ certificate: kvCert("http://kv1.vault.azure.net/secrets/x") }, { identity: GatewayIdentity.create() }),
    good: [
      withListener(
        { certificate: kvCert("https://edge-kv.vault.azure.net/secrets/edge-cert/0123456789abcdef0123456789abcdef") },
        { identity: GatewayIdentity.create() },
      ),
    ],
  },
  "AGW-STRICT-CAS": { bad: strictProfile(0), good: [strictProfile(1), strictProfile(100)] },
  "AGW-CERT-DATA": {
    // Base64 of the text "CA-data": base64, but no certificate.
    bad: strictProfile(1, "Q0EtZGF0YQ=="),
    good: [
      strictProfile(1, CA_CHAIN_PEM_BASE64),
      strictProfile(1, CA_WRAPPED_BASE64),
      withSettings({ protocol: BackendProtocol.HTTPS, trustedRootCertificates: [TrustedRootCertificate.fromData("ca", CA_CER_BASE64)] }),
    ],
  },
};
