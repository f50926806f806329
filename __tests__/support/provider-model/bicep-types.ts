// azapi's embedded type of Microsoft.Network/applicationGateways@2025-03-01 (the
// bicep-types subset in reference/) and the two walks azapi makes over it
// (Azure/terraform-provider-azapi v2.10.0, internal/azure/types/*.go):
// - GetWriteOnly, which strips from a body what the type marks read-only or does not know;
// - Validate, azapi_resource's plan-time schema validation.
import * as fs from "fs";
import * as path from "path";
import { isObject, Json, JsonObject } from "./json";

const TYPES_FILE = path.resolve(__dirname, "../../../reference/azapi-2.10.0.types.applicationGateways-2025-03-01.json");
export const GATEWAY_TYPE = "Microsoft.Network/applicationGateways@2025-03-01";

// ObjectPropertyFlag (internal/azure/types/object_type.go).
const REQUIRED = 1;
const READ_ONLY = 2;
const DEPLOY_TIME_CONSTANT = 8;

interface Ref {
  $ref: string;
}
interface Property {
  type: Ref;
  flags?: number;
}
type BicepType =
  | { $type: "ResourceType"; name: string; body: Ref }
  | { $type: "ObjectType"; name: string; properties?: { [key: string]: Property }; additionalProperties?: Ref }
  | { $type: "ArrayType"; itemType: Ref; minLength?: number; maxLength?: number }
  | { $type: "StringType"; minLength?: number; maxLength?: number; pattern?: string }
  | { $type: "StringLiteralType"; value: string }
  | { $type: "IntegerType"; minValue?: number; maxValue?: number }
  | { $type: "UnionType"; elements: Ref[] }
  | { $type: "BooleanType" }
  | { $type: "AnyType" };

let loaded: BicepType[] | undefined;
const types = (): BicepType[] => (loaded ??= JSON.parse(fs.readFileSync(TYPES_FILE, "utf8")));
const deref = (r: Ref): BicepType => types()[Number(r.$ref.slice(2))];
const has = (p: Property, flag: number) => ((p.flags ?? 0) & flag) !== 0;

/** The gateway's body type (the ResourceType's `body`). */
function gatewayBody(): BicepType {
  const resource = types().find((t) => t.$type === "ResourceType" && t.name === GATEWAY_TYPE);
  if (!resource || resource.$type !== "ResourceType") throw new Error(`${GATEWAY_TYPE} is not in ${TYPES_FILE}`);
  return deref(resource.body);
}

/**
 * GetWriteOnly (ObjectType/ArrayType/...GetWriteOnly): keeps a property the type knows
 * when it is Required, or neither ReadOnly nor DeployTimeConstant; drops the rest and every
 * key the type does not know (unless it has additionalProperties).
 */
export function getWriteOnly(body: Json, t: BicepType = gatewayBody()): Json | undefined {
  if (body === null || body === undefined) return undefined;
  switch (t.$type) {
    case "ObjectType": {
      if (!isObject(body)) return body;
      const res: JsonObject = {};
      for (const [key, def] of Object.entries(t.properties ?? {})) {
        if (!(key in body)) continue;
        if (has(def, REQUIRED) || (!has(def, READ_ONLY) && !has(def, DEPLOY_TIME_CONSTANT))) {
          const out = getWriteOnly(body[key], deref(def.type));
          res[key] = out === undefined ? null : out;
        }
      }
      if (t.additionalProperties) {
        for (const [key, value] of Object.entries(body)) {
          if (!(key in (t.properties ?? {}))) {
            const out = getWriteOnly(value, deref(t.additionalProperties));
            res[key] = out === undefined ? null : out;
          }
        }
      }
      return res;
    }
    case "ArrayType":
      if (!Array.isArray(body)) return undefined;
      return body.map((item) => getWriteOnly(item, deref(t.itemType)) ?? null);
    case "ResourceType":
      return getWriteOnly(body, deref(t.body));
    default:
      return body; // strings, literals, integers, booleans, unions, any: as they are
  }
}

/**
 * Validate (ObjectType/ArrayType/StringType/...Validate), for a body given as JSON: the
 * errors azapi_resource's schema validation reports, same wording without azapi's
 * "Do you mean" suggestions. Numbers are not range-checked: azapi skips IntegerType
 * checks for HCL numbers (bicep-types-az#1404), and a Terraform JSON body has only those.
 */
export function validate(body: Json | undefined, t: BicepType = gatewayBody(), at = ""): string[] {
  if (body === null || body === undefined) return [];
  const key = at.replace(/^\./, "");
  const mismatch = (expected: string, actual: string) => [`\`${key}\` is invalid, expect \`${expected}\` but got \`${actual}\``];
  const kind = (v: Json) => (Array.isArray(v) ? "tuple" : isObject(v) ? "object" : typeof v);
  switch (t.$type) {
    case "ResourceType":
      return validate(body, deref(t.body), at);
    case "ObjectType": {
      if (!isObject(body)) return mismatch("object", kind(body));
      const props = t.properties ?? {};
      const errors: string[] = [];
      for (const [k, value] of Object.entries(body)) {
        const def = props[k];
        if (def) {
          if (has(def, READ_ONLY)) {
            if (!has(def, REQUIRED)) errors.push(`\`${key ? `${key}.` : ""}${k}\` is not expected here, it's read only`);
            continue;
          }
          errors.push(...validate(value, deref(def.type), `${at}.${k}`));
        } else if (t.additionalProperties) {
          errors.push(...validate(value, deref(t.additionalProperties), `${at}.${k}`));
        } else {
          errors.push(`\`${key ? `${key}.` : ""}${k}\` is not expected here`);
        }
      }
      for (const [k, def] of Object.entries(props)) {
        if (!has(def, REQUIRED) || has(def, READ_ONLY) || k in body) continue;
        if (at === "" && k === "name") continue;
        errors.push(`\`${key ? `${key}.` : ""}${k}\` is required, but no definition was found`);
      }
      return errors;
    }
    case "ArrayType": {
      const items = Array.isArray(body) ? body : [];
      const errors = Array.isArray(body) ? [] : mismatch("array", kind(body));
      if (t.minLength !== undefined && items.length < t.minLength) errors.push(`\`${key}\` is invalid, array length is less than ${t.minLength}`);
      if (t.maxLength !== undefined && items.length > t.maxLength) errors.push(`\`${key}\` is invalid, array length is greater than ${t.maxLength}`);
      items.forEach((item, i) => errors.push(...validate(item, deref(t.itemType), `${at}.${i}`)));
      return errors;
    }
    case "StringType": {
      if (typeof body !== "string") return mismatch("string", kind(body));
      if (t.minLength !== undefined && body.length < t.minLength) return [`\`${key}\` is invalid, string length is less than ${t.minLength}`];
      if (t.maxLength !== undefined && body.length > t.maxLength) return [`\`${key}\` is invalid, string length is greater than ${t.maxLength}`];
      if (t.pattern && !new RegExp(t.pattern).test(body)) return [`\`${key}\` is invalid, string does not match pattern ${t.pattern}`];
      return [];
    }
    case "StringLiteralType":
      if (typeof body !== "string") return mismatch("string", kind(body));
      return body === t.value ? [] : mismatch(t.value, body);
    case "IntegerType":
      return typeof body === "number" ? [] : mismatch("integer", kind(body));
    case "UnionType": {
      const elements = t.elements.map(deref);
      if (elements.some((e) => validate(body, e, at).length === 0)) return [];
      const options = elements.filter((e) => e.$type === "StringLiteralType").map((e) => (e as { value: string }).value);
      if (options.length === 0) return [`\`${key}\` doesn't match any accepted values`];
      return [`\`${key}\`'s value \`${typeof body === "string" ? body : ""}\` is invalid. The supported values are [${options.join(", ")}].`];
    }
    default:
      return []; // BooleanType and AnyType accept anything
  }
}

/**
 * The keys of `body` the type declares (all of them with `keepReadOnly`, else those a PUT
 * may carry, as GetWriteOnly decides): what a client decoding the body into a model of the
 * spec keeps, or what ARM stores from a PUT.
 */
export function knownFields(body: Json, options: { keepReadOnly: boolean }, t: BicepType = gatewayBody()): Json | undefined {
  if (!options.keepReadOnly) return getWriteOnly(body, t);
  if (body === null || body === undefined) return undefined;
  switch (t.$type) {
    case "ObjectType": {
      if (!isObject(body)) return body;
      const res: JsonObject = {};
      for (const [key, value] of Object.entries(body)) {
        const def = t.properties?.[key];
        const type = def ? def.type : t.additionalProperties;
        if (!type) continue;
        // a read-only property's type is not in the subset (AnyType): kept as it is
        res[key] = knownFields(value, options, deref(type)) ?? null;
      }
      return res;
    }
    case "ArrayType":
      return Array.isArray(body) ? body.map((item) => knownFields(item, options, deref(t.itemType)) ?? null) : undefined;
    case "ResourceType":
      return knownFields(body, options, deref(t.body));
    default:
      return body;
  }
}

/** A property of an object type: its type and flags (for walks that follow the spec, e.g. ARM's GET). */
export function propertyOf(t: BicepType | undefined, key: string): { type: BicepType; readOnly: boolean } | undefined {
  if (!t || t.$type !== "ObjectType") return undefined;
  const def = t.properties?.[key];
  return def ? { type: deref(def.type), readOnly: has(def, READ_ONLY) } : undefined;
}

/** The item type of an array type. */
export const itemTypeOf = (t: BicepType | undefined): BicepType | undefined => (t?.$type === "ArrayType" ? deref(t.itemType) : undefined);

/** The gateway's body type, for walks that start at the top. */
export const gatewayType = (): BicepType => gatewayBody();
export type { BicepType };
