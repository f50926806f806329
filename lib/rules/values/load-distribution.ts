// Value rules on load distribution policies (ARM 2025-03-01 `loadDistributionPolicies`): each is
// checked where the value is given and throws. registry.ts lists every rule in order.
import { Checked, defineRule, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { between } from "./common";

export const LB_WEIGHT = defineRule({
  id: RuleId.LB_WEIGHT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer weight per server from 1 to 100",
  source: "ARM spec 2025-03-01 ApplicationGatewayLoadDistributionTargetPropertiesFormat.weightPerServer (minimum 1, maximum 100)",
});

export const lbWeightRule = valueRule<number>(LB_WEIGHT, between(1, 100));

export const LB_TARGETS = defineRule({
  id: RuleId.LB_TARGETS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "at least one target, each backend pool at most once and each target name once",
  source:
    "ARM spec 2025-03-01 ApplicationGatewayLoadDistributionPolicyPropertiesFormat.loadDistributionTargets (a policy distributes over its targets; child names are unique within their collection, as for every gateway child)",
});

/** [number of targets, a pool or name repeats] */
export const lbTargetsRule = valueRule<[number, boolean]>(LB_TARGETS, ([count, repeats]) => count > 0 && !repeats);

export const LB_ROUTE = defineRule({
  id: RuleId.LB_ROUTE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a load distribution policy only on a route to backends (with backendPool and backendSettings), not on a redirect",
  source:
    "ARM spec 2025-03-01 ApplicationGatewayRequestRoutingRulePropertiesFormat.loadDistributionPolicy, ApplicationGatewayPathRulePropertiesFormat.loadDistributionPolicy, ApplicationGatewayUrlPathMapPropertiesFormat.defaultLoadDistributionPolicy (a redirect sends no request to a backend)",
});

/** [a policy is given, the route redirects] */
export const lbRouteRule = valueRule<[boolean, boolean]>(LB_ROUTE, ([policy, redirects]) => !policy || !redirects);

/** The rules of this file, in the order the README lists them. */
export const LOAD_DISTRIBUTION_VALUE_RULES: RuleInfo[] = [LB_WEIGHT, LB_TARGETS, LB_ROUTE];
