import {
  WebApplicationFirewallPolicy as AzurermWafPolicy,
  WebApplicationFirewallPolicyCustomRules,
  WebApplicationFirewallPolicyManagedRulesExclusion,
  WebApplicationFirewallPolicyManagedRulesManagedRuleSet,
  WebApplicationFirewallPolicyManagedRulesManagedRuleSetRuleGroupOverrideRule,
} from "@cdktf/provider-azurerm/lib/web-application-firewall-policy";
import { TerraformProvider } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { Adoption, armPath } from "./adoption";
import { assertValid } from "../core/errors";
import { checkPlacement, claimName } from "./placement";
import { RuleInfo } from "../core/rule";
import { WafPolicyView } from "../rules/view";
import { wafPolicyNameRule } from "../rules/values/names";
import {
  botManagerVersionRule,
  coreRuleSetRule,
  customRuleNameRule,
  customRulePriorityRule,
  exclusionCountRule,
  exclusionSelectorRule,
  fileUploadLimitRule,
  ipMatchRule,
  ipMatchValuesRule,
  jsChallengeCookieRule,
  managedRuleIdRule,
  matchConditionRule,
  matchValuesRule,
  maxRequestBodySizeRule,
  overrideActionRule,
  overrideUniqueRule,
  rateLimitThresholdRule,
  ruleGroupNameRule,
  scopeRule,
} from "../rules/values/waf";
import { checkCall, childPath } from "../rules/values/props";

/** Props of a WAF policy. */
export interface WafPolicyProps {
  /** Azure name of the policy. */
  readonly name: string;
  /** Resource group. */
  readonly resourceGroupName: string;
  /** Azure region. */
  readonly location: string;
  /**
   * Block matching requests (`Prevention`) or only log them (`Detection`).
   * @default true (Prevention)
   */
  readonly prevention?: boolean;
  /**
   * Managed rule set type: `OWASP` (with version 3.2) or `Microsoft_DefaultRuleSet` (with 2.1).
   * @default "Microsoft_DefaultRuleSet"
   */
  readonly managedRuleSetType?: string;
  /**
   * Managed rule set version. Azure supports the newest three versions (N, N-1, N-2: DRS 2.2, DRS 2.1 and
   * CRS 3.2 as of February 2026) and creates no new policy with an older one; DRS 2.2 cannot be
   * expressed with azurerm 4.55.0.
   * @default "2.1" (DRS 2.1)
   */
  readonly managedRuleSetVersion?: string;
  /**
   * Adds the Bot Manager rule set (`Microsoft_BotManagerRuleSet`) in this version: "0.1", "1.0" or "1.1".
   * @default no Bot Manager rule set
   */
  readonly botManagerRuleSetVersion?: string;
  /**
   * Largest file upload the WAF lets through, in MB (1–4000).
   * @default azurerm's 100
   */
  readonly fileUploadLimitInMb?: number;
  /**
   * Largest request body without files, in KB (8–2000).
   * @default azurerm's 128
   */
  readonly maxRequestBodySizeInKb?: number;
  /**
   * How long the cookie of a passed JavaScript challenge is valid, in minutes (5–1440).
   * @default azurerm's 30
   */
  readonly jsChallengeCookieExpirationInMinutes?: number;
  /**
   * Tags.
   * @default none
   */
  readonly tags?: { [key: string]: string };
  /**
   * The azurerm provider.
   * @default the stack's default azurerm provider
   */
  readonly provider?: TerraformProvider;
  /**
   * The policy already exists under `name`: Terraform imports it (see `Adoption`).
   * @default none: the policy is created
   */
  readonly adopt?: Adoption;
}

/** Which of the policy's managed rule sets an override or exclusion is for. */
export enum WafRuleSet {
  /** The core rule set: `managedRuleSetType` and `managedRuleSetVersion` (OWASP CRS or Microsoft's Default Rule Set). */
  CORE = "core",
  /** The Bot Manager rule set (`botManagerRuleSetVersion`). */
  BOT_MANAGER = "botManager",
}

/** What a custom rule does with a matching request (ARM WebApplicationFirewallAction). */
export enum WafCustomRuleAction {
  /** Let it through; no further rule is evaluated. */
  ALLOW = "Allow",
  /** Block it (log it in detection mode); no further rule is evaluated. */
  BLOCK = "Block",
  /** Log it and go on with the other rules. */
  LOG = "Log",
  /** Answer with a JavaScript challenge. */
  JS_CHALLENGE = "JSChallenge",
}

/** The part of a request a match condition inspects (ARM WebApplicationFirewallMatchVariable). */
export enum WafMatchVariable {
  REMOTE_ADDR = "RemoteAddr",
  REQUEST_METHOD = "RequestMethod",
  QUERY_STRING = "QueryString",
  POST_ARGS = "PostArgs",
  REQUEST_URI = "RequestUri",
  REQUEST_HEADERS = "RequestHeaders",
  REQUEST_BODY = "RequestBody",
  REQUEST_COOKIES = "RequestCookies",
}

/** How a match condition compares (ARM WebApplicationFirewallOperator). */
export enum WafOperator {
  /** Matches anything; takes no match values. */
  ANY = "Any",
  /** IPv4 addresses or CIDR ranges; only on `REMOTE_ADDR`. */
  IP_MATCH = "IPMatch",
  /** Two-letter country/region codes. */
  GEO_MATCH = "GeoMatch",
  EQUAL = "Equal",
  CONTAINS = "Contains",
  LESS_THAN = "LessThan",
  GREATER_THAN = "GreaterThan",
  LESS_THAN_OR_EQUAL = "LessThanOrEqual",
  GREATER_THAN_OR_EQUAL = "GreaterThanOrEqual",
  BEGINS_WITH = "BeginsWith",
  ENDS_WITH = "EndsWith",
  REGEX = "Regex",
}

/** A transformation applied before matching (ARM WebApplicationFirewallTransform). */
export enum WafTransform {
  HTML_ENTITY_DECODE = "HtmlEntityDecode",
  LOWERCASE = "Lowercase",
  REMOVE_NULLS = "RemoveNulls",
  TRIM = "Trim",
  URL_DECODE = "UrlDecode",
  URL_ENCODE = "UrlEncode",
  UPPERCASE = "Uppercase",
}

/** The window a rate limit counts requests in. */
export enum WafRateLimitDuration {
  ONE_MINUTE = "OneMin",
  FIVE_MINUTES = "FiveMins",
}

/** What a rate limit counts requests per (ARM ApplicationGatewayFirewallUserSessionVariable). */
export enum WafRateLimitGroupBy {
  CLIENT_ADDR = "ClientAddr",
  CLIENT_ADDR_XFF_HEADER = "ClientAddrXFFHeader",
  GEO_LOCATION = "GeoLocation",
  GEO_LOCATION_XFF_HEADER = "GeoLocationXFFHeader",
  NONE = "None",
}

/** The request attribute an exclusion leaves out of managed-rule evaluation (ARM OwaspCrsExclusionEntry.matchVariable). */
export enum WafExclusionMatchVariable {
  REQUEST_ARG_KEYS = "RequestArgKeys",
  REQUEST_ARG_NAMES = "RequestArgNames",
  REQUEST_ARG_VALUES = "RequestArgValues",
  REQUEST_COOKIE_KEYS = "RequestCookieKeys",
  REQUEST_COOKIE_NAMES = "RequestCookieNames",
  REQUEST_COOKIE_VALUES = "RequestCookieValues",
  REQUEST_HEADER_KEYS = "RequestHeaderKeys",
  REQUEST_HEADER_NAMES = "RequestHeaderNames",
  REQUEST_HEADER_VALUES = "RequestHeaderValues",
}

/** How an exclusion's selector picks attributes by name. */
export enum WafSelectorMatchOperator {
  EQUALS = "Equals",
  CONTAINS = "Contains",
  STARTS_WITH = "StartsWith",
  ENDS_WITH = "EndsWith",
  /** Every attribute of the kind; the selector is `*`. */
  EQUALS_ANY = "EqualsAny",
}

/** The action a managed rule override sets (ARM ActionType). */
export enum WafManagedRuleAction {
  ALLOW = "Allow",
  /** Add the rule's severity to the anomaly score (OWASP and DRS rules only). */
  ANOMALY_SCORING = "AnomalyScoring",
  BLOCK = "Block",
  JS_CHALLENGE = "JSChallenge",
  LOG = "Log",
}

/** What a match condition inspects: a match variable and, for a collection such as headers, the element. */
export interface WafMatchTarget {
  readonly variable: WafMatchVariable;
  /**
   * The element of the collection, e.g. `User-Agent` for `REQUEST_HEADERS`.
   * @default the whole variable
   */
  readonly selector?: string;
}

/** One condition of a custom rule; a rule matches when all its conditions do. */
export interface WafMatchCondition {
  /** What the condition inspects (at least one). */
  readonly matchVariables: WafMatchTarget[];
  readonly operator: WafOperator;
  /**
   * Values to compare with, any of which matches: 1–10, 1–600 IP ranges for `IP_MATCH`, none for `ANY`.
   * @default none (only right with `WafOperator.ANY`)
   */
  readonly matchValues?: string[];
  /**
   * Match when the comparison fails.
   * @default false
   */
  readonly negate?: boolean;
  /**
   * Transformations applied before comparing.
   * @default none
   */
  readonly transforms?: WafTransform[];
}

/** Makes a custom rule a rate-limit rule: it acts once a client exceeds the threshold in the window. */
export interface WafRateLimit {
  readonly duration: WafRateLimitDuration;
  /** Requests allowed in the window (at least 1). */
  readonly threshold: number;
  /**
   * What requests are counted per.
   * @default not sent (Azure's default)
   */
  readonly groupBy?: WafRateLimitGroupBy;
}

/** A custom rule, evaluated before the managed rules in priority order. */
export interface WafCustomRuleProps {
  /** Name, shown in the WAF logs (1–128 characters, unique in the policy). */
  readonly name: string;
  /** Evaluation order, lowest first (1–100, unique in the policy). */
  readonly priority: number;
  readonly action: WafCustomRuleAction;
  /** Conditions that must all match (at least one). */
  readonly matchConditions: WafMatchCondition[];
  /**
   * Makes this a rate-limit rule (`RateLimitRule`).
   * @default a match rule (`MatchRule`)
   */
  readonly rateLimit?: WafRateLimit;
  /**
   * Whether the rule is evaluated.
   * @default true
   */
  readonly enabled?: boolean;
}

/** A managed rule group an exclusion applies to. */
export interface WafExcludedRuleGroup {
  /** The group's name, as azurerm spells it (e.g. `REQUEST-942-APPLICATION-ATTACK-SQLI`, `SQLI`). */
  readonly ruleGroupName: string;
  /**
   * Rule ids in the group.
   * @default every rule of the group
   */
  readonly ruleIds?: string[];
}

/** Request attributes the managed rules do not evaluate. */
export interface WafExclusionProps {
  readonly matchVariable: WafExclusionMatchVariable;
  readonly selectorMatchOperator: WafSelectorMatchOperator;
  /**
   * The attribute name the operator compares with (not empty).
   * @default "*" with `EQUALS_ANY`; required with the other operators
   */
  readonly selector?: string;
  /**
   * The rule set the exclusion is for.
   * @default `WafRuleSet.CORE` when `ruleGroups` are given, else every rule set (a global exclusion)
   */
  readonly ruleSet?: WafRuleSet;
  /**
   * Rule groups (and rules) of that rule set the exclusion is for.
   * @default the whole rule set
   */
  readonly ruleGroups?: WafExcludedRuleGroup[];
}

/** How a managed rule is overridden. */
export interface WafRuleOverrideProps {
  /**
   * Whether the rule is evaluated.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The action the rule takes.
   * @default the rule's own action
   */
  readonly action?: WafManagedRuleAction;
  /**
   * The rule set the rule belongs to.
   * @default WafRuleSet.CORE
   */
  readonly ruleSet?: WafRuleSet;
}

type RuleOverride = WebApplicationFirewallPolicyManagedRulesManagedRuleSetRuleGroupOverrideRule;

/** The policies of each app by id (a token until synth), so a gateway given `policyId` finds its settings. */
const POLICIES = new WeakMap<IConstruct, Map<string, WafPolicy>>();

/**
 * A web application firewall policy for a WAF_v2 gateway: enabled, in prevention
 * mode, with a current managed rule set (Learn: application-gateway-waf-configuration).
 * Custom rules, exclusions and managed rule overrides are added with
 * `addCustomRule`, `addExclusion`, `overrideRule` and `disableRuleGroup`.
 */
export class WafPolicy extends Construct {
  /** The policy resource. */
  public readonly resource: AzurermWafPolicy;
  /** Resource id, for `MtlsApplicationGatewayProps.firewallPolicyId`. */
  public readonly policyId: string;

  private readonly ruleSets: { set: WafRuleSet; type: string; version: string }[];
  private readonly customRules: WebApplicationFirewallPolicyCustomRules[] = [];
  private readonly exclusions: WebApplicationFirewallPolicyManagedRulesExclusion[] = [];
  /** Rule group overrides per rule set, by group name: its rule overrides, or undefined when the whole group is disabled. */
  private readonly overrides = new Map<WafRuleSet, Map<string, RuleOverride[] | undefined>>();
  private readonly prevention: boolean;

  /** The policy of this app with this id, if one was created here. @internal */
  public static _withId(scope: IConstruct, policyId: string): WafPolicy | undefined {
    return POLICIES.get(scope.node.root)?.get(policyId);
  }

  constructor(scope: Construct, id: string, props: WafPolicyProps) {
    checkCall(childPath(scope, id), "WafPolicy", [scope, id, props]);
    super(scope, id);
    assertValid(this, "name", props.name, wafPolicyNameRule(props.name));
    checkPlacement(this, props);
    claimName(this, "name", "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies", props);
    const type = props.managedRuleSetType ?? "Microsoft_DefaultRuleSet";
    const version = props.managedRuleSetVersion ?? "2.1";
    assertValid(this, "managedRuleSetType managedRuleSetVersion", [type, version], coreRuleSetRule([type, version]));
    const bot = props.botManagerRuleSetVersion;
    assertValid(this, "botManagerRuleSetVersion", bot, botManagerVersionRule(bot));
    assertValid(this, "fileUploadLimitInMb", props.fileUploadLimitInMb, fileUploadLimitRule(props.fileUploadLimitInMb));
    assertValid(this, "maxRequestBodySizeInKb", props.maxRequestBodySizeInKb, maxRequestBodySizeRule(props.maxRequestBodySizeInKb));
    const cookieMinutes = props.jsChallengeCookieExpirationInMinutes;
    assertValid(this, "jsChallengeCookieExpirationInMinutes", cookieMinutes, jsChallengeCookieRule(cookieMinutes));
    this.prevention = props.prevention !== false;
    this.ruleSets = [{ set: WafRuleSet.CORE, type, version }];
    if (bot !== undefined) this.ruleSets.push({ set: WafRuleSet.BOT_MANAGER, type: "Microsoft_BotManagerRuleSet", version: bot });

    this.resource = new AzurermWafPolicy(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      tags: props.tags,
      provider: props.provider,
      policySettings: {
        enabled: true,
        mode: this.prevention ? "Prevention" : "Detection",
        requestBodyCheck: true,
        // ARM's default is true, but azurerm sends its unset Optional+Computed value as false.
        fileUploadEnforcement: true,
        fileUploadLimitInMb: props.fileUploadLimitInMb,
        maxRequestBodySizeInKb: props.maxRequestBodySizeInKb,
        jsChallengeCookieExpirationInMinutes: cookieMinutes,
      },
      managedRules: { managedRuleSet: this.renderRuleSets() },
    });
    this.policyId = this.resource.id;
    if (!POLICIES.has(this.node.root)) POLICIES.set(this.node.root, new Map());
    POLICIES.get(this.node.root)!.set(this.policyId, this);
    const path = armPath(props.resourceGroupName, "Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies", props.name);
    props.adopt?._import(this, this.resource, path, { azurerm: props.provider, importer: props.provider });
  }

  /**
   * Adds a custom rule. Custom rules are evaluated before the managed rules, lowest
   * priority first; an `ALLOW` or `BLOCK` match ends the evaluation.
   */
  public addCustomRule(props: WafCustomRuleProps): void {
    const at = `customRules[${this.customRules.length}]`;
    checkCall(this.node.path, "WafPolicy.addCustomRule", [props], at);
    const names = this.customRules.map((r) => r.name!);
    const priorities = this.customRules.map((r) => r.priority);
    this.check(`${at}.name`, props.name, customRuleNameRule([props.name, names]));
    this.check(`${at}.priority`, props.priority, customRulePriorityRule([props.priority, priorities]));
    const rateLimit = props.rateLimit;
    this.check(`${at}.rateLimit.threshold`, rateLimit?.threshold, rateLimitThresholdRule(rateLimit?.threshold));
    this.check(`${at}.matchConditions`, props.matchConditions, matchConditionRule(props.matchConditions));
    props.matchConditions.forEach((c, i) => this.checkCondition(`${at}.matchConditions[${i}]`, c));
    this.customRules.push({
      name: props.name,
      priority: props.priority,
      ruleType: rateLimit === undefined ? "MatchRule" : "RateLimitRule",
      action: props.action,
      enabled: props.enabled === false ? false : undefined,
      rateLimitDuration: rateLimit?.duration,
      rateLimitThreshold: rateLimit?.threshold,
      groupRateLimitBy: rateLimit?.groupBy,
      matchConditions: props.matchConditions.map((c) => ({
        matchVariables: c.matchVariables.map((v) => ({ variableName: v.variable, selector: v.selector })),
        operator: c.operator,
        matchValues: c.matchValues,
        negationCondition: c.negate,
        transforms: c.transforms,
      })),
    });
    this.resource.putCustomRules(this.customRules);
  }

  /**
   * Leaves request attributes out of the managed rules' evaluation: of every rule
   * set, of one (`ruleSet`), or of some of its rule groups and rules (`ruleGroups`).
   */
  public addExclusion(props: WafExclusionProps): void {
    const at = `exclusions[${this.exclusions.length}]`;
    checkCall(this.node.path, "WafPolicy.addExclusion", [props], at);
    this.check(`${at}.selector`, props.selector, exclusionSelectorRule([props.selectorMatchOperator, props.selector]));
    this.check("exclusions", this.exclusions.length + 1, exclusionCountRule(this.exclusions.length + 1));
    const groups = props.ruleGroups;
    const set = props.ruleSet ?? (groups === undefined ? undefined : WafRuleSet.CORE);
    if (set !== undefined) this.checkScope(`${at}.ruleSet`, set, true);
    groups?.forEach((g, i) => {
      this.check(`${at}.ruleGroups[${i}].ruleGroupName`, g.ruleGroupName, ruleGroupNameRule(g.ruleGroupName));
      (g.ruleIds ?? []).forEach((ruleId, j) => this.check(`${at}.ruleGroups[${i}].ruleIds[${j}]`, ruleId, managedRuleIdRule(ruleId)));
    });
    const ruleSet = this.ruleSets.find((r) => r.set === set);
    this.exclusions.push({
      matchVariable: props.matchVariable,
      selectorMatchOperator: props.selectorMatchOperator,
      selector: props.selector ?? "*",
      excludedRuleSet:
        ruleSet === undefined
          ? undefined
          : {
            type: ruleSet.type,
            version: ruleSet.version,
            ruleGroup: groups?.map((g) => ({ ruleGroupName: g.ruleGroupName, excludedRules: g.ruleIds })),
          },
    });
    this.renderManagedRules();
  }

  /**
   * Overrides one managed rule: disables it (`enabled: false`) or changes its action.
   * Each rule is overridden once.
   */
  public overrideRule(ruleGroupName: string, ruleId: string, props: WafRuleOverrideProps = {}): void {
    checkCall(this.node.path, "WafPolicy.overrideRule", [ruleGroupName, ruleId, props]);
    const set = props.ruleSet ?? WafRuleSet.CORE;
    const groups = this.groupOverrides(ruleGroupName, set);
    this.check("ruleId", ruleId, managedRuleIdRule(ruleId));
    this.check("action", props.action, overrideActionRule([set === WafRuleSet.BOT_MANAGER, props.action]));
    const rules = groups.has(ruleGroupName) ? groups.get(ruleGroupName) : [];
    this.check("ruleId", ruleId, overrideUniqueRule(rules !== undefined && !rules.some((r) => r.id === ruleId)));
    groups.set(ruleGroupName, [...rules!, { id: ruleId, enabled: props.enabled ?? true, action: props.action }]);
    this.renderManagedRules();
  }

  /** What the best-practice rules read of the policy: its mode and the managed rules it turns off. @internal */
  public _view(): WafPolicyView {
    const groups = [...this.overrides.values()].flatMap((byGroup) => [...byGroup]);
    return {
      scope: this,
      enabled: true,
      mode: this.prevention ? "Prevention" : "Detection",
      disabledRuleGroups: groups.filter(([, rules]) => rules === undefined).map(([group]) => group),
      disabledRules: groups.flatMap(([group, rules]) => (rules ?? []).filter((r) => r.enabled === false).map((r) => `${group}/${r.id}`)),
      ruleSets: this.ruleSets.map(({ type, version }) => ({ type, version })),
      exclusions: this.exclusions.map((e) => `${e.matchVariable} ${e.selectorMatchOperator} ${e.selector}`),
    };
  }

  /** Disables every rule of a managed rule group. */
  public disableRuleGroup(ruleGroupName: string, ruleSet: WafRuleSet = WafRuleSet.CORE): void {
    checkCall(this.node.path, "WafPolicy.disableRuleGroup", [ruleGroupName, ruleSet]);
    const groups = this.groupOverrides(ruleGroupName, ruleSet);
    this.check("ruleGroupName", ruleGroupName, overrideUniqueRule(!groups.has(ruleGroupName)));
    groups.set(ruleGroupName, undefined);
    this.renderManagedRules();
  }

  /** The overrides of the rule set, after checking the group name and that the policy has the set. */
  private groupOverrides(ruleGroupName: string, set: WafRuleSet): Map<string, RuleOverride[] | undefined> {
    this.check("ruleGroupName", ruleGroupName, ruleGroupNameRule(ruleGroupName));
    this.checkScope("ruleSet", set, false);
    if (!this.overrides.has(set)) this.overrides.set(set, new Map());
    return this.overrides.get(set)!;
  }

  private checkCondition(at: string, condition: WafMatchCondition): void {
    const variables = condition.matchVariables;
    this.check(`${at}.matchVariables`, variables, matchConditionRule(variables));
    const names: string[] = variables.map((v) => v.variable);
    this.check(`${at}.operator`, condition.operator, ipMatchRule([condition.operator, names]));
    const values = condition.matchValues ?? [];
    this.check(`${at}.matchValues`, condition.matchValues, matchValuesRule([condition.operator, values]));
    this.check(`${at}.matchValues`, condition.matchValues, ipMatchValuesRule([condition.operator, values]));
  }

  private checkScope(prop: string, set: WafRuleSet, exclusion: boolean): void {
    const bot = this.ruleSets.find((r) => r.set === WafRuleSet.BOT_MANAGER)?.version;
    this.check(prop, set, scopeRule([set === WafRuleSet.BOT_MANAGER, bot, exclusion]));
  }

  private check(prop: string, value: unknown, broken: RuleInfo | undefined): void {
    assertValid(this, prop, value, broken);
  }

  private renderRuleSets(): WebApplicationFirewallPolicyManagedRulesManagedRuleSet[] {
    return this.ruleSets.map(({ set, type, version }) => {
      const groups = [...(this.overrides.get(set) ?? [])].map(([ruleGroupName, rules]) => ({ ruleGroupName, rule: rules }));
      return { type, version, ruleGroupOverride: groups.length > 0 ? groups : undefined };
    });
  }

  private renderManagedRules(): void {
    this.resource.putManagedRules({
      managedRuleSet: this.renderRuleSets(),
      exclusion: this.exclusions.length > 0 ? this.exclusions : undefined,
    });
  }
}
