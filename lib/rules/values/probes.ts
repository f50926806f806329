// Value rules on health probes: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { between } from "./common";

export const PROBE_INTERVAL = defineRule({
  id: RuleId.PROBE_TIMING,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer number of seconds from 1 to 86400",
  source: "ARM spec ApplicationGatewayProbePropertiesFormat.interval/timeout",
});

export const probeSecondsRule = valueRule<number>(PROBE_INTERVAL, between(1, 86400));

export const PROBE_THRESHOLD = defineRule({
  id: RuleId.PROBE_THRESHOLD,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 20",
  source: "ARM spec ApplicationGatewayProbePropertiesFormat.unhealthyThreshold",
});

export const probeThresholdRule = valueRule<number>(PROBE_THRESHOLD, between(1, 20));

export const PROBE_STATUS = defineRule({
  id: RuleId.PROBE_STATUS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "one or more HTTP status codes (100–599) or ranges of them such as 200-399, low to high",
  source:
    "ARM spec ApplicationGatewayProbeHealthResponseMatch.statusCodes (allowed ranges of healthy status codes); Learn: application-gateway-probe-overview (single codes or a range); azurerm v4.55.0 match.status_code (required); RFC 9110 section 15 (100–599)",
});

/** `200`, or `200-399` with the low end first. */
function statusCodeOrRange(entry: string): boolean {
  const m = /^([1-5]\d\d)(?:-([1-5]\d\d))?$/.exec(entry);
  return m !== null && (m[2] === undefined || Number(m[1]) <= Number(m[2]));
}

export const probeStatusCodesRule = valueRule<string[]>(PROBE_STATUS, (codes) => codes.length > 0 && codes.every((c) => isUnknown(c) || statusCodeOrRange(c)));

export const PROBE_PATH = defineRule({
  id: RuleId.PROBE_PATH,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a path starting with '/'",
  source: "Learn: application-gateway-probe-overview (custom probe path)",
});

export const probePathRule = valueRule<string>(PROBE_PATH, (v) => v.startsWith("/"));

export const PROBE_PORT = defineRule({
  id: RuleId.PROBE_PORT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 65535",
  source:
    "ARM spec ApplicationGatewayProbePropertiesFormat.port (minimum 1, maximum 65535); azurerm v4.55.0 probe.port (validate.PortNumber); Learn: application-gateway-probe-overview (a custom probe port, v2 SKUs)",
});

export const probePortRule = valueRule<number>(PROBE_PORT, between(1, 65535));

export const PROBE_MIN_SERVERS = defineRule({
  id: RuleId.PROBE_MIN_SERVERS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer of 0 or more (servers always marked healthy)",
  source: "ARM REST reference ApplicationGatewayProbe.minServers (integer: the minimum number of servers that are always marked healthy; default 0); azurerm v4.55.0 probe.minimum_servers (Default 0)",
});

export const probeMinServersRule = valueRule<number>(PROBE_MIN_SERVERS, (v) => Number.isInteger(v) && v >= 0);

/** The rules of this file, in the order the README lists them. */
export const PROBES_VALUE_RULES: RuleInfo[] = [PROBE_INTERVAL, PROBE_THRESHOLD, PROBE_STATUS, PROBE_PATH, PROBE_PORT, PROBE_MIN_SERVERS];
