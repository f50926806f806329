// azurerm's other resources the library writes: for each, the schema the plan needs (plan.ts)
// and its state after the apply and the next refresh: what Create sends, what Azure's GET
// returns for it, and what Read writes from that GET. Followed from
// hashicorp/terraform-provider-azurerm v4.55.0 (v4.73.0 where it differs, said so):
// each entry names the files and functions. Only the arguments the library sets, and those
// whose Default, Computed or Read decides the plan, are modelled.
import { canonicalId } from "./azurerm-read";
import { Schema, LOCATION, normalizeLocation, TAGS, ZONES } from "./azurerm-schema";
import { isObject, Json, JsonObject } from "./json";
import { blocks, guid, Resolver } from "./terraform";

type O = JsonObject;
const str = (o: Partial<Schema[string]> = {}) => ({ kind: "string" as const, ...o });
const bool = (o: Partial<Schema[string]> = {}) => ({ kind: "bool" as const, ...o });
const int = (o: Partial<Schema[string]> = {}) => ({ kind: "int" as const, ...o });
const list = (o: Partial<Schema[string]> = {}) => ({ kind: "list" as const, ...o });
const block = (schema: Schema, o: Partial<Schema[string]> = {}) => ({ kind: "block" as const, block: schema, ...o });
const computed = str({ computed: true });
const forceNew = { forceNew: true, required: true };
/** suppress.CaseDifference (helpers/tf/suppress) */
const caseDifference = (old: string, value: string) => old.toLowerCase() === value.toLowerCase();

/** What Read needs besides the config: the resource's Terraform address (seeds its computed ids). */
interface ReadContext {
  readonly address: string;
}

/** One resource type: its schema, and its state after create + Read + refresh given the resolved config. */
export interface ResourceModel {
  readonly schema: Schema;
  readonly source: string;
  readonly read: (config: O, c: ReadContext) => O;
}

const get = (config: O, key: string, fallback: Json): Json => (config[key] === undefined || config[key] === null ? fallback : config[key]);

/** Built-in role ids (Learn, "Azure built-in roles"): what the role definition lookup by name returns. */
export const BUILT_IN_ROLES: { readonly [name: string]: string } = {
  Reader: "acdd72a7-3385-48ef-bd42-f606fba81ae7",
  Contributor: "b24988ac-6180-42a0-ab88-20f7382dd24c",
  "Key Vault Secrets User": "4633458b-17de-408a-b874-0445c86b69e6",
  "Key Vault Certificate User": "db79e9a7-68ee-4b58-9aeb-b90e7c24fcba",
};

/**
 * The service delegation actions Azure stores and returns for a delegation, whatever the PUT
 * listed (model assumption: the subnet's GET lists the service's own actions, as
 * `az network vnet subnet list-available-delegations` shows them; for application gateways
 * the one action below).
 */
export const DELEGATION_ACTIONS: { readonly [service: string]: string[] } = {
  "Microsoft.Network/applicationGateways": ["Microsoft.Network/virtualNetworks/subnets/join/action"],
};

export const RESOURCES: { readonly [type: string]: ResourceModel } = {
  azurerm_virtual_network: {
    source:
      "internal/services/network/virtual_network_resource.go: resourceVirtualNetwork (schema), resourceVirtualNetworkCreate, resourceVirtualNetworkRead → resourceVirtualNetworkFlatten",
    schema: {
      name: str(forceNew),
      resource_group_name: str(forceNew),
      location: LOCATION,
      address_space: list({ set: true }),
      dns_servers: list({ computed: true }),
      // Optional+Computed, ConfigModeAttr: the subnets written as azurerm_subnet resources are no change
      subnet: block({ name: str(), address_prefixes: list(), id: computed }, { set: true, computed: true }),
      flow_timeout_in_minutes: int(),
      bgp_community: str(),
      private_endpoint_vnet_policies: str({ default: "Disabled" }),
      tags: TAGS,
    },
    read: (c) => ({
      name: c.name,
      resource_group_name: c.resource_group_name,
      location: normalizeLocation(String(c.location)),
      address_space: get(c, "address_space", []),
      dns_servers: [],
      subnet: [],
      flow_timeout_in_minutes: get(c, "flow_timeout_in_minutes", null),
      bgp_community: "",
      private_endpoint_vnet_policies: get(c, "private_endpoint_vnet_policies", "Disabled"),
      tags: get(c, "tags", {}),
    }),
  },
  azurerm_subnet: {
    source:
      "internal/services/network/subnet_resource.go: resourceSubnet (schema), resourceSubnetCreate + expandSubnetDelegation, resourceSubnetRead + flattenSubnetDelegation, flattenSubnetNetworkPolicy",
    schema: {
      name: str(forceNew),
      resource_group_name: str(forceNew),
      virtual_network_name: str(forceNew),
      address_prefixes: list(),
      delegation: block({
        name: str({ required: true }),
        service_delegation: block({ name: str({ required: true }), actions: list({ set: true }) }, { required: true, maxItems: 1 }),
      }),
      service_endpoints: list({ set: true }),
      default_outbound_access_enabled: bool({ default: true }),
      private_endpoint_network_policies: str({ default: "Disabled" }),
      private_link_service_network_policies_enabled: bool({ default: true }),
    },
    read: (c) => ({
      name: c.name,
      resource_group_name: c.resource_group_name,
      virtual_network_name: c.virtual_network_name,
      address_prefixes: get(c, "address_prefixes", []),
      // flattenSubnetDelegation: service name re-cased from subnetDelegationServiceNames; the actions Azure returns
      delegation: blocks(c.delegation).map((d) => {
        const service = blocks(d.service_delegation)[0] ?? {};
        const name = String(service.name);
        return { name: d.name, service_delegation: [{ name, actions: DELEGATION_ACTIONS[name] ?? (get(service, "actions", []) as Json[]) }] };
      }),
      service_endpoints: get(c, "service_endpoints", []),
      default_outbound_access_enabled: get(c, "default_outbound_access_enabled", true),
      private_endpoint_network_policies: get(c, "private_endpoint_network_policies", "Disabled"),
      private_link_service_network_policies_enabled: get(c, "private_link_service_network_policies_enabled", true),
    }),
  },
  azurerm_public_ip: {
    source:
      "internal/services/network/public_ip_resource.go: resourcePublicIp (schema), resourcePublicIpCreate, resourcePublicIpRead (ddos_protection_mode VirtualNetworkInherited when the GET has no ddosSettings)",
    schema: {
      name: str(forceNew),
      resource_group_name: str(forceNew),
      location: LOCATION,
      allocation_method: str({ required: true }),
      sku: str({ default: "Standard", forceNew: true }),
      sku_tier: str({ default: "Regional", forceNew: true }),
      ip_version: str({ default: "IPv4", forceNew: true }),
      idle_timeout_in_minutes: int({ default: 4 }),
      ddos_protection_mode: str({ default: "VirtualNetworkInherited" }),
      domain_name_label: str(),
      zones: ZONES,
      ip_address: computed,
      tags: TAGS,
    },
    read: (c) => ({
      name: c.name,
      resource_group_name: c.resource_group_name,
      location: normalizeLocation(String(c.location)),
      allocation_method: c.allocation_method,
      sku: get(c, "sku", "Standard"),
      sku_tier: get(c, "sku_tier", "Regional"),
      ip_version: get(c, "ip_version", "IPv4"),
      idle_timeout_in_minutes: get(c, "idle_timeout_in_minutes", 4),
      ddos_protection_mode: get(c, "ddos_protection_mode", "VirtualNetworkInherited"),
      domain_name_label: get(c, "domain_name_label", ""),
      zones: get(c, "zones", []),
      ip_address: "203.0.113.10",
      tags: get(c, "tags", {}),
    }),
  },
  azurerm_user_assigned_identity: {
    source: "internal/services/managedidentity/user_assigned_identity_resource.go: UserAssignedIdentityResource Arguments, Create, Read (location.Normalize, tags.Flatten)",
    schema: {
      name: str(forceNew),
      resource_group_name: str(forceNew),
      location: LOCATION,
      tags: TAGS,
      principal_id: computed,
      client_id: computed,
      tenant_id: computed,
    },
    read: (c, { address }) => ({
      name: c.name,
      resource_group_name: c.resource_group_name,
      location: normalizeLocation(String(c.location)),
      tags: get(c, "tags", {}),
      principal_id: guid(`${address}.principal_id`),
      client_id: guid(`${address}.client_id`),
      tenant_id: guid("tenant"),
    }),
  },
  azurerm_role_assignment: {
    source:
      "internal/services/authorization/role_assignment_resource.go: resourceArmRoleAssignment (schema), resourceArmRoleAssignmentCreate (role name → id by List), resourceArmRoleAssignmentRead (+ normalizeScopeValue)",
    schema: {
      name: str({ computed: true, forceNew: true }),
      scope: str(forceNew),
      role_definition_id: str({ computed: true, forceNew: true, suppress: caseDifference }),
      role_definition_name: str({ computed: true, forceNew: true, suppress: caseDifference }),
      principal_id: str(forceNew),
      principal_type: str({ computed: true, forceNew: true }),
      skip_service_principal_aad_check: bool({ computed: true }),
      description: str({ forceNew: true }),
      condition: str({ forceNew: true }),
    },
    read: (c, { address }) => {
      const scope = String(c.scope);
      // The GET's roleDefinitionId is the definition's id under the scope's subscription, whatever
      // form the PUT gave (azurerm issues #1454, #4258, #8558, #19847: a replacement on every plan).
      const subscription = scope.split("/")[2];
      const configuredId = typeof c.role_definition_id === "string" ? c.role_definition_id : undefined;
      const guidOf = configuredId?.split("/").pop() ?? BUILT_IN_ROLES[String(c.role_definition_name)] ?? guid(`role ${c.role_definition_name}`);
      const roleName = Object.entries(BUILT_IN_ROLES).find(([, g]) => g.toLowerCase() === guidOf.toLowerCase())?.[0];
      return {
        name: guid(`${address}.name`),
        // normalizeScopeValue: a resource group id parsed insensitively; any other scope as the GET returns it
        scope: /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+$/i.test(scope) ? canonicalId(scope) : scope,
        role_definition_id: `/subscriptions/${subscription}/providers/Microsoft.Authorization/roleDefinitions/${guidOf}`,
        role_definition_name: roleName ?? get(c, "role_definition_name", ""),
        principal_id: c.principal_id,
        principal_type: get(c, "principal_type", "ServicePrincipal"),
        skip_service_principal_aad_check: false,
        description: get(c, "description", ""),
        condition: get(c, "condition", ""),
      };
    },
  },
  azurerm_web_application_firewall_policy: {
    source:
      "internal/services/network/web_application_firewall_policy_resource.go: resourceWebApplicationFirewallPolicy (schema), expandWebApplicationFirewallPolicyPolicySettings, expandWebApplicationFirewallPolicyManagedRuleSet, resourceWebApplicationFirewallPolicyRead (v4.73.0: resourceWebApplicationFirewallPolicySetFlatten), flattenWebApplicationFirewallPolicyPolicySettings, flattenWebApplicationFirewallPolicyManagedRulesDefinition",
    schema: {
      name: str(forceNew),
      resource_group_name: str(forceNew),
      location: LOCATION,
      policy_settings: block(
        {
          enabled: bool({ default: true }),
          mode: str({ default: "Prevention" }),
          request_body_check: bool({ default: true }),
          file_upload_limit_in_mb: int({ default: 100 }),
          request_body_enforcement: bool({ default: true }),
          // Optional+Computed until 5.0 (features.FivePointOh)
          file_upload_enforcement: bool({ computed: true }),
          max_request_body_size_in_kb: int({ default: 128 }),
          request_body_inspect_limit_in_kb: int({ default: 128 }),
          js_challenge_cookie_expiration_in_minutes: int({ default: 30 }),
        },
        { maxItems: 1 },
      ),
      managed_rules: block(
        {
          managed_rule_set: block({ type: str({ default: "OWASP" }), version: str({ required: true }) }, { required: true }),
        },
        { required: true, maxItems: 1 },
      ),
      tags: TAGS,
    },
    read: (c) => {
      // the expander sends every policy setting (d.Get: Default, or false for the unset Optional+Computed
      // file_upload_enforcement); the GET returns them; js_challenge_cookie_expiration_in_minutes is not
      // returned and flattens to 30 (Azure/azure-rest-api-specs#36330, the comment in the flattener)
      const settings = blocks(c.policy_settings).map((s) => ({
        enabled: get(s, "enabled", true),
        mode: get(s, "mode", "Prevention"),
        request_body_check: get(s, "request_body_check", true),
        file_upload_limit_in_mb: get(s, "file_upload_limit_in_mb", 100),
        request_body_enforcement: get(s, "request_body_enforcement", true),
        file_upload_enforcement: get(s, "file_upload_enforcement", false),
        max_request_body_size_in_kb: get(s, "max_request_body_size_in_kb", 128),
        request_body_inspect_limit_in_kb: get(s, "request_body_inspect_limit_in_kb", 128),
        js_challenge_cookie_expiration_in_minutes: 30,
      }));
      const rules = blocks(c.managed_rules).map((m) => ({
        managed_rule_set: blocks(m.managed_rule_set).map((s) => ({ type: get(s, "type", "OWASP"), version: s.version })),
      }));
      return {
        name: c.name,
        resource_group_name: c.resource_group_name,
        location: normalizeLocation(String(c.location)),
        policy_settings: settings,
        managed_rules: rules,
        tags: get(c, "tags", {}),
      };
    },
  },
  azurerm_monitor_diagnostic_setting: {
    source:
      "internal/services/monitor/monitor_diagnostic_setting_resource.go: resourceMonitorDiagnosticSetting (schema; v4.73.0 the same for these arguments), resourceMonitorDiagnosticSettingRead, flattenMonitorDiagnosticEnabledLogs, flattenMonitorDiagnosticEnabledMetrics",
    schema: {
      name: str(forceNew),
      target_resource_id: str(forceNew),
      log_analytics_workspace_id: str(),
      log_analytics_destination_type: str({ computed: true }),
      enabled_log: block({ category: str(), category_group: str() }, { set: true }),
      // Optional+Computed until 5.0 (ConflictsWith the deprecated `metric`)
      enabled_metric: block({ category: str({ required: true }) }, { set: true, computed: true }),
    },
    read: (c) => {
      const workspace = typeof c.log_analytics_workspace_id === "string" ? c.log_analytics_workspace_id : "";
      return {
        name: c.name,
        target_resource_id: c.target_resource_id,
        // workspaces.ParseWorkspaceIDInsensitively(...).ID()
        log_analytics_workspace_id: workspace === "" ? "" : canonicalId(workspace),
        log_analytics_destination_type: "",
        enabled_log: blocks(c.enabled_log).map((l) => ({ category: get(l, "category", ""), category_group: get(l, "category_group", "") })),
        enabled_metric: blocks(c.enabled_metric).map((m) => ({ category: m.category })),
      };
    },
  },
  azurerm_management_lock: {
    source: "internal/services/resource/management_lock_resource.go: resourceManagementLock (schema: every argument ForceNew), resourceManagementLockRead (scope from the state's id)",
    schema: {
      name: str(forceNew),
      scope: str(forceNew),
      lock_level: str(forceNew),
      notes: str({ forceNew: true }),
    },
    read: (c) => ({ name: c.name, scope: c.scope, lock_level: c.lock_level, notes: get(c, "notes", "") }),
  },
};

/** The resolved config of `type.name`. */
export function resolvedConfig(resolver: Resolver, type: string, name: string): O {
  const config = resolver.resolve(resolver.resource(type, name));
  if (!isObject(config)) throw new Error(`provider model: ${type}.${name} is not an object`);
  return config;
}
