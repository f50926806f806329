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
import * as vProps from "./values/props";
import * as vJwt from "./values/jwt";
import * as vLayer4 from "./values/layer4";
import * as vLoadDistribution from "./values/load-distribution";
import * as vFrontends from "./values/frontends";
import * as gStructure from "./gateway/structure";
import * as gListeners from "./gateway/listeners";
import * as gSubnet from "./gateway/subnet";
import * as gCertificates from "./gateway/certificates";
import * as gTls from "./gateway/tls";
import * as gBackends from "./gateway/backends";
import * as gMtls from "./gateway/mtls";
import * as gRewrites from "./gateway/rewrites";
import * as gWaf from "./gateway/waf";
import * as gDeployment from "./gateway/deployment";
import * as gLayer4 from "./gateway/layer4";
import { Finding, GatewayRule, GatewayView } from "./view";

/** Every rule, in the order the README lists them: value rules by topic, then cross-part rules by topic. */
export const RULES: RuleInfo[] = [
  ...vNames.NAMES_VALUE_RULES,
  ...vPlacement.PLACEMENT_VALUE_RULES,
  ...vCapacity.CAPACITY_VALUE_RULES,
  ...vNetwork.NETWORK_VALUE_RULES,
  ...vListeners.LISTENERS_VALUE_RULES,
  ...vTls.TLS_VALUE_RULES,
  ...vCertificates.CERTIFICATES_VALUE_RULES,
  ...vBackends.BACKENDS_VALUE_RULES,
  ...vProbes.PROBES_VALUE_RULES,
  ...vRewrites.REWRITES_VALUE_RULES,
  ...vRouting.ROUTING_VALUE_RULES,
  ...vResourceIds.RESOURCE_IDS_VALUE_RULES,
  ...vRoles.ROLES_VALUE_RULES,
  ...vGatewaySettings.GATEWAY_SETTINGS_VALUE_RULES,
  ...vWaf.WAF_VALUE_RULES,
  ...vProps.PROPS_VALUE_RULES,
  ...vJwt.JWT_VALUE_RULES,
  ...vLayer4.LAYER4_VALUE_RULES,
  ...vLoadDistribution.LOAD_DISTRIBUTION_VALUE_RULES,
  ...vFrontends.FRONTENDS_VALUE_RULES,
  ...gStructure.CROSS_PART_STRUCTURE_RULES,
  ...gListeners.CROSS_PART_LISTENERS_RULES,
  ...gSubnet.CROSS_PART_SUBNET_RULES,
  ...gCertificates.CROSS_PART_CERTIFICATES_RULES,
  ...gTls.CROSS_PART_TLS_RULES,
  ...gBackends.CROSS_PART_BACKENDS_RULES,
  ...gMtls.CROSS_PART_MTLS_RULES,
  ...gRewrites.CROSS_PART_REWRITES_RULES,
  ...gWaf.CROSS_PART_WAF_RULES,
  ...gDeployment.CROSS_PART_DEPLOYMENT_RULES,
  ...gLayer4.CROSS_PART_LAYER4_RULES,
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
  gListeners.listenersOnExistingFrontends,
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
  gDeployment.modeCanWriteEverything,
  gLayer4.layer4PortsOwned,
  gLayer4.layer4NoPassthrough,
];

export function checkGateway(gw: GatewayView): Finding[] {
  return GATEWAY_RULES.flatMap((rule) => rule(gw));
}
