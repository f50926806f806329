// Value rules on diagnostics and migration settings of the gateway: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";

export const DIAGNOSTICS_WORKSPACE = defineRule({
  id: RuleId.DIAGNOSTICS_WORKSPACE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "publicIpDiagnostics only with a logAnalyticsWorkspaceId to send them to",
  source: "azurerm_monitor_diagnostic_setting: a destination is required",
});

/** [public IP diagnostics asked for, workspace given] */
export const diagnosticsWorkspaceRule = valueRule<[boolean, boolean]>(DIAGNOSTICS_WORKSPACE, ([asked, workspace]) => !asked || workspace);

export const MOVED_FROM = defineRule({
  id: RuleId.MOVED_FROM,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "movedFrom: AZURERM_WITH_PASSTHROUGH_PATCH with deployment: SINGLE_AZAPI_RESOURCE only (azapi can take over azurerm's state; azurerm cannot take over azapi's: use terraform state rm and import)",
  source: "azapi v2.12.0 MoveState (azurerm_application_gateway to azapi_resource); azurerm implements no MoveState for the gateway",
});

/** [deployment, moved from] */
export const movedFromRule = valueRule<[string, string | undefined]>(
  MOVED_FROM,
  ([to, from]) => from === undefined || (to === "single-azapi-resource" && from === "azurerm-with-passthrough-patch"),
);

/** The rules of this file, in the order the README lists them. */
export const GATEWAY_SETTINGS_VALUE_RULES: RuleInfo[] = [DIAGNOSTICS_WORKSPACE, MOVED_FROM];
