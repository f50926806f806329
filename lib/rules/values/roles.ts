// Value rules on role assignments: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { GUID } from "./common";

// Role assignments the user adds (azurerm v4.55.0 internal/services/authorization/role_assignment_resource.go).

const ROLE_DEFINITION_ID = new RegExp(`^(/subscriptions/${GUID})?/providers/Microsoft\\.Authorization/roleDefinitions/${GUID}$`, "i");

export const ROLE_DEFINITION = defineRule({
  id: RuleId.ROLE_DEFINITION,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "exactly one of roleDefinitionName (not empty) or roleDefinitionId (/subscriptions/<id>/providers/Microsoft.Authorization/roleDefinitions/<guid>, or without the subscription)",
  source:
    "azurerm v4.55.0 azurerm_role_assignment: role_definition_id and role_definition_name are ExactlyOneOf, the name StringIsNotEmpty; ARM role definition ids (Learn: role-definitions, built-in roles' ids)",
});

/** [roleDefinitionName, roleDefinitionId] */
export const roleDefinitionRule = valueRule<[string | undefined, string | undefined]>(ROLE_DEFINITION, ([name, id]) =>
  name === undefined ? id !== undefined && ROLE_DEFINITION_ID.test(id) : id === undefined && name.trim() !== "",
);

export const PRINCIPAL = defineRule({
  id: RuleId.PRINCIPAL,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a principal's object id (a GUID), and principalType User, Group or ServicePrincipal when given",
  source:
    "ARM RoleAssignmentProperties.principalId (Azure error InvalidPrincipalId); azurerm v4.55.0 azurerm_role_assignment.principal_type (StringInSlice User, Group, ServicePrincipal)",
});

/** [principalId, principalType] */
export const principalRule = valueRule<[string, string | undefined]>(
  PRINCIPAL,
  ([id, type]) => new RegExp(`^${GUID}$`).test(id) && (type === undefined || ["User", "Group", "ServicePrincipal"].includes(type)),
);

/** The rules of this file, in the order the README lists them. */
export const ROLES_VALUE_RULES: RuleInfo[] = [ROLE_DEFINITION, PRINCIPAL];
