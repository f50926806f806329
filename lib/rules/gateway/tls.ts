// Cross-part rules on TLS policies across the gateway and its SSL profiles: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { GatewayRule, SslPolicyView } from "../view";
import { finding, Scope } from "./finding";

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

/** The cipher suites Learn lists for a CustomV2 policy in FIPS mode, in ARM's names (TLS_AES_128/256_GCM are TLS 1.3's, not listed in ARM). */
export const FIPS_CIPHER_SUITES = [
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
];

export const FIPS_TLS = defineRule({
  id: RuleId.FIPS_TLS,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: `with FIPS on, TLS policies AppGwSslPolicy20220101, AppGwSslPolicy20220101S or CustomV2 only, a CustomV2 policy with FIPS cipher suites only (${FIPS_CIPHER_SUITES.join(", ")}; the TLS 1.3 suites are implied)`,
  source: "Learn: fips (FIPS mode in Application Gateway: supported TLS policies, Custom V2 versions and cipher suites, 2025-12)",
});

export const fipsTlsPolicies: GatewayRule = (gw) => {
  if (gw.model.enableFips !== true) return [];
  const fipsOk = (p: { policyType?: string; policyName?: string }) =>
    p.policyType === "CustomV2" || (p.policyName !== undefined && (isUnknown(p.policyName) || p.policyName.startsWith("AppGwSslPolicy2022")));
  // A CustomV2 policy's ciphers outside Learn's FIPS list.
  const nonFips = (p: SslPolicyView) => (p.policyType === "CustomV2" ? (p.cipherSuites ?? []).filter((c) => !isUnknown(c) && !FIPS_CIPHER_SUITES.includes(c)) : []);
  const policies: [Scope, SslPolicyView][] = [
    [gw.scope, gw.sslPolicy],
    ...gw.sslProfiles.filter((p) => p.sslPolicy !== undefined).map((p): [Scope, SslPolicyView] => [p, p.sslPolicy!]),
  ];
  return policies.flatMap(([scope, p]) =>
    !fipsOk(p)
      ? [finding(FIPS_TLS, scope, "sslPolicy", p.policyName ?? p.policyType)]
      : nonFips(p).length > 0
        ? [finding(FIPS_TLS, scope, "sslPolicy.cipherSuites", nonFips(p), "not in Learn's FIPS list")]
        : [],
  );
};

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_TLS_RULES: RuleInfo[] = [TLS_FAMILY, FIPS_TLS];
