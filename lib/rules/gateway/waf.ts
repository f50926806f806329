// Cross-part rules on WAF policies on parts and the WAF SKU's buffering: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { GatewaySku } from "../../core/enums";
import { idNameNote, WAF_POLICY_ID, wafPolicyIdRule } from "../values/resource-ids";
import { GatewayRule } from "../view";
import { finding, Scope } from "./finding";

export const PART_WAF_POLICY = defineRule({
  id: RuleId.PART_WAF_POLICY,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a listener or path WAF policy only on a WAF_v2 gateway",
  source: "Learn: web-application-firewall/ag/policy-overview (WAF policy associations only on WAF_v2)",
});

/** Listener and path-rule WAF policies: on WAF_v2 only, and each id well-formed (see AGW-WAF-POLICY-ID). */
export const partWafPolicies: GatewayRule = (gw) => {
  const parts: [Scope, string][] = [
    ...gw.listeners.filter((l) => l.firewallPolicyId !== undefined).map((l): [Scope, string] => [l, l.firewallPolicyId!]),
    ...gw.pathBasedRoutingRules.flatMap((r) =>
      r.pathRules.filter((p) => p.firewallPolicyId !== undefined).map((p): [Scope, string] => [p, p.firewallPolicyId!]),
    ),
  ];
  return parts.flatMap(([scope, id]) => [
    ...(gw.sku === GatewaySku.WAF_V2 ? [] : [finding(PART_WAF_POLICY, scope, "firewallPolicyId", id)]),
    ...(wafPolicyIdRule([gw.azurermReadsIds, id]) ? [finding(WAF_POLICY_ID, scope, "firewallPolicyId", id, idNameNote("wafPolicy", id))] : []),
  ]);
};

export const WAF_BUFFERING = defineRule({
  id: RuleId.WAF_BUFFERING,
  severity: Severity.WARNING,
  checked: Checked.AT_SYNTH,
  allowed: "request buffering left on with WAF_v2: the WAF buffers requests anyway, so turning it off has no effect",
  source: "Learn: proxy-buffers (request buffering can't be disabled on the WAF SKU)",
});

export const wafKeepsRequestBuffering: GatewayRule = (gw) =>
  gw.sku === GatewaySku.WAF_V2 && gw.model.globalConfiguration?.enableRequestBuffering === false
    ? [finding(WAF_BUFFERING, gw.scope, "requestBuffering", false)]
    : [];

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_WAF_RULES: RuleInfo[] = [PART_WAF_POLICY, WAF_BUFFERING];
