// An API platform on one WAF_v2 gateway:
// - partners.contoso.com: strict mTLS (the gateway checks the partner CA), its own WAF policy;
// - api.contoso.com: passthrough mTLS (the API validates certificates itself), path-based:
//   /reports/* to a reporting backend, /legacy/* redirected to the old site, the rest to the API,
//   all over end-to-end TLS to backends signed by a private CA, with security headers added;
// - www.contoso.com: no client certificates (the certificate headers are stripped there), HTTP
//   redirected to HTTPS;
// plus custom error pages, HTTP/2, a deletion lock, diagnostics for the gateway and its public
// IP, and read access for the operations team. `deployment` picks how it is written to Azure.
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import {
  AzapiProvider,
  BackendProtocol,
  ClientAuthentication,
  CustomErrorStatusCode,
  GatewayCapacity,
  GatewayDeployment,
  GatewayIdentity,
  HealthProbeProps,
  GatewayNetwork,
  GatewaySku,
  ListenerCertificate,
  MtlsApplicationGateway,
  Redirect,
  RedirectType,
  TrustedRootCertificate,
} from "../lib";

export class ApiPlatformStack extends TerraformStack {
  public readonly gateway: MtlsApplicationGateway;

  constructor(scope: Construct, id: string, deployment: GatewayDeployment = GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH) {
    super(scope, id);
    new AzurermProvider(this, "azurerm", { features: [{}] });
    new AzapiProvider(this, "azapi", {});
    const input = (name: string, description: string) => new TerraformVariable(this, name, { type: "string", description }).stringValue;
    const keyVaultId = input("key_vault_id", "Resource id of the Key Vault (Azure RBAC) with the certificates");
    const workspaceId = input("log_analytics_workspace_id", "Log Analytics workspace for gateway and public IP logs");
    const partnerCa = input("partner_ca_certificate", "Base64 CER of the CA that signs partner client certificates");
    const internalCa = input("internal_ca_certificate", "Base64 CER of the private CA that signs the backends' certificates");
    const partnerWaf = input("partner_waf_policy_id", "WAF policy for the partner listener");
    const opsGroup = input("operations_group_object_id", "Entra group that may read the gateway");

    const placement = { resourceGroupName: "rg-api-platform", location: "westeurope" };
    const network = new GatewayNetwork(this, "Network", {
      ...placement,
      name: "api-platform-vnet",
      addressSpace: ["10.40.0.0/16"],
      gatewaySubnetPrefix: "10.40.0.0/24",
      backendSubnetPrefix: "10.40.2.0/24",
    });
    const pages = (code: string) => `https://stapipages.blob.core.windows.net/errors/${code}.html`;
    const gateway = new MtlsApplicationGateway(this, "Gateway", {
      ...placement,
      name: "api-platform-agw",
      deployment,
      subnet: network.gatewaySubnet,
      sku: GatewaySku.WAF_V2,
      capacity: GatewayCapacity.autoscale({ minCapacity: 2, maxCapacity: 10 }),
      zones: ["1", "2", "3"],
      identity: GatewayIdentity.create(),
      enableHttp2: true,
      deletionLock: true,
      logAnalyticsWorkspaceId: workspaceId,
      publicIpDiagnostics: true,
      clientCertificateHeaders: { certificate: "X-Client-Cert", verification: "X-Client-Cert-Verification" },
      customErrorPages: [
        { statusCode: CustomErrorStatusCode.HTTP_502, url: pages("502") },
        { statusCode: CustomErrorStatusCode.HTTP_503, url: pages("503") },
      ],
      tags: { platform: "api" },
    });
    const certificate = ListenerCertificate.fromKeyVaultSecret("contoso-wildcard", {
      secretId: "https://kv-api-platform.vault.azure.net/secrets/contoso-wildcard",
      keyVaultId,
    });

    // Backends: private CA, so end-to-end TLS needs its root. Deployments drain for a minute.
    const internalRoot = TrustedRootCertificate.fromData("internal-ca", internalCa);
    const backend = (name: string, fqdn: string, probe: HealthProbeProps = {}) => ({
      pool: gateway.addBackendPool(name, { fqdns: [fqdn] }),
      settings: gateway.addBackendSettings(name, {
        hostName: fqdn,
        trustedRootCertificates: [internalRoot],
        connectionDrainingTimeout: 60,
        healthProbe: { path: "/healthz", ...probe },
      }),
    });
    const partnersApi = backend("partners", "partners-api.internal.contoso.com");
    const api = backend("api", "api.internal.contoso.com");
    // The reporting service answers probes on its management port, and only "ready" means ready.
    const reports = backend("reports", "reports.internal.contoso.com", { port: 8443, responseBodyMatch: "ready", minServers: 1 });
    const web = {
      pool: gateway.addBackendPool("www", { fqdns: ["contoso-web.azurewebsites.net"] }),
      // Sessions stick to one instance, with a cookie of the site's own name.
      settings: gateway.addBackendSettings("www", { protocol: BackendProtocol.HTTPS, cookieBasedAffinity: true, affinityCookieName: "contoso-www" }),
    };

    const securityHeaders = gateway.addRewriteRuleSet("security-headers", {
      rules: [
        {
          name: "hsts-and-no-server",
          ruleSequence: 200,
          responseHeaders: [
            { headerName: "Strict-Transport-Security", headerValue: "max-age=31536000; includeSubDomains" },
            { headerName: "Server", headerValue: "" },
          ],
        },
      ],
    });

    // Partners: the gateway enforces the partner CA; their own WAF policy.
    const strict = gateway.addSslProfile("partners-strict", {
      clientAuthentication: ClientAuthentication.strict({
        trustedClientCertificates: [{ name: "partner-ca", data: partnerCa }],
        verifyClientCertIssuerDn: true,
      }),
    });
    const partners = gateway.addHttpsListener("partners", {
      hostNames: ["partners.contoso.com"],
      certificate,
      sslProfile: strict,
      firewallPolicyId: partnerWaf,
    });
    gateway.addRoutingRule("partners", {
      priority: 100,
      listener: partners,
      backendPool: partnersApi.pool,
      backendSettings: partnersApi.settings,
      rewriteRuleSet: securityHeaders,
    });

    // The public API: passthrough, path-based.
    const passthrough = gateway.addSslProfile("api-passthrough", { clientAuthentication: ClientAuthentication.passthrough() });
    const apiListener = gateway.addHttpsListener("api", { hostNames: ["api.contoso.com"], certificate, sslProfile: passthrough });
    const apiRule = gateway.addPathBasedRoutingRule("api", {
      priority: 200,
      listener: apiListener,
      backendPool: api.pool,
      backendSettings: api.settings,
      rewriteRuleSet: securityHeaders,
    });
    apiRule.addPathRule("reports", { paths: ["/reports/*"], backendPool: reports.pool, backendSettings: reports.settings, rewriteRuleSet: securityHeaders });
    apiRule.addPathRule("legacy", {
      paths: ["/legacy/*"],
      redirect: Redirect.toUrl("https://legacy.contoso.com", { type: RedirectType.FOUND, includePath: false }),
    });

    // The website: no client certificates; HTTP goes to HTTPS.
    const www = gateway.addHttpsListener("www", { hostNames: ["www.contoso.com"], certificate });
    gateway.addRoutingRule("www", { priority: 300, listener: www, backendPool: web.pool, backendSettings: web.settings });
    gateway.addHttpRedirect("www-http", { target: www, priority: 310 });

    gateway.addRoleAssignment("operations", { principalId: opsGroup, roleDefinitionName: "Reader", principalType: "Group" });
    this.gateway = gateway;
  }
}

if (require.main === module) {
  const app = new App();
  new ApiPlatformStack(app, "api-platform");
  new ApiPlatformStack(app, "api-platform-single", GatewayDeployment.SINGLE_AZAPI_RESOURCE);
  app.synth();
}
