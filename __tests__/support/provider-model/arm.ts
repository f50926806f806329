// Azure Resource Manager's side, as far as the public specs and the quickstart show it:
// a PUT of an application gateway stores its writable properties (a full replace), and a
// GET at 2025-03-01 returns them with ids and read-only fields added and certificate
// secrets absent. What Azure does beyond that (defaults it fills in, validation of the
// gateway's semantics) is not modelled; see index.ts.
import { BicepType, gatewayType, getWriteOnly, itemTypeOf, knownFields, propertyOf } from "./bicep-types";
import { clone, isObject, Json, JsonObject } from "./json";
import { guid } from "./terraform";

export { knownFields as getWriteOnlyKnown };

export interface ArmOptions {
  /**
   * What a 2025-03-01 GET shows as an SSL profile's `verifyClientAuthMode` when the last
   * PUT did not set it (every azurerm write): nothing (`"absent"`, the default) or `"Strict"`.
   * Unknown offline (azure-facts.md: "assume it resets"); the tests run both.
   */
  readonly unsetAuthModeReadsAs?: "absent" | "Strict";
}

/** The gateway as ARM holds it. */
export interface ArmGateway {
  readonly id: string;
  readonly name: string;
  /** The writable properties of the last PUT, certificate secrets replaced by what GET shows. */
  readonly stored: JsonObject;
  readonly options: ArmOptions;
}

/** A request ARM would reject. */
export class ArmError extends Error {}

const GATEWAY_ARM_TYPE = "Microsoft.Network/applicationGateways";
/** A deterministic stand-in for what Azure derives from a certificate (public part, issuer). */
const derived = (what: string, source: string) => Buffer.from(`${what} of ${source} (provider model)`).toString("base64");

/** Certificate collections: what GET returns instead of the secret, and whether data must be sent on create. */
const CERTIFICATES: { [collection: string]: { secretKeys: string[]; sources: string[] } } = {
  sslCertificates: { secretKeys: ["data", "password"], sources: ["data", "keyVaultSecretId"] },
  trustedClientCertificates: { secretKeys: [], sources: ["data"] },
  trustedRootCertificates: { secretKeys: [], sources: ["data", "keyVaultSecretId"] },
  authenticationCertificates: { secretKeys: [], sources: ["data"] },
};

const items = (v: Json | undefined): JsonObject[] => (Array.isArray(v) ? (v as JsonObject[]) : []);

/**
 * A PUT of the gateway at `apiVersion`. ARM keeps the writable properties the 2025-03-01
 * spec declares (read-only ones and unknown keys in the request are ignored); a PUT is a
 * full replace. A certificate sent without data keeps the one of that name already on the
 * gateway (what Azure's own GET-then-PUT updates rely on; see azure-facts.md), and is
 * rejected when there is none. References to this gateway's sub-resources must resolve.
 * An API version without `verifyClientAuthMode` (2025-01-01) cannot carry it: the stored
 * profile loses it.
 */
export function armPut(id: string, body: JsonObject, apiVersion: string, previous?: ArmGateway, options: ArmOptions = {}): ArmGateway {
  const name = id.split("/").pop()!;
  if (typeof body.name === "string" && body.name !== name) throw new ArmError(`PUT ${id}: body name "${body.name}" differs from the URL's "${name}"`);
  const stored = getWriteOnly(clone(body)) as JsonObject;
  delete stored.name;
  const props = (stored.properties ??= {}) as JsonObject;
  const before = (previous?.stored.properties ?? {}) as JsonObject;
  for (const [collection, { secretKeys, sources }] of Object.entries(CERTIFICATES)) {
    for (const cert of items(props[collection])) {
      const p = (cert.properties ??= {}) as JsonObject;
      const hasSource = sources.some((s) => typeof p[s] === "string" && p[s] !== "");
      if (!hasSource) {
        const old = items(before[collection]).find((c) => c.name === cert.name);
        if (!old) throw new ArmError(`PUT ${id}: ${collection}/${cert.name} is new and has none of ${sources.join(", ")}`);
        Object.assign(p, clone(old.properties));
      }
      // What GET shows instead of the secret is derived from it: a certificate sent with
      // another's data or password reads back differently.
      if (secretKeys.length > 0 && typeof p.data === "string") p.publicCertData = derived("public certificate", `${p.data} ${p.password ?? ""}`);
      for (const k of secretKeys) delete p[k];
    }
  }
  if (apiVersion < "2025-03-01") {
    for (const profile of items(props.sslProfiles))
      delete ((profile.properties as JsonObject)?.clientAuthConfiguration as JsonObject)?.verifyClientAuthMode;
  }
  checkReferences(id, stored);
  return { id, name, stored, options: previous?.options ?? options };
}

/** Every `{id}` that points into this gateway names an existing sub-resource. */
function checkReferences(gatewayId: string, stored: JsonObject): void {
  const props = stored.properties as JsonObject;
  const exists = (path: string[]): boolean => {
    let scope: Json = props;
    for (let i = 0; i < path.length; i += 2) {
      const item: JsonObject | undefined = items((scope as JsonObject)?.[path[i]]).find((x) => x.name === path[i + 1]);
      if (!item) return false;
      scope = item.properties ?? {};
    }
    return true;
  };
  const walk = (value: Json, at: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (isObject(value)) {
      const ref = value.id;
      if (typeof ref === "string" && ref.startsWith(`${gatewayId}/`) && Object.keys(value).length === 1) {
        const path = ref.slice(gatewayId.length + 1).split("/");
        if (path.length % 2 !== 0 || !exists(path)) throw new ArmError(`PUT ${gatewayId}: ${at} refers to ${ref}, which is not part of the gateway`);
      }
      for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
    }
  };
  walk(props, "properties");
}

/**
 * GET at 2025-03-01: the stored properties plus what ARM adds. From the spec (read-only
 * properties of the 2025-03-01 types): top-level id, name, type, etag; provisioningState,
 * resourceGuid, operationalState; on every sub-resource id (`<parent id>/<collection>/<name>`),
 * etag, type, properties.provisioningState; publicCertData of SSL certificates;
 * clientCertIssuerDN and validatedCertData of trusted client certificates; principal and
 * client ids of identities. From the quickstart's GET sample: an SSL profile lists the
 * listeners that use it (`properties.httpListeners`, not in the spec).
 */
export function armGet(gateway: ArmGateway): JsonObject {
  const body = clone(gateway.stored);
  const get: JsonObject = { id: gateway.id, name: gateway.name, type: GATEWAY_ARM_TYPE, etag: 'W/"provider-model"', ...body };
  const props = get.properties as JsonObject;
  Object.assign(props, { provisioningState: "Succeeded", resourceGuid: "00000000-0000-4000-8000-00000000a9a7", operationalState: "Running" });
  const type = gatewayType();
  decorate(props, propertyOf(type, "properties")!.type, gateway.id);
  for (const cert of items(props.sslCertificates)) {
    const p = cert.properties as JsonObject;
    // A Key Vault certificate: Azure reads the secret itself.
    p.publicCertData ??= derived("public certificate", String(p.keyVaultSecretId));
  }
  for (const cert of items(props.trustedClientCertificates)) {
    const data = String((cert.properties as JsonObject).data);
    Object.assign(cert.properties as JsonObject, {
      clientCertIssuerDN: `CN=${cert.name}`,
      validatedCertData: derived("validated certificate", data),
    });
  }
  for (const profile of items(props.sslProfiles)) {
    const p = profile.properties as JsonObject;
    const auth = p.clientAuthConfiguration as JsonObject | undefined;
    if (auth && auth.verifyClientAuthMode === undefined && gateway.options.unsetAuthModeReadsAs === "Strict") auth.verifyClientAuthMode = "Strict";
    const listeners = items(props.httpListeners).filter((l) => ((l.properties as JsonObject)?.sslProfile as JsonObject)?.id === profile.id);
    if (listeners.length > 0) p.httpListeners = listeners.map((l) => ({ id: l.id }));
  }
  const identity = get.identity as JsonObject | undefined;
  if (identity && isObject(identity.userAssignedIdentities)) {
    for (const [uid, v] of Object.entries(identity.userAssignedIdentities)) {
      Object.assign(v as JsonObject, { principalId: guid(`principal ${uid}`), clientId: guid(`client ${uid}`) });
    }
  }
  if (identity && String(identity.type).includes("SystemAssigned"))
    Object.assign(identity, { principalId: guid("principal"), tenantId: guid("tenant") });
  return get;
}

/** Sub-resources: objects whose type declares id, name and properties. */
function decorate(value: Json, t: BicepType | undefined, parentId: string, collection?: string): void {
  if (Array.isArray(value)) {
    const item = itemTypeOf(t);
    value.forEach((v) => decorate(v, item, parentId, collection));
    return;
  }
  if (!isObject(value) || !t) return;
  let scopeId = parentId;
  const isSubResource = collection && ["id", "name", "properties"].every((k) => propertyOf(t, k)) && typeof value.name === "string";
  if (isSubResource) {
    scopeId = `${parentId}/${collection}/${value.name}`;
    value.id = scopeId;
    if (propertyOf(t, "etag")) value.etag = 'W/"provider-model"';
    if (propertyOf(t, "type")?.readOnly) value.type = `${GATEWAY_ARM_TYPE}/${collection}`;
    const props = (value.properties ??= {}) as JsonObject;
    if (propertyOf(propertyOf(t, "properties")!.type, "provisioningState")) props.provisioningState = "Succeeded";
  }
  for (const [k, v] of Object.entries(value)) {
    const p = propertyOf(t, k);
    if (p && !p.readOnly) decorate(v, p.type, scopeId, Array.isArray(v) ? k : undefined);
  }
}

