// The opt-in best-practice pack: warnings anchored in PSRule.Rules.Azure's Azure.AppGw* rules and
// the Well-Architected service guide for Application Gateway. Not in registry.ts: they never run
// by default on the library's gateways; the policy pack runs them when a user opts in.
import { RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { Finding, GatewayRule, GatewayView } from "../view";
import { psrule } from "./anchors";
import * as availability from "./availability";
import * as waf from "./waf";
import * as listeners from "./listeners";
import * as observability from "./observability";

/** Every best-practice rule, in the order docs/RULES.md lists them. */
export const BEST_PRACTICE_RULES: RuleInfo[] = [
  ...availability.PRACTICE_AVAILABILITY_RULES,
  ...waf.PRACTICE_WAF_RULES,
  ...listeners.PRACTICE_LISTENERS_RULES,
  ...observability.PRACTICE_OBSERVABILITY_RULES,
];

/** Every best-practice check, in the order they run. */
export const BEST_PRACTICE_CHECKS: GatewayRule[] = [
  availability.minInstances,
  availability.zoneRedundant,
  waf.publicBehindWaf,
  waf.wafPrevents,
  waf.wafAsPolicy,
  waf.managedRulesEnabled,
  waf.recommendedRuleSets,
  waf.noExclusions,
  listeners.httpOnlyRedirects,
  observability.diagnosticsToWorkspace,
];

/** The best-practice findings of one gateway's view. */
export function checkBestPractices(gw: GatewayView): Finding[] {
  return BEST_PRACTICE_CHECKS.flatMap((check) => check(gw));
}

/**
 * Anchors the default rules already enforce, so the pack does not repeat them: each anchor with
 * the rules (errors or warnings of registry.ts) that cover it.
 */
export const ANCHORS_COVERED_BY_DEFAULT_RULES: { readonly anchor: string; readonly rules: RuleId[] }[] = [
  { anchor: psrule("Azure.AppGw.SSLPolicy"), rules: [RuleId.TLS_POLICY, RuleId.TLS_MIN_VERSION] },
  { anchor: psrule("Azure.AppGw.MinSku"), rules: [RuleId.SKU] },
  { anchor: psrule("Azure.AppGw.MigrateV2"), rules: [RuleId.SKU] },
  { anchor: psrule("Azure.AppGw.Name"), rules: [RuleId.NAME] },
  { anchor: psrule("Azure.AppGw.OWASP"), rules: [RuleId.WAF_RULE_SET] },
];
