// Value rules on listener ports, priorities, host names and custom error pages: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { between } from "./common";

export const FRONTEND_PORT = defineRule({
  id: RuleId.PORT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 65199 (65200–65535 are reserved for the v2 infrastructure)",
  source: "Learn: application-gateway-components, Ports",
});

export const frontendPortRule = valueRule<number>(FRONTEND_PORT, between(1, 65199));

export const PRIORITY = defineRule({
  id: RuleId.PRIORITY,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 20000",
  source: "ARM spec ApplicationGatewayRequestRoutingRulePropertiesFormat.priority; azurerm docs",
});

export const priorityRule = valueRule<number>(PRIORITY, between(1, 20000));

export const HOST_NAME_COUNT = defineRule({
  id: RuleId.HOSTNAMES,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "at most 5 host names per listener",
  source: "Learn: application-gateway limits (host names per listener)",
});

export const hostNameCountRule = valueRule<string[]>(HOST_NAME_COUNT, (v) => v.length <= 5);

const WILDCARD_LABEL = "[A-Za-z0-9*?-]{1,63}";

const HOST_PATTERN = new RegExp(`^(?=.{1,253}$)(${WILDCARD_LABEL}\\.)*${WILDCARD_LABEL}$`);

/**
 * Learn multiple-site-overview, "Conditions for using wildcard characters": '*'
 * at most once per label and twice per name, at most 4 wildcards ('*' and '?')
 * per name, and '*' never in one label with '?' or another '*'.
 */
function wildcardsAllowed(host: string): boolean {
  const count = (re: RegExp) => (host.match(re) ?? []).length;
  const labels = host.split(".");
  return (
    count(/\*/g) <= 2 &&
    count(/[*?]/g) <= 4 &&
    labels.every((label) => (label.match(/\*/g) ?? []).length <= 1 && !(label.includes("*") && label.includes("?")))
  );
}

export const HOST_NAME = defineRule({
  id: RuleId.HOSTNAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a host name of letters, digits, '-' and '.' (253 characters at most, labels of 1–63), with wildcards: '*' at most once per label and twice per name, '*' and '?' at most 4 per name, never '*' with '?' or '*' in one label",
  source: "Learn: multiple-site-overview, Wildcard host names in listener; RFC 1035 section 2.3.4 (name and label lengths)",
});

export const hostNameRule = valueRule<string>(HOST_NAME, (v) => HOST_PATTERN.test(v) && wildcardsAllowed(v));

export const FORWARD_WITHOUT_MTLS = defineRule({
  id: RuleId.FORWARD_MTLS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "forwardClientCertificate only on a listener whose SSL profile authenticates clients (passthrough or strict)",
  source: "Learn: rewrite-http-headers-url (mutual authentication server variables are set only with mTLS)",
});

/** Checked with "does the listener request a client certificate" when forwarding is asked for. */
export const forwardNeedsMtlsRule = valueRule<boolean>(FORWARD_WITHOUT_MTLS, (requestsCertificate) => requestsCertificate);

export const CUSTOM_ERROR = defineRule({
  id: RuleId.CUSTOM_ERROR,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a custom error page for 400, 403, 405, 408, 500, 502, 503 or 504 (404 is not supported), at an https:// URL ending in .htm or .html, each code once per gateway or listener",
  source: "Learn: custom-error (Supported response codes; the page must be .htm or .html, publicly accessible)",
});

const ERROR_CODES = ["HttpStatus400", "HttpStatus403", "HttpStatus405", "HttpStatus408", "HttpStatus500", "HttpStatus502", "HttpStatus503", "HttpStatus504"];

/** [status code, URL, code already used at this level] */
export const customErrorRule = valueRule<[string, string, boolean]>(CUSTOM_ERROR, ([code, url, taken]) => {
  if (taken || !ERROR_CODES.includes(code)) return false;
  if (isUnknown(url)) return true;
  try {
    const u = new URL(url);
    return u.protocol === "https:" && /\.html?$/i.test(u.pathname);
  } catch {
    return false;
  }
});

export const SNI_HOST_NAMES = defineRule({
  id: RuleId.SNI_HOST_NAMES,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "requireSni only on a multi-site listener: one with host names (a basic listener answers every host and has no name to match SNI against)",
  source:
    "ARM Microsoft.Network 2025-03-01 ApplicationGatewayHttpListenerPropertiesFormat.requireServerNameIndication (\"Enables SNI for multi-hosting\"); Learn: multiple-site-overview, configuration-listeners (SNI selects among multi-site listeners by host name)",
});

/** [requireSni, the listener's host names] */
export const sniHostNamesRule = valueRule<[boolean, string[]]>(SNI_HOST_NAMES, ([sni, hosts]) => !sni || hosts.length > 0);

/** The rules of this file, in the order the README lists them. */
export const LISTENERS_VALUE_RULES: RuleInfo[] = [FRONTEND_PORT, PRIORITY, HOST_NAME_COUNT, HOST_NAME, FORWARD_WITHOUT_MTLS, CUSTOM_ERROR, SNI_HOST_NAMES];
