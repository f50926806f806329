// JwtValidation on routing rules: Microsoft Entra ID token validation, written by the single-resource
// deployment (ARM 2025-03-01) and refused by the azurerm one, which has no argument for it.
import { GatewayDeployment, JwtValidation, UnauthorizedRequestAction } from "../../lib";
import { deploySingleResource } from "../support/single-resource";
import { planStack } from "../support/provider-model";
import { bareGateway, CERT, synthJson, testStack } from "../support/stack";
import { failure, synthError } from "../support/failure";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const CLIENT = "5a8d5b4e-1c2f-4e7a-9b3d-6f0e1a2b3c4d";
const api = JwtValidation.entraId({ name: "api-tokens", tenantId: TENANT, clientId: CLIENT, audiences: ["api://contoso-api"] });

/** A gateway with a basic rule and a path-based rule, each validating tokens as given. */
function build(deployment: GatewayDeployment, basic = api, pathBased = api) {
  const stack = testStack();
  const gw = bareGateway(stack, { deployment });
  const pool = gw.addBackendPool("p", { fqdns: ["api.example.com"] });
  const settings = gw.addBackendSettings("s");
  const a = gw.addHttpsListener("a", { certificate: CERT, hostNames: ["a.example.com"] });
  const b = gw.addHttpsListener("b", { certificate: CERT, hostNames: ["b.example.com"] });
  gw.addRoutingRule("basic", { priority: 1, listener: a, backendPool: pool, backendSettings: settings, jwtValidation: basic });
  gw
    .addPathBasedRoutingRule("paths", { priority: 2, listener: b, backendPool: pool, backendSettings: settings, jwtValidation: pathBased })
    .addPathRule("v1", { paths: ["/v1/*"], backendPool: pool, backendSettings: settings });
  return stack;
}

describe("the single-resource deployment", () => {
  const json = synthJson(build(GatewayDeployment.SINGLE_AZAPI_RESOURCE));
  const deployed = deploySingleResource(json);
  const properties = deployed.put.properties;

  test("writes one configuration, Deny by default, and both rules reference it", () => {
    expect(properties.entraJWTValidationConfigs).toEqual([
      {
        name: "api-tokens",
        properties: { tenantId: TENANT, clientId: CLIENT, audiences: ["api://contoso-api"], unAuthorizedRequestAction: "Deny" },
      },
    ]);
    const refs = properties.requestRoutingRules.map((r: any) => [r.name, r.properties.entraJWTValidationConfig?.id]);
    expect(refs).toEqual([
      ["basic", expect.stringMatching(/\/entraJWTValidationConfigs\/api-tokens$/)],
      ["paths", expect.stringMatching(/\/entraJWTValidationConfigs\/api-tokens$/)],
    ]);
  });

  test("validates against ARM's 2025-03-01 schema, deploys, and plans no change after", () => {
    expect(deployed.validation).toEqual([]);
    expect(deployed.schemaErrors).toEqual([]);
    expect(deployed.changedAfterApply).toBe(false);
    expect(planStack(json).filter((p) => p.action !== "no-op")).toEqual([]);
  });

  test("Allow is written when chosen", () => {
    const allow = JwtValidation.entraId({ name: "lenient", tenantId: "common", clientId: CLIENT, unauthorizedRequestAction: UnauthorizedRequestAction.ALLOW });
    const body = deploySingleResource(synthJson(build(GatewayDeployment.SINGLE_AZAPI_RESOURCE, allow, allow))).put.properties;
    expect(body.entraJWTValidationConfigs[0].properties).toEqual({ tenantId: "common", clientId: CLIENT, unAuthorizedRequestAction: "Allow" });
  });
});

test("the default deployment refuses it at synth, naming each rule and the mode that can write it (never drops it)", () => {
  const message = synthError(build(GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH));
  expect(message).toContain("AGW-DEPLOYMENT-MODE");
  expect(message).toContain("Gateway/RoutingRule/basic:");
  expect(message).toContain("Gateway/RoutingRule/paths:");
  expect(message).toContain("SINGLE_AZAPI_RESOURCE");
});

test("two configurations of one name with different contents are refused (ARM keys them by name)", () => {
  const other = JwtValidation.entraId({ name: "api-tokens", tenantId: TENANT, clientId: "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d" });
  const message = synthError(build(GatewayDeployment.SINGLE_AZAPI_RESOURCE, api, other));
  expect(message).toContain("AGW-SHARED-NAME");
  expect(message).toContain("jwtValidation");
});

describe("values Learn rules out fail where the rule is added", () => {
  const gw = () => {
    const g = bareGateway(testStack(), { deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE });
    return { g, listener: g.addHttpsListener("l", { certificate: CERT }), pool: g.addBackendPool("p", { fqdns: ["a.example.com"] }), settings: g.addBackendSettings("s") };
  };
  test.each([
    ["a tenant that is neither a GUID nor common/organizations/consumers", { tenantId: "contoso.onmicrosoft.com" }, "jwtValidation.tenantId"],
    ["a client id that is not a GUID", { clientId: "contoso-api" }, "jwtValidation.clientId"],
    ["six audiences (Learn: at most 5)", { audiences: ["a", "b", "c", "d", "e", "f"] }, "jwtValidation.audiences"],
    ["an empty audience", { audiences: [" "] }, "jwtValidation.audiences"],
  ])("%s", (_what, props, prop) => {
    const { g, listener, pool, settings } = gw();
    const jwtValidation = JwtValidation.entraId({ name: "t", tenantId: TENANT, clientId: CLIENT, ...props });
    const message = failure(() => g.addRoutingRule("r", { priority: 1, listener, backendPool: pool, backendSettings: settings, jwtValidation }));
    expect(message).toContain("AGW-JWT-VALIDATION");
    expect(message).toContain("Gateway/RoutingRule/r:");
    expect(message).toContain(prop);
  });
});
