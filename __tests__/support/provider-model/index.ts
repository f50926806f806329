/**
 * A model of what deploying a synthesized stack does to each Application Gateway in it,
 * written from the providers' source (never run against Azure):
 *
 * - azurerm 4.55.0 and 4.73.0 (with its layer-4 blocks) `azurerm_application_gateway` (azurerm.ts, azurerm-schema.ts): the
 *   plan-time checks, the create PUT (resourceApplicationGatewayCreate and its expand*
 *   functions) and the update PUT (resourceApplicationGatewayUpdate: GET at 2025-01-01,
 *   changed blocks re-expanded, whole model PUT back);
 * - ARM (arm.ts): a PUT stores the writable properties; a GET at 2025-03-01 adds ids and
 *   read-only fields and leaves certificate secrets out;
 * - azapi 2.10.0 `azapi_update_resource` (azapi.ts, json.ts, bicep-types.ts): GET, merge
 *   of `body` (lists by item name), GetWriteOnly with the embedded 2025-03-01 type, PUT;
 *   and Read, the projection of the next GET onto `body` that decides whether the next
 *   plan shows a change; `azapi_resource` (validation, PUT, Read) for a whole-gateway body;
 * - azurerm's Read (azurerm-read.ts: resourceApplicationGatewayRead and every
 *   flattenApplicationGateway* function; azurerm-resources.ts: the Read of each other resource
 *   the library writes) and the plugin SDK's diff (plan.ts): the next plan after the apply.
 *
 * Unknown values of the synthesized JSON are resolved deterministically (terraform.ts).
 *
 * Public functions (stack = the synthesized JSON, e.g. support/stack.ts synthJson):
 * - `azurermPutBody(stack, gatewayAddress)`: the create PUT body (throws ProviderErrors);
 * - `azurermErrors(stack, gatewayAddress)`: what azurerm would stop with, at plan or apply;
 * - `deployStack(stack)`: create, then every patch of each gateway, then each patch's
 *   read-back: one `DeployedGateway` per gateway;
 * - `finalGatewayBody(stack)`: the gateway as a 2025-03-01 GET returns it after the apply;
 * - `gatewayChange(deployed, changed)`: an azurerm update of the gateway (e.g. a tag) after
 *   the deploy: its PUT, the read-back of each patch right after it, and, when the patch is
 *   `replace_triggered_by` the gateway, the patch re-run in the same apply;
 * - `gatewayState(deployed)`, `gatewayPlan(deployed, config?)`: azurerm's state of the gateway
 *   after the refresh, and the next plan's changes to it;
 * - `planStack(stack, options?, edits?)`: the next plan of every resource of the stack;
 * - `armPut`/`armGet`, `azapiUpdatePut`/`azapiUpdateReadBack`, `azapiResourceValidate`/
 *   `azapiResourcePut`/`azapiResourceReadBack`: the single steps.
 *
 * Left out: Azure's own validation of a gateway's semantics and the defaults it fills in
 * beyond the spec's read-only fields (stated exceptions: a subnet delegation's actions, a role
 * assignment's roleDefinitionId, the WAF policy's js_challenge_cookie_expiration); the order
 * azurerm gives set blocks (hash order; the model keeps config order, which neither ARM nor
 * azapi's by-name merges depend on) and the custom Set hash functions (a set item matches
 * when no field differs); private endpoint connections; Terraform's refresh-only and import
 * paths; azapi's retries, locks, timeouts, outputs (response_export_values) and
 * `ignore_no_op_changes`.
 */
import { ArmGateway, armGet, ArmOptions, armPut } from "./arm";
import { azapiUpdatePut, azapiUpdateReadBack, ReadBack, UpdateResourceConfig } from "./azapi";
import { azurermCreate, azurermUpdate, ProviderError, ProviderErrors } from "./azurerm";
import { flattenGateway } from "./azurerm-read";
import { RESOURCES, resolvedConfig } from "./azurerm-resources";
import { base64EncodeIfNot, gatewaySchema, readConfig } from "./azurerm-schema";
import { azapiResourcePut, azapiResourceReadBack, ResourceConfig } from "./azapi";
import { JsonObject, semanticallyEqual } from "./json";
import { Change, diffResource } from "./plan";
import { MODEL_VARIABLES, Resolver, resourcesOf } from "./terraform";

export { ArmError, armGet, armPut } from "./arm";
export type { ArmGateway, ArmOptions } from "./arm";
export { azapiResourcePut, azapiResourceReadBack, azapiResourceValidate, azapiUpdatePut, azapiUpdateReadBack } from "./azapi";
export type { ReadBack, ResourceConfig, UpdateResourceConfig } from "./azapi";
export { EXPANDERS, formatError, NOT_IN_2025_01_01, ProviderErrors } from "./azurerm";
export type { ProviderError } from "./azurerm";
export { MODEL_VARIABLES, SUBSCRIPTION_ID } from "./terraform";
export type { Change } from "./plan";

export interface ModelOptions extends ArmOptions {
  /** Values of Terraform variables (default MODEL_VARIABLES). */
  readonly variables?: { readonly [name: string]: string };
}

const resolverFor = (stack: JsonObject, o: ModelOptions) => new Resolver(stack, o.variables ?? MODEL_VARIABLES);

/** Addresses of the stack's `azurerm_application_gateway` resources. */
export const gatewayAddresses = (stack: JsonObject): string[] =>
  resourcesOf(stack, "azurerm_application_gateway").map(([name]) => `azurerm_application_gateway.${name}`);

/** The errors azurerm would stop with for this gateway (empty when it deploys). */
export function azurermErrors(stack: JsonObject, gatewayAddress: string, o: ModelOptions = {}): ProviderError[] {
  return azurermCreate(gatewayAddress, resolverFor(stack, o)).errors;
}

/** A write's PUT body; throws ProviderErrors when azurerm would stop instead. */
function bodyOf(write: { readonly body?: JsonObject; readonly errors: ProviderError[] }): JsonObject {
  if (!write.body) throw new ProviderErrors(write.errors);
  return write.body;
}

/** The ARM PUT body azurerm's create path sends (API 2025-01-01); throws ProviderErrors when it would fail. */
export function azurermPutBody(stack: JsonObject, gatewayAddress: string, o: ModelOptions = {}): JsonObject {
  return bodyOf(azurermCreate(gatewayAddress, resolverFor(stack, o)));
}

/** One `azapi_update_resource` of a gateway, as deployed. */
export interface DeployedPatch {
  readonly address: string;
  /** Resolved config. */
  readonly config: UpdateResourceConfig;
  /** The GET azapi read before its PUT. */
  readonly existing: JsonObject;
  /** The PUT body azapi sent (API 2025-03-01). */
  readonly put: JsonObject;
  /** Its Read right after the apply (the next plan's refresh). */
  readonly readBack: ReadBack;
  /** Whether the patch's lifecycle replaces it whenever the gateway changes. */
  readonly replacedWithGateway: boolean;
}

/** A gateway after `terraform apply`. */
export interface DeployedGateway {
  readonly stack: JsonObject;
  readonly address: string;
  readonly gatewayId: string;
  readonly options: ModelOptions;
  /** azurerm's create PUT body (API 2025-01-01). */
  readonly azurermPut: JsonObject;
  /** GET at 2025-03-01 after azurerm's create, before the patches. */
  readonly afterCreate: JsonObject;
  readonly patches: DeployedPatch[];
  /** The gateway as ARM holds it at the end of the apply. */
  readonly arm: ArmGateway;
  /** GET at 2025-03-01 at the end of the apply. */
  readonly final: JsonObject;
}

/** The patches (`azapi_update_resource`) whose target is this gateway, resolved. */
function patchesOf(stack: JsonObject, gatewayAddress: string, gatewayId: string, resolver: Resolver) {
  return resourcesOf(stack, "azapi_update_resource")
    .map(([name, raw]) => ({ address: `azapi_update_resource.${name}`, raw, config: resolver.resolve(raw) as unknown as UpdateResourceConfig }))
    .filter((p) => p.config.resource_id === gatewayId)
    .map((p) => ({
      ...p,
      replacedWithGateway:
        ((p.raw.lifecycle as JsonObject | undefined)?.replace_triggered_by as string[] | undefined)?.includes(gatewayAddress) ?? false,
    }));
}

/** Runs the patches of a gateway in stack order (each GET → merge → strip → PUT). */
function runPatches(
  gateway: ArmGateway,
  patches: readonly Pick<DeployedPatch, "address" | "config" | "replacedWithGateway">[],
): { arm: ArmGateway; runs: Omit<DeployedPatch, "readBack">[] } {
  let arm = gateway;
  const runs = patches.map((p) => {
    const existing = armGet(arm);
    const put = azapiUpdatePut(p.config, existing);
    arm = armPut(arm.id, put, "2025-03-01", arm);
    return { address: p.address, config: p.config, existing, put, replacedWithGateway: p.replacedWithGateway };
  });
  return { arm, runs };
}

/** `terraform apply` of a new stack, per gateway: azurerm's create, then its patches; throws ProviderErrors or ArmError. */
export function deployStack(stack: JsonObject, o: ModelOptions = {}): DeployedGateway[] {
  const resolver = resolverFor(stack, o);
  return gatewayAddresses(stack).map((address) => {
    const write = azurermCreate(address, resolver);
    const azurermPut = bodyOf(write);
    const created = armPut(write.gatewayId, azurermPut, "2025-01-01", undefined, o);
    const { arm, runs } = runPatches(created, patchesOf(stack, address, write.gatewayId, resolver));
    const final = armGet(arm);
    const patches = runs.map((r) => ({ ...r, readBack: azapiUpdateReadBack(r.config, final) }));
    return { stack, address, gatewayId: write.gatewayId, options: o, azurermPut, afterCreate: armGet(created), patches, arm, final };
  });
}

/** The gateway's GET (2025-03-01) after deploying the stack; the stack's only gateway unless an address is given. */
export function finalGatewayBody(stack: JsonObject, gatewayAddress?: string, o: ModelOptions = {}): JsonObject {
  const deployed = deployStack(stack, o);
  const one = gatewayAddress ? deployed.find((g) => g.address === gatewayAddress) : deployed.length === 1 ? deployed[0] : undefined;
  if (!one) throw new Error(`provider model: ${gatewayAddress ?? `expected one gateway, found ${deployed.length}`}`);
  return one.final;
}

/** A later apply in which Terraform sees the gateway's arguments `changed`. */
export interface GatewayChange {
  /** azurerm's update PUT (API 2025-01-01). */
  readonly azurermPut: JsonObject;
  /** GET right after azurerm's update. */
  readonly afterAzurerm: JsonObject;
  /** Each patch's Read against that GET: what a plan would show if nothing re-ran the patch. */
  readonly readBackAfterAzurerm: ReadBack[];
  /** Whether every patch is replaced in the same apply (its `replace_triggered_by`), and ran again. */
  readonly patchesReran: boolean;
  /** GET at the end of the apply, and each patch's Read against it. */
  readonly final: JsonObject;
  readonly readBackFinal: ReadBack[];
}

/** An azurerm update of a deployed gateway, e.g. `changed = ["tags"]`; throws ProviderErrors or ArmError. */
export function gatewayChange(g: DeployedGateway, changed: string[] = ["tags"]): GatewayChange {
  const resolver = resolverFor(g.stack, g.options);
  const azurermPut = bodyOf(azurermUpdate(g.address, resolver, g.final, changed));
  const updated = armPut(g.gatewayId, azurermPut, "2025-01-01", g.arm);
  const afterAzurerm = armGet(updated);
  const readBackAfterAzurerm = g.patches.map((p) => azapiUpdateReadBack(p.config, afterAzurerm));
  const patchesReran = g.patches.length > 0 && g.patches.every((p) => p.replacedWithGateway);
  const rerun = patchesReran ? runPatches(updated, g.patches).arm : updated;
  const final = armGet(rerun);
  return {
    azurermPut,
    afterAzurerm,
    readBackAfterAzurerm,
    patchesReran,
    final,
    readBackFinal: g.patches.map((p) => azapiUpdateReadBack(p.config, final)),
  };
}

/** The gateway's resolved config in the stack (what the next plan compares the state with). */
export function gatewayConfig(g: DeployedGateway): JsonObject {
  const [type, name] = g.address.split(".");
  const resolver = resolverFor(g.stack, g.options);
  return resolver.resolve(resolver.resource(type, name)) as JsonObject;
}

const azurermVersion = (g: DeployedGateway) => resolverFor(g.stack, g.options).requiredVersion("azurerm");

/**
 * azurerm's state of the gateway after the apply and the next plan's refresh: Create ends
 * with Read (resourceApplicationGatewayCreate → resourceApplicationGatewayRead) of the GET
 * after its PUT, from the planned values (the config, ssl_certificate data through its
 * StateFunc); the patches run; the refresh reads the final GET on top of that state.
 */
export function gatewayState(g: DeployedGateway): JsonObject {
  const version = azurermVersion(g);
  const planned = readConfig(gatewayConfig(g), gatewaySchema(version)).data;
  planned.ssl_certificate = (planned.ssl_certificate as JsonObject[]).map((c) => ({ ...c, data: base64EncodeIfNot(String(c.data)) }));
  const created = flattenGateway(g.afterCreate, planned, version);
  return flattenGateway(g.final, created, version);
}

/** The next plan's changes to the gateway: `config` (default: the stack's) against the refreshed state. */
export function gatewayPlan(g: DeployedGateway, config: JsonObject = gatewayConfig(g), state: JsonObject = gatewayState(g)): Change[] {
  return diffResource(gatewaySchema(azurermVersion(g)), config, state);
}

/** What the next plan does to one resource. */
export interface ResourcePlan {
  readonly address: string;
  /** "replace": a ForceNew change, or replace_triggered_by a resource the plan changes. */
  readonly action: "no-op" | "update" | "replace";
  /** The changed attributes (azapi: the body's read-back differs). */
  readonly changes: Change[];
}

/** Edits for planStack: `config` changes what the next plan compares; `state` what the refresh read. */
export interface PlanEdits {
  readonly config?: (address: string, config: JsonObject) => JsonObject;
  readonly state?: (address: string, state: JsonObject) => JsonObject;
}

const actionOf = (changes: Change[]): ResourcePlan["action"] => (changes.length === 0 ? "no-op" : changes.some((c) => c.forceNew) ? "replace" : "update");

/** A stack after `terraform apply` in the model: each azurerm gateway with its patches, and each gateway azapi_resource with its GET. */
export interface AppliedStack {
  readonly stack: JsonObject;
  readonly options: ModelOptions;
  readonly gateways: DeployedGateway[];
  readonly azapiGateways: { readonly address: string; readonly config: ResourceConfig; readonly final: JsonObject }[];
}

/** `terraform apply` of a new stack (deployStack, and each gateway azapi_resource's PUT); `gateways` when already deployed. */
export function applyStack(stack: JsonObject, o: ModelOptions = {}, gateways: DeployedGateway[] = deployStack(stack, o)): AppliedStack {
  const resolver = resolverFor(stack, o);
  const azapiGateways = resourcesOf(stack, "azapi_resource").map(([name, raw]) => {
    const address = `azapi_resource.${name}`;
    const config = resolver.resolve(raw) as unknown as ResourceConfig;
    if (!String(config.type).startsWith("Microsoft.Network/applicationGateways@")) throw new Error(`provider model: no Read modelled for ${address}`);
    const id = `${config.parent_id}/providers/Microsoft.Network/applicationGateways/${config.name}`;
    const { body, errors } = azapiResourcePut(config);
    if (!body) throw new Error(`provider model: ${address} would not deploy: ${errors.join("; ")}`);
    return { address, config, final: armGet(armPut(id, body, "2025-03-01", undefined, o)) };
  });
  return { stack, options: o, gateways, azapiGateways };
}

/**
 * The plan after `terraform apply` of the stack and a refresh, for every resource: azurerm's
 * gateway (gatewayPlan), the other azurerm resources the model knows (azurerm-resources.ts;
 * an unknown azurerm type is an error), each azapi_update_resource (its Read against the final
 * GET; replaced when its replace_triggered_by names a resource the plan changes) and each
 * gateway azapi_resource (its Read against the GET after its PUT). `applied` when already applied.
 */
export function planStack(stack: JsonObject, o: ModelOptions = {}, edits: PlanEdits = {}, applied: AppliedStack = applyStack(stack, o)): ResourcePlan[] {
  const resolver = resolverFor(stack, o);
  const editConfig = edits.config ?? ((_a: string, c: JsonObject) => c);
  const editState = edits.state ?? ((_a: string, s: JsonObject) => s);
  const plans: ResourcePlan[] = [];
  for (const g of applied.gateways) {
    const changes = gatewayPlan(g, editConfig(g.address, gatewayConfig(g)), editState(g.address, gatewayState(g)));
    plans.push({ address: g.address, action: actionOf(changes), changes });
  }
  const types = Object.keys((stack.resource ?? {}) as JsonObject);
  for (const type of types.filter((t) => t.startsWith("azurerm_") && t !== "azurerm_application_gateway")) {
    const model = RESOURCES[type];
    if (!model) throw new Error(`provider model: no Read modelled for ${type}`);
    for (const [name] of resourcesOf(stack, type)) {
      const address = `${type}.${name}`;
      const config = resolvedConfig(resolver, type, name);
      const state = editState(address, model.read(config, { address }));
      const changes = diffResource(model.schema, editConfig(address, config), state);
      plans.push({ address, action: actionOf(changes), changes });
    }
  }
  // azapi's Read projects the GET onto the body in state (the applied config's); the plan then
  // compares the config's body with that.
  const bodyChanges = (readBack: ReadBack, applied: JsonObject | undefined, configured: JsonObject | undefined): Change[] =>
    readBack.changed || !semanticallyEqual(applied ?? {}, configured ?? {}) ? [{ path: "body", old: readBack.body, new: configured, forceNew: false }] : [];
  for (const { address, config, final } of applied.azapiGateways) {
    const edited = editConfig(address, config as unknown as JsonObject) as unknown as ResourceConfig;
    const changes = bodyChanges(azapiResourceReadBack(config, final), config.body, edited.body);
    plans.push({ address, action: actionOf(changes), changes });
  }
  const changed = new Set(plans.filter((p) => p.action !== "no-op").map((p) => p.address));
  for (const g of applied.gateways) {
    for (const p of g.patches) {
      const config = editConfig(p.address, p.config as unknown as JsonObject) as unknown as UpdateResourceConfig;
      const changes = bodyChanges(azapiUpdateReadBack(p.config, g.final), p.config.body, config.body);
      const replaced = p.replacedWithGateway && changed.has(g.address);
      plans.push({ address: p.address, action: replaced ? "replace" : actionOf(changes), changes });
    }
  }
  return plans;
}
