// One gateway, two kinds of mTLS: partners are checked by the gateway against
// their CA (strict); the public API gets any client certificate and validates it
// itself (passthrough). A plain listener serves the website; it strips the
// certificate headers so that no client can spoof them.
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import {
  AzapiProvider,
  ClientAuthentication,
  GatewayDeployment,
  GatewayNetwork,
  ListenerCertificate,
  MtlsApplicationGateway,
} from "../lib";

export class MixedMtlsStack extends TerraformStack {
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

    const placement = { resourceGroupName: "rg-edge", location: "westeurope" };
    const network = new GatewayNetwork(this, "Network", { ...placement, name: "edge-vnet" });
    const gateway = new MtlsApplicationGateway(this, "Gateway", {
      ...placement,
      name: "edge-agw",
      subnet: network.gatewaySubnet,
      deployment,
      clientCertificateHeaders: { certificate: "X-Client-Cert", fingerprint: "X-Client-Cert-Fingerprint" },
    });
    const certificate = ListenerCertificate.fromPfx("contoso-wildcard", {
      data: sensitive("pfx_base64"),
      password: sensitive("pfx_password"),
    });

    const partners = gateway.addSslProfile("partners-strict", {
      clientAuthentication: ClientAuthentication.strict({
        trustedClientCertificates: [{ name: "partner-ca", data: partnerCa }],
        verifyClientCertIssuerDn: true,
      }),
    });
    const publicApi = gateway.addSslProfile("api-passthrough", { clientAuthentication: ClientAuthentication.passthrough() });

    const backend = (name: string, fqdn: string) => ({
      pool: gateway.addBackendPool(name, { fqdns: [fqdn] }),
      settings: gateway.addBackendSettings(name, { healthProbe: { path: "/healthz" } }),
    });
    const routes: [string, string, string, number, ReturnType<typeof gateway.addSslProfile> | undefined][] = [
      ["partners", "partners.contoso.com", "partners-api.azurewebsites.net", 100, partners],
      ["api", "api.contoso.com", "public-api.azurewebsites.net", 200, publicApi],
      ["www", "www.contoso.com", "contoso-web.azurewebsites.net", 300, undefined],
    ];
    for (const [name, host, fqdn, priority, sslProfile] of routes) {
      const listener = gateway.addHttpsListener(name, { hostNames: [host], certificate, sslProfile });
      const { pool, settings } = backend(name, fqdn);
      gateway.addRoutingRule(name, { priority, listener, backendPool: pool, backendSettings: settings });
    }
    this.gateway = gateway;
  }
}

if (require.main === module) {
  const app = new App();
  new MixedMtlsStack(app, "mixed-mtls");
  app.synth();
}
