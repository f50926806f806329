// Suppressing a finding of the policy pack: per gateway resource and rule, with a reason that is
// required and recorded in the synthesized JSON; an unknown rule id, or one of the library's own
// rules on an MtlsApplicationGateway (acknowledged on the gateway instead), is our error.
import { Aspects } from "cdktf";
import { GatewayChecks, GatewayConfigError, MtlsApplicationGateway } from "../../lib";
import { passthroughGateway, testStack } from "../support/stack";
import { KINDS, SEED, checkedGateway, synthReports, synthesizedFile } from "./raw-builders";

const REASON = "the backend terminates mTLS itself (ticket OPS-42)";
/** The raw gateway's synthesized resource block. */
const rawBlock = (json: any, kind: string) => (kind === "azurerm" ? json.resource.azurerm_application_gateway.Raw : json.resource.azapi_resource.Raw);

describe.each(KINDS)("on a raw %s gateway", (kind) => {
  test("a suppressed warning is not reported, and the finding keeps its reason", () => {
    const checked = checkedGateway(kind, SEED);
    checked.checks.suppress(checked.gateway, "AGW-PASSTHROUGH-NO-HEADER", REASON);
    const reported = synthReports(checked);
    expect(reported.warnings).toEqual([]);
    expect(reported.errors).toEqual([]);
    expect(reported.findings.map((f) => [f.ruleId, f.path, f.suppressedBecause])).toEqual([["AGW-PASSTHROUGH-NO-HEADER", "test/Raw/Listener/listener2", REASON]]);
  });

  test("unsuppressed, the same warning is reported (the suppression is what silences it)", () => {
    const reported = synthReports(checkedGateway(kind, SEED));
    expect(reported.warnings.filter((w) => w.includes("[AGW-PASSTHROUGH-NO-HEADER]"))).toHaveLength(1);
    expect(reported.findings.map((f) => f.suppressedBecause)).toEqual([undefined]);
  });

  test("the suppression and its reason are written into the resource's \"//\" metadata of the synthesized JSON", () => {
    const json = synthesizedFile((stack) => {
      const checked = checkedGateway(kind, SEED, {}, stack);
      checked.checks.suppress(checked.gateway, "AGW-PASSTHROUGH-NO-HEADER", REASON);
    });
    expect(rawBlock(json, kind)["//"].suppressedFindings).toEqual([{ rule: "AGW-PASSTHROUGH-NO-HEADER", reason: REASON }]);
  });

  test("an error can be suppressed too: the synth no longer fails on it", () => {
    const retired = { ...SEED, sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20150501" } };
    expect(synthReports(checkedGateway(kind, retired)).errors.join("\n")).toMatch(/\[AGW-TLS-POLICY\]/);
    const checked = checkedGateway(kind, retired);
    checked.checks.suppress(checked.gateway, "AGW-TLS-POLICY", "retired with the gateway on 2026-12-31 (CHG-7)");
    expect(synthReports(checked).errors.filter((e) => e.includes("[AGW-TLS-POLICY]"))).toEqual([]);
  });

  test.each([
    ["no reason", ""],
    ["a blank reason", "   "],
  ])("a suppression with %s is our error", (_what, reason) => {
    const checked = checkedGateway(kind, SEED);
    expect(() => checked.checks.suppress(checked.gateway, "AGW-PASSTHROUGH-NO-HEADER", reason)).toThrow(GatewayConfigError);
    expect(() => checked.checks.suppress(checked.gateway, "AGW-PASSTHROUGH-NO-HEADER", reason)).toThrow(/test\/Raw: suppress\(reason\) = "" is not allowed: a reason/);
  });

  test("a suppression of an unknown rule id is our error, naming the id", () => {
    const checked = checkedGateway(kind, SEED);
    expect(() => checked.checks.suppress(checked.gateway, "AGW-NO-SUCH-RULE", REASON)).toThrow(GatewayConfigError);
    expect(() => checked.checks.suppress(checked.gateway, "AGW-NO-SUCH-RULE", REASON)).toThrow(/test\/Raw: suppress\(ruleId\) = "AGW-NO-SUCH-RULE" is not allowed/);
  });
});

test("a construct that is no gateway cannot be suppressed on", () => {
  const checked = checkedGateway("azurerm", SEED);
  expect(() => checked.checks.suppress(checked.stack, "AGW-PASSTHROUGH-NO-HEADER", REASON)).toThrow(GatewayConfigError);
});

describe("on an MtlsApplicationGateway", () => {
  test("only best-practice ids can be suppressed: the library's own warnings are acknowledged on the gateway", () => {
    const stack = testStack();
    const gateway = passthroughGateway(stack);
    const checks = new GatewayChecks({ bestPractices: true });
    expect(() => checks.suppress(gateway, "AGW-PASSTHROUGH-NO-HEADER", REASON)).toThrow(GatewayConfigError);
    expect(() => checks.suppress(gateway, "AGW-PASSTHROUGH-NO-HEADER", REASON)).toThrow(/acknowledge the library's own warnings on the gateway/);
    expect(() => checks.suppress(gateway, "AGW-BP-ZONES", "westus has no availability zones for this SKU in our subscription")).not.toThrow();
  });

  test("a suppressed best practice is not reported on it, and is recorded in its resource's metadata", () => {
    const build = (suppress: boolean) => {
      const checks = new GatewayChecks({ bestPractices: true });
      let gateway: MtlsApplicationGateway | undefined;
      const json = synthesizedFile((stack) => {
        gateway = passthroughGateway(stack);
        if (suppress) checks.suppress(gateway, "AGW-BP-ZONES", "zones are not offered in this region");
        Aspects.of(stack).add(checks);
      });
      const warnings = gateway!.resource.node.metadata.filter((m) => /warn/i.test(m.type)).map((m) => String(m.data));
      return { json, warnings, checks };
    };
    expect(build(false).warnings.filter((w) => w.includes("[AGW-BP-ZONES]"))).toHaveLength(1);
    const suppressed = build(true);
    expect(suppressed.warnings.filter((w) => w.includes("[AGW-BP-ZONES]"))).toEqual([]);
    expect(suppressed.checks.findings.filter((f) => f.ruleId === "AGW-BP-ZONES").map((f) => f.suppressedBecause)).toEqual(["zones are not offered in this region"]);
    const [block] = Object.values(suppressed.json.resource.azurerm_application_gateway) as any[];
    expect(block["//"].suppressedFindings).toEqual([
      { rule: "AGW-BP-ZONES", reason: "zones are not offered in this region" },
    ]);
  });
});
