// Value rules on backend pools and backend settings: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { isIpv4 } from "../cidr";
import { between } from "./common";

export const BACKEND_PORT = defineRule({
  id: RuleId.BACKEND_PORT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 65535",
  source: "ARM spec ApplicationGatewayBackendHttpSettingsPropertiesFormat.port",
});

export const backendPortRule = valueRule<number>(BACKEND_PORT, between(1, 65535));

export const REQUEST_TIMEOUT = defineRule({
  id: RuleId.TIMEOUT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer number of seconds from 1 to 86400",
  source: "azurerm docs, backend_http_settings.request_timeout",
});

export const requestTimeoutRule = valueRule<number>(REQUEST_TIMEOUT, between(1, 86400));

const LABEL = "(?!-)[A-Za-z0-9-]{1,63}(?<!-)";

const FQDN_PATTERN = new RegExp(`^(?=.{1,253}$)(${LABEL}\\.)*(?!\\d+$)${LABEL}\\.?$`);

export const FQDN = defineRule({
  id: RuleId.FQDN,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a DNS name of dot-separated labels (1–63 letters, digits or '-', not starting or ending with '-'), 253 characters at most",
  source: "RFC 1123 section 2.1; ARM spec ApplicationGatewayBackendAddress.fqdn",
});

export const fqdnRule = valueRule<string>(FQDN, (v) => FQDN_PATTERN.test(v));

export const IP_ADDRESS = defineRule({
  id: RuleId.IP,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an IPv4 address such as 10.0.2.4",
  source: "ARM spec ApplicationGatewayBackendAddress.ipAddress",
});

export const ipAddressRule = valueRule<string>(IP_ADDRESS, isIpv4);

export const HOST_NAME_PICK = defineRule({
  id: RuleId.HOST_NAME_PICK,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "either hostName or pickHostNameFromBackendAddress: true, not both",
  source:
    "azurerm application_gateway_resource.go (expandApplicationGatewayBackendHTTPSettings): \"Only one of host_name or pick_host_name_from_backend_address can be set\"",
});

/** [host name given, pick asked for] */
export const hostNamePickRule = valueRule<[boolean, boolean]>(HOST_NAME_PICK, ([host, pick]) => !(host && pick));

export const TRUSTED_ROOT = defineRule({
  id: RuleId.TRUSTED_ROOT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "trusted root certificates only on Https backend settings",
  source: "Learn: end-to-end-ssl-portal; ARM ApplicationGatewayBackendHttpSettingsPropertiesFormat.trustedRootCertificates",
});

/** [protocol is Https, trusted roots given] */
export const trustedRootRule = valueRule<[boolean, boolean]>(TRUSTED_ROOT, ([https, roots]) => https || !roots);

export const CONNECTION_DRAINING = defineRule({
  id: RuleId.CONNECTION_DRAINING,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer number of seconds from 1 to 3600",
  source:
    "ARM spec ApplicationGatewayConnectionDraining.drainTimeoutInSec (minimum 1, maximum 3600); azurerm v4.55.0 backend_http_settings.connection_draining.drain_timeout_sec (validation.IntBetween(1, 3600))",
});

export const connectionDrainingRule = valueRule<number>(CONNECTION_DRAINING, between(1, 3600));

// RFC 6265 section 4.1.1: cookie-name = token (RFC 2616 section 2.2): visible ASCII without separators.
const COOKIE_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export const AFFINITY_COOKIE = defineRule({
  id: RuleId.AFFINITY_COOKIE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a cookie name (letters, digits and !#$%&'*+-.^_`|~, no spaces, '=', ';' or other separators), set together with cookieBasedAffinity: true",
  source:
    "Learn: configuration-http-settings (cookie-based affinity: the affinity cookie name replaces ApplicationGatewayAffinity); RFC 6265 section 4.1.1 (cookie-name is an RFC 2616 token); azurerm v4.55.0 backend_http_settings.affinity_cookie_name (validation.StringIsNotEmpty)",
});

/** The cookie name, and whether cookie-based affinity is on (a name without affinity would be inert). */
export const affinityCookieRule = valueRule<[string, boolean]>(AFFINITY_COOKIE, ([name, affinity]) => affinity && COOKIE_TOKEN.test(name));

export const BACKEND_PATH = defineRule({
  id: RuleId.BACKEND_PATH,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a path starting with '/' (the prefix the gateway puts before the request's path)",
  source:
    "Learn: configuration-http-settings (override backend path); azurerm v4.76.0 backend_http_settings.path (validation.StringStartsWithOneOf(\"/\")); hashicorp/terraform-provider-azurerm#32569",
});

export const backendPathRule = valueRule<string>(BACKEND_PATH, (v) => v.startsWith("/"));

/** The rules of this file, in the order the README lists them. */
export const BACKENDS_VALUE_RULES: RuleInfo[] = [BACKEND_PORT, REQUEST_TIMEOUT, FQDN, IP_ADDRESS, HOST_NAME_PICK, TRUSTED_ROOT, CONNECTION_DRAINING, AFFINITY_COOKIE, BACKEND_PATH];
