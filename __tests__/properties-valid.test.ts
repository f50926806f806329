// Property-based tests (fast-check), valid props: a random valid gateway
// synthesizes (to the same bytes twice), deploys as intended in the provider
// model, and in the single-resource mode PUTs a strictly valid body that leaves the
// same gateway in Azure as the default mode.
import * as fc from "fast-check";
import { GatewayDeployment } from "../lib";
import { expectDeploysAsIntended, expectNoChanges } from "./support/deploy-checks";
import { expectedProfiles, synth, validGateway } from "./support/gateway-spec";
import { deploySingleResource, gatewaysOfBothModes } from "./support/single-resource";

/** Valid cases, every one deployed in the provider model in both modes; the first few also synthesized twice. */
const RUNS = 60;
const TWICE = 10;

test("random valid props synthesize, deploy as intended in both modes, and leave the same gateway in Azure either way", () => {
  let run = 0;
  fc.assert(
    fc.property(validGateway, (spec) => {
      const first = synth(spec);
      if (run++ < TWICE) expect(synth(spec)).toBe(first);
      const json = JSON.parse(first);
      const gw = Object.values(json.resource.azurerm_application_gateway)[0] as any;
      expect(gw.http_listener).toHaveLength(spec.listeners.length);
      const passthrough = spec.listeners.filter((l) => l.auth === "passthrough").length;
      expect(first.includes("azapi_update_resource")).toBe(passthrough > 0);
      expectDeploysAsIntended(json, { [spec.name]: expectedProfiles(spec) });

      const single = JSON.parse(synth(spec, GatewayDeployment.SINGLE_AZAPI_RESOURCE));
      const deployed = deploySingleResource(single);
      expect([deployed.validation, deployed.schemaErrors, deployed.changedAfterApply]).toEqual([[], [], false]);
      expectNoChanges(single);
      const [singleGateway, defaultGateway] = gatewaysOfBothModes(single, json);
      expect(singleGateway).toEqual(defaultGateway);
    }),
    { numRuns: RUNS, seed: 20261128 },
  );
  console.log(`property cases: ${run} valid, each deployed in the provider model in both modes (${Math.min(run, TWICE)} synthesized twice)`);
});
