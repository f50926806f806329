// Cross-part rules on TLS policies across the gateway and its SSL profiles: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { GatewayRule } from "../view";
import { finding } from "./finding";

export const TLS_FAMILY = defineRule({
  id: RuleId.TLS_FAMILY,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "TLS policies of one family on a gateway: 2022 (AppGwSslPolicy2022*, CustomV2) or older (AppGwSslPolicy20170401S, Custom), not both",
  source: "Learn: application-gateway-ssl-policy-overview (2022 policies cannot coexist with older ones)",
});

export const tlsPoliciesOneFamily: GatewayRule = (gw) => {
  const base = gw.sslPolicy.family;
  if (base === undefined) return [];
  return gw.sslProfiles
    .filter((p) => p.sslPolicy?.family !== undefined && p.sslPolicy.family !== base)
    .map((p) => finding(TLS_FAMILY, p, "sslPolicy", p.sslPolicy!.policyName ?? p.sslPolicy!.policyType));
};

export const FIPS_TLS = defineRule({
  id: RuleId.FIPS_TLS,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "with FIPS on, TLS policies AppGwSslPolicy20220101, AppGwSslPolicy20220101S or CustomV2 only",
  source: "Learn: fips (FIPS 140 in Application Gateway: supported TLS policies)",
});

export const fipsTlsPolicies: GatewayRule = (gw) => {
  if (gw.model.enableFips !== true) return [];
  const fipsOk = (p: { policyType?: string; policyName?: string }) =>
    p.policyType === "CustomV2" || (p.policyName !== undefined && (isUnknown(p.policyName) || p.policyName.startsWith("AppGwSslPolicy2022")));
  return [
    ...(fipsOk(gw.sslPolicy) ? [] : [finding(FIPS_TLS, gw.scope, "sslPolicy", gw.sslPolicy.policyName ?? gw.sslPolicy.policyType)]),
    ...gw.sslProfiles.filter((p) => p.sslPolicy && !fipsOk(p.sslPolicy)).map((p) => finding(FIPS_TLS, p, "sslPolicy", p.sslPolicy!.policyName ?? p.sslPolicy!.policyType)),
  ];
};

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_TLS_RULES: RuleInfo[] = [TLS_FAMILY, FIPS_TLS];
