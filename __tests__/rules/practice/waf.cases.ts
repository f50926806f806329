// Cases of the rules lib/rules/practice/waf.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import { GatewaySku, WafExclusionMatchVariable, WafManagedRuleAction, WafPolicy, WafPolicyProps, WafSelectorMatchOperator } from "../../../lib";
import { GatewayView } from "../../../lib/rules/view";
import { passthroughGateway } from "../../support/stack";
import { sub } from "../../support/rule-cases";
import { PracticeCases } from "../../support/practice-cases";

/** A WAF_v2 passthrough gateway behind a WafPolicy of its stack, which `tune` may change. */
const behindPolicy = (props: Partial<WafPolicyProps> = {}, tune: (policy: WafPolicy) => void = () => undefined) => (s: TerraformStack) => {
  const policy = new WafPolicy(s, "Waf", { name: "edge-waf", resourceGroupName: "rg", location: "westus", ...props });
  tune(policy);
  passthroughGateway(s, { sku: GatewaySku.WAF_V2, firewallPolicyId: policy.policyId });
};

const wafGateway = sub("10.0.0.0/24", { sku: GatewaySku.WAF_V2 });

/** The same gateway as a raw one could be: an inline WAF configuration, in Prevention, with every rule on. */
const withClassicWaf = (view: GatewayView): GatewayView => ({
  ...view,
  classicWaf: { enabled: true, firewallMode: "Prevention", disabledRuleGroups: [], disabledRules: [] },
});

export const CASES: PracticeCases = {
  "AGW-BP-WAF": {
    bad: sub("10.0.0.0/24"),
    good: [wafGateway, behindPolicy()],
  },
  "AGW-BP-WAF-PREVENTION": {
    bad: behindPolicy({ prevention: false }),
    good: [behindPolicy({ prevention: true }), wafGateway],
  },
  "AGW-BP-WAF-POLICY": {
    bad: wafGateway,
    badView: withClassicWaf,
    good: [wafGateway],
  },
  "AGW-BP-WAF-RULES": {
    bad: behindPolicy({}, (p) => p.overrideRule("SQLI", "942150", { enabled: false })),
    good: [behindPolicy({}, (p) => p.overrideRule("SQLI", "942150", { action: WafManagedRuleAction.LOG })), behindPolicy({}, (p) => p.overrideRule("SQLI", "942150", { enabled: true }))],
  },
  "AGW-BP-WAF-RULE-SETS": {
    bad: behindPolicy({ botManagerRuleSetVersion: "0.1" }),
    good: [behindPolicy({ botManagerRuleSetVersion: "1.0" }), behindPolicy({ botManagerRuleSetVersion: "1.1" })],
  },
  "AGW-BP-WAF-EXCLUSIONS": {
    bad: behindPolicy({}, (p) =>
      p.addExclusion({ matchVariable: WafExclusionMatchVariable.REQUEST_HEADER_VALUES, selectorMatchOperator: WafSelectorMatchOperator.EQUALS, selector: "Authorization" }),
    ),
    good: [behindPolicy()],
  },
};
