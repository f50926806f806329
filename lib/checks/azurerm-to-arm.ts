// A raw `azurerm_application_gateway`'s arguments (Terraform's snake_case names, as the
// resource synthesizes them) read into ARM's shape (`{ name, location, tags, zones, identity,
// properties }`, ../adopt/arm-json.ts), so that the converter reads it as it reads a GET. The
// inverse of render/azurerm/azurerm-renderer.ts, argument by argument; azurerm's expand
// functions (application_gateway_resource.go, expandApplicationGateway*) send the same fields.
// References by name (`*_name`) become ARM's `{ id: <gateway>/<collection>/<name> }`: the
// converter reads the last segment back. A Terraform expression stays the `${...}` string it
// synthesizes to, which every rule takes as unknown.
import { isObject, Json, JsonObject } from "../adopt/arm-json";

type Args = { readonly [key: string]: Json | undefined };

/** A nested block as cdktf synthesizes it: one object, or a list of one. */
const block = (v: Json | undefined): JsonObject | undefined => (Array.isArray(v) ? v.filter(isObject)[0] : isObject(v) ? v : undefined);
const blocks = (v: Json | undefined): JsonObject[] => (Array.isArray(v) ? v.filter(isObject) : isObject(v) ? [v] : []);
const stringsOf = (v: Json | undefined): Json[] | undefined => (Array.isArray(v) && v.length > 0 ? v : undefined);

/** An object of the fields that are set (JSON has no undefined). */
function defined(fields: { readonly [key: string]: Json | undefined }): JsonObject {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null)) as JsonObject;
}

/** A sub-resource `{ name, properties }`. */
const child = (b: JsonObject, properties: { readonly [key: string]: Json | undefined }): JsonObject => ({ name: b.name, properties: defined(properties) });

/** The id of a gateway's collection item, as ARM writes references. */
const SELF = "$self";
const refTo = (collection: string, name: Json | undefined): JsonObject | undefined =>
  typeof name === "string" && name !== "" ? { id: `${SELF}/${collection}/${name}` } : undefined;
const idRef = (id: Json | undefined): JsonObject | undefined => (typeof id === "string" && id !== "" ? { id } : undefined);
/** References to a collection's items by the names azurerm lists (`*_names`). */
const refsTo = (collection: string, names: Json | undefined): Json[] => (Array.isArray(names) ? names : []).map((n) => refTo(collection, n) as Json);

/** The block's arguments under ARM's names, from a table `{ <ARM property>: "<azurerm argument>" }`. */
const renamed = (b: JsonObject, names: { readonly [arm: string]: string }): { [arm: string]: Json | undefined } =>
  Object.fromEntries(Object.entries(names).map(([arm, argument]) => [arm, b[argument]]));

/** The arguments that are one ARM property each, named differently. */
const SSL_POLICY = { policyType: "policy_type", policyName: "policy_name", minProtocolVersion: "min_protocol_version" };
const WAF_CONFIGURATION = {
  enabled: "enabled",
  firewallMode: "firewall_mode",
  ruleSetType: "rule_set_type",
  ruleSetVersion: "rule_set_version",
  requestBodyCheck: "request_body_check",
  maxRequestBodySizeInKb: "max_request_body_size_kb",
  fileUploadLimitInMb: "file_upload_limit_mb",
};
const PROBE = {
  protocol: "protocol",
  path: "path",
  interval: "interval",
  timeout: "timeout",
  unhealthyThreshold: "unhealthy_threshold",
  host: "host",
  pickHostNameFromBackendHttpSettings: "pick_host_name_from_backend_http_settings",
  minServers: "minimum_servers",
  port: "port",
};
const BACKEND_SETTINGS = {
  protocol: "protocol",
  port: "port",
  cookieBasedAffinity: "cookie_based_affinity",
  hostName: "host_name",
  pickHostNameFromBackendAddress: "pick_host_name_from_backend_address",
  requestTimeout: "request_timeout",
  affinityCookieName: "affinity_cookie_name",
  path: "path",
  dedicatedBackendConnection: "dedicated_backend_connection_enabled",
};

function sslPolicy(b: JsonObject | undefined): JsonObject | undefined {
  if (b === undefined) return undefined;
  return defined({
    ...renamed(b, SSL_POLICY),
    cipherSuites: stringsOf(b.cipher_suites),
    disabledSslProtocols: stringsOf(b.disabled_protocols),
  });
}

/** The classic inline WAF configuration (azurerm waf_configuration), in ARM's words. */
function wafConfiguration(b: JsonObject | undefined): JsonObject | undefined {
  if (b === undefined) return undefined;
  return defined({
    ...renamed(b, WAF_CONFIGURATION),
    disabledRuleGroups: blocks(b.disabled_rule_group).map((g) => defined({ ruleGroupName: g.rule_group_name, rules: stringsOf(g.rules) })),
    exclusions: blocks(b.exclusion).map((e) => defined({ matchVariable: e.match_variable, selectorMatchOperator: e.selector_match_operator, selector: e.selector })),
  });
}

const customErrors = (v: Json | undefined): Json[] | undefined => {
  const list = blocks(v).map((e) => defined({ statusCode: e.status_code, customErrorPageUrl: e.custom_error_page_url }));
  return list.length > 0 ? list : undefined;
};

/** What a listener of either layer (http_listener, listener) binds: protocol, frontend, port, certificate and SSL profile. */
function listenerBinding(l: JsonObject): { [key: string]: Json | undefined } {
  return {
    protocol: l.protocol,
    frontendIPConfiguration: refTo("frontendIPConfigurations", l.frontend_ip_configuration_name),
    frontendPort: refTo("frontendPorts", l.frontend_port_name),
    sslCertificate: refTo("sslCertificates", l.ssl_certificate_name),
    sslProfile: refTo("sslProfiles", l.ssl_profile_name),
  };
}

/** A route's targets by name; `prefix` "default_" for a path map's default route. */
function route(b: JsonObject, prefix: "" | "default_"): { [key: string]: Json | undefined } {
  const key = (field: string) => (prefix === "" ? field : `default${field[0].toUpperCase()}${field.slice(1)}`);
  return {
    [key("backendAddressPool")]: refTo("backendAddressPools", b[`${prefix}backend_address_pool_name`]),
    [key("backendHttpSettings")]: refTo("backendHttpSettingsCollection", b[`${prefix}backend_http_settings_name`]),
    [key("redirectConfiguration")]: refTo("redirectConfigurations", b[`${prefix}redirect_configuration_name`]),
    [key("rewriteRuleSet")]: refTo("rewriteRuleSets", b[`${prefix}rewrite_rule_set_name`]),
  };
}

const headers = (v: Json | undefined): Json[] | undefined => {
  const list = blocks(v).map((h) => defined({ headerName: h.header_name, headerValue: h.header_value ?? "" }));
  return list.length > 0 ? list : undefined;
};

function rewriteRule(r: JsonObject): JsonObject {
  const url = block(r.url);
  return defined({
    name: r.name,
    ruleSequence: r.rule_sequence,
    conditions: blocks(r.condition).map((c) => defined({ variable: c.variable, pattern: c.pattern, ignoreCase: c.ignore_case, negate: c.negate })),
    actionSet: defined({
      requestHeaderConfigurations: headers(r.request_header_configuration),
      responseHeaderConfigurations: headers(r.response_header_configuration),
      urlConfiguration: url && defined({ modifiedPath: url.path, modifiedQueryString: url.query_string, reroute: url.reroute }),
    }),
  });
}

/**
 * The gateway in ARM's shape. `resourceGroup` stands beside it (the converter reads the group
 * from it when there is no id); an unset list is left out, as a GET of such a gateway has it empty.
 */
export function armFromAzurerm(args: Args): JsonObject {
  const sku = block(args.sku);
  const autoscale = block(args.autoscale_configuration);
  const identity = block(args.identity);
  const global = block(args.global);
  const identityIds = Array.isArray(identity?.identity_ids) ? identity!.identity_ids : [];
  const properties = defined({
    sku: sku && defined({ name: sku.name, tier: sku.tier, capacity: sku.capacity }),
    autoscaleConfiguration: autoscale && defined({ minCapacity: autoscale.min_capacity, maxCapacity: autoscale.max_capacity }),
    firewallPolicy: idRef(args.firewall_policy_id),
    sslPolicy: sslPolicy(block(args.ssl_policy)),
    // azurerm 4.73 renames enable_http2 to http2_enabled (deprecating the old name).
    enableHttp2: args.http2_enabled ?? args.enable_http2,
    enableFips: args.fips_enabled,
    globalConfiguration:
      global && defined({ enableRequestBuffering: global.request_buffering_enabled, enableResponseBuffering: global.response_buffering_enabled }),
    customErrorConfigurations: customErrors(args.custom_error_configuration),
    webApplicationFirewallConfiguration: wafConfiguration(block(args.waf_configuration)),
    gatewayIPConfigurations: blocks(args.gateway_ip_configuration).map((c) => child(c, { subnet: idRef(c.subnet_id) })),
    frontendIPConfigurations: blocks(args.frontend_ip_configuration).map((f) =>
      child(f, {
        publicIPAddress: idRef(f.public_ip_address_id),
        subnet: idRef(f.subnet_id),
        privateIPAddress: f.private_ip_address,
        privateIPAllocationMethod: f.private_ip_address_allocation,
        privateLinkConfiguration: refTo("privateLinkConfigurations", f.private_link_configuration_name),
      }),
    ),
    frontendPorts: blocks(args.frontend_port).map((p) => child(p, { port: p.port })),
    sslCertificates: blocks(args.ssl_certificate).map((c) => child(c, { data: c.data, password: c.password, keyVaultSecretId: c.key_vault_secret_id })),
    trustedClientCertificates: blocks(args.trusted_client_certificate).map((c) => child(c, { data: c.data })),
    trustedRootCertificates: blocks(args.trusted_root_certificate).map((c) => child(c, { data: c.data, keyVaultSecretId: c.key_vault_secret_id })),
    authenticationCertificates: blocks(args.authentication_certificate).map((c) => child(c, { data: c.data })),
    sslProfiles: blocks(args.ssl_profile).map((p) =>
      child(p, {
        trustedClientCertificates: refsTo("trustedClientCertificates", p.trusted_client_certificate_names),
        clientAuthConfiguration: defined({
          // azurerm 4.73 renames verify_client_cert_issuer_dn to verify_client_certificate_issuer_dn.
          verifyClientCertIssuerDN: p.verify_client_certificate_issuer_dn ?? p.verify_client_cert_issuer_dn,
          verifyClientRevocation: p.verify_client_certificate_revocation,
          verifyClientAuthMode: p.verify_client_auth_mode,
        }),
        sslPolicy: sslPolicy(block(p.ssl_policy)),
      }),
    ),
    httpListeners: blocks(args.http_listener).map((l) =>
      child(l, {
        ...listenerBinding(l),
        hostName: l.host_name,
        hostNames: stringsOf(l.host_names),
        requireServerNameIndication: l.require_sni,
        firewallPolicy: idRef(l.firewall_policy_id),
        customErrorConfigurations: customErrors(l.custom_error_configuration),
      }),
    ),
    backendAddressPools: blocks(args.backend_address_pool).map((p) =>
      child(p, {
        backendAddresses: [
          ...(Array.isArray(p.fqdns) ? p.fqdns : []).map((fqdn) => ({ fqdn })),
          ...(Array.isArray(p.ip_addresses) ? p.ip_addresses : []).map((ipAddress) => ({ ipAddress })),
        ],
      }),
    ),
    probes: blocks(args.probe).map((p) => {
      const match = block(p.match);
      return child(p, {
        ...renamed(p, PROBE),
        match: match && defined({ statusCodes: stringsOf(match.status_code), body: match.body }),
      });
    }),
    backendHttpSettingsCollection: blocks(args.backend_http_settings).map((s) => {
      const draining = block(s.connection_draining);
      return child(s, {
        ...renamed(s, BACKEND_SETTINGS),
        connectionDraining: draining && defined({ enabled: draining.enabled, drainTimeoutInSec: draining.drain_timeout_sec }),
        probe: refTo("probes", s.probe_name),
        trustedRootCertificates: refsTo("trustedRootCertificates", s.trusted_root_certificate_names),
      });
    }),
    rewriteRuleSets: blocks(args.rewrite_rule_set).map((set) => child(set, { rewriteRules: blocks(set.rewrite_rule).map(rewriteRule) })),
    redirectConfigurations: blocks(args.redirect_configuration).map((r) =>
      child(r, {
        redirectType: r.redirect_type,
        targetListener: refTo("httpListeners", r.target_listener_name),
        targetUrl: r.target_url,
        includePath: r.include_path,
        includeQueryString: r.include_query_string,
      }),
    ),
    urlPathMaps: blocks(args.url_path_map).map((m) =>
      child(m, {
        ...route(m, "default_"),
        pathRules: blocks(m.path_rule).map((p) => child(p, { paths: p.paths, firewallPolicy: idRef(p.firewall_policy_id), ...route(p, "") })),
      }),
    ),
    requestRoutingRules: blocks(args.request_routing_rule).map((r) =>
      child(r, {
        ruleType: r.rule_type,
        priority: r.priority,
        httpListener: refTo("httpListeners", r.http_listener_name),
        urlPathMap: refTo("urlPathMaps", r.url_path_map_name),
        ...route(r, ""),
      }),
    ),
    privateLinkConfigurations: blocks(args.private_link_configuration).map((c) =>
      child(c, {
        ipConfigurations: blocks(c.ip_configuration).map((ip) =>
          child(ip, {
            subnet: idRef(ip.subnet_id),
            privateIPAddress: ip.private_ip_address,
            privateIPAllocationMethod: ip.private_ip_address_allocation,
            primary: ip.primary,
          }),
        ),
      }),
    ),
    // The layer-4 blocks of azurerm ≥ 4.67 (v4.73.0 application_gateway_resource.go: listener, backend, routing_rule).
    listeners: blocks(args.listener).map((l) => child(l, listenerBinding(l))),
    backendSettingsCollection: blocks(args.backend).map((b) =>
      child(b, {
        protocol: b.protocol,
        port: b.port,
        timeout: b.timeout_in_seconds,
        hostName: b.host_name,
        probe: refTo("probes", b.probe_name),
        trustedRootCertificates: refsTo("trustedRootCertificates", b.trusted_root_certificate_names),
      }),
    ),
    routingRules: blocks(args.routing_rule).map((r) =>
      child(r, {
        priority: r.priority,
        listener: refTo("listeners", r.listener_name),
        backendAddressPool: refTo("backendAddressPools", r.backend_address_pool_name),
        backendSettings: refTo("backendSettingsCollection", r.backend_name),
      }),
    ),
  });
  return defined({
    name: args.name,
    resourceGroup: args.resource_group_name,
    location: args.location,
    tags: isObject(args.tags) ? args.tags : undefined,
    zones: stringsOf(args.zones),
    identity:
      identity &&
      defined({ type: identity.type, userAssignedIdentities: Object.fromEntries(identityIds.filter((i): i is string => typeof i === "string").map((i) => [i, {}])) }),
    properties,
  });
}
