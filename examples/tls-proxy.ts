// Layer 4 beside layer 7: one gateway keeps its HTTPS passthrough listener for the API and
// proxies two non-HTTP services on their own ports: PostgreSQL clients connect with TLS that
// the gateway terminates after checking their client certificate against the partner CA
// (strict mutual TLS on a TLS listener), and an MQTT broker is proxied as plain TCP.
// TCP/TLS proxy needs azurerm ≥ 4.67 (the cdktn flavour's 4.73) or the single-resource
// deployment; with the cdktf flavour's azurerm 4.55 the default deployment is refused
// (AGW-DEPLOYMENT-MODE).
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import {
  AzapiProvider,
  ClientAuthentication,
  GatewayDeployment,
  GatewayNetwork,
  Layer4Protocol,
  ListenerCertificate,
  MtlsApplicationGateway,
} from "../lib";

export class TlsProxyStack extends TerraformStack {
  public readonly gateway: MtlsApplicationGateway;

  constructor(scope: Construct, id: string, deployment?: GatewayDeployment) {
    super(scope, id);
    new AzurermProvider(this, "azurerm", { features: [{}] });
    new AzapiProvider(this, "azapi", {});
    const sensitive = (name: string) => new TerraformVariable(this, name, { type: "string", sensitive: true }).stringValue;
    const partnerCa = new TerraformVariable(this, "partner_ca_certificate", {
      type: "string",
      description: "Base64 CER of the CA that signs partner client certificates",
    }).stringValue;

    const placement = { resourceGroupName: "rg-proxy", location: "westeurope" };
    const network = new GatewayNetwork(this, "Network", { ...placement, name: "proxy-vnet" });
    const gateway = new MtlsApplicationGateway(this, "Gateway", { ...placement, name: "proxy-agw", subnet: network.gatewaySubnet, deployment });
    const certificate = ListenerCertificate.fromPfx("contoso-wildcard", { data: sensitive("pfx_base64"), password: sensitive("pfx_password") });

    // Layer 7: the API, mTLS passthrough, as in the seed.
    const api = gateway.addHttpsListener("api", {
      certificate,
      sslProfile: gateway.addSslProfile("api-passthrough", { clientAuthentication: ClientAuthentication.passthrough() }),
    });
    gateway.addRoutingRule("api", {
      priority: 100,
      listener: api,
      backendPool: gateway.addBackendPool("api", { fqdns: ["api.azurewebsites.net"] }),
      backendSettings: gateway.addBackendSettings("api"),
    });

    // Layer 4, TLS: strict client certificates, TLS again to the database servers.
    const postgres = gateway.addTlsListener("postgres", {
      port: 5432,
      certificate,
      sslProfile: gateway.addSslProfile("partners-strict", {
        clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [{ name: "partner-ca", data: partnerCa }] }),
      }),
    });
    gateway.addLayer4RoutingRule("postgres", {
      priority: 200,
      listener: postgres,
      backendPool: gateway.addBackendPool("postgres", { ipAddresses: ["10.1.0.4", "10.1.0.5"] }),
      backendSettings: gateway.addLayer4BackendSettings("postgres", {
        protocol: Layer4Protocol.TLS,
        port: 5432,
        hostName: "db.internal.contoso.com",
        healthProbe: { interval: 15, timeout: 10 },
      }),
    });

    // Layer 4, TCP: bytes as they come.
    const mqtt = gateway.addTcpListener("mqtt", { port: 1883 });
    gateway.addLayer4RoutingRule("mqtt", {
      priority: 300,
      listener: mqtt,
      backendPool: gateway.addBackendPool("mqtt", { ipAddresses: ["10.1.1.4"] }),
      backendSettings: gateway.addLayer4BackendSettings("mqtt", { protocol: Layer4Protocol.TCP, port: 1883, timeout: 60 }),
    });
    this.gateway = gateway;
  }
}

if (require.main === module) {
  const app = new App();
  new TlsProxyStack(app, "tls-proxy", GatewayDeployment.SINGLE_AZAPI_RESOURCE);
  app.synth();
}
