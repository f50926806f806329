// The passthrough mistakes the policy pack exists for, each on a gateway the library did not
// build: a raw azurerm_application_gateway (passthrough set by its azapi_update_resource patch)
// and a raw azapi_resource with the ARM body. Each is reported at synth with the library's rule
// id, on the construct path of the raw resource and the part's Azure name under it; the same
// gateway with the mistake fixed is silent for that rule, so each test fails if the finding
// were not made.
import { KINDS, LIBRARY_FORWARD, LIBRARY_STRIP, RawListener, RawRule, RawSpec, SEED, SEED_FORWARDING, checkedGateway, synthReports, withCatchAll } from "./raw-builders";

interface Mistake {
  /** What the gateway gets wrong. */
  readonly mistake: string;
  readonly rule: string;
  readonly severity: "error" | "warning";
  /** The path the finding names, under the raw resource's (`test/Raw`). */
  readonly under: string;
  readonly bad: RawSpec;
  /** The same gateway, the mistake fixed. */
  readonly fixed: RawSpec;
}

/** A listener for a second, non-mTLS site on the same port, and its rule (lower priority number: tried first). */
const OPEN_LISTENER: RawListener = { name: "open", hostName: "open.contoso.com" };
const openRule = (rewriteRuleSet?: string): RawRule => ({ name: "open", listener: "open", priority: 100, rewriteRuleSet });
const MTLS_HOST = "mtls.contoso.com";


/** Listeners 1..n on their own host names, each with a rule to the pool. */
const manySites = (n: number): RawSpec => {
  const listeners = Array.from({ length: n }, (_, i): RawListener => ({ name: `site${i + 1}`, hostName: `site${i + 1}.contoso.com`, sslProfile: "sslnotrustedcert" }));
  return {
    ...SEED_FORWARDING,
    listeners,
    rules: listeners.map((l, i) => ({ name: l.name, listener: l.name, priority: 100 + i, rewriteRuleSet: LIBRARY_FORWARD.name })),
  };
};

const MISTAKES: Mistake[] = [
  {
    mistake: "a passthrough SSL profile on a listener that does not forward the client certificate",
    rule: "AGW-PASSTHROUGH-NO-HEADER",
    severity: "warning",
    under: "/Listener/listener2",
    bad: SEED,
    fixed: SEED_FORWARDING,
  },
  {
    // A hand-written rewrite that sets X-Client-Cert on the mTLS listener, while the other site's
    // route sends a client's own X-Client-Cert through to the same backend. The library forwards
    // or deletes the certificate headers on every route itself; a rewrite of the gateway's own
    // that sets one is what the pack cannot prove safe.
    mistake: "forwarding the certificate header with a rewrite of its own, while another route lets a client-sent header of that name through",
    rule: "AGW-CERT-HEADER-OWNED",
    severity: "error",
    under: "/RewriteRuleSet/forward-cert",
    bad: {
      ...SEED,
      listeners: [OPEN_LISTENER, { ...SEED.listeners[0], hostName: MTLS_HOST }],
      rules: [openRule(), { ...SEED.rules[0], rewriteRuleSet: "forward-cert" }],
      rewriteSets: [{ name: "forward-cert", ruleName: "forward", headers: [{ headerName: "X-Client-Cert", headerValue: "{var_client_certificate}" }] }],
    },
    fixed: {
      ...SEED,
      listeners: [OPEN_LISTENER, { ...SEED.listeners[0], hostName: MTLS_HOST }],
      rules: [openRule(LIBRARY_STRIP.name), { ...SEED.rules[0], rewriteRuleSet: LIBRARY_FORWARD.name }],
      rewriteSets: [LIBRARY_FORWARD, LIBRARY_STRIP],
    },
  },
  {
    mistake: "a retired predefined TLS policy (AppGwSslPolicy20150501, TLS 1.0 and later)",
    rule: "AGW-TLS-POLICY",
    severity: "error",
    under: "",
    bad: { ...SEED_FORWARDING, sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20150501" } },
    fixed: SEED_FORWARDING,
  },
  {
    mistake: "a custom TLS policy with TLS 1.0 as its minimum",
    rule: "AGW-TLS-MIN-VERSION",
    severity: "error",
    under: "",
    bad: { ...SEED_FORWARDING, sslPolicy: { policyType: "Custom", minProtocolVersion: "TLSv1_0" } },
    fixed: { ...SEED_FORWARDING, sslPolicy: { policyType: "Custom", minProtocolVersion: "TLSv1_2" } },
  },
  {
    mistake: "a catch-all (basic) listener tried before a host-named one on the same port",
    rule: "AGW-LISTENER-SHADOWED",
    severity: "error",
    under: "/Listener/listener2",
    bad: withCatchAll(100, MTLS_HOST),
    fixed: withCatchAll(20000, MTLS_HOST),
  },
  {
    // azurerm checks no length of a child's name; Azure refuses the PUT.
    mistake: "a listener name longer than Azure's 80 characters",
    rule: "AGW-NAME",
    severity: "error",
    under: `/Listener/${"l".repeat(81)}`,
    bad: {
      ...SEED_FORWARDING,
      listeners: [{ ...SEED.listeners[0], name: "l".repeat(81) }],
      rules: [{ ...SEED_FORWARDING.rules[0], listener: "l".repeat(81) }],
    },
    fixed: {
      ...SEED_FORWARDING,
      listeners: [{ ...SEED.listeners[0], name: "l".repeat(80) }],
      rules: [{ ...SEED_FORWARDING.rules[0], listener: "l".repeat(80) }],
    },
  },
  {
    // Azure counts at most 100 active listeners (routing to a backend pool) per gateway; plan passes, the PUT fails.
    mistake: "101 active listeners",
    rule: "AGW-LIMIT",
    severity: "error",
    under: "",
    bad: manySites(101),
    fixed: manySites(100),
  },
];

const rows = MISTAKES.flatMap((m) => KINDS.map((kind) => [m.mistake, kind, m] as const));

describe.each(rows)("%s, on a raw %s gateway", (_mistake, kind, m) => {
  test(`is reported at synth as ${m.rule} (${m.severity}) on the raw resource's path`, () => {
    const reported = synthReports(checkedGateway(kind, m.bad));
    const path = `test/Raw${m.under}`;
    const found = reported.findings.filter((f) => f.ruleId === m.rule);
    expect(found.map((f) => [f.severity, f.path])).toEqual([[m.severity, path]]);
    expect(found[0].message).toContain(`[${m.rule}]`);
    if (m.severity === "error") {
      // The synth fails with it: a validation error naming the construct path first.
      expect(reported.errors.filter((e) => e.includes(`[${m.rule}]`)).map((e) => e.slice(0, e.indexOf(": ")))).toEqual([path]);
    } else {
      // A warning: an annotation on the raw resource, naming the part under it.
      expect(reported.warnings.filter((w) => w.includes(`[${m.rule}]`))).toEqual([`${m.under.slice(1)}: ${found[0].message}`]);
      expect(reported.errors.filter((e) => e.includes(`[${m.rule}]`))).toEqual([]);
    }
  });

  test(`the same gateway with the mistake fixed is silent for ${m.rule}`, () => {
    const reported = synthReports(checkedGateway(kind, m.fixed));
    expect(reported.findings.filter((f) => f.ruleId === m.rule)).toEqual([]);
    expect([...reported.errors, ...reported.warnings].filter((e) => e.includes(`[${m.rule}]`))).toEqual([]);
  });
});

test("the fixed gateways are clean and read whole: no error of any rule, nothing left unjudged", () => {
  for (const m of MISTAKES) {
    for (const kind of KINDS) {
      const { errors, notJudged } = synthReports(checkedGateway(kind, m.fixed));
      expect({ mistake: m.mistake, kind, errors, notJudged }).toEqual({ mistake: m.mistake, kind, errors: [], notJudged: [] });
    }
  }
});

describe.each(KINDS)("forwarding with the library's own set while another route does not delete the header, on a raw %s gateway", (kind) => {
  // The pack reads the gateway into the library's model, which deletes the headers on every route
  // that does not forward them: no rule can see the route that does not. It is said, not judged.
  const spec: RawSpec = {
    ...SEED,
    listeners: [OPEN_LISTENER, { ...SEED.listeners[0], hostName: MTLS_HOST }],
    rules: [openRule(), { ...SEED.rules[0], rewriteRuleSet: LIBRARY_FORWARD.name }],
    rewriteSets: [LIBRARY_FORWARD],
  };

  test("is noted on the raw resource, naming the route", () => {
    expect(synthReports(checkedGateway(kind, spec)).notJudged).toEqual([
      expect.stringMatching(/^not judged .*: requestRoutingRules\.open: a route to a backend that neither forwards nor deletes the client-certificate headers/),
    ]);
  });

  test("the same route deleting them with the library's strip set is read whole", () => {
    const stripped: RawSpec = { ...spec, rules: [openRule(LIBRARY_STRIP.name), spec.rules[1]], rewriteSets: [LIBRARY_FORWARD, LIBRARY_STRIP] };
    expect(synthReports(checkedGateway(kind, stripped)).notJudged).toEqual([]);
  });
});
