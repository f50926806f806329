// The production features of issue 4: certificate forwarding, strict and
// passthrough side by side, Key Vault certificates, WAF, redirect, probes,
// private frontend, diagnostics.
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { WebApplicationFirewallPolicy } from "@cdktf/provider-azurerm/lib/web-application-firewall-policy";
import { Testing } from "cdktf";
import {
  ClientAuthentication,
  GatewayIdentity,
  GatewaySku,
  ListenerCertificate,
  ListenerFrontend,
  MtlsApplicationGateway,
} from "../lib";
import { bareGateway, CERT, completeRoute, onlyResource, passthroughGateway, synthJson, testStack, WAF_POLICY_ID, WORKSPACE_ID } from "./support/stack";
import { CA_CER_BASE64 } from "./fixtures/ca-certificate";

const config = (stack: ReturnType<typeof testStack>) => onlyResource(synthJson(stack), "azurerm_application_gateway").config;
const ruleSets = (gw: any) => Object.fromEntries(gw.request_routing_rule.map((r: any) => [r.name, r.rewrite_rule_set_name]));
const headersOf = (gw: any, set: string) =>
  gw.rewrite_rule_set.find((s: any) => s.name === set).rewrite_rule[0].request_header_configuration;

/** A gateway with a passthrough listener, a strict one and a plain one. */
function mixedGateway(stack: ReturnType<typeof testStack>, props: Partial<ConstructorParameters<typeof MtlsApplicationGateway>[2]> = {}) {
  const gw = bareGateway(stack, props);
  const passthrough = gw.addSslProfile("passthrough", { clientAuthentication: ClientAuthentication.passthrough() });
  const strict = gw.addSslProfile("partners", {
    clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [{ name: "partner-ca", data: CA_CER_BASE64 }] }),
  });
  completeRoute(gw, gw.addHttpsListener("public-api", { certificate: CERT, sslProfile: passthrough, hostNames: ["api.contoso.com"] }), 10);
  completeRoute(gw, gw.addHttpsListener("partner-api", { certificate: CERT, sslProfile: strict, hostNames: ["partners.contoso.com"] }), 20);
  completeRoute(gw, gw.addHttpsListener("www", { certificate: CERT, hostNames: ["www.contoso.com"] }), 30);
  return gw;
}

describe("client certificate forwarding", () => {
  test("mTLS listeners set X-Client-Cert from the certificate; every other listener deletes it", () => {
    const stack = testStack();
    mixedGateway(stack);
    const gw = config(stack);
    expect(ruleSets(gw)).toEqual({
      "public-api-route": "mtls-forward-client-cert",
      "partner-api-route": "mtls-forward-client-cert",
      "www-route": "mtls-strip-client-cert",
    });
    expect(headersOf(gw, "mtls-forward-client-cert")).toEqual([
      { header_name: "X-Client-Cert", header_value: "{var_client_certificate}" },
    ]);
    expect(headersOf(gw, "mtls-strip-client-cert")).toEqual([{ header_name: "X-Client-Cert", header_value: "" }]);
  });

  test("header names are configurable, and every detail variable can be forwarded (and is stripped elsewhere)", () => {
    const stack = testStack();
    mixedGateway(stack, {
      clientCertificateHeaders: {
        certificate: "X-Mtls-Cert",
        subject: "X-Mtls-Subject",
        issuer: "X-Mtls-Issuer",
        fingerprint: "X-Mtls-Fingerprint",
        serial: "X-Mtls-Serial",
        startDate: "X-Mtls-Not-Before",
        endDate: "X-Mtls-Not-After",
        verification: "X-Mtls-Verification",
      },
    });
    const gw = config(stack);
    expect(headersOf(gw, "mtls-forward-client-cert")).toEqual([
      { header_name: "X-Mtls-Cert", header_value: "{var_client_certificate}" },
      { header_name: "X-Mtls-Subject", header_value: "{var_client_certificate_subject}" },
      { header_name: "X-Mtls-Issuer", header_value: "{var_client_certificate_issuer}" },
      { header_name: "X-Mtls-Fingerprint", header_value: "{var_client_certificate_fingerprint}" },
      { header_name: "X-Mtls-Serial", header_value: "{var_client_certificate_serial}" },
      { header_name: "X-Mtls-Not-Before", header_value: "{var_client_certificate_start_date}" },
      { header_name: "X-Mtls-Not-After", header_value: "{var_client_certificate_end_date}" },
      { header_name: "X-Mtls-Verification", header_value: "{var_client_certificate_verification}" },
    ]);
    expect(headersOf(gw, "mtls-strip-client-cert").map((h: any) => h.header_value)).toEqual(Array(8).fill(""));
  });

  test("an mTLS listener that opts out strips the headers like any other", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const passthrough = gw.addSslProfile("p", { clientAuthentication: ClientAuthentication.passthrough() });
    completeRoute(gw, gw.addHttpsListener("forwards", { certificate: CERT, sslProfile: passthrough }), 1);
    completeRoute(gw, gw.addHttpsListener("quiet", { port: 8443, certificate: CERT, sslProfile: passthrough, forwardClientCertificate: false }), 2);
    expect(ruleSets(config(stack))).toEqual({ "forwards-route": "mtls-forward-client-cert", "quiet-route": "mtls-strip-client-cert" });
  });

  test("a gateway where no listener forwards has no rewrite sets at all", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    completeRoute(gw, gw.addHttpsListener("plain", { certificate: CERT }));
    const c = config(stack);
    expect(c.rewrite_rule_set).toBeUndefined();
    expect(c.request_routing_rule[0].rewrite_rule_set_name).toBeUndefined();
  });
});

describe("strict and passthrough side by side", () => {
  test("azurerm writes both profiles; the patch switches only the passthrough one", () => {
    const stack = testStack();
    mixedGateway(stack);
    const json = synthJson(stack);
    const gw = onlyResource(json, "azurerm_application_gateway").config;
    expect(gw.ssl_profile.map((p: any) => p.name)).toEqual(["passthrough", "partners"]);
    expect(gw.ssl_profile[1].trusted_client_certificate_names).toEqual(["partner-ca"]);
    const patch = onlyResource(json, "azapi_update_resource").config;
    expect(patch.body.properties.sslProfiles.map((p: any) => p.name)).toEqual(["passthrough"]);
  });
});

describe("certificates from Key Vault", () => {
  const secretId = "https://edge-kv.vault.azure.net/secrets/edge-cert";
  const vaultId = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/edge-kv";

  test("a created identity is attached to the gateway and granted Key Vault Secrets User on the vault", () => {
    const stack = testStack();
    const gw = bareGateway(stack, { identity: GatewayIdentity.create() });
    completeRoute(gw, gw.addHttpsListener("kv", { certificate: ListenerCertificate.fromKeyVaultSecret("edge", { secretId, keyVaultId: vaultId }) }));
    const json = synthJson(stack);
    const synth = JSON.stringify(json);
    expect(synth).toHaveResourceWithProperties(UserAssignedIdentity, { name: "agw-identity", resource_group_name: "rg" });
    const identity = onlyResource(json, "azurerm_user_assigned_identity");
    const c = onlyResource(json, "azurerm_application_gateway").config;
    expect(c.identity).toEqual({ type: "UserAssigned", identity_ids: [`\${${identity.address}.id}`] });
    expect(c.ssl_certificate).toEqual([{ name: "edge", key_vault_secret_id: secretId }]);
    expect(synth).toHaveResourceWithProperties(RoleAssignment, {
      scope: vaultId,
      role_definition_name: "Key Vault Secrets User",
      principal_id: `\${${identity.address}.principal_id}`,
    });
  });

  test("an identity passed in is used as is; without a principal id no role is assigned", () => {
    const stack = testStack();
    const id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/agw";
    const gw = bareGateway(stack, { identity: GatewayIdentity.fromUserAssignedIdentity(id) });
    completeRoute(gw, gw.addHttpsListener("kv", { certificate: ListenerCertificate.fromKeyVaultSecret("edge", { secretId, keyVaultId: vaultId }) }));
    const json = synthJson(stack);
    expect(onlyResource(json, "azurerm_application_gateway").config.identity).toEqual({ type: "UserAssigned", identity_ids: [id] });
    expect(json.resource.azurerm_user_assigned_identity).toBeUndefined();
    expect(json.resource.azurerm_role_assignment).toBeUndefined();
    expect(gw.identityId).toBe(id);
  });
});

describe("WAF_v2", () => {
  test("creates a prevention-mode policy with the default rule set and attaches it", () => {
    const stack = testStack();
    passthroughGateway(stack, { sku: GatewaySku.WAF_V2 });
    const json = synthJson(stack);
    expect(JSON.stringify(json)).toHaveResourceWithProperties(WebApplicationFirewallPolicy, {
      name: "agw-waf",
      policy_settings: { enabled: true, mode: "Prevention", request_body_check: true, file_upload_enforcement: true },
      managed_rules: { managed_rule_set: [{ type: "Microsoft_DefaultRuleSet", version: "2.1" }] },
    });
    const policy = onlyResource(json, "azurerm_web_application_firewall_policy");
    expect(onlyResource(json, "azurerm_application_gateway").config.firewall_policy_id).toBe(`\${${policy.address}.id}`);
  });

  test("a policy passed in is used and none is created", () => {
    const stack = testStack();
    passthroughGateway(stack, { sku: GatewaySku.WAF_V2, firewallPolicyId: WAF_POLICY_ID });
    const json = synthJson(stack);
    expect(json.resource.azurerm_web_application_firewall_policy).toBeUndefined();
    expect(onlyResource(json, "azurerm_application_gateway").config.firewall_policy_id).toBe(WAF_POLICY_ID);
  });

  test("Standard_v2 gets no policy", () => {
    const stack = testStack();
    passthroughGateway(stack);
    expect(synthJson(stack).resource.azurerm_web_application_firewall_policy).toBeUndefined();
  });
});

describe("HTTP → HTTPS redirect", () => {
  test("a port-80 listener, a permanent redirect to the HTTPS listener, and its routing rule", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const https = gw.addHttpsListener("https", { certificate: CERT, hostNames: ["api.contoso.com"] });
    completeRoute(gw, https, 10);
    gw.addHttpRedirect("http", { target: https, priority: 5 });
    const c = config(stack);
    expect(c.frontend_port).toEqual([
      { name: "port-443", port: 443 },
      { name: "port-80", port: 80 },
    ]);
    expect(c.http_listener[1]).toEqual({
      name: "http",
      protocol: "Http",
      frontend_ip_configuration_name: "appGatewayFrontendIP",
      frontend_port_name: "port-80",
      host_names: ["api.contoso.com"],
    });
    expect(c.redirect_configuration).toEqual([
      { name: "http", redirect_type: "Permanent", target_listener_name: "https", include_path: true, include_query_string: true },
    ]);
    expect(c.request_routing_rule[1]).toEqual({
      name: "http",
      rule_type: "Basic",
      priority: 5,
      http_listener_name: "http",
      redirect_configuration_name: "http",
    });
  });
});

describe("health probes", () => {
  test("App Service style by default: host picked from the backend settings, same protocol", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const listener = gw.addHttpsListener("https", { certificate: CERT });
    const pool = gw.addBackendPool("app", { fqdns: ["app.azurewebsites.net"] });
    const settings = gw.addBackendSettings("app", { healthProbe: { path: "/healthz" } });
    gw.addRoutingRule("app", { priority: 1, listener, backendPool: pool, backendSettings: settings });
    const c = config(stack);
    expect(c.probe).toEqual([
      {
        name: "app-probe",
        protocol: "Https",
        path: "/healthz",
        interval: 30,
        timeout: 30,
        unhealthy_threshold: 3,
        pick_host_name_from_backend_http_settings: true,
        match: { status_code: ["200-399"] },
      },
    ]);
    expect(c.backend_http_settings[0].probe_name).toBe("app-probe");
  });
});

describe("private frontend and diagnostics", () => {
  test("a static private frontend IP in the gateway subnet, used by private listeners", () => {
    const stack = testStack();
    const gw = bareGateway(stack, { privateFrontendIpAddress: "10.0.0.10" });
    completeRoute(gw, gw.addHttpsListener("internal", { certificate: CERT, frontend: ListenerFrontend.PRIVATE }));
    const c = config(stack);
    expect(c.frontend_ip_configuration[1]).toEqual({
      name: "appGatewayPrivateFrontendIP",
      subnet_id: c.gateway_ip_configuration[0].subnet_id,
      private_ip_address: "10.0.0.10",
      private_ip_address_allocation: "Static",
    });
    expect(c.http_listener[0].frontend_ip_configuration_name).toBe("appGatewayPrivateFrontendIP");
  });

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
