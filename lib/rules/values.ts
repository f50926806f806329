// Rules on single prop values. Each is checked where the value is given, and a
// value that breaks one throws at once: it can never be valid, whatever else the
// stack holds.
import { defineRule, Severity, valueRule } from "./rule";

const between = (min: number, max: number) => (v: number) => Number.isInteger(v) && v >= min && v <= max;

export const FRONTEND_PORT = defineRule({
  id: "AGW-PORT",
  severity: Severity.ERROR,
  allowed: "an integer from 1 to 65199 (65200–65535 are reserved for the v2 infrastructure)",
  source: "Learn: application-gateway-components, Ports",
});
export const frontendPortRule = valueRule<number>(FRONTEND_PORT, between(1, 65199));

export const BACKEND_PORT = defineRule({
  id: "AGW-BACKEND-PORT",
  severity: Severity.ERROR,
  allowed: "an integer from 1 to 65535",
  source: "ARM spec ApplicationGatewayBackendHttpSettingsPropertiesFormat.port",
});
export const backendPortRule = valueRule<number>(BACKEND_PORT, between(1, 65535));

export const REQUEST_TIMEOUT = defineRule({
  id: "AGW-TIMEOUT",
  severity: Severity.ERROR,
  allowed: "an integer number of seconds from 1 to 86400",
  source: "azurerm docs, backend_http_settings.request_timeout",
});
export const requestTimeoutRule = valueRule<number>(REQUEST_TIMEOUT, between(1, 86400));

export const PRIORITY = defineRule({
  id: "AGW-PRIORITY",
  severity: Severity.ERROR,
  allowed: "an integer from 1 to 20000",
  source: "ARM spec ApplicationGatewayRequestRoutingRulePropertiesFormat.priority; azurerm docs",
});
export const priorityRule = valueRule<number>(PRIORITY, between(1, 20000));

export const NAME = defineRule({
  id: "AGW-NAME",
  severity: Severity.ERROR,
  allowed:
    "1–80 characters of letters, digits, '_', '.', '-', starting with a letter or digit and ending with a letter, digit or '_'",
  source: "Learn: resource-name-rules, Microsoft.Network applicationGateways (and their child names)",
});
export const nameRule = valueRule<string>(NAME, (v) => /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/.test(v));

export const FIXED_CAPACITY = defineRule({
  id: "AGW-CAPACITY",
  severity: Severity.ERROR,
  allowed: "an integer from 1 to 125 instances on v2",
  source: "Learn: application-gateway-autoscaling-zone-redundant; azurerm CustomizeDiff",
});
export const fixedCapacityRule = valueRule<number>(FIXED_CAPACITY, between(1, 125));

export const AUTOSCALE_MIN = defineRule({
  id: "AGW-AUTOSCALE-MIN",
  severity: Severity.ERROR,
  allowed: "an integer from 0 to 100 (azurerm's bound; Azure allows 125)",
  source: "Learn: application-gateway-autoscaling-zone-redundant; azurerm autoscale_configuration.min_capacity",
});
export const autoscaleMinRule = valueRule<number>(AUTOSCALE_MIN, between(0, 100));

export const AUTOSCALE_MAX = defineRule({
  id: "AGW-AUTOSCALE-MAX",
  severity: Severity.ERROR,
  allowed: "an integer from 2 to 125",
  source: "Learn: application-gateway-autoscaling-zone-redundant; ARM spec ApplicationGatewayAutoscaleConfiguration",
});
export const autoscaleMaxRule = valueRule<number>(AUTOSCALE_MAX, between(2, 125));
