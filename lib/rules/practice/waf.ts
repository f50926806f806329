// Best-practice rules on the web application firewall (opt-in, warnings): pure functions of the
// gateway's view (rules/view.ts): its SKU and policy id in the model, and the policy's or the classic
// configuration's settings where known. practice/index.ts lists them.
import { GatewaySku } from "../../core/enums";
import { RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { finding } from "../gateway/finding";
import { Finding, GatewayRule, GatewayView, WafManagedRulesView } from "../view";
import { practiceRule } from "./define";
import { psrule, wellArchitected } from "./anchors";

/** Reachable from the internet: a frontend with a public IP. */
const isPublic = (gw: GatewayView) => gw.model.frontendIPConfigurations.some((f) => f.publicIpAddressId !== undefined);

export const BP_WAF = practiceRule(
  RuleId.BP_WAF,
  "a gateway with a public frontend on the WAF_v2 SKU, behind an enabled WAF policy",
  `${psrule("Azure.AppGw.UseWAF")}; ${psrule("Azure.AppGw.WAFEnabled")}; ${psrule("Azure.AppGwWAF.Enabled")}; ${wellArchitected("Security")}`,
);

export const publicBehindWaf: GatewayRule = (gw) => {
  if (!isPublic(gw)) return [];
  if (gw.sku !== GatewaySku.WAF_V2) return [finding(BP_WAF, gw.scope, "sku", gw.sku)];
  if (gw.wafPolicy?.enabled === false) return [finding(BP_WAF, gw.wafPolicy.scope, "policySettings.state", "Disabled")];
  const protectedBy = gw.model.firewallPolicyId !== undefined || gw.classicWaf?.enabled === true;
  return protectedBy ? [] : [finding(BP_WAF, gw.scope, "firewallPolicyId", undefined)];
};

export const BP_WAF_PREVENTION = practiceRule(
  RuleId.BP_WAF_PREVENTION,
  "a public gateway's WAF in Prevention mode: Detection only logs the attacks it matches",
  `${psrule("Azure.AppGwWAF.PreventionMode")}; ${psrule("Azure.AppGw.Prevention")}; ${wellArchitected("Security")}`,
);

export const wafPrevents: GatewayRule = (gw) => {
  if (!isPublic(gw)) return [];
  const policy = gw.wafPolicy;
  const classic = gw.classicWaf;
  return [
    ...(policy !== undefined && policy.mode !== "Prevention" ? [finding(BP_WAF_PREVENTION, policy.scope, "policySettings.mode", policy.mode)] : []),
    ...(classic?.enabled === true && classic.firewallMode !== "Prevention"
      ? [finding(BP_WAF_PREVENTION, gw.scope, "webApplicationFirewallConfiguration.firewallMode", classic.firewallMode)]
      : []),
  ];
};

export const BP_WAF_POLICY = practiceRule(
  RuleId.BP_WAF_POLICY,
  "a WAF policy (firewallPolicyId) rather than the classic inline WAF configuration, retired on 15 March 2027",
  `${psrule("Azure.AppGw.MigrateWAFPolicy")}; ${wellArchitected("Security")}`,
);

/** Only a gateway the library did not build can have one: the library writes a policy or nothing. */
export const wafAsPolicy: GatewayRule = (gw) =>
  gw.classicWaf === undefined ? [] : [finding(BP_WAF_POLICY, gw.scope, "webApplicationFirewallConfiguration", { enabled: gw.classicWaf.enabled })];

export const BP_WAF_RULES = practiceRule(
  RuleId.BP_WAF_RULES,
  "every managed rule group and rule enabled; one turned off needs its reason recorded (suppress this finding with the reason)",
  `${psrule("Azure.AppGw.WAFRules")}; ${wellArchitected("Security")}`,
);

const disabled = (rules: WafManagedRulesView, scope: Finding["scope"], prop: string): Finding[] => [
  ...rules.disabledRuleGroups.map((group) => finding(BP_WAF_RULES, scope, `${prop}.disabledRuleGroups`, group, "the whole group")),
  ...rules.disabledRules.map((rule) => finding(BP_WAF_RULES, scope, `${prop}.disabledRules`, rule)),
];

export const managedRulesEnabled: GatewayRule = (gw) => [
  ...(gw.wafPolicy === undefined ? [] : disabled(gw.wafPolicy, gw.wafPolicy.scope, "managedRules")),
  ...(gw.classicWaf === undefined ? [] : disabled(gw.classicWaf, gw.scope, "webApplicationFirewallConfiguration")),
];

/** The managed rule sets a policy should have, with the oldest version that counts. */
const RECOMMENDED_RULE_SETS = [
  { type: "Microsoft_DefaultRuleSet", version: "2.1" },
  { type: "Microsoft_BotManagerRuleSet", version: "1.0" },
];

/** Dotted versions compared number by number: "2.10" is after "2.9", "1" is "1.0". */
const atLeast = (version: string, oldest: string): boolean => {
  const [a, b] = [version, oldest].map((v) => v.split(".").map(Number));
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const d = (a[k] ?? 0) - (b[k] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
};

export const BP_WAF_RULE_SETS = practiceRule(
  RuleId.BP_WAF_RULE_SETS,
  `a WAF policy with ${RECOMMENDED_RULE_SETS.map((r) => `${r.type} ${r.version} or later`).join(" and ")} (managedRuleSetType, managedRuleSetVersion, botManagerRuleSetVersion)`,
  `${psrule("Azure.AppGwWAF.RuleGroups")}; ${wellArchitected("Security")}`,
);

export const recommendedRuleSets: GatewayRule = (gw) => {
  const policy = gw.wafPolicy;
  if (policy === undefined) return [];
  const has = (want: { type: string; version: string }) => policy.ruleSets.some((r) => r.type === want.type && atLeast(r.version, want.version));
  return RECOMMENDED_RULE_SETS.every(has)
    ? []
    : [finding(BP_WAF_RULE_SETS, policy.scope, "managedRules.managedRuleSets", policy.ruleSets.map((r) => `${r.type} ${r.version}`))];
};

export const BP_WAF_EXCLUSIONS = practiceRule(
  RuleId.BP_WAF_EXCLUSIONS,
  "no exclusions from the managed rules; one that is needed needs its reason recorded (suppress this finding with the reason)",
  `${psrule("Azure.AppGwWAF.Exclusions")}; ${wellArchitected("Security")}`,
);

export const noExclusions: GatewayRule = (gw) =>
  (gw.wafPolicy?.exclusions ?? []).map((e) => finding(BP_WAF_EXCLUSIONS, gw.wafPolicy!.scope, "managedRules.exclusions", e));

/** The rules of this file, in the order docs/RULES.md lists them. */
export const PRACTICE_WAF_RULES: RuleInfo[] = [BP_WAF, BP_WAF_PREVENTION, BP_WAF_POLICY, BP_WAF_RULES, BP_WAF_RULE_SETS, BP_WAF_EXCLUSIONS];
