// azurerm's Read of `azurerm_application_gateway`: the state it writes from a GET, which the
// next plan compares with the config (plan.ts). Followed from hashicorp/terraform-provider-azurerm
// v4.55.0 internal/services/network/application_gateway_resource.go, resourceApplicationGatewayRead
// and the flattenApplicationGateway* functions each section names; v4.73.0 moves the body into
// resourceApplicationGatewaySetFlatten and differs only where `version` is tested below.
// The GET is decoded into the go-azure-sdk 2025-01-01 model first: the flatteners read none of
// the fields that model lacks (NOT_IN_2025_01_01), so they are read from the 2025-03-01 body here.
import { isObject, Json, JsonObject } from "./json";
import { normalizeLocation } from "./azurerm-schema";

type O = JsonObject;
const list = (v: Json | undefined): O[] => (Array.isArray(v) ? (v as O[]) : []);
const obj = (v: Json | undefined): O | undefined => (isObject(v) ? v : undefined);
/** `pointer.From(x)` of a string pointer: "" when absent. */
const from = (v: Json | undefined): Json => (v === undefined || v === null ? "" : v);
/** Sets `key` only when the GET has the value (Go: `if v := props.X; v != nil { output[key] = *v }`). */
function ifPresent(out: O, key: string, v: Json | undefined): void {
  if (v !== undefined && v !== null) out[key] = v;
}

/**
 * `Parse<Type>IDInsensitively(id).ID()`: the resourceids parsers accept any case of the
 * static segments and format them back in the canonical case; the user-given values
 * (names) keep theirs. Only the segments these ids contain are listed.
 */
const CANONICAL_SEGMENTS = [
  "subscriptions",
  "resourceGroups",
  "providers",
  "Microsoft.Network",
  "Microsoft.ManagedIdentity",
  "Microsoft.OperationalInsights",
  "applicationGateways",
  "applicationGatewayWebApplicationFirewallPolicies",
  "userAssignedIdentities",
  "workspaces",
  "virtualNetworks",
  "subnets",
  "publicIPAddresses",
  "backendAddressPools",
  "backendHttpSettingsCollection",
  "frontendIPConfigurations",
  "frontendPorts",
  "httpListeners",
  "probes",
  "redirectConfigurations",
  "rewriteRuleSets",
  "sslCertificates",
  "sslProfiles",
  "trustedClientCertificates",
  "trustedRootCertificates",
  "authenticationCertificates",
  "urlPathMaps",
  "privateLinkConfigurations",
  "listeners",
  "backendSettingsCollection",
];
const CANONICAL = new Map(CANONICAL_SEGMENTS.map((s) => [s.toLowerCase(), s]));
/** The id as `ParseXIDInsensitively(id).ID()` returns it: static segments (the keys, and the namespace after `providers`) in canonical case. */
export function canonicalId(id: string): string {
  const parts = id.split("/");
  const isStatic = (i: number) => i % 2 === 1 || parts[i - 1]?.toLowerCase() === "providers";
  return parts.map((p, i) => (isStatic(i) ? CANONICAL.get(p.toLowerCase()) ?? p : p)).join("/");
}
/** The name a sub-resource id ends with (`parse.XIDInsensitively(id).Name`). */
const nameOf = (id: string): string => id.split("/").pop()!;

/** The names of a list of references `{id}` (those without an id skipped). */
const namesOf = (refs: Json | undefined): Json[] =>
  list(refs)
    .filter((c) => typeof c.id === "string")
    .map((c) => nameOf(String(c.id)));

/** Reference `{id}` → `<prefix>_name` and `<prefix>_id` (the canonical id), when the GET has it. */
function reference(out: O, prefix: string, ref: Json | undefined, rawId = false): void {
  const id = obj(ref)?.id;
  if (typeof id !== "string") return;
  out[`${prefix}_name`] = nameOf(id);
  out[`${prefix}_id`] = rawId ? id : canonicalId(id);
}

/** flattenApplicationGatewaySslPolicy: every field set, nil ones as their zero values. */
function sslPolicy(p: O | undefined): O[] {
  if (!p) return [];
  return [
    {
      policy_name: from(p.policyName),
      policy_type: from(p.policyType),
      min_protocol_version: from(p.minProtocolVersion),
      cipher_suites: list(p.cipherSuites) as Json[],
      disabled_protocols: list(p.disabledSslProtocols) as Json[],
    },
  ];
}

/** flattenApplicationGatewayCustomErrorConfigurations (no `id` in the output). */
const customErrors = (v: Json | undefined): O[] =>
  list(v).map((e) => {
    const out: O = { status_code: from(e.statusCode) };
    ifPresent(out, "custom_error_page_url", e.customErrorPageUrl);
    return out;
  });

/** The prior state's `<block>` items by name, for the flatteners that copy secrets from it. */
const priorByName = (prior: O, block: string) => new Map(list(prior[block]).map((b) => [String(b.name), b]));

/**
 * resourceApplicationGatewayRead (v4.73.0: resourceApplicationGatewaySetFlatten): the state
 * after a refresh, from the GET and the prior state (`d`, which the certificate flatteners read
 * the secrets from). `version` is the azurerm version ("4.55.0" or "4.73.0").
 */
export function flattenGateway(get: O, prior: O, version: string): O {
  const props = obj(get.properties) ?? {};
  const idParts = String(get.id).split("/");
  const state: O = {
    id: get.id as string,
    name: idParts[8],
    resource_group_name: idParts[4],
    // location.NormalizeNilable
    location: normalizeLocation(String(from(get.location))),
    // zones.FlattenUntyped
    zones: list(get.zones) as Json[],
    identity: flattenIdentity(obj(get.identity)),
    authentication_certificate: flattenAuthenticationCertificates(props.authenticationCertificates, prior),
    trusted_root_certificate: flattenTrustedRootCertificates(props.trustedRootCertificates, prior),
    backend_address_pool: flattenBackendAddressPools(props.backendAddressPools),
    backend_http_settings: flattenBackendHttpSettings(props.backendHttpSettingsCollection),
    ssl_policy: sslPolicy(obj(props.sslPolicy)),
    // d.Set of a nil *bool stores false
    fips_enabled: props.enableFips ?? false,
    force_firewall_policy_association: props.forceFirewallPolicyAssociation ?? false,
    http_listener: flattenHttpListeners(props.httpListeners),
    frontend_port: list(props.frontendPorts).map((v) => {
      // flattenApplicationGatewayFrontendPorts
      const out: O = { id: from(v.id), name: from(v.name) };
      ifPresent(out, "port", obj(v.properties)?.port);
      return out;
    }),
    frontend_ip_configuration: flattenFrontendIpConfigurations(props.frontendIPConfigurations),
    gateway_ip_configuration: list(props.gatewayIPConfigurations).map((v) => {
      // flattenApplicationGatewayIPConfigurations: the subnet id as the GET spells it
      const out: O = { id: from(v.id), name: from(v.name) };
      ifPresent(out, "subnet_id", obj(obj(v.properties)?.subnet)?.id);
      return out;
    }),
    global: flattenGlobal(obj(props.globalConfiguration)),
    // flattenApplicationGatewayPrivateEndpoints never appends: always empty.
    private_endpoint_connection: [],
    private_link_configuration: flattenPrivateLinkConfigurations(props.privateLinkConfigurations),
    probe: flattenProbes(props.probes, version),
    request_routing_rule: flattenRequestRoutingRules(props.requestRoutingRules),
    redirect_configuration: flattenRedirectConfigurations(props.redirectConfigurations),
    rewrite_rule_set: flattenRewriteRuleSets(props.rewriteRuleSets),
    sku: flattenSku(obj(props.sku) ?? {}),
    autoscale_configuration: flattenAutoscale(obj(props.autoscaleConfiguration)),
    ssl_certificate: flattenSslCertificates(props.sslCertificates, prior),
    trusted_client_certificate: list(props.trustedClientCertificates)
      .filter((v) => typeof v.name === "string")
      .map((v) => {
        // flattenApplicationGatewayTrustedClientCertificates: data as the GET returns it
        const out: O = { id: from(v.id), name: v.name };
        ifPresent(out, "data", obj(v.properties)?.data);
        return out;
      }),
    ssl_profile: flattenSslProfiles(props.sslProfiles, version),
    custom_error_configuration: customErrors(props.customErrorConfigurations),
    url_path_map: flattenUrlPathMaps(props.urlPathMaps),
    waf_configuration: flattenWafConfig(obj(props.webApplicationFirewallConfiguration)),
    // resourceApplicationGatewayRead: the id parsed insensitively when it parses, else as is
    firewall_policy_id: typeof obj(props.firewallPolicy)?.id === "string" ? canonicalId(String(obj(props.firewallPolicy)!.id)) : "",
    // tags.FlattenAndSet
    tags: obj(get.tags) ?? {},
  };
  // d.Set("enable_http2", props.EnableHTTP2); v4.73.0 sets http2_enabled and, before 5.0, enable_http2 too
  const http2 = props.enableHttp2 ?? false;
  state.enable_http2 = http2;
  if (version !== "4.55.0") state.http2_enabled = http2;
  if (version !== "4.55.0") {
    // v4.73.0 resourceApplicationGatewaySetFlatten: the layer-4 blocks of azurerm 4.67.0
    state.backend = flattenBackendSettings(props.backendSettingsCollection);
    state.listener = flattenListeners(props.listeners);
    state.routing_rule = flattenRoutingRules(props.routingRules);
  }
  return state;
}

/** flattenApplicationGatewayBackendSettings (v4.73.0): host_name "" when absent, the flags false, trusted roots by name. */
function flattenBackendSettings(v: Json | undefined): O[] {
  return list(v).map((s) => {
    const out: O = { id: from(s.id), name: from(s.name) };
    const p = obj(s.properties);
    if (p) {
      out.port = p.port ?? 0;
      out.host_name = from(p.hostName);
      out.protocol = from(p.protocol);
      out.timeout_in_seconds = p.timeout ?? 0;
      out.client_ip_preservation_enabled = p.enableL4ClientIpPreservation ?? false;
      out.trusted_root_certificate_names = namesOf(p.trustedRootCertificates);
      reference(out, "probe", p.probe);
    }
    return out;
  });
}

/** flattenApplicationGatewayListeners (v4.73.0): host_names always set (empty when absent), references by name and canonical id. */
function flattenListeners(v: Json | undefined): O[] {
  return list(v).map((l) => {
    const out: O = { id: from(l.id), name: from(l.name) };
    const p = obj(l.properties);
    if (p) {
      out.protocol = from(p.protocol);
      out.host_names = list(p.hostNames) as Json[];
      reference(out, "frontend_port", p.frontendPort);
      reference(out, "frontend_ip_configuration", p.frontendIPConfiguration);
      reference(out, "ssl_certificate", p.sslCertificate);
      reference(out, "ssl_profile", p.sslProfile);
    }
    return out;
  });
}

/** flattenApplicationGatewayRoutingRules (v4.73.0): rules without properties are skipped; backend_name from the backend settings id. */
function flattenRoutingRules(v: Json | undefined): O[] {
  return list(v)
    .filter((r) => obj(r.properties))
    .map((r) => {
      const p = obj(r.properties)!;
      const out: O = { id: from(r.id), name: from(r.name), priority: p.priority ?? 0 };
      reference(out, "backend_address_pool", p.backendAddressPool);
      reference(out, "backend", p.backendSettings); // backend_name, backend_id
      reference(out, "listener", p.listener);
      return out;
    });
}

/** identity.FlattenSystemAndUserAssignedMap: ids parsed insensitively (canonical case), principal and tenant of the system identity. */
export function flattenIdentity(identity: O | undefined): O[] {
  if (!identity) return [];
  const type = String(identity.type ?? "");
  if (!["SystemAssigned", "UserAssigned", "SystemAssigned, UserAssigned"].includes(type)) return [];
  return [
    {
      type,
      identity_ids: Object.keys(obj(identity.userAssignedIdentities) ?? {}).map(canonicalId),
      principal_id: from(identity.principalId),
      tenant_id: from(identity.tenantId),
    },
  ];
}

/** flattenApplicationGatewayAuthenticationCertificates: the data is not returned; copied from the prior state by name. */
function flattenAuthenticationCertificates(v: Json | undefined, prior: O): O[] {
  const old = priorByName(prior, "authentication_certificate");
  return list(v).map((c) => {
    const out: O = { id: from(c.id), name: from(c.name) };
    const data = old.get(String(c.name))?.data;
    if (typeof data === "string" && data !== "") out.data = data;
    return out;
  });
}

/** flattenApplicationGatewayTrustedRootCertificates: key_vault_secret_id from the GET (always set), data from the prior state. */
function flattenTrustedRootCertificates(v: Json | undefined, prior: O): O[] {
  const old = priorByName(prior, "trusted_root_certificate");
  return list(v).map((c) => {
    const out: O = { id: from(c.id), key_vault_secret_id: from(obj(c.properties)?.keyVaultSecretId), name: from(c.name) };
    const data = old.get(String(c.name))?.data;
    if (typeof data === "string" && data !== "") out.data = data;
    return out;
  });
}

/** flattenApplicationGatewayBackendAddressPools: an address is an IP when it has one, else an FQDN. */
function flattenBackendAddressPools(v: Json | undefined): O[] {
  return list(v).map((pool) => {
    const ips: Json[] = [];
    const fqdns: Json[] = [];
    for (const a of list(obj(pool.properties)?.backendAddresses)) {
      if (a.ipAddress !== undefined && a.ipAddress !== null) ips.push(a.ipAddress);
      else if (a.fqdn !== undefined && a.fqdn !== null) fqdns.push(a.fqdn);
    }
    return { fqdns, ip_addresses: ips, id: from(pool.id), name: from(pool.name) };
  });
}

/** flattenApplicationGatewayBackendHTTPSettings (+ flattenApplicationGatewayConnectionDraining). */
function flattenBackendHttpSettings(v: Json | undefined): O[] {
  return list(v).map((s) => {
    const out: O = { id: from(s.id), name: from(s.name) };
    const p = obj(s.properties);
    if (p) {
      out.cookie_based_affinity = from(p.cookieBasedAffinity);
      out.dedicated_backend_connection_enabled = p.dedicatedBackendConnection ?? false;
      ifPresent(out, "affinity_cookie_name", p.affinityCookieName);
      ifPresent(out, "path", p.path);
      const draining = obj(p.connectionDraining);
      out.connection_draining = draining ? [{ enabled: draining.enabled ?? false, drain_timeout_sec: draining.drainTimeoutInSec ?? 0 }] : [];
      ifPresent(out, "port", p.port);
      ifPresent(out, "host_name", p.hostName);
      ifPresent(out, "pick_host_name_from_backend_address", p.pickHostNameFromBackendAddress);
      out.protocol = from(p.protocol);
      ifPresent(out, "request_timeout", p.requestTimeout);
      out.authentication_certificate = list(p.authenticationCertificates)
        .filter((c) => typeof c.id === "string")
        .map((c) => ({ id: canonicalId(String(c.id)), name: nameOf(String(c.id)) }));
      out.trusted_root_certificate_names = namesOf(p.trustedRootCertificates);
      reference(out, "probe", p.probe);
    }
    return out;
  });
}

/** flattenApplicationGatewayHTTPListeners */
function flattenHttpListeners(v: Json | undefined): O[] {
  return list(v).map((l) => {
    const out: O = { id: from(l.id), name: from(l.name) };
    const p = obj(l.properties);
    if (p) {
      reference(out, "frontend_port", p.frontendPort);
      reference(out, "frontend_ip_configuration", p.frontendIPConfiguration);
      ifPresent(out, "host_name", p.hostName);
      if (Array.isArray(p.hostNames)) out.host_names = p.hostNames;
      out.protocol = from(p.protocol);
      reference(out, "ssl_certificate", p.sslCertificate);
      ifPresent(out, "require_sni", p.requireServerNameIndication);
      const policy = obj(p.firewallPolicy)?.id;
      if (typeof policy === "string") out.firewall_policy_id = canonicalId(policy);
      reference(out, "ssl_profile", p.sslProfile);
      out.custom_error_configuration = customErrors(p.customErrorConfigurations);
    }
    return out;
  });
}

/** flattenApplicationGatewayFrontendIPConfigurations: ids of the subnet and public IP as the GET spells them. */
function flattenFrontendIpConfigurations(v: Json | undefined): O[] {
  return list(v).map((c) => {
    const out: O = { id: from(c.id), name: from(c.name) };
    const p = obj(c.properties);
    if (p) {
      out.private_ip_address_allocation = from(p.privateIPAllocationMethod);
      ifPresent(out, "subnet_id", obj(p.subnet)?.id);
      ifPresent(out, "private_ip_address", p.privateIPAddress);
      ifPresent(out, "public_ip_address_id", obj(p.publicIPAddress)?.id);
      const link = obj(p.privateLinkConfiguration)?.id;
      if (typeof link === "string") {
        out.private_link_configuration_name = nameOf(link);
        out.private_link_configuration_id = link;
      }
    }
    return out;
  });
}

/** flattenApplicationGatewayGlobalConfiguration: nil → nothing set (the state keeps none). */
function flattenGlobal(g: O | undefined): O[] {
  if (!g) return [];
  const out: O = {};
  ifPresent(out, "request_buffering_enabled", g.enableRequestBuffering);
  ifPresent(out, "response_buffering_enabled", g.enableResponseBuffering);
  return [out];
}

/** flattenApplicationGatewayPrivateLinkConfigurations */
function flattenPrivateLinkConfigurations(v: Json | undefined): O[] {
  return list(v).map((c) => ({
    name: from(c.name),
    id: from(c.id),
    ip_configuration: list(obj(c.properties)?.ipConfigurations)
      .filter((ip) => obj(ip.properties))
      .map((ip) => {
        const p = obj(ip.properties)!;
        const out: O = { name: from(ip.name), private_ip_address_allocation: from(p.privateIPAllocationMethod) };
        ifPresent(out, "subnet_id", obj(p.subnet)?.id);
        ifPresent(out, "private_ip_address", p.privateIPAddress);
        ifPresent(out, "primary", p.primary);
        return out;
      }),
  }));
}

/** flattenApplicationGatewayProbes: port 0 when absent; match only when the GET has one; v4.73.0 adds proxy_protocol_header_enabled (false when absent). */
function flattenProbes(v: Json | undefined, version: string): O[] {
  return list(v).map((probe) => {
    const out: O = { id: from(probe.id), name: from(probe.name) };
    const p = obj(probe.properties);
    if (p) {
      out.protocol = from(p.protocol);
      for (const [key, field] of [
        ["host", "host"],
        ["path", "path"],
        ["interval", "interval"],
        ["timeout", "timeout"],
        ["unhealthy_threshold", "unhealthyThreshold"],
      ] as const)
        ifPresent(out, key, p[field]);
      out.port = p.port ?? 0;
      ifPresent(out, "pick_host_name_from_backend_http_settings", p.pickHostNameFromBackendHttpSettings);
      if (version !== "4.55.0") out.proxy_protocol_header_enabled = p.enableProbeProxyProtocolHeader ?? false;
      ifPresent(out, "minimum_servers", p.minServers);
      const match = obj(p.match);
      if (match) {
        const m: O = { status_code: list(match.statusCodes) as Json[] };
        ifPresent(m, "body", match.body);
        out.match = [m];
      } else out.match = [];
    }
    return out;
  });
}

/** flattenApplicationGatewayRequestRoutingRules (rules without properties are skipped). */
function flattenRequestRoutingRules(v: Json | undefined): O[] {
  return list(v)
    .filter((r) => obj(r.properties))
    .map((r) => {
      const p = obj(r.properties)!;
      const out: O = { rule_type: from(p.ruleType), id: from(r.id), name: from(r.name) };
      ifPresent(out, "priority", p.priority);
      reference(out, "backend_address_pool", p.backendAddressPool);
      reference(out, "backend_http_settings", p.backendHttpSettings, true); // the id as the GET has it
      reference(out, "http_listener", p.httpListener);
      reference(out, "url_path_map", p.urlPathMap);
      reference(out, "redirect_configuration", p.redirectConfiguration);
      reference(out, "rewrite_rule_set", p.rewriteRuleSet);
      return out;
    });
}

/** flattenApplicationGatewayRedirectConfigurations */
function flattenRedirectConfigurations(v: Json | undefined): O[] {
  return list(v)
    .filter((r) => obj(r.properties))
    .map((r) => {
      const p = obj(r.properties)!;
      const out: O = { redirect_type: from(p.redirectType), id: from(r.id), name: from(r.name) };
      reference(out, "target_listener", p.targetListener);
      ifPresent(out, "target_url", p.targetUrl);
      ifPresent(out, "include_path", p.includePath);
      ifPresent(out, "include_query_string", p.includeQueryString);
      return out;
    });
}

/** flattenApplicationGatewayRewriteRuleSets: `components` derived from which URL parts the GET has. */
function flattenRewriteRuleSets(v: Json | undefined): O[] {
  return list(v)
    .filter((s) => obj(s.properties))
    .map((s) => {
      const p = obj(s.properties)!;
      const out: O = { id: from(s.id), name: from(s.name) };
      if (Array.isArray(p.rewriteRules)) {
        out.rewrite_rule = list(p.rewriteRules).map((r) => {
          const rule: O = {};
          ifPresent(rule, "name", r.name);
          ifPresent(rule, "rule_sequence", r.ruleSequence);
          rule.condition = list(r.conditions).map((c) => {
            const out: O = {};
            for (const [key, field] of [
              ["variable", "variable"],
              ["pattern", "pattern"],
              ["ignore_case", "ignoreCase"],
              ["negate", "negate"],
            ] as const)
              ifPresent(out, key, c[field]);
            return out;
          });
          const actions = obj(r.actionSet);
          const header = (h: O) => {
            const out: O = {};
            ifPresent(out, "header_name", h.headerName);
            ifPresent(out, "header_value", h.headerValue);
            return out;
          };
          rule.request_header_configuration = list(actions?.requestHeaderConfigurations).map(header);
          rule.response_header_configuration = list(actions?.responseHeaderConfigurations).map(header);
          const url = obj(actions?.urlConfiguration);
          if (url) {
            const path = url.modifiedPath ?? null;
            const query = url.modifiedQueryString ?? null;
            let components = "";
            if (query !== null && path === null) components = "query_string_only";
            if (query === null && path !== null) components = "path_only";
            rule.url = [{ components, query_string: query ?? "", path: path ?? "", reroute: url.reroute ?? false }];
          } else rule.url = [];
          return rule;
        });
      }
      return out;
    });
}

/** flattenApplicationGatewaySku */
function flattenSku(sku: O): O[] {
  const out: O = { name: from(sku.name), tier: from(sku.tier) };
  ifPresent(out, "capacity", sku.capacity);
  return [out];
}

/** flattenApplicationGatewayAutoscaleConfiguration */
function flattenAutoscale(a: O | undefined): O[] {
  if (!a) return [];
  const out: O = { min_capacity: a.minCapacity ?? 0 };
  ifPresent(out, "max_capacity", a.maxCapacity);
  return [out];
}

/** flattenApplicationGatewaySslCertificates: public_cert_data and key_vault_secret_id from the GET; data (Base64EncodeIfNot) and password from the prior state. */
function flattenSslCertificates(v: Json | undefined, prior: O): O[] {
  const old = priorByName(prior, "ssl_certificate");
  return list(v)
    .filter((c) => typeof c.name === "string")
    .map((c) => {
      const out: O = { id: from(c.id), name: c.name };
      const p = obj(c.properties);
      ifPresent(out, "public_cert_data", p?.publicCertData);
      ifPresent(out, "key_vault_secret_id", p?.keyVaultSecretId);
      const before = old.get(String(c.name));
      if (before) {
        if (typeof before.data === "string") out.data = before.data;
        if (typeof before.password === "string") out.password = before.password;
      }
      return out;
    });
}

/**
 * flattenApplicationGatewaySslProfiles: revocation "None" → "", the trusted CAs by name,
 * never verifyClientAuthMode (not in the 2025-01-01 model). v4.73.0 writes the issuer-DN flag
 * under verify_client_certificate_issuer_dn and, before 5.0, verify_client_cert_issuer_dn too.
 */
function flattenSslProfiles(v: Json | undefined, version: string): O[] {
  return list(v)
    .filter((s) => typeof s.name === "string")
    .map((s) => {
      const p = obj(s.properties) ?? {};
      const out: O = { id: from(s.id), name: s.name, ssl_policy: sslPolicy(obj(p.sslPolicy)) };
      const auth = obj(p.clientAuthConfiguration);
      const issuerDn = auth?.verifyClientCertIssuerDN ?? false;
      const revocation = auth && from(auth.verifyClientRevocation) !== "None" ? from(auth.verifyClientRevocation) : "";
      out.trusted_client_certificate_names = namesOf(p.trustedClientCertificates);
      if (version === "4.55.0") out.verify_client_cert_issuer_dn = issuerDn;
      else {
        out.verify_client_certificate_issuer_dn = issuerDn;
        out.verify_client_cert_issuer_dn = issuerDn;
      }
      out.verify_client_certificate_revocation = revocation;
      return out;
    });
}

/** flattenApplicationGatewayURLPathMaps */
function flattenUrlPathMaps(v: Json | undefined): O[] {
  return list(v).map((m) => {
    const out: O = { id: from(m.id), name: from(m.name) };
    const p = obj(m.properties);
    if (p) {
      reference(out, "default_backend_address_pool", p.defaultBackendAddressPool);
      reference(out, "default_backend_http_settings", p.defaultBackendHttpSettings);
      reference(out, "default_redirect_configuration", p.defaultRedirectConfiguration);
      reference(out, "default_rewrite_rule_set", p.defaultRewriteRuleSet);
      out.path_rule = list(p.pathRules).map((r) => {
        const rule: O = { id: from(r.id), name: from(r.name) };
        const rp = obj(r.properties);
        if (rp) {
          reference(rule, "backend_address_pool", rp.backendAddressPool);
          reference(rule, "backend_http_settings", rp.backendHttpSettings);
          reference(rule, "redirect_configuration", rp.redirectConfiguration);
          reference(rule, "rewrite_rule_set", rp.rewriteRuleSet);
          const policy = obj(rp.firewallPolicy)?.id;
          if (typeof policy === "string") rule.firewall_policy_id = canonicalId(policy);
          rule.paths = list(rp.paths) as Json[];
        }
        return rule;
      });
    }
    return out;
  });
}

/** flattenApplicationGatewayWafConfig (+ flattenApplicationGateWayDisabledRuleGroups, flattenApplicationGatewayFirewallExclusion) */
function flattenWafConfig(w: O | undefined): O[] {
  if (!w) return [];
  const out: O = {
    enabled: w.enabled ?? false,
    firewall_mode: from(w.firewallMode),
    rule_set_type: from(w.ruleSetType),
    rule_set_version: from(w.ruleSetVersion),
  };
  if (Array.isArray(w.disabledRuleGroups))
    out.disabled_rule_group = list(w.disabledRuleGroups).map((g) => ({ rule_group_name: from(g.ruleGroupName), rules: list(g.rules) as Json[] }));
  ifPresent(out, "file_upload_limit_mb", w.fileUploadLimitInMb);
  ifPresent(out, "request_body_check", w.requestBodyCheck);
  ifPresent(out, "max_request_body_size_kb", w.maxRequestBodySizeInKb);
  if (Array.isArray(w.exclusions))
    out.exclusion = list(w.exclusions).map((x) => ({
      match_variable: from(x.matchVariable),
      selector_match_operator: from(x.selectorMatchOperator),
      selector: from(x.selector),
    }));
  return [out];
}
