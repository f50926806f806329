// The opt-in best-practice rules (lib/rules/practice/): every one fires as a warning on a bad
// gateway and stays silent on its boundary, never runs by default, and the examples get the
// findings the table below says. Cases sit beside their topic, as rules.test.ts has them:
// the rule lib/rules/practice/<topic>.ts defines has its cases in practice/<topic>.cases.ts.
import * as fs from "fs";
import * as path from "path";
import { TerraformStack, TerraformVariable } from "cdktf";
import { RuleInfo, Severity } from "../../lib/core/rule";
import { RULES } from "../../lib/rules/registry";
import { ANCHORS_COVERED_BY_DEFAULT_RULES, BEST_PRACTICE_CHECKS, BEST_PRACTICE_RULES } from "../../lib/rules/practice";
import { problems } from "../support/rule-cases";
import { gatewayPracticeFindings, gatewaysOf, PracticeCase, PracticeCases, practiceFindings } from "../support/practice-cases";
import { testStack } from "../support/stack";
import { defaultDeploymentRefused, STACKS } from "../support/stacks";
import { GatewayCapacity, GatewayDeployment, GatewaySku, WafPolicy } from "../../lib";
import { GatewayView } from "../../lib/rules/view";
import { expression, passthroughGateway, WAF_POLICY_ID } from "../support/stack";

const LIB_PRACTICE = path.resolve(__dirname, "../../lib/rules/practice");
const CASES_DIR = path.join(__dirname, "practice");

/** Topic ("availability") of every rule, from the module under lib/rules/practice/ that exports its RuleInfo (index.ts re-lists them). */
function definingTopics(rules: readonly RuleInfo[]): Map<string, string> {
  const topics = new Map<string, string>();
  for (const file of fs.readdirSync(LIB_PRACTICE).filter((f) => f.endsWith(".ts") && f !== "index.ts")) {
    for (const value of Object.values(require(path.join(LIB_PRACTICE, file)) as Record<string, unknown>)) {
      const rule = rules.find((r) => r === value);
      if (rule) topics.set(rule.id, file.replace(/\.ts$/, ""));
    }
  }
  return topics;
}

const FILES = new Map<string, PracticeCases>(
  fs.readdirSync(CASES_DIR).filter((f) => f.endsWith(".cases.ts")).map((f) => [f.replace(/\.cases\.ts$/, ""), require(path.join(CASES_DIR, f)).CASES]),
);
const TOPICS = definingTopics(BEST_PRACTICE_RULES);
const CASES: { [rule: string]: PracticeCase } = {};
for (const cases of FILES.values()) Object.assign(CASES, cases);

/** A stack built by `build`, synthesized without errors (a bad best practice is still a valid gateway). */
function built(build: (s: TerraformStack) => void): TerraformStack {
  const stack = testStack();
  expect(problems(build, stack).errors).toBe("");
  return stack;
}

describe("the best-practice cases", () => {
  test("every best-practice rule is defined in a topic module under lib/rules/practice, and its cases sit in that topic's cases file", () => {
    expect(BEST_PRACTICE_RULES.filter((r) => !TOPICS.has(r.id)).map((r) => r.id)).toEqual([]);
    const misplaced = [...FILES].flatMap(([file, cases]) => Object.keys(cases).filter((id) => TOPICS.get(id) !== file).map((id) => `${id} in ${file}.cases.ts`));
    expect(misplaced).toEqual([]);
  });

  test("every best-practice rule has a firing and a silent case, and no cases file names another id", () => {
    expect(BEST_PRACTICE_RULES.map((r) => r.id).sort()).toEqual(Object.keys(CASES).sort());
    for (const c of Object.values(CASES)) expect(c.good.length).toBeGreaterThan(0);
  });

  test("every check reports on some bad case: no check in BEST_PRACTICE_CHECKS is dead", () => {
    const views = Object.values(CASES).flatMap((c) => gatewaysOf(built(c.bad)).map((gw) => (c.badView ?? ((v) => v))(gw._view())));
    expect(BEST_PRACTICE_CHECKS.map((check, i) => [i, views.some((v) => check(v).length > 0)]).filter(([, fires]) => !fires)).toEqual([]);
  });

  test("they are warnings, and none is a default rule: the registry's rules and the default checks stay as they are", () => {
    expect(BEST_PRACTICE_RULES.filter((r) => r.severity !== Severity.WARNING).map((r) => r.id)).toEqual([]);
    expect(BEST_PRACTICE_RULES.filter((r) => RULES.some((d) => d.id === r.id)).map((r) => r.id)).toEqual([]);
  });

  test("each source cites a PSRule.Rules.Azure rule or the Well-Architected service guide, with its URL", () => {
    for (const r of BEST_PRACTICE_RULES) expect(r.source).toMatch(/(PSRule\.Rules\.Azure Azure\.AppGw\w*\.\w+|Well-Architected service guide for Application Gateway, [\w ]+) \(https:\/\//);
  });

  test("the anchors the default rules already cover name rules of the registry", () => {
    const ids = ANCHORS_COVERED_BY_DEFAULT_RULES.flatMap((a) => a.rules);
    expect(ids.filter((id) => !RULES.some((r) => r.id === id))).toEqual([]);
  });
});

describe.each(BEST_PRACTICE_RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  test("fires as a warning on the bad gateway, with path, prop, value and what is allowed; not by default", () => {
    const stack = built(CASES[id].bad);
    const line = practiceFindings(stack, CASES[id].badView).find((l) => l.includes(`[${id}]`));
    expect(line).toBeDefined();
    expect(line).toMatch(/^test\/[^:]*: [\w.[\]]+( [\w.[\]]+)* = .+ \[AGW-BP-[A-Z0-9-]+\]/);
    expect(line).toContain(": recommended: ");
    expect(line).toContain(rule.allowed);
    // The default synth (validation and annotations) does not report it.
    expect(problems(() => undefined, stack).warnings).not.toContain(`[${id}]`);
  });

  test("is silent on the boundary gateways", () => {
    for (const good of CASES[id].good) expect(practiceFindings(built(good)).filter((l) => l.includes(`[${id}]`))).toEqual([]);
  });
});

// What each stack the suite synthesizes whole gets from the pack, by gateway path: the seed and the
// mixed example are Standard_v2, regional and without diagnostics; the two production examples are
// WAF_v2 in Prevention with every managed rule on, autoscale from 2 across three zones, and logs to a
// workspace, but their gateway-made policy has the Default Rule Set 2.1 without the Bot Manager rule set.
// (api-platform's listener policy, an id from a variable, is not judged: the view holds the gateway's policy.)
const EXPECTED: { [stack: string]: { [gateway: string]: string[] } } = {
  main: { "mtls-passthrough/Gateway": ["AGW-BP-ZONES", "AGW-BP-WAF", "AGW-BP-DIAGNOSTICS"] },
  "mixed-strict-passthrough": { "mixed-mtls/Gateway": ["AGW-BP-ZONES", "AGW-BP-WAF", "AGW-BP-DIAGNOSTICS"] },
  "keyvault-waf-redirect": { "keyvault-waf/Gateway": ["AGW-BP-WAF-RULE-SETS"] },
  "api-platform": { "api-platform/Gateway": ["AGW-BP-WAF-RULE-SETS"] },
  // The layer-4 and frontend examples are Standard_v2, regional and without
  // diagnostics; the private gateway has no public frontend, so no WAF is asked of it.
  "tls-proxy": { "tls-proxy/Gateway": ["AGW-BP-ZONES", "AGW-BP-WAF", "AGW-BP-DIAGNOSTICS"] },
  "private-gateway": { "private-gateway/Gateway": ["AGW-BP-ZONES", "AGW-BP-DIAGNOSTICS"] },
  "dual-stack": { "dual-stack/Gateway": ["AGW-BP-ZONES", "AGW-BP-WAF", "AGW-BP-DIAGNOSTICS"] },
  // Standard_v2, regional, without diagnostics, like the seed.
  "entra-api": { "entra-api/Gateway": ["AGW-BP-ZONES", "AGW-BP-WAF", "AGW-BP-DIAGNOSTICS"] },
};

describe.each([GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH, GatewayDeployment.SINGLE_AZAPI_RESOURCE])("the examples' best-practice findings (%s)", (deployment) => {
  test("the table lists every stack the suite synthesizes whole", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(STACKS).sort());
  });

  // The cdktf flavour's azurerm 4.55 cannot write a layer-4 stack in the default mode, nor any azurerm a single-resource-only one (AGW-DEPLOYMENT-MODE).
  const synthesized = Object.keys(EXPECTED).filter((name) => !(defaultDeploymentRefused(name) && deployment === GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH));
  test.each(synthesized)("%s", (name) => {
    const stack = STACKS[name](deployment);
    expect(problems(() => undefined, stack).errors).toBe("");
    const ids = (line: string) => line.match(/\[(AGW-BP-[A-Z0-9-]+)\]$/)![1];
    const found = Object.fromEntries(gatewaysOf(stack).map((gw) => [gw.node.path, gatewayPracticeFindings(gw).map(ids)]));
    expect(found).toEqual(EXPECTED[name]);
  });
});

describe("best-practice boundaries the cases do not show", () => {
  const idsOf = (build: (s: TerraformStack) => void, change?: (v: GatewayView) => GatewayView) =>
    practiceFindings(built(build), change).map((l) => l.match(/\[(AGW-BP-[A-Z0-9-]+)\]$/)![1]);
  const waf = { sku: GatewaySku.WAF_V2 };

  test("autoscale with its default minimum (0) keeps fewer than two instances", () => {
    expect(idsOf((s) => passthroughGateway(s, { capacity: GatewayCapacity.autoscale() }))).toContain("AGW-BP-MIN-INSTANCES");
  });

  test("zones and a minimum that are Terraform expressions are not judged", () => {
    const unknown = (s: TerraformStack) =>
      passthroughGateway(s, { zones: [expression("${var.zone}")], capacity: GatewayCapacity.autoscale({ minCapacity: new TerraformVariable(s, "min", { type: "number" }).numberValue }) });
    expect(idsOf(unknown).filter((id) => id === "AGW-BP-ZONES" || id === "AGW-BP-MIN-INSTANCES")).toEqual([]);
  });

  test("a policy known only by its id satisfies AGW-BP-WAF; its mode and rules are not judged", () => {
    expect(idsOf((s) => passthroughGateway(s, { ...waf, firewallPolicyId: WAF_POLICY_ID })).filter((id) => id.startsWith("AGW-BP-WAF"))).toEqual([]);
  });

  test("a disabled managed rule group fires once, naming the group", () => {
    const build = (s: TerraformStack) => {
      const policy = new WafPolicy(s, "Waf", { name: "edge-waf", resourceGroupName: "rg", location: "westus" });
      policy.disableRuleGroup("MS-ThreatIntel-AppSec");
      passthroughGateway(s, { ...waf, firewallPolicyId: policy.policyId });
    };
    expect(practiceFindings(built(build)).filter((l) => l.includes("[AGW-BP-WAF-RULES]"))).toEqual([
      expect.stringMatching(/^test\/Waf: managedRules.disabledRuleGroups = "MS-ThreatIntel-AppSec" \(the whole group\): recommended: /),
    ]);
  });

  test("a raw gateway's policy turned off, or its classic WAF in Detection with a disabled group, is reported", () => {
    const off = (v: GatewayView): GatewayView => ({ ...v, wafPolicy: { ...v.wafPolicy!, enabled: false } });
    expect(idsOf(passthroughWith(waf), off)).toContain("AGW-BP-WAF");
    const classic = (v: GatewayView): GatewayView => ({
      ...v,
      model: { ...v.model, firewallPolicyId: undefined },
      wafPolicy: undefined,
      classicWaf: { enabled: true, firewallMode: "Detection", disabledRuleGroups: ["REQUEST-920-PROTOCOL-ENFORCEMENT"], disabledRules: [] },
    });
    expect(idsOf(passthroughWith(waf), classic).filter((id) => id.startsWith("AGW-BP-WAF")).sort()).toEqual(["AGW-BP-WAF-POLICY", "AGW-BP-WAF-PREVENTION", "AGW-BP-WAF-RULES"]);
  });

  test("AGW-BP-WAF names what is missing: the SKU, the policy's state, or any WAF at all on a raw WAF_v2 gateway", () => {
    const line = (l: string) => l.includes("[AGW-BP-WAF]");
    const recommended = ": recommended: a gateway with a public frontend on the WAF_v2 SKU, behind an enabled WAF policy [AGW-BP-WAF]";
    expect(practiceFindings(built(passthroughWith({}))).filter(line)).toEqual([`test/Gateway: sku = "Standard_v2"${recommended}`]);
    const noWaf = (v: GatewayView): GatewayView => ({ ...v, model: { ...v.model, firewallPolicyId: undefined }, wafPolicy: undefined, classicWaf: undefined });
    expect(practiceFindings(built(passthroughWith(waf)), noWaf).filter(line)).toEqual([`test/Gateway: firewallPolicyId = (not set)${recommended}`]);
    const off = (v: GatewayView): GatewayView => ({ ...v, wafPolicy: { ...v.wafPolicy!, enabled: false } });
    expect(practiceFindings(built(passthroughWith(waf)), off).filter(line)).toEqual([`test/Gateway/WafPolicy: policySettings.state = "Disabled"${recommended}`]);
  });

  test("AGW-BP-WAF-RULE-SETS wants the Default Rule Set: OWASP CRS 3.2 with the Bot Manager rule set still fires", () => {
    const owasp = (s: TerraformStack) => {
      const policy = new WafPolicy(s, "Waf", { name: "edge-waf", resourceGroupName: "rg", location: "westus", managedRuleSetType: "OWASP", managedRuleSetVersion: "3.2", botManagerRuleSetVersion: "1.0" });
      passthroughGateway(s, { ...waf, firewallPolicyId: policy.policyId });
    };
    expect(practiceFindings(built(owasp)).filter((l) => l.includes("[AGW-BP-WAF-RULE-SETS]"))).toEqual([
      expect.stringContaining('test/Waf: managedRules.managedRuleSets = ["OWASP 3.2","Microsoft_BotManagerRuleSet 1.0"]: recommended: '),
    ]);
  });

  test("a gateway without a public frontend is not judged by the WAF rules", () => {
    const privateOnly = (v: GatewayView): GatewayView => ({ ...v, model: { ...v.model, frontendIPConfigurations: v.model.frontendIPConfigurations.filter((f) => f.publicIpAddressId === undefined) } });
    expect(idsOf(passthroughWith({}), privateOnly).filter((id) => id.startsWith("AGW-BP-WAF"))).toEqual([]);
  });
});

function passthroughWith(props: object) {
  return (s: TerraformStack) => void passthroughGateway(s, props);
}
