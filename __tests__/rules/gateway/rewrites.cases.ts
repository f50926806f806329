// Cases of the rules lib/rules/gateway/rewrites.ts defines: each fires on its bad case and is silent on its good ones.
import { Cases, withRewrites, withPaths } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-REROUTE": {
    bad: withRewrites([{ name: "r", ruleSequence: 1, url: { path: "/v2/", reroute: true } }]),
    good: [withPaths(["/api/*"], [{ name: "r", ruleSequence: 1, conditions: [{ variable: "var_uri_path", pattern: "^/v1" }], url: { path: "/v2/", reroute: true } }])],
  },
};
