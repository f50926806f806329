// The synthesized cdktf JSON as the providers would see it at apply: every value known.
// References and variables are unknown at synth; they are resolved here, deterministically,
// to plausible values (ARM ids built from the referenced resource's own config, variables
// from a fixed map), so that request bodies are concrete and their schema check means something.
import { Json, JsonObject } from "./json";

export const SUBSCRIPTION_ID = "00000000-0000-0000-0000-000000000000";

/**
 * A base64 stand-in for certificate data (PFX or CER), and a password: sensitive inputs never
 * have a value at synth. Each variable gets its own, so a certificate sent with another's
 * data, or without its own, shows in what ARM derives from it.
 */
export const placeholderCertificate = (variable: string): string => Buffer.from(`provider-model placeholder certificate ${variable}`).toString("base64");
const placeholderPassword = (variable: string): string => `placeholder-password-${variable}`;

/** Values of the Terraform variables the suite's stacks use. Unknown names are an error. */
export const MODEL_VARIABLES: { readonly [name: string]: string } = {
  resource_group_name: "rg-model",
  location: "westus",
  // main.ts and the test helpers: the listener certificate (PFX) and its password
  ssl_certificate_data: placeholderCertificate("ssl_certificate_data"),
  ssl_certificate_password: placeholderPassword("ssl_certificate_password"),
  cert_data: placeholderCertificate("cert_data"),
  cert_password: placeholderPassword("cert_password"),
  d: placeholderCertificate("d"),
  p: placeholderPassword("p"),
  // examples/mixed-strict-passthrough.ts
  pfx_base64: placeholderCertificate("pfx_base64"),
  pfx_password: placeholderPassword("pfx_password"),
  partner_ca_certificate: placeholderCertificate("partner_ca_certificate"),
  // examples/keyvault-waf-redirect.ts
  key_vault_id: `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-model-kv/providers/Microsoft.KeyVault/vaults/kv-model`,
  certificate_secret_id: "https://kv-model.vault.azure.net/secrets/listener-certificate",
  log_analytics_workspace_id: `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-model-logs/providers/Microsoft.OperationalInsights/workspaces/logs-model`,
  // examples/api-platform.ts
  internal_ca_certificate: placeholderCertificate("internal_ca_certificate"),
  partner_waf_policy_id: `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-model-waf/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/partners`,
  operations_group_object_id: "11111111-2222-4333-8444-555555555555",
};

/** ARM resource type of each Terraform type whose `id` a stack may reference, spelled as azurerm formats its ids (go-azure-sdk resource ids). */
const ARM_TYPES: { [terraformType: string]: { type: string; parent?: { attribute: string; type: string } } } = {
  azurerm_application_gateway: { type: "Microsoft.Network/applicationGateways" },
  azurerm_public_ip: { type: "Microsoft.Network/publicIPAddresses" },
  azurerm_virtual_network: { type: "Microsoft.Network/virtualNetworks" },
  azurerm_subnet: { type: "subnets", parent: { attribute: "virtual_network_name", type: "Microsoft.Network/virtualNetworks" } },
  azurerm_user_assigned_identity: { type: "Microsoft.ManagedIdentity/userAssignedIdentities" },
  azurerm_web_application_firewall_policy: { type: "Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies" },
  azurerm_network_security_group: { type: "Microsoft.Network/networkSecurityGroups" },
};

/** Deterministic GUID-shaped values for computed principal/client/tenant ids. */
export function guid(seed: string): string {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const hex = (h.toString(16) + "0".repeat(8)).slice(0, 8);
  return `${hex}-0000-4000-8000-${hex}0000`;
}

/** Resolves `${var.x}` and `${type.name.attr}` in a synthesized stack. */
export class Resolver {
  constructor(private readonly stack: JsonObject, private readonly variables: { readonly [name: string]: string } = MODEL_VARIABLES) {}

  /** The config of `type.name`. */
  public resource(type: string, name: string): JsonObject {
    const config = (this.stack.resource as any)?.[type]?.[name];
    if (!config) throw new Error(`provider model: ${type}.${name} is referenced but not in the stack`);
    return config;
  }

  /** The version a provider is pinned to in `required_providers` (the stack's bindings' version). */
  public requiredVersion(provider: string): string {
    const version = (this.stack.terraform as any)?.required_providers?.[provider]?.version;
    if (typeof version !== "string") throw new Error(`provider model: the stack has no required_providers.${provider}.version`);
    return version;
  }

  /** `value` with every Terraform expression in every string resolved. */
  public resolve(value: Json, seen: string[] = []): Json {
    if (typeof value === "string") return this.resolveString(value, seen);
    if (Array.isArray(value)) return value.map((v) => this.resolve(v, seen));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolve(v, seen)]));
    }
    return value;
  }

  private resolveString(text: string, seen: string[]): string {
    return text.replace(/(?<!\$)\$\{([^}]*)\}/g, (_m, expression: string) => this.evaluate(expression.trim(), seen));
  }

  private evaluate(expression: string, seen: string[]): string {
    // element(split("<separator>", <expression>), <index>): the one function call the library renders
    const element = /^element\(split\("([^"]*)",\s*(.+)\),\s*(\d+)\)$/.exec(expression);
    if (element) return this.evaluate(element[2].trim(), seen).split(element[1])[Number(element[3])] ?? "";
    const variable = /^var\.([A-Za-z_][\w-]*)$/.exec(expression);
    if (variable) {
      const value = this.variables[variable[1]];
      if (value === undefined) throw new Error(`provider model: no value for var.${variable[1]} (add it to MODEL_VARIABLES)`);
      return value;
    }
    // data.azapi_client_config.<name>.<attribute> (and azurerm's, which adoption reads): the identity the provider runs as.
    const client = /^data\.(?:azapi|azurerm)_client_config\.([A-Za-z_][\w-]*)\.([a-z_]+)$/.exec(expression);
    if (client) {
      if (client[2] === "subscription_id") return SUBSCRIPTION_ID;
      if (client[2] === "tenant_id" || client[2] === "object_id") return guid(`azapi_client_config.${client[2]}`);
      throw new Error(`provider model: no value for data.*_client_config.${client[1]}.${client[2]}`);
    }
    const reference = /^([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)\.([a-z_]+)$/.exec(expression);
    if (!reference)
      throw new Error(`provider model: cannot evaluate \${${expression}} (only var.x, data.azapi_client_config, data.azurerm_client_config, type.name.attribute and element(split(...)))`);
    const [, type, name, attribute] = reference;
    const address = `${type}.${name}`;
    if (seen.includes(address)) throw new Error(`provider model: reference cycle ${[...seen, address].join(" -> ")}`);
    const config = this.resource(type, name);
    const field = (key: string) => {
      const v = config[key];
      if (typeof v !== "string") throw new Error(`provider model: ${address}.${key} is not a string`);
      return this.resolveString(v, [...seen, address]);
    };
    switch (attribute) {
      case "id":
        return this.armId(type, address, field);
      case "name":
      case "location":
      case "resource_group_name":
        return field(attribute);
      case "principal_id":
      case "client_id":
      case "tenant_id":
        return guid(`${address}.${attribute}`);
      case "ip_address":
        return "203.0.113.10"; // documentation range, RFC 5737
      default:
        throw new Error(`provider model: no value for ${address}.${attribute}`);
    }
  }

  private armId(type: string, address: string, field: (key: string) => string): string {
    // azapi_resource: <parent_id>/providers/<type without @version>/<name> (azapi's id.BuildResourceID).
    if (type === "azapi_resource") return `${field("parent_id")}/providers/${field("type").split("@")[0]}/${field("name")}`;
    const arm = ARM_TYPES[type];
    if (!arm) throw new Error(`provider model: no ARM id for ${address} (type ${type} unknown to the model)`);
    const group = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${field("resource_group_name")}`;
    if (arm.parent) return `${group}/providers/${arm.parent.type}/${field(arm.parent.attribute)}/${arm.type}/${field("name")}`;
    return `${group}/providers/${arm.type}/${field("name")}`;
  }
}

/** `{type: {name: config}}` of a stack, as [type, name, config]. */
export function resourcesOf(stack: JsonObject, type: string): [string, JsonObject][] {
  return Object.entries(((stack.resource as any)?.[type] ?? {}) as { [name: string]: JsonObject });
}

/** Terraform JSON allows a nested block as an object or a list of objects: always a list here. */
export function blocks(value: Json | undefined): JsonObject[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as JsonObject[];
}
