// What azapi v2.10.0 does with `azapi_update_resource` and `azapi_resource` for the gateway
// type Microsoft.Network/applicationGateways@2025-03-01.
// Source: Azure/terraform-provider-azapi v2.10.0, internal/services/azapi_update_resource.go,
// internal/services/azapi_resource.go, internal/services/resource.go (schemaValidate,
// unmarshalSensitiveBody), internal/azure/fix/fix.go, utils/json.go (see json.ts) and
// internal/azure/types (see bicep-types.ts).
import { GATEWAY_TYPE, getWriteOnly, validate } from "./bicep-types";
import {
  clone,
  filterFields,
  isObject,
  Json,
  JsonObject,
  JsonOptions,
  mergeObject,
  removeNullProperty,
  semanticallyEqual,
  updateObject,
} from "./json";

/** The arguments of an `azapi_update_resource` (resolved, snake_case as synthesized). */
export interface UpdateResourceConfig {
  readonly type: string;
  readonly resource_id?: string;
  readonly body?: JsonObject;
  readonly sensitive_body?: JsonObject;
  readonly sensitive_body_version?: { [path: string]: string };
  readonly ignore_casing?: boolean;
  readonly ignore_missing_property?: boolean;
  readonly ignore_other_items_in_list?: string[];
  readonly list_unique_id_property?: { [path: string]: string };
}

/** The arguments of an `azapi_resource`. */
export interface ResourceConfig extends Omit<UpdateResourceConfig, "resource_id"> {
  readonly name: string;
  readonly parent_id: string;
  readonly location?: string;
  readonly tags?: { [key: string]: string };
  readonly identity?: { type: string; identity_ids?: string[] } | { type: string; identity_ids?: string[] }[];
  readonly ignore_null_property?: boolean;
  readonly schema_validation_enabled?: boolean;
}

/** The outcome of azapi's Read: the body it stores in state, and whether the next plan shows a change. */
export interface ReadBack {
  readonly body: Json | undefined;
  readonly changed: boolean;
}

function requireGatewayType(type: string): void {
  // parse.ResourceIDWithResourceType finds the embedded type of `type`; the model has only this one.
  if (type !== GATEWAY_TYPE) throw new Error(`provider model: azapi type ${type} is not modelled (only ${GATEWAY_TYPE})`);
}

const listIds = (c: UpdateResourceConfig): JsonOptions => (c.list_unique_id_property ? { listUniqueIdProperty: c.list_unique_id_property } : {});

/**
 * unmarshalSensitiveBody: without `sensitive_body_version` the whole sensitive body is sent
 * on every write; with it, only the paths whose version differs from the one in state.
 */
function sensitiveBodyToSend(c: UpdateResourceConfig, versionsInState?: { [path: string]: string }): Json | undefined {
  if (!c.sensitive_body) return undefined;
  if (!c.sensitive_body_version) return c.sensitive_body;
  const paths = Object.entries(c.sensitive_body_version)
    .filter(([p, v]) => versionsInState?.[p] !== v)
    .map(([p]) => p);
  return filterFields(c.sensitive_body, new Set(paths));
}

/**
 * AzapiUpdateResource.CreateUpdate: GET (the caller passes the 2025-03-01 GET) → body merged
 * into it (utils.MergeObjectWithOption: lists by item `name` unless `list_unique_id_property`
 * says otherwise; `ignore_other_items_in_list` plays no part here) → sensitive body merged the
 * same way → GetWriteOnly of the embedded type (read-only and unknown fields stripped) →
 * fix.GetWriteOnlyFix (user-assigned identities sent as {}) → the PUT body returned.
 */
export function azapiUpdatePut(c: UpdateResourceConfig, existing: JsonObject, versionsInState?: { [path: string]: string }): JsonObject {
  requireGatewayType(c.type);
  if (existing.id === undefined) throw new Error(`azapi: update target does not exist ${c.resource_id}`);
  let body: Json | undefined = c.body !== undefined ? mergeObject(clone(existing), clone(c.body), listIds(c)) : clone(existing);
  const sensitive = sensitiveBodyToSend(c, versionsInState);
  if (sensitive !== undefined) body = mergeObject(body, clone(sensitive), listIds(c));
  return fixUserAssignedIdentities(getWriteOnly(body as Json) as JsonObject);
}

/** fix.GetWriteOnlyFix → fixUserAssignedIdentities: each user-assigned identity becomes {}. */
function fixUserAssignedIdentities(body: JsonObject): JsonObject {
  const identities = (body.identity as JsonObject | undefined)?.userAssignedIdentities;
  if (isObject(identities)) for (const k of Object.keys(identities)) identities[k] = {};
  return body;
}

/** The options AzapiUpdateResource.Read / AzapiResource.Read pass to utils.UpdateObject, with the schema defaults. */
function readOptions(c: UpdateResourceConfig & { ignore_null_property?: boolean }): JsonOptions {
  return {
    ignoreCasing: c.ignore_casing ?? false, // schema Default false
    ignoreMissingProperty: c.ignore_missing_property ?? true, // schema Default true
    ignoreNullProperty: c.ignore_null_property ?? false,
    ...listIds(c),
    ...(c.ignore_other_items_in_list?.length ? { ignoreOtherItemsInList: c.ignore_other_items_in_list } : {}),
  };
}

/**
 * AzapiUpdateResource.Read (run by every plan's refresh): the GET projected onto the shape
 * of the configured body (utils.UpdateObject with the resource's own options) becomes the
 * body in state; the `body` plan modifier (DynamicUseStateWhen(SemanticallyEqual)) then
 * shows a change unless config and state are equal as normalized JSON.
 */
export function azapiUpdateReadBack(c: UpdateResourceConfig, get: JsonObject): ReadBack {
  requireGatewayType(c.type);
  const config = c.body ?? {};
  const body = updateObject(clone(config), clone(get), readOptions(c));
  return { body, changed: !semanticallyEqual(config, body) };
}

// ---- azapi_resource ----

/** identity.ExpandIdentity */
function expandIdentity(identity: ResourceConfig["identity"]): Json | undefined {
  const v = Array.isArray(identity) ? identity[0] : identity;
  if (!v) return undefined;
  const ids = v.identity_ids ?? [];
  if (ids.length > 0 && !v.type.includes("UserAssigned")) throw new Error("`identity_ids` can only be specified when `type` includes `UserAssigned`");
  return { type: v.type, ...(ids.length > 0 ? { userAssignedIdentities: Object.fromEntries(ids.map((id) => [id, {}])) } : {}) };
}

/**
 * AzapiResource.ValidateConfig: validateDuplicatedDefinitions, then (unless
 * `schema_validation_enabled = false`) schemaValidate: the body with name, location, tags
 * and identity added and the sensitive body merged in (dynamic.MergeDynamic), checked
 * against the embedded type; "`location` is required" and "`tags` is required" are dropped.
 */
export function azapiResourceValidate(c: ResourceConfig): string[] {
  requireGatewayType(c.type);
  const body = c.body ?? {};
  const errors: string[] = [];
  for (const key of ["tags", "location", "identity"] as const) {
    if (c[key] !== undefined && key in body) errors.push(`can't specify both the argument "${key}" and "${key}" in the argument "body"`);
  }
  if (errors.length > 0 || c.schema_validation_enabled === false) return errors;
  const whole: JsonObject = { ...clone(body), name: c.name };
  if (c.location !== undefined) whole.location = c.location;
  if (c.tags !== undefined) whole.tags = c.tags;
  if (c.identity !== undefined) {
    try {
      whole.identity = expandIdentity(c.identity) ?? null;
    } catch (e) {
      return [(e as Error).message];
    }
  }
  const merged = c.sensitive_body ? mergeObject(whole, clone(c.sensitive_body)) : whole;
  return validate(merged as Json).filter((e) => !e.includes("`location` is required") && !e.includes("`tags` is required"));
}

/**
 * AzapiResource.CreateUpdate: validation first (ValidateConfig runs at plan), then the body
 * with location, tags and identity added when the body lacks them (expandBody), the
 * sensitive body merged by list item name, nulls removed with `ignore_null_property`;
 * sent as it is (azapi_resource does not strip read-only fields).
 */
export function azapiResourcePut(c: ResourceConfig, versionsInState?: { [path: string]: string }): { body?: JsonObject; errors: string[] } {
  const errors = azapiResourceValidate(c);
  if (errors.length > 0) return { errors };
  let body: JsonObject = clone(c.body ?? {});
  if (body.location === undefined && c.location) body.location = c.location;
  if (body.tags === undefined && c.tags && Object.keys(c.tags).length > 0) body.tags = c.tags;
  if (body.identity === undefined && c.identity !== undefined) body.identity = expandIdentity(c.identity) ?? null;
  const sensitive = sensitiveBodyToSend(c, versionsInState);
  if (sensitive !== undefined) body = mergeObject(body, clone(sensitive), listIds(c)) as JsonObject;
  if (c.ignore_null_property) body = removeNullProperty(body) as JsonObject;
  return { body, errors: [] };
}

/** AzapiResource.Read: as azapiUpdateReadBack, with azapi_resource's defaults (ignore_missing_property = true, ignore_casing = false). */
export function azapiResourceReadBack(c: ResourceConfig, get: JsonObject): ReadBack {
  return azapiUpdateReadBack(c, get);
}
