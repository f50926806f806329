// The examples under examples/ synthesize, match their snapshots, their passthrough
// patch validates against the ARM deployment schema 2025-03-01, and they deploy as
// intended in the provider model.
import { Testing } from "cdktf";
import { KeyVaultWafStack } from "../examples/keyvault-waf-redirect";
import { MixedMtlsStack } from "../examples/mixed-strict-passthrough";
import { GatewayDeployment } from "../lib";
import { strictArmValidator } from "./support/arm-schema";
import { expectDeploysAsIntended, ExpectedProfiles } from "./support/deploy-checks";
import { onlyResource, testApp } from "./support/stack";
import { BuildStack, STACKS } from "./support/stacks";
import { AZURERM } from "./support/flavour";

const examples: { [name: string]: [BuildStack, { [gateway: string]: ExpectedProfiles }] } = {
  "mixed-strict-passthrough": [
    STACKS["mixed-strict-passthrough"],
    { "edge-agw": { passthrough: ["api-passthrough"], strict: [{ name: "partners-strict", trustedClientCertificates: ["partner-ca"] }] } },
  ],
  "keyvault-waf-redirect": [STACKS["keyvault-waf-redirect"], { "prod-edge-agw": { passthrough: ["api-passthrough"], strict: [] } }],
  "api-platform": [
    STACKS["api-platform"],
    { "api-platform-agw": { passthrough: ["api-passthrough"], strict: [{ name: "partners-strict", trustedClientCertificates: ["partner-ca"] }] } },
  ],
  "private-gateway": [STACKS["private-gateway"], { "internal-agw": { passthrough: ["api-passthrough"], strict: [] } }],
  "dual-stack": [STACKS["dual-stack"], { "dual-stack-agw": { passthrough: ["api-passthrough"], strict: [] } }],
};

describe.each(Object.entries(examples))("example %s", (_name, [make, profiles]) => {
  const synthesized = Testing.synth(make(), true);
  const json = JSON.parse(synthesized);
  const patch = onlyResource(json, "azapi_update_resource").config;

  test("synthesizes and matches its snapshot", () => {
    expect(synthesized).toMatchSnapshot();
  });

  test("the azapi body validates against the ARM schema with unknown keys rejected", () => {
    expect(strictArmValidator("ApplicationGatewayPropertiesFormat")(patch.body.properties)).toEqual([]);
  });

  test("deploys as intended in the provider model: valid PUTs, no change after apply, passthrough restored after an azurerm write, strict CAs kept", () => {
    expectDeploysAsIntended(json, profiles);
  });

  test("in the single-resource mode too: synthesizes and matches its snapshot (deploy-checked in deployment-modes.test.ts)", () => {
    expect(Testing.synth(make(GatewayDeployment.SINGLE_AZAPI_RESOURCE), true)).toMatchSnapshot();
  });
});

test("mixed: the patch lists exactly the passthrough profile; strict and plain listeners keep azurerm's settings", () => {
  const json = JSON.parse(Testing.synth(new MixedMtlsStack(testApp(), "mixed-mtls"), true));
  const gw = onlyResource(json, "azurerm_application_gateway").config;
  const patch = onlyResource(json, "azapi_update_resource").config;
  expect(patch.body.properties.sslProfiles.map((p: any) => p.name)).toEqual(["api-passthrough"]);
  expect(gw.ssl_profile.map((p: any) => p.name)).toEqual(["partners-strict", "api-passthrough"]);
  expect(Object.fromEntries(gw.request_routing_rule.map((r: any) => [r.name, r.rewrite_rule_set_name]))).toEqual({
    partners: "mtls-forward-client-cert",
    api: "mtls-forward-client-cert",
    www: "mtls-strip-client-cert",
  });
});

test("keyvault-waf: identity wiring, WAF policy, redirect and diagnostics", () => {
  const json = JSON.parse(Testing.synth(new KeyVaultWafStack(testApp(), "keyvault-waf"), true));
  const gw = onlyResource(json, "azurerm_application_gateway").config;
  const identity = onlyResource(json, "azurerm_user_assigned_identity");
  const role = onlyResource(json, "azurerm_role_assignment").config;
  expect(gw.identity).toEqual({ type: "UserAssigned", identity_ids: [`\${${identity.address}.id}`] });
  expect(gw.ssl_certificate).toEqual([{ name: "api-contoso", key_vault_secret_id: "${var.certificate_secret_id}" }]);
  expect(role).toMatchObject({
    scope: "${var.key_vault_id}",
    role_definition_name: "Key Vault Secrets User",
    principal_id: `\${${identity.address}.principal_id}`,
  });
  expect(gw.firewall_policy_id).toBe(`\${${onlyResource(json, "azurerm_web_application_firewall_policy").address}.id}`);
  expect(gw.autoscale_configuration).toEqual({ min_capacity: 2, max_capacity: 10 });
  expect(gw.zones).toEqual(["1", "2", "3"]);
  expect(gw.redirect_configuration[0]).toMatchObject({ target_listener_name: "api-https", redirect_type: "Permanent" });
  expect(onlyResource(json, "azurerm_monitor_diagnostic_setting").config.log_analytics_workspace_id).toBe(
    "${var.log_analytics_workspace_id}",
  );
});

describe("example tls-proxy", () => {
  const single = Testing.synth(STACKS["tls-proxy"](GatewayDeployment.SINGLE_AZAPI_RESOURCE), true);
  const body = onlyResource(JSON.parse(single), "azapi_resource").config.body.properties;
  const names = (items: any[] | undefined) => (items ?? []).map((i) => i.name);

  test("in the single-resource mode too: synthesizes and matches its snapshot (deploy-checked in deployment-modes.test.ts)", () => {
    expect(single).toMatchSnapshot();
  });

  test("single resource: the layer-4 parts are ARM's listeners, routingRules and backendSettingsCollection; the Tls probe has no match, and empty path and host as azurerm 4.73 sends them", () => {
    expect(body.listeners.map((l: any) => [l.name, l.properties.protocol])).toEqual([["postgres", "Tls"], ["mqtt", "Tcp"]]);
    expect(body.listeners[0].properties.sslProfile.id).toMatch(/\/sslProfiles\/partners-strict$/);
    expect(body.routingRules.map((r: any) => [r.name, r.properties.priority, r.properties.ruleType])).toEqual([["postgres", 200, "Basic"], ["mqtt", 300, "Basic"]]);
    expect(names(body.backendSettingsCollection)).toEqual(["postgres", "mqtt"]);
    // v4.73.0 expandApplicationGatewayProbes sends every field for every protocol; expandApplicationGatewayBackendSettings the IP preservation flag.
    expect(body.probes).toEqual([
      {
        name: "postgres-probe",
        properties: {
          protocol: "Tls",
          interval: 15,
          timeout: 10,
          unhealthyThreshold: 3,
          host: "",
          path: "",
          minServers: 0,
          pickHostNameFromBackendHttpSettings: false,
          enableProbeProxyProtocolHeader: false,
        },
      },
    ]);
    expect(body.backendSettingsCollection.map((s: any) => s.properties.enableL4ClientIpPreservation)).toEqual([false, false]);
    expect(names(body.httpListeners)).toEqual(["api"]);
    expect(names(body.frontendPorts)).toEqual(["port-443", "port-5432", "port-1883"]);
  });

  if (AZURERM.layer4Blocks) {
    test("azurerm 4.73 (cdktn flavour): the default deployment writes the listener, routing_rule and backend blocks", () => {
      const gw = onlyResource(JSON.parse(Testing.synth(STACKS["tls-proxy"](), true)), "azurerm_application_gateway").config;
      expect(gw.listener.map((l: any) => [l.name, l.protocol, l.frontend_port_name, l.ssl_certificate_name, l.ssl_profile_name])).toEqual([
        ["postgres", "Tls", "port-5432", "contoso-wildcard", "partners-strict"],
        ["mqtt", "Tcp", "port-1883", undefined, undefined],
      ]);
      expect(gw.routing_rule).toEqual([
        { name: "postgres", priority: 200, listener_name: "postgres", backend_address_pool_name: "postgres", backend_name: "postgres" },
        { name: "mqtt", priority: 300, listener_name: "mqtt", backend_address_pool_name: "mqtt", backend_name: "mqtt" },
      ]);
      expect(gw.backend).toEqual([
        { name: "postgres", protocol: "Tls", port: 5432, host_name: "db.internal.contoso.com", probe_name: "postgres-probe" },
        { name: "mqtt", protocol: "Tcp", port: 1883, timeout_in_seconds: 60 },
      ]);
      expect(gw.probe.find((p: any) => p.name === "postgres-probe")).toEqual({ name: "postgres-probe", protocol: "Tls", interval: 15, timeout: 10, unhealthy_threshold: 3 });
    });

    test("azurerm 4.73 (cdktn flavour): deploys as intended in the provider model: valid PUTs, no change after apply, passthrough restored after an azurerm write, strict CAs kept", () => {
      const json = JSON.parse(Testing.synth(STACKS["tls-proxy"](), true));
      const [g] = expectDeploysAsIntended(json, {
        "proxy-agw": { passthrough: ["api-passthrough"], strict: [{ name: "partners-strict", trustedClientCertificates: ["partner-ca"] }] },
      });
      // azurerm's PUT carries the layer-4 collections (the model's expanders for listener, routing_rule, backend).
      const put = g.azurermPut.properties as any;
      expect([put.listeners, put.routingRules, put.backendSettingsCollection].map(names)).toEqual([["postgres", "mqtt"], ["postgres", "mqtt"], ["postgres", "mqtt"]]);
    });
  } else {
    test("azurerm 4.55 (cdktf flavour): the default deployment is refused with AGW-DEPLOYMENT-MODE on each layer-4 part, naming azurerm ≥ 4.67 and the single-resource mode", () => {
      let message = "";
      try {
        Testing.synth(STACKS["tls-proxy"](), true);
      } catch (e) {
        message = (e as Error).message;
      }
      for (const part of ["Layer4Listener/postgres", "Layer4Listener/mqtt", "Layer4BackendSettings/postgres", "Layer4BackendSettings/mqtt", "Layer4RoutingRule/postgres", "Layer4RoutingRule/mqtt"]) {
        expect(message).toContain(`tls-proxy/Gateway/${part}: name = `);
      }
      expect(message).toMatch(/azurerm ≥ 4\.67 \(the cdktn flavour's 4\.73\) or with deployment: GatewayDeployment\.SINGLE_AZAPI_RESOURCE/);
      expect(message).toContain("[AGW-DEPLOYMENT-MODE]");
    });
  }
});

// Single resource only: Entra ID JWT validation and a load distribution policy.
describe("example entra-api", () => {
  const single = Testing.synth(STACKS["entra-api"](GatewayDeployment.SINGLE_AZAPI_RESOURCE), true);
  const body = onlyResource(JSON.parse(single), "azapi_resource").config.body.properties;
  const rule = (name: string) => body.requestRoutingRules.find((r: any) => r.name === name).properties;

  test("in the single-resource mode too: synthesizes and matches its snapshot (deploy-checked in deployment-modes.test.ts)", () => {
    expect(single).toMatchSnapshot();
  });

  test("the apps' rule validates Entra ID tokens and splits 9:1 between blue and green; the partners' rule does neither", () => {
    expect(body.entraJWTValidationConfigs).toEqual([
      {
        name: "contoso-api-tokens",
        properties: {
          tenantId: "00000000-0000-0000-0000-0000000000aa",
          clientId: "00000000-0000-0000-0000-0000000000bb",
          audiences: ["api://contoso-api"],
          unAuthorizedRequestAction: "Deny",
        },
      },
    ]);
    expect(body.loadDistributionPolicies.map((p: any) => [p.name, p.properties.loadDistributionAlgorithm])).toEqual([["canary", "RoundRobin"]]);
    const targets = body.loadDistributionPolicies[0].properties.loadDistributionTargets;
    expect(targets.map((t: any) => [t.name, t.properties.weightPerServer, t.properties.backendAddressPool.id.split("/").pop()])).toEqual([
      ["api-blue", 9, "api-blue"],
      ["api-green", 1, "api-green"],
    ]);
    expect(rule("apps").entraJWTValidationConfig.id).toMatch(/\/entraJWTValidationConfigs\/contoso-api-tokens$/);
    expect(rule("apps").loadDistributionPolicy.id).toMatch(/\/loadDistributionPolicies\/canary$/);
    expect(rule("partners").entraJWTValidationConfig).toBeUndefined();
    expect(rule("partners").loadDistributionPolicy).toBeUndefined();
  });

  test("the default deployment is refused in either flavour with AGW-DEPLOYMENT-MODE on the token validation and the policy, naming the single-resource mode", () => {
    let message = "";
    try {
      Testing.synth(STACKS["entra-api"](), true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('entra-api/Gateway/RoutingRule/apps: jwtValidation = "contoso-api-tokens"');
    expect(message).toContain('entra-api/Gateway/LoadDistributionPolicy/canary: name = "canary"');
    expect(message).toMatch(/only with deployment: GatewayDeployment\.SINGLE_AZAPI_RESOURCE/);
    expect(message).toContain("[AGW-DEPLOYMENT-MODE]");
  });
});
