// ARM → code → ARM: every example and the property tests' valid gateways (same generator, seed and count),
// deployed as the single azapi_resource in the provider model, read back (the GET), converted
// to an app by lib/adopt, the app type-checked and run, and its gateway's body compared with
// the original's: the same, with nothing in the converter's report.
import * as fc from "fast-check";
import { TerraformStack } from "cdktf";
import { ApiPlatformStack } from "../../examples/api-platform";
import { KeyVaultWafStack } from "../../examples/keyvault-waf-redirect";
import { MixedMtlsStack } from "../../examples/mixed-strict-passthrough";
import { GatewayDeployment, JwtValidation, UnauthorizedRequestAction } from "../../lib";
import { convertGateway } from "../../lib/adopt/convert";
import { CA_CER_BASE64 } from "../fixtures/ca-certificate";
import { build, validGateway } from "../support/gateway-spec";
import { runApp, typeCheckApps } from "../support/generated-app";
import { MODEL_VARIABLES } from "../support/provider-model";
import { deploySingleResource } from "../support/single-resource";
import { bareGateway, CERT, synthJson, testApp, testStack } from "../support/stack";
import { FLAVOUR } from "../support/flavour";

const SINGLE = GatewayDeployment.SINGLE_AZAPI_RESOURCE;
/** Public CA data Azure would accept in place of the model's placeholders (the converter's code passes it to the library's checks). */
const VARIABLES = { ...MODEL_VARIABLES, partner_ca_certificate: CA_CER_BASE64, internal_ca_certificate: CA_CER_BASE64 };
// As many as the property test deploys (properties-valid.test.ts: 60 runs, seed 20261128), from the same generator and seed.
const PROPERTY_CASES = 60;

/** Entra ID JWT validation (single-resource only): a Deny configuration with audiences on a basic rule, an Allow one on a path-based rule. */
function jwtGateway(): TerraformStack {
  const stack = testStack();
  const gw = bareGateway(stack, { deployment: SINGLE });
  const pool = gw.addBackendPool("p", { fqdns: ["api.example.com"] });
  const settings = gw.addBackendSettings("s");
  const a = gw.addHttpsListener("a", { certificate: CERT, hostNames: ["a.example.com"] });
  const b = gw.addHttpsListener("b", { certificate: CERT, hostNames: ["b.example.com"] });
  const clientId = "5a8d5b4e-1c2f-4e7a-9b3d-6f0e1a2b3c4d";
  const strict = JwtValidation.entraId({ name: "api-tokens", tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47", clientId, audiences: ["api://contoso-api", "api://other"] });
  const lenient = JwtValidation.entraId({ name: "lenient", tenantId: "common", clientId, unauthorizedRequestAction: UnauthorizedRequestAction.ALLOW });
  gw.addRoutingRule("basic", { priority: 1, listener: a, backendPool: pool, backendSettings: settings, jwtValidation: strict });
  gw
    .addPathBasedRoutingRule("paths", { priority: 2, listener: b, backendPool: pool, backendSettings: settings, jwtValidation: lenient })
    .addPathRule("v1", { paths: ["/v1/*"], backendPool: pool, backendSettings: settings });
  return stack;
}

const cases: [string, () => TerraformStack][] = [
  ["example mixed-strict-passthrough", () => new MixedMtlsStack(testApp(), "mixed", SINGLE)],
  ["example keyvault-waf-redirect", () => new KeyVaultWafStack(testApp(), "kv", SINGLE)],
  ["example api-platform", () => new ApiPlatformStack(testApp(), "api", SINGLE)],
  ["Entra ID JWT validation on a basic and a path-based rule", jwtGateway],
  ...fc.sample(validGateway, { numRuns: PROPERTY_CASES, seed: 20261128 }).map((spec, i): [string, () => TerraformStack] => [
    `property gateway ${i} (${spec.listeners.length} listeners, ${spec.sku})`,
    () => {
      const stack = testStack();
      build(stack, spec, SINGLE);
      return stack;
    },
  ]),
];

/** The gateway's resolved azapi_resource config (body: what azapi PUTs, less the sensitive body). */
const gatewayOf = (stack: TerraformStack, variables = VARIABLES) => deploySingleResource(synthJson(stack), { variables });

/** The generated app's certificate variables, given the original's PFX data and password (Azure never returns them). */
function certificateVariables(original: ReturnType<typeof gatewayOf>): { [name: string]: string } {
  const secrets = ((original.config.sensitive_body as any)?.properties?.sslCertificates ?? []) as any[];
  return Object.fromEntries(
    secrets.flatMap((c) => {
      const base = `ssl_certificate_${String(c.name).replace(/[^A-Za-z0-9_]/g, "_")}`;
      return [
        [`${base}_data`, c.properties.data],
        [`${base}_password`, c.properties.password],
      ];
    }),
  );
}

const converted = cases.map(([name, make]) => {
  const original = gatewayOf(make());
  const result = convertGateway(original.final, { source: name });
  return { name, original, result };
});
const typeErrors = typeCheckApps(Object.fromEntries(converted.map((c, i) => [`app${i}`, c.result.code])));

describe.each(converted.map((c, i) => [c.name, c, `app${i}`] as const))("%s", (_name, { original, result }, file) => {
  test("the converter reports nothing it could not express", () => {
    expect(result.notExpressed).toEqual([]);
  });

  test("the generated app type-checks", () => {
    expect(typeErrors[file]).toEqual([]);
  });

  test("the generated app, synthesized, writes the same gateway body, location, tags and identity", () => {
    const again = gatewayOf(runApp(result.code, testApp(), "adopted", SINGLE), { ...VARIABLES, ...certificateVariables(original) });
    for (const key of ["body", "location", "tags", "identity", "name"] as const) expect([key, again.config[key]]).toEqual([key, original.config[key]]);
    expect(again.put).toEqual(original.put);
  });
});

test("the generated code imports the package by its name in this flavour", () => {
  expect(converted[0].result.code).toContain(`} from "${FLAVOUR.packageName}";`);
});
