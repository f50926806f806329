// Value rules on routing targets, path patterns and redirects: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";

// Routing (Learn: url-route-overview, redirect-overview; azurerm expand functions).
export const ROUTE_TARGET = defineRule({
  id: RuleId.ROUTE_TARGET,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "either a backend pool with backend settings (and your rewrites, if any), or a redirect without rewrites: exactly one of the two",
  source:
    "azurerm v4.55.0 request_routing_rule / url_path_map expanders (conflict between backend_address_pool_name and redirect_configuration_name); Azure errors for path maps without a default; Learn: rewrite-http-headers-url (rewrites aren't supported with redirects)",
});

/** [backend pool given, backend settings given, redirect given, rewrites given] */
export const routeTargetRule = valueRule<[boolean, boolean, boolean, boolean]>(ROUTE_TARGET, ([pool, settings, redirect, rewrites]) =>
  redirect ? !pool && !settings && !rewrites : pool && settings,
);

export const PATH_PATTERN = defineRule({
  id: RuleId.PATH_PATTERN,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a path starting with '/', with '*' only as its last character and no '?' or '#'; unique within its path map",
  source: "Learn: url-route-overview (PathPattern); Azure error ApplicationGatewayPathsWithinUrlPathMapMustBeUnique",
});

/** [path, already used in the map] */
export const pathPatternRule = valueRule<[string, boolean]>(
  PATH_PATTERN,
  ([path, taken]) => !taken && path.startsWith("/") && !/[?#]/.test(path) && !path.slice(0, -1).includes("*"),
);

export const REDIRECT_URL = defineRule({
  id: RuleId.REDIRECT_URL,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an absolute http:// or https:// URL to an external site",
  source: "Learn: redirect-overview (redirection to an external site); RFC 3986",
});

export const redirectUrlRule = valueRule<string>(REDIRECT_URL, (v) => {
  try {
    const url = new URL(v);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
});

/** The rules of this file, in the order the README lists them. */
export const ROUTING_VALUE_RULES: RuleInfo[] = [ROUTE_TARGET, PATH_PATTERN, REDIRECT_URL];
