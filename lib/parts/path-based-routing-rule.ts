import { Construct } from "constructs";
import { assertValid } from "../core/errors";
import { PathRuleModel, RequestRoutingRuleModel, UrlPathMapModel } from "../model/gateway-model";
import { checkRoute, describeRoute, RouteProps } from "./route";
import { RoutingRuleBase, RoutingRuleBaseProps } from "./routing-rule-base";
import { checkPartId, nameRule } from "../rules/values/names";
import { pathPatternRule } from "../rules/values/routing";
import { checkCall, childPath } from "../rules/values/props";

/** Props of one path rule of a path-based routing rule. */
export interface PathRuleProps extends RouteProps {
  /**
   * Name on the gateway (in the rule's URL path map).
   * @default the construct id
   */
  readonly name?: string;
  /** Paths it matches: each starts with '/', '*' only at the end (e.g. `/images/*`). */
  readonly paths: string[];
  /**
   * WAF policy for these paths (a WAF_v2 gateway only), overriding the listener's and the gateway's.
   * @default the listener's or the gateway's policy
   */
  readonly firewallPolicyId?: string;
}

/**
 * Requests whose path matches one of `paths` go to this rule's target. Create it
 * with `PathBasedRoutingRule.addPathRule`.
 */
export class PathRule extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Paths it matches. */
  public readonly paths: string[];
  /** Where the requests go. */
  public readonly route: RouteProps;
  /** WAF policy of these paths, if any. */
  public readonly firewallPolicyId?: string;

  constructor(scope: Construct, id: string, props: PathRuleProps) {
    checkCall(childPath(scope, id), "PathRule", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.paths = props.paths;
    this.route = props;
    this.firewallPolicyId = props.firewallPolicyId;
    assertValid(this, "name", this.name, nameRule(this.name));
    checkRoute(this, "", props);
  }
}

/** Props of a path-based routing rule: the rule's own target is the default route. */
export interface PathBasedRoutingRuleProps extends RoutingRuleBaseProps {}

/**
 * A path-based request routing rule: a URL path map (named like the rule) whose
 * path rules send matching requests to their own backends (or redirects);
 * everything else takes the rule's default route. Create it with
 * `MtlsApplicationGateway.addPathBasedRoutingRule`, then `addPathRule`.
 */
export class PathBasedRoutingRule extends RoutingRuleBase {
  private readonly paths = new Set<string>();

  /**
   * Adds a path rule; paths are unique within the rule's map.
   * @param id construct id, and the path rule's name unless `props.name` is set
   * @param props paths and where they go
   */
  public addPathRule(id: string, props: PathRuleProps): PathRule {
    checkCall(`${this.node.path}/${id}`, "PathBasedRoutingRule.addPathRule", [id, props]);
    checkPartId(this, id);
    const rule = new PathRule(this, id, props);
    for (const path of rule.paths) {
      assertValid(rule, "paths[]", path, pathPatternRule([path, this.paths.has(path)]));
      this.paths.add(path);
    }
    return rule;
  }

  /** The path rules, in the order added. */
  public get pathRules(): PathRule[] {
    return this.node.children.filter((c): c is PathRule => c instanceof PathRule);
  }

  /**
   * Name of the redirect configuration of a path rule (or of the default route).
   * @param pathRule the path rule, or undefined for the default route
   * @internal
   */
  public _redirectName(pathRule?: PathRule): string {
    return pathRule ? `${this.name}-${pathRule.name}` : this.name;
  }

  /**
   * The rule as the model describes it.
   * @internal
   */
  public _describe(): RequestRoutingRuleModel {
    return {
      name: this.name,
      ruleType: "PathBasedRouting",
      priority: this.priority,
      httpListener: this.listener.name,
      urlPathMap: this.name,
      ...this._describeJwtValidation(),
    };
  }

  /**
   * The URL path map as the model describes it.
   * @param rewriteSetOf the rewrite set the gateway assigns to a route
   * @internal
   */
  public _describeMap(rewriteSetOf: (route: RouteProps) => string | undefined): UrlPathMapModel {
    const pathRules: PathRuleModel[] = this.pathRules.map((p) => ({
      name: p.name,
      paths: p.paths,
      firewallPolicyId: p.firewallPolicyId,
      ...describeRoute(p.route, this._redirectName(p), rewriteSetOf(p.route)),
    }));
    return { name: this.name, defaultTarget: describeRoute(this.route, this._redirectName(), rewriteSetOf(this.route)), pathRules };
  }
}
