// The policy pack's reader of a raw azurerm_application_gateway (lib/checks/azurerm-to-arm.ts) drops no
// part: for every example the default deployment writes in this flavour, the azurerm arguments read into
// ARM's shape name the same parts, at the same places, as the single resource's body of the same stack
// (which the converter reads as a GET), and the same references between them. A block or reference the
// reader skips would leave what it holds unjudged, silently.
import { GatewayDeployment } from "../../lib";
import { armFromAzurerm } from "../../lib/checks/azurerm-to-arm";
import { withRewrites } from "../support/rule-cases";
import { onlyResource, synthJson, testStack } from "../support/stack";
import { defaultDeploymentRefused, STACKS } from "../support/stacks";

/**
 * Every named item of the value, as `<path>/<name>` (a sub-resource's properties are walked, not named), and
 * every reference, as `<path> -> <collection>/<name>` (the last two segments of its id).
 */
function partNames(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const named = item !== null && typeof item === "object" && typeof (item as any).name === "string";
      const at = named ? `${path}/${(item as any).name}` : path;
      return [...(named ? [at] : []), ...partNames(named ? ((item as any).properties ?? {}) : item, at)];
    });
  }
  if (value === null || typeof value !== "object") return [];
  const keys = Object.keys(value);
  if (keys.length === 1 && typeof (value as any).id === "string") return [`${path} -> ${(value as any).id.split("/").slice(-2).join("/")}`];
  return Object.entries(value).flatMap(([key, v]) => partNames(v, `${path}.${key}`));
}

const examples = Object.keys(STACKS).filter((name) => !defaultDeploymentRefused(name));

test.each(examples)("example %s: the azurerm arguments, read into ARM's shape, name every part and reference the single body names", (name) => {
  const azurerm = onlyResource(synthJson(STACKS[name](GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH)), "azurerm_application_gateway").config;
  const single = onlyResource(synthJson(STACKS[name](GatewayDeployment.SINGLE_AZAPI_RESOURCE)), "azapi_resource").config;
  const read = partNames(armFromAzurerm(azurerm).properties).sort();
  expect(read).toEqual(partNames(single.body.properties).sort());
  expect(read.length).toBeGreaterThan(0);
});

test("a rewrite rule that only sets a header is read without a URL configuration", () => {
  const stack = testStack();
  withRewrites([{ name: "tag", ruleSequence: 100, requestHeaders: [{ headerName: "X-Edge", headerValue: "agw" }] }])(stack);
  const azurerm = onlyResource(synthJson(stack), "azurerm_application_gateway").config;
  const [rule] = (armFromAzurerm(azurerm) as any).properties.rewriteRuleSets[0].properties.rewriteRules;
  expect(rule.actionSet).toEqual({ requestHeaderConfigurations: [{ headerName: "X-Edge", headerValue: "agw" }] });
});
