// Cross-part rules on backend settings and their probes: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { GatewayRule } from "../view";
import { finding } from "./finding";

export const PROBE_HOST = defineRule({
  id: RuleId.PROBE_HOST,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "a probe that takes its host from backend settings only when those settings have a hostName or pick it from the backend (FQDN pools); else give the probe a host",
  source: "Learn: application-gateway-probe-overview; application-gateway-web-app-overview",
});

export const probesHaveHost: GatewayRule = (gw) => {
  const picks = new Set(gw.model.backendHttpSettingsCollection.filter((s) => s.pickHostNameFromBackendAddress).map((s) => s.name));
  return gw.backendSettings
    .filter((s) => s.healthProbe !== undefined && s.healthProbe.host === undefined)
    .filter((s) => s.hostName === undefined && !picks.has(s.name))
    .map((s) => finding(PROBE_HOST, s, "healthProbe.host", undefined));
};

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_BACKENDS_RULES: RuleInfo[] = [PROBE_HOST];
