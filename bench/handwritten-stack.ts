// Side (b): exactly the resources the library writes for the seed's gateway,
// declared directly with the provider classes.
import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { UpdateResource } from "../.gen/providers/azapi/update-resource";
import { AddGateway, namesOf, SEED, suffix } from "./shape";

const DELEGATION = "Microsoft.Network/applicationGateways";

export const addHandwrittenGateway: AddGateway = (stack, i, inputs) => {
  const names = namesOf(i);
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
    frontendPort: [SEED.frontendPort],
    sslCertificate: [{ name: SEED.certificate, data: inputs.certData, password: inputs.certPassword }],
    sslProfile: [{ name: SEED.sslProfile, verifyClientCertIssuerDn: false }],
    httpListener: [
      {
        name: SEED.listener,
        frontendIpConfigurationName: SEED.frontendIpConfiguration,
        frontendPortName: SEED.frontendPort.name,
        protocol: "Https",
        sslCertificateName: SEED.certificate,
        sslProfileName: SEED.sslProfile,
      },
    ],
    backendAddressPool: [{ name: SEED.backendPool.name, fqdns: [SEED.backendPool.fqdn] }],
    backendHttpSettings: [
      {
        name: SEED.backendSettings.name,
        protocol: SEED.backendSettings.protocol,
        port: SEED.backendSettings.port,
        cookieBasedAffinity: "Disabled",
        pickHostNameFromBackendAddress: true,
      },
    ],
    requestRoutingRule: [
      {
        name: SEED.rule.name,
        priority: SEED.rule.priority,
        ruleType: "Basic",
        httpListenerName: SEED.listener,
        backendAddressPoolName: SEED.backendPool.name,
        backendHttpSettingsName: SEED.backendSettings.name,
        rewriteRuleSetName: SEED.forwardClientCert.ruleSet,
      },
    ],
    // The library forwards the client certificate to the backend on passthrough routes.
    rewriteRuleSet: [
      {
        name: SEED.forwardClientCert.ruleSet,
        rewriteRule: [
          {
            name: SEED.forwardClientCert.rule,
            ruleSequence: 100,
            requestHeaderConfiguration: [{ headerName: SEED.forwardClientCert.header, headerValue: "{var_client_certificate}" }],
          },
        ],
      },
    ],
  });
  new UpdateResource(stack, id("passthrough"), {
    type: SEED.patchType,
    resourceId: gateway.id,
    body: {
      properties: {
        sslProfiles: [
          {
            name: SEED.sslProfile,
            properties: {
              clientAuthConfiguration: {
                verifyClientAuthMode: "Passthrough",
                verifyClientCertIssuerDN: false,
                verifyClientRevocation: "None",
              },
            },
          },
        ],
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
