// Severities the user raises: warningsAsErrors makes every warning fail the synth, errorRuleIds
// only the named ones; the best-practice rules never run unless asked, and then run on raw
// gateways and on the library's own gateways alike.
import { Aspects } from "cdktf";
import { GatewayChecks, GatewayConfigError } from "../../lib";
import { passthroughGateway, testStack } from "../support/stack";
import { KINDS, SEED, checkedGateway, synthReports } from "./raw-builders";
import { runChecks } from "./twins";

const PASSTHROUGH = "[AGW-PASSTHROUGH-NO-HEADER]";
const bestPracticeIds = (findings: { ruleId: string }[]) => [...new Set(findings.map((f) => f.ruleId).filter((id) => id.startsWith("AGW-BP-")))];

describe.each(KINDS)("on a raw %s gateway", (kind) => {
  test("by default a warning is an annotation: the synth does not fail", () => {
    const reported = synthReports(checkedGateway(kind, SEED));
    expect(reported.errors).toEqual([]);
    expect(reported.warnings.filter((w) => w.includes(PASSTHROUGH))).toHaveLength(1);
  });

  test("warningsAsErrors: the warning fails the synth, in the error format (path, prop, value, what is allowed)", () => {
    const reported = synthReports(checkedGateway(kind, SEED, { warningsAsErrors: true }));
    expect(reported.errors).toEqual([
      `test/Raw/Listener/listener2: forwardClientCertificate = false is not allowed: a passthrough listener that forwards the client certificate: otherwise the backend cannot validate what the gateway let through ${PASSTHROUGH}`,
    ]);
    expect(reported.warnings).toEqual([]);
    expect(reported.findings.map((f) => f.severity)).toEqual(["error"]);
  });

  test("warningsAsErrors raises the best-practice warnings too", () => {
    const reported = synthReports(checkedGateway(kind, SEED, { warningsAsErrors: true, bestPractices: true }));
    expect(reported.errors.filter((e) => /\[AGW-BP-/.test(e)).length).toBeGreaterThan(0);
    expect(reported.warnings).toEqual([]);
  });

  test("errorRuleIds raises only the named warnings", () => {
    const reported = synthReports(checkedGateway(kind, SEED, { errorRuleIds: ["AGW-PASSTHROUGH-NO-HEADER"], bestPractices: true }));
    expect(reported.errors.map((e) => e.slice(e.lastIndexOf("[")))).toEqual([PASSTHROUGH]);
    // The best-practice findings stay warnings.
    const others = reported.findings.filter((f) => f.ruleId !== "AGW-PASSTHROUGH-NO-HEADER");
    expect(others.length).toBeGreaterThan(0);
    expect(new Set(others.map((f) => f.severity))).toEqual(new Set(["warning"]));
    expect(reported.warnings.length).toBe(others.length);
  });

  test("best practices are off by default: no AGW-BP-* finding", () => {
    expect(bestPracticeIds(synthReports(checkedGateway(kind, SEED)).findings)).toEqual([]);
  });

  test("best practices on: they are reported, as warnings on the raw resource", () => {
    const reported = synthReports(checkedGateway(kind, SEED, { bestPractices: true }));
    // The seed: a fixed capacity of 2 in no zone, no WAF, no diagnostics the pack can see on the resource.
    expect(bestPracticeIds(reported.findings)).toEqual(expect.arrayContaining(["AGW-BP-ZONES", "AGW-BP-WAF"]));
    expect(reported.errors).toEqual([]);
    expect(reported.warnings.filter((w) => /\[AGW-BP-ZONES\]$/.test(w))).toEqual([expect.stringMatching(/^zones = \(not set\): recommended: /)]);
  });
});

test.each([
  ["an error's id (errors are errors already)", "AGW-TLS-POLICY"],
  ["an unknown id", "AGW-NO-SUCH-RULE"],
])("errorRuleIds with %s is our error", (_what, id) => {
  expect(() => new GatewayChecks({ errorRuleIds: [id] })).toThrow(GatewayConfigError);
  expect(() => new GatewayChecks({ errorRuleIds: [id] })).toThrow(`errorRuleIds = "${id}" is not allowed: the id of a warning`);
});

describe("on an MtlsApplicationGateway", () => {
  const checkedConstruct = (props: { bestPractices?: boolean; warningsAsErrors?: boolean }) => {
    const stack = testStack();
    const gateway = passthroughGateway(stack);
    const checks = new GatewayChecks(props);
    Aspects.of(stack).add(checks);
    const errors = runChecks(stack);
    const warnings = gateway.resource.node.metadata.filter((m) => /warn/i.test(m.type)).map((m) => String(m.data));
    return { errors, warnings, checks };
  };

  test("best practices are off by default: the pack adds nothing to the library's own gateway", () => {
    const { errors, warnings, checks } = checkedConstruct({});
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(checks.findings).toEqual([]);
  });

  test("best practices on: they are reported on it, as warnings on its resource", () => {
    const { errors, warnings, checks } = checkedConstruct({ bestPractices: true });
    expect(errors).toEqual([]);
    expect(bestPracticeIds(checks.findings)).toEqual(expect.arrayContaining(["AGW-BP-ZONES", "AGW-BP-WAF"]));
    // On the gateway itself: the message alone, as the gateway's own warnings read.
    expect(warnings.filter((w) => /\[AGW-BP-ZONES\]$/.test(w))).toEqual([expect.stringMatching(/^zones = \(not set\): recommended: /)]);
  });

  test("warningsAsErrors with best practices: they fail the synth of the library's gateway too", () => {
    const { errors } = checkedConstruct({ bestPractices: true, warningsAsErrors: true });
    expect(errors.filter((e) => /^test\/Gateway.*\[AGW-BP-ZONES\]$/.test(e))).toHaveLength(1);
  });
});
