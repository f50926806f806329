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

/** The rules of this file, in the order the README lists them. */
export const BACKENDS_VALUE_RULES: RuleInfo[] = [BACKEND_PORT, REQUEST_TIMEOUT, FQDN, IP_ADDRESS, HOST_NAME_PICK, TRUSTED_ROOT];
