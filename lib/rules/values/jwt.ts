// Value rules on Microsoft Entra ID JWT validation: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { GUID } from "./common";

const IS_GUID = new RegExp(`^${GUID}$`);
/** Tenants Learn allows besides a tenant id, for multitenant apps. */
const MULTITENANT = ["common", "organizations", "consumers"];
/** Learn: json-web-token-overview, "Audiences (optional): additional valid aud claim values (max 5)". */
export const MAX_JWT_AUDIENCES = 5;

export const JWT_VALIDATION = defineRule({
  id: RuleId.JWT_VALIDATION,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: `a tenantId that is a tenant's GUID or ${MULTITENANT.join(", ")}; a clientId that is the app registration's GUID; at most ${MAX_JWT_AUDIENCES} audiences, none empty`,
  source:
    "Learn: json-web-token-overview (Microsoft Entra ID requirements: tenant ID, client ID must be a GUID, audiences max 5); ARM spec ApplicationGatewayEntraJWTValidationConfigPropertiesFormat",
});

export const jwtTenantRule = valueRule<string>(JWT_VALIDATION, (v) => IS_GUID.test(v) || MULTITENANT.includes(v));
export const jwtClientRule = valueRule<string>(JWT_VALIDATION, (v) => IS_GUID.test(v));
export const jwtAudiencesRule = valueRule<string[]>(
  JWT_VALIDATION,
  (v) => v.length <= MAX_JWT_AUDIENCES && v.every((a) => isUnknown(a) || a.trim().length > 0),
);

/** The rules of this file, in the order the README lists them. */
export const JWT_VALUE_RULES: RuleInfo[] = [JWT_VALIDATION];
