// Rules on the values of a WAF policy (lib/resources/waf-policy.ts): its rule sets,
// custom rules, exclusions, rule overrides and settings. Each is checked where
// the value is given (the constructor or the add/override method) and throws.
// Sources: azurerm v4.55.0 internal/services/network/web_application_firewall_policy_resource.go
// and validate/web_application_firewall_policy.go; ARM Microsoft.Network 2025-03-01
// (WebApplicationFirewallCustomRule, MatchCondition, PolicySettings, ...); Learn pages as cited.
import { isIpv4 } from "../cidr";
import { RuleId } from "../../core/rule-id";
import { Checked, defineRule, isUnknown, Severity, valueRule, RuleInfo } from "../../core/rule";

const atLeast = (min: number, max = Infinity) => (v: number) => Number.isInteger(v) && v >= min && v <= max;

/** Core rule sets a new policy may use, by type (Learn: Azure WAF managed ruleset support policy, N/N-1/N-2 as of 2026-02). */
export const CORE_RULE_SETS: { [type: string]: string[] } = {
  OWASP: ["3.2"],
  Microsoft_DefaultRuleSet: ["2.1"],
};
/** Bot Manager versions (azurerm's version list; the documented Microsoft_BotManagerRuleSet versions). */
export const BOT_MANAGER_VERSIONS = ["0.1", "1.0", "1.1"];
/** Bot Manager versions that take per-rule exclusions (Learn: application-gateway-waf-configuration; azurerm's exclusion versions). */
const BOT_MANAGER_EXCLUSION_VERSIONS = ["1.0", "1.1"];

export const WAF_RULE_SET = defineRule({
  id: RuleId.WAF_RULE_SET,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a managed rule set OWASP 3.2 or Microsoft_DefaultRuleSet 2.1 (older versions are past Azure's N-2 support: new policies cannot use them; DRS 2.2 is not accepted by azurerm 4.55.0), and a botManagerRuleSetVersion of 0.1, 1.0 or 1.1",
  source:
    "Learn: Azure WAF managed ruleset support policy (only N, N-1, N-2 are supported: DRS 2.2, DRS 2.1, CRS 3.2 as of 2026-02; new policies cannot use N-3); Microsoft_BotManagerRuleSet 0.1, 1.0, 1.1; azurerm v4.55.0 ValidateWebApplicationFirewallPolicyRuleSetType/Version (no 2.2)",
});
/** [type, version] of the policy's core rule set. */
export const coreRuleSetRule = valueRule<[string, string]>(WAF_RULE_SET, ([type, version]) => (CORE_RULE_SETS[type] ?? []).includes(version));
export const botManagerVersionRule = valueRule<string>(WAF_RULE_SET, (v) => BOT_MANAGER_VERSIONS.includes(v));

export const WAF_CUSTOM_NAME = defineRule({
  id: RuleId.WAF_CUSTOM_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "1–128 characters, not the name of another custom rule of this policy",
  source: "ARM Microsoft.Network 2025-03-01 WebApplicationFirewallCustomRule.name (maxLength 128, \"unique within a policy\"); azurerm checks nothing",
});
/** [name, names of the policy's other custom rules] */
export const customRuleNameRule = valueRule<[string, string[]]>(
  WAF_CUSTOM_NAME,
  ([name, others]) => name.length >= 1 && name.length <= 128 && !others.includes(name),
);

export const WAF_CUSTOM_PRIORITY = defineRule({
  id: RuleId.WAF_CUSTOM_PRIORITY,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 100, not the priority of another custom rule of this policy (so at most 100 custom rules)",
  source:
    "Learn: custom-waf-rules-overview (\"The allowable range is from 1-100\", \"Must be unique across all custom rules\"); Application Gateway limits (100 custom rules per policy); azurerm checks no range",
});
/** [priority, priorities of the policy's other custom rules] */
export const customRulePriorityRule = valueRule<[number, number[]]>(
  WAF_CUSTOM_PRIORITY,
  ([priority, others]) => atLeast(1, 100)(priority) && !others.includes(priority),
);

export const WAF_RATE_LIMIT = defineRule({
  id: RuleId.WAF_RATE_LIMIT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a rate limit threshold that is an integer of at least 1",
  source: "ARM WebApplicationFirewallCustomRule.rateLimitThreshold (\"Must be greater than or equal to 1\"); azurerm IntAtLeast(1)",
});
export const rateLimitThresholdRule = valueRule<number>(WAF_RATE_LIMIT, atLeast(1));

export const WAF_MATCH_CONDITION = defineRule({
  id: RuleId.WAF_MATCH_CONDITION,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "at least one match condition per custom rule, and at least one match variable per condition",
  source: "ARM WebApplicationFirewallCustomRule.matchConditions and MatchCondition.matchVariables (required); azurerm: both Required",
});
/** A custom rule's conditions, or a condition's variables. */
export const matchConditionRule = valueRule<unknown[]>(WAF_MATCH_CONDITION, (list) => list.length >= 1);

/** IP ranges per IPMatch condition, and exclusions per gateway, with CRS 3.2 or DRS (the only sets a new policy may use). */
export const MAX_IP_RANGES = 600;
export const MAX_STRING_VALUES = 10;
export const MAX_EXCLUSIONS = 200;

export const WAF_MATCH_VALUES = defineRule({
  id: RuleId.WAF_MATCH_VALUES,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: `match values: none with operator Any, 1 to ${MAX_IP_RANGES} IP addresses or ranges with IPMatch, at least 1 with GeoMatch, 1 to ${MAX_STRING_VALUES} with any other operator`,
  source:
    "Learn: custom-waf-rules-overview (match values required; \"Any – It shouldn't have a MatchValue\"); Application Gateway limits (600 IP ranges with CRS 3.2 or DRS, 10 string match values per condition); ARM MatchCondition.matchValues required",
});
/** [operator, match values]; skipped when a value is a Terraform expression (a list of unknown length). */
export const matchValuesRule = valueRule<[string, string[]]>(WAF_MATCH_VALUES, ([operator, values]) => {
  if (values.some(isUnknown)) return true;
  if (operator === "Any") return values.length === 0;
  if (operator === "IPMatch") return values.length >= 1 && values.length <= MAX_IP_RANGES;
  if (operator === "GeoMatch") return values.length >= 1;
  return values.length >= 1 && values.length <= MAX_STRING_VALUES;
});

export const WAF_IP_MATCH = defineRule({
  id: RuleId.WAF_IP_MATCH,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "operator IPMatch only on the match variable RemoteAddr, with IPv4 addresses or ranges (such as 203.0.113.7 or 203.0.113.0/24) as match values",
  source: "Learn: custom-waf-rules-overview (\"IPMatch - only used when Match Variable is RemoteAddr, and only supports IPv4\"); azurerm checks nothing",
});
/** [operator, the condition's match variables] */
export const ipMatchRule = valueRule<[string, string[]]>(
  WAF_IP_MATCH,
  ([operator, variables]) => operator !== "IPMatch" || variables.every((v) => isUnknown(v) || v === "RemoteAddr"),
);
/** An IPv4 address, or one with a prefix length (`/0`–`/32`). */
function isIpv4Range(value: string): boolean {
  const [ip, bits, extra] = value.split("/");
  return extra === undefined && isIpv4(ip) && (bits === undefined || /^(\d|[12]\d|3[0-2])$/.test(bits));
}
/** [operator, the condition's match values] */
export const ipMatchValuesRule = valueRule<[string, string[]]>(
  WAF_IP_MATCH,
  ([operator, values]) => operator !== "IPMatch" || values.every((v) => isUnknown(v) || isIpv4Range(v)),
);

export const WAF_EXCLUSION_SELECTOR = defineRule({
  id: RuleId.WAF_EXCLUSION_SELECTOR,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a non-empty selector, or with selectorMatchOperator EqualsAny none or \"*\" (Azure stores \"*\" whatever is given)",
  source:
    "azurerm v4.55.0 exclusion.selector (Required, NoZeroValues); Learn: application-gateway-waf-configuration (EqualsAny: \"anything you put in the Selector field will get converted to '*'\")",
});
/** [selector match operator, selector] */
export const exclusionSelectorRule = valueRule<[string, string | undefined]>(WAF_EXCLUSION_SELECTOR, ([operator, selector]) =>
  operator === "EqualsAny" ? selector === undefined || selector === "*" : selector !== undefined && selector.length > 0,
);

export const WAF_EXCLUSIONS = defineRule({
  id: RuleId.WAF_EXCLUSIONS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: `at most ${MAX_EXCLUSIONS} exclusions per policy (Azure's limit per gateway with CRS 3.2 or DRS)`,
  source: "Learn: Application Gateway limits (\"Maximum WAF exclusions per Application Gateway: 40; 200 with CRS 3.2 or DRS\"); azurerm checks no count",
});
export const exclusionCountRule = valueRule<number>(WAF_EXCLUSIONS, (count) => count <= MAX_EXCLUSIONS);

export const WAF_SCOPE = defineRule({
  id: RuleId.WAF_SCOPE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a rule set the policy has: WafRuleSet.BOT_MANAGER only with botManagerRuleSetVersion set, and 1.0 or 1.1 for an exclusion (per-rule exclusions need Bot Manager 1.0 or later)",
  source:
    "Learn: application-gateway-waf-configuration (per-rule exclusions with CRS 3.2 or later or Bot Manager 1.0 or later); azurerm ValidateWebApplicationFirewallPolicyExclusionRuleSetVersion (1.0, 1.1, 2.1, 3.2)",
});
/** [scoped to the bot manager set, the policy's bot manager version (undefined: none), for an exclusion] */
export const scopeRule = valueRule<[boolean, string | undefined, boolean]>(WAF_SCOPE, ([bot, version, exclusion]) =>
  !bot || (version !== undefined && (!exclusion || isUnknown(version) || BOT_MANAGER_EXCLUSION_VERSIONS.includes(version))),
);

/** The rule group names azurerm v4.55.0 accepts (ValidateWebApplicationFirewallPolicyRuleGroupName), case-sensitive. */
export const WAF_RULE_GROUP_NAMES = [
  "BadBots", "crs_20_protocol_violations", "crs_21_protocol_anomalies", "crs_23_request_limits", "crs_30_http_policy",
  "crs_35_bad_robots", "crs_40_generic_attacks", "crs_41_sql_injection_attacks", "crs_41_xss_attacks", "crs_42_tight_security",
  "crs_45_trojans", "crs_49_inbound_blocking", "General", "GoodBots", "KnownBadBots", "Known-CVEs",
  "REQUEST-911-METHOD-ENFORCEMENT", "REQUEST-913-SCANNER-DETECTION", "REQUEST-920-PROTOCOL-ENFORCEMENT", "REQUEST-921-PROTOCOL-ATTACK",
  "REQUEST-930-APPLICATION-ATTACK-LFI", "REQUEST-931-APPLICATION-ATTACK-RFI", "REQUEST-932-APPLICATION-ATTACK-RCE",
  "REQUEST-933-APPLICATION-ATTACK-PHP", "REQUEST-941-APPLICATION-ATTACK-XSS", "REQUEST-942-APPLICATION-ATTACK-SQLI",
  "REQUEST-943-APPLICATION-ATTACK-SESSION-FIXATION", "REQUEST-944-APPLICATION-ATTACK-JAVA", "UnknownBots", "METHOD-ENFORCEMENT",
  "PROTOCOL-ENFORCEMENT", "PROTOCOL-ATTACK", "LFI", "RFI", "RCE", "PHP", "NODEJS", "XSS", "SQLI", "FIX", "JAVA",
  "MS-ThreatIntel-WebShells", "MS-ThreatIntel-AppSec", "MS-ThreatIntel-SQLI", "MS-ThreatIntel-CVEs",
];

export const WAF_RULE_GROUP = defineRule({
  id: RuleId.WAF_RULE_GROUP,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a rule group name azurerm accepts, spelled exactly: OWASP's General, Known-CVEs, REQUEST-911-METHOD-ENFORCEMENT … REQUEST-944-APPLICATION-ATTACK-JAVA (crs_* for 2.2.9); DRS's General, METHOD-ENFORCEMENT, PROTOCOL-ENFORCEMENT, PROTOCOL-ATTACK, LFI, RFI, RCE, PHP, NODEJS, XSS, SQLI, FIX, JAVA, MS-ThreatIntel-WebShells, -AppSec, -SQLI, -CVEs; Bot Manager's BadBots, GoodBots, KnownBadBots, UnknownBots",
  source: "azurerm v4.55.0 validate.ValidateWebApplicationFirewallPolicyRuleGroupName (45 names, case-sensitive)",
});
export const ruleGroupNameRule = valueRule<string>(WAF_RULE_GROUP, (v) => WAF_RULE_GROUP_NAMES.includes(v));

export const WAF_RULE_ID = defineRule({
  id: RuleId.WAF_RULE_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a managed rule id that is not empty or blank (e.g. 942150)",
  source: "azurerm v4.55.0 rule_group_override.rule.id (StringIsNotEmpty); ARM ManagedRuleOverride.ruleId and ExclusionManagedRule.ruleId (required)",
});
export const managedRuleIdRule = valueRule<string>(WAF_RULE_ID, (v) => v.trim().length > 0);

export const WAF_OVERRIDE_ACTION = defineRule({
  id: RuleId.WAF_OVERRIDE_ACTION,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an override action of Allow, Block, Log or JSChallenge for a Bot Manager rule (AnomalyScoring only on OWASP and DRS rules)",
  source: "Learn: application-gateway-crs-rulegroups-rules (\"Anomaly score is not available on the Bot Manager ruleset\")",
});
/** [overrides a bot manager rule, action (undefined: the rule's own)] */
export const overrideActionRule = valueRule<[boolean, string | undefined]>(WAF_OVERRIDE_ACTION, ([bot, action]) => !(bot && action === "AnomalyScoring"));

export const WAF_OVERRIDE_UNIQUE = defineRule({
  id: RuleId.WAF_OVERRIDE_UNIQUE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "each managed rule overridden once, and a rule group either disabled whole or given rule overrides, not both",
  source:
    "ARM ManagedRuleGroupOverride.rules (\"If none specified, all rules in the group will be disabled\": a group listed with rules no longer disables the rest)",
});
/** Whether the override conflicts with none given before. */
export const overrideUniqueRule = valueRule<boolean>(WAF_OVERRIDE_UNIQUE, (distinct) => distinct);

export const WAF_FILE_UPLOAD = defineRule({
  id: RuleId.WAF_FILE_UPLOAD,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer number of MB from 1 to 4000",
  source: "azurerm v4.55.0 policy_settings.file_upload_limit_in_mb IntBetween(1, 4000); Learn: Application Gateway limits (1 MB minimum, 4 GB with CRS 3.2 or DRS)",
});
export const fileUploadLimitRule = valueRule<number>(WAF_FILE_UPLOAD, atLeast(1, 4000));

export const WAF_BODY_SIZE = defineRule({
  id: RuleId.WAF_BODY_SIZE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer number of KB from 8 to 2000",
  source:
    "azurerm v4.55.0 policy_settings.max_request_body_size_in_kb IntBetween(8, 2000); ARM PolicySettings.maxRequestBodySizeInKb minimum 8; Learn: Application Gateway limits (2 MB with CRS 3.2 or DRS)",
});
export const maxRequestBodySizeRule = valueRule<number>(WAF_BODY_SIZE, atLeast(8, 2000));

export const WAF_JS_COOKIE = defineRule({
  id: RuleId.WAF_JS_COOKIE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer number of minutes from 5 to 1440",
  source: "ARM PolicySettings.jsChallengeCookieExpirationInMins (5–1440); azurerm v4.55.0 IntBetween(5, 1440)",
});
export const jsChallengeCookieRule = valueRule<number>(WAF_JS_COOKIE, atLeast(5, 1440));

/** The rules of this file, in the order the README lists them. */
export const WAF_VALUE_RULES: RuleInfo[] = [WAF_RULE_SET, WAF_CUSTOM_NAME, WAF_CUSTOM_PRIORITY, WAF_RATE_LIMIT, WAF_MATCH_CONDITION, WAF_MATCH_VALUES, WAF_IP_MATCH, WAF_EXCLUSION_SELECTOR, WAF_EXCLUSIONS, WAF_SCOPE, WAF_RULE_GROUP, WAF_RULE_ID, WAF_OVERRIDE_ACTION, WAF_OVERRIDE_UNIQUE, WAF_FILE_UPLOAD, WAF_BODY_SIZE, WAF_JS_COOKIE];
