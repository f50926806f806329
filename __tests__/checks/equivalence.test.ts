// The policy pack on raw twins of the library's gateways reports exactly what the construct
// reports for the same gateway (same rule ids, severities, parts and messages): every example
// and the property tests' valid gateways (same generator, seed and count), in both deployment
// modes: the azurerm resource with its passthrough patch, and the single azapi_resource.
import * as fc from "fast-check";
import { TerraformStack } from "cdktf";
import { GatewayDeployment } from "../../lib";
import { build, validGateway } from "../support/gateway-spec";
import { defaultDeploymentRefused, STACKS } from "../support/stacks";
import { testStack } from "../support/stack";
import { constructReports, packReports, rawTwin } from "./twins";

// As many as the property test deploys (properties-valid.test.ts: 60 runs, seed 20261128), from the same generator and seed.
const PROPERTY_CASES = 60;
const MODES = [GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH, GatewayDeployment.SINGLE_AZAPI_RESOURCE];

const cases: [string, (d: GatewayDeployment) => TerraformStack][] = [
  ...Object.entries(STACKS).map(([name, make]): [string, (d: GatewayDeployment) => TerraformStack] => [`example ${name}`, make]),
  ...fc.sample(validGateway, { numRuns: PROPERTY_CASES, seed: 20261128 }).map((spec, i): [string, (d: GatewayDeployment) => TerraformStack] => [
    `property gateway ${i} (${spec.listeners.length} listeners, ${spec.sku})`,
    (d) => {
      const stack = testStack();
      build(stack, spec, d);
      return stack;
    },
  ]),
];

/**
 * A layer-4 example's default deployment needs azurerm ≥ 4.67: the cdktf flavour (4.55) refuses it at
 * synth (AGW-DEPLOYMENT-MODE), so there is no azurerm gateway to twin; the cdktn flavour (4.73) has the row.
 */
const refused = (name: string, mode: GatewayDeployment) =>
  mode === GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH && defaultDeploymentRefused(name.replace(/^example /, ""));
const rows = cases.flatMap(([name, make]) => MODES.filter((mode) => !refused(name, mode)).map((mode) => [name, mode, make] as const));
/** Findings the constructs reported, over all rows: the comparison is not of empty lists only. */
let reported = 0;

test.each(rows)("%s, %s: the raw twin's findings are the construct's", (_name, mode, make) => {
  const original = make(mode);
  const twin = rawTwin(original);
  const expected = constructReports(original);
  reported += expected.length;
  expect(packReports(twin)).toEqual(expected);
  // Nothing of the twin went unread.
  const infos = twin.gateway.node.metadata.filter((m) => /info/i.test(m.type)).map((m) => String(m.data));
  expect(infos).toEqual([]);
});

test("the equivalence covers every example and the property cases, in both modes, and the constructs reported findings to compare", () => {
  const refusedRows = Object.keys(STACKS).filter(defaultDeploymentRefused).length;
  expect(rows.length).toBe((Object.keys(STACKS).length + PROPERTY_CASES) * 2 - refusedRows);
  console.log(`equivalence: ${rows.length} gateways, ${reported} findings reported by the constructs`);
  expect(reported).toBeGreaterThan(0);
});
