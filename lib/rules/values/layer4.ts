// Value rules on layer-4 (TCP/TLS proxy) parts: each is checked where the value is given and
// throws (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";

export const L4_TLS_ONLY = defineRule({
  id: RuleId.L4_TLS_ONLY,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "hostName (the server name sent to the backend) and trustedRootCertificates only on Tls layer-4 backend settings, not Tcp",
  source:
    "azurerm v4.73.0 application_gateway_resource.go, applicationGatewayCustomizeDiff (\"`host_name` cannot be set when `protocol` is `Tcp` for `backend`\"); ARM spec 2025-03-01 ApplicationGatewayBackendSettingsPropertiesFormat (hostName: server name indication sent to the backend; trustedRootCertificates of a TLS backend)",
});

/** [protocol is Tls, the TLS-only setting is given] */
export const l4TlsOnlyRule = valueRule<[boolean, boolean]>(L4_TLS_ONLY, ([tls, given]) => tls || !given);

/** The rules of this file, in the order the README lists them. */
export const LAYER4_VALUE_RULES: RuleInfo[] = [L4_TLS_ONLY];
