// WafPolicy: custom rules, exclusions, managed rule overrides, the Bot Manager
// rule set and policy settings, as the azurerm JSON they synthesize to; the
// rules' bad and boundary values are in rules/values/waf.cases.ts.
import { WebApplicationFirewallPolicy } from "@cdktf/provider-azurerm/lib/web-application-firewall-policy";
import { TerraformStack, TerraformVariable } from "cdktf";
import {
  GatewayConfigError,
  GatewaySku,
  WafCustomRuleAction,
  WafCustomRuleProps,
  WafExclusionMatchVariable,
  WafManagedRuleAction,
  WafMatchVariable,
  WafOperator,
  WafPolicy,
  WafPolicyProps,
  WafRateLimitDuration,
  WafRateLimitGroupBy,
  WafRuleSet,
  WafSelectorMatchOperator,
  WafTransform,
} from "../../lib";
import { onlyResource, passthroughGateway, synthJson, testStack, WAF_POLICY_ID } from "../support/stack";

const BASE = { name: "edge-waf", resourceGroupName: "rg", location: "westus" };
const policy = (stack: TerraformStack, props: Partial<WafPolicyProps> = {}) => new WafPolicy(stack, "Waf", { ...BASE, ...props });
const config = (stack: TerraformStack) => onlyResource(synthJson(stack), "azurerm_web_application_firewall_policy").config;

/** A match rule blocking one address range. */
const blockRange = (props: Partial<WafCustomRuleProps> = {}): WafCustomRuleProps => ({
  name: "block-range",
  priority: 10,
  action: WafCustomRuleAction.BLOCK,
  matchConditions: [{ matchVariables: [{ variable: WafMatchVariable.REMOTE_ADDR }], operator: WafOperator.IP_MATCH, matchValues: ["192.0.2.0/24"] }],
  ...props,
});

describe("a policy that uses none of the new features", () => {
  test("synthesizes prevention, request body check, file upload enforcement (which azurerm would send as false), DRS 2.1, nothing else", () => {
    const stack = testStack();
    policy(stack);
    expect(config(stack)).toEqual({
      ...{ name: "edge-waf", resource_group_name: "rg", location: "westus" },
      policy_settings: { enabled: true, mode: "Prevention", request_body_check: true, file_upload_enforcement: true },
      managed_rules: { managed_rule_set: [{ type: "Microsoft_DefaultRuleSet", version: "2.1" }] },
    });
  });
});

describe("custom rules", () => {
  test("a match rule, a rate-limit rule and a disabled header rule, in the order added", () => {
    const stack = testStack();
    const waf = policy(stack);
    waf.addCustomRule(blockRange());
    waf.addCustomRule({
      name: "login-rate",
      priority: 20,
      action: WafCustomRuleAction.BLOCK,
      rateLimit: { duration: WafRateLimitDuration.FIVE_MINUTES, threshold: 100, groupBy: WafRateLimitGroupBy.CLIENT_ADDR },
      matchConditions: [{ matchVariables: [{ variable: WafMatchVariable.REQUEST_URI }], operator: WafOperator.BEGINS_WITH, matchValues: ["/login"] }],
    });
    waf.addCustomRule({
      name: "no-curl",
      priority: 30,
      action: WafCustomRuleAction.LOG,
      enabled: false,
      matchConditions: [
        {
          matchVariables: [{ variable: WafMatchVariable.REQUEST_HEADERS, selector: "User-Agent" }],
          operator: WafOperator.CONTAINS,
          matchValues: ["curl"],
          negate: true,
          transforms: [WafTransform.LOWERCASE, WafTransform.TRIM],
        },
        { matchVariables: [{ variable: WafMatchVariable.REQUEST_COOKIES, selector: "session" }], operator: WafOperator.ANY },
      ],
    });
    expect(config(stack).custom_rules).toEqual([
      {
        name: "block-range",
        priority: 10,
        rule_type: "MatchRule",
        action: "Block",
        match_conditions: [{ match_variables: [{ variable_name: "RemoteAddr" }], operator: "IPMatch", match_values: ["192.0.2.0/24"] }],
      },
      {
        name: "login-rate",
        priority: 20,
        rule_type: "RateLimitRule",
        action: "Block",
        rate_limit_duration: "FiveMins",
        rate_limit_threshold: 100,
        group_rate_limit_by: "ClientAddr",
        match_conditions: [{ match_variables: [{ variable_name: "RequestUri" }], operator: "BeginsWith", match_values: ["/login"] }],
      },
      {
        name: "no-curl",
        priority: 30,
        rule_type: "MatchRule",
        action: "Log",
        enabled: false,
        match_conditions: [
          {
            match_variables: [{ variable_name: "RequestHeaders", selector: "User-Agent" }],
            operator: "Contains",
            match_values: ["curl"],
            negation_condition: true,
            transforms: ["Lowercase", "Trim"],
          },
          { match_variables: [{ variable_name: "RequestCookies", selector: "session" }], operator: "Any" },
        ],
      },
    ]);
  });

  test("the gateway's own policy takes custom rules too", () => {
    const stack = testStack();
    passthroughGateway(stack, { sku: GatewaySku.WAF_V2 }).wafPolicy!.addCustomRule(blockRange());
    expect(config(stack).custom_rules.map((r: any) => r.name)).toEqual(["block-range"]);
  });

  test("a second rule with a used priority or name throws, naming the rule's place in the policy", () => {
    const waf = policy(testStack());
    waf.addCustomRule(blockRange());
    expect(() => waf.addCustomRule(blockRange({ name: "other" }))).toThrow(
      new GatewayConfigError(
        "test/Waf: customRules[1].priority = 10 is not allowed: an integer from 1 to 100, not the priority of another custom rule of this policy (so at most 100 custom rules) [AGW-WAF-CUSTOM-PRIORITY]",
      ),
    );
    expect(() => waf.addCustomRule(blockRange({ priority: 11 }))).toThrow(/customRules\[1\]\.name = "block-range" is not allowed: .*\[AGW-WAF-CUSTOM-NAME\]/);
  });

  test("a bad value deep in a condition names the condition", () => {
    const waf = policy(testStack());
    const header = { matchVariables: [{ variable: WafMatchVariable.REQUEST_HEADERS, selector: "X-Forwarded-For" }], operator: WafOperator.IP_MATCH, matchValues: ["192.0.2.1"] };
    expect(() => waf.addCustomRule(blockRange({ matchConditions: [blockRange().matchConditions[0], header] }))).toThrow(
      /test\/Waf: customRules\[0\]\.matchConditions\[1\]\.operator = "IPMatch" is not allowed: .*\[AGW-WAF-IP-MATCH\]/,
    );
  });

  test.each(["192.0.2.300", "2001:db8::/32", "192.0.2.0/33", "192.0.2.0-192.0.2.255", "example.com"])(
    "IPMatch on %p throws: IPv4 addresses and ranges only",
    (value) => {
      const waf = policy(testStack());
      const ipMatch = { ...blockRange().matchConditions[0], matchValues: ["192.0.2.1", value] };
      expect(() => waf.addCustomRule(blockRange({ matchConditions: [ipMatch] }))).toThrow(
        `test/Waf: customRules[0].matchConditions[0].matchValues = ["192.0.2.1",${JSON.stringify(value)}] is not allowed: operator IPMatch only on the match variable RemoteAddr, with IPv4 addresses or ranges (such as 203.0.113.7 or 203.0.113.0/24) as match values [AGW-WAF-IP-MATCH]`,
      );
    },
  );
});

describe("exclusions", () => {
  test("global, whole rule set, rule groups and rules; the rule set's type and version are the policy's", () => {
    const stack = testStack();
    const waf = policy(stack, { managedRuleSetType: "OWASP", managedRuleSetVersion: "3.2", botManagerRuleSetVersion: "1.0" });
    waf.addExclusion({ matchVariable: WafExclusionMatchVariable.REQUEST_HEADER_VALUES, selectorMatchOperator: WafSelectorMatchOperator.EQUALS, selector: "Authorization" });
    waf.addExclusion({ matchVariable: WafExclusionMatchVariable.REQUEST_COOKIE_VALUES, selectorMatchOperator: WafSelectorMatchOperator.EQUALS_ANY, ruleSet: WafRuleSet.BOT_MANAGER });
    waf.addExclusion({
      matchVariable: WafExclusionMatchVariable.REQUEST_ARG_VALUES,
      selectorMatchOperator: WafSelectorMatchOperator.STARTS_WITH,
      selector: "query",
      ruleGroups: [{ ruleGroupName: "REQUEST-942-APPLICATION-ATTACK-SQLI", ruleIds: ["942150", "942410"] }, { ruleGroupName: "REQUEST-941-APPLICATION-ATTACK-XSS" }],
    });
    expect(config(stack).managed_rules).toEqual({
      managed_rule_set: [
        { type: "OWASP", version: "3.2" },
        { type: "Microsoft_BotManagerRuleSet", version: "1.0" },
      ],
      exclusion: [
        { match_variable: "RequestHeaderValues", selector_match_operator: "Equals", selector: "Authorization" },
        {
          match_variable: "RequestCookieValues",
          selector_match_operator: "EqualsAny",
          selector: "*",
          excluded_rule_set: { type: "Microsoft_BotManagerRuleSet", version: "1.0" },
        },
        {
          match_variable: "RequestArgValues",
          selector_match_operator: "StartsWith",
          selector: "query",
          excluded_rule_set: {
            type: "OWASP",
            version: "3.2",
            rule_group: [
              { rule_group_name: "REQUEST-942-APPLICATION-ATTACK-SQLI", excluded_rules: ["942150", "942410"] },
              { rule_group_name: "REQUEST-941-APPLICATION-ATTACK-XSS" },
            ],
          },
        },
      ],
    });
  });

  test("an exclusion's rule group and rule ids are checked like an override's: a blank rule id throws, naming where it is", () => {
    const waf = policy(testStack());
    const exclusion = { matchVariable: WafExclusionMatchVariable.REQUEST_ARG_VALUES, selectorMatchOperator: WafSelectorMatchOperator.EQUALS, selector: "q" };
    const group = (ruleIds: string[]) => ({ ...exclusion, ruleGroups: [{ ruleGroupName: "REQUEST-942-APPLICATION-ATTACK-SQLI", ruleIds }] });
    expect(() => waf.addExclusion(group(["942150", " "]))).toThrow(/^test\/Waf: exclusions\[0\]\.ruleGroups\[0\]\.ruleIds\[1\] = " " is not allowed: .*\[AGW-WAF-RULE-ID\]$/);
    expect(() => waf.addExclusion(group(["942150", "942410"]))).not.toThrow();
  });

  test("an exclusion for Bot Manager 0.1 throws: per-rule exclusions need Bot Manager 1.0 or later", () => {
    const waf = policy(testStack(), { botManagerRuleSetVersion: "0.1" });
    const exclusion = { matchVariable: WafExclusionMatchVariable.REQUEST_HEADER_KEYS, selectorMatchOperator: WafSelectorMatchOperator.EQUALS, selector: "X-Scanner" };
    expect(() => waf.addExclusion({ ...exclusion, ruleSet: WafRuleSet.BOT_MANAGER })).toThrow(/exclusions\[0\]\.ruleSet = "botManager" is not allowed: .*\[AGW-WAF-SCOPE\]/);
    expect(() => waf.addExclusion(exclusion)).not.toThrow();
  });
});

describe("managed rule overrides", () => {
  test("disabled rules, changed actions and disabled groups, on the core and the Bot Manager rule set", () => {
    const stack = testStack();
    const waf = policy(stack, { botManagerRuleSetVersion: "1.1" });
    waf.overrideRule("SQLI", "942150", { enabled: false });
    waf.overrideRule("SQLI", "942410", { action: WafManagedRuleAction.LOG });
    waf.disableRuleGroup("MS-ThreatIntel-AppSec");
    waf.overrideRule("GoodBots", "Bot200100", { action: WafManagedRuleAction.BLOCK, ruleSet: WafRuleSet.BOT_MANAGER });
    waf.disableRuleGroup("UnknownBots", WafRuleSet.BOT_MANAGER);
    expect(config(stack).managed_rules).toEqual({
      managed_rule_set: [
        {
          type: "Microsoft_DefaultRuleSet",
          version: "2.1",
          rule_group_override: [
            {
              rule_group_name: "SQLI",
              rule: [
                { id: "942150", enabled: false },
                { id: "942410", enabled: true, action: "Log" },
              ],
            },
            { rule_group_name: "MS-ThreatIntel-AppSec" },
          ],
        },
        {
          type: "Microsoft_BotManagerRuleSet",
          version: "1.1",
          rule_group_override: [
            { rule_group_name: "GoodBots", rule: [{ id: "Bot200100", enabled: true, action: "Block" }] },
            { rule_group_name: "UnknownBots" },
          ],
        },
      ],
    });
  });

  test("a group disabled whole takes no rule override, and a rule is overridden once", () => {
    const waf = policy(testStack());
    waf.disableRuleGroup("XSS");
    expect(() => waf.overrideRule("XSS", "941100", { enabled: false })).toThrow(/ruleId = "941100" is not allowed: .*\[AGW-WAF-OVERRIDE-UNIQUE\]/);
    waf.overrideRule("SQLI", "942150", { enabled: false });
    expect(() => waf.overrideRule("SQLI", "942150", { action: WafManagedRuleAction.LOG })).toThrow(/\[AGW-WAF-OVERRIDE-UNIQUE\]/);
    expect(() => waf.disableRuleGroup("SQLI")).toThrow(/ruleGroupName = "SQLI" is not allowed: .*\[AGW-WAF-OVERRIDE-UNIQUE\]/);
  });
});

describe("rule sets and settings", () => {
  test("policy settings are sent only when given", () => {
    const stack = testStack();
    policy(stack, { prevention: false, fileUploadLimitInMb: 750, maxRequestBodySizeInKb: 2000, jsChallengeCookieExpirationInMinutes: 60 });
    expect(config(stack).policy_settings).toEqual({
      enabled: true,
      mode: "Detection",
      request_body_check: true,
      file_upload_enforcement: true,
      file_upload_limit_in_mb: 750,
      max_request_body_size_in_kb: 2000,
      js_challenge_cookie_expiration_in_minutes: 60,
    });
  });

  test.each([
    ["Microsoft_DefaultRuleSet", "2.2", "not accepted by azurerm 4.55.0"],
    ["OWASP", "3.1", "past Azure's N-2 support"],
    ["Microsoft_BotManagerRuleSet", "1.0", "the Bot Manager set goes in botManagerRuleSetVersion"],
  ])("managed rule set %s %s is rejected (%s)", (type, version) => {
    expect(() => policy(testStack(), { managedRuleSetType: type, managedRuleSetVersion: version })).toThrow(
      `test/Waf: managedRuleSetType managedRuleSetVersion = ["${type}","${version}"] is not allowed: `,
    );
  });

  test("a Bot Manager version azurerm does not know is rejected", () => {
    expect(() => policy(testStack(), { botManagerRuleSetVersion: "2.0" })).toThrow(/botManagerRuleSetVersion = "2.0" is not allowed: .*\[AGW-WAF-RULE-SET\]/);
  });
});

test("values that are Terraform expressions are skipped by every WAF rule, not rejected", () => {
  const stack = testStack();
  const num = (name: string) => new TerraformVariable(stack, name, { type: "number" }).numberValue;
  const str = (name: string) => new TerraformVariable(stack, name, { type: "string" }).stringValue;
  const list = (name: string) => new TerraformVariable(stack, name, { type: "list(string)" }).listValue;
  const waf = policy(stack, {
    managedRuleSetVersion: str("version"),
    botManagerRuleSetVersion: str("bot_version"),
    fileUploadLimitInMb: num("upload"),
    maxRequestBodySizeInKb: num("body"),
    jsChallengeCookieExpirationInMinutes: num("cookie"),
  });
  waf.addCustomRule(blockRange({ name: str("rule_name"), priority: num("priority"), rateLimit: { duration: WafRateLimitDuration.ONE_MINUTE, threshold: num("threshold") } }));
  waf.addCustomRule(blockRange({ name: "allow-list", priority: 2, matchConditions: [{ ...blockRange().matchConditions[0], matchValues: list("ranges") }] }));
  waf.addExclusion({ matchVariable: WafExclusionMatchVariable.REQUEST_ARG_NAMES, selectorMatchOperator: WafSelectorMatchOperator.EQUALS, selector: str("arg"), ruleSet: WafRuleSet.BOT_MANAGER });
  waf.overrideRule(str("group"), str("rule_id"), { ruleSet: WafRuleSet.BOT_MANAGER });
  expect(() => synthJson(stack)).not.toThrow();
});

describe("WAF_v2", () => {
  test("creates a prevention-mode policy with the default rule set and attaches it", () => {
    const stack = testStack();
    passthroughGateway(stack, { sku: GatewaySku.WAF_V2 });
    const json = synthJson(stack);
    expect(JSON.stringify(json)).toHaveResourceWithProperties(WebApplicationFirewallPolicy, {
      name: "agw-waf",
      policy_settings: { enabled: true, mode: "Prevention", request_body_check: true, file_upload_enforcement: true },
      managed_rules: { managed_rule_set: [{ type: "Microsoft_DefaultRuleSet", version: "2.1" }] },
    });
    const policy = onlyResource(json, "azurerm_web_application_firewall_policy");
    expect(onlyResource(json, "azurerm_application_gateway").config.firewall_policy_id).toBe(`\${${policy.address}.id}`);
  });

  test("a policy passed in is used and none is created", () => {
    const stack = testStack();
    passthroughGateway(stack, { sku: GatewaySku.WAF_V2, firewallPolicyId: WAF_POLICY_ID });
    const json = synthJson(stack);
    expect(json.resource.azurerm_web_application_firewall_policy).toBeUndefined();
    expect(onlyResource(json, "azurerm_application_gateway").config.firewall_policy_id).toBe(WAF_POLICY_ID);
  });

  test("Standard_v2 gets no policy", () => {
    const stack = testStack();
    passthroughGateway(stack);
    expect(synthJson(stack).resource.azurerm_web_application_firewall_policy).toBeUndefined();
  });
});
