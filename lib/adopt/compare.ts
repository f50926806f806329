// What the converter checks: the program's gateway, rendered by the library as the body of
// the single azapi_resource (PUT at 2025-03-01), against the existing gateway. Every
// difference is reported; none is dropped. Compared: the writable properties and zones.
// Not compared: what ARM adds to a GET (read-only fields, sub-resource ids, etags, the
// references back from a child to what uses it), empty lists (the library leaves them out,
// ARM returns them), and secrets a GET never returns (PFX data and passwords).
import { TerraformStack, Testing } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { AzapiProvider } from "../../.gen/providers/azapi/provider";
import { GatewayDeployment } from "../core/enums";
import { evaluate } from "./evaluate";
import { isObject, Json, JsonObject } from "./arm-json";
import { Stmt } from "./program";

/**
 * Read-only properties of the 2025-03-01 gateway types (flag ReadOnly, not Required, in
 * azapi's embedded bicep types of Microsoft.Network/applicationGateways@2025-03-01).
 */
export const READ_ONLY = new Set([
  "backendIPConfigurations",
  "clientCertIssuerDN",
  "defaultPredefinedSslPolicy",
  "etag",
  "operationalState",
  "principalId",
  "privateEndpointConnections",
  "provisioningState",
  "publicCertData",
  "resourceGuid",
  "validatedCertData",
]);

/** Arrays of references that point forward (written); other arrays of bare `{ id }` in a GET point back (read-only). */
const FORWARD_REFERENCE_LISTS = new Set(["trustedClientCertificates", "trustedRootCertificates", "authenticationCertificates"]);

/** One difference between the existing gateway and the generated code's. */
export interface Difference {
  readonly path: string;
  readonly existing?: Json;
  readonly generated?: Json;
}

/** The gateway the program builds, as the single resource's body, with its ids resolved. */
export interface Rendered {
  /** Undefined when the program throws (a value the library refuses where it is given). */
  readonly body?: JsonObject;
  /** Errors the library's validation reports for the program's gateway. */
  readonly errors: string[];
  /** Warnings it reports (acknowledge them in the code when intended). */
  readonly warnings: string[];
}

/**
 * Runs the program in a stack of its own and renders the single resource's body.
 * @param ids how to resolve the body's expressions: the subscription (of the gateway, and of the public IPs it creates)
 */
export function render(stmts: readonly Stmt[], ids: { readonly subscriptionId: string }): Rendered {
  const app = Testing.app();
  const stack = new TerraformStack(app, "adopted");
  new AzurermProvider(stack, "azurerm", { features: [{}] });
  new AzapiProvider(stack, "azapi", {});
  try {
    evaluate(stack, stmts, { deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE });
  } catch (e) {
    // A value the library refuses where it is given: the code as generated throws the same.
    return { errors: [(e as Error).message], warnings: [] };
  }
  const errors = stack.node.findAll().flatMap((c) => c.node.validate());
  const warnings = stack.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => /warn/i.test(m.type)).map((m) => `${c.node.path}: ${String(m.data)}`));
  const json = JSON.parse(Testing.synth(stack, false));
  const gateways = Object.values((json.resource?.azapi_resource ?? {}) as { [name: string]: JsonObject });
  // A public IP the program creates (and adopts) has the id of its name in its group: the existing one's.
  const publicIps = (json.resource?.azurerm_public_ip ?? {}) as { [key: string]: JsonObject };
  const publicIpId = (key: string) => {
    const ip = publicIps[key];
    return ip === undefined
      ? "${the public IP}"
      : `/subscriptions/${ids.subscriptionId}/resourceGroups/${String(ip.resource_group_name)}/providers/Microsoft.Network/publicIPAddresses/${String(ip.name)}`;
  };
  const text = JSON.stringify(gateways[0]?.body ?? {})
    .replace(/\$\{data\.azapi_client_config\.[^.}]+\.subscription_id\}/g, ids.subscriptionId)
    .replace(/\$\{azurerm_public_ip\.([^.}]+)\.id\}/g, (_, key: string) => publicIpId(key));
  return { body: JSON.parse(text), errors, warnings };
}

/** The existing gateway's writable part in the body's shape: `{ properties, zones }`. */
export function writableBody(gateway: JsonObject): JsonObject {
  const out: JsonObject = { properties: gateway.properties ?? {} };
  if (gateway.zones !== undefined) out.zones = gateway.zones;
  return out;
}

/** Every difference between two bodies (the existing gateway's first), after normalize. */
export function differences(existing: Json, generated: Json): Difference[] {
  const out: Difference[] = [];
  walk(normalize(existing), normalize(generated), "", out);
  return out;
}

/** A value as compared: read-only parts, back references and empty values dropped; ids lower-case. */
export function normalize(value: Json, key = ""): Json | undefined {
  if (typeof value === "string") return value.startsWith("/subscriptions/") ? value.toLowerCase() : value;
  if (Array.isArray(value)) {
    const kept = value.map((v) => normalize(v)).filter((v): v is Json => v !== undefined);
    if (kept.length === 0) return undefined;
    const backReference = value.every((v) => isObject(v) && Object.keys(v).length === 1 && typeof v.id === "string");
    if (backReference && !FORWARD_REFERENCE_LISTS.has(key)) return undefined;
    return kept;
  }
  if (!isObject(value)) return value ?? undefined;
  const named = typeof value.name === "string";
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (READ_ONLY.has(k)) continue;
    if (named && (k === "id" || k === "type")) continue;
    // Strict is the mode Azure gives a profile with trusted CAs and no mode; the library leaves it unsaid.
    if (k === "verifyClientAuthMode" && v === "Strict") continue;
    // An HTTP(S) probe's proxy-protocol header off: the 2025-03-01 default, a field of TCP/TLS probes
    // ("...over TCP or TLS protocol. Default value is false."), that azurerm ≥ 4.67 sends on every
    // probe (expandApplicationGatewayProbes) and the library leaves unsaid.
    if (k === "enableProbeProxyProtocolHeader" && v === false && /^https?$/i.test(String(value.protocol))) continue;
    const n = normalize(v, k);
    if (n !== undefined) out[k] = n;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

const show = (v: Json | undefined): string => {
  const text = v === undefined ? "(none)" : JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

/** A difference as one line of the report. */
export const formatDifference = (d: Difference): string => `${d.path}: existing ${show(d.existing)}, generated ${show(d.generated)}`;

const isNamedList = (v: Json | undefined): v is JsonObject[] => Array.isArray(v) && v.length > 0 && v.every((x) => isObject(x) && typeof x.name === "string");

function walk(a: Json | undefined, b: Json | undefined, path: string, out: Difference[]): void {
  if (isNamedList(a) && isNamedList(b)) {
    const names = (xs: JsonObject[]) => xs.map((x) => String(x.name));
    const byName = (xs: JsonObject[]) => new Map(xs.map((x) => [String(x.name), x]));
    const [left, right] = [byName(a), byName(b)];
    for (const name of new Set([...left.keys(), ...right.keys()])) walk(left.get(name), right.get(name), `${path}.${name}`, out);
    const common = names(a).filter((n) => right.has(n));
    const order = names(b).filter((n) => left.has(n));
    if (common.join("\n") !== order.join("\n")) out.push({ path: `${path} (order)`, existing: common, generated: order });
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], path === "" ? k : `${path}.${k}`, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`, out));
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, existing: a, generated: b });
}
