// Value rules on rewrite rule sets: header names, conditions, URL rewrites and limits: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { between } from "./common";

export const HEADER_NAME = defineRule({
  id: RuleId.HEADER,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a request header name of letters, digits and '-' (Application Gateway discards request headers with other characters before they reach the backend)",
  source: "Learn: rewrite-http-headers-url (request header names); RFC 9110 section 5.1",
});

export const headerNameRule = valueRule<string>(HEADER_NAME, (v) => /^[0-9A-Za-z-]+$/.test(v));

/** Headers a rewrite may not touch at all, and those it may not delete (set to ""). */
const UNREWRITABLE = ["x-original-host", "connection", "upgrade"];

const UNDELETABLE = ["host"];

export const REWRITE_HEADER = defineRule({
  id: RuleId.REWRITE_HEADER,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a header a rewrite may change: not X-Original-Host, Connection or Upgrade (in any case), and not Host where the rewrite deletes it (an empty value)",
  source:
    "Learn: rewrite-http-headers-url, Limitations (X-Original-Host, Connection and Upgrade headers cannot be rewritten; \"all headers ... except for the Connection, and Upgrade headers\"; the host header cannot be deleted)",
});

/** [header name, whether some rewrite sets it to "" (deletes it)] */
export const rewriteHeaderRule = valueRule<[string, boolean]>(REWRITE_HEADER, ([name, deletes]) => {
  const lower = name.toLowerCase();
  return !UNREWRITABLE.includes(lower) && !(deletes && UNDELETABLE.includes(lower));
});

// Rewrites (Learn: rewrite-http-headers-url; limits; azurerm v4.55.0 rewrite_rule_set).
export const RESPONSE_HEADER_NAME = defineRule({
  id: RuleId.RESPONSE_HEADER_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a response header name (RFC 9110 token: letters, digits and !#$%&'*+.^_`|~-)",
  source: "Learn: rewrite-http-headers-url (response header names per RFC 7230); RFC 9110 section 5.1",
});

export const responseHeaderNameRule = valueRule<string>(RESPONSE_HEADER_NAME, (v) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(v));

export const REWRITE_RULE_NAME = defineRule({
  id: RuleId.REWRITE_RULE_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a non-empty rewrite rule name, unique in its set",
  source: "azurerm v4.55.0 rewrite_rule.name (not empty); ARM ApplicationGatewayRewriteRule.name (unique)",
});

/** [name, already used in the set] */
export const rewriteRuleNameRule = valueRule<[string, boolean]>(REWRITE_RULE_NAME, ([name, taken]) => name.trim() !== "" && !taken);

export const REWRITE_SEQUENCE = defineRule({
  id: RuleId.REWRITE_SEQUENCE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 1000",
  source: "azurerm v4.55.0 rewrite_rule.rule_sequence: IntBetween(1, 1000)",
});

export const rewriteSequenceRule = valueRule<number>(REWRITE_SEQUENCE, between(1, 1000));

/** Server variables a rewrite condition may read (Learn: rewrite-http-headers-url, Server variables). */
const SERVER_VARIABLES = [
  "add_x_forwarded_for_proxy", "ciphers_supported", "ciphers_used", "client_ip", "client_port", "client_tcp_rtt", "client_user",
  "host", "http_method", "http_status", "http_version", "query_string", "received_bytes", "request_query", "request_scheme",
  "request_uri", "sent_bytes", "server_port", "ssl_connection_protocol", "ssl_enabled", "uri_path",
  "client_certificate", "client_certificate_end_date", "client_certificate_fingerprint", "client_certificate_issuer",
  "client_certificate_serial", "client_certificate_start_date", "client_certificate_subject", "client_certificate_verification",
];

export const REWRITE_CONDITION = defineRule({
  id: RuleId.REWRITE_CONDITION,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "http_req_<header>, http_resp_<header>, var_cookie_<name> or var_<server variable> (Application Gateway's list)",
  source: "Learn: rewrite-http-headers-url (Rewrite conditions; Server variables)",
});

export const rewriteConditionVariableRule = valueRule<string>(
  REWRITE_CONDITION,
  (v) => /^http_(req|resp)_[0-9A-Za-z-]+$/.test(v) || /^var_cookie_\w+$/.test(v) || SERVER_VARIABLES.map((x) => `var_${x}`).includes(v),
);

export const URL_REWRITE = defineRule({
  id: RuleId.URL_REWRITE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a URL rewrite with a path, a query string or both",
  source: "azurerm v4.55.0 expandApplicationGatewayRewriteRuleSet: \"at least one of `path` or `query_string` must be set\"",
});

export const urlRewriteRule = valueRule<boolean>(URL_REWRITE, (hasTarget) => hasTarget);

export const REWRITE_SET_LIMITS = defineRule({
  id: RuleId.REWRITE_SET_LIMITS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "at most 40 header or URL configurations and 40 conditions per rewrite rule set as you write it (on a route that forwards the client certificate, the set merged with the library's certificate rule is checked again at synth: AGW-LIMIT)",
  source: "Learn: azure-subscription-service-limits, Application Gateway limits (per rewrite rule set)",
});

/** [header and URL configurations, conditions] */
export const rewriteSetLimitsRule = valueRule<[number, number]>(REWRITE_SET_LIMITS, ([actions, conditions]) => actions <= 40 && conditions <= 40);

export const CERT_HEADER_UNIQUE = defineRule({
  id: RuleId.CERT_HEADER_UNIQUE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "one header per client-certificate field: no two fields of clientCertificateHeaders name the same header, compared ignoring case",
  source:
    "RFC 9110 section 5.1 (field names are case-insensitive); Learn: rewrite-http-headers-url (a header configuration sets one header: a second one of the same name overwrites the first field's value)",
});

/** [header name, whether another field already maps to it (ignoring case)] */
export const certHeaderUniqueRule = valueRule<[string, boolean]>(CERT_HEADER_UNIQUE, ([, taken]) => !taken);

/** The rules of this file, in the order the README lists them. */
export const REWRITES_VALUE_RULES: RuleInfo[] = [HEADER_NAME, REWRITE_HEADER, RESPONSE_HEADER_NAME, REWRITE_RULE_NAME, REWRITE_SEQUENCE, REWRITE_CONDITION, URL_REWRITE, REWRITE_SET_LIMITS, CERT_HEADER_UNIQUE];
