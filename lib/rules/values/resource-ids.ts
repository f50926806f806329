// Value rules on resource ids the API takes literally: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { identityNameRule, nameRule, subnetNameRule, vnetNameRule, wafPolicyNameRule } from "./names";
import { resourceGroupNameRule } from "./placement";

// Resource ids the API takes literally, in the form azurerm v4.55.0 checks at
// plan (go-azure-helpers resourceids: static segments case-sensitive, any
// non-empty value for the named ones), and each name in them by the naming rule
// of its own resource type (Learn: resource-name-rules), which ARM applies.
const SEGMENT = "([^/]+)";

/** A named segment of an id: its resource type, whether a name is valid for it, and how the message calls it. */
interface Segment {
  readonly type: string;
  readonly valid: (name: string) => boolean;
  readonly what: string;
}

const ruleOk = (rule: (v: string) => unknown) => (name: string) => rule(name) === undefined;

/** Subscription ids are GUIDs (ARM: subscriptionId, format uuid). */
const isGuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** Learn: resource-name-rules, Microsoft.KeyVault vaults: 3–24 alphanumerics and hyphens, start with a letter, end with a letter or digit, no consecutive hyphens. */
export const isVaultName = (v: string): boolean => /^[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$/.test(v) && !v.includes("--");

/** azurerm v4.55.0 loganalytics validate.LogAnalyticsWorkspaceName; Learn: resource-name-rules, Microsoft.OperationalInsights workspaces (4–63). */
const isWorkspaceName = (v: string) => /^[A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9]$/.test(v);

const NAME_RULES = {
  subscription: "subscription: a GUID",
  resourceGroup: "resource group: 1–90 letters, digits, '_', '-', '.', '(' and ')', not ending with '.'",
  vnet: "virtual network: 2–64 letters, digits, '_', '.', '-', starting with a letter or digit, ending with a letter, digit or '_'",
  subnet: "subnet: 1–80 of the same, not GatewaySubnet",
  identity: "identity: 3–128 letters, digits, '-' and '_', starting with a letter or digit",
  wafPolicy: "policy: 1–128 characters",
  workspace: "workspace: 4–63 letters, digits and '-', starting and ending with a letter or digit",
  vault: "vault: 3–24 letters, digits and '-', starting with a letter, ending with a letter or digit, no '--'",
  publicIp: "public IP: 1–80 letters, digits, '_', '.', '-', starting with a letter or digit, ending with a letter, digit or '_'",
};

const SEGMENTS: { [kind: string]: { provider: string; segments: Segment[] } } = {
  subnet: {
    provider: "Microsoft.Network",
    segments: [
      { type: "virtualNetworks", valid: ruleOk(vnetNameRule), what: "virtual network name" },
      { type: "subnets", valid: ruleOk(subnetNameRule), what: "subnet name" },
    ],
  },
  identity: { provider: "Microsoft.ManagedIdentity", segments: [{ type: "userAssignedIdentities", valid: ruleOk(identityNameRule), what: "identity name" }] },
  wafPolicy: {
    provider: "Microsoft.Network",
    segments: [{ type: "applicationGatewayWebApplicationFirewallPolicies", valid: ruleOk(wafPolicyNameRule), what: "WAF policy name" }],
  },
  workspace: { provider: "Microsoft.OperationalInsights", segments: [{ type: "workspaces", valid: isWorkspaceName, what: "workspace name" }] },
  keyVault: { provider: "Microsoft.KeyVault", segments: [{ type: "vaults", valid: isVaultName, what: "vault name" }] },
  publicIp: { provider: "Microsoft.Network", segments: [{ type: "publicIPAddresses", valid: ruleOk(nameRule), what: "public IP name" }] },
};

/** The kinds of id the library parses. */
export type IdKind = keyof typeof SEGMENTS;

const armId = (kind: IdKind) =>
  new RegExp(`^/subscriptions/${SEGMENT}/resourceGroups/${SEGMENT}/providers/${SEGMENTS[kind].provider}${SEGMENTS[kind].segments.map((t) => `/${t.type}/${SEGMENT}`).join("")}$`);

/** The names in an id that break their resource's naming rule, as "<what> \"<name>\"" (empty when the id does not parse). */
function badNames(kind: IdKind, id: string, caseSensitive: boolean): string[] {
  const match = new RegExp(armId(kind).source, caseSensitive ? "" : "i").exec(id);
  if (match === null) return [];
  const checks: [string, (v: string) => boolean, string][] = [
    [match[1], isGuid, "subscription id"],
    [match[2], ruleOk(resourceGroupNameRule), "resource group name"],
    ...SEGMENTS[kind].segments.map((s, i): [string, (v: string) => boolean, string] => [match[i + 3], s.valid, s.what]),
  ];
  return checks.filter(([name, valid]) => !isUnknown(name) && !valid(name)).map(([name, , what]) => `${what} ${JSON.stringify(name)}`);
}

/** Whether an id has the form of its kind and every name in it is valid. */
const validId = (kind: IdKind, id: string, caseSensitive: boolean) =>
  new RegExp(armId(kind).source, caseSensitive ? "" : "i").test(id) && badNames(kind, id, caseSensitive).length === 0;

/**
 * An id check for a value azurerm reads (case-sensitive, as its parser) or that
 * goes to ARM alone (ids compare ignoring case there): [azurerm reads it, id].
 */
const idCheck = (kind: IdKind) => ([azurerm, id]: [boolean, string]) => validId(kind, id, azurerm);

/** What a message adds after an id whose names break their naming rules: which name, e.g. `vault name "a--b" breaks its naming rule`. */
export function idNameNote(kind: IdKind, id: string | undefined): string | undefined {
  if (id === undefined || isUnknown(id)) return undefined;
  const bad = badNames(kind, id, false);
  return bad.length === 0 ? undefined : `${bad.join(", ")} ${bad.length === 1 ? "breaks its" : "break their"} naming rule`;
}

export const SUBNET_ID = defineRule({
  id: RuleId.SUBNET_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    `a subnet id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet> (spelled as shown where azurerm reads it), each name by its naming rule (${NAME_RULES.subscription}; ${NAME_RULES.resourceGroup}; ${NAME_RULES.vnet}; ${NAME_RULES.subnet})`,
  source:
    "azurerm v4.55.0 gateway_ip_configuration.subnet_id: commonids.ValidateSubnetID (case-sensitive segments); ARM resource ids (subscriptionId: uuid); Learn: resource-name-rules (resourcegroups, virtualNetworks, virtualNetworks/subnets)",
});

/** [azurerm reads it, id] */
export const subnetIdRule = valueRule<[boolean, string]>(SUBNET_ID, idCheck("subnet"));

export const IDENTITY_ID = defineRule({
  id: RuleId.IDENTITY_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    `a user-assigned identity id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name> (spelled as shown where azurerm reads it), each name by its naming rule (${NAME_RULES.subscription}; ${NAME_RULES.resourceGroup}; ${NAME_RULES.identity})`,
  source:
    "azurerm v4.55.0 identity.identity_ids: commonids.ValidateUserAssignedIdentityID; ARM resource ids (subscriptionId: uuid); Learn: resource-name-rules (resourcegroups, userAssignedIdentities)",
});

/** [azurerm reads it, id] */
export const identityIdRule = valueRule<[boolean, string]>(IDENTITY_ID, idCheck("identity"));

export const WAF_POLICY_ID = defineRule({
  id: RuleId.WAF_POLICY_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    `a WAF policy id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/<name> (where azurerm reads it, spelled as shown: with the lower-case 'a' that ARM itself does not return), each name by its naming rule (${NAME_RULES.subscription}; ${NAME_RULES.resourceGroup}; ${NAME_RULES.wafPolicy})`,
  source:
    "azurerm v4.55.0 firewall_policy_id: webapplicationfirewallpolicies.ValidateApplicationGatewayWebApplicationFirewallPolicyID (case-sensitive; hashicorp/terraform-provider-azurerm#23378); ARM resource ids (subscriptionId: uuid; policy name maxLength 128); Learn: resource-name-rules (resourcegroups)",
});

/** [azurerm reads it, id] */
export const wafPolicyIdRule = valueRule<[boolean, string]>(WAF_POLICY_ID, idCheck("wafPolicy"));

export const WORKSPACE_ID = defineRule({
  id: RuleId.WORKSPACE_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: `a Log Analytics workspace id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.OperationalInsights/workspaces/<name>, spelled as shown, each name by its naming rule (${NAME_RULES.subscription}; ${NAME_RULES.resourceGroup}; ${NAME_RULES.workspace})`,
  source:
    "azurerm v4.55.0 azurerm_monitor_diagnostic_setting.log_analytics_workspace_id: workspaces.ValidateWorkspaceID; loganalytics validate.LogAnalyticsWorkspaceName (4–63); ARM resource ids (subscriptionId: uuid); Learn: resource-name-rules (resourcegroups)",
});

export const workspaceIdRule = valueRule<string>(WORKSPACE_ID, (v) => validId("workspace", v, true));

export const KEY_VAULT_ID = defineRule({
  id: RuleId.KEY_VAULT_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: `a Key Vault id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name> (the role assignment's scope), each name by its naming rule (${NAME_RULES.subscription}; ${NAME_RULES.resourceGroup}; ${NAME_RULES.vault})`,
  source:
    "ARM resource id of Microsoft.KeyVault/vaults (ids compare case-insensitively; subscriptionId: uuid); Learn: resource-name-rules (resourcegroups, Microsoft.KeyVault vaults); azurerm checks no more than a '/'",
});

export const keyVaultIdRule = valueRule<string>(KEY_VAULT_ID, (v) => validId("keyVault", v, false));

export const KEY_VAULT_MATCH = defineRule({
  id: RuleId.KV_MATCH,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "the id of the vault that holds the secret: the vault name of secretId (https://<vault>.vault.azure.net/...) and of keyVaultId (.../vaults/<vault>) are the same",
  source:
    "Learn: key-vault-certs (the gateway's identity needs access to the vault holding the secret); Key Vault object identifiers (https://{vault-name}.vault.azure.net/{object-type}/{object-name}); the library grants its role on keyVaultId",
});

/** [certificate.secretId, certificate.keyVaultId] */
export const keyVaultMatchRule = valueRule<[string | undefined, string | undefined]>(KEY_VAULT_MATCH, ([secretId, keyVaultId]) => {
  if (secretId === undefined || keyVaultId === undefined) return true;
  const secretVault = /^https:\/\/([^./]+)\./.exec(secretId)?.[1];
  const vault = /\/vaults\/([^/]+)\/?$/i.exec(keyVaultId)?.[1];
  return secretVault === undefined || vault === undefined || secretVault.toLowerCase() === vault.toLowerCase();
});

export const SUBSCRIPTION_ID = defineRule({
  id: RuleId.SUBSCRIPTION_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a subscription id: a GUID (8-4-4-4-12 hexadecimal digits), the segment after /subscriptions/ of every import id",
  source:
    "ARM resource ids (/subscriptions/{subscriptionId}/...; Learn: 'Get subscription and tenant IDs in the Azure portal'); azurerm's import id parsers (go-azure-helpers resourceids) read it as that segment",
});

export const subscriptionIdRule = valueRule<string>(SUBSCRIPTION_ID, (v) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(v));

export const PUBLIC_IP_ID = defineRule({
  id: RuleId.PUBLIC_IP_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    `a public IP id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/publicIPAddresses/<name> (spelled as shown where azurerm reads it), each name by its naming rule (${NAME_RULES.subscription}; ${NAME_RULES.resourceGroup}; ${NAME_RULES.publicIp})`,
  source:
    "ARM spec 2025-03-01 ApplicationGatewayFrontendIPConfigurationPropertiesFormat.publicIPAddress (a SubResource id); ARM resource ids (subscriptionId: uuid); Learn: resource-name-rules (resourcegroups, publicIPAddresses)",
});

/** [azurerm reads it, id] */
export const publicIpIdRule = valueRule<[boolean, string]>(PUBLIC_IP_ID, idCheck("publicIp"));

/** The rules of this file, in the order the README lists them. */
export const RESOURCE_IDS_VALUE_RULES: RuleInfo[] = [SUBNET_ID, IDENTITY_ID, WAF_POLICY_ID, WORKSPACE_ID, KEY_VAULT_ID, KEY_VAULT_MATCH, SUBSCRIPTION_ID, PUBLIC_IP_ID];
