// What azurerm 4.55.0 sends for `azurerm_application_gateway`: the ARM body of its create
// PUT and of its update PUT (both at API 2025-01-01), and the errors it raises at plan
// (schema, CustomizeDiff) and at apply (expanders, the checks in Create/Update).
// Source: hashicorp/terraform-provider-azurerm v4.55.0,
// internal/services/network/application_gateway_resource.go, and the JSON tags of the
// vendored go-azure-sdk models (resource-manager/network/2025-01-01/applicationgateways).
// Each expander below names the function it follows. azurerm 4.73.0 (the cdktn flavour's): the
// same file at v4.73.0; its differences are tested by version here (`atLeast`): the layer-4 blocks
// of 4.67.0 (`since`), the probes' proxy-protocol header, and the checks moved to CustomizeDiff.
import { getWriteOnlyKnown } from "./arm";
import { clone, isObject, Json, JsonObject } from "./json";
import { base64EncodeIfNot, gatewaySchema, readConfig } from "./azurerm-schema";
import { Resolver, SUBSCRIPTION_ID } from "./terraform";

/** A failure the provider reports, at plan or at apply. */
export interface ProviderError {
  readonly phase: "plan" | "apply";
  /** Terraform address of the resource. */
  readonly address: string;
  /** Argument path (Terraform) when the error is about one. */
  readonly attribute?: string;
  readonly value?: Json;
  /** The provider's message. */
  readonly message: string;
  /** The provider function that raises it. */
  readonly source: string;
}

/** The provider's errors, thrown by the functions that need a body. */
export class ProviderErrors extends Error {
  constructor(public readonly errors: ProviderError[]) {
    super(errors.map(formatError).join("\n"));
  }
}

export const formatError = (e: ProviderError): string =>
  `${e.address}${e.attribute ? `: ${e.attribute}` : ""}${e.value !== undefined ? ` = ${JSON.stringify(e.value)}` : ""}: ${e.message} [${e.phase}, ${
    e.source
  }]`;

/** `d`: the config as the plugin SDK's ResourceData returns it (see readConfig). */
type D = JsonObject;
type Item = JsonObject;
interface Context {
  readonly d: D;
  readonly gatewayId: string;
  /** The azurerm version ("4.55.0", "4.73.0"). */
  readonly version: string;
}

/** Whether azurerm `version` is `since` or newer (x.y.z). */
export const atLeast = (version: string, since: string): boolean => {
  const [a, b] = [version, since].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
};

/** An error an expander returns (Go: `return nil, fmt.Errorf(...)`). */
class ExpandError extends Error {}

const items = (v: Json): Item[] => (v ?? []) as Item[];
const str = (v: Json): string => (v ?? "") as string;
const first = (v: Json): Item | undefined => items(v)[0];
const sub = (id: string) => ({ id });
/** A sub-resource id of this gateway (`fmt.Sprintf("%s/<collection>/%s", gatewayID, name)`). */
const child = (c: Context, collection: string, name: string) => sub(`${c.gatewayId}/${collection}/${name}`);

/** A value when the argument is a non-empty string (Go: `if v := ...; v != "" { ... }`), else not sent. */
const ifSet = <T>(value: Json, out: (v: string) => T): T | undefined => (str(value) !== "" ? out(str(value)) : undefined);
/** The object without its undefined entries (nil pointers are not sent). */
const compact = (o: { [key: string]: unknown }): JsonObject => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as JsonObject;

/**
 * Backend pool, backend settings and redirect references of a routing rule, a path rule or
 * a path map's defaults (`prefix` "default_"), with azurerm's conflict checks, which read
 * the same in expandApplicationGatewayRequestRoutingRules and expandApplicationGatewayURLPathMaps.
 */
function routeTargets(c: Context, v: Item, prefix = ""): JsonObject {
  const [pool, settings, redirect] = ["backend_address_pool_name", "backend_http_settings_name", "redirect_configuration_name"].map((a) =>
    str(v[prefix + a])
  );
  const arg = (a: string) => `\`${prefix}${a}_name\``;
  if (pool !== "" && redirect !== "") {
    throw new ExpandError(
      `conflict between ${arg("backend_address_pool")} and ${arg("redirect_configuration")} (back-end pool not applicable when redirection specified)`
    );
  }
  if (settings !== "" && redirect !== "") {
    throw new ExpandError(
      `conflict between ${arg("backend_http_settings")} and ${arg(
        "redirect_configuration"
      )} (back-end settings not applicable when redirection specified)`
    );
  }
  const key = (k: string) => (prefix === "" ? k : `default${k[0].toUpperCase()}${k.slice(1)}`);
  return compact({
    [key("backendAddressPool")]: ifSet(pool, (n) => child(c, "backendAddressPools", n)),
    [key("backendHttpSettings")]: ifSet(settings, (n) => child(c, "backendHttpSettingsCollection", n)),
    [key("redirectConfiguration")]: ifSet(redirect, (n) => child(c, "redirectConfigurations", n)),
    [key("rewriteRuleSet")]: ifSet(v[`${prefix}rewrite_rule_set_name`], (n) => child(c, "rewriteRuleSets", n)),
  });
}

/** expandApplicationGatewaySslPolicy: Predefined → {policyType, policyName}; Custom(V2) → {policyType, minProtocolVersion, cipherSuites}; a name without a type is dropped. */
function expandSslPolicy(vs: Json): JsonObject {
  let policy: JsonObject = {};
  const v = first(vs);
  if (v) {
    const policyType = str(v.policy_type);
    if (policyType === "Predefined") policy = { policyType, policyName: str(v.policy_name) };
    if (policyType === "Custom" || policyType === "CustomV2") {
      policy = { policyType, minProtocolVersion: str(v.min_protocol_version), cipherSuites: items(v.cipher_suites) as Json[] };
    }
    const disabled = items(v.disabled_protocols) as Json[];
    if (disabled.length > 0) policy = { disabledSslProtocols: disabled };
  }
  return policy;
}

/** expandApplicationGatewayCustomErrorConfigurations */
const expandCustomErrors = (vs: Json): Json[] =>
  items(vs).map((v) => ({ statusCode: str(v.status_code), customErrorPageUrl: str(v.custom_error_page_url) }));

const base64IfNot = base64EncodeIfNot;

/**
 * One ARM property of the create PUT: where it goes, the arguments it is expanded from
 * (an update re-expands it when one of them changed: `d.HasChange`), and the expander.
 * `undefined` from an expander means the property is not sent (a nil pointer).
 * Adding a block the library writes is one entry here.
 */
interface Expander {
  readonly property: string;
  readonly arguments: string[];
  readonly source: string;
  /** The azurerm version that added it (absent: every version the model knows). */
  readonly since?: string;
  /** The value (JSON), or undefined for "not sent". */
  readonly expand: (c: Context) => unknown;
}

export const EXPANDERS: Expander[] = [
  {
    property: "location",
    arguments: [],
    source: "resourceApplicationGatewayCreate (location.Normalize)",
    expand: ({ d }) => str(d.location).replace(/\s/g, "").toLowerCase(),
  },
  { property: "tags", arguments: ["tags"], source: "tags.Expand", expand: ({ d }) => ({ ...(d.tags as JsonObject) }) },
  {
    property: "zones",
    arguments: ["zones"],
    source: "zones.ExpandUntyped (sent when non-empty)",
    expand: ({ d }) => (items(d.zones).length > 0 ? (d.zones as Json[]) : undefined),
  },
  {
    property: "identity",
    arguments: ["identity"],
    source: 'identity.ExpandSystemAndUserAssignedMap (sent when d.GetOk("identity"))',
    expand: ({ d }) => {
      const v = first(d.identity);
      if (!v) return undefined;
      const ids = items(v.identity_ids) as unknown as string[];
      const type = ["SystemAssigned", "UserAssigned", "SystemAssigned, UserAssigned"].includes(str(v.type)) ? str(v.type) : "None";
      if (ids.length > 0 && !type.includes("UserAssigned")) {
        throw new ExpandError('`identity_ids` can only be specified when `type` is set to "SystemAssigned, UserAssigned" or "UserAssigned"');
      }
      // SystemAndUserAssignedMap.MarshalJSON: userAssignedIdentities is null when there are none.
      return { type, userAssignedIdentities: ids.length > 0 ? Object.fromEntries(ids.map((id) => [id, {}])) : null };
    },
  },
  {
    property: "properties.autoscaleConfiguration",
    arguments: ["autoscale_configuration"],
    source: "expandApplicationGatewayAutoscaleConfiguration",
    expand: ({ d }) => {
      const v = first(d.autoscale_configuration);
      if (!v) return undefined;
      return { minCapacity: v.min_capacity, ...(v.max_capacity !== 0 ? { maxCapacity: v.max_capacity } : {}) };
    },
  },
  {
    property: "properties.authenticationCertificates",
    arguments: ["authentication_certificate"],
    source: "expandApplicationGatewayAuthenticationCertificates",
    expand: ({ d }) => items(d.authentication_certificate).map((v) => ({ name: v.name, properties: { data: base64IfNot(str(v.data)) } })),
  },
  {
    property: "properties.trustedRootCertificates",
    arguments: ["trusted_root_certificate"],
    source: "expandApplicationGatewayTrustedRootCertificates",
    expand: ({ d }) =>
      items(d.trusted_root_certificate).map((v) => {
        const [data, kvsid] = [str(v.data), str(v.key_vault_secret_id)];
        if (data !== "" && kvsid !== "")
          throw new ExpandError(
            `only one of \`key_vault_secret_id\` or \`data\` must be specified for the \`trusted_root_certificate\` block "${v.name}"`
          );
        if (data === "" && kvsid === "")
          throw new ExpandError(
            `either \`key_vault_secret_id\` or \`data\` must be specified for the \`trusted_root_certificate\` block "${v.name}"`
          );
        return { name: v.name, properties: data !== "" ? { data: base64IfNot(data) } : { keyVaultSecretId: kvsid } };
      }),
  },
  {
    property: "properties.customErrorConfigurations",
    arguments: ["custom_error_configuration"],
    source: "expandApplicationGatewayCustomErrorConfigurations",
    expand: ({ d }) => expandCustomErrors(d.custom_error_configuration),
  },
  {
    property: "properties.backendAddressPools",
    arguments: ["backend_address_pool"],
    source: "expandApplicationGatewayBackendAddressPools",
    expand: ({ d }) =>
      items(d.backend_address_pool).map((v) => ({
        name: v.name,
        properties: {
          backendAddresses: [
            ...(items(v.fqdns) as Json[]).map((fqdn) => ({ fqdn })),
            ...(items(v.ip_addresses) as Json[]).map((ipAddress) => ({ ipAddress })),
          ],
        },
      })),
  },
  {
    property: "properties.backendHttpSettingsCollection",
    arguments: ["backend_http_settings"],
    source: "expandApplicationGatewayBackendHTTPSettings (+ expandApplicationGatewayConnectionDraining)",
    expand: (c) =>
      items(c.d.backend_http_settings).map((v) => {
        const draining = first(v.connection_draining);
        return {
          name: v.name,
          properties: compact({
            cookieBasedAffinity: v.cookie_based_affinity,
            dedicatedBackendConnection: v.dedicated_backend_connection_enabled,
            path: v.path,
            pickHostNameFromBackendAddress: v.pick_host_name_from_backend_address,
            port: v.port,
            protocol: v.protocol,
            requestTimeout: v.request_timeout,
            ...(draining ? { connectionDraining: { enabled: draining.enabled, drainTimeoutInSec: draining.drain_timeout_sec } } : {}),
            // d.Get of an unset list is an empty, non-nil slice: both lists are always sent.
            authenticationCertificates: items(v.authentication_certificate).map((a) => child(c, "authenticationCertificates", str(a.name))),
            trustedRootCertificates: (items(v.trusted_root_certificate_names) as unknown as string[]).map((n) =>
              child(c, "trustedRootCertificates", n)
            ),
            hostName: ifSet(v.host_name, (h) => h),
            affinityCookieName: ifSet(v.affinity_cookie_name, (n) => n),
            probe: ifSet(v.probe_name, (n) => child(c, "probes", n)),
          }),
        };
      }),
  },
  {
    property: "properties.enableHttp2",
    arguments: ["enable_http2", "http2_enabled"],
    // 4.73: the deprecated enable_http2 when set, else http2_enabled (unset ones are null there).
    source: "resourceApplicationGatewayCreate (pointer.To(enable_http2); 4.73: http2Enabled)",
    expand: ({ d }) => d.enable_http2 ?? d.http2_enabled ?? false,
  },
  {
    property: "properties.frontendIPConfigurations",
    arguments: ["frontend_ip_configuration"],
    source: "expandApplicationGatewayFrontendIPConfigurations",
    expand: (c) =>
      items(c.d.frontend_ip_configuration).map((v) => ({
        name: v.name,
        properties: compact({
          subnet: ifSet(v.subnet_id, sub),
          privateIPAllocationMethod: ifSet(v.private_ip_address_allocation, (m) => m),
          privateIPAddress: ifSet(v.private_ip_address, (a) => a),
          publicIPAddress: ifSet(v.public_ip_address_id, sub),
          privateLinkConfiguration: ifSet(v.private_link_configuration_name, (n) => child(c, "privateLinkConfigurations", n)),
        }),
      })),
  },
  {
    property: "properties.frontendPorts",
    arguments: ["frontend_port"],
    source: "expandApplicationGatewayFrontendPorts",
    expand: ({ d }) => items(d.frontend_port).map((v) => ({ name: v.name, properties: { port: v.port } })),
  },
  {
    property: "properties.gatewayIPConfigurations",
    arguments: ["gateway_ip_configuration"],
    source: "expandApplicationGatewayIPConfigurations",
    expand: ({ d }) => items(d.gateway_ip_configuration).map((v) => ({ name: v.name, properties: { subnet: sub(str(v.subnet_id)) } })),
  },
  {
    property: "properties.globalConfiguration",
    arguments: ["global"],
    source: "expandApplicationGatewayGlobalConfiguration",
    expand: ({ d }) => {
      const v = first(d.global);
      return v ? { enableRequestBuffering: v.request_buffering_enabled, enableResponseBuffering: v.response_buffering_enabled } : undefined;
    },
  },
  {
    property: "properties.httpListeners",
    arguments: ["http_listener"],
    source: "expandApplicationGatewayHTTPListeners",
    expand: (c) =>
      items(c.d.http_listener).map((v) => {
        const hosts = items(v.host_names) as Json[];
        if (str(v.host_name) !== "" && hosts.length > 0) throw new ExpandError("`host_name` and `host_names` cannot be specified together");
        const properties = compact({
          frontendIPConfiguration: child(c, "frontendIPConfigurations", str(v.frontend_ip_configuration_name)),
          frontendPort: child(c, "frontendPorts", str(v.frontend_port_name)),
          protocol: v.protocol,
          requireServerNameIndication: v.require_sni,
          customErrorConfigurations: expandCustomErrors(v.custom_error_configuration),
          hostName: ifSet(v.host_name, (h) => h),
          hostNames: hosts.length > 0 ? hosts : undefined,
          sslCertificate: ifSet(v.ssl_certificate_name, (n) => child(c, "sslCertificates", n)),
          firewallPolicy: ifSet(v.firewall_policy_id, sub),
          sslProfile: ifSet(v.ssl_profile_name, (n) => child(c, "sslProfiles", n)),
        });
        return { name: v.name, properties };
      }),
  },
  {
    property: "properties.privateLinkConfigurations",
    arguments: ["private_link_configuration"],
    source: "expandApplicationGatewayPrivateLinkConfigurations",
    expand: ({ d }) =>
      items(d.private_link_configuration).map((v) => ({
        name: v.name,
        properties: {
          ipConfigurations: items(v.ip_configuration).map((ip) => ({
            name: ip.name,
            properties: compact({
              primary: ip.primary,
              subnet: sub(str(ip.subnet_id)),
              privateIPAddress: ifSet(ip.private_ip_address, (a) => a),
              privateIPAllocationMethod: ifSet(ip.private_ip_address_allocation, (m) => m),
            }),
          })),
        },
      })),
  },
  {
    property: "properties.probes",
    arguments: ["probe"],
    // Every field sent for every protocol: a Tcp/Tls probe gets host "", path "", minServers 0 and
    // pickHostNameFromBackendHttpSettings false too. v4.73.0 adds enableProbeProxyProtocolHeader.
    source: "expandApplicationGatewayProbes",
    expand: ({ d, version }) =>
      items(d.probe).map((v) => {
        const properties: JsonObject = {
          host: v.host,
          interval: v.interval,
          minServers: v.minimum_servers,
          path: v.path,
          protocol: v.protocol,
          timeout: v.timeout,
          unhealthyThreshold: v.unhealthy_threshold,
          pickHostNameFromBackendHttpSettings: v.pick_host_name_from_backend_http_settings,
          ...(atLeast(version, "4.67.0") ? { enableProbeProxyProtocolHeader: v.proxy_protocol_header_enabled } : {}),
        };
        const match = first(v.match);
        if (match) properties.match = { statusCodes: items(match.status_code) as Json[], body: str(match.body ?? "") };
        if (v.port !== 0) properties.port = v.port;
        return { name: v.name, properties };
      }),
  },
  {
    property: "properties.requestRoutingRules",
    arguments: ["request_routing_rule"],
    source: "expandApplicationGatewayRequestRoutingRules",
    expand: (c) => {
      const rules = items(c.d.request_routing_rule).map((v) => ({
        name: v.name,
        properties: compact({
          ruleType: v.rule_type,
          httpListener: child(c, "httpListeners", str(v.http_listener_name)),
          ...routeTargets(c, v),
          urlPathMap: ifSet(v.url_path_map_name, (n) => child(c, "urlPathMaps", n)),
          priority: v.priority !== 0 ? v.priority : undefined,
        }),
      }));
      if (rules.some((r) => "priority" in r.properties) && !rules.every((r) => "priority" in r.properties)) {
        throw new ExpandError(
          "if you wish to use rule priority, you will have to specify rule-priority field values for all the existing request routing rules"
        );
      }
      return rules;
    },
  },
  {
    property: "properties.redirectConfigurations",
    arguments: ["redirect_configuration"],
    source: "expandApplicationGatewayRedirectConfigurations",
    expand: (c) =>
      items(c.d.redirect_configuration).map((v) => {
        const [listener, url] = [str(v.target_listener_name), str(v.target_url)];
        if (listener === "" && url === "") throw new ExpandError("set either `target_listener_name` or `target_url`");
        if (listener !== "" && url !== "")
          throw new ExpandError("conflict between `target_listener_name` and `target_url` (redirection is either to URL or target listener)");
        const properties: JsonObject = { redirectType: v.redirect_type, includeQueryString: v.include_query_string, includePath: v.include_path };
        if (listener !== "") properties.targetListener = child(c, "httpListeners", listener);
        if (url !== "") properties.targetUrl = url;
        return { name: v.name, properties };
      }),
  },
  {
    property: "properties.sku",
    arguments: ["sku"],
    source: "expandApplicationGatewaySku",
    expand: ({ d }) => {
      const v = first(d.sku)!;
      return { name: v.name, tier: v.tier, ...(v.capacity !== 0 ? { capacity: v.capacity } : {}) };
    },
  },
  {
    property: "properties.sslCertificates",
    arguments: ["ssl_certificate"],
    source: "expandApplicationGatewaySslCertificates",
    expand: ({ d }) =>
      items(d.ssl_certificate).map((v) => {
        const [data, password, kvsid, cert] = [str(v.data), str(v.password), str(v.key_vault_secret_id), str(v.public_cert_data)];
        if (data !== "" && kvsid !== "")
          throw new ExpandError(`only one of \`key_vault_secret_id\` or \`data\` must be specified for the \`ssl_certificate\` block "${v.name}"`);
        if (data !== "") return { name: v.name, properties: { data: base64IfNot(data), password } };
        if (kvsid !== "") {
          if (password !== "")
            throw new ExpandError(
              `only one of \`key_vault_secret_id\` or \`password\` must be specified for the \`ssl_certificate\` block "${v.name}"`
            );
          return { name: v.name, properties: { keyVaultSecretId: kvsid } };
        }
        if (cert !== "") return { name: v.name, properties: { publicCertData: cert } };
        throw new ExpandError(`either \`key_vault_secret_id\` or \`data\` must be specified for the \`ssl_certificate\` block "${v.name}"`);
      }),
  },
  {
    property: "properties.trustedClientCertificates",
    arguments: ["trusted_client_certificate"],
    source: "expandApplicationGatewayTrustedClientCertificates",
    expand: ({ d }) =>
      items(d.trusted_client_certificate).map((v) => {
        if (str(v.data) === "") throw new ExpandError(`\`data\` must be specified for the \`trusted_client_certificate\` block "${v.name}"`);
        return { name: v.name, properties: { data: base64IfNot(str(v.data)) } };
      }),
  },
  {
    property: "properties.sslProfiles",
    arguments: ["ssl_profile"],
    source: "expandApplicationGatewaySslProfiles",
    expand: (c) =>
      items(c.d.ssl_profile).map((v) => {
        // Always clientAuthConfiguration {verifyClientCertIssuerDN, verifyClientRevocation ("None" unless OCSP)}
        // and trustedClientCertificates (empty when no names); never verifyClientAuthMode (not in the 2025-01-01 model).
        const properties: JsonObject = {
          clientAuthConfiguration: {
            // 4.73: the deprecated argument when set, else verify_client_certificate_issuer_dn.
            verifyClientCertIssuerDN: v.verify_client_cert_issuer_dn ?? v.verify_client_certificate_issuer_dn ?? false,
            verifyClientRevocation: str(v.verify_client_certificate_revocation) !== "" ? v.verify_client_certificate_revocation : "None",
          },
          trustedClientCertificates: (items(v.trusted_client_certificate_names) as unknown as string[]).map((n) =>
            child(c, "trustedClientCertificates", n)
          ),
        };
        if (items(v.ssl_policy).length > 0) properties.sslPolicy = expandSslPolicy(v.ssl_policy);
        return { name: v.name, properties };
      }),
  },
  {
    property: "properties.sslPolicy",
    arguments: ["ssl_policy"],
    source: "expandApplicationGatewaySslPolicy",
    expand: ({ d }) => expandSslPolicy(d.ssl_policy),
  },
  {
    property: "properties.rewriteRuleSets",
    arguments: ["rewrite_rule_set"],
    source: "expandApplicationGatewayRewriteRuleSets",
    expand: ({ d }) =>
      items(d.rewrite_rule_set).map((v) => ({
        name: v.name,
        properties: {
          rewriteRules: items(v.rewrite_rule).map((r) => {
            const header = (h: Item) => ({ headerName: h.header_name, headerValue: h.header_value });
            const actionSet: JsonObject = {
              requestHeaderConfigurations: items(r.request_header_configuration).map(header),
              responseHeaderConfigurations: items(r.response_header_configuration).map(header),
            };
            const url = first(r.url);
            if (url) {
              // d.Get gives "" for unset strings, never nil: both paths are set unless `components` excludes one.
              const components = str(url.components);
              actionSet.urlConfiguration = {
                ...(components !== "query_string_only" ? { modifiedPath: str(url.path) } : {}),
                ...(components !== "path_only" ? { modifiedQueryString: str(url.query_string) } : {}),
                reroute: url.reroute,
              };
            }
            return {
              name: r.name,
              ruleSequence: r.rule_sequence,
              conditions: items(r.condition).map((x) => ({ variable: x.variable, pattern: x.pattern, ignoreCase: x.ignore_case, negate: x.negate })),
              actionSet,
            };
          }),
        },
      })),
  },
  {
    property: "properties.urlPathMaps",
    arguments: ["url_path_map"],
    source: "expandApplicationGatewayURLPathMaps",
    expand: (c) =>
      items(c.d.url_path_map).map((v) => {
        const pathRules = items(v.path_rule).map((r) => ({
          name: r.name,
          properties: compact({
            paths: (items(r.paths) as Json[]).filter((p) => typeof p === "string"),
            ...routeTargets(c, r),
            firewallPolicy: ifSet(r.firewall_policy_id, sub),
          }),
        }));
        if (["backend_address_pool_name", "backend_http_settings_name", "redirect_configuration_name"].every((a) => str(v[`default_${a}`]) === "")) {
          throw new ExpandError(
            "both the `default_backend_address_pool_name` and `default_backend_http_settings_name` or `default_redirect_configuration_name` must be specified"
          );
        }
        return { name: v.name, properties: { pathRules, ...routeTargets(c, v, "default_") } };
      }),
  },
  {
    property: "properties.enableFips",
    arguments: ["fips_enabled"],
    source: 'resourceApplicationGatewayCreate (sent when d.GetOk("fips_enabled"))',
    expand: ({ d }) => (d.fips_enabled ? true : undefined),
  },
  {
    property: "properties.forceFirewallPolicyAssociation",
    arguments: ["force_firewall_policy_association"],
    source: 'resourceApplicationGatewayCreate (sent when d.GetOk("force_firewall_policy_association"))',
    expand: ({ d }) => (d.force_firewall_policy_association ? true : undefined),
  },
  {
    property: "properties.webApplicationFirewallConfiguration",
    arguments: ["waf_configuration"],
    source: 'expandApplicationGatewayWafConfig (+ DisabledRuleGroup, Exclusion; sent when d.GetOk("waf_configuration"))',
    expand: ({ d }) => {
      const v = first(d.waf_configuration);
      if (!v) return undefined;
      const groups = items(v.disabled_rule_group).map((g) => ({
        ruleGroupName: g.rule_group_name,
        ...(items(g.rules).length > 0 ? { rules: g.rules } : {}),
      }));
      const exclusions = items(v.exclusion).map((x) => ({
        matchVariable: x.match_variable,
        selectorMatchOperator: x.selector_match_operator,
        selector: x.selector,
      }));
      return {
        enabled: v.enabled,
        firewallMode: v.firewall_mode,
        ruleSetType: v.rule_set_type,
        ruleSetVersion: v.rule_set_version,
        fileUploadLimitInMb: v.file_upload_limit_mb,
        requestBodyCheck: v.request_body_check,
        maxRequestBodySizeInKb: v.max_request_body_size_kb,
        ...(groups.length > 0 ? { disabledRuleGroups: groups } : {}),
        ...(exclusions.length > 0 ? { exclusions } : {}),
      };
    },
  },
  // The layer-4 (TCP/TLS proxy) blocks of azurerm 4.67.0 (v4.73.0 resourceApplicationGatewayCreate
  // sends all three, empty when unset; resourceApplicationGatewayUpdate re-expands each on d.HasChange).
  {
    property: "properties.backendSettingsCollection",
    arguments: ["backend"],
    source: "expandApplicationGatewayBackendSettings",
    since: "4.67.0",
    expand: (c) =>
      items(c.d.backend).map((v) => {
        const roots = items(v.trusted_root_certificate_names) as unknown as string[];
        return {
          name: v.name,
          properties: compact({
            port: v.port,
            protocol: v.protocol,
            timeout: v.timeout_in_seconds,
            enableL4ClientIpPreservation: v.client_ip_preservation_enabled,
            hostName: ifSet(v.host_name, (h) => h),
            // Sent only when names are given (unlike backend_http_settings, which always sends the list).
            trustedRootCertificates: roots.length > 0 ? roots.map((n) => child(c, "trustedRootCertificates", n)) : undefined,
            probe: ifSet(v.probe_name, (n) => child(c, "probes", n)),
          }),
        };
      }),
  },
  {
    property: "properties.listeners",
    arguments: ["listener"],
    source: "expandApplicationGatewayListeners",
    since: "4.67.0",
    expand: (c) =>
      items(c.d.listener).map((v) => {
        const hosts = items(v.host_names) as Json[];
        return {
          name: v.name,
          properties: compact({
            frontendIPConfiguration: child(c, "frontendIPConfigurations", str(v.frontend_ip_configuration_name)),
            frontendPort: child(c, "frontendPorts", str(v.frontend_port_name)),
            protocol: v.protocol,
            hostNames: hosts.length > 0 ? hosts : undefined,
            sslCertificate: ifSet(v.ssl_certificate_name, (n) => child(c, "sslCertificates", n)),
            sslProfile: ifSet(v.ssl_profile_name, (n) => child(c, "sslProfiles", n)),
          }),
        };
      }),
  },
  {
    property: "properties.routingRules",
    arguments: ["routing_rule"],
    source: "expandApplicationGatewayRoutingRules",
    since: "4.67.0",
    // Always Basic; priority is a plain int64 (`json:"priority"`, no omitempty).
    expand: (c) =>
      items(c.d.routing_rule).map((v) => ({
        name: v.name,
        properties: {
          ruleType: "Basic",
          listener: child(c, "listeners", str(v.listener_name)),
          backendAddressPool: child(c, "backendAddressPools", str(v.backend_address_pool_name)),
          backendSettings: child(c, "backendSettingsCollection", str(v.backend_name)),
          priority: v.priority,
        },
      })),
  },
  {
    property: "properties.firewallPolicy",
    arguments: ["firewall_policy_id"],
    source: 'resourceApplicationGatewayCreate (sent when d.GetOk("firewall_policy_id"))',
    expand: ({ d }) => (str(d.firewall_policy_id) !== "" ? sub(str(d.firewall_policy_id)) : undefined),
  },
];

function setPath(body: JsonObject, path: string, value: Json | undefined): void {
  const keys = path.split(".");
  let target = body;
  for (const k of keys.slice(0, -1)) target = (target[k] ??= {}) as JsonObject;
  const last = keys[keys.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
}

/** applicationGatewayCustomizeDiff (+ checkSslPolicy, checkBasicSkuFeatures). */
function customizeDiff(d: D, version: string): string[] {
  const sku = first(d.sku) ?? {};
  const tier = str(sku.tier);
  const capacity = (sku.capacity ?? 0) as number;
  const hasAutoscale = items(d.autoscale_configuration).length > 0;
  const hasCapacity = capacity !== 0;
  const errors: string[] = [];
  if (tier === "Basic") {
    if (hasAutoscale) errors.push('the Application Gateway does not support `autoscale_configuration` blocks for the selected SKU tier "Basic"');
    else if (!hasCapacity) errors.push('the Application Gateway must specify a `capacity` value between [1-2] for the selected SKU tier "Basic"');
    else if (capacity > 2 || capacity < 1)
      errors.push(`\`capacity\` value "${capacity}" for the selected SKU tier "Basic" is invalid. Value must be between [1-2]`);
    else if (items(d.trusted_client_certificate).length > 0)
      errors.push('the Application Gateway does not support `trusted_client_certificate` blocks for the selected SKU tier "Basic"');
    else if (items(d.rewrite_rule_set).some((s) => items(s.rewrite_rule).some((r) => items(r.url).length > 0))) {
      errors.push('the Application Gateway does not support `url` inside the `rewrite_rule` blocks for the selected SKU tier "Basic"');
    }
    if (errors.length > 0) return errors;
  } else if (!hasAutoscale && !hasCapacity) {
    return [`the Application Gateway must specify either \`capacity\` or \`autoscale_configuration\` for the selected SKU tier "${tier}"`];
  }
  const checkSslPolicy = (policy: Json): string | undefined => {
    const v = first(policy);
    if (v && items(v.disabled_protocols).length > 0 && str(v.policy_type) !== "")
      return "setting disabled_protocols is not allowed when policy_type is defined";
    return undefined;
  };
  const sslErrors = [d.ssl_policy, ...items(d.ssl_profile).map((p) => p.ssl_policy)].map(checkSslPolicy).filter((e): e is string => e !== undefined);
  if (sslErrors.length > 0) return [sslErrors[0]];
  if (hasCapacity) {
    const v1 = ["standard", "waf"].includes(tier.toLowerCase());
    const v2 = ["standard_v2", "waf_v2"].includes(tier.toLowerCase());
    if (v1 && (capacity < 1 || capacity > 32)) {
      return [
        `the value '${capacity}' exceeds the maximum capacity allowed for a "${tier}" V1 SKU, the "${tier}" SKU must have a capacity value between 1 and 32`,
      ];
    }
    if (v2 && (capacity < 1 || capacity > 125)) {
      return [
        `the value '${capacity}' exceeds the maximum capacity allowed for a "${tier}" V2 SKU, the "${tier}" SKU must have a capacity value between 1 and 125`,
      ];
    }
  }
  return atLeast(version, "4.67.0") ? layer4CustomizeDiff(d) : [];
}

const is = (a: Json, b: string) => str(a).toLowerCase() === b.toLowerCase();

/**
 * v4.73.0 applicationGatewayCustomizeDiff, after the capacity checks: the layer-4 blocks' and the
 * probes' cross-field checks (the host/pick-host checks moved here from Create and Update; the
 * deprecated-V1-SKU checks before them are left out: the library writes v2 SKUs only).
 */
function layer4CustomizeDiff(d: D): string[] {
  for (const v of items(d.backend)) {
    if (str(v.host_name) !== "" && is(v.protocol, "Tcp")) return [`\`host_name\` cannot be set when \`protocol\` is \`Tcp\` for \`backend\` "${v.name}"`];
  }
  for (const v of items(d.backend_http_settings)) {
    if (str(v.host_name) !== "" && v.pick_host_name_from_backend_address === true)
      return [`only one of \`host_name\` or \`pick_host_name_from_backend_address\` can be set for \`backend_http_settings\` "${v.name}"`];
  }
  for (const v of items(d.listener)) {
    if (items(v.host_names).length > 0 && is(v.protocol, "Tcp")) return [`\`host_names\` cannot be set when \`protocol\` is \`Tcp\` for \`listener\` "${v.name}"`];
    if (is(v.protocol, "Tls") && str(v.ssl_certificate_name) === "")
      return [`\`ssl_certificate_name\` must be set when \`protocol\` is \`Tls\` for \`listener\` "${v.name}"`];
  }
  for (const v of items(d.probe)) {
    const http = is(v.protocol, "Http") || is(v.protocol, "Https");
    const layer4 = is(v.protocol, "Tcp") || is(v.protocol, "Tls");
    const [hasHost, hasPickHost] = [str(v.host) !== "", v.pick_host_name_from_backend_http_settings === true];
    if (http && hasHost === hasPickHost)
      return [`exactly one of \`host\` or \`pick_host_name_from_backend_http_settings\` must be set when \`protocol\` is \`Http\` or \`Https\` for \`probe\` "${v.name}"`];
    if (http && str(v.path) === "") return [`\`path\` must be specified when \`protocol\` is \`Http\` or \`Https\` for \`probe\` "${v.name}"`];
    if (layer4 && (hasHost || hasPickHost || str(v.path) !== "" || items(v.match).length > 0))
      return [`\`host\`, \`pick_host_name_from_backend_http_settings\`, \`path\`, and \`match\` cannot be set when \`protocol\` is \`Tcp\` or \`Tls\` for \`probe\` "${v.name}"`];
    if (v.proxy_protocol_header_enabled === true && !layer4)
      return [`\`proxy_protocol_header_enabled\` can only be set when \`protocol\` is \`Tcp\` or \`Tls\` for \`probe\` "${v.name}"`];
    if ((v.timeout as number) > (v.interval as number)) return [`\`timeout\` must not be greater than \`interval\` for \`probe\` "${v.name}"`];
  }
  return [];
}

/** The checks Create and Update run on the expanded body before the PUT (v4.73.0 moved the host checks to CustomizeDiff). */
function createChecks(body: JsonObject, d: D, version: string): string[] {
  const props = (body.properties ?? {}) as JsonObject;
  for (const s of atLeast(version, "4.67.0") ? [] : items(props.backendHttpSettingsCollection)) {
    const p = s.properties as JsonObject;
    if (str(p.hostName) !== "" && p.pickHostNameFromBackendAddress === true)
      return ["only one of `host_name` or `pick_host_name_from_backend_address` can be set"];
  }
  for (const probe of atLeast(version, "4.67.0") ? [] : items(props.probes)) {
    const p = probe.properties as JsonObject;
    if (p.host === undefined || p.pickHostNameFromBackendHttpSettings === undefined) continue;
    if (p.host === "" && !p.pickHostNameFromBackendHttpSettings) return ["one of `host` or `pick_host_name_from_backend_http_settings` must be set"];
    if (p.host !== "" && p.pickHostNameFromBackendHttpSettings)
      return ["only one of `host` or `pick_host_name_from_backend_http_settings` can be set"];
  }
  const tier = str(first(d.sku)?.tier ?? "");
  const waf = first(d.waf_configuration);
  if (tier !== "WAF_v2" && ((waf?.file_upload_limit_mb ?? 0) as number) > 500)
    return ["only SKU `WAF_v2` allows `file_upload_limit_mb` to exceed 500MB"];
  return [];
}

/** A gateway's config from the stack, resolved, read as `d`, with its plan-time problems. */
export function planGateway(address: string, resolver: Resolver): { d: D; gatewayId: string; version: string; errors: ProviderError[] } {
  const [type, name] = address.split(".");
  if (type !== "azurerm_application_gateway") throw new Error(`provider model: ${address} is not an azurerm_application_gateway`);
  const config = resolver.resolve(resolver.resource(type, name)) as JsonObject;
  const version = resolver.requiredVersion("azurerm");
  const { data: d, problems } = readConfig(config, gatewaySchema(version));
  const errors: ProviderError[] = problems.map((p) => ({
    phase: "plan",
    address,
    attribute: p.attribute,
    value: p.value,
    message: p.message,
    source: "resourceApplicationGateway schema",
  }));
  if (problems.length === 0) {
    errors.push(
      ...customizeDiff(d, version).map((message): ProviderError => ({ phase: "plan", address, message, source: "applicationGatewayCustomizeDiff" }))
    );
  }
  const gatewayId = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${str(
    d.resource_group_name
  )}/providers/Microsoft.Network/applicationGateways/${str(d.name)}`;
  return { d, gatewayId, version, errors };
}

function expandAll(expanders: Expander[], c: Context, address: string, body: JsonObject): ProviderError[] {
  const errors: ProviderError[] = [];
  for (const e of expanders) {
    if (e.since && !atLeast(c.version, e.since)) continue;
    try {
      setPath(body, e.property, e.expand(c) as Json | undefined);
    } catch (err) {
      if (!(err instanceof ExpandError)) throw err;
      errors.push({ phase: "apply", address, message: err.message, source: e.source });
    }
  }
  return errors;
}

/** What azurerm's create path sends, or the errors it stops with (plan or apply). */
export interface AzurermWrite {
  readonly gatewayId: string;
  readonly body?: JsonObject;
  readonly errors: ProviderError[];
}

/** resourceApplicationGatewayCreate: every expander, then the pre-PUT checks; PUT at 2025-01-01. */
export function azurermCreate(address: string, resolver: Resolver): AzurermWrite {
  const { d, gatewayId, version, errors } = planGateway(address, resolver);
  if (errors.length > 0) return { gatewayId, errors };
  const body: JsonObject = { properties: {} };
  const expandErrors = expandAll(EXPANDERS, { d, gatewayId, version }, address, body);
  if (expandErrors.length > 0) return { gatewayId, errors: expandErrors };
  const checks = createChecks(body, d, version).map(
    (message): ProviderError => ({ phase: "apply", address, message, source: "resourceApplicationGatewayCreate" })
  );
  return checks.length > 0 ? { gatewayId, errors: checks } : { gatewayId, body, errors: [] };
}

/**
 * Fields of the 2025-03-01 GET that the 2025-01-01 go-azure-sdk model has no field for, so
 * that azurerm's update (which decodes the GET into that model and PUTs it back) drops them.
 * Found by walking azapi's 2025-03-01 type of the gateway against the JSON tags of
 * vendor/github.com/hashicorp/go-azure-sdk/resource-manager/network/2025-01-01/applicationgateways
 * at v4.55.0 (fields under the read-only backend IP configurations left aside).
 */
export const NOT_IN_2025_01_01 = [
  "properties.entraJWTValidationConfigs",
  "properties.requestRoutingRules[].properties.entraJWTValidationConfig",
  "properties.sslProfiles[].properties.clientAuthConfiguration.verifyClientAuthMode",
];

function dropPath(value: Json | undefined, keys: string[]): void {
  if (value === undefined || value === null || keys.length === 0) return;
  const [head, ...rest] = keys;
  const list = head.endsWith("[]");
  const key = list ? head.slice(0, -2) : head;
  if (!isObject(value)) return;
  if (rest.length === 0 && !list) {
    delete value[key];
    return;
  }
  const next = value[key];
  if (list && Array.isArray(next)) next.forEach((item) => dropPath(item, rest));
  else if (!list) dropPath(next, rest);
}

/**
 * resourceApplicationGatewayUpdate: GET at 2025-01-01, decoded into the SDK model (fields it
 * does not know are lost: `NOT_IN_2025_01_01`, and keys no API version declares), the
 * arguments that changed re-expanded over it, identity always re-expanded when set, the
 * pre-PUT checks, then the whole model PUT back (read-only fields included; ARM ignores them).
 * `changed` lists the arguments Terraform saw change (`d.HasChange`), e.g. ["tags"].
 */
export function azurermUpdate(address: string, resolver: Resolver, existing: JsonObject, changed: string[]): AzurermWrite {
  const { d, gatewayId, version, errors } = planGateway(address, resolver);
  if (errors.length > 0) return { gatewayId, errors };
  const body = getWriteOnlyKnown(clone(existing), { keepReadOnly: true }) as JsonObject;
  for (const path of NOT_IN_2025_01_01) dropPath(body, path.split("."));
  const selected = EXPANDERS.filter((e) => (e.property === "identity" ? items(d.identity).length > 0 : e.arguments.some((a) => changed.includes(a))));
  const expandErrors = expandAll(selected, { d, gatewayId, version }, address, body);
  if (expandErrors.length > 0) return { gatewayId, errors: expandErrors };
  const checks = createChecks(body, d, version).map(
    (message): ProviderError => ({ phase: "apply", address, message, source: "resourceApplicationGatewayUpdate" })
  );
  return checks.length > 0 ? { gatewayId, errors: checks } : { gatewayId, body, errors: [] };
}
