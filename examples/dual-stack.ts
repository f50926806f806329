// A dual-stack gateway: the IPv4 frontend on a public IP the team already owns (a
// reserved address in a shared resource group, kept when the gateway is replaced)
// and an IPv6 public frontend the gateway creates, in a dual-stack VNet. Azure makes
// a gateway dual-stack only when it creates it (Learn: ipv6-application-gateway-portal).
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
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

/** The reserved IPv4 address, owned outside this stack. */
export const RESERVED_PUBLIC_IP_ID =
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shared-ips/providers/Microsoft.Network/publicIPAddresses/api-edge-ipv4";

export class DualStackStack extends TerraformStack {
  public readonly gateway: MtlsApplicationGateway;

  constructor(scope: Construct, id: string, deployment?: GatewayDeployment) {
    super(scope, id);
    new AzurermProvider(this, "azurerm", { features: [{}] });
    new AzapiProvider(this, "azapi", {});
    const sensitive = (name: string) => new TerraformVariable(this, name, { type: "string", sensitive: true }).stringValue;

    const placement = { resourceGroupName: "rg-dual-stack", location: "eastus2" };
    const network = new GatewayNetwork(this, "Network", {
      ...placement,
      name: "dual-stack-vnet",
      addressSpace: ["10.40.0.0/16", "fd00:db8:40::/48"],
      gatewaySubnetPrefix: "10.40.0.0/24",
      gatewaySubnetIpv6Prefix: "fd00:db8:40::/64",
      backendSubnetPrefix: "10.40.2.0/24",
    });
    const gateway = new MtlsApplicationGateway(this, "Gateway", {
      ...placement,
      name: "dual-stack-agw",
      subnet: network.gatewaySubnet,
      deployment,
      publicIp: FrontendPublicIp.fromId(RESERVED_PUBLIC_IP_ID),
      ipv6PublicIp: FrontendPublicIp.create(),
    });
    const certificate = ListenerCertificate.fromPfx("api-contoso", { data: sensitive("pfx_base64"), password: sensitive("pfx_password") });
    const sslProfile = gateway.addSslProfile("api-passthrough", { clientAuthentication: ClientAuthentication.passthrough() });
    const backendPool = gateway.addBackendPool("api", { fqdns: ["api-backend.azurewebsites.net"] });
    const backendSettings = gateway.addBackendSettings("api", { healthProbe: { path: "/healthz" } });
    // The same host on both address families: one listener per frontend, each with its rule.
    const frontends: [string, ListenerFrontend, number][] = [
      ["api-v4", ListenerFrontend.PUBLIC, 100],
      ["api-v6", ListenerFrontend.PUBLIC_IPV6, 110],
    ];
    for (const [name, frontend, priority] of frontends) {
      const listener = gateway.addHttpsListener(name, { frontend, hostNames: ["api.contoso.com"], certificate, sslProfile });
      gateway.addRoutingRule(name, { priority, listener, backendPool, backendSettings });
    }
    this.gateway = gateway;
  }
}

if (require.main === module) {
  const app = new App();
  new DualStackStack(app, "dual-stack");
  app.synth();
}
