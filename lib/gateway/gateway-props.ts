// The gateway's props, and the checks of their values that hold whatever parts
// the gateway gets (thrown where the props are given).
import { Fn, TerraformProvider } from "cdktf";
import { isUnknown } from "../core/rule";
import { IConstruct } from "constructs";
import { ClientCertificateHeaders, DEFAULT_CERTIFICATE_HEADER } from "../options/client-certificate-headers";
import { CustomErrorPage } from "../options/custom-error-page";
import { GatewayDeployment, ListenerFrontend } from "../core/enums";
import { FrontendPublicIp } from "../options/frontend-public-ip";
import { PrivateLinkConfiguration } from "../options/private-link";
import { ipv6FrontendRule, privateLinkFrontendRule, privateLinkIpsRule, privateLinkSubnetRule, privateOnlyRule } from "../rules/values/frontends";
import { assertValid, derivedNote } from "../core/errors";
import { checkCustomErrorPages } from "../parts/listener-binding";
import { Adoption } from "../resources/adoption";
import { GatewayIdentity } from "../resources/identity";
import { GatewaySubnet } from "../resources/network";
import { checkPlacement } from "../resources/placement";
import { autoscaleMaxRule, autoscaleMinRule, autoscaleOrderRule, fixedCapacityRule, skuRule, wafSkuRule, zonesRule } from "../rules/values/capacity";
import { diagnosticsWorkspaceRule, movedFromRule } from "../rules/values/gateway-settings";
import { diagnosticNameRule, nameRule } from "../rules/values/names";
import { cidrRule, privateIpRule, reservedRangeRule, subnetPrefixLengthRule } from "../rules/values/network";
import { locationMatchRule } from "../rules/values/placement";
import { idNameNote, publicIpIdRule, subnetIdRule, wafPolicyIdRule, workspaceIdRule } from "../rules/values/resource-ids";
import { certHeaderUniqueRule, headerNameRule, rewriteHeaderRule } from "../rules/values/rewrites";
import { principalRule, roleDefinitionRule } from "../rules/values/roles";
import { GatewayCapacity } from "../options/capacity";
import { GatewaySku } from "../core/enums";
import { checkSslPolicy, SslPolicy } from "../options/ssl-policy";

/** Props of an mTLS-capable Application Gateway. */
export interface MtlsApplicationGatewayProps {
  /** Name of the Application Gateway resource. */
  readonly name: string;
  /** Resource group to deploy into. */
  readonly resourceGroupName: string;
  /** Azure region. */
  readonly location: string;
  /** The subnet the gateway runs in (see `GatewayNetwork`, or `GatewaySubnet.fromSubnetId`). */
  readonly subnet: GatewaySubnet;
  /**
   * SKU.
   * @default GatewaySku.STANDARD_V2
   */
  readonly sku?: GatewaySku;
  /**
   * Instance count or autoscale bounds.
   * @default GatewayCapacity.fixed(2)
   */
  readonly capacity?: GatewayCapacity;
  /**
   * TLS policy of every listener without an SSL profile that sets its own.
   * @default SslPolicy.recommended() (AppGwSslPolicy20220101)
   */
  readonly sslPolicy?: SslPolicy;
  /**
   * Name of the Standard static public IP of the frontend.
   * @default `<name>-pip`
   */
  readonly publicIpName?: string;
  /**
   * Name of the gateway IP configuration.
   * @default "appGatewayIpConfig"
   */
  readonly gatewayIpConfigurationName?: string;
  /**
   * Name of the public frontend IP configuration.
   * @default "appGatewayFrontendIP"
   */
  readonly frontendIpConfigurationName?: string;
  /**
   * A static private frontend IP in the gateway subnet, for listeners with
   * `frontend: ListenerFrontend.PRIVATE`.
   * @default none: public frontend only
   */
  readonly privateFrontendIpAddress?: string;
  /**
   * Name of the private frontend IP configuration.
   * @default "appGatewayPrivateFrontendIP"
   */
  readonly privateFrontendIpConfigurationName?: string;
  /**
   * The public IPv4 frontend: a Standard static public IP the gateway creates, one
   * you own (`FrontendPublicIp.fromId`), or none (`FrontendPublicIp.none()`: a
   * private-only gateway, which needs `privateFrontendIpAddress` and the
   * subscription feature `EnableApplicationGatewayNetworkIsolation`).
   * @default FrontendPublicIp.create(): a new one named `publicIpName`
   */
  readonly publicIp?: FrontendPublicIp;
  /**
   * An IPv6 public frontend, for a dual-stack gateway (the subnet needs an IPv6
   * prefix; Azure makes a gateway dual-stack only when it is created).
   * `FrontendPublicIp.create()` makes a Standard static IPv6 public IP named `ipv6PublicIpName`.
   * @default none: IPv4 only
   */
  readonly ipv6PublicIp?: FrontendPublicIp;
  /**
   * Name of the IPv6 public IP the gateway creates (with `ipv6PublicIp: FrontendPublicIp.create()`).
   * @default `<name>-pip-v6`
   */
  readonly ipv6PublicIpName?: string;
  /**
   * Name of the IPv6 public frontend IP configuration.
   * @default "appGatewayFrontendIPv6"
   */
  readonly ipv6FrontendIpConfigurationName?: string;
  /**
   * Private Link configurations: private endpoints in other virtual networks reach
   * the public IPv4 or the private frontend through them (one per frontend).
   * @default none
   */
  readonly privateLinkConfigurations?: PrivateLinkConfiguration[];
  /**
   * Headers that carry the client certificate to backends of listeners that
   * forward it; every other listener deletes them.
   * @default { certificate: "X-Client-Cert" }
   */
  readonly clientCertificateHeaders?: ClientCertificateHeaders;
  /**
   * User-assigned managed identity of the gateway (needed for Key Vault certificates).
   * @default none
   */
  readonly identity?: GatewayIdentity;
  /**
   * WAF policy of a WAF_v2 gateway (`WafPolicy.policyId`, or any policy id).
   * @default for WAF_v2, a new `WafPolicy` named `<name>-waf` in prevention mode; none for Standard_v2
   */
  readonly firewallPolicyId?: string;
  /**
   * Log Analytics workspace for the gateway's logs and metrics (diagnostic setting).
   * @default no diagnostic setting
   */
  readonly logAnalyticsWorkspaceId?: string;
  /**
   * Name of the diagnostic setting (with `logAnalyticsWorkspaceId`).
   * @default `<name>-diagnostics`
   */
  readonly diagnosticSettingName?: string;
  /**
   * Also send the public IP's logs and metrics (DDoS notifications and
   * mitigation reports among them) to `logAnalyticsWorkspaceId`.
   * @default false
   */
  readonly publicIpDiagnostics?: boolean;
  /**
   * Error pages the gateway serves instead of its own (listeners may override them).
   * @default Azure's own pages
   */
  readonly customErrorPages?: CustomErrorPage[];
  /**
   * HTTP/2 between clients and the gateway (backends always get HTTP/1.1).
   * @default false
   */
  readonly enableHttp2?: boolean;
  /**
   * FIPS 140 mode (Learn: fips). Needs a 2022 predefined or CustomV2 TLS policy.
   * @default Azure's default (off outside Azure Government)
   */
  readonly enableFips?: boolean;
  /**
   * Buffer requests before sending them to backends (turn off for chunked
   * uploads on Standard_v2; WAF_v2 always buffers).
   * @default true (Azure's default)
   */
  readonly requestBuffering?: boolean;
  /**
   * Buffer responses before sending them to clients.
   * @default true (Azure's default)
   */
  readonly responseBuffering?: boolean;
  /**
   * A `CanNotDelete` management lock on the gateway: updates still apply, but
   * nothing (`cdktf destroy`, a replacement) can delete it until the lock is removed.
   * @default no lock
   */
  readonly deletionLock?: boolean;
  /**
   * Availability zones of the gateway and its public IP.
   * @default none (regional)
   */
  readonly zones?: string[];
  /**
   * Tags of the gateway and the resources it creates.
   * @default none
   */
  readonly tags?: { [key: string]: string };
  /**
   * How the gateway is written to Azure: azurerm plus the passthrough patch (two
   * PUTs per change), or one azapi_resource (one PUT per change). See the README,
   * "Deployment modes".
   * @default GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH
   */
  readonly deployment?: GatewayDeployment;
  /**
   * Set, for one deploy, when an existing gateway of this stack moves from the
   * default deployment to `SINGLE_AZAPI_RESOURCE`: the library emits a `moved`
   * block (azurerm gateway → azapi_resource, same construct path) and a `removed`
   * block for the passthrough patch, so that Terraform takes the gateway over
   * instead of destroying and re-creating it. Needs Terraform 1.8+ and azapi
   * 2.12+. See the README, "Moving an existing gateway to the single resource".
   * @default none: a new gateway, or one already in this deployment mode
   */
  readonly movedFrom?: GatewayDeployment;
  /**
   * The gateway already exists in Azure under `name`: Terraform imports it on the first
   * plan, with the resources this construct would create beside it (public IP, a created
   * identity or WAF policy, diagnostic settings, the lock). Give them their existing names
   * (`publicIpName`, `GatewayIdentity.create(name)`, ...). Role assignments are not
   * imported (their names are GUIDs Azure chose). See the README, "Adopt an existing gateway".
   * @default none: every resource is created
   */
  readonly adopt?: Adoption;
  /**
   * The azurerm provider for every azurerm resource the gateway creates (an
   * aliased one, for another subscription, say).
   * @default the stack's default azurerm provider
   */
  readonly azurermProvider?: TerraformProvider;
  /**
   * The azapi provider for the azapi resources the gateway creates.
   * @default the stack's default azapi provider
   */
  readonly azapiProvider?: TerraformProvider;
}

/** A role on the gateway for a principal. */
export interface GatewayRoleAssignmentProps {
  /** Object id of the user, group or service principal. */
  readonly principalId: string;
  /**
   * Built-in or custom role name, e.g. "Reader" (or give `roleDefinitionId`).
   * @default none: roleDefinitionId
   */
  readonly roleDefinitionName?: string;
  /**
   * Role definition id (or give `roleDefinitionName`).
   * @default none: roleDefinitionName
   */
  readonly roleDefinitionId?: string;
  /**
   * `User`, `Group` or `ServicePrincipal`; giving it avoids a replication race for new principals.
   * @default Azure looks it up
   */
  readonly principalType?: string;
}

/**
 * The role definition id as Azure returns it on the assignment: under the subscription of the
 * scope, whatever form was given (tenant-level `/providers/...`, or another subscription's).
 * azurerm's Read stores that form and role_definition_id is ForceNew, so any other spelling
 * replaces the assignment on every plan (azurerm issues #1454, #4258, #8558, #19847).
 */
export function roleDefinitionIdUnder(scopeId: string, roleDefinitionId: string): string {
  // An id that is a Terraform expression is split by Terraform: its last segment is the GUID.
  const guid = isUnknown(roleDefinitionId) ? Fn.element(Fn.reverse(Fn.split("/", roleDefinitionId)), 0) : roleDefinitionId.split("/").pop();
  return `/subscriptions/${Fn.element(Fn.split("/", scopeId), 2)}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}

/** Throws for a role assignment azurerm or Azure would reject. */
export function checkRoleAssignment(path: string, props: GatewayRoleAssignmentProps): void {
  const role: [string | undefined, string | undefined] = [props.roleDefinitionName, props.roleDefinitionId];
  assertValid(path, "roleDefinitionName roleDefinitionId", role, roleDefinitionRule(role));
  const principal: [string, string | undefined] = [props.principalId, props.principalType];
  assertValid(path, "principalId principalType", principal, principalRule(principal));
}

/** The gateway's props with every default applied: the one place the defaults are set. */
export interface ResolvedGatewayProps {
  readonly props: MtlsApplicationGatewayProps;
  readonly sku: GatewaySku;
  readonly capacity: GatewayCapacity;
  readonly sslPolicy: SslPolicy;
  readonly deployment: GatewayDeployment;
  /** Whether azurerm reads the ids (the default deployment): it checks their spelling case-sensitively. */
  readonly viaAzurerm: boolean;
  readonly publicIpName: string;
  readonly gatewayIpConfigurationName: string;
  readonly frontendIpConfigurationName: string;
  readonly privateFrontendIpConfigurationName: string;
  readonly publicIp: FrontendPublicIp;
  /** Undefined: no IPv6 frontend (also for `FrontendPublicIp.none()`). */
  readonly ipv6PublicIp?: FrontendPublicIp;
  readonly ipv6PublicIpName: string;
  readonly ipv6FrontendIpConfigurationName: string;
  readonly privateLinkConfigurations: PrivateLinkConfiguration[];
  readonly clientCertificateHeaders: ClientCertificateHeaders;
  readonly customErrorPages: CustomErrorPage[];
  readonly enableHttp2: boolean;
  readonly diagnosticSettingName: string;
}

export function resolveGatewayProps(props: MtlsApplicationGatewayProps): ResolvedGatewayProps {
  const deployment = props.deployment ?? GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH;
  return {
    props,
    sku: props.sku ?? GatewaySku.STANDARD_V2,
    capacity: props.capacity ?? GatewayCapacity.fixed(2),
    sslPolicy: props.sslPolicy ?? SslPolicy.recommended(),
    deployment,
    viaAzurerm: deployment === GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH,
    publicIpName: props.publicIpName ?? `${props.name}-pip`,
    gatewayIpConfigurationName: props.gatewayIpConfigurationName ?? "appGatewayIpConfig",
    frontendIpConfigurationName: props.frontendIpConfigurationName ?? "appGatewayFrontendIP",
    privateFrontendIpConfigurationName: props.privateFrontendIpConfigurationName ?? "appGatewayPrivateFrontendIP",
    publicIp: props.publicIp ?? FrontendPublicIp.create(),
    ipv6PublicIp: props.ipv6PublicIp?.isNone ? undefined : props.ipv6PublicIp,
    ipv6PublicIpName: props.ipv6PublicIpName ?? `${props.name}-pip-v6`,
    ipv6FrontendIpConfigurationName: props.ipv6FrontendIpConfigurationName ?? "appGatewayFrontendIPv6",
    privateLinkConfigurations: props.privateLinkConfigurations ?? [],
    clientCertificateHeaders: props.clientCertificateHeaders ?? {},
    customErrorPages: props.customErrorPages ?? [],
    enableHttp2: props.enableHttp2 ?? false,
    diagnosticSettingName: props.diagnosticSettingName ?? `${props.name}-diagnostics`,
  };
}

/** Throws for a prop that can never be valid. */
export function checkGatewayProps(scope: IConstruct, resolved: ResolvedGatewayProps): void {
  const { props, sku, capacity, sslPolicy, publicIpName, viaAzurerm } = resolved;
  assertValid(scope, "name", props.name, nameRule(props.name));
  assertValid(scope, "sku", sku, skuRule(sku));
  assertValid(scope, "capacity.instances", capacity.instances, fixedCapacityRule(capacity.instances));
  assertValid(scope, "capacity.minCapacity", capacity.minCapacity, autoscaleMinRule(capacity.minCapacity));
  assertValid(scope, "capacity.maxCapacity", capacity.maxCapacity, autoscaleMaxRule(capacity.maxCapacity));
  if (capacity.minCapacity !== undefined) {
    const bounds: [number, number] = [capacity.minCapacity, capacity.maxCapacity!];
    assertValid(scope, "capacity", { minCapacity: bounds[0], maxCapacity: bounds[1] }, autoscaleOrderRule(bounds));
  }
  checkPlacement(scope, props);
  const vnetLocation = props.subnet.location;
  const vnetNote = `the subnet's virtual network is in ${JSON.stringify(vnetLocation)}`;
  assertValid(scope, "location", props.location, locationMatchRule([props.location, vnetLocation]), vnetNote);
  assertValid(scope, "zones", props.zones, zonesRule(props.zones));
  assertValid(scope, "publicIpName", publicIpName, nameRule(publicIpName), derivedNote(props.publicIpName, "name", "publicIpName"));
  for (const [prop, name] of [
    ["gatewayIpConfigurationName", props.gatewayIpConfigurationName],
    ["frontendIpConfigurationName", props.frontendIpConfigurationName],
    ["privateFrontendIpConfigurationName", props.privateFrontendIpConfigurationName],
  ] as const) {
    assertValid(scope, prop, name, nameRule(name));
  }
  const move: [string, string | undefined] = [resolved.deployment, props.movedFrom];
  assertValid(scope, "movedFrom", props.movedFrom, movedFromRule(move));
  const prefix = props.subnet.addressPrefix;
  assertValid(scope, "subnet.subnetId", props.subnet.subnetId, subnetIdRule([viaAzurerm, props.subnet.subnetId]), idNameNote("subnet", props.subnet.subnetId));
  assertValid(scope, "subnet.addressPrefix", prefix, cidrRule(prefix) ?? subnetPrefixLengthRule(prefix) ?? reservedRangeRule(prefix));
  assertValid(scope, "privateFrontendIpAddress", props.privateFrontendIpAddress, privateIpRule(props.privateFrontendIpAddress));
  if (props.firewallPolicyId !== undefined) {
    const broken = wafSkuRule(sku) ?? wafPolicyIdRule([viaAzurerm, props.firewallPolicyId]);
    assertValid(scope, "firewallPolicyId", props.firewallPolicyId, broken, broken === undefined ? undefined : idNameNote("wafPolicy", props.firewallPolicyId));
  }
  assertValid(scope, "logAnalyticsWorkspaceId", props.logAnalyticsWorkspaceId, workspaceIdRule(props.logAnalyticsWorkspaceId), idNameNote("workspace", props.logAnalyticsWorkspaceId));
  assertValid(scope, "diagnosticSettingName", props.diagnosticSettingName, diagnosticNameRule(props.diagnosticSettingName));
  const workspace: [boolean, boolean] = [props.publicIpDiagnostics === true, props.logAnalyticsWorkspaceId !== undefined];
  assertValid(scope, "publicIpDiagnostics", props.publicIpDiagnostics, diagnosticsWorkspaceRule(workspace));
  checkCustomErrorPages(scope, "customErrorPages", resolved.customErrorPages);
  const headerOwners = new Map<string, string>();
  // The certificate's header has a default: another field may not take it either.
  const headers = { certificate: DEFAULT_CERTIFICATE_HEADER, ...resolved.clientCertificateHeaders };
  for (const [key, header] of Object.entries(headers)) {
    if (header === undefined) continue;
    const given = key !== "certificate" || resolved.clientCertificateHeaders.certificate !== undefined;
    // Every certificate header is deleted (set to "") where no certificate is forwarded.
    if (given) assertValid(scope, `clientCertificateHeaders.${key}`, header, headerNameRule(header) ?? rewriteHeaderRule([header, true]));
    const owner = isUnknown(header) ? undefined : headerOwners.get(header.toLowerCase());
    assertValid(scope, `clientCertificateHeaders.${key}`, header, certHeaderUniqueRule([header, owner !== undefined]), owner && `clientCertificateHeaders.${owner} has it${owner === "certificate" && resolved.clientCertificateHeaders.certificate === undefined ? ` (its default)` : ""}`);
    if (!isUnknown(header)) headerOwners.set(header.toLowerCase(), key);
  }
  checkSslPolicy(scope, "sslPolicy", sslPolicy);
  checkFrontends(scope, resolved);
}

/** The frontends: a private-only gateway, owned and IPv6 public IPs, Private Link configurations. */
function checkFrontends(scope: IConstruct, resolved: ResolvedGatewayProps): void {
  const { props, publicIp, ipv6PublicIp, viaAzurerm } = resolved;
  const none = publicIp.isNone;
  assertValid(scope, "publicIp", "FrontendPublicIp.none()", privateOnlyRule([none, props.privateFrontendIpAddress !== undefined]));
  assertValid(scope, "publicIpDiagnostics", props.publicIpDiagnostics, privateOnlyRule([none, props.publicIpDiagnostics !== true]));
  for (const [prop, ip] of [["publicIp", publicIp], ["ipv6PublicIp", ipv6PublicIp]] as const) {
    const id = ip?.publicIpAddressId;
    if (id !== undefined) assertValid(scope, `${prop}.publicIpAddressId`, id, publicIpIdRule([viaAzurerm, id]), idNameNote("publicIp", id));
  }
  if (ipv6PublicIp !== undefined) {
    const subnet = props.subnet;
    const note = subnet.dualStack === false ? "the gateway's subnet has no IPv6 prefix" : none ? "the gateway has no IPv4 public frontend" : undefined;
    assertValid(scope, "ipv6PublicIp", ipv6PublicIp.created ? "FrontendPublicIp.create()" : ipv6PublicIp.publicIpAddressId, ipv6FrontendRule([!none, subnet.dualStack]), note);
    if (ipv6PublicIp.created) assertValid(scope, "ipv6PublicIpName", resolved.ipv6PublicIpName, nameRule(resolved.ipv6PublicIpName), derivedNote(props.ipv6PublicIpName, "name", "ipv6PublicIpName"));
  }
  assertValid(scope, "ipv6FrontendIpConfigurationName", props.ipv6FrontendIpConfigurationName, nameRule(props.ipv6FrontendIpConfigurationName));
  const has: { [frontend: string]: boolean } = {
    [ListenerFrontend.PUBLIC]: !none,
    [ListenerFrontend.PRIVATE]: props.privateFrontendIpAddress !== undefined,
    [ListenerFrontend.PUBLIC_IPV6]: ipv6PublicIp !== undefined,
  };
  const taken = new Set<string>();
  resolved.privateLinkConfigurations.forEach((c, i) => {
    const at = `privateLinkConfigurations[${i}]`;
    assertValid(scope, `${at}.name`, c.name, nameRule(c.name));
    assertValid(scope, `${at}.frontend`, c.frontend, privateLinkFrontendRule([c.frontend, has[c.frontend] === true, taken.has(c.frontend)]));
    taken.add(c.frontend);
    assertValid(scope, `${at}.subnetId`, c.subnetId, subnetIdRule([viaAzurerm, c.subnetId]), idNameNote("subnet", c.subnetId));
    const same = !isUnknown(c.subnetId) && c.subnetId.toLowerCase() === props.subnet.subnetId.toLowerCase();
    assertValid(scope, `${at}.subnetId`, c.subnetId, privateLinkSubnetRule(same), same ? "the gateway's own subnet" : undefined);
    assertValid(scope, `${at}.ipConfigurations`, c.ipConfigurations, privateLinkIpsRule(c.ipConfigurations));
  });
}
