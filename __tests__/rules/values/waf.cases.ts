// Cases of the rules lib/rules/values/waf.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import {
  WafCustomRuleAction,
  WafCustomRuleProps,
  WafExclusionMatchVariable,
  WafExclusionProps,
  WafManagedRuleAction,
  WafMatchCondition,
  WafMatchVariable,
  WafOperator,
  WafPolicy,
  WafPolicyProps,
  WafRateLimitDuration,
  WafRuleSet,
  WafSelectorMatchOperator,
} from "../../../lib";
import { Cases } from "../../support/rule-cases";

/** A WAF policy built from `props`, then changed by `build`. */
const waf = (props: Partial<WafPolicyProps> = {}, build: (policy: WafPolicy) => void = () => undefined) => (s: TerraformStack) =>
  build(new WafPolicy(s, "Waf", { name: "waf", resourceGroupName: "rg", location: "westus", ...props }));
const remoteAddr: WafMatchCondition = { matchVariables: [{ variable: WafMatchVariable.REMOTE_ADDR }], operator: WafOperator.IP_MATCH, matchValues: ["192.0.2.0/24"] };
/** Custom rules, each a match rule blocking 192.0.2.0/24 (named r0, r1, ... with priorities 1, 2, ...) changed by its props. */
const customRules = (...rules: Partial<WafCustomRuleProps>[]) =>
  waf({}, (p) => rules.forEach((r, i) => p.addCustomRule({ name: `r${i}`, priority: i + 1, action: WafCustomRuleAction.BLOCK, matchConditions: [remoteAddr], ...r })));
const customRule = (props: Partial<WafCustomRuleProps>) => customRules(props);
/** A policy with one custom rule of one condition. */
const condition = (c: Partial<WafMatchCondition>) => customRule({ matchConditions: [{ ...remoteAddr, ...c }] });
/** A policy whose one custom rule has one condition: `operator` over `count` match values made by `value`. */
export const values = (operator: WafOperator, count: number, value = (i: number) => `v${i}`) =>
  condition({ operator, matchValues: Array.from({ length: count }, (_, i) => value(i)) });
const ip = (i: number) => `10.${i >> 8}.${i & 255}.0/24`;
const exclusion = (props: Partial<WafExclusionProps> = {}): WafExclusionProps => ({
  matchVariable: WafExclusionMatchVariable.REQUEST_HEADER_VALUES,
  selectorMatchOperator: WafSelectorMatchOperator.EQUALS,
  selector: "Authorization",
  ...props,
});
const exclusions = (count: number) => waf({}, (p) => { for (let i = 0; i < count; i++) p.addExclusion(exclusion({ selector: `h${i}` })); });
const bot = (version: string | undefined, build: (policy: WafPolicy) => void) => waf({ botManagerRuleSetVersion: version }, build);

export const CASES: Cases = {
  "AGW-WAF-RULE-SET": {
    bad: waf({ managedRuleSetType: "OWASP", managedRuleSetVersion: "3.1" }),
    good: [
      waf({ managedRuleSetType: "OWASP", managedRuleSetVersion: "3.2" }),
      waf({ managedRuleSetType: "Microsoft_DefaultRuleSet", managedRuleSetVersion: "2.1" }),
      waf({ botManagerRuleSetVersion: "0.1" }),
      waf({ botManagerRuleSetVersion: "1.1" }),
    ],
  },
  "AGW-WAF-CUSTOM-NAME": {
    bad: customRule({ name: "n".repeat(129) }),
    good: [
      customRule({ name: "n".repeat(128) }),
      customRules({ name: "a" }, { name: "A" }),
    ],
  },
  "AGW-WAF-CUSTOM-PRIORITY": {
    bad: customRule({ priority: 101 }),
    good: [customRules({ priority: 1 }, { priority: 100 })],
  },
  "AGW-WAF-RATE-LIMIT": {
    bad: customRule({ rateLimit: { duration: WafRateLimitDuration.ONE_MINUTE, threshold: 0 } }),
    good: [customRule({ rateLimit: { duration: WafRateLimitDuration.FIVE_MINUTES, threshold: 1 } })],
  },
  "AGW-WAF-MATCH-CONDITION": {
    bad: customRule({ matchConditions: [] }),
    good: [customRule({ matchConditions: [remoteAddr] }), condition({ matchVariables: [{ variable: WafMatchVariable.REMOTE_ADDR }, { variable: WafMatchVariable.REMOTE_ADDR }] })],
  },
  "AGW-WAF-MATCH-VALUES": {
    bad: values(WafOperator.CONTAINS, 11),
    good: [
      values(WafOperator.CONTAINS, 10),
      values(WafOperator.IP_MATCH, 600, ip),
      values(WafOperator.IP_MATCH, 1, ip),
      values(WafOperator.ANY, 0),
      values(WafOperator.GEO_MATCH, 30, (i) => `C${i}`),
    ],
  },
  "AGW-WAF-IP-MATCH": {
    bad: condition({ matchVariables: [{ variable: WafMatchVariable.REQUEST_HEADERS, selector: "X-Forwarded-For" }] }),
    good: [
      condition({}),
      condition({ matchValues: ["203.0.113.7", "198.51.100.0/24", "0.0.0.0/0", "192.0.2.1/32"] }),
      condition({ operator: WafOperator.GEO_MATCH, matchValues: ["NL"] }),
    ],
  },
  "AGW-WAF-EXCLUSION-SELECTOR": {
    bad: waf({}, (p) => p.addExclusion(exclusion({ selector: "" }))),
    good: [
      waf({}, (p) => p.addExclusion(exclusion({ selector: "a" }))),
      waf({}, (p) => p.addExclusion(exclusion({ selectorMatchOperator: WafSelectorMatchOperator.EQUALS_ANY, selector: undefined }))),
      waf({}, (p) => p.addExclusion(exclusion({ selectorMatchOperator: WafSelectorMatchOperator.EQUALS_ANY, selector: "*" }))),
    ],
  },
  "AGW-WAF-EXCLUSIONS": { bad: exclusions(201), good: [exclusions(200)] },
  "AGW-WAF-SCOPE": {
    bad: bot(undefined, (p) => p.overrideRule("BadBots", "Bot100100", { ruleSet: WafRuleSet.BOT_MANAGER })),
    good: [
      bot("0.1", (p) => p.overrideRule("BadBots", "Bot100100", { ruleSet: WafRuleSet.BOT_MANAGER })),
      bot("1.0", (p) => p.addExclusion(exclusion({ ruleSet: WafRuleSet.BOT_MANAGER }))),
      bot(undefined, (p) => p.addExclusion(exclusion({ ruleGroups: [{ ruleGroupName: "SQLI" }] }))),
    ],
  },
  "AGW-WAF-RULE-GROUP": {
    // Learn spells the OWASP group KNOWN-CVES; azurerm accepts only Known-CVEs.
    bad: waf({ managedRuleSetType: "OWASP", managedRuleSetVersion: "3.2" }, (p) => p.disableRuleGroup("KNOWN-CVES")),
    good: [waf({ managedRuleSetType: "OWASP", managedRuleSetVersion: "3.2" }, (p) => p.disableRuleGroup("Known-CVEs")), waf({}, (p) => p.disableRuleGroup("SQLI"))],
  },
  "AGW-WAF-RULE-ID": {
    bad: waf({}, (p) => p.overrideRule("SQLI", " ", { enabled: false })),
    good: [waf({}, (p) => p.overrideRule("SQLI", "942150", { enabled: false }))],
  },
  "AGW-WAF-OVERRIDE-ACTION": {
    bad: bot("1.1", (p) => p.overrideRule("BadBots", "Bot100100", { ruleSet: WafRuleSet.BOT_MANAGER, action: WafManagedRuleAction.ANOMALY_SCORING })),
    good: [
      bot("1.1", (p) => p.overrideRule("BadBots", "Bot100100", { ruleSet: WafRuleSet.BOT_MANAGER, action: WafManagedRuleAction.BLOCK })),
      waf({}, (p) => p.overrideRule("SQLI", "942150", { action: WafManagedRuleAction.ANOMALY_SCORING })),
    ],
  },
  "AGW-WAF-OVERRIDE-UNIQUE": {
    bad: waf({}, (p) => { p.overrideRule("SQLI", "942150", { enabled: false }); p.overrideRule("SQLI", "942150", { enabled: true }); }),
    good: [
      waf({}, (p) => { p.overrideRule("SQLI", "942150", { enabled: false }); p.overrideRule("SQLI", "942410", { enabled: false }); p.disableRuleGroup("XSS"); }),
      bot("1.1", (p) => { p.disableRuleGroup("General"); p.disableRuleGroup("BadBots", WafRuleSet.BOT_MANAGER); }),
    ],
  },
  "AGW-WAF-FILE-UPLOAD": { bad: waf({ fileUploadLimitInMb: 4001 }), good: [waf({ fileUploadLimitInMb: 1 }), waf({ fileUploadLimitInMb: 4000 })] },
  "AGW-WAF-BODY-SIZE": { bad: waf({ maxRequestBodySizeInKb: 7 }), good: [waf({ maxRequestBodySizeInKb: 8 }), waf({ maxRequestBodySizeInKb: 2000 })] },
  "AGW-WAF-JS-COOKIE": {
    bad: waf({ jsChallengeCookieExpirationInMinutes: 4 }),
    good: [waf({ jsChallengeCookieExpirationInMinutes: 5 }), waf({ jsChallengeCookieExpirationInMinutes: 1440 })],
  },
};
