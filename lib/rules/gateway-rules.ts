// Rules that need more than one part of the gateway. Each is a pure function of
// the gateway's parts (cdk-nag style: one rule, one function) and is run by the
// gateway's `node.addValidation`, so a synth lists every problem at once.
import { isV2Sku } from "../sku";
import { Finding, GatewayRule, GatewayView } from "./gateway-view";
import { defineRule, isUnknown, Severity } from "./rule";

export const MTLS_SKU = defineRule({
  id: "AGW-MTLS-SKU",
  severity: Severity.ERROR,
  allowed: "an SSL profile with client authentication (strict or passthrough) only on Standard_v2 or WAF_v2",
  source: "Learn: mutual-authentication-overview",
});
export const mtlsNeedsV2Sku: GatewayRule = (gw) =>
  isV2Sku(gw.sku)
    ? []
    : gw.sslProfiles
        .filter((p) => p.clientAuthentication.mode !== undefined)
        .map((p) => ({ rule: MTLS_SKU, scope: p, prop: "clientAuthentication", value: p.clientAuthentication.mode }));

export const REFERENCE = defineRule({
  id: "AGW-REF",
  severity: Severity.ERROR,
  allowed: "a part created on this gateway (with its add* methods)",
  source: "ARM: sub-resource ids must point into the same gateway",
});
export const referencesResolve: GatewayRule = (gw) => {
  const owned = (part: { node: { scope?: { node: { scope?: unknown } } } } | undefined) =>
    part === undefined || part.node.scope?.node.scope === gw.scope;
  const findings: Finding[] = [];
  const check = (scope: Finding["scope"], prop: string, part: { name: string; node: { scope?: any } } | undefined) => {
    if (!owned(part)) findings.push({ rule: REFERENCE, scope, prop, value: part!.name });
  };
  for (const l of gw.listeners) check(l, "sslProfile", l.sslProfile);
  for (const r of gw.routingRules) {
    check(r, "listener", r.listener);
    check(r, "backendPool", r.backendPool);
    check(r, "backendSettings", r.backendSettings);
  }
  return findings;
};

export const PRIORITY_UNIQUE = defineRule({
  id: "AGW-PRIORITY-UNIQUE",
  severity: Severity.ERROR,
  allowed: "a priority no other routing rule of this gateway has",
  source: "ARM spec ApplicationGatewayRequestRoutingRulePropertiesFormat.priority; azurerm docs",
});
export const prioritiesUnique: GatewayRule = (gw) => duplicates(gw.routingRules, (r) => r.priority)
  .map((r) => ({ rule: PRIORITY_UNIQUE, scope: r, prop: "priority", value: r.priority }));

export const REQUIRED_PARTS = defineRule({
  id: "AGW-REQUIRED",
  severity: Severity.ERROR,
  allowed: "at least one HTTPS listener, backend pool, backend settings and routing rule",
  source: "azurerm_application_gateway: http_listener, backend_address_pool, backend_http_settings, request_routing_rule are required blocks",
});
export const requiredPartsPresent: GatewayRule = (gw) =>
  (
    [
      ["listeners", gw.listeners.length],
      ["backendPools", gw.backendPools.length],
      ["backendSettings", gw.backendSettings.length],
      ["routingRules", gw.routingRules.length],
    ] as const
  )
    .filter(([, count]) => count === 0)
    .map(([prop]) => ({ rule: REQUIRED_PARTS, scope: gw.scope, prop, value: [] }));

export const SECRET_LITERAL = defineRule({
  id: "AGW-SECRET",
  severity: Severity.ERROR,
  allowed:
    "a Terraform expression (a sensitive TerraformVariable, a Key Vault reference, Fn.filebase64(...)): a literal would be written in clear into cdk.tf.json",
  source: "this library's secrets policy; Terraform docs, sensitive input variables",
});
export const secretsAreNotLiterals: GatewayRule = (gw) =>
  gw.listeners
    .filter((l) => l.certificate._secretValues.some((v) => !isUnknown(v)))
    .map((l) => ({ rule: SECRET_LITERAL, scope: l, prop: "certificate", value: HIDDEN }));

/** Shown instead of a secret value in a message. */
export const HIDDEN = "(a literal, not shown)";

/** Every element after the first that shares its key with an earlier one. */
export function duplicates<T, K>(items: T[], key: (item: T) => K): T[] {
  const seen = new Set<K>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}

/** Every cross-part rule, in the order they run. */
export const GATEWAY_RULES: GatewayRule[] = [
  requiredPartsPresent,
  mtlsNeedsV2Sku,
  referencesResolve,
  prioritiesUnique,
  secretsAreNotLiterals,
];

export function checkGateway(gw: GatewayView): Finding[] {
  return GATEWAY_RULES.flatMap((rule) => rule(gw));
}
