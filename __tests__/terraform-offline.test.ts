// The seed's stack through the real Terraform CLI, offline: every provider
// resource is a built-in `terraform_data` stand-in (tools/terraform-standin.ts),
// so init, validate, apply and plan run without downloading azurerm or azapi.
import { Testing } from "cdktf";
import { GatewayDeployment } from "../lib";
import { MtlsPassthroughStack, SEED_PARAMETERS, SeedParameters } from "../main";
import { findTerraform, PlannedChange, StandInWorkspace, standInName, TfJson, toStandIn } from "../tools/terraform-standin";
import { whenAvailable } from "./support/requirements";
import { onlyResource, testApp } from "./support/stack";

jest.setTimeout(30_000);

/** The seed's stack as cdk.tf.json, with some parameters changed. */
function seedStack(changes: Partial<SeedParameters> = {}, edit?: (stack: MtlsPassthroughStack) => void): TfJson {
  const stack = new MtlsPassthroughStack(testApp(), "mtls-passthrough", { ...SEED_PARAMETERS, ...changes });
  edit?.(stack);
  return JSON.parse(Testing.synth(stack, true));
}

const seed = seedStack();
const gateway = onlyResource(seed, "azurerm_application_gateway");
const patch = onlyResource(seed, "azapi_update_resource");
/** Stand-in address of a resource address `type.name`. */
const standIn = (address: string) => `terraform_data.${standInName(...(address.split(".") as [string, string]))}`;

describe("stand-in conversion", () => {
  const converted = toStandIn(seed);
  const standIns = converted.resource.terraform_data;
  const patchStandIn = standIns[standInName("azapi_update_resource", patch.address.split(".")[1])];

  test("every resource becomes one terraform_data; no provider, required_providers or backend is left", () => {
    const count = (json: TfJson) => Object.values(json.resource).reduce((n: number, byName: any) => n + Object.keys(byName).length, 0);
    expect(Object.keys(converted.resource)).toEqual(["terraform_data"]);
    expect(Object.keys(standIns)).toHaveLength(count(seed));
    expect(converted.provider).toBeUndefined();
    expect(converted.terraform).toBeUndefined();
    expect(converted.variable).toEqual(seed.variable);
  });

  test("arguments move to input, references point at the stand-in's output", () => {
    expect(patchStandIn.input.body).toEqual(patch.config.body);
    expect(patchStandIn.input.resource_id).toBe(`\${${standIn(gateway.address)}.output.id}`);
    expect(converted.output.public_ip_address.value).toMatch(/^\$\{terraform_data\.azurerm_public_ip__\w+\.output\.ip_address\}$/);
  });

  test("meta-arguments keep their form, addresses rewritten to the stand-in's", () => {
    expect(patchStandIn.depends_on).toEqual([standIn(gateway.address)]);
    expect(patchStandIn.lifecycle).toEqual({ replace_triggered_by: [standIn(gateway.address)] });
    expect(patchStandIn.input).not.toHaveProperty("lifecycle");
  });

  test("computed attributes that something reads get a value; others do not", () => {
    const gw = standIns[standInName("azurerm_application_gateway", gateway.address.split(".")[1])];
    expect(gw.input.id).toBe(
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/${var.resource_group_name}/providers/azurerm_application_gateway/mtlsAppGw",
    );
    expect(patchStandIn.input).not.toHaveProperty("id");
  });
});

const TERRAFORM = findTerraform();

whenAvailable("the terraform CLI on PATH", TERRAFORM !== undefined, Boolean(process.env.CI))("Terraform CLI on the stand-in", () => {
  let ws: StandInWorkspace;
  beforeEach(() => {
    ws = new StandInWorkspace({ resource_group_name: "rg-mtls", location: "westus" }, TERRAFORM!);
  });
  afterEach(() => ws.dispose());

  /** Writes, inits and applies the seed's stand-in to local state. */
  const deploySeed = () => {
    ws.write(seed);
    ws.ok("init");
    ws.ok("validate");
    ws.ok("apply", ["-auto-approve"]);
  };
  const actionsOf = (changes: PlannedChange[]) => Object.fromEntries(changes.map((c) => [c.address, c.actions]));

  test("validates and applies; a second plan is empty", () => {
    deploySeed();
    expect(ws.run("plan", "-detailed-exitcode").status).toBe(0);
  });

  test.each<[string, Partial<SeedParameters>]>([
    ["a listener setting (frontend port)", { frontendPort: 8443 }],
    ["the capacity", { capacity: 3 }],
  ])("changing %s updates the gateway and replaces the passthrough patch in the same plan", (_what, change) => {
    deploySeed();
    ws.write(seedStack(change));
    const changes = ws.plan();
    const patchChange = changes.find((c) => c.address === standIn(patch.address));
    expect(patchChange?.reason).toBe("replace_by_triggers");
    expect(actionsOf(changes.filter((c) => c.actions[0] !== "no-op"))).toEqual({
      [standIn(gateway.address)]: ["update"],
      [standIn(patch.address)]: ["delete", "create"],
    });
  });

  describe("moving the deployed gateway to the single azapi_resource (movedFrom)", () => {
    const single = (movedFrom?: GatewayDeployment) =>
      JSON.parse(
        Testing.synth(
          new MtlsPassthroughStack(testApp(), "mtls-passthrough", SEED_PARAMETERS, GatewayDeployment.SINGLE_AZAPI_RESOURCE, movedFrom),
          true,
        ),
      );
    const destroyed = (changes: PlannedChange[]) => changes.filter((c) => c.actions.includes("delete")).map((c) => c.address);

    test("with movedFrom, the plan moves the gateway, forgets the patch and destroys nothing", () => {
      deploySeed();
      ws.write(single(GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH));
      const changes = ws.plan();
      const azapi = onlyResource(single(GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH), "azapi_resource");
      const moved = changes.find((c) => c.address === standIn(azapi.address));
      expect(moved?.previousAddress).toBe(standIn(gateway.address));
      // The stand-in's input changes (azurerm's arguments become azapi's), so an update; azapi's first plan after
      // a move is also an in-place update (it loads the remote body): one PUT, never a delete.
      expect(moved?.actions).toEqual(["update"]);
      expect(changes.find((c) => c.address === standIn(patch.address))?.actions).toEqual(["forget"]);
      expect(destroyed(changes)).toEqual([]);
    });

    test("the check is not vacuous: without movedFrom the same switch destroys the gateway and creates another", () => {
      deploySeed();
      ws.write(single());
      const changes = ws.plan();
      expect(destroyed(changes)).toEqual(expect.arrayContaining([standIn(gateway.address), standIn(patch.address)]));
      expect(changes.filter((c) => c.type === "azapi_resource").map((c) => c.actions)).toEqual([["create"]]);
    });
  });

  test("the check is not vacuous: cdktf's own replace_triggered_by form (`${resource}`) fails validate", () => {
    const cdktfForm = seedStack({}, (s) => {
      s.gateway.passthroughPatch!.resource.lifecycle = { replaceTriggeredBy: [s.gateway.resource] };
    });
    expect(onlyResource(cdktfForm, "azapi_update_resource").config.lifecycle.replace_triggered_by).toEqual([
      `\${${gateway.address}}`,
    ]);
    ws.write(cdktfForm);
    const validate = ws.run("validate");
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(/Error: Invalid expression\s+on main\.tf\.json .*lifecycle\.replace_triggered_by/);
  });
});
