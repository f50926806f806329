#!/usr/bin/env node
// Derives reference/ (committed) from the public reference data in ../shared/reference,
// which users' clones do not have. Only this script and __tests__/reference.test.ts read
// ../shared; everything the project runs reads reference/.
//
// What is kept is structure only (types, enums, required keys, patterns, bounds,
// additionalProperties, property flags), never description texts:
//  - the ARM deployment schema of Microsoft.Network 2025-03-01: the applicationGateways
//    resource definition and every definition it reaches (for the strict body validator);
//  - the azapi v2.10.0 provider schema (input of `npm run get`);
//  - azapi's embedded bicep types of Microsoft.Network/applicationGateways@2025-03-01,
//    the types azapi itself walks (GetWriteOnly / Validate) to strip and check bodies.
//
// Usage: node scripts/derive-reference.js [source dir]  (default: $SHARED_REFERENCE or ../shared/reference)
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "reference");
const EXPRESSION_REF = "https://schema.management.azure.com/schemas/common/definitions.json#/definitions/expression";

const SOURCES = {
  armSchema: "arm-network-2025-03-01/arm-deployment-schema.Microsoft.Network.NRP.2025-03-01.json",
  armCommon: "arm-network-2025-03-01/arm-deployment-schema.common.definitions.json",
  bicepTypes: "arm-network-2025-03-01/azapi-v2.12.0-embedded-bicep-types.microsoft.network.2025-03-01.json",
  providerSchema: "terraform-provider-schemas/azure-azapi-2.10.0.json",
};

/** Output file names (relative to reference/). */
const OUTPUTS = {
  armSchema: "arm-network-2025-03-01.applicationGateways.schema.json",
  // The WAF policy the library creates (lib/resources/waf-policy.ts): its enums.
  armWafSchema: "arm-network-2025-03-01.applicationGatewayWebApplicationFirewallPolicies.schema.json",
  bicepTypes: "azapi-2.10.0.types.applicationGateways-2025-03-01.json",
  providerSchema: "azapi-2.10.0.provider-schema.json",
  provenance: "PROVENANCE.md",
};

const GATEWAY_TYPE = "Microsoft.Network/applicationGateways@2025-03-01";

/** Where ../shared/reference is, unless given. */
function defaultSourceDir() {
  return process.env.SHARED_REFERENCE || path.resolve(ROOT, "../shared/reference");
}

const readJson = (dir, file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
const mapValues = (o, f) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

// ---- ARM deployment schema (JSON Schema draft-04) ----

/** A schema node without `description` (keys of `properties` are property names and stay). */
function schemaStructure(node) {
  if (node === null || typeof node !== "object") return node;
  if (Array.isArray(node)) return node.map(schemaStructure);
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "description") continue;
    if (key === "properties" || key === "patternProperties") out[key] = mapValues(value, schemaStructure);
    else if (["items", "additionalProperties", "not", "oneOf", "anyOf", "allOf"].includes(key)) out[key] = schemaStructure(value);
    else out[key] = value; // type, enum, required, pattern, minimum, maximum, maxLength, default, $ref
  }
  return out;
}

function* refsIn(node) {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const x of node) yield* refsIn(x);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") yield value;
    else yield* refsIn(value);
  }
}

function deriveArmSchema(sourceDir, resourceName = "applicationGateways") {
  const schema = readJson(sourceDir, SOURCES.armSchema);
  const common = readJson(sourceDir, SOURCES.armCommon);
  const resource = schema.resourceDefinitions[resourceName];
  const names = new Set();
  const pending = [...refsIn(resource)];
  while (pending.length > 0) {
    const ref = pending.pop();
    if (ref === EXPRESSION_REF) continue;
    const m = /^#\/definitions\/(.+)$/.exec(ref);
    if (!m) throw new Error(`unexpected $ref ${ref}`);
    if (names.has(m[1])) continue;
    names.add(m[1]);
    pending.push(...refsIn(schema.definitions[m[1]]));
  }
  return {
    $schema: schema.$schema,
    resourceDefinitions: { [resourceName]: schemaStructure(resource) },
    definitions: Object.fromEntries([...names].sort().map((n) => [n, schemaStructure(schema.definitions[n])])),
    // The one external $ref, kept so that the subset is a schema on its own.
    externalDefinitions: { [EXPRESSION_REF]: schemaStructure(common.definitions.expression) },
  };
}

// ---- azapi embedded bicep types ----

const FLAG_REQUIRED = 1;
const FLAG_READ_ONLY = 2;

/**
 * The types reachable from the gateway's ResourceType, renumbered from 0 (the ResourceType).
 * A property azapi never writes nor validates into (ReadOnly and not Required: GetWriteOnly
 * drops it, Validate rejects it without looking at its type) keeps its flags but points at
 * one shared AnyType, so that the read-only graph behind it (NICs, subnets, ...) is left out.
 */
function deriveBicepTypes(sourceDir) {
  const types = readJson(sourceDir, SOURCES.bicepTypes);
  const index = (ref) => Number(/^#\/(\d+)$/.exec(ref.$ref)[1]);
  const start = types.findIndex((t) => t.$type === "ResourceType" && t.name === GATEWAY_TYPE);
  if (start < 0) throw new Error(`${GATEWAY_TYPE} not found`);
  const skipped = (p) => (p.flags ?? 0) & FLAG_READ_ONLY && !((p.flags ?? 0) & FLAG_REQUIRED);
  const edges = (t) => {
    switch (t.$type) {
      case "ResourceType":
        return [t.body];
      case "ObjectType":
        return [...Object.values(t.properties ?? {}).filter((p) => !skipped(p)).map((p) => p.type), ...(t.additionalProperties ? [t.additionalProperties] : [])];
      case "ArrayType":
        return [t.itemType];
      case "UnionType":
        return t.elements;
      case "DiscriminatedObjectType":
        throw new Error("DiscriminatedObjectType is not expected under applicationGateways");
      default:
        return [];
    }
  };
  const order = [];
  const renumber = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const i = queue.shift();
    if (renumber.has(i)) continue;
    renumber.set(i, order.length);
    order.push(i);
    queue.push(...edges(types[i]).map(index));
  }
  const anyType = order.length;
  const ref = (r) => ({ $ref: `#/${renumber.get(index(r))}` });
  const out = order.map((i) => {
    const { description: _d, ...t } = types[i];
    if (t.body) t.body = ref(t.body);
    if (t.itemType) t.itemType = ref(t.itemType);
    if (t.elements) t.elements = t.elements.map(ref);
    if (t.additionalProperties) t.additionalProperties = ref(t.additionalProperties);
    if (t.properties) {
      t.properties = mapValues(t.properties, (p) => {
        const { description: _pd, ...prop } = p;
        return { ...prop, type: skipped(p) ? { $ref: `#/${anyType}` } : ref(p.type) };
      });
    }
    return t;
  });
  out.push({ $type: "AnyType" });
  return out;
}

// ---- azapi provider schema (terraform providers schema -json) ----

/** The provider schema as it is: the source has no description texts to drop. */
function deriveProviderSchema(sourceDir) {
  return readJson(sourceDir, SOURCES.providerSchema);
}

const PROVENANCE = `# Provenance of reference/

Generated by \`node scripts/derive-reference.js\` from the public data files in
\`../shared/reference\` (not part of this repository). Do not edit by hand: re-run the
script; \`__tests__/reference.test.ts\` checks, when \`../shared/reference\` is present,
that these files equal a fresh derivation. Only structure is kept (types, enums,
required keys, patterns, bounds, additionalProperties, property flags); description
texts are dropped.

| File | Source | Version | License | Subset |
|---|---|---|---|---|
| \`${OUTPUTS.armSchema}\` | Azure/azure-resource-manager-schemas, \`schemas/2025-03-01/Microsoft.Network.NRP.json\` (+ \`schemas/common/definitions.json\` for \`expression\`) | HEAD \`a1454431151fd3e9c1b254b1a11d00c2d8474611\` (2026-08-16); file last changed in \`80a3031f69f2b7a5319e31ee119e68aeb4c67200\` | MIT | \`resourceDefinitions.applicationGateways\` and the definitions it reaches |
| \`${OUTPUTS.armWafSchema}\` | the same file | the same | MIT | \`resourceDefinitions.ApplicationGatewayWebApplicationFirewallPolicies\` and the definitions it reaches |
| \`${OUTPUTS.bicepTypes}\` | Azure/terraform-provider-azapi, \`internal/azure/generated/network/microsoft.network/2025-03-01/types.json\` | tag \`v2.10.0\` (\`2ac202c26c83c9b9d9aa96d06c346d9235e63055\`); byte-identical at \`v2.12.0\` and HEAD \`c43c57bb\` | MPL-2.0 | the types reachable from \`${GATEWAY_TYPE}\`, renumbered from 0; properties that are ReadOnly and not Required keep their flags but point at one \`AnyType\` (azapi never writes or validates into them) |
| \`${OUTPUTS.providerSchema}\` | azure/azapi provider v2.10.0 schema (\`terraform providers schema -json\` format: resources and data sources from a public schema dump of v2.10.0, the provider block from the v2.10.0 docs) | v2.10.0 | MPL-2.0 | whole schema (it has no description texts) |
`;

/** Every derived file: name → content. */
function deriveReference(sourceDir = defaultSourceDir()) {
  const json = (v) => `${JSON.stringify(v, null, 1)}\n`;
  return {
    [OUTPUTS.armSchema]: json(deriveArmSchema(sourceDir)),
    [OUTPUTS.armWafSchema]: json(deriveArmSchema(sourceDir, "ApplicationGatewayWebApplicationFirewallPolicies")),
    [OUTPUTS.bicepTypes]: json(deriveBicepTypes(sourceDir)),
    [OUTPUTS.providerSchema]: json(deriveProviderSchema(sourceDir)),
    [OUTPUTS.provenance]: PROVENANCE,
  };
}

module.exports = { deriveReference, defaultSourceDir, OUT_DIR, OUTPUTS };

if (require.main === module) {
  const sourceDir = path.resolve(process.argv[2] ?? defaultSourceDir());
  if (!fs.existsSync(sourceDir)) {
    console.error(`derive-reference: ${sourceDir} not found (pass the reference folder or set SHARED_REFERENCE)`);
    process.exit(1);
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [file, content] of Object.entries(deriveReference(sourceDir))) {
    fs.writeFileSync(path.join(OUT_DIR, file), content);
    console.log(`wrote reference/${file} (${content.length} bytes)`);
  }
}
