// Rules on what a caller passes, whatever its language: every required prop set, each value of
// the type the API declares, each enum value one of its enum's. TypeScript holds its callers to
// the types; JavaScript callers, and jsii's other languages, are not held to them. Checked first
// where the value is given (every constructor, add* method and static factory) against the public
// API's shapes (../api-shapes.ts, generated from the jsii assembly), so that a prop left out, a
// null or a number for a string is our error naming the prop, never a TypeError further on.
import { assertValid } from "../../core/errors";
import { Checked, defineRule, isUnknown, RuleInfo, Severity } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { API_CALLS, API_ENUMS, API_INTERFACES } from "../api-shapes";
import { SKU } from "./capacity";
import { CUSTOM_ERROR } from "./listeners";

export const PROP_TYPE = defineRule({
  id: RuleId.PROP_TYPE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "every required prop set, and each value of the type the API declares (undefined and null are no value)",
  source: "this library's API as jsii records it (lib/rules/api-shapes.ts, from .jsii); JavaScript and other jsii languages' callers are not held to the TypeScript types",
});

export const ENUM_VALUE = defineRule({
  id: RuleId.ENUM_VALUE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "one of the enum's values, spelled exactly",
  source:
    "ARM Microsoft.Network 2025-03-01: the enum of the property each value is written to (reference/*.schema.json; __tests__/api-shapes.test.ts maps each enum); azurerm v4.55.0 validates them case-sensitively (StringInSlice, ignoreCase false); the library's own enums",
});

const article = (word: string) => (/^[AEIOU]/i.test(word) ? `an ${word}` : `a ${word}`);

/** What a value of the shape type must be, as a message says it. */
export function describeType(type: string): string {
  if (type.endsWith("[]")) return `an array, each element ${describeType(type.slice(0, -2))}`;
  if (type.startsWith("{")) return `an object whose values are each ${describeType(type.slice(1, -1))}`;
  if (API_ENUMS[type]) return `one of ${type}: ${API_ENUMS[type].map((v) => JSON.stringify(v)).join(", ")}`;
  if (API_INTERFACES[type]) return `an object (${type}) with ${requiredFields(type)}`;
  switch (type) {
    case "string":
    case "number":
      return article(type);
    case "boolean":
      return "true or false";
    case "object":
      return "an object";
    case "any":
      return "a value";
    default:
      return `${article(type)} (made by its factory or add* method)`;
  }
}

function requiredFields(type: string): string {
  const required = API_INTERFACES[type].filter(([, , optional]) => !optional).map(([name]) => name);
  return required.length === 0 ? "no required field" : `${required.join(", ")} set`;
}

/** The classes of this library a prop can hold; each brands its instances (brandApiClass). */
export const BRANDED = [
  "Adoption", "BackendPool", "BackendSettings", "ClientAuthentication", "FrontendPublicIp", "GatewayCapacity", "GatewayIdentity", "GatewaySubnet", "HttpsListener",
  "JwtValidation", "ListenerCertificate", "Redirect", "RewriteRuleSet", "SslPolicy", "SslProfile", "TrustedRootCertificate",
  "Layer4Listener", "Layer4BackendSettings", "LoadDistributionPolicy",
];

/** Enums whose values a rule of their own explains better (why v1 SKUs, why not 404). */
const ENUM_RULES: { readonly [enumName: string]: RuleInfo } = { GatewaySku: SKU, CustomErrorStatusCode: CUSTOM_ERROR };

/** The rule a value of the type breaks (a missing one: PROP_TYPE), with what the type allows appended to what the rule allows. */
function broken(type: string, value: unknown): RuleInfo {
  const missing = value === undefined || value === null;
  if (ENUM_RULES[type] && !missing) return ENUM_RULES[type];
  const rule = API_ENUMS[type] && !missing ? ENUM_VALUE : PROP_TYPE;
  return { ...rule, allowed: `${rule.allowed}: here ${describeType(type)}` };
}

const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

/** The mark an instance of one of the library's classes carries (a symbol of the registry: it holds across copies of the package). */
const brandOf = (className: string) => Symbol.for(`cdktf-azure-appgw-mtls.${className}`);

/**
 * Marks the class's instances as made by the library, so that a plain object given for
 * one (`sslPolicy: { policyName: ... }`) is refused here, not failed on at synth.
 */
export function brandApiClass(cls: { readonly prototype: object; readonly name: string }, className: string): void {
  Object.defineProperty(cls.prototype, brandOf(className), { value: true });
}
const join = (prop: string, name: string) => (prop === "" ? name : `${prop}.${name}`);

/** Whether the value, already known to be neither undefined nor null nor a Terraform expression, has the type on the surface. */
function hasType(value: unknown, type: string): boolean {
  if (type.endsWith("[]")) return Array.isArray(value);
  if (API_ENUMS[type]) return API_ENUMS[type].includes(value as string);
  switch (type) {
    case "string":
    case "number":
    case "boolean":
      return typeof value === type;
    case "any":
      return true;
    default:
      // An interface, a map or a class of another library: an object; a class of this library: one of its instances.
      return isObject(value) && (!BRANDED.includes(type) || (value as { [k: symbol]: unknown })[brandOf(type)] === true);
  }
}

/** Throws for a value that is not of the type, then checks its elements or fields. */
function checkValue(where: string, prop: string, value: unknown, type: string, optional: boolean): void {
  if (value === undefined && optional) return;
  if (value === undefined || value === null || (!isUnknown(value) && !hasType(value, type))) {
    assertValid(where, prop, value, broken(type, value));
  }
  if (isUnknown(value)) return;
  if (type.endsWith("[]")) {
    (value as unknown[]).forEach((element, i) => checkValue(where, `${prop}[${i}]`, element, type.slice(0, -2), false));
  } else if (type.startsWith("{")) {
    for (const [key, v] of Object.entries(value as object)) if (!isUnknown(key)) checkValue(where, `${prop}.${key}`, v, type.slice(1, -1), false);
  } else if (API_INTERFACES[type]) {
    for (const [name, fieldType, fieldOptional] of API_INTERFACES[type]) {
      checkValue(where, join(prop, name), (value as { [k: string]: unknown })[name], fieldType, fieldOptional);
    }
  }
}

/**
 * Throws our error for the first argument of a constructor ("Class") or method
 * ("Class.method") that is missing or not of its type. The fields of a props
 * object are named as props (`certificate`, `rules[0].name`); other parameters
 * by their name (`id`, `pem`).
 * @param where the construct path the error names (the part's own, for a constructor or add* method), or `Class.method`
 * @param prefix what the props' names start with, e.g. `customRules[2]` for a policy's third custom rule
 */
export function checkCall(where: string, call: string, args: readonly unknown[], prefix = ""): void {
  const params = API_CALLS[call];
  if (params === undefined) throw new Error(`no API shape for ${call}: run node scripts/derive-api-shapes.js`);
  params.forEach(([name, type, optional], i) => {
    // A props object's fields are named alone; the object is named by its parameter when it is missing.
    const inline = API_INTERFACES[type] !== undefined && isObject(args[i]);
    checkValue(where, inline ? prefix : join(prefix, name), args[i], type, optional);
  });
}

/** The path a construct made with this scope and id will have (the scope may be anything a caller passed). */
export function childPath(scope: unknown, id: unknown): string {
  const parent = (scope as { node?: { path?: unknown } } | undefined)?.node?.path;
  return typeof parent === "string" && parent !== "" ? `${parent}/${String(id)}` : String(id);
}

/** The rules of this file, in the order the README lists them. */
export const PROPS_VALUE_RULES: RuleInfo[] = [PROP_TYPE, ENUM_VALUE];
