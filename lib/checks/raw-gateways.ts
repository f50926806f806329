// The Application Gateways of a construct tree, as Terraform resources, read into ARM's shape:
// `azurerm_application_gateway` (either flavour's binding: its Terraform type, not its class),
// `azapi_resource` of type Microsoft.Network/applicationGateways@<version>, and the
// `azapi_update_resource` patches that target them by reference (`${<type>.<name>.id}`), whose
// body is merged into the gateway's as azapi merges it (named list items by name).
import { DefaultTokenResolver, StringConcat, TerraformStack, Tokenization } from "cdktf";
import { IConstruct } from "constructs";
import { isObject, Json, JsonObject } from "../adopt/arm-json";
import { GatewayDeployment } from "../core/enums";
import { armFromAzurerm } from "./azurerm-to-arm";
import { RawSurroundings } from "./raw-view";

export const AZURERM_GATEWAY = "azurerm_application_gateway";
export const AZAPI_RESOURCE = "azapi_resource";
export const AZAPI_UPDATE = "azapi_update_resource";
const DIAGNOSTIC_SETTING = "azurerm_monitor_diagnostic_setting";
const GATEWAY_TYPE = /^microsoft\.network\/applicationgateways@/i;

/** A Terraform resource of either flavour: what the checks read of it. */
export interface TerraformResourceLike extends IConstruct {
  readonly terraformResourceType: string;
  readonly friendlyUniqueId: string;
  toTerraform(): any;
}

export function isTerraformResource(c: IConstruct): c is TerraformResourceLike {
  const r = c as Partial<TerraformResourceLike>;
  return typeof r.terraformResourceType === "string" && typeof r.toTerraform === "function" && typeof r.friendlyUniqueId === "string";
}

/** Tokens as the synthesized JSON writes them (cdktf's own resolver). */
const RESOLVER = new DefaultTokenResolver(new StringConcat());

/** The resource's arguments as Terraform JSON (snake_case; expressions as `${...}` strings). */
export function argumentsOf(resource: TerraformResourceLike): JsonObject {
  const json = Tokenization.resolve(resource.toTerraform(), { scope: TerraformStack.of(resource), preparing: false, resolver: RESOLVER });
  return (json?.resource?.[resource.terraformResourceType]?.[resource.friendlyUniqueId] ?? {}) as JsonObject;
}

/** Whether the resource is an Application Gateway (azurerm, or azapi of the gateway type). */
export function isGatewayResource(c: IConstruct): c is TerraformResourceLike {
  if (!isTerraformResource(c)) return false;
  if (c.terraformResourceType === AZURERM_GATEWAY) return true;
  return c.terraformResourceType === AZAPI_RESOURCE && GATEWAY_TYPE.test(String(argumentsOf(c).type ?? ""));
}

/** Whether the resource is a patch of a gateway's type (what it targets is read with `patchTarget`). */
export function isGatewayPatch(c: IConstruct): c is TerraformResourceLike {
  return isTerraformResource(c) && c.terraformResourceType === AZAPI_UPDATE && GATEWAY_TYPE.test(String(argumentsOf(c).type ?? ""));
}

/** The resource a patch's `resource_id` refers to, as `<type>.<name>`; undefined for a literal id or a parent_id and name. */
export function patchTarget(patch: TerraformResourceLike): string | undefined {
  return referencedResource(argumentsOf(patch).resource_id);
}

/** `<type>.<name>`, as references in Terraform JSON spell a resource. */
export const addressOf = (r: TerraformResourceLike): string => `${r.terraformResourceType}.${r.friendlyUniqueId}`;

/** The resource a reference `${<type>.<name>.id}` names, as `<type>.<name>`; undefined for anything else (a literal id). */
export function referencedResource(id: Json | undefined): string | undefined {
  const m = typeof id === "string" ? /^\$\{([a-z0-9_]+\.[^.}]+)\.id\}$/.exec(id) : null;
  return m?.[1];
}

/** What the gateway's stack declares beside it: the workspace of a diagnostic setting whose target is the gateway, by reference. */
export function surroundingsOf(gateway: TerraformResourceLike): RawSurroundings {
  const address = addressOf(gateway);
  const settings = TerraformStack.of(gateway)
    .node.findAll()
    .filter((c): c is TerraformResourceLike => isTerraformResource(c) && c.terraformResourceType === DIAGNOSTIC_SETTING)
    .map(argumentsOf)
    .filter((args) => referencedResource(args.target_resource_id) === address && typeof args.log_analytics_workspace_id === "string");
  return { logAnalyticsWorkspaceId: settings.length > 0 ? String(settings[0].log_analytics_workspace_id) : undefined };
}

/** azapi's merge of a patch body into the resource's: objects key by key, lists of named items by name, anything else replaced. */
export function mergeBody(base: Json | undefined, patch: Json): Json {
  if (isObject(base) && isObject(patch)) {
    const out: JsonObject = { ...base };
    for (const [k, v] of Object.entries(patch)) out[k] = mergeBody(base[k], v);
    return out;
  }
  if (Array.isArray(base) && Array.isArray(patch) && patch.every((x) => isObject(x) && typeof x.name === "string")) {
    const out = [...base];
    for (const item of patch as JsonObject[]) {
      const at = out.findIndex((x) => isObject(x) && x.name === item.name);
      if (at < 0) out.push(item);
      else out[at] = mergeBody(out[at], item);
    }
    return out;
  }
  return patch;
}

/** The resource group a `parent_id` names; the parent_id itself (an expression, say) when it names none. */
function resourceGroupOf(parentId: Json | undefined): Json | undefined {
  const m = typeof parentId === "string" ? /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)$/i.exec(parentId) : null;
  return m ? m[1] : parentId;
}

/** A gateway read into ARM's shape, how it is deployed, and what could not be read. */
export interface RawGateway {
  readonly arm?: JsonObject;
  readonly deployment: GatewayDeployment;
  readonly unreadable?: string;
}

/** The gateway resource in ARM's shape (an azapi body merged with its sensitive body), before patches. */
export function readGateway(resource: TerraformResourceLike): RawGateway {
  const args = argumentsOf(resource);
  if (resource.terraformResourceType === AZURERM_GATEWAY) {
    return { arm: armFromAzurerm(args), deployment: GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH };
  }
  const deployment = GatewayDeployment.SINGLE_AZAPI_RESOURCE;
  if (!isObject(args.body)) return { deployment, unreadable: "its body is a Terraform expression (jsonencode or a variable), not an object the checks can read" };
  const body = isObject(args.sensitive_body) ? (mergeBody(args.body, args.sensitive_body) as JsonObject) : args.body;
  const identity = Array.isArray(args.identity) ? args.identity.filter(isObject)[0] : isObject(args.identity) ? args.identity : undefined;
  const ids = Array.isArray(identity?.identity_ids) ? identity!.identity_ids.filter((i): i is string => typeof i === "string") : [];
  const arm: JsonObject = {
    ...body,
    name: args.name ?? null,
    resourceGroup: resourceGroupOf(args.parent_id) ?? null,
    location: args.location ?? body.location ?? null,
    properties: isObject(body.properties) ? body.properties : {},
  };
  if (isObject(args.tags)) arm.tags = args.tags;
  if (identity !== undefined) arm.identity = { type: identity.type ?? null, userAssignedIdentities: Object.fromEntries(ids.map((i) => [i, {}])) };
  return { arm, deployment };
}
