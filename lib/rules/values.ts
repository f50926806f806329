// Rules on single prop values. Each is checked where the value is given, and a
// value that breaks one throws at once: it can never be valid, whatever else the
// stack holds.
import { isCerData } from "./certificate-data";
import { blockContains, blocksOverlap, isIpv4, parseCidr } from "./cidr";
import { RuleId } from "../core/rule-id";
import { Checked, defineRule, isUnknown, Severity, valueRule } from "../core/rule";

const between = (min: number, max: number) => (v: number) => Number.isInteger(v) && v >= min && v <= max;

export const FRONTEND_PORT = defineRule({
  id: RuleId.PORT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 65199 (65200–65535 are reserved for the v2 infrastructure)",
  source: "Learn: application-gateway-components, Ports",
});
export const frontendPortRule = valueRule<number>(FRONTEND_PORT, between(1, 65199));

export const BACKEND_PORT = defineRule({
  id: RuleId.BACKEND_PORT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 65535",
  source: "ARM spec ApplicationGatewayBackendHttpSettingsPropertiesFormat.port",
});
export const backendPortRule = valueRule<number>(BACKEND_PORT, between(1, 65535));

export const REQUEST_TIMEOUT = defineRule({
  id: RuleId.TIMEOUT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer number of seconds from 1 to 86400",
  source: "azurerm docs, backend_http_settings.request_timeout",
});
export const requestTimeoutRule = valueRule<number>(REQUEST_TIMEOUT, between(1, 86400));

export const PRIORITY = defineRule({
  id: RuleId.PRIORITY,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 20000",
  source: "ARM spec ApplicationGatewayRequestRoutingRulePropertiesFormat.priority; azurerm docs",
});
export const priorityRule = valueRule<number>(PRIORITY, between(1, 20000));

export const NAME = defineRule({
  id: RuleId.NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "1–80 characters of letters, digits, '_', '.', '-', starting with a letter or digit and ending with a letter, digit or '_'",
  source: "Learn: resource-name-rules, Microsoft.Network applicationGateways (and their child names)",
});
export const nameRule = valueRule<string>(NAME, (v) => /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/.test(v));

export const FIXED_CAPACITY = defineRule({
  id: RuleId.CAPACITY,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 125 instances on v2",
  source: "Learn: application-gateway-autoscaling-zone-redundant; azurerm CustomizeDiff",
});
export const fixedCapacityRule = valueRule<number>(FIXED_CAPACITY, between(1, 125));

export const AUTOSCALE_MIN = defineRule({
  id: RuleId.AUTOSCALE_MIN,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 0 to 100 (azurerm's bound; Azure allows 125)",
  source: "Learn: application-gateway-autoscaling-zone-redundant; azurerm autoscale_configuration.min_capacity",
});
export const autoscaleMinRule = valueRule<number>(AUTOSCALE_MIN, between(0, 100));

export const AUTOSCALE_MAX = defineRule({
  id: RuleId.AUTOSCALE_MAX,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 2 to 125",
  source: "Learn: application-gateway-autoscaling-zone-redundant; ARM spec ApplicationGatewayAutoscaleConfiguration",
});
export const autoscaleMaxRule = valueRule<number>(AUTOSCALE_MAX, between(2, 125));

export const AUTOSCALE_ORDER = defineRule({
  id: RuleId.AUTOSCALE_ORDER,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "maxCapacity greater than or equal to minCapacity",
  source: "Learn: application-gateway-autoscaling-zone-redundant; ARM spec ApplicationGatewayAutoscaleConfiguration",
});
export const autoscaleOrderRule = valueRule<[number, number]>(AUTOSCALE_ORDER, ([min, max]) => isUnknown(min) || isUnknown(max) || min <= max);

export const CIDR = defineRule({
  id: RuleId.CIDR,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an IPv4 CIDR block such as 10.0.0.0/24, with no host bits set",
  source: "Learn: virtual-network-manage-subnet (address ranges in CIDR notation)",
});
export const cidrRule = valueRule<string>(CIDR, (v) => parseCidr(v) !== undefined);

export const SUBNET_IN_VNET = defineRule({
  id: RuleId.SUBNET_IN_VNET,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a prefix inside the VNet's address space",
  source: "Learn: virtual-network-manage-subnet",
});
/** [subnet prefix, VNet address space] */
export const subnetInVnetRule = valueRule<[string, string[]]>(SUBNET_IN_VNET, ([prefix, space]) => {
  const inner = parseCidr(prefix);
  const outers = space.map(parseCidr);
  if (!inner || outers.some((o) => o === undefined) || isUnknown(space)) return true; // reported by AGW-CIDR
  return outers.some((o) => blockContains(o!, inner));
});

export const SUBNET_OVERLAP = defineRule({
  id: RuleId.SUBNET_OVERLAP,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a prefix that does not overlap the gateway subnet (the gateway subnet is dedicated to Application Gateways)",
  source: "Learn: configuration-infrastructure, Virtual network and dedicated subnet",
});
/** [backend prefix, gateway prefix] */
export const subnetOverlapRule = valueRule<[string, string]>(SUBNET_OVERLAP, ([a, b]) => {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return !x || !y || !blocksOverlap(x, y);
});

export const HOST_NAME_COUNT = defineRule({
  id: RuleId.HOSTNAMES,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "at most 5 host names per listener",
  source: "Learn: application-gateway limits (host names per listener)",
});
export const hostNameCountRule = valueRule<string[]>(HOST_NAME_COUNT, (v) => v.length <= 5);

const LABEL = "(?!-)[A-Za-z0-9-]{1,63}(?<!-)";
const FQDN_PATTERN = new RegExp(`^(?=.{1,253}$)(${LABEL}\\.)*(?!\\d+$)${LABEL}\\.?$`);
const WILDCARD_LABEL = "[A-Za-z0-9*?-]{1,63}";
const HOST_PATTERN = new RegExp(`^(?=.{1,253}$)(${WILDCARD_LABEL}\\.)*${WILDCARD_LABEL}$`);

/**
 * Learn multiple-site-overview, "Conditions for using wildcard characters": '*'
 * at most once per label and twice per name, at most 4 wildcards ('*' and '?')
 * per name, and '*' never in one label with '?' or another '*'.
 */
function wildcardsAllowed(host: string): boolean {
  const count = (re: RegExp) => (host.match(re) ?? []).length;
  const labels = host.split(".");
  return (
    count(/\*/g) <= 2 &&
    count(/[*?]/g) <= 4 &&
    labels.every((label) => (label.match(/\*/g) ?? []).length <= 1 && !(label.includes("*") && label.includes("?")))
  );
}

export const FQDN = defineRule({
  id: RuleId.FQDN,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a DNS name of dot-separated labels (1–63 letters, digits or '-', not starting or ending with '-'), 253 characters at most",
  source: "RFC 1123 section 2.1; ARM spec ApplicationGatewayBackendAddress.fqdn",
});
export const fqdnRule = valueRule<string>(FQDN, (v) => FQDN_PATTERN.test(v));

export const IP_ADDRESS = defineRule({
  id: RuleId.IP,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an IPv4 address such as 10.0.2.4",
  source: "ARM spec ApplicationGatewayBackendAddress.ipAddress",
});
export const ipAddressRule = valueRule<string>(IP_ADDRESS, isIpv4);

export const HOST_NAME = defineRule({
  id: RuleId.HOSTNAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a host name of letters, digits, '-' and '.' (253 characters at most, labels of 1–63), with wildcards: '*' at most once per label and twice per name, '*' and '?' at most 4 per name, never '*' with '?' or '*' in one label",
  source: "Learn: multiple-site-overview, Wildcard host names in listener; RFC 1035 section 2.3.4 (name and label lengths)",
});
export const hostNameRule = valueRule<string>(HOST_NAME, (v) => HOST_PATTERN.test(v) && wildcardsAllowed(v));

export const HEADER_NAME = defineRule({
  id: RuleId.HEADER,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a request header name of letters, digits and '-' (Application Gateway discards request headers with other characters before they reach the backend)",
  source: "Learn: rewrite-http-headers-url (request header names); RFC 9110 section 5.1",
});
export const headerNameRule = valueRule<string>(HEADER_NAME, (v) => /^[0-9A-Za-z-]+$/.test(v));

/** Headers a rewrite may not touch at all, and those it may not delete (set to ""). */
const UNREWRITABLE = ["connection", "upgrade"];
const UNDELETABLE = ["host"];

export const REWRITE_HEADER = defineRule({
  id: RuleId.REWRITE_HEADER,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a header a rewrite may change: not Connection or Upgrade, and not Host where the rewrite deletes it (an empty value)",
  source: "Learn: rewrite-http-headers-url (\"all headers ... except for the Connection, and Upgrade headers\"; the host header cannot be deleted)",
});
/** [header name, whether some rewrite sets it to "" (deletes it)] */
export const rewriteHeaderRule = valueRule<[string, boolean]>(REWRITE_HEADER, ([name, deletes]) => {
  const lower = name.toLowerCase();
  return !UNREWRITABLE.includes(lower) && !(deletes && UNDELETABLE.includes(lower));
});

export const KEY_VAULT_SECRET_ID = defineRule({
  id: RuleId.KV_SECRET_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a Key Vault secret id: https://<vault>.vault.azure.net/secrets/<name>[/<version>]",
  source: "Learn: key-vault-certs (keyVaultSecretId); Key Vault object identifiers",
});
export const keyVaultSecretIdRule = valueRule<string>(KEY_VAULT_SECRET_ID, (v) =>
  /^https:\/\/[A-Za-z0-9-]{3,24}\.vault\.(azure\.net|azure\.cn|usgovcloudapi\.net)\/secrets\/[A-Za-z0-9-]{1,127}(\/[0-9a-fA-F]{32})?\/?$/.test(v),
);

export const PROBE_INTERVAL = defineRule({
  id: RuleId.PROBE_TIMING,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer number of seconds from 1 to 86400",
  source: "ARM spec ApplicationGatewayProbePropertiesFormat.interval/timeout",
});
export const probeSecondsRule = valueRule<number>(PROBE_INTERVAL, between(1, 86400));

export const PROBE_THRESHOLD = defineRule({
  id: RuleId.PROBE_THRESHOLD,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 20",
  source: "ARM spec ApplicationGatewayProbePropertiesFormat.unhealthyThreshold",
});
export const probeThresholdRule = valueRule<number>(PROBE_THRESHOLD, between(1, 20));

export const PROBE_STATUS = defineRule({
  id: RuleId.PROBE_STATUS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "one or more HTTP status codes (100–599) or ranges of them such as 200-399, low to high",
  source:
    "ARM spec ApplicationGatewayProbeHealthResponseMatch.statusCodes (allowed ranges of healthy status codes); Learn: application-gateway-probe-overview (single codes or a range); azurerm v4.55.0 match.status_code (required); RFC 9110 section 15 (100–599)",
});
/** `200`, or `200-399` with the low end first. */
function statusCodeOrRange(entry: string): boolean {
  const m = /^([1-5]\d\d)(?:-([1-5]\d\d))?$/.exec(entry);
  return m !== null && (m[2] === undefined || Number(m[1]) <= Number(m[2]));
}
export const probeStatusCodesRule = valueRule<string[]>(PROBE_STATUS, (codes) => codes.length > 0 && codes.every((c) => isUnknown(c) || statusCodeOrRange(c)));

export const PROBE_PATH = defineRule({
  id: RuleId.PROBE_PATH,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a path starting with '/'",
  source: "Learn: application-gateway-probe-overview (custom probe path)",
});
export const probePathRule = valueRule<string>(PROBE_PATH, (v) => v.startsWith("/"));

export const PRIVATE_IP = defineRule({
  id: RuleId.PRIVATE_IP,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an IPv4 address",
  source: "ARM spec ApplicationGatewayFrontendIPConfigurationPropertiesFormat.privateIPAddress",
});
export const privateIpRule = valueRule<string>(PRIVATE_IP, isIpv4);

/** Predefined policies, and the family each belongs to (Learn: application-gateway-ssl-policy-overview). */
export const PREDEFINED_POLICY_FAMILY: { [name: string]: "2022" | "legacy" } = {
  AppGwSslPolicy20220101: "2022",
  AppGwSslPolicy20220101S: "2022",
  AppGwSslPolicy20170401S: "legacy",
};
const RETIRED_POLICIES = ["AppGwSslPolicy20150501", "AppGwSslPolicy20170401"];

export const TLS_POLICY_NAME = defineRule({
  id: RuleId.TLS_POLICY,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: `one of ${Object.keys(PREDEFINED_POLICY_FAMILY).join(", ")} (${RETIRED_POLICIES.join(" and ")} were retired on 2025-08-31)`,
  source: "Learn: application-gateway-ssl-policy-overview; TLS 1.0/1.1 retirement notice",
});
export const tlsPolicyNameRule = valueRule<string>(TLS_POLICY_NAME, (v) => v in PREDEFINED_POLICY_FAMILY);

export const TLS_MIN_VERSION = defineRule({
  id: RuleId.TLS_MIN_VERSION,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "TLSv1_2 or TLSv1_3 for a CustomV2 policy, TLSv1_2 for a Custom policy (TLS 1.0 and 1.1 were retired on 2025-08-31)",
  source: "Learn: application-gateway-ssl-policy-overview (CustomV2); application-gateway-tls-version-retirement (Custom supports only TLS v1.2)",
});
/** [policy type, minimum version] */
export const tlsMinVersionRule = valueRule<[string | undefined, string]>(TLS_MIN_VERSION, ([type, v]) =>
  type === "Custom" ? v === "TLSv1_2" : v === "TLSv1_2" || v === "TLSv1_3",
);

/** The cipher suites ARM Microsoft.Network 2025-03-01 knows (`ApplicationGatewaySslCipherSuite`; azurerm has the same list). */
export const CIPHER_SUITES = [
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256",
  "TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
  "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256",
  "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA",
  "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
];
/** What the old Custom policy no longer supports since 2025-08-31 (Learn: application-gateway-tls-version-retirement). */
const RETIRED_CUSTOM_CIPHERS = [
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
  "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256", "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256", "TLS_DHE_DSS_WITH_AES_256_CBC_SHA",
  "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA",
];

export const TLS_CIPHER = defineRule({
  id: RuleId.TLS_CIPHER,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a cipher suite Application Gateway knows (ARM ApplicationGatewaySslCipherSuite; TLS 1.3 suites are implied, not listed), and for a Custom policy none of the 12 retired on 2025-08-31",
  source: "ARM Microsoft.Network 2025-03-01 ApplicationGatewaySslPolicy.cipherSuites; Learn: application-gateway-tls-version-retirement",
});
/** [policy type, cipher suite] */
export const tlsCipherRule = valueRule<[string | undefined, string]>(
  TLS_CIPHER,
  ([type, cipher]) => isUnknown(cipher) || (CIPHER_SUITES.includes(cipher) && !(type === "Custom" && RETIRED_CUSTOM_CIPHERS.includes(cipher))),
);

export const TLS_PROTOCOL = defineRule({
  id: RuleId.TLS_PROTOCOL,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a protocol of TLSv1_0, TLSv1_1, TLSv1_2, TLSv1_3",
  source: "ARM Microsoft.Network 2025-03-01 ApplicationGatewaySslProtocol",
});
export const tlsProtocolRule = valueRule<string>(TLS_PROTOCOL, (v) => ["TLSv1_0", "TLSv1_1", "TLSv1_2", "TLSv1_3"].includes(v));

export const TLS_PREDEFINED_ONLY_NAME = defineRule({
  id: RuleId.TLS_PREDEFINED_ONLY_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a Predefined policy with a policyName and no minProtocolVersion or cipherSuites, and a Custom or CustomV2 policy without a policyName",
  source:
    "Azure error ApplicationGatewaySslPolicyPropertyNotSupportedForPolicyType; azurerm v4.55.0 expandApplicationGatewaySslPolicy sends only the name for Predefined (the rest is dropped silently)",
});
/** [policy type, has name, has min version or ciphers] */
export const tlsPredefinedOnlyNameRule = valueRule<[string | undefined, boolean, boolean]>(
  TLS_PREDEFINED_ONLY_NAME,
  ([type, named, custom]) => (type === "Predefined" ? named && !custom : type === undefined || !named),
);

export const TLS_DISABLED_PROTOCOLS = defineRule({
  id: RuleId.TLS_DISABLED_PROTOCOLS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "disabledProtocols alone, without a policyName or policyType",
  source: "azurerm docs, ssl_policy: disabled_protocols cannot be set when policy_name or policy_type are set",
});
/** [disabled protocols, policy name or type given] */
export const tlsDisabledProtocolsRule = valueRule<[string[], boolean]>(
  TLS_DISABLED_PROTOCOLS,
  ([disabled, named]) => disabled.length === 0 || !named,
);

export const TLS_POLICY_TYPE = defineRule({
  id: RuleId.TLS_POLICY_TYPE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a policyType of Predefined, Custom or CustomV2, and one whenever a policyName, minProtocolVersion or cipherSuites is given",
  source: "ARM ApplicationGatewaySslPolicyType; azurerm docs, ssl_policy: policy_type is required with policy_name; Azure error ApplicationGatewaySslPolicyPropertyPolicyTypeRequired",
});
/** [policy type, any of name, min version, ciphers given] */
export const tlsPolicyTypeRule = valueRule<[string | undefined, boolean]>(TLS_POLICY_TYPE, ([type, needsType]) =>
  type === undefined ? !needsType : ["Predefined", "Custom", "CustomV2"].includes(type),
);

export const STRICT_CA_COUNT = defineRule({
  id: RuleId.STRICT_CAS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "1 to 100 trusted client CA certificates for a strict profile",
  source: "Learn: mutual-authentication-overview; application-gateway limits (100 per SSL profile)",
});
export const strictCaCountRule = valueRule<number>(STRICT_CA_COUNT, between(1, 100));

export const CERT_DATA = defineRule({
  id: RuleId.CERT_DATA,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "the base64 of a .cer file: one DER certificate, or PEM text with one or more certificates (Terraform: filebase64(\"ca.cer\"))",
  source:
    "azurerm v4.55.0 docs, trusted_client_certificate.data and trusted_root_certificate.data (the base-64 encoded certificate); Learn: mutual-authentication-overview (.CER uploads of the CA chain); Azure's 'Invalid data in .cer file' (MicrosoftDocs/azure-docs#69393)",
});
export const certDataRule = valueRule<string>(CERT_DATA, isCerData);

export const WAF_SKU = defineRule({
  id: RuleId.WAF_SKU,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a firewall policy only on a WAF_v2 gateway",
  source: "Learn: application-gateway-waf-configuration; azurerm docs, firewall_policy_id",
});
/** Checked with the gateway's SKU when a firewall policy is given. */
export const wafSkuRule = valueRule<string>(WAF_SKU, (sku) => sku === "WAF_v2");

export const FORWARD_WITHOUT_MTLS = defineRule({
  id: RuleId.FORWARD_MTLS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "forwardClientCertificate only on a listener whose SSL profile authenticates clients (passthrough or strict)",
  source: "Learn: rewrite-http-headers-url (mutual authentication server variables are set only with mTLS)",
});
/** Checked with "does the listener request a client certificate" when forwarding is asked for. */
export const forwardNeedsMtlsRule = valueRule<boolean>(FORWARD_WITHOUT_MTLS, (requestsCertificate) => requestsCertificate);

export const PART_ID = defineRule({
  id: RuleId.PART_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a non-empty literal construct id without '/', unique among this gateway's parts of the same kind",
  source: "constructs: ids are unique within their scope; Azure: child names are unique per collection of the gateway",
});

export const SKU = defineRule({
  id: RuleId.SKU,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "Standard_v2 or WAF_v2 (the v1 SKUs were retired on 2026-04-28; mutual TLS and header rewrites are v2 only)",
  source: "Learn: Application Gateway v1 retirement; mutual-authentication-overview",
});
export const skuRule = valueRule<string>(SKU, (v) => v === "Standard_v2" || v === "WAF_v2");

export const HOST_NAME_PICK = defineRule({
  id: RuleId.HOST_NAME_PICK,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "either hostName or pickHostNameFromBackendAddress: true, not both",
  source:
    "azurerm application_gateway_resource.go (expandApplicationGatewayBackendHTTPSettings): \"Only one of host_name or pick_host_name_from_backend_address can be set\"",
});
/** [host name given, pick asked for] */
export const hostNamePickRule = valueRule<[boolean, boolean]>(HOST_NAME_PICK, ([host, pick]) => !(host && pick));

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

export const RESOURCE_GROUP_NAME = defineRule({
  id: RuleId.RESOURCE_GROUP_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "1–90 characters of letters, digits, '_', '-', '.', '(' and ')', not ending with '.'",
  source: "Learn: resource-name-rules, resourcegroups; azurerm (go-azure-helpers resourcegroups.ValidateName: ASCII only)",
});
export const resourceGroupNameRule = valueRule<string>(RESOURCE_GROUP_NAME, (v) => /^[-\w.()]{1,90}$/.test(v) && !v.endsWith("."));

/** A region as azurerm compares it (go-azure-helpers location.Normalize): lower case, spaces removed. */
export const normalizeLocation = (location: string): string => location.toLowerCase().replace(/ /g, "");

export const LOCATION = defineRule({
  id: RuleId.LOCATION,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an Azure region name such as westeurope or \"West Europe\" (letters and digits; spaces are ignored)",
  source:
    "azurerm v4.55.0 commonschema.Location (location.EnhancedValidate: not empty once lower-cased without spaces, and one of the cloud's regions at plan); Learn: az account list-locations (region names)",
});
export const locationRule = valueRule<string>(LOCATION, (v) => /^[a-z0-9]+$/.test(normalizeLocation(v)));

export const LOCATION_MATCH = defineRule({
  id: RuleId.LOCATION_MATCH,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "the region of the gateway's virtual network (spelling and case aside)",
  source:
    "Learn: virtual-networks-overview (a virtual network and the resources in its subnets are in one region); application-gateway configuration-infrastructure (the gateway is deployed in its virtual network)",
});
/** [the gateway's location, its virtual network's location when known] */
export const locationMatchRule = valueRule<[string, string | undefined]>(
  LOCATION_MATCH,
  ([gateway, network]) => network === undefined || normalizeLocation(gateway) === normalizeLocation(network),
);

// Tags, on every resource the library creates (Learn: tag-resources, Limitations;
// azurerm v4.55.0 tags.Validate, go-azure-helpers, which counts UTF-8 bytes, not characters).
const utf8Length = (text: string) => Buffer.byteLength(text, "utf8");

export const TAGS = defineRule({
  id: RuleId.TAGS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "at most 50 tags; each name 1–512 bytes (UTF-8), not blank, without < > % & \\ ? /, and not another name in other case; each value at most 256 bytes (UTF-8)",
  source:
    "Learn: tag-resources, Limitations (50 tags; names 512 and values 256 characters; names without < > % & \\ ? /; names are case-insensitive); azurerm v4.55.0 tags.Validate (50 tags, lengths in UTF-8 bytes)",
});
export const tagCountRule = valueRule<number>(TAGS, (count) => count <= 50);
/** [a tag's name, whether an earlier name is the same ignoring case] */
export const tagNameRule = valueRule<[string, boolean]>(
  TAGS,
  ([name, repeated]) => !repeated && name.trim() !== "" && utf8Length(name) <= 512 && !/[<>%&\\?/]/.test(name),
);
export const tagValueRule = valueRule<string>(TAGS, (value) => utf8Length(value) <= 256);

// Role assignments the user adds (azurerm v4.55.0 internal/services/authorization/role_assignment_resource.go).
const GUID = "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";
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

// Address ranges (Learn: virtual-networks-faq).
/** Ranges no VNet may use: multicast, broadcast, loopback, link-local, Azure's internal DNS. */
export const RESERVED_RANGES = ["224.0.0.0/4", "255.255.255.255/32", "127.0.0.0/8", "169.254.0.0/16", "168.63.129.16/32"];

export const RESERVED_RANGE = defineRule({
  id: RuleId.RESERVED_RANGE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: `an address range that overlaps none of ${RESERVED_RANGES.join(", ")}`,
  source: "Learn: virtual-networks-faq, What address ranges can I use in my virtual networks?",
});
export const reservedRangeRule = valueRule<string>(RESERVED_RANGE, (v) => {
  const block = parseCidr(v);
  return !block || RESERVED_RANGES.every((r) => !blocksOverlap(block, parseCidr(r)!));
});

export const SUBNET_PREFIX_LENGTH = defineRule({
  id: RuleId.SUBNET_PREFIX_LENGTH,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an IPv4 subnet from /2 to /29",
  source: "Learn: virtual-networks-faq (the smallest supported IPv4 subnet is /29, the largest /2)",
});
export const subnetPrefixLengthRule = valueRule<string>(SUBNET_PREFIX_LENGTH, (v) => {
  const block = parseCidr(v);
  return !block || (block.prefix >= 2 && block.prefix <= 29);
});

export const ZONES = defineRule({
  id: RuleId.ZONES,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "availability zones among \"1\", \"2\", \"3\", each once",
  source: "Learn: application-gateway-autoscaling-zone-redundant; ARM zones; configuration-frontend-ip (the public IP takes the same zones)",
});
export const zonesRule = valueRule<string[]>(ZONES, (v) => v.every((z) => isUnknown(z) || ["1", "2", "3"].includes(z)) && new Set(v).size === v.length);

// Rewrites (Learn: rewrite-http-headers-url; limits; azurerm v4.55.0 rewrite_rule_set).
export const RESPONSE_HEADER_NAME = defineRule({
  id: RuleId.RESPONSE_HEADER_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a response header name (RFC 9110 token: letters, digits and !#$%&'*+.^_`|~-)",
  source: "Learn: rewrite-http-headers-url (response header names per RFC 7230); RFC 9110 section 5.1",
});
export const responseHeaderNameRule = valueRule<string>(RESPONSE_HEADER_NAME, (v) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(v));

export const REWRITE_RULE_NAME = defineRule({
  id: RuleId.REWRITE_RULE_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a non-empty rewrite rule name, unique in its set",
  source: "azurerm v4.55.0 rewrite_rule.name (not empty); ARM ApplicationGatewayRewriteRule.name (unique)",
});
/** [name, already used in the set] */
export const rewriteRuleNameRule = valueRule<[string, boolean]>(REWRITE_RULE_NAME, ([name, taken]) => name.trim() !== "" && !taken);

export const REWRITE_SEQUENCE = defineRule({
  id: RuleId.REWRITE_SEQUENCE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an integer from 1 to 1000",
  source: "azurerm v4.55.0 rewrite_rule.rule_sequence: IntBetween(1, 1000)",
});
export const rewriteSequenceRule = valueRule<number>(REWRITE_SEQUENCE, between(1, 1000));

/** Server variables a rewrite condition may read (Learn: rewrite-http-headers-url, Server variables). */
const SERVER_VARIABLES = [
  "add_x_forwarded_for_proxy", "ciphers_supported", "ciphers_used", "client_ip", "client_port", "client_tcp_rtt", "client_user",
  "host", "http_method", "http_status", "http_version", "query_string", "received_bytes", "request_query", "request_scheme",
  "request_uri", "sent_bytes", "server_port", "ssl_connection_protocol", "ssl_enabled", "uri_path",
  "client_certificate", "client_certificate_end_date", "client_certificate_fingerprint", "client_certificate_issuer",
  "client_certificate_serial", "client_certificate_start_date", "client_certificate_subject", "client_certificate_verification",
];

export const REWRITE_CONDITION = defineRule({
  id: RuleId.REWRITE_CONDITION,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "http_req_<header>, http_resp_<header>, var_cookie_<name> or var_<server variable> (Application Gateway's list)",
  source: "Learn: rewrite-http-headers-url (Rewrite conditions; Server variables)",
});
export const rewriteConditionVariableRule = valueRule<string>(
  REWRITE_CONDITION,
  (v) => /^http_(req|resp)_[0-9A-Za-z-]+$/.test(v) || /^var_cookie_\w+$/.test(v) || SERVER_VARIABLES.map((x) => `var_${x}`).includes(v),
);

export const URL_REWRITE = defineRule({
  id: RuleId.URL_REWRITE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a URL rewrite with a path, a query string or both",
  source: "azurerm v4.55.0 expandApplicationGatewayRewriteRuleSet: \"at least one of `path` or `query_string` must be set\"",
});
export const urlRewriteRule = valueRule<boolean>(URL_REWRITE, (hasTarget) => hasTarget);

export const REWRITE_SET_LIMITS = defineRule({
  id: RuleId.REWRITE_SET_LIMITS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "at most 40 header or URL configurations and 40 conditions per rewrite rule set as you write it (on a route that forwards the client certificate, the set merged with the library's certificate rule is checked again at synth: AGW-LIMIT)",
  source: "Learn: azure-subscription-service-limits, Application Gateway limits (per rewrite rule set)",
});
/** [header and URL configurations, conditions] */
export const rewriteSetLimitsRule = valueRule<[number, number]>(REWRITE_SET_LIMITS, ([actions, conditions]) => actions <= 40 && conditions <= 40);

// Routing (Learn: url-route-overview, redirect-overview; azurerm expand functions).
export const ROUTE_TARGET = defineRule({
  id: RuleId.ROUTE_TARGET,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "either a backend pool with backend settings (and your rewrites, if any), or a redirect without rewrites: exactly one of the two",
  source:
    "azurerm v4.55.0 request_routing_rule / url_path_map expanders (conflict between backend_address_pool_name and redirect_configuration_name); Azure errors for path maps without a default; Learn: rewrite-http-headers-url (rewrites aren't supported with redirects)",
});
/** [backend pool given, backend settings given, redirect given, rewrites given] */
export const routeTargetRule = valueRule<[boolean, boolean, boolean, boolean]>(ROUTE_TARGET, ([pool, settings, redirect, rewrites]) =>
  redirect ? !pool && !settings && !rewrites : pool && settings,
);

export const PATH_PATTERN = defineRule({
  id: RuleId.PATH_PATTERN,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "a path starting with '/', with '*' only as its last character and no '?' or '#'; unique within its path map",
  source: "Learn: url-route-overview (PathPattern); Azure error ApplicationGatewayPathsWithinUrlPathMapMustBeUnique",
});
/** [path, already used in the map] */
export const pathPatternRule = valueRule<[string, boolean]>(
  PATH_PATTERN,
  ([path, taken]) => !taken && path.startsWith("/") && !/[?#]/.test(path) && !path.slice(0, -1).includes("*"),
);

export const REDIRECT_URL = defineRule({
  id: RuleId.REDIRECT_URL,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an absolute http:// or https:// URL to an external site",
  source: "Learn: redirect-overview (redirection to an external site); RFC 3986",
});
export const redirectUrlRule = valueRule<string>(REDIRECT_URL, (v) => {
  try {
    const url = new URL(v);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
});

export const CUSTOM_ERROR = defineRule({
  id: RuleId.CUSTOM_ERROR,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a custom error page for 400, 403, 405, 408, 500, 502, 503 or 504 (404 is not supported), at an https:// URL ending in .htm or .html, each code once per gateway or listener",
  source: "Learn: custom-error (Supported response codes; the page must be .htm or .html, publicly accessible)",
});
const ERROR_CODES = ["HttpStatus400", "HttpStatus403", "HttpStatus405", "HttpStatus408", "HttpStatus500", "HttpStatus502", "HttpStatus503", "HttpStatus504"];
/** [status code, URL, code already used at this level] */
export const customErrorRule = valueRule<[string, string, boolean]>(CUSTOM_ERROR, ([code, url, taken]) => {
  if (taken || !ERROR_CODES.includes(code)) return false;
  if (isUnknown(url)) return true;
  try {
    const u = new URL(url);
    return u.protocol === "https:" && /\.html?$/i.test(u.pathname);
  } catch {
    return false;
  }
});

export const TRUSTED_ROOT = defineRule({
  id: RuleId.TRUSTED_ROOT,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "trusted root certificates only on Https backend settings",
  source: "Learn: end-to-end-ssl-portal; ARM ApplicationGatewayBackendHttpSettingsPropertiesFormat.trustedRootCertificates",
});
/** [protocol is Https, trusted roots given] */
export const trustedRootRule = valueRule<[boolean, boolean]>(TRUSTED_ROOT, ([https, roots]) => https || !roots);

export const DIAGNOSTICS_WORKSPACE = defineRule({
  id: RuleId.DIAGNOSTICS_WORKSPACE,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "publicIpDiagnostics only with a logAnalyticsWorkspaceId to send them to",
  source: "azurerm_monitor_diagnostic_setting: a destination is required",
});
/** [public IP diagnostics asked for, workspace given] */
export const diagnosticsWorkspaceRule = valueRule<[boolean, boolean]>(DIAGNOSTICS_WORKSPACE, ([asked, workspace]) => !asked || workspace);

export const MOVED_FROM = defineRule({
  id: RuleId.MOVED_FROM,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "movedFrom: AZURERM_WITH_PASSTHROUGH_PATCH with deployment: SINGLE_AZAPI_RESOURCE only (azapi can take over azurerm's state; azurerm cannot take over azapi's: use terraform state rm and import)",
  source: "azapi v2.12.0 MoveState (azurerm_application_gateway to azapi_resource); azurerm implements no MoveState for the gateway",
});
/** [deployment, moved from] */
export const movedFromRule = valueRule<[string, string | undefined]>(
  MOVED_FROM,
  ([to, from]) => from === undefined || (to === "single-azapi-resource" && from === "azurerm-with-passthrough-patch"),
);
