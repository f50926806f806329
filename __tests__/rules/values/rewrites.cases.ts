// Cases of the rules lib/rules/values/rewrites.ts defines: each fires on its bad case and is silent on its good ones.
import { Cases, sub, withRewrites } from "../../support/rule-cases";

const hdr = { headerName: "X-Frame-Options", headerValue: "DENY" };

export const CASES: Cases = {
  "AGW-HEADER": {
    bad: sub("10.0.0.0/24", { clientCertificateHeaders: { certificate: "X_Client_Cert" } }),
    good: [sub("10.0.0.0/24", { clientCertificateHeaders: { certificate: "X-Client-Cert-1" } })],
  },
  "AGW-REWRITE-HEADER": {
    bad: sub("10.0.0.0/24", { clientCertificateHeaders: { certificate: "X-Client-Cert", subject: "Upgrade" } }),
    good: [sub("10.0.0.0/24", { clientCertificateHeaders: { certificate: "X-Client-Cert", subject: "X-Upgrade" } })],
  },
  "AGW-RESPONSE-HEADER": {
    bad: withRewrites([{ name: "r", ruleSequence: 1, responseHeaders: [{ headerName: "Cache Control", headerValue: "no-store" }] }]),
    good: [withRewrites([{ name: "r", ruleSequence: 1, responseHeaders: [{ headerName: "Strict-Transport-Security", headerValue: "max-age=31536000" }] }])],
  },
  "AGW-REWRITE-RULE-NAME": {
    bad: withRewrites([{ name: "a", ruleSequence: 1, requestHeaders: [hdr] }, { name: "a", ruleSequence: 2, requestHeaders: [hdr] }]),
    good: [withRewrites([{ name: "a", ruleSequence: 1, requestHeaders: [hdr] }, { name: "b", ruleSequence: 2, requestHeaders: [hdr] }])],
  },
  "AGW-REWRITE-SEQUENCE": {
    bad: withRewrites([{ name: "r", ruleSequence: 1001, requestHeaders: [hdr] }]),
    good: [withRewrites([{ name: "r", ruleSequence: 1000, requestHeaders: [hdr] }]), withRewrites([{ name: "r", ruleSequence: 1, requestHeaders: [hdr] }])],
  },
  "AGW-REWRITE-CONDITION": {
    bad: withRewrites([{ name: "r", ruleSequence: 1, conditions: [{ variable: "var_uri", pattern: "x" }], requestHeaders: [hdr] }]),
    good: [
      withRewrites([{ name: "r", ruleSequence: 1, conditions: [{ variable: "var_uri_path", pattern: "^/api" }], requestHeaders: [hdr] }]),
      withRewrites([{ name: "r", ruleSequence: 1, conditions: [{ variable: "http_req_X-Tenant", pattern: ".+" }], requestHeaders: [hdr] }]),
    ],
  },
  "AGW-URL-REWRITE": {
    bad: withRewrites([{ name: "r", ruleSequence: 1, url: { reroute: false } }]),
    good: [withRewrites([{ name: "r", ruleSequence: 1, url: { path: "/v2/" } }]), withRewrites([{ name: "r", ruleSequence: 1, url: { queryString: "a=1" } }])],
  },
  "AGW-REWRITE-LIMITS": {
    bad: withRewrites([{ name: "r", ruleSequence: 1, requestHeaders: Array.from({ length: 41 }, (_, i) => ({ headerName: `X-H${i}`, headerValue: "1" })) }]),
    // On this forwarding route, 39 of the user's plus the library's forward rule make the 40 a set
    // may hold at synth (AGW-LIMIT); the boundary of the set's own check is the test below.
    good: [withRewrites([{ name: "r", ruleSequence: 1, requestHeaders: Array.from({ length: 39 }, (_, i) => ({ headerName: `X-H${i}`, headerValue: "1" })) }])],
  },
  "AGW-CERT-HEADER-UNIQUE": {
    // The certificate's default header, X-Client-Cert, taken by another field in other case.
    bad: sub("10.0.0.0/24", { clientCertificateHeaders: { subject: "x-client-cert" } }),
    good: [sub("10.0.0.0/24", { clientCertificateHeaders: { subject: "X-Client-Cert-Subject", issuer: "X-Client-Cert-Issuer" } })],
  },
};
