// Property-based tests (fast-check), props valid or not: they either synthesize or
// fail with this library's validation errors, never with an exception of another kind.
import * as fc from "fast-check";
import { Testing } from "cdktf";
import { BackendProtocol, GatewaySku } from "../lib";
import { azureName, breakers, build, fqdn, GatewaySpec, ipv4, isValidationError, ListenerSpec, synth, validGateway } from "./support/gateway-spec";
import { testStack } from "./support/stack";

const runs = { invalid: 0, fuzz: 0, fuzzRejected: 0 };
afterAll(() => {
  console.log(`property cases: ${runs.invalid} invalid, ${runs.fuzz} fuzzed (${runs.fuzzRejected} rejected by a rule)`);
});

test("random invalid props fail with a validation error naming a rule, never another exception", () => {
  fc.assert(
    fc.property(validGateway, fc.constantFrom(...breakers), (spec, [, breakIt]) => {
      runs.invalid++;
      let error: unknown;
      try {
        synth(breakIt(spec));
      } catch (e) {
        error = e;
      }
      expect(error).toBeDefined();
      expect(isValidationError(error)).toBe(true);
    }),
    { numRuns: 80, seed: 20261128 },
  );
});

test("fuzzed props (arbitrary strings and integers) either synthesize or fail with a validation error", () => {
  // Mostly plausible values, sometimes anything: so that some cases pass and the rest hit every rule.
  const mostly = <T>(valid: fc.Arbitrary<T>, anything: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: anything, weight: 1 });
  const anyString = fc.oneof(fc.string({ maxLength: 30 }), fc.constant(""), azureName, fqdn, ipv4);
  const anyInt = fc.oneof(fc.integer(), fc.integer({ min: -5, max: 70000 }), fc.double({ noNaN: true }));
  const fuzzListener = (i: number): fc.Arbitrary<ListenerSpec> =>
    fc.record({
      name: mostly(azureName.map((n) => `${n}${i}`), anyString),
      port: mostly(fc.constant(443 + i), anyInt),
      hostNames: mostly(fc.array(fqdn, { maxLength: 5 }), fc.array(anyString, { maxLength: 7 })),
      auth: fc.constantFrom("none", "passthrough", "strict"),
      priority: mostly(fc.constant(100 + i), anyInt),
      fqdns: mostly(fc.array(fqdn, { minLength: 1, maxLength: 3 }), fc.array(anyString, { maxLength: 3 })),
      ips: mostly(fc.constant([] as string[]), fc.array(anyString, { maxLength: 2 })),
      protocol: fc.constantFrom(BackendProtocol.HTTP, BackendProtocol.HTTPS),
      backendPort: mostly(fc.integer({ min: 1, max: 65535 }), anyInt),
    });
  const fuzzGateway: fc.Arbitrary<GatewaySpec> = fc.record({
    name: mostly(azureName, anyString),
    sku: mostly(fc.constantFrom(GatewaySku.STANDARD_V2, GatewaySku.WAF_V2), fc.constantFrom(...Object.values(GatewaySku))),
    capacity: mostly(
      fc.record({ fixed: fc.integer({ min: 1, max: 125 }) }),
      fc.oneof(fc.record({ fixed: anyInt }), fc.record({ min: anyInt, max: anyInt })),
    ),
    prefix: mostly(fc.constantFrom("10.0.0.0/24", "10.0.0.0/29"), anyString),
    policy: mostly(fc.constant("AppGwSslPolicy20220101"), anyString),
    header: mostly(fc.constant("X-Client-Cert"), anyString),
    listeners: fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => fuzzListener(i)))),
  });
  fc.assert(
    fc.property(fuzzGateway, (spec) => {
      runs.fuzz++;
      try {
        synth(spec);
      } catch (e) {
        runs.fuzzRejected++;
        if (!isValidationError(e)) throw e;
      }
    }),
    { numRuns: 300, seed: 20261128 },
  );
  // Both outcomes occur: the fuzzing reaches the rules and also builds valid gateways.
  expect(runs.fuzzRejected).toBeGreaterThan(0);
  expect(runs.fuzzRejected).toBeLessThan(runs.fuzz);
});

test("synthesizing the same stack twice gives the same bytes (synth has no side effects on the constructs)", () => {
  const spec = fc.sample(validGateway, { numRuns: 1, seed: 7 })[0];
  const stack = testStack();
  build(stack, spec);
  expect(Testing.synth(stack, true)).toBe(Testing.synth(stack, true));
});
