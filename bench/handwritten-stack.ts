// Side (b): exactly the resources the library writes for a gateway (the seed's,
// or the big one), declared directly with the provider classes.
import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { UpdateResource } from "../.gen/providers/azapi/update-resource";
import { AZURERM_FEATURES } from "../lib/render/azurerm/provider-features";
import { AddGateway, BIG_PARTS, GatewayParts, namesOf, profilesOf, SEED, SEED_PARTS, suffix } from "./shape";

const DELEGATION = "Microsoft.Network/applicationGateways";

const FORWARD = { ...SEED.forwardClientCert, value: "{var_client_certificate}" };
const STRIP = { ruleSet: "mtls-strip-client-cert", rule: "strip-client-cert", value: "" };

/** The distinct items of a list, by name, in order. */
const uniqueBy = <T extends { name: string }>(items: T[]): T[] => [...new Map(items.map((item) => [item.name, item])).values()];

/** A hand-written gateway with these parts: what the library writes for them. */
export function handwrittenGateway(parts: GatewayParts): AddGateway {
  return (stack, i, inputs) => {
    const names = namesOf(i);
    const profiles = profilesOf(parts);
    const { resourceGroupName, location } = inputs;
    const id = (name: string) => `${name}${suffix(i)}`;
    const vnet = new VirtualNetwork(stack, id("vnet"), {
      name: names.vnet,
      resourceGroupName,
      location,
      addressSpace: [SEED.addressPrefix],
    });
    const gatewaySubnet = new Subnet(stack, id("gateway-subnet"), {
      name: SEED.gatewaySubnet.name,
      resourceGroupName,
      virtualNetworkName: vnet.name,
      addressPrefixes: [SEED.gatewaySubnet.prefix],
      delegation: [
        {
          name: DELEGATION,
          serviceDelegation: { name: DELEGATION, actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"] },
        },
      ],
    });
    new Subnet(stack, id("backend-subnet"), {
      name: SEED.backendSubnet.name,
      resourceGroupName,
      virtualNetworkName: vnet.name,
      addressPrefixes: [SEED.backendSubnet.prefix],
    });
    const publicIp = new PublicIp(stack, id("pip"), {
      name: names.publicIp,
      resourceGroupName,
      location,
      allocationMethod: "Static",
      sku: "Standard",
    });
    const gateway = new ApplicationGateway(stack, id("agw"), {
      name: names.gateway,
      resourceGroupName,
      location,
      sku: { name: SEED.sku, tier: SEED.sku, capacity: SEED.capacity },
      gatewayIpConfiguration: [{ name: SEED.gatewayIpConfiguration, subnetId: gatewaySubnet.id }],
      frontendIpConfiguration: [{ name: SEED.frontendIpConfiguration, publicIpAddressId: publicIp.id }],
      sslPolicy: { policyType: "Predefined", policyName: SEED.sslPolicy },
      frontendPort: uniqueBy(parts.routes.map((route) => route.port)),
      sslCertificate: [{ name: parts.certificate, data: inputs.certData, password: inputs.certPassword }],
      // The installed binding's issuer-DN argument (renamed in azurerm 4.73, the cdktn flavour's).
      sslProfile: profiles.map((name) => ({ name, [AZURERM_FEATURES.issuerDnArgument]: false })),
      httpListener: parts.routes.map((route) => ({
        name: route.listener,
        frontendIpConfigurationName: SEED.frontendIpConfiguration,
        frontendPortName: route.port.name,
        hostNames: route.hostNames,
        protocol: "Https",
        sslCertificateName: parts.certificate,
        sslProfileName: route.profile,
      })),
      backendAddressPool: parts.routes.map(({ pool }) => ({ name: pool.name, fqdns: [pool.fqdn] })),
      backendHttpSettings: parts.routes.map(({ settings }) => ({
        ...settings,
        cookieBasedAffinity: "Disabled",
        pickHostNameFromBackendAddress: true,
      })),
      requestRoutingRule: parts.routes.map((route) => ({
        name: route.rule.name,
        priority: route.rule.priority,
        ruleType: "Basic",
        httpListenerName: route.listener,
        backendAddressPoolName: route.pool.name,
        backendHttpSettingsName: route.settings.name,
        rewriteRuleSetName: route.profile ? FORWARD.ruleSet : STRIP.ruleSet,
      })),
      // The library forwards the client certificate to the backend on passthrough
      // routes, and blanks the header on the others so that no client can forge it.
      rewriteRuleSet: [FORWARD, STRIP]
        .filter((set) => parts.routes.some((route) => !!route.profile === (set === FORWARD)))
        .map((set) => ({
          name: set.ruleSet,
          rewriteRule: [
            {
              name: set.rule,
              ruleSequence: 100,
              requestHeaderConfiguration: [{ headerName: SEED.forwardClientCert.header, headerValue: set.value }],
            },
          ],
        })),
    });
    new UpdateResource(stack, id("passthrough"), {
      type: SEED.patchType,
      resourceId: gateway.id,
      body: {
        properties: {
          sslProfiles: profiles.map((name) => ({
            name,
            properties: {
              clientAuthConfiguration: {
                verifyClientAuthMode: "Passthrough",
                verifyClientCertIssuerDN: false,
                verifyClientRevocation: "None",
              },
            },
          })),
        },
      },
      ignoreMissingProperty: false,
      ignoreOtherItemsInList: ["properties.sslProfiles"],
      dependsOn: [gateway],
      // The bare address: Terraform rejects the "${...}" form cdktf writes for a resource.
      lifecycle: { replaceTriggeredBy: [`${gateway.terraformResourceType}.${gateway.friendlyUniqueId}`] },
    });
    return { publicIpAddress: publicIp.ipAddress, gatewayId: gateway.id };
  };
}

/** Side (b) of the seed's gateway. */
export const addHandwrittenGateway = handwrittenGateway(SEED_PARTS);

/** Side (b) of the big gateway. */
export const addHandwrittenBigGateway = handwrittenGateway(BIG_PARTS);
