// Values that are Terraform expressions (a variable, a reference) are unknown at synth: the pack
// judges them as the library's own rules do, never as a finding. Each case beside the same
// gateway with the literal value, which is reported, so the silence is the expression's.
import { TerraformStack, TerraformVariable } from "cdktf";
import { KINDS, Kind, RawSpec, SEED_FORWARDING, checkedGateway, synthReports, withCatchAll } from "./raw-builders";
import { testStack } from "../support/stack";


/** A catch-all listener tried before the mTLS listener, whose host name is `host`. */
const shadowing = (host: string): RawSpec => withCatchAll(100, host);
const retiredPolicy = (name: string): RawSpec => ({ ...SEED_FORWARDING, sslPolicy: { policyType: "Predefined", policyName: name } });

interface Case {
  readonly what: string;
  readonly rule: string;
  /** The gateway with the value: a literal, or the Terraform expression the stack gives. */
  readonly spec: (value: string) => RawSpec;
  readonly literal: string;
  readonly variable: string;
}

const CASES: Case[] = [
  { what: "the host name of a listener a catch-all listener is tried before", rule: "AGW-LISTENER-SHADOWED", spec: shadowing, literal: "mtls.contoso.com", variable: "mtls_host" },
  { what: "the TLS policy's name", rule: "AGW-TLS-POLICY", spec: retiredPolicy, literal: "AppGwSslPolicy20150501", variable: "tls_policy" },
];

function reportsFor(kind: Kind, build: (stack: TerraformStack) => RawSpec) {
  const stack = testStack();
  return synthReports(checkedGateway(kind, build(stack), {}, stack));
}

describe.each(KINDS)("on a raw %s gateway", (kind) => {
  describe.each(CASES)("$what", (c) => {
    test(`as a literal it is judged: ${c.rule}`, () => {
      const reported = reportsFor(kind, () => c.spec(c.literal));
      expect(reported.findings.map((f) => f.ruleId)).toContain(c.rule);
    });

    test("as a Terraform variable it is unknown: no finding of any rule, no error", () => {
      const reported = reportsFor(kind, (stack) => c.spec(new TerraformVariable(stack, c.variable, { type: "string" }).stringValue));
      expect(reported.findings).toEqual([]);
      expect(reported.errors).toEqual([]);
      expect(reported.warnings).toEqual([]);
      // Judged, not skipped: the pack read the whole gateway.
      expect(reported.notJudged).toEqual([]);
    });
  });
});
