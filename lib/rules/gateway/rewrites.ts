// Cross-part rules on rewrite sets on routes: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { RouteView } from "../view";
import { GatewayRule } from "../view";
import { finding, Scope } from "./finding";

export const REROUTE = defineRule({
  id: RuleId.REROUTE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "URL rewrites that re-evaluate the path map (reroute) only on path-based routes, and there in a set with at least one rule that is conditional or does not reroute",
  source: "Learn: rewrite-http-headers-url (Reevaluate path map is not allowed for basic rules; path-based rules need one conditional or non-rerouting rule)",
});

export const reroutesOnPathMaps: GatewayRule = (gw) => [
  ...gw.routingRules.filter((r) => r.route.rewriteRuleSet?.reroutes).map((r) => finding(REROUTE, r, "rewriteRuleSet", r.route.rewriteRuleSet!.name)),
  ...gw.pathBasedRoutingRules
    .flatMap((r): [Scope, RouteView][] => [[r, r.route], ...r.pathRules.map((p): [Scope, RouteView] => [p, p.route])])
    .filter(([, route]) => route.rewriteRuleSet?.reroutes && !route.rewriteRuleSet.hasNonLoopingRule)
    .map(([scope, route]) => finding(REROUTE, scope, "rewriteRuleSet", route.rewriteRuleSet!.name)),
];

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_REWRITES_RULES: RuleInfo[] = [REROUTE];
