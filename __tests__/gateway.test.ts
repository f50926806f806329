import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Testing } from "cdktf";
import {
  ClientAuthentication,
  CustomErrorStatusCode,
  GatewayCapacity,
  GatewayDeployment,
  GatewaySku,
  ListenerCertificate,
} from "../lib";
import { CA_CER_BASE64 } from "./fixtures/ca-certificate";
import { bareGateway, CERT, expression, gatewayConfig, onlyResource, passthroughGateway, synthJson, testStack, WAF_POLICY_ID, WORKSPACE_ID } from "./support/stack";

describe("MtlsApplicationGateway defaults", () => {
  const stack = testStack();
  passthroughGateway(stack);
  const synth = Testing.synth(stack, true);
  const gw = onlyResource(JSON.parse(synth), "azurerm_application_gateway").config;

  test("Standard_v2 with 2 fixed instances and the 2022 TLS policy", () => {
    expect(gw.sku).toEqual({ name: "Standard_v2", tier: "Standard_v2", capacity: 2 });
    expect(gw.autoscale_configuration).toBeUndefined();
    expect(gw.ssl_policy).toEqual({ policy_type: "Predefined", policy_name: "AppGwSslPolicy20220101" });
  });

  test("a Standard static public IP as the frontend", () => {
    expect(synth).toHaveResourceWithProperties(PublicIp, { name: "agw-pip", allocation_method: "Static", sku: "Standard" });
    expect(gw.frontend_ip_configuration).toEqual([
      { name: "appGatewayFrontendIP", public_ip_address_id: expect.stringMatching(/^\$\{azurerm_public_ip\.\w+\.id\}$/) },
    ]);
  });

});

describe("MtlsApplicationGateway options", () => {
  test("autoscale writes autoscale_configuration and no fixed capacity", () => {
    const stack = testStack();
    passthroughGateway(stack, { capacity: GatewayCapacity.autoscale({ minCapacity: 1, maxCapacity: 5 }) });
    const gw = gatewayConfig(stack);
    expect(gw.sku).toEqual({ name: "Standard_v2", tier: "Standard_v2" });
    expect(gw.autoscale_configuration).toEqual({ min_capacity: 1, max_capacity: 5 });
  });

  test("autoscale's defaults: 0 to 10 instances, and 10 at most when only the minimum is given", () => {
    expect([GatewayCapacity.autoscale().minCapacity, GatewayCapacity.autoscale().maxCapacity]).toEqual([0, 10]);
    const stack = testStack();
    passthroughGateway(stack, { capacity: GatewayCapacity.autoscale({ minCapacity: 3 }) });
    expect(gatewayConfig(stack).autoscale_configuration).toEqual({ min_capacity: 3, max_capacity: 10 });
  });

  test("cookieBasedAffinity: true is Enabled in both deployments; left out it is Disabled", () => {
    const affinities = (deployment: GatewayDeployment) => {
      const stack = testStack();
      passthroughGateway(stack, { deployment }).addBackendSettings("sticky", { name: "sticky", cookieBasedAffinity: true });
      const json = JSON.parse(Testing.synth(stack, true));
      if (deployment === GatewayDeployment.SINGLE_AZAPI_RESOURCE) {
        const settings: any[] = onlyResource(json, "azapi_resource").config.body.properties.backendHttpSettingsCollection;
        return Object.fromEntries(settings.map((s) => [s.name, s.properties.cookieBasedAffinity]));
      }
      const settings: any[] = onlyResource(json, "azurerm_application_gateway").config.backend_http_settings;
      return Object.fromEntries(settings.map((s) => [s.name, s.cookie_based_affinity]));
    };
    for (const deployment of [GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH, GatewayDeployment.SINGLE_AZAPI_RESOURCE]) {
      const found = affinities(deployment);
      expect(found.sticky).toBe("Enabled");
      expect(Object.entries(found).filter(([name]) => name !== "sticky").map(([, a]) => a)).toEqual(["Disabled"]);
    }
  });

  test("a listener's custom error pages, a path rule's WAF policy and OCSP revocation reach the output of both deployments", () => {
    const page = { statusCode: CustomErrorStatusCode.HTTP_502, url: "https://pages.example.com/502.html" };
    const synthesized = (deployment: GatewayDeployment) => {
      const stack = testStack();
      const gw = bareGateway(stack, { deployment, sku: GatewaySku.WAF_V2 });
      const clientAuthentication = ClientAuthentication.strict({ trustedClientCertificates: [{ name: "ca", data: CA_CER_BASE64 }], verifyClientRevocation: true });
      const listener = gw.addHttpsListener("l", { certificate: CERT, sslProfile: gw.addSslProfile("strict", { clientAuthentication }), customErrorPages: [page] });
      const backend = { backendPool: gw.addBackendPool("pool", { fqdns: ["app.example.com"] }), backendSettings: gw.addBackendSettings("s") };
      gw.addPathBasedRoutingRule("paths", { priority: 1, listener, ...backend }).addPathRule("api", { paths: ["/api/*"], ...backend, firewallPolicyId: WAF_POLICY_ID });
      return JSON.parse(Testing.synth(stack, true));
    };
    const azurerm = onlyResource(synthesized(GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH), "azurerm_application_gateway").config;
    expect(azurerm.http_listener[0].custom_error_configuration).toEqual([{ status_code: "HttpStatus502", custom_error_page_url: page.url }]);
    expect(azurerm.url_path_map[0].path_rule[0].firewall_policy_id).toBe(WAF_POLICY_ID);
    expect(azurerm.ssl_profile[0].verify_client_certificate_revocation).toBe("OCSP");
    const single = onlyResource(synthesized(GatewayDeployment.SINGLE_AZAPI_RESOURCE), "azapi_resource").config.body.properties;
    expect(single.httpListeners[0].properties.customErrorConfigurations).toEqual([{ statusCode: "HttpStatus502", customErrorPageUrl: page.url }]);
    expect(single.urlPathMaps[0].properties.pathRules[0].properties.firewallPolicy).toEqual({ id: WAF_POLICY_ID });
    expect(single.sslProfiles[0].properties.clientAuthConfiguration.verifyClientRevocation).toBe("OCSP");
  });

  test("WAF_v2, zones and tags reach the gateway and the public IP", () => {
    const stack = testStack();
    passthroughGateway(stack, { sku: GatewaySku.WAF_V2, zones: ["1", "2", "3"], tags: { env: "prod" } });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(ApplicationGateway, {
      sku: { name: "WAF_v2", tier: "WAF_v2", capacity: 2 },
      zones: ["1", "2", "3"],
      tags: { env: "prod" },
    });
    expect(synth).toHaveResourceWithProperties(PublicIp, { zones: ["1", "2", "3"], tags: { env: "prod" } });
  });

  test("parts of different kinds may share a name, as in Azure", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const listener = gw.addHttpsListener("app", { certificate: ListenerCertificate.fromPfx("app", { data: expression("${var.d}"), password: expression("${var.p}") }) });
    const pool = gw.addBackendPool("app", { fqdns: ["a.example.com"] });
    const settings = gw.addBackendSettings("app");
    gw.addRoutingRule("app", { priority: 1, listener, backendPool: pool, backendSettings: settings });
    expect(() => synthJson(stack)).not.toThrow();
    expect(listener.node.path).toBe("test/Gateway/Listener/app");
  });
});

describe("diagnostics", () => {
  test("logs and metrics go to a Log Analytics workspace", () => {
    const stack = testStack();
    passthroughGateway(stack, { logAnalyticsWorkspaceId: WORKSPACE_ID });
    const json = synthJson(stack);
    const gw = onlyResource(json, "azurerm_application_gateway");
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      name: "agw-diagnostics",
      target_resource_id: `\${${gw.address}.id}`,
      log_analytics_workspace_id: WORKSPACE_ID,
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });
});
