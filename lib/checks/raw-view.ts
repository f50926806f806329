// The scratch gateway's view, corrected where the library's model cannot say what the raw
// gateway has, for the best-practice rules (rules/practice/), which read what a view may leave
// unknown: the classic inline WAF configuration (the library never writes one, the converter
// notes it), no WAF policy where the raw gateway has none (the scratch gateway creates one for a
// WAF_v2 gateway without a policy, as the library would), and the workspace of a diagnostic
// setting declared beside the raw gateway.
import { isObject, Json, JsonObject, props } from "../adopt/arm-json";
import { ClassicWafView, GatewayView } from "../rules/view";

/** What the checks found beside the raw gateway in its stack. */
export interface RawSurroundings {
  /** The Log Analytics workspace of a diagnostic setting that targets the gateway. */
  readonly logAnalyticsWorkspaceId?: string;
}

const list = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);

/** ARM's webApplicationFirewallConfiguration as the view's classic WAF: groups disabled whole, and single rules as "<group>/<rule id>". */
function classicWaf(waf: JsonObject): ClassicWafView {
  const groups = list(waf.disabledRuleGroups).filter(isObject);
  const rulesOf = (g: JsonObject) => list(g.rules).map(String);
  return {
    enabled: waf.enabled === true,
    firewallMode: String(waf.firewallMode ?? ""),
    disabledRuleGroups: groups.filter((g) => rulesOf(g).length === 0).map((g) => String(g.ruleGroupName)),
    disabledRules: groups.flatMap((g) => rulesOf(g).map((r) => `${String(g.ruleGroupName)}/${r}`)),
  };
}

/** The view as the raw gateway is: its WAF as it has it, its diagnostics' workspace. */
export function rawView(view: GatewayView, arm: JsonObject, surroundings: RawSurroundings): GatewayView {
  const p = props(arm);
  const hasPolicy = isObject(p.firewallPolicy) && p.firewallPolicy.id !== undefined;
  return {
    ...view,
    model: hasPolicy ? view.model : { ...view.model, firewallPolicyId: undefined },
    wafPolicy: hasPolicy ? view.wafPolicy : undefined,
    classicWaf: isObject(p.webApplicationFirewallConfiguration) ? classicWaf(p.webApplicationFirewallConfiguration) : undefined,
    logAnalyticsWorkspaceId: surroundings.logAnalyticsWorkspaceId,
  };
}
