// The provider model's verdict on a synthesized stack (see provider-model/index.ts), as
// jest expectations shared by every test that synthesizes a deployable stack.
import {
  AppliedStack,
  applyStack,
  deployStack,
  DeployedGateway,
  gatewayChange,
  gatewayConfig,
  gatewayPlan,
  gatewayState,
  ModelOptions,
  planStack,
  ResourcePlan,
} from "./provider-model";
import { flattenGateway } from "./provider-model/azurerm-read";
import { strictPutBodyValidator } from "./arm-schema";
import { getWriteOnly } from "./provider-model/bicep-types";

/** How a gateway's SSL profiles must end up: by Azure name. */
export interface ExpectedProfiles {
  readonly passthrough: string[];
  /** Strict profiles and the names of their trusted client CAs. */
  readonly strict: { readonly name: string; readonly trustedClientCertificates: string[] }[];
  /** Profiles without client authentication. */
  readonly none?: string[];
}

const profilesOf = (body: any): any[] => body.properties.sslProfiles ?? [];
const modeOf = (profile: any): string | undefined => profile.properties.clientAuthConfiguration?.verifyClientAuthMode;

/**
 * Deploys the stack in the model and expects, for each gateway (keyed by its Azure name):
 * - azurerm's create PUT and every azapi PUT validate against the strict 2025-03-01 schema;
 * - right after the apply, no patch's read-back shows a change;
 * - after an azurerm-only write (a tag change: azurerm GETs and PUTs at 2025-01-01, so the
 *   passthrough mode is gone) every patch's read-back does, and the patch, replaced with
 *   the gateway in the same apply, puts it back with no change left;
 * - in the final body every passthrough profile is Passthrough, every strict one keeps its
 *   trusted CAs and is not, and no other profile exists;
 * - the next plan, after the refresh, changes no resource of the stack (expectNoChanges);
 *   a changed listener host name plans an in-place update of the gateway, the replacement of
 *   its patches (their replace_triggered_by) and nothing else, and the gateway's plan after
 *   that apply is empty too (expectGatewayPlans).
 */
export function expectDeploysAsIntended(
  stack: any,
  expected: { [gatewayName: string]: ExpectedProfiles },
  options: ModelOptions = {}
): DeployedGateway[] {
  const validate = strictPutBodyValidator();
  const deployed = deployStack(stack, options);
  expect(deployed.map((g) => g.final.name).sort()).toEqual(Object.keys(expected).sort());
  for (const g of deployed) {
    const want = expected[g.final.name as string];
    expect({ gateway: g.address, azurermPut: validate(g.azurermPut) }).toEqual({ gateway: g.address, azurermPut: [] });
    for (const p of g.patches) {
      // azapi strips what its 2025-03-01 type does not know before the PUT, so the PUT's
      // validation cannot see a misspelled key: the patch body itself must lose nothing.
      expect({ patch: p.address, body: getWriteOnly(p.config.body ?? {}) }).toEqual({ patch: p.address, body: p.config.body ?? {} });
      expect({ patch: p.address, put: validate(p.put), changedAfterApply: p.readBack.changed }).toEqual({
        patch: p.address,
        put: [],
        changedAfterApply: false,
      });
    }
    if (want.passthrough.length > 0) {
      const change = gatewayChange(g, ["tags"]);
      expect(change.readBackAfterAzurerm.map((r) => r.changed)).toEqual(g.patches.map(() => true));
      expect(change.patchesReran).toBe(true);
      expect(change.readBackFinal.map((r) => r.changed)).toEqual(g.patches.map(() => false));
    }
    expectProfiles(g, want);
    expectGatewayPlans(g);
  }
  const applied = applyStack(stack, options, deployed);
  expectNoChanges(stack, options, applied);
  const hostChanged = planStack(stack, options, { config: (a, c) => (a.startsWith("azurerm_application_gateway.") ? withListenerHostChanged(c) : c) }, applied);
  const patches = deployed.flatMap((g) => g.patches.map((p) => p.address));
  expect(actions(hostChanged)).toEqual(
    Object.fromEntries(
      hostChanged.map((p) => [
        p.address,
        p.address.startsWith("azurerm_application_gateway.") ? "update" : patches.includes(p.address) ? "replace" : "no-op",
      ]),
    ),
  );
  return deployed;
}

const actions = (plans: ResourcePlan[]) => Object.fromEntries(plans.map((p) => [p.address, p.action]));

/**
 * The plan after the apply and a refresh changes nothing, for every resource of the stack (either
 * deployment mode). In the single-resource mode, a changed listener host name in the gateway's
 * body plans an update of that azapi_resource and nothing else.
 */
export function expectNoChanges(stack: any, options: ModelOptions = {}, applied: AppliedStack = applyStack(stack, options)): void {
  const plans = planStack(stack, options, {}, applied);
  expect(plans.filter((p) => p.action !== "no-op")).toEqual([]);
  expect(plans.length).toBe(Object.values(stack.resource).reduce((n: number, r: any) => n + Object.keys(r).length, 0));
  if (stack.resource.azapi_resource === undefined) return;
  const changeHost = (a: string, c: any) => {
    if (!a.startsWith("azapi_resource.")) return c;
    const copy = JSON.parse(JSON.stringify(c));
    copy.body.properties.httpListeners[0].properties.hostNames = ["plan-check.example.com"];
    return copy;
  };
  const hostChanged = planStack(stack, options, { config: changeHost }, applied);
  expect(actions(hostChanged)).toEqual(Object.fromEntries(hostChanged.map((p) => [p.address, p.address.startsWith("azapi_resource.") ? "update" : "no-op"])));
}

/** The gateway's config with its first listener's host name changed (host_name if it has one, else host_names). */
export function withListenerHostChanged(config: any): any {
  const copy = JSON.parse(JSON.stringify(config));
  const listener = Array.isArray(copy.http_listener) ? copy.http_listener[0] : copy.http_listener;
  if (listener.host_name) listener.host_name = `changed-${listener.host_name}`;
  else listener.host_names = ["plan-check.example.com"];
  return copy;
}

/**
 * The second plan of the gateway is empty; a change of one listener's host name plans an
 * in-place update (no ForceNew attribute), and after azurerm's update (and the patches' re-run)
 * and a refresh the third plan is empty again.
 */
export function expectGatewayPlans(g: DeployedGateway): void {
  const state = gatewayState(g);
  expect({ gateway: g.address, plan: gatewayPlan(g, undefined, state) }).toEqual({ gateway: g.address, plan: [] });
  const changedConfig = withListenerHostChanged(gatewayConfig(g));
  const update = gatewayPlan(g, changedConfig, state);
  expect({ gateway: g.address, changes: update.length > 0, replaces: update.filter((c) => c.forceNew) }).toEqual({
    gateway: g.address,
    changes: true,
    replaces: [],
  });
  const [type, name] = g.address.split(".");
  const stack = JSON.parse(JSON.stringify(g.stack));
  stack.resource[type][name] = changedConfig;
  const changed = { ...g, stack };
  const applied = gatewayChange(changed, ["http_listener"]);
  const version = stack.terraform.required_providers.azurerm.version;
  const after = gatewayPlan(changed, changedConfig, flattenGateway(applied.final, state, version));
  expect({ gateway: g.address, planAfterUpdate: after }).toEqual({ gateway: g.address, planAfterUpdate: [] });
}

function expectProfiles(g: DeployedGateway, want: ExpectedProfiles): void {
  const profiles = profilesOf(g.final);
  const byName = (name: string) => profiles.find((p) => p.name === name);
  const names = [...want.passthrough, ...want.strict.map((s) => s.name), ...(want.none ?? [])];
  expect(profiles.map((p) => p.name).sort()).toEqual([...names].sort());
  for (const name of want.passthrough) expect({ name, mode: modeOf(byName(name)) }).toEqual({ name, mode: "Passthrough" });
  for (const name of want.none ?? []) expect({ name, mode: modeOf(byName(name)) === "Passthrough" }).toEqual({ name, mode: false });
  const trusted = new Set((g.final.properties as any).trustedClientCertificates?.map((c: any) => c.id));
  for (const s of want.strict) {
    const profile = byName(s.name);
    const ids = s.trustedClientCertificates.map((n) => `${g.gatewayId}/trustedClientCertificates/${n}`);
    expect({
      name: s.name,
      passthrough: modeOf(profile) === "Passthrough",
      trusted: profile.properties.trustedClientCertificates.map((r: any) => r.id),
    }).toEqual({
      name: s.name,
      passthrough: false,
      trusted: ids,
    });
    for (const id of ids) expect(trusted.has(id)).toBe(true);
  }
}
