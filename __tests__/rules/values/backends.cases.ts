// Cases of the rules lib/rules/values/backends.ts defines: each fires on its bad case and is silent on its good ones.
import { BackendProtocol, TrustedRootCertificate } from "../../../lib";
import { passthroughGateway } from "../../support/stack";
import { CA_CER_BASE64 } from "../../fixtures/ca-certificate";
import { Cases, withSettings } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-BACKEND-PORT": { bad: withSettings({ port: 65536 }), good: [withSettings({ port: 65535 }), withSettings({ port: 1 })] },
  "AGW-TIMEOUT": { bad: withSettings({ requestTimeout: 0 }), good: [withSettings({ requestTimeout: 1 }), withSettings({ requestTimeout: 86400 })] },
  "AGW-FQDN": {
    bad: (s) => passthroughGateway(s).addBackendPool("p", { fqdns: ["bad_name.example.com"] }),
    good: [(s) => passthroughGateway(s).addBackendPool("p", { fqdns: [`${"a".repeat(63)}.example.com`, "backend"] })],
  },
  "AGW-IP": {
    bad: (s) => passthroughGateway(s).addBackendPool("p", { ipAddresses: ["10.0.2.256"] }),
    good: [(s) => passthroughGateway(s).addBackendPool("p", { ipAddresses: ["10.0.2.255", "0.0.0.0"] })],
  },
  "AGW-HOST-PICK": {
    bad: withSettings({ hostName: "app.example.com", pickHostNameFromBackendAddress: true }),
    good: [withSettings({ hostName: "app.example.com" }), withSettings({ pickHostNameFromBackendAddress: true }), withSettings({ hostName: "app.example.com", pickHostNameFromBackendAddress: false })],
  },
  "AGW-TRUSTED-ROOT": {
    bad: withSettings({ protocol: BackendProtocol.HTTP, trustedRootCertificates: [TrustedRootCertificate.fromData("ca", CA_CER_BASE64)] }),
    good: [withSettings({ protocol: BackendProtocol.HTTPS, trustedRootCertificates: [TrustedRootCertificate.fromData("ca", CA_CER_BASE64)] })],
  },
  "AGW-CONNECTION-DRAINING": {
    bad: withSettings({ connectionDrainingTimeout: 3601 }),
    good: [withSettings({ connectionDrainingTimeout: 1 }), withSettings({ connectionDrainingTimeout: 3600 })],
  },
  "AGW-AFFINITY-COOKIE": {
    // RFC 6265: a cookie name is a token, so no '=' or ';' (they would end the name in Set-Cookie).
    bad: withSettings({ cookieBasedAffinity: true, affinityCookieName: "session=1" }),
    good: [withSettings({ cookieBasedAffinity: true, affinityCookieName: "Contoso_Affinity-1.v2" })],
  },
  "AGW-BACKEND-PATH": { bad: withSettings({ path: "app/" }), good: [withSettings({ path: "/" }), withSettings({ path: "/app/v1/" })] },
};
