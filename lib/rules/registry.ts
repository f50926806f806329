// Every rule of the library, in one explicit order: the README's rule table, the
// ids `acknowledge` accepts and the rules that run at synth all come from here.
// Value rules (rules/values/) are checked where a value is given; cross-part rules
// (rules/gateway/) run at synth on the gateway's view (rules/view.ts).
import { RuleInfo } from "../core/rule";
import * as vNames from "./values/names";
import * as vPlacement from "./values/placement";
import * as vCapacity from "./values/capacity";
import * as vNetwork from "./values/network";
import * as vListeners from "./values/listeners";
import * as vTls from "./values/tls";
import * as vCertificates from "./values/certificates";
import * as vBackends from "./values/backends";
import * as vProbes from "./values/probes";
import * as vRewrites from "./values/rewrites";
import * as vRouting from "./values/routing";
import * as vResourceIds from "./values/resource-ids";
import * as vRoles from "./values/roles";
import * as vGatewaySettings from "./values/gateway-settings";
import * as vWaf from "./values/waf";
import * as gStructure from "./gateway/structure";
import * as gListeners from "./gateway/listeners";
import * as gSubnet from "./gateway/subnet";
import * as gCertificates from "./gateway/certificates";
import * as gTls from "./gateway/tls";
import * as gBackends from "./gateway/backends";
import * as gMtls from "./gateway/mtls";
import * as gRewrites from "./gateway/rewrites";
import * as gWaf from "./gateway/waf";
import { Finding, GatewayRule, GatewayView } from "./view";

/** Every rule, in the order the README lists them: value rules by topic, then cross-part rules by topic. */
export const RULES: RuleInfo[] = [
  // values/names.ts
  vNames.NAME,
  vNames.PART_ID,
  vNames.VNET_NAME,
  vNames.SUBNET_NAME,
  vNames.IDENTITY_NAME,
  vNames.WAF_POLICY_NAME,
  vNames.DIAGNOSTIC_NAME,
  vNames.RESOURCE_NAME_UNIQUE,
  // values/placement.ts
  vPlacement.RESOURCE_GROUP_NAME,
  vPlacement.LOCATION,
  vPlacement.LOCATION_MATCH,
  vPlacement.TAGS,
  // values/capacity.ts
  vCapacity.FIXED_CAPACITY,
  vCapacity.AUTOSCALE_MIN,
  vCapacity.AUTOSCALE_MAX,
  vCapacity.AUTOSCALE_ORDER,
  vCapacity.WAF_SKU,
  vCapacity.SKU,
  vCapacity.ZONES,
  // values/network.ts
  vNetwork.CIDR,
  vNetwork.SUBNET_IN_VNET,
  vNetwork.SUBNET_OVERLAP,
  vNetwork.PRIVATE_IP,
  vNetwork.RESERVED_RANGE,
  vNetwork.SUBNET_PREFIX_LENGTH,
  // values/listeners.ts
  vListeners.FRONTEND_PORT,
  vListeners.PRIORITY,
  vListeners.HOST_NAME_COUNT,
  vListeners.HOST_NAME,
  vListeners.FORWARD_WITHOUT_MTLS,
  vListeners.CUSTOM_ERROR,
  // values/tls.ts
  vTls.TLS_POLICY_NAME,
  vTls.TLS_MIN_VERSION,
  vTls.TLS_CIPHER,
  vTls.TLS_PROTOCOL,
  vTls.TLS_PREDEFINED_ONLY_NAME,
  vTls.TLS_DISABLED_PROTOCOLS,
  vTls.TLS_POLICY_TYPE,
  // values/certificates.ts
  vCertificates.KEY_VAULT_SECRET_ID,
  vCertificates.STRICT_CA_COUNT,
  vCertificates.CERT_DATA,
  // values/backends.ts
  vBackends.BACKEND_PORT,
  vBackends.REQUEST_TIMEOUT,
  vBackends.FQDN,
  vBackends.IP_ADDRESS,
  vBackends.HOST_NAME_PICK,
  vBackends.TRUSTED_ROOT,
  // values/probes.ts
  vProbes.PROBE_INTERVAL,
  vProbes.PROBE_THRESHOLD,
  vProbes.PROBE_STATUS,
  vProbes.PROBE_PATH,
  // values/rewrites.ts
  vRewrites.HEADER_NAME,
  vRewrites.REWRITE_HEADER,
  vRewrites.RESPONSE_HEADER_NAME,
  vRewrites.REWRITE_RULE_NAME,
  vRewrites.REWRITE_SEQUENCE,
  vRewrites.REWRITE_CONDITION,
  vRewrites.URL_REWRITE,
  vRewrites.REWRITE_SET_LIMITS,
  // values/routing.ts
  vRouting.ROUTE_TARGET,
  vRouting.PATH_PATTERN,
  vRouting.REDIRECT_URL,
  // values/resource-ids.ts
  vResourceIds.SUBNET_ID,
  vResourceIds.IDENTITY_ID,
  vResourceIds.WAF_POLICY_ID,
  vResourceIds.WORKSPACE_ID,
  vResourceIds.KEY_VAULT_ID,
  vResourceIds.KEY_VAULT_MATCH,
  // values/roles.ts
  vRoles.ROLE_DEFINITION,
  vRoles.PRINCIPAL,
  // values/gateway-settings.ts
  vGatewaySettings.DIAGNOSTICS_WORKSPACE,
  vGatewaySettings.MOVED_FROM,
  // values/waf.ts
  vWaf.WAF_RULE_SET,
  vWaf.WAF_CUSTOM_NAME,
  vWaf.WAF_CUSTOM_PRIORITY,
  vWaf.WAF_RATE_LIMIT,
  vWaf.WAF_MATCH_CONDITION,
  vWaf.WAF_MATCH_VALUES,
  vWaf.WAF_IP_MATCH,
  vWaf.WAF_EXCLUSION_SELECTOR,
  vWaf.WAF_EXCLUSIONS,
  vWaf.WAF_SCOPE,
  vWaf.WAF_RULE_GROUP,
  vWaf.WAF_RULE_ID,
  vWaf.WAF_OVERRIDE_ACTION,
  vWaf.WAF_OVERRIDE_UNIQUE,
  vWaf.WAF_FILE_UPLOAD,
  vWaf.WAF_BODY_SIZE,
  vWaf.WAF_JS_COOKIE,
  // gateway/structure.ts
  gStructure.REQUIRED_PARTS,
  gStructure.REFERENCE,
  gStructure.NAME_UNIQUE,
  gStructure.SHARED_NAME_CONFLICT,
  gStructure.LIMITS,
  gStructure.DERIVED_NAMES,
  gStructure.AZAPI_PROVIDER,
  gStructure.ESCAPE_HATCH,
  // gateway/listeners.ts
  gListeners.PRIORITY_UNIQUE,
  gListeners.PORT_PROTOCOL,
  gListeners.LISTENER_UNIQUE,
  gListeners.LISTENER_ONE_RULE,
  gListeners.LISTENER_SHADOWED,
  gListeners.PRIVATE_FRONTEND,
  // gateway/subnet.ts
  gSubnet.SUBNET_DELEGATED,
  gSubnet.SUBNET_CAPACITY,
  gSubnet.SUBNET_RECOMMENDED,
  gSubnet.PRIVATE_IP_IN_SUBNET,
  // gateway/certificates.ts
  gCertificates.SECRET_LITERAL,
  gCertificates.KEY_VAULT_IDENTITY,
  // gateway/tls.ts
  gTls.TLS_FAMILY,
  gTls.FIPS_TLS,
  // gateway/backends.ts
  gBackends.PROBE_HOST,
  // gateway/mtls.ts
  gMtls.PASSTHROUGH_NO_HEADER,
  gMtls.CERT_HEADER_IN_CLEAR,
  gMtls.CERT_HEADER_OWNED,
  gMtls.ARR_HEADER,
  // gateway/rewrites.ts
  gRewrites.REROUTE,
  // gateway/waf.ts
  gWaf.PART_WAF_POLICY,
  gWaf.WAF_BUFFERING,
];

/** Every cross-part rule, in the order they run. */
export const GATEWAY_RULES: GatewayRule[] = [
  gStructure.requiredPartsPresent,
  gStructure.referencesResolve,
  gListeners.prioritiesUnique,
  gStructure.namesUniquePerKind,
  gStructure.sharedNamesConsistent,
  gListeners.portsKeepOneProtocol,
  gListeners.listenersDistinct,
  gListeners.oneRulePerListener,
  gListeners.listenersNotShadowed,
  gCertificates.secretsAreNotLiterals,
  gCertificates.keyVaultNeedsIdentity,
  gTls.tlsPoliciesOneFamily,
  gSubnet.subnetDelegated,
  gSubnet.subnetHoldsInstances,
  gSubnet.subnetRecommendedSize,
  gSubnet.privateIpInSubnet,
  gListeners.privateListenersHaveFrontend,
  gBackends.probesHaveHost,
  gStructure.withinLimits,
  gMtls.passthroughForwards,
  gMtls.forwardedCertOverTls,
  gMtls.notArrHeader,
  gStructure.escapeHatchUntouched,
  gMtls.certificateHeadersOwned,
  gRewrites.reroutesOnPathMaps,
  gWaf.partWafPolicies,
  gTls.fipsTlsPolicies,
  gWaf.wafKeepsRequestBuffering,
  gStructure.derivedNamesValid,
];

export function checkGateway(gw: GatewayView): Finding[] {
  return GATEWAY_RULES.flatMap((rule) => rule(gw));
}
