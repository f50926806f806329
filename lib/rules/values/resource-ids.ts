// Value rules on resource ids the API takes literally: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";

// Resource ids the API takes literally, in the form azurerm v4.55.0 checks at
// plan (go-azure-helpers resourceids: static segments case-sensitive, any
// non-empty value for the named ones).
const SEGMENT = "[^/]+";

const armId = (provider: string, ...types: string[]) =>
  new RegExp(`^/subscriptions/${SEGMENT}/resourceGroups/${SEGMENT}/providers/${provider}${types.map((t) => `/${t}/${SEGMENT}`).join("")}$`);

/**
 * An id check for a value azurerm reads (case-sensitive, as its parser) or that
 * goes to ARM alone (ids compare ignoring case there): [azurerm reads it, id].
 */
const idCheck = (pattern: RegExp) => ([azurerm, id]: [boolean, string]) => new RegExp(pattern.source, azurerm ? "" : "i").test(id);

export const SUBNET_ID = defineRule({
  id: RuleId.SUBNET_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a subnet id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet> (spelled as shown where azurerm reads it)",
  source: "azurerm v4.55.0 gateway_ip_configuration.subnet_id: commonids.ValidateSubnetID (case-sensitive segments); ARM resource ids",
});

/** [azurerm reads it, id] */
export const subnetIdRule = valueRule<[boolean, string]>(SUBNET_ID, idCheck(armId("Microsoft.Network", "virtualNetworks", "subnets")));

export const IDENTITY_ID = defineRule({
  id: RuleId.IDENTITY_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a user-assigned identity id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name> (spelled as shown where azurerm reads it)",
  source: "azurerm v4.55.0 identity.identity_ids: commonids.ValidateUserAssignedIdentityID; ARM resource ids",
});

/** [azurerm reads it, id] */
export const identityIdRule = valueRule<[boolean, string]>(IDENTITY_ID, idCheck(armId("Microsoft.ManagedIdentity", "userAssignedIdentities")));

export const WAF_POLICY_ID = defineRule({
  id: RuleId.WAF_POLICY_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a WAF policy id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/<name> (where azurerm reads it, spelled as shown: with the lower-case 'a' that ARM itself does not return)",
  source:
    "azurerm v4.55.0 firewall_policy_id: webapplicationfirewallpolicies.ValidateApplicationGatewayWebApplicationFirewallPolicyID (case-sensitive; hashicorp/terraform-provider-azurerm#23378)",
});

/** [azurerm reads it, id] */
export const wafPolicyIdRule = valueRule<[boolean, string]>(
  WAF_POLICY_ID,
  idCheck(armId("Microsoft.Network", "applicationGatewayWebApplicationFirewallPolicies")),
);

export const WORKSPACE_ID = defineRule({
  id: RuleId.WORKSPACE_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a Log Analytics workspace id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.OperationalInsights/workspaces/<name>, spelled as shown",
  source: "azurerm v4.55.0 azurerm_monitor_diagnostic_setting.log_analytics_workspace_id: workspaces.ValidateWorkspaceID",
});

export const workspaceIdRule = valueRule<string>(WORKSPACE_ID, (v) => armId("Microsoft.OperationalInsights", "workspaces").test(v));

export const KEY_VAULT_ID = defineRule({
  id: RuleId.KEY_VAULT_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a Key Vault id: /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name> (the role assignment's scope)",
  source: "ARM resource id of Microsoft.KeyVault/vaults (ids compare case-insensitively); azurerm checks no more than a '/'",
});

export const keyVaultIdRule = valueRule<string>(KEY_VAULT_ID, (v) =>
  new RegExp(armId("Microsoft.KeyVault", "vaults").source, "i").test(v),
);

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

/** The rules of this file, in the order the README lists them. */
export const RESOURCE_IDS_VALUE_RULES: RuleInfo[] = [SUBNET_ID, IDENTITY_ID, WAF_POLICY_ID, WORKSPACE_ID, KEY_VAULT_ID, KEY_VAULT_MATCH, SUBSCRIPTION_ID];
