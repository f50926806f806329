// A private-only gateway (network isolation): no public IP at all, every listener on
// the private frontend, and a Private Link configuration through which private
// endpoints in other virtual networks (a partner's, say) reach that frontend. The
// subscription needs the feature Microsoft.Network/EnableApplicationGatewayNetworkIsolation
// registered (Learn: application-gateway-private-deployment).
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import {
  AzapiProvider,
  ClientAuthentication,
  FrontendPublicIp,
  GatewayDeployment,
  GatewayNetwork,
  ListenerCertificate,
  ListenerFrontend,
  MtlsApplicationGateway,
} from "../lib";

export class PrivateGatewayStack extends TerraformStack {
  public readonly gateway: MtlsApplicationGateway;

  constructor(scope: Construct, id: string, deployment?: GatewayDeployment) {
    super(scope, id);
    new AzurermProvider(this, "azurerm", { features: [{}] });
    new AzapiProvider(this, "azapi", {});
    const sensitive = (name: string) => new TerraformVariable(this, name, { type: "string", sensitive: true }).stringValue;

    const placement = { resourceGroupName: "rg-internal", location: "westeurope" };
    const network = new GatewayNetwork(this, "Network", {
      ...placement,
      name: "internal-vnet",
      addressSpace: ["10.30.0.0/16"],
      gatewaySubnetPrefix: "10.30.0.0/24",
      backendSubnetPrefix: "10.30.2.0/24",
    });
    // Private Link takes its addresses from a subnet of its own, with the private
    // link service network policies off (Learn: private-link-configure).
    const privateLinkSubnet = new Subnet(this, "PrivateLinkSubnet", {
      name: "privatelink",
      resourceGroupName: placement.resourceGroupName,
      virtualNetworkName: network.virtualNetwork.name,
      addressPrefixes: ["10.30.4.0/28"],
      privateLinkServiceNetworkPoliciesEnabled: false,
    });

    const gateway = new MtlsApplicationGateway(this, "Gateway", {
      ...placement,
      name: "internal-agw",
      subnet: network.gatewaySubnet,
      deployment,
      publicIp: FrontendPublicIp.none(),
      privateFrontendIpAddress: "10.30.0.10",
      privateLinkConfigurations: [{ name: "partners-link", frontend: ListenerFrontend.PRIVATE, subnetId: privateLinkSubnet.id, ipConfigurations: 2 }],
    });
    const certificate = ListenerCertificate.fromPfx("internal-api", { data: sensitive("pfx_base64"), password: sensitive("pfx_password") });
    const sslProfile = gateway.addSslProfile("api-passthrough", { clientAuthentication: ClientAuthentication.passthrough() });
    const listener = gateway.addHttpsListener("api", {
      frontend: ListenerFrontend.PRIVATE,
      hostNames: ["api.internal.contoso.com"],
      certificate,
      sslProfile,
    });
    const backendPool = gateway.addBackendPool("api", { ipAddresses: ["10.30.2.4", "10.30.2.5"] });
    const backendSettings = gateway.addBackendSettings("api", { healthProbe: { path: "/healthz", host: "api.internal.contoso.com" } });
    gateway.addRoutingRule("api", { priority: 100, listener, backendPool, backendSettings });
    this.gateway = gateway;
  }
}

if (require.main === module) {
  const app = new App();
  new PrivateGatewayStack(app, "private-gateway");
  app.synth();
}
