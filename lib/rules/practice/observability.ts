// Best-practice rules on logs and metrics (opt-in, warnings): pure functions of the gateway's view
// (rules/view.ts). practice/index.ts lists them.
import { RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { finding } from "../gateway/finding";
import { GatewayRule } from "../view";
import { practiceRule } from "./define";
import { wellArchitected } from "./anchors";

export const BP_DIAGNOSTICS = practiceRule(
  RuleId.BP_DIAGNOSTICS,
  "a diagnostic setting that sends the gateway's logs and metrics to a Log Analytics workspace (logAnalyticsWorkspaceId)",
  `${wellArchitected("Operational Excellence")}; Learn: application-gateway/application-gateway-diagnostics (https://learn.microsoft.com/azure/application-gateway/application-gateway-diagnostics)`,
);

export const diagnosticsToWorkspace: GatewayRule = (gw) =>
  gw.logAnalyticsWorkspaceId === undefined ? [finding(BP_DIAGNOSTICS, gw.scope, "logAnalyticsWorkspaceId", undefined)] : [];

/** The rules of this file, in the order docs/RULES.md lists them. */
export const PRACTICE_OBSERVABILITY_RULES: RuleInfo[] = [BP_DIAGNOSTICS];
