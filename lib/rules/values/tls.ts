// Value rules on TLS policies, protocols and cipher suites: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";

/** Predefined policies, and the family each belongs to (Learn: application-gateway-ssl-policy-overview). */
export const PREDEFINED_POLICY_FAMILY: { [name: string]: "2022" | "legacy" } = {
  AppGwSslPolicy20220101: "2022",
  AppGwSslPolicy20220101S: "2022",
  AppGwSslPolicy20170401S: "legacy",
};

const RETIRED_POLICIES = ["AppGwSslPolicy20150501", "AppGwSslPolicy20170401"];

export const TLS_POLICY_NAME = defineRule({
  id: RuleId.TLS_POLICY,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: `one of ${Object.keys(PREDEFINED_POLICY_FAMILY).join(", ")} (${RETIRED_POLICIES.join(" and ")} were retired on 2025-08-31)`,
  source: "Learn: application-gateway-ssl-policy-overview; TLS 1.0/1.1 retirement notice",
});

export const tlsPolicyNameRule = valueRule<string>(TLS_POLICY_NAME, (v) => v in PREDEFINED_POLICY_FAMILY);

export const TLS_MIN_VERSION = defineRule({
  id: RuleId.TLS_MIN_VERSION,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "TLSv1_2 or TLSv1_3 for a CustomV2 policy, TLSv1_2 for a Custom policy (TLS 1.0 and 1.1 were retired on 2025-08-31)",
  source: "Learn: application-gateway-ssl-policy-overview (CustomV2); application-gateway-tls-version-retirement (Custom supports only TLS v1.2)",
});

/** [policy type, minimum version] */
export const tlsMinVersionRule = valueRule<[string | undefined, string]>(TLS_MIN_VERSION, ([type, v]) =>
  type === "Custom" ? v === "TLSv1_2" : v === "TLSv1_2" || v === "TLSv1_3",
);

/** The cipher suites ARM Microsoft.Network 2025-03-01 knows (`ApplicationGatewaySslCipherSuite`; azurerm has the same list). */
export const CIPHER_SUITES = [
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256",
  "TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
  "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256",
  "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA",
  "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
];

/** What the old Custom policy no longer supports since 2025-08-31 (Learn: application-gateway-tls-version-retirement). */
const RETIRED_CUSTOM_CIPHERS = [
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
  "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA",
  "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA",
];

export const TLS_CIPHER = defineRule({
  id: RuleId.TLS_CIPHER,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a cipher suite Application Gateway knows (ARM ApplicationGatewaySslCipherSuite; TLS 1.3 suites are implied, not listed), and for a Custom policy none of the 12 retired on 2025-08-31",
  source: "ARM Microsoft.Network 2025-03-01 ApplicationGatewaySslPolicy.cipherSuites; Learn: application-gateway-tls-version-retirement",
});

/** [policy type, cipher suite] */
export const tlsCipherRule = valueRule<[string | undefined, string]>(
  TLS_CIPHER,
  ([type, cipher]) => isUnknown(cipher) || (CIPHER_SUITES.includes(cipher) && !(type === "Custom" && RETIRED_CUSTOM_CIPHERS.includes(cipher))),
);

export const TLS_PROTOCOL = defineRule({
  id: RuleId.TLS_PROTOCOL,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a protocol of TLSv1_0, TLSv1_1, TLSv1_2, TLSv1_3",
  source: "ARM Microsoft.Network 2025-03-01 ApplicationGatewaySslProtocol",
});

export const tlsProtocolRule = valueRule<string>(TLS_PROTOCOL, (v) => ["TLSv1_0", "TLSv1_1", "TLSv1_2", "TLSv1_3"].includes(v));

export const TLS_PREDEFINED_ONLY_NAME = defineRule({
  id: RuleId.TLS_PREDEFINED_ONLY_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a Predefined policy with a policyName and no minProtocolVersion or cipherSuites, and a Custom or CustomV2 policy without a policyName",
  source:
    "Azure error ApplicationGatewaySslPolicyPropertyNotSupportedForPolicyType; azurerm v4.55.0 expandApplicationGatewaySslPolicy sends only the name for Predefined (the rest is dropped silently)",
});

/** [policy type, has name, has min version or ciphers] */
export const tlsPredefinedOnlyNameRule = valueRule<[string | undefined, boolean, boolean]>(
  TLS_PREDEFINED_ONLY_NAME,
  ([type, named, custom]) => (type === "Predefined" ? named && !custom : type === undefined || !named),
);

export const TLS_DISABLED_PROTOCOLS = defineRule({
  id: RuleId.TLS_DISABLED_PROTOCOLS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "disabledProtocols alone, without a policyName or policyType",
  source: "azurerm docs, ssl_policy: disabled_protocols cannot be set when policy_name or policy_type are set",
});

/** [disabled protocols, policy name or type given] */
export const tlsDisabledProtocolsRule = valueRule<[string[], boolean]>(
  TLS_DISABLED_PROTOCOLS,
  ([disabled, named]) => disabled.length === 0 || !named,
);

export const TLS_POLICY_TYPE = defineRule({
  id: RuleId.TLS_POLICY_TYPE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a policyType of Predefined, Custom or CustomV2, and one whenever a policyName, minProtocolVersion or cipherSuites is given",
  source: "ARM ApplicationGatewaySslPolicyType; azurerm docs, ssl_policy: policy_type is required with policy_name; Azure error ApplicationGatewaySslPolicyPropertyPolicyTypeRequired",
});

/** [policy type, any of name, min version, ciphers given] */
export const tlsPolicyTypeRule = valueRule<[string | undefined, boolean]>(TLS_POLICY_TYPE, ([type, needsType]) =>
  type === undefined ? !needsType : ["Predefined", "Custom", "CustomV2"].includes(type),
);

/** The rules of this file, in the order the README lists them. */
export const TLS_VALUE_RULES: RuleInfo[] = [TLS_POLICY_NAME, TLS_MIN_VERSION, TLS_CIPHER, TLS_PROTOCOL, TLS_PREDEFINED_ONLY_NAME, TLS_DISABLED_PROTOCOLS, TLS_POLICY_TYPE];
