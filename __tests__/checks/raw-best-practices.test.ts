// The best-practice rules on raw gateways read the gateway as it is, not as the library would
// build it: its classic inline WAF configuration (the library writes none), no WAF policy where
// it has none (the scratch gateway the checks build would create one), and the workspace of a
// diagnostic setting declared beside it in the stack.
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { TerraformResource } from "cdktf";
import { WORKSPACE_ID } from "../support/stack";
import { KINDS, Kind, SEED_FORWARDING, checkedGateway, synthReports } from "./raw-builders";

const WAF_SKU = { name: "WAF_v2", tier: "WAF_v2", capacity: 2 };

/** The gateway on WAF_v2 with a classic inline WAF configuration, in that mode, a rule group turned off. */
function withClassicWaf(kind: Kind, gateway: TerraformResource, mode: string) {
  if (kind === "azurerm") {
    gateway.addOverride("sku", WAF_SKU);
    gateway.addOverride("waf_configuration", {
      enabled: true,
      firewall_mode: mode,
      rule_set_type: "OWASP",
      rule_set_version: "3.2",
      disabled_rule_group: [{ rule_group_name: "REQUEST-942-APPLICATION-ATTACK-SQLI", rules: [942150] }],
    });
  } else {
    gateway.addOverride("body.properties.sku", WAF_SKU);
    gateway.addOverride("body.properties.webApplicationFirewallConfiguration", {
      enabled: true,
      firewallMode: mode,
      ruleSetType: "OWASP",
      ruleSetVersion: "3.2",
      disabledRuleGroups: [{ ruleGroupName: "REQUEST-942-APPLICATION-ATTACK-SQLI", rules: [942150] }],
    });
  }
}

const ruleIds = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId);

describe.each(KINDS)("on a raw %s gateway", (kind) => {
  test("a classic WAF configuration in Detection mode is judged as it is: not a policy, not preventing, a rule turned off", () => {
    const checked = checkedGateway(kind, SEED_FORWARDING, { bestPractices: true });
    withClassicWaf(kind, checked.gateway, "Detection");
    const reported = synthReports(checked);
    expect(ruleIds(reported.findings)).toEqual(expect.arrayContaining(["AGW-BP-WAF-POLICY", "AGW-BP-WAF-PREVENTION", "AGW-BP-WAF-RULES"]));
    expect(reported.findings.find((f) => f.ruleId === "AGW-BP-WAF-RULES")!.message).toContain("REQUEST-942-APPLICATION-ATTACK-SQLI/942150");
    // The gateway has no WAF policy: none is judged (the library would have created one).
    expect(ruleIds(reported.findings)).not.toContain("AGW-BP-WAF-RULE-SETS");
    expect(reported.errors).toEqual([]);
  });

  test("the same in Prevention mode: no finding of Prevention", () => {
    const checked = checkedGateway(kind, SEED_FORWARDING, { bestPractices: true });
    withClassicWaf(kind, checked.gateway, "Prevention");
    expect(ruleIds(synthReports(checked).findings)).not.toContain("AGW-BP-WAF-PREVENTION");
  });

  test("a diagnostic setting beside it, sending to a workspace, satisfies AGW-BP-DIAGNOSTICS; without one it is reported", () => {
    expect(ruleIds(synthReports(checkedGateway(kind, SEED_FORWARDING, { bestPractices: true })).findings)).toContain("AGW-BP-DIAGNOSTICS");
    const checked = checkedGateway(kind, SEED_FORWARDING, { bestPractices: true });
    new MonitorDiagnosticSetting(checked.stack, "Diagnostics", {
      name: "diag-mtlsAppGw",
      targetResourceId: checked.gateway.getStringAttribute("id"),
      logAnalyticsWorkspaceId: WORKSPACE_ID,
      enabledLog: [{ categoryGroup: "allLogs" }],
    });
    expect(ruleIds(synthReports(checked).findings)).not.toContain("AGW-BP-DIAGNOSTICS");
  });
});
