// A strict validator for ARM request bodies, from the ARM deployment schema of
// Microsoft.Network 2025-03-01 (the subset in reference/, see PROVENANCE.md there):
// the "or an ARM template expression" branch every value has is dropped, and
// objects reject unknown keys.
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv-draft-04";

export const SCHEMA_FILE = path.resolve(__dirname, "../../reference/arm-network-2025-03-01.applicationGateways.schema.json");
const EXPRESSION_REF = "https://schema.management.azure.com/schemas/common/definitions.json#/definitions/expression";
/** Name under which the PUT body (the resource without the template-only keys) is compiled. */
const PUT_BODY = "ApplicationGatewayPutBody__";

const mapValues = (o: any, f: (v: any) => any) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

/** A schema node with the expression branch dropped and unknown keys rejected. */
function strict(node: any): any {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return node;
  const out: any = { ...node };
  if (node.properties) out.properties = mapValues(node.properties, strict);
  if (node.patternProperties) out.patternProperties = mapValues(node.patternProperties, strict);
  if (typeof node.additionalProperties === "object") out.additionalProperties = strict(node.additionalProperties);
  if (node.items) out.items = Array.isArray(node.items) ? node.items.map(strict) : strict(node.items);
  for (const k of ["oneOf", "anyOf", "allOf"]) if (Array.isArray(node[k])) out[k] = node[k].map(strict);
  if (node.not) out.not = strict(node.not);
  if (Array.isArray(out.oneOf)) {
    const kept = out.oneOf.filter((b: any) => b.$ref !== EXPRESSION_REF);
    delete out.oneOf;
    if (kept.length === 1) Object.assign(out, kept[0]);
    else out.oneOf = kept;
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/**
 * The body of a PUT to `applicationGateways/{name}`: the deployment resource without
 * the keys only a template has (`apiVersion`, `type`, child `resources`); its name
 * is in the URL, so optional.
 */
function putBodySchema(resource: any): any {
  const { apiVersion: _a, type: _t, resources: _r, ...properties } = resource.properties;
  return { ...resource, properties, required: ["properties"] };
}

let compiled: { definitions: any } | undefined;
const cache = new Map<string, (body: unknown) => string[]>();

/**
 * Validates a value against `definitions.<definition>` (e.g. `ApplicationGatewayPropertiesFormat`),
 * or, for `definition = "PUT"`, a whole gateway PUT body; returns the errors (empty when valid).
 */
export function strictArmValidator(definition: string): (body: unknown) => string[] {
  let validator = cache.get(definition);
  if (!validator) {
    if (!compiled) {
      const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8"));
      compiled = {
        definitions: {
          ...mapValues(schema.definitions, strict),
          [PUT_BODY]: strict(putBodySchema(schema.resourceDefinitions.applicationGateways)),
        },
      };
    }
    const ajv = new Ajv({ allErrors: true, strict: false });
    const target = definition === "PUT" ? PUT_BODY : definition;
    const check = ajv.compile({ definitions: compiled.definitions, $ref: `#/definitions/${target}` });
    validator = (body) => (check(body) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
    cache.set(definition, validator);
  }
  return validator;
}

/** Validates a whole gateway PUT body (top level and `properties`). */
export const strictPutBodyValidator = (): ((body: unknown) => string[]) => strictArmValidator("PUT");
