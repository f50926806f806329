// Value rules on Azure names: the gateway's parts (NAME) and each resource the library creates, by its own type's naming rule: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { IConstruct } from "constructs";
import { assertValid } from "../../core/errors";
import { Checked, defineRule, isUnknown, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";

export const NAME = defineRule({
  id: RuleId.NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "1–80 characters of letters, digits, '_', '.', '-', starting with a letter or digit and ending with a letter, digit or '_'",
  source: "Learn: resource-name-rules, Microsoft.Network applicationGateways (and their child names)",
});

export const nameRule = valueRule<string>(NAME, (v) => /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/.test(v));

export const PART_ID = defineRule({
  id: RuleId.PART_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a non-empty literal construct id without '/', unique among this gateway's parts of the same kind",
  source: "constructs: ids are unique within their scope; Azure: child names are unique per collection of the gateway",
});

/**
 * Throws PART_ID for an id the constructs library would reject in this scope (empty, with '/',
 * taken: its own "There is already a Construct with name" error) or that is a Terraform expression.
 * @param childId the construct id the part gets, when the method derives it from `id`
 */
export function checkPartId(scope: IConstruct, id: string, childId: string = id): void {
  const bad = id === "" || id.includes("/") || isUnknown(id) || scope.node.tryFindChild(childId) !== undefined;
  assertValid(`${scope.node.path}/`, "id", id, bad ? PART_ID : undefined);
}

// Names of the resources the library creates, each by its own resource type's
// rules (Learn: resource-name-rules, read 2025-03; azurerm v4.55.0 validators).
const NAME_80 = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/;

export const VNET_NAME = defineRule({
  id: RuleId.VNET_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "2–64 characters of letters, digits, '_', '.', '-', starting with a letter or digit and ending with a letter, digit or '_'",
  source: "Learn: resource-name-rules, Microsoft.Network virtualNetworks",
});

export const vnetNameRule = valueRule<string>(VNET_NAME, (v) => v.length >= 2 && v.length <= 64 && NAME_80.test(v));

export const SUBNET_NAME = defineRule({
  id: RuleId.SUBNET_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a subnet name by the name rule (1–80 characters ...) other than GatewaySubnet, which Azure reserves for VPN gateways",
  source: "Learn: resource-name-rules, virtualNetworks/subnets; configuration-infrastructure (GatewaySubnet is reserved for VPN gateways)",
});

export const subnetNameRule = valueRule<string>(SUBNET_NAME, (v) => NAME_80.test(v) && v.toLowerCase() !== "gatewaysubnet");

export const IDENTITY_NAME = defineRule({
  id: RuleId.IDENTITY_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "3–128 characters of letters, digits, '-' and '_', starting with a letter or digit",
  source: "Learn: resource-name-rules, Microsoft.ManagedIdentity userAssignedIdentities",
});

export const identityNameRule = valueRule<string>(IDENTITY_NAME, (v) => /^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$/.test(v));

export const WAF_POLICY_NAME = defineRule({
  id: RuleId.WAF_POLICY_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "1–128 characters",
  source: "ARM Microsoft.Network 2025-03-01, ApplicationGatewayWebApplicationFirewallPolicies name maxLength; azurerm: not empty",
});

export const wafPolicyNameRule = valueRule<string>(WAF_POLICY_NAME, (v) => v.length >= 1 && v.length <= 128);

export const DIAGNOSTIC_NAME = defineRule({
  id: RuleId.DIAGNOSTIC_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "1–260 characters, none of < > * % & : \\ ? + /",
  source: "azurerm v4.55.0 internal/services/monitor/validate MonitorDiagnosticSettingName",
});

export const diagnosticNameRule = valueRule<string>(DIAGNOSTIC_NAME, (v) => v.length >= 1 && v.length <= 260 && !/[<>*%&:\\?+/]/.test(v));

export const RESOURCE_NAME_UNIQUE = defineRule({
  id: RuleId.RESOURCE_NAME_UNIQUE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a name no other resource of the same type in the same resource group (and provider) of this stack has, ignoring case: two Terraform resources would write one Azure resource",
  source:
    "Learn: resource-name-rules (names are unique per resource type within their scope, and case-insensitive); ARM PUT creates or updates by id; azurerm refuses to create a resource that already exists (import it)",
});

export const resourceNameUniqueRule = valueRule<boolean>(RESOURCE_NAME_UNIQUE, (free) => free);

/** The rules of this file, in the order the README lists them. */
export const NAMES_VALUE_RULES: RuleInfo[] = [NAME, PART_ID, VNET_NAME, SUBNET_NAME, IDENTITY_NAME, WAF_POLICY_NAME, DIAGNOSTIC_NAME, RESOURCE_NAME_UNIQUE];
