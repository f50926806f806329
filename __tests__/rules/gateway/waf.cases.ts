// Cases of the rules lib/rules/gateway/waf.ts defines: each fires on its bad case and is silent on its good ones.
import { GatewaySku } from "../../../lib";
import { WAF_POLICY_ID } from "../../support/stack";
import { Cases, sub, withListener } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-PART-WAF-POLICY": {
    bad: withListener({ firewallPolicyId: WAF_POLICY_ID }),
    good: [withListener({ firewallPolicyId: WAF_POLICY_ID }, { sku: GatewaySku.WAF_V2 })],
  },
  "AGW-WAF-BUFFERING": {
    bad: sub("10.0.0.0/24", { sku: GatewaySku.WAF_V2, requestBuffering: false }),
    good: [sub("10.0.0.0/24", { sku: GatewaySku.WAF_V2, responseBuffering: false }), sub("10.0.0.0/24", { requestBuffering: false })],
  },
};
