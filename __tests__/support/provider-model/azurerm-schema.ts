// The part of azurerm 4.55.0's `azurerm_application_gateway` schema the expanders read
// (internal/services/network/application_gateway_resource.go, resourceApplicationGateway,
// sslProfileSchema; commonschema identity): for each argument its zero value or Default
// (what `d.Get` returns when the argument is unset) and its plan-time ValidateFunc.
// `readConfig` applies both to a resolved config, as the plugin SDK does.
// azurerm 4.73.0 (the cdktn flavour's): `gatewaySchema("4.73.0")`, see GATEWAY_SCHEMA_4_73.
import { isObject, Json, JsonObject } from "./json";
import { blocks } from "./terraform";

/** A validation failure: the attribute path (as Terraform prints it) and azurerm's message. */
export interface SchemaProblem {
  readonly attribute: string;
  readonly value: Json;
  readonly message: string;
}

type Check = (value: Json, key: string) => string | undefined;

interface Attr {
  readonly kind: "string" | "bool" | "int" | "list" | "map" | "block";
  readonly required?: boolean;
  readonly default?: Json;
  /** ValidateFunc of the value (of each element for lists). */
  readonly check?: Check;
  readonly block?: Schema;
  readonly minItems?: number;
  readonly maxItems?: number;
  /**
   * Optional and Computed without a Default, read through `d.GetRawConfig()` by its
   * expander: null when unset (so an expander can tell unset from false).
   */
  readonly unsetIsNull?: boolean;
  /** Sibling arguments that must not be set with this one (ConflictsWith). */
  readonly conflictsWith?: string[];
  /** Sibling arguments of which this one or one other must be set (AtLeastOneOf; an empty block list is unset). */
  readonly atLeastOneOf?: string[];
  // What Terraform's diff needs (plan.ts):
  /** TypeSet (a block or a list of primitives): order never diffs. Otherwise TypeList. */
  readonly set?: boolean;
  /** Computed (computed-only, or Optional+Computed): unset in config, the state's value stays. */
  readonly computed?: boolean;
  /** ForceNew: a change replaces the resource. */
  readonly forceNew?: boolean;
  /** StateFunc: what the state stores for a configured value. */
  readonly stateFunc?: (value: string) => string;
  /** DiffSuppressFunc over the old (state) and new (config) value. */
  readonly suppress?: (old: string, value: string) => boolean;
}
export type Schema = { readonly [name: string]: Attr };

// ---- ValidateFuncs (helper/validation, helpers/validate, commonids, keyvault/validate) ----

const oneOf =
  (values: string[]): Check =>
  (v, k) =>
    typeof v === "string" && values.includes(v) ? undefined : `expected ${k} to be one of ${JSON.stringify(values)}, got ${v}`;
const intBetween =
  (min: number, max: number): Check =>
  (v, k) =>
    typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? undefined : `expected ${k} to be in the range (${min} - ${max}), got ${v}`;
/** helpers/validate.PortNumber */
const portNumber: Check = (v, k) =>
  typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 65535 ? undefined : `"${k}" is not a valid port number: ${v}`;
/** validation.StringIsNotEmpty / NoZeroValues */
const notEmpty: Check = (v, k) => (v === "" ? `expected "${k}" to not be an empty string` : undefined);
/** validation.StringIsBase64 */
const base64: Check = (v, k) =>
  typeof v === "string" && /^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0 ? undefined : `expected "${k}" to be a base64 string, got ${v}`;
/** helpers/validate.IPv4Address (net.ParseIP(v).To4() != nil) */
const ipv4: Check = (v, k) =>
  typeof v === "string" && /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(v)
    ? undefined
    : `"${k}" is not a valid IPv4 address: "${v}"`;
/** A resourceids parser for one id shape: static segments match case-sensitively, values are non-empty. */
const armId =
  (what: string, ...segments: string[]): Check =>
  (v, k) => {
    const pattern = new RegExp(`^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/${segments.map((s) => (s === "*" ? "[^/]+" : s)).join("/")}$`);
    return typeof v === "string" && pattern.test(v) ? undefined : `${k}: parsing ${JSON.stringify(v)} as ${what} ID failed`;
  };
/** commonids.ValidateSubnetID */
const subnetId = armId("a Subnet", "Microsoft.Network", "virtualNetworks", "*", "subnets", "*");
/** commonids.ValidateUserAssignedIdentityID */
const userAssignedIdentityId = armId("a User Assigned Identity", "Microsoft.ManagedIdentity", "userAssignedIdentities", "*");
/** webapplicationfirewallpolicies.ValidateApplicationGatewayWebApplicationFirewallPolicyID */
const wafPolicyId = armId(
  "an Application Gateway Web Application Firewall Policy",
  "Microsoft.Network",
  "applicationGatewayWebApplicationFirewallPolicies",
  "*"
);
/** keyvault/validate.NestedItemIdWithOptionalVersion (parse.ParseOptionallyVersionedNestedItemID) */
const keyVaultNestedItemId: Check = (v, k) => {
  if (v === "") return notEmpty(v, k);
  try {
    const url = new URL(String(v));
    const parts = url.pathname.replace(/^\/|\/$/g, "").split("/");
    if ((parts.length === 2 || parts.length === 3) && ["keys", "secrets", "certificates", "storage"].includes(parts[0])) return undefined;
  } catch {
    // not a URL
  }
  return `parsing ${JSON.stringify(v)}: not a Key Vault nested item id (https://<vault>/<secrets|certificates|keys>/<name>[/<version>])`;
};

// ---- the schema (application_gateway_resource.go, resourceApplicationGateway) ----

const str = (o: Partial<Attr> = {}): Attr => ({ kind: "string", ...o });
const bool = (o: Partial<Attr> = {}): Attr => ({ kind: "bool", ...o });
const int = (o: Partial<Attr> = {}): Attr => ({ kind: "int", ...o });
const list = (o: Partial<Attr> = {}): Attr => ({ kind: "list", ...o });
const block = (schema: Schema, o: Partial<Attr> = {}): Attr => ({ kind: "block", block: schema, ...o });
const req = { required: true };

const PROTOCOLS = ["Http", "Https"];
const TLS_PROTOCOLS = ["TLSv1_0", "TLSv1_1", "TLSv1_2", "TLSv1_3"];
/** applicationgateways.PossibleValuesForApplicationGatewaySslCipherSuite (go-azure-sdk 2025-01-01): no TLS 1.3 suites. */
const CIPHER_SUITES = [
  "TLS_DHE_DSS_WITH_AES_128_CBC_SHA",
  "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256",
  "TLS_DHE_DSS_WITH_AES_256_CBC_SHA",
  "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256",
  "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA",
  "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
  "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
  "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
  "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_RSA_WITH_AES_128_CBC_SHA",
  "TLS_RSA_WITH_AES_128_CBC_SHA256",
  "TLS_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_RSA_WITH_AES_256_CBC_SHA",
  "TLS_RSA_WITH_AES_256_CBC_SHA256",
  "TLS_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
];
const COMPUTED = str({ computed: true }); // computed-only attributes (ids) that a config never sets

/** location.Normalize (go-azure-helpers resourcemanager/location/normalize.go). */
export const normalizeLocation = (v: string): string => v.replace(/ /g, "").toLowerCase();
/** commonschema.Location(): Required, ForceNew, StateFunc location.StateFunc, DiffSuppressFunc location.DiffSuppressFunc. */
export const LOCATION: Attr = {
  kind: "string",
  required: true,
  forceNew: true,
  stateFunc: normalizeLocation,
  suppress: (old, value) => normalizeLocation(old) === normalizeLocation(value),
};
/** utils.Base64EncodeIfNot, as base64EncodedStateFunc (application_gateway_resource.go) applies it. */
export const base64EncodeIfNot = (data: string): string =>
  /^[A-Za-z0-9+/]*={0,2}$/.test(data) && data.length % 4 === 0 ? data : Buffer.from(data).toString("base64");
/** commonschema.ZonesMultipleOptionalForceNew: TypeSet, Optional, ForceNew. */
export const ZONES: Attr = { kind: "list", set: true, forceNew: true, check: notEmpty };
/** commonschema.Tags: TypeMap, Optional. */
export const TAGS: Attr = { kind: "map" };

/** sslProfileSchema: the gateway's `ssl_policy` and each `ssl_profile.ssl_policy`. */
const SSL_POLICY: Schema = {
  disabled_protocols: list({ check: oneOf(TLS_PROTOCOLS) }),
  policy_type: str({ check: oneOf(["Custom", "CustomV2", "Predefined"]) }),
  policy_name: str(),
  cipher_suites: list({ check: oneOf(CIPHER_SUITES) }),
  min_protocol_version: str({ check: oneOf(TLS_PROTOCOLS) }),
};

const CUSTOM_ERROR: Schema = {
  status_code: str({
    ...req,
    check: oneOf([
      "HttpStatus500",
      "HttpStatus504",
      "HttpStatus503",
      "HttpStatus502",
      "HttpStatus400",
      "HttpStatus408",
      "HttpStatus405",
      "HttpStatus404",
      "HttpStatus403",
    ]),
  }),
  custom_error_page_url: str(req),
  id: COMPUTED,
};

export const GATEWAY_SCHEMA: Schema = {
  name: str({ ...req, forceNew: true }),
  location: LOCATION,
  resource_group_name: str({ ...req, forceNew: true }), // commonschema.ResourceGroupName
  zones: ZONES,
  tags: TAGS,
  identity: block(
    {
      type: str({ ...req, check: oneOf(["UserAssigned", "SystemAssigned", "SystemAssigned, UserAssigned"]) }),
      identity_ids: list({ set: true, check: userAssignedIdentityId }),
      principal_id: COMPUTED,
      tenant_id: COMPUTED,
    },
    { maxItems: 1 }
  ),
  backend_address_pool: block(
    { name: str(req), fqdns: list({ set: true, check: notEmpty }), ip_addresses: list({ set: true, check: ipv4 }), id: COMPUTED },
    { ...req, set: true }
  ),
  backend_http_settings: block(
    {
      name: str(req),
      path: str(),
      port: int({ ...req, check: portNumber }),
      protocol: str({ ...req, check: oneOf(PROTOCOLS) }),
      cookie_based_affinity: str({ ...req, check: oneOf(["Enabled", "Disabled"]) }),
      affinity_cookie_name: str({ check: notEmpty }),
      dedicated_backend_connection_enabled: bool({ default: false }),
      host_name: str(),
      pick_host_name_from_backend_address: bool({ default: false }),
      request_timeout: int({ default: 30, check: intBetween(1, 86400) }),
      authentication_certificate: block({ name: str(req), id: COMPUTED }),
      trusted_root_certificate_names: list({ check: notEmpty }),
      connection_draining: block({ enabled: bool(req), drain_timeout_sec: int({ ...req, check: intBetween(1, 3600) }) }, { maxItems: 1 }),
      probe_name: str(),
      id: COMPUTED,
      probe_id: COMPUTED,
    },
    { ...req, minItems: 1, set: true }
  ),
  frontend_ip_configuration: block(
    {
      name: str(req),
      subnet_id: str(),
      private_ip_address: str({ computed: true }),
      public_ip_address_id: str(),
      private_ip_address_allocation: str({ default: "Dynamic", check: oneOf(["Dynamic", "Static"]) }),
      private_link_configuration_name: str(),
      private_link_configuration_id: COMPUTED,
      id: COMPUTED,
    },
    { ...req, minItems: 1 }
  ),
  frontend_port: block({ name: str(req), port: int({ ...req, check: portNumber }), id: COMPUTED }, { ...req, set: true }),
  gateway_ip_configuration: block({ name: str(req), subnet_id: str({ ...req, check: subnetId }), id: COMPUTED }, { ...req, maxItems: 2 }),
  global: block({ request_buffering_enabled: bool(req), response_buffering_enabled: bool(req) }, { maxItems: 1 }),
  http_listener: block(
    {
      name: str(req),
      frontend_ip_configuration_name: str(req),
      frontend_port_name: str(req),
      protocol: str({ ...req, check: oneOf(PROTOCOLS) }),
      host_name: str(),
      host_names: list({ set: true, check: notEmpty }),
      ssl_certificate_name: str(),
      require_sni: bool(),
      custom_error_configuration: block(CUSTOM_ERROR),
      firewall_policy_id: str({ check: wafPolicyId }),
      ssl_profile_name: str(),
      frontend_ip_configuration_id: COMPUTED,
      frontend_port_id: COMPUTED,
      id: COMPUTED,
      ssl_certificate_id: COMPUTED,
      ssl_profile_id: COMPUTED,
    },
    { ...req, set: true }
  ),
  fips_enabled: bool(),
  private_link_configuration: block({
    name: str({ ...req, check: notEmpty }),
    ip_configuration: block(
      {
        name: str({ ...req, check: notEmpty }),
        subnet_id: str({ ...req, check: subnetId }),
        private_ip_address: str({ computed: true }),
        private_ip_address_allocation: str({ ...req, check: oneOf(["Dynamic", "Static"]) }),
        primary: bool(req),
      },
      { ...req, minItems: 1 }
    ),
    id: COMPUTED,
  }, { set: true }),
  request_routing_rule: block(
    {
      name: str(req),
      rule_type: str({ ...req, check: oneOf(["Basic", "PathBasedRouting"]) }),
      http_listener_name: str(req),
      backend_address_pool_name: str(),
      backend_http_settings_name: str(),
      url_path_map_name: str(),
      redirect_configuration_name: str({ check: notEmpty }),
      rewrite_rule_set_name: str({ check: notEmpty }),
      priority: int({ check: intBetween(1, 20000) }),
      backend_address_pool_id: COMPUTED,
      backend_http_settings_id: COMPUTED,
      http_listener_id: COMPUTED,
      id: COMPUTED,
      url_path_map_id: COMPUTED,
      redirect_configuration_id: COMPUTED,
      rewrite_rule_set_id: COMPUTED,
    },
    { ...req, minItems: 1, set: true }
  ),
  redirect_configuration: block({
    name: str({ ...req, check: notEmpty }),
    redirect_type: str({ ...req, check: oneOf(["Permanent", "Temporary", "Found", "SeeOther"]) }),
    target_listener_name: str({ check: notEmpty }),
    target_url: str({ check: notEmpty }),
    include_path: bool({ default: false }),
    include_query_string: bool({ default: false }),
    id: COMPUTED,
    target_listener_id: COMPUTED,
  }, { set: true }),
  autoscale_configuration: block(
    { min_capacity: int({ ...req, check: intBetween(0, 100) }), max_capacity: int({ check: intBetween(2, 125) }) },
    { maxItems: 1 }
  ),
  sku: block(
    {
      name: str({
        ...req,
        check: oneOf(["Basic", "Standard_Small", "Standard_Medium", "Standard_Large", "Standard_v2", "WAF_Large", "WAF_Medium", "WAF_v2"]),
      }),
      tier: str({ ...req, check: oneOf(["Basic", "Standard", "Standard_v2", "WAF", "WAF_v2"]) }),
      capacity: int(),
    },
    { ...req, maxItems: 1 }
  ),
  authentication_certificate: block({ name: str({ ...req, check: notEmpty }), data: str({ ...req, check: notEmpty }), id: COMPUTED }),
  trusted_root_certificate: block({
    name: str({ ...req, check: notEmpty }),
    data: str({ check: notEmpty }),
    key_vault_secret_id: str({ check: keyVaultNestedItemId }),
    id: COMPUTED,
  }),
  ssl_policy: block(SSL_POLICY, { maxItems: 1, computed: true }), // sslProfileSchema(true)
  enable_http2: bool(),
  force_firewall_policy_association: bool(),
  probe: block({
    name: str(req),
    protocol: str({ ...req, check: oneOf(PROTOCOLS) }),
    path: str(req),
    host: str(),
    interval: int(req),
    timeout: int(req),
    unhealthy_threshold: int(req),
    port: int({ check: portNumber }),
    pick_host_name_from_backend_http_settings: bool({ default: false }),
    minimum_servers: int({ default: 0 }),
    match: block({ body: str(), status_code: list(req) }, { maxItems: 1 }),
    id: COMPUTED,
  }, { set: true }),
  rewrite_rule_set: block({
    name: str({ ...req, check: notEmpty }),
    rewrite_rule: block({
      name: str({ ...req, check: notEmpty }),
      rule_sequence: int({ ...req, check: intBetween(1, 1000) }),
      condition: block({
        variable: str(req),
        pattern: str(req),
        ignore_case: bool({ default: false }),
        negate: bool({ default: false }),
      }),
      request_header_configuration: block({ header_name: str(req), header_value: str(req) }),
      response_header_configuration: block({ header_name: str(req), header_value: str(req) }),
      url: block(
        {
          path: str(),
          query_string: str(),
          components: str({ check: oneOf(["path_only", "query_string_only"]) }),
          reroute: bool({ default: false }),
        },
        { maxItems: 1 }
      ),
    }),
    id: COMPUTED,
  }),
  ssl_certificate: block(
    {
      name: str(req),
      data: str({ check: base64, stateFunc: base64EncodeIfNot }),
      password: str(),
      key_vault_secret_id: str({ check: keyVaultNestedItemId }),
      id: COMPUTED,
      public_cert_data: COMPUTED,
    },
    { set: true }
  ),
  trusted_client_certificate: block({ name: str(req), data: str({ ...req, stateFunc: base64EncodeIfNot }), id: COMPUTED }),
  ssl_profile: block({
    name: str(req),
    trusted_client_certificate_names: list({ check: notEmpty }),
    verify_client_cert_issuer_dn: bool({ default: false }),
    verify_client_certificate_revocation: str({ check: oneOf(["OCSP"]) }),
    ssl_policy: block(SSL_POLICY, { maxItems: 1 }),
    id: COMPUTED,
  }),
  url_path_map: block({
    name: str(req),
    default_backend_address_pool_name: str(),
    default_backend_http_settings_name: str(),
    default_redirect_configuration_name: str({ check: notEmpty }),
    default_rewrite_rule_set_name: str({ check: notEmpty }),
    path_rule: block(
      {
        name: str(req),
        paths: list(req),
        backend_address_pool_name: str(),
        backend_http_settings_name: str(),
        redirect_configuration_name: str({ check: notEmpty }),
        rewrite_rule_set_name: str({ check: notEmpty }),
        firewall_policy_id: str({ check: wafPolicyId }),
        backend_address_pool_id: COMPUTED,
        backend_http_settings_id: COMPUTED,
        redirect_configuration_id: COMPUTED,
        rewrite_rule_set_id: COMPUTED,
        id: COMPUTED,
      },
      req
    ),
    default_backend_address_pool_id: COMPUTED,
    default_backend_http_settings_id: COMPUTED,
    default_redirect_configuration_id: COMPUTED,
    default_rewrite_rule_set_id: COMPUTED,
    id: COMPUTED,
  }),
  waf_configuration: block(
    {
      enabled: bool(req),
      firewall_mode: str({ ...req, check: oneOf(["Detection", "Prevention"]) }),
      rule_set_type: str({ default: "OWASP" }), // ValidateWebApplicationFirewallPolicyRuleSetType: list not modelled
      rule_set_version: str(req), // ValidateWebApplicationFirewallPolicyRuleSetVersion: list not modelled
      file_upload_limit_mb: int({ default: 100, check: intBetween(1, 750) }),
      request_body_check: bool({ default: true }),
      max_request_body_size_kb: int({ default: 128, check: intBetween(1, 128) }),
      disabled_rule_group: block({ rule_group_name: str(req), rules: list() }),
      exclusion: block({ match_variable: str(req), selector_match_operator: str(), selector: str({ check: notEmpty }) }),
    },
    { maxItems: 1 }
  ),
  firewall_policy_id: str({ check: wafPolicyId }),
  custom_error_configuration: block(CUSTOM_ERROR),
};

/** networkValidate.ApplicationGatewayName (v4.73.0 internal/services/network/validate/application_gateway_name.go). */
const gatewayChildName: Check = (v, k) =>
  typeof v === "string" && /^[a-zA-Z\d]$|^[a-zA-Z\d][a-zA-Z\d\-_.]{0,78}[a-zA-Z\d_]$/.test(v)
    ? undefined
    : `${k} must be between 1 - 80 characters long, begin with a letter or number, end with a letter, number or underscore (_), and may contain only alphanumeric characters, underscores (_), hyphens (-), and periods (.)`;
/** validation.StringStartsWithOneOf("/") */
const startsWithSlash: Check = (v, k) => (typeof v === "string" && v.startsWith("/") ? undefined : `expected value of ${k} to start with one of ["/"], got ${v}`);
const LAYER4_PROTOCOLS = ["Tcp", "Tls"];
const childName = str({ ...req, check: gatewayChildName });
const childRef = str({ check: gatewayChildName });

/**
 * azurerm 4.73.0: what differs from 4.55.0 in the arguments the library writes. Outside
 * FivePointOh (resourceApplicationGateway's `if !features.FivePointOh()`), two arguments get new
 * names and keep the old ones, deprecated: `http2_enabled` (ConflictsWith `enable_http2`) and
 * `ssl_profile.verify_client_certificate_issuer_dn`, all four Optional+Computed; the expanders
 * use the old argument when the raw config sets it, else the new one, else false.
 * The layer-4 (TCP/TLS proxy) blocks of azurerm 4.67.0: `backend` (TypeList), `listener` and
 * `routing_rule` (TypeSet); with them `backend_http_settings`, `http_listener` and
 * `request_routing_rule` become Optional, each AtLeastOneOf with its layer-4 twin (MinItems of
 * an Optional block is ignored: plugin SDK core_schema.go, coreConfigSchemaBlock). A probe gets
 * Tcp and Tls, `proxy_protocol_header_enabled` (Default false), an optional `path`, and range
 * checks on interval, timeout (1-86400) and unhealthy_threshold (1-20).
 * Left out: Key Vault id checks (keyvault.ValidateNestedItemID).
 * Source: hashicorp/terraform-provider-azurerm v4.73.0, application_gateway_resource.go, resourceApplicationGateway.
 */
const DEPRECATED_IN_4_73 = bool({ unsetIsNull: true, computed: true });
export const GATEWAY_SCHEMA_4_73: Schema = {
  ...GATEWAY_SCHEMA,
  enable_http2: DEPRECATED_IN_4_73,
  http2_enabled: bool({ unsetIsNull: true, computed: true, conflictsWith: ["enable_http2"] }),
  ssl_profile: block({
    ...GATEWAY_SCHEMA.ssl_profile.block!,
    verify_client_cert_issuer_dn: DEPRECATED_IN_4_73,
    verify_client_certificate_issuer_dn: bool({ unsetIsNull: true, computed: true }),
  }),
  backend_http_settings: { ...GATEWAY_SCHEMA.backend_http_settings, required: false, minItems: undefined, atLeastOneOf: ["backend"] },
  http_listener: { ...GATEWAY_SCHEMA.http_listener, required: false, atLeastOneOf: ["listener"] },
  request_routing_rule: { ...GATEWAY_SCHEMA.request_routing_rule, required: false, minItems: undefined, atLeastOneOf: ["routing_rule"] },
  backend: block(
    {
      name: childName,
      port: int({ ...req, check: portNumber }),
      protocol: str({ ...req, check: oneOf(LAYER4_PROTOCOLS) }),
      client_ip_preservation_enabled: bool({ default: false }),
      host_name: str({ check: notEmpty }),
      probe_name: childRef,
      timeout_in_seconds: int({ default: 30, check: intBetween(1, 86400) }),
      trusted_root_certificate_names: list({ check: gatewayChildName }),
      id: COMPUTED,
      probe_id: COMPUTED,
    },
    { atLeastOneOf: ["backend_http_settings"] }
  ),
  listener: block(
    {
      name: childName,
      frontend_ip_configuration_name: childName,
      frontend_port_name: childName,
      protocol: str({ ...req, check: oneOf(LAYER4_PROTOCOLS) }),
      host_names: list({ set: true, check: notEmpty }),
      ssl_certificate_name: childRef,
      ssl_profile_name: childRef,
      frontend_ip_configuration_id: COMPUTED,
      frontend_port_id: COMPUTED,
      id: COMPUTED,
      ssl_certificate_id: COMPUTED,
      ssl_profile_id: COMPUTED,
    },
    { set: true, atLeastOneOf: ["http_listener"] }
  ),
  routing_rule: block(
    {
      name: childName,
      backend_address_pool_name: childName,
      backend_name: childName,
      listener_name: childName,
      priority: int({ ...req, check: intBetween(1, 20000) }),
      backend_address_pool_id: COMPUTED,
      backend_id: COMPUTED,
      id: COMPUTED,
      listener_id: COMPUTED,
    },
    { set: true, atLeastOneOf: ["request_routing_rule"] }
  ),
  probe: block(
    {
      interval: int({ ...req, check: intBetween(1, 86400) }),
      name: childName,
      protocol: str({ ...req, check: oneOf([...PROTOCOLS, ...LAYER4_PROTOCOLS]) }),
      timeout: int({ ...req, check: intBetween(1, 86400) }),
      unhealthy_threshold: int({ ...req, check: intBetween(1, 20) }),
      host: str({ check: notEmpty }),
      match: GATEWAY_SCHEMA.probe.block!.match,
      minimum_servers: int({ default: 0 }),
      path: str({ check: startsWithSlash }),
      pick_host_name_from_backend_http_settings: bool({ default: false }),
      port: int({ check: portNumber }),
      proxy_protocol_header_enabled: bool({ default: false }),
      id: COMPUTED,
    },
    { set: true }
  ),
};

/** The gateway schema of an azurerm version the model knows. */
export function gatewaySchema(azurermVersion: string): Schema {
  const schemas: { [version: string]: Schema } = { "4.55.0": GATEWAY_SCHEMA, "4.73.0": GATEWAY_SCHEMA_4_73 };
  const schema = schemas[azurermVersion];
  if (!schema) throw new Error(`provider model: azurerm ${azurermVersion} is not modelled (known: ${Object.keys(schemas).join(", ")})`);
  return schema;
}

const ZERO: { [kind: string]: Json } = { string: "", bool: false, int: 0, list: [], map: {}, block: [] };

/**
 * The config as `d.Get` sees it: every argument of the schema present, unset ones at their
 * Default or zero value, nested blocks as lists; plus the problems Terraform and the
 * ValidateFuncs report for the values that are set (arguments the schema does not know,
 * required ones missing, values out of range, too few or too many blocks).
 */
export function readConfig(config: JsonObject, schema: Schema = GATEWAY_SCHEMA, at = ""): { data: JsonObject; problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  const data: JsonObject = {};
  const key = (name: string) => (at === "" ? name : `${at}.${name}`);
  for (const name of Object.keys(config)) {
    if (!(name in schema) && !["//", "depends_on", "lifecycle", "provider", "count", "for_each", "timeouts"].includes(name)) {
      problems.push({ attribute: key(name), value: config[name], message: `An argument named "${name}" is not expected here` });
    }
  }
  // An empty block list is no block: hcl2shim leaves it out of the raw config.
  const isSet = (name: string) => {
    const v = config[name];
    return v !== undefined && v !== null && !(schema[name]?.kind === "block" && blocks(v).length === 0);
  };
  for (const [name, attr] of Object.entries(schema)) {
    const value = config[name];
    const set = value !== undefined && value !== null;
    // validateAtLeastOneAttribute (plugin SDK helper/schema/schema.go), for every argument of the group.
    if (attr.atLeastOneOf && ![name, ...attr.atLeastOneOf].some(isSet)) {
      const keys = [...new Set([...attr.atLeastOneOf, name])].sort().join(",");
      problems.push({ attribute: key(name), value: null, message: `"${key(name)}": one of \`${keys}\` must be specified` });
    }
    if (!set) {
      if (attr.required)
        problems.push({ attribute: key(name), value: null, message: `The argument "${name}" is required, but no definition was found` });
      data[name] = attr.unsetIsNull ? null : attr.default ?? ZERO[attr.kind];
      continue;
    }
    if (attr.kind === "block") {
      const items = blocks(value);
      const minItems = attr.minItems ?? (attr.required ? 1 : undefined); // a Required block needs one
      if (minItems !== undefined && items.length < minItems)
        problems.push({ attribute: key(name), value, message: `At least ${minItems} "${name}" blocks are required` });
      if (attr.maxItems !== undefined && items.length > attr.maxItems)
        problems.push({ attribute: key(name), value, message: `no more than ${attr.maxItems} "${name}" blocks are allowed` });
      data[name] = items.map((item, i) => {
        const read = readConfig(isObject(item) ? item : {}, attr.block!, `${key(name)}.${i}`);
        problems.push(...read.problems);
        return read.data;
      });
      continue;
    }
    data[name] = value;
    for (const other of attr.conflictsWith ?? []) {
      if (config[other] !== undefined && config[other] !== null) problems.push({ attribute: key(name), value, message: `"${key(name)}": conflicts with ${other}` });
    }
    const check = (v: Json, k: string) => {
      const message = attr.check?.(v, k);
      if (message) problems.push({ attribute: k, value: v, message });
    };
    if (attr.kind === "list") (value as Json[]).forEach((v, i) => check(v, `${key(name)}.${i}`));
    else check(value, key(name));
  }
  return { data, problems };
}
