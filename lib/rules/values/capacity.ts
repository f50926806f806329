// Value rules on SKU, instance count, autoscale and zones: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { between } from "./common";

export const FIXED_CAPACITY = defineRule({
  id: RuleId.CAPACITY,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 125 instances on v2",
  source: "Learn: application-gateway-autoscaling-zone-redundant; azurerm CustomizeDiff",
});

export const fixedCapacityRule = valueRule<number>(FIXED_CAPACITY, between(1, 125));

export const AUTOSCALE_MIN = defineRule({
  id: RuleId.AUTOSCALE_MIN,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 0 to 100 (azurerm's bound; Azure allows 125)",
  source: "Learn: application-gateway-autoscaling-zone-redundant; azurerm autoscale_configuration.min_capacity",
});

export const autoscaleMinRule = valueRule<number>(AUTOSCALE_MIN, between(0, 100));

export const AUTOSCALE_MAX = defineRule({
  id: RuleId.AUTOSCALE_MAX,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 2 to 125",
  source: "Learn: application-gateway-autoscaling-zone-redundant; ARM spec ApplicationGatewayAutoscaleConfiguration",
});

export const autoscaleMaxRule = valueRule<number>(AUTOSCALE_MAX, between(2, 125));

export const AUTOSCALE_ORDER = defineRule({
  id: RuleId.AUTOSCALE_ORDER,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "maxCapacity greater than or equal to minCapacity",
  source: "Learn: application-gateway-autoscaling-zone-redundant; ARM spec ApplicationGatewayAutoscaleConfiguration",
});

export const autoscaleOrderRule = valueRule<[number, number]>(AUTOSCALE_ORDER, ([min, max]) => isUnknown(min) || isUnknown(max) || min <= max);

export const WAF_SKU = defineRule({
  id: RuleId.WAF_SKU,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a firewall policy only on a WAF_v2 gateway",
  source: "Learn: application-gateway-waf-configuration; azurerm docs, firewall_policy_id",
});

/** Checked with the gateway's SKU when a firewall policy is given. */
export const wafSkuRule = valueRule<string>(WAF_SKU, (sku) => sku === "WAF_v2");

export const SKU = defineRule({
  id: RuleId.SKU,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "Standard_v2 or WAF_v2 (the v1 SKUs were retired on 2026-04-28; mutual TLS and header rewrites are v2 only)",
  source: "Learn: Application Gateway v1 retirement; mutual-authentication-overview",
});

export const skuRule = valueRule<string>(SKU, (v) => v === "Standard_v2" || v === "WAF_v2");

export const ZONES = defineRule({
  id: RuleId.ZONES,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "availability zones among \"1\", \"2\", \"3\", each once",
  source: "Learn: application-gateway-autoscaling-zone-redundant; ARM zones; configuration-frontend-ip (the public IP takes the same zones)",
});

export const zonesRule = valueRule<string[]>(ZONES, (v) => v.every((z) => isUnknown(z) || ["1", "2", "3"].includes(z)) && new Set(v).size === v.length);

/** The rules of this file, in the order the README lists them. */
export const CAPACITY_VALUE_RULES: RuleInfo[] = [FIXED_CAPACITY, AUTOSCALE_MIN, AUTOSCALE_MAX, AUTOSCALE_ORDER, WAF_SKU, SKU, ZONES];
