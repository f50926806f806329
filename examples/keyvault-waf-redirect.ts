// A production edge: WAF_v2 in prevention mode, autoscale across three zones,
// the server certificate read from Key Vault by a managed identity the
// construct creates, HTTP redirected to HTTPS, a passthrough mTLS listener,
// and logs to Log Analytics.
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import {
  AzapiProvider,
  ClientAuthentication,
  GatewayCapacity,
  GatewayIdentity,
  GatewayDeployment,
  GatewayNetwork,
  GatewaySku,
  ListenerCertificate,
  MtlsApplicationGateway,
} from "../lib";

export class KeyVaultWafStack extends TerraformStack {
  public readonly gateway: MtlsApplicationGateway;

  constructor(scope: Construct, id: string, deployment?: GatewayDeployment) {
    super(scope, id);
    new AzurermProvider(this, "azurerm", { features: [{}] });
    new AzapiProvider(this, "azapi", {});
    const input = (name: string, description: string) =>
      new TerraformVariable(this, name, { type: "string", description }).stringValue;
    const keyVaultId = input("key_vault_id", "Resource id of the Key Vault (Azure RBAC) that holds the certificate");
    const secretId = input("certificate_secret_id", "Versionless secret id of the listener certificate");
    const workspaceId = input("log_analytics_workspace_id", "Log Analytics workspace for gateway logs");

    const placement = { resourceGroupName: "rg-prod-edge", location: "northeurope" };
    const network = new GatewayNetwork(this, "Network", {
      ...placement,
      name: "prod-edge-vnet",
      addressSpace: ["10.20.0.0/16"],
      gatewaySubnetPrefix: "10.20.0.0/24",
      backendSubnetPrefix: "10.20.2.0/24",
    });
    const gateway = new MtlsApplicationGateway(this, "Gateway", {
      ...placement,
      name: "prod-edge-agw",
      subnet: network.gatewaySubnet,
      deployment,
      sku: GatewaySku.WAF_V2,
      capacity: GatewayCapacity.autoscale({ minCapacity: 2, maxCapacity: 10 }),
      zones: ["1", "2", "3"],
      identity: GatewayIdentity.create(),
      logAnalyticsWorkspaceId: workspaceId,
      tags: { environment: "prod" },
    });

    const mtls = gateway.addSslProfile("api-passthrough", { clientAuthentication: ClientAuthentication.passthrough() });
    const https = gateway.addHttpsListener("api-https", {
      hostNames: ["api.contoso.com"],
      certificate: ListenerCertificate.fromKeyVaultSecret("api-contoso", { secretId, keyVaultId }),
      sslProfile: mtls,
    });
    gateway.addHttpRedirect("api-http", { target: https, priority: 10 });
    const pool = gateway.addBackendPool("api", { fqdns: ["contoso-api.azurewebsites.net"] });
    const settings = gateway.addBackendSettings("api", { requestTimeout: 60, healthProbe: { path: "/healthz" } });
    gateway.addRoutingRule("api", { priority: 100, listener: https, backendPool: pool, backendSettings: settings });
    this.gateway = gateway;
  }
}

if (require.main === module) {
  const app = new App();
  new KeyVaultWafStack(app, "keyvault-waf");
  app.synth();
}
