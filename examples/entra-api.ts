// Two ways in to one API: partners present a client certificate (mTLS passthrough, their
// backend validates it, as in the seed), and the company's own apps present a Microsoft Entra ID
// access token, which the gateway validates before a request reaches the API. The apps' traffic
// is split between the current release (blue) and a canary (green) by a weighted load
// distribution policy. Entra ID JWT validation and load distribution policies are in ARM
// 2025-03-01 but in no azurerm release (4.55, nor the cdktn flavour's 4.73), so this gateway is
// written as one azapi_resource (GatewayDeployment.SINGLE_AZAPI_RESOURCE); the default deployment
// refuses it (AGW-DEPLOYMENT-MODE).
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import {
  AzapiProvider,
  ClientAuthentication,
  GatewayDeployment,
  GatewayNetwork,
  JwtValidation,
  ListenerCertificate,
  LoadDistributionAlgorithm,
  MtlsApplicationGateway,
} from "../lib";

export class EntraApiStack extends TerraformStack {
  public readonly gateway: MtlsApplicationGateway;

  constructor(scope: Construct, id: string, deployment: GatewayDeployment = GatewayDeployment.SINGLE_AZAPI_RESOURCE) {
    super(scope, id);
    new AzurermProvider(this, "azurerm", { features: [{}] });
    new AzapiProvider(this, "azapi", {});
    const sensitive = (name: string) => new TerraformVariable(this, name, { type: "string", sensitive: true }).stringValue;

    const placement = { resourceGroupName: "rg-entra-api", location: "northeurope" };
    const network = new GatewayNetwork(this, "Network", { ...placement, name: "entra-api-vnet" });
    const gateway = new MtlsApplicationGateway(this, "Gateway", { ...placement, name: "entra-api-agw", subnet: network.gatewaySubnet, deployment });
    const certificate = ListenerCertificate.fromPfx("contoso-api", { data: sensitive("pfx_base64"), password: sensitive("pfx_password") });
    const settings = gateway.addBackendSettings("api", { healthProbe: { path: "/healthz" } });
    const blue = gateway.addBackendPool("api-blue", { fqdns: ["api-blue.azurewebsites.net"] });
    const green = gateway.addBackendPool("api-green", { fqdns: ["api-green.azurewebsites.net"] });

    // Partners: their client certificate is requested, never rejected, and forwarded to the API.
    const partners = gateway.addHttpsListener("partners", {
      hostNames: ["partners.api.contoso.com"],
      certificate,
      sslProfile: gateway.addSslProfile("partners-passthrough", { clientAuthentication: ClientAuthentication.passthrough() }),
    });
    gateway.addRoutingRule("partners", { priority: 100, listener: partners, backendPool: blue, backendSettings: settings });

    // The company's apps: a bearer token of the API's app registration, checked at the gateway;
    // nine in ten requests to the current release, one in ten to the canary.
    const apps = gateway.addHttpsListener("apps", { hostNames: ["apps.api.contoso.com"], certificate });
    gateway.addRoutingRule("apps", {
      priority: 200,
      listener: apps,
      backendPool: blue,
      backendSettings: settings,
      jwtValidation: JwtValidation.entraId({
        name: "contoso-api-tokens",
        tenantId: "00000000-0000-0000-0000-0000000000aa",
        clientId: "00000000-0000-0000-0000-0000000000bb",
        audiences: ["api://contoso-api"],
      }),
      loadDistributionPolicy: gateway.addLoadDistributionPolicy("canary", {
        algorithm: LoadDistributionAlgorithm.ROUND_ROBIN,
        targets: [
          { backendPool: blue, weightPerServer: 9 },
          { backendPool: green, weightPerServer: 1 },
        ],
      }),
    });
    this.gateway = gateway;
  }
}

if (require.main === module) {
  const app = new App();
  new EntraApiStack(app, "entra-api");
  app.synth();
}
