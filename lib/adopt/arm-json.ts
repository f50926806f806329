// An existing gateway as JSON: what `az network application-gateway show -o json` prints,
// or an ARM GET at 2025-03-01, both read into the ARM shape (`{ id, name, location, tags,
// zones, identity, properties: { <collection>: [{ name, id, properties }] } }`).
//
// The two differ: the az CLI prints the Python SDK's models, which flatten `properties`
// (x-ms-client-flatten) into the resource and into every sub-resource, add `resourceGroup`,
// and spell acronyms as the SDK's snake_case names camel-cased back (`frontendIpConfigurations`
// for ARM's `frontendIPConfigurations`, `verifyClientCertIssuerDn` for `verifyClientCertIssuerDN`).

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** The az CLI's spellings of ARM property names that differ (SDK snake_case camel-cased). */
const CLI_NAMES: { readonly [cli: string]: string } = {
  frontendIpConfigurations: "frontendIPConfigurations",
  gatewayIpConfigurations: "gatewayIPConfigurations",
  frontendIpConfiguration: "frontendIPConfiguration",
  publicIpAddress: "publicIPAddress",
  privateIpAddress: "privateIPAddress",
  privateIpAllocationMethod: "privateIPAllocationMethod",
  verifyClientCertIssuerDn: "verifyClientCertIssuerDN",
  backendIpConfigurations: "backendIPConfigurations",
  clientCertIssuerDn: "clientCertIssuerDN",
  privateLinkIpConfigurations: "privateLinkIPConfigurations",
};

/** Keys of a resource or sub-resource that stay beside `properties` in ARM's shape. */
const ENVELOPE = new Set(["id", "name", "type", "etag", "location", "tags", "zones", "identity"]);

/**
 * Collections of sub-resources (`{ name, id, properties }` items) of a gateway, of a URL path map, of a
 * Private Link configuration (its IP configurations) and of a load distribution policy (its targets).
 */
export const SUB_RESOURCE_COLLECTIONS = new Set([
  "gatewayIPConfigurations",
  "authenticationCertificates",
  "trustedRootCertificates",
  "trustedClientCertificates",
  "sslCertificates",
  "frontendIPConfigurations",
  "frontendPorts",
  "probes",
  "backendAddressPools",
  "backendHttpSettingsCollection",
  "backendSettingsCollection",
  "httpListeners",
  "listeners",
  "sslProfiles",
  "urlPathMaps",
  "pathRules",
  "requestRoutingRules",
  "routingRules",
  "rewriteRuleSets",
  "redirectConfigurations",
  "privateLinkConfigurations",
  "privateEndpointConnections",
  "loadDistributionPolicies",
  "entraJWTValidationConfigs",
  "ipConfigurations",
  "loadDistributionTargets",
]);

/** Renames the az CLI's keys, recursively (keys of `tags` and `userAssignedIdentities` are data). */
function armNames(value: Json): Json {
  if (Array.isArray(value)) return value.map(armNames);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [CLI_NAMES[k] ?? k, k === "tags" || k === "userAssignedIdentities" ? v : armNames(v)]),
  );
}

/** A flattened sub-resource (az CLI) back into `{ name, id, etag, type, properties }`. */
function nest(item: Json): Json {
  // A reference (`{ id }`) has no name and nothing to nest.
  if (!isObject(item) || isObject(item.properties) || typeof item.name !== "string") return item;
  const out: JsonObject = {};
  const properties: JsonObject = {};
  for (const [k, v] of Object.entries(item)) {
    if (ENVELOPE.has(k)) out[k] = v;
    else if (k !== "resourceGroup") properties[k] = SUB_RESOURCE_COLLECTIONS.has(k) && Array.isArray(v) ? v.map(nest) : v;
  }
  out.properties = properties;
  return out;
}

/** Whether the JSON is the az CLI's (flattened) shape rather than ARM's. */
export function isCliShape(json: JsonObject): boolean {
  return !isObject(json.properties) && (Array.isArray(json.httpListeners) || isObject(json.sku));
}

/**
 * The gateway in ARM's shape, from either form.
 * @throws Error when the JSON is not an application gateway
 */
export function armGateway(input: Json): JsonObject {
  if (!isObject(input)) throw new Error("the input is not a JSON object (expected one application gateway)");
  const type = typeof input.type === "string" ? input.type : "";
  if (type !== "" && type.toLowerCase() !== "microsoft.network/applicationgateways") {
    throw new Error(`the input is a ${type}, not a Microsoft.Network/applicationGateways`);
  }
  if (!isCliShape(input)) {
    if (!isObject(input.properties)) throw new Error("the input has no properties (expected an ARM GET or `az network application-gateway show -o json`)");
    return input;
  }
  const renamed = armNames(input) as JsonObject;
  const gateway = nest(renamed) as JsonObject;
  // `resourceGroup` is the CLI's own field; the id says the same.
  return gateway;
}

/** `/subscriptions/<s>/resourceGroups/<g>/providers/.../<type>/<name>`: its parts (case kept). */
export interface ArmIdParts {
  readonly subscriptionId: string;
  readonly resourceGroupName: string;
  /** The last segment. */
  readonly name: string;
}

export function parseArmId(id: string): ArmIdParts | undefined {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/.+\/([^/]+)$/i.exec(id);
  return m ? { subscriptionId: m[1], resourceGroupName: m[2], name: m[3] } : undefined;
}

/** The name a sub-resource reference (`{ id: <gateway id>/<collection>/<name> }`) points to. */
export function refName(ref: Json | undefined): string | undefined {
  if (!isObject(ref) || typeof ref.id !== "string") return undefined;
  return ref.id.split("/").pop();
}

/** The named items of a collection of the gateway's properties. */
export function items(properties: JsonObject, key: string): JsonObject[] {
  const v = properties[key];
  return Array.isArray(v) ? v.filter(isObject) : [];
}

/** A sub-resource's `properties` (an empty object when it has none). */
export const props = (item: JsonObject): JsonObject => (isObject(item.properties) ? item.properties : {});

/** A value of the JSON as a string, number or boolean: undefined when it is of another type. */
export const str = (v: Json | undefined): string | undefined => (typeof v === "string" ? v : undefined);
export const num = (v: Json | undefined): number | undefined => (typeof v === "number" ? v : undefined);
export const bool = (v: Json | undefined): boolean | undefined => (typeof v === "boolean" ? v : undefined);
/** A value as a list (an empty one when it is not a list), and its strings. */
export const list = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
export const stringList = (v: Json | undefined): string[] => list(v).filter((x): x is string => typeof x === "string");
