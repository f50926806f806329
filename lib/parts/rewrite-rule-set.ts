import { Construct } from "constructs";
import { assertValid } from "../core/errors";
import { RewriteRuleModel } from "../model/gateway-model";
import { isUnknown } from "../core/rule";
import { nameRule } from "../rules/values/names";
import { headerNameRule, responseHeaderNameRule, rewriteConditionVariableRule, rewriteHeaderRule, rewriteRuleNameRule, rewriteSequenceRule, rewriteSetLimitsRule, urlRewriteRule } from "../rules/values/rewrites";
import { brandApiClass, checkCall, childPath } from "../rules/values/props";

/** When a rewrite rule applies: a variable matched against a pattern. */
export interface RewriteCondition {
  /**
   * `http_req_<Header>`, `http_resp_<Header>` or `var_<server variable>`
   * (e.g. `var_uri_path`, `var_client_certificate_verification`).
   */
  readonly variable: string;
  /** RE2-compatible regular expression, without delimiters. */
  readonly pattern: string;
  /**
   * Compare ignoring case.
   * @default false
   */
  readonly ignoreCase?: boolean;
  /**
   * Apply the rule when the pattern does not match.
   * @default false
   */
  readonly negate?: boolean;
}

/** A header to set; an empty value deletes it. */
export interface HeaderRewrite {
  /** Header name. */
  readonly headerName: string;
  /** New value; may use `{var_...}`, `{http_req_...}`, `{http_resp_...}`. "" deletes the header. */
  readonly headerValue: string;
}

/** A URL rewrite (Learn: rewrite-http-headers-url, URL rewrite). */
export interface UrlRewrite {
  /**
   * New path.
   * @default the path is kept
   */
  readonly path?: string;
  /**
   * New query string.
   * @default the query string is kept
   */
  readonly queryString?: string;
  /**
   * Re-evaluate the URL path map with the new URL ("Reevaluate path map"); path-based rules only.
   * @default false
   */
  readonly reroute?: boolean;
}

/** One rewrite rule. */
export interface RewriteRuleProps {
  /** Name, unique in its set. */
  readonly name: string;
  /** Order among the set's rules, 1–1000 (lowest first). The library's certificate rule runs at 100. */
  readonly ruleSequence: number;
  /**
   * All must hold for the rule to apply.
   * @default none: always
   */
  readonly conditions?: RewriteCondition[];
  /**
   * Request headers to set or delete.
   * @default none
   */
  readonly requestHeaders?: HeaderRewrite[];
  /**
   * Response headers to set or delete.
   * @default none
   */
  readonly responseHeaders?: HeaderRewrite[];
  /**
   * URL rewrite.
   * @default none
   */
  readonly url?: UrlRewrite;
}

/** Props of a rewrite rule set. */
export interface RewriteRuleSetProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /** The rules. */
  readonly rules: RewriteRuleProps[];
}

/**
 * Your own header and URL rewrites. Attach a set to routing rules or path
 * rules; the library merges it with the client-certificate rule the route
 * needs (forward or strip) into the one set Azure allows per route. Create it
 * with `MtlsApplicationGateway.addRewriteRuleSet`.
 */
export class RewriteRuleSet extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** The rules. */
  public readonly rules: RewriteRuleProps[];

  constructor(scope: Construct, id: string, props: RewriteRuleSetProps) {
    checkCall(childPath(scope, id), "RewriteRuleSet", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.rules = props.rules;
    assertValid(this, "name", this.name, nameRule(this.name));
    const names = new Set<string>();
    this.rules.forEach((rule, i) => {
      const at = `rules[${i}]`;
      assertValid(this, `${at}.name`, rule.name, rewriteRuleNameRule([rule.name, names.has(rule.name)]));
      names.add(rule.name);
      assertValid(this, `${at}.ruleSequence`, rule.ruleSequence, rewriteSequenceRule(rule.ruleSequence));
      for (const c of rule.conditions ?? []) assertValid(this, `${at}.conditions[].variable`, c.variable, rewriteConditionVariableRule(c.variable));
      for (const h of rule.requestHeaders ?? []) {
        assertValid(this, `${at}.requestHeaders[].headerName`, h.headerName, headerNameRule(h.headerName) ?? rewriteHeaderRule([h.headerName, h.headerValue === ""]));
      }
      for (const h of rule.responseHeaders ?? []) {
        const broken = responseHeaderNameRule(h.headerName) ?? rewriteHeaderRule([h.headerName, h.headerValue === ""]);
        assertValid(this, `${at}.responseHeaders[].headerName`, h.headerName, broken);
      }
      if (rule.url !== undefined) assertValid(this, `${at}.url`, rule.url, urlRewriteRule(rule.url.path !== undefined || rule.url.queryString !== undefined));
    });
    const actions = this.rules.reduce((n, r) => n + (r.requestHeaders ?? []).length + (r.responseHeaders ?? []).length + (r.url ? 1 : 0), 0);
    const conditions = this.rules.reduce((n, r) => n + (r.conditions ?? []).length, 0);
    assertValid(this, "rules", `${actions} header/URL configurations, ${conditions} conditions`, rewriteSetLimitsRule([actions, conditions]));
  }

  /** Header names this set's rules set or delete (request side), for the certificate-header check. */
  public get requestHeaderNames(): string[] {
    return this.rules.flatMap((r) => (r.requestHeaders ?? []).map((h) => h.headerName)).filter((h) => !isUnknown(h));
  }

  /** Whether some rule re-evaluates the path map. */
  public get reroutes(): boolean {
    return this.rules.some((r) => r.url?.reroute === true);
  }

  /** Whether some rule is conditional or does not reroute (Azure requires one on path-based rules, or it loops). */
  public get hasNonLoopingRule(): boolean {
    return this.rules.some((r) => (r.conditions ?? []).length > 0 || r.url?.reroute !== true);
  }

  /** The rules as the model describes them. @internal */
  public _describeRules(): RewriteRuleModel[] {
    return this.rules.map((r) => ({
      name: r.name,
      ruleSequence: r.ruleSequence,
      conditions: (r.conditions ?? []).map((c) => ({ variable: c.variable, pattern: c.pattern, ignoreCase: c.ignoreCase ?? false, negate: c.negate ?? false })),
      requestHeaderConfigurations: (r.requestHeaders ?? []).map((h) => ({ headerName: h.headerName, headerValue: h.headerValue })),
      responseHeaderConfigurations: (r.responseHeaders ?? []).map((h) => ({ headerName: h.headerName, headerValue: h.headerValue })),
      urlConfiguration: r.url && { modifiedPath: r.url.path, modifiedQueryString: r.url.queryString, reroute: r.url.reroute ?? false },
    }));
  }
}
brandApiClass(RewriteRuleSet, "RewriteRuleSet");
