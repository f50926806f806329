import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Testing } from "cdktf";
import {
  GatewayCapacity,
  GatewayDeployment,
  GatewaySku,
  ListenerCertificate,
} from "../lib";
import { bareGateway, expression, gatewayConfig, onlyResource, passthroughGateway, synthJson, testStack, WORKSPACE_ID } from "./support/stack";

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
