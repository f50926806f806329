// The second plan: azurerm's Read of what Azure returns (support/provider-model/azurerm-read.ts)
// diffed against the config as the plugin SDK diffs it (plan.ts). The deploy checks assert an
// empty second plan on every stack the suite synthesizes; these tests show the model does
// report each kind of change it exists to catch, and that each check fails on it.
import { TerraformVariable, Testing } from "cdktf";
import { MixedMtlsStack } from "../examples/mixed-strict-passthrough";
import {
  BackendProtocol,
  ClientAuthentication,
  CustomErrorStatusCode,
  GatewayCapacity,
  GatewayDeployment,
  GatewaySku,
  SslPolicy,
  UrlRewrite,
} from "../lib";
import { CA_CER_BASE64 } from "./fixtures/ca-certificate";
import { expectGatewayPlans } from "./support/deploy-checks";
import { applyStack, DeployedGateway, deployStack, gatewayConfig, gatewayPlan, gatewayState, planStack, SUBSCRIPTION_ID } from "./support/provider-model";
import { canonicalId, flattenGateway } from "./support/provider-model/azurerm-read";
import { RESOURCES } from "./support/provider-model/azurerm-resources";
import { gatewaysOfBothModes } from "./support/single-resource";
import { bareGateway, CERT, onlyResource, passthroughGateway, synthJson, testApp, testStack, WORKSPACE_ID } from "./support/stack";
import { STACKS } from "./support/stacks";

const mixed = synthJson(new MixedMtlsStack(testApp(), "mixed-mtls"));

/** The stack with its gateway config edited, deployed. */
function deployEdited(edit: (gateway: any) => void): DeployedGateway {
  const copy = JSON.parse(JSON.stringify(mixed));
  edit(onlyResource(copy, "azurerm_application_gateway").config);
  const [g] = deployStack(copy);
  return g;
}
const [deployed] = deployStack(mixed);
/** The deployment with the final GET edited (what Azure returns differs from what was PUT). */
function withFinal(g: DeployedGateway, edit: (get: any) => void): DeployedGateway {
  const final = JSON.parse(JSON.stringify(g.final));
  edit(final);
  return { ...g, final };
}
const planOf = (g: DeployedGateway) => gatewayPlan(g).map((c) => ({ path: c.path, forceNew: c.forceNew }));

test("the mixed example's second plan is empty (the baseline of every mutation below)", () => {
  expect(gatewayPlan(deployed)).toEqual([]);
});

describe("values azurerm flattens back differently", () => {
  test("a Predefined ssl_policy with min_protocol_version: the expander drops it, the Read returns '', every plan shows it (AVM #180)", () => {
    const g = deployEdited((gw) => (gw.ssl_policy.min_protocol_version = "TLSv1_2"));
    expect((g.final.properties as any).sslPolicy).toEqual({ policyType: "Predefined", policyName: "AppGwSslPolicy20220101" });
    expect(gatewayPlan(g)).toEqual([{ path: "ssl_policy.0.min_protocol_version", old: "", new: "TLSv1_2", forceNew: false }]);
    expect(() => expectGatewayPlans(g)).toThrow(/min_protocol_version/);
  });

  test("the same with cipher_suites next to policy_name", () => {
    const g = deployEdited((gw) => (gw.ssl_policy.cipher_suites = ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"]));
    expect(planOf(g)).toEqual([
      { path: "ssl_policy.0.cipher_suites.#", forceNew: false },
      { path: "ssl_policy.0.cipher_suites.0", forceNew: false },
    ]);
  });

  test("an SSL profile's revocation check: 'None' in the GET flattens to '' and matches an unset argument", () => {
    const auth = (deployed.final.properties as any).sslProfiles.map((p: any) => p.properties.clientAuthConfiguration.verifyClientRevocation);
    expect(auth).toEqual(["None", "None"]);
    expect(gatewayState(deployed).ssl_profile).toEqual(
      expect.arrayContaining([expect.objectContaining({ verify_client_certificate_revocation: "" })]),
    );
  });
});

describe("Set vs List: a set's order never diffs, a list's does", () => {
  const reversed = (key: string) => withFinal(deployed, (get) => get.properties[key].reverse());

  test.each(["httpListeners", "requestRoutingRules", "backendAddressPools", "backendHttpSettingsCollection", "frontendPorts", "sslCertificates"])(
    "%s (a TypeSet) in another order: no change",
    (key) => {
      expect(gatewayPlan(reversed(key))).toEqual([]);
    },
  );

  test.each([
    ["sslProfiles", "ssl_profile"],
    ["rewriteRuleSets", "rewrite_rule_set"],
  ])("%s (a TypeList) in another order: a change of every item, and the check fails", (key, block) => {
    const g = reversed(key);
    expect(gatewayPlan(g).length).toBeGreaterThan(0);
    expect(gatewayPlan(g).every((c) => c.path.startsWith(`${block}.`))).toBe(true);
    expect(() => expectGatewayPlans(g)).toThrow(new RegExp(block));
  });
});

describe("ids: case, and which Read functions normalise it", () => {
  const upperGroup = (id: string) => id.replace(/\/resourceGroups\/([^/]+)\//, (_m, group: string) => `/resourceGroups/${group.toUpperCase()}/`);

  test("a subnet id the GET returns in another case is flattened as is: a change (flattenApplicationGatewayIPConfigurations)", () => {
    const g = withFinal(deployed, (get) => {
      const subnet = get.properties.gatewayIPConfigurations[0].properties.subnet;
      subnet.id = upperGroup(subnet.id);
    });
    expect(planOf(g)).toEqual([{ path: "gateway_ip_configuration.0.subnet_id", forceNew: false }]);
    expect(() => expectGatewayPlans(g)).toThrow(/subnet_id/);
  });

  test("the static segments of a firewall policy or identity id are re-cased by the insensitive parsers the Read uses", () => {
    expect(canonicalId("/SUBSCRIPTIONS/s/RESOURCEGROUPS/Rg/PROVIDERS/microsoft.network/applicationgatewaywebapplicationfirewallpolicies/P")).toBe(
      "/subscriptions/s/resourceGroups/Rg/providers/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/P",
    );
  });
});

describe("Optional+Computed, Default, StateFunc, DiffSuppressFunc, ForceNew", () => {
  test("a gateway ssl_policy the config leaves out (Computed: sslProfileSchema(true)) is no change when Azure returns one; a profile's (not Computed) is", () => {
    const policy = { policyType: "Predefined", policyName: "AppGwSslPolicy20220101" };
    const noGatewayPolicy = deployEdited((gw) => delete gw.ssl_policy);
    expect(gatewayPlan(withFinal(noGatewayPolicy, (get) => (get.properties.sslPolicy = policy)))).toEqual([]);
    const profilePolicy = withFinal(deployed, (get) => (get.properties.sslProfiles[0].properties.sslPolicy = policy));
    expect(planOf(profilePolicy)).toEqual([{ path: "ssl_profile.0.ssl_policy.#", forceNew: false }]);
  });

  test("request_timeout unset is its Default (30); a GET with another value is a change", () => {
    const settings = (get: any) => get.properties.backendHttpSettingsCollection[0].properties;
    expect(settings(deployed.final).requestTimeout).toBe(30);
    expect(planOf(withFinal(deployed, (get) => (settings(get).requestTimeout = 20))).map((c) => c.path)).toEqual([
      expect.stringMatching(/^backend_http_settings\.\d+$/),
      "backend_http_settings.~",
    ]);
  });

  test("location: 'West Europe' and 'westeurope' are the same (location.DiffSuppressFunc); another region replaces the gateway (ForceNew)", () => {
    const config = gatewayConfig(deployed);
    const state = gatewayState(deployed);
    expect(gatewayPlan(deployed, { ...config, location: "West Europe" }, state)).toEqual([]);
    expect(gatewayPlan(deployed, { ...config, location: "northeurope" }, state)).toEqual([
      { path: "location", old: "westeurope", new: "northeurope", forceNew: true },
    ]);
  });

  test("a trusted client CA given as PEM text is stored base64-encoded (base64EncodedStateFunc) and read back as sent: no change", () => {
    const g = deployEdited((gw) => (gw.trusted_client_certificate[0].data = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"));
    expect(gatewayPlan(g)).toEqual([]);
  });

  test("the certificate password is not returned by the GET: the Read keeps the prior state's, no change", () => {
    const state = gatewayState(deployed) as any;
    expect(state.ssl_certificate.map((c: any) => typeof c.password)).toEqual(state.ssl_certificate.map(() => "string"));
  });

  test("a changed listener host name is an in-place update; a new gateway name replaces it", () => {
    const config = gatewayConfig(deployed) as any;
    const state = gatewayState(deployed);
    const renamed = gatewayPlan(deployed, { ...config, name: "other-agw" }, state);
    expect(renamed).toEqual([{ path: "name", old: "edge-agw", new: "other-agw", forceNew: true }]);
    const host = JSON.parse(JSON.stringify(config));
    host.http_listener[0].host_names = ["other.example.com"];
    expect(gatewayPlan(deployed, host, state).map((c) => c.forceNew)).toEqual([false, false]);
  });
});

test("v4.73.0 (the cdktn flavour) reads the issuer-DN flag under both names and http2 under both", () => {
  const state = flattenGateway(deployed.final, gatewayState(deployed), "4.73.0") as any;
  expect(state.ssl_profile[0]).toHaveProperty("verify_client_certificate_issuer_dn");
  expect(state.ssl_profile[0]).toHaveProperty("verify_client_cert_issuer_dn");
  expect(state).toHaveProperty("http2_enabled");
});

describe("the other resources: each Read and schema decides its own second plan", () => {
  const platform = JSON.parse(Testing.synth(STACKS["api-platform"](), true));
  const appliedPlatform = applyStack(platform);
  /** The plan of the api-platform stack with one resource's config (or refreshed state) edited: its action and changed paths. */
  function planWith(type: string, edits: { config?: (c: any) => any; state?: (s: any) => any }, name?: string) {
    const pick = (address: string) => address.startsWith(`${type}.`) && (name === undefined || address.includes(name));
    const plans = planStack(
      platform,
      {},
      {
        config: (a, c) => (pick(a) && edits.config ? edits.config(JSON.parse(JSON.stringify(c))) : c),
        state: (a, s) => (pick(a) && edits.state ? edits.state(JSON.parse(JSON.stringify(s))) : s),
      },
      appliedPlatform,
    );
    return plans.filter((p) => p.action !== "no-op").map((p) => ({ type: p.address.split(".")[0], action: p.action, paths: p.changes.map((c) => c.path) }));
  }

  test("baseline: every resource of the api-platform stack is no-op", () => {
    expect(planWith("none", {})).toEqual([]);
  });

  test("a subnet delegation without actions: Azure returns the service's action, the Set differs (why network.ts states it)", () => {
    const changes = planWith("azurerm_subnet", { config: (c) => (c.delegation && delete c.delegation[0].service_delegation.actions, c) });
    expect(changes).toEqual([{ type: "azurerm_subnet", action: "update", paths: ["delegation.0.service_delegation.0.actions.~"] }]);
  });

  test("public IP zones in another order: no change (TypeSet); other zones: a replacement (ForceNew)", () => {
    expect(planWith("azurerm_public_ip", { config: (c) => ({ ...c, zones: [...c.zones].reverse() }) })).toEqual([]);
    expect(planWith("azurerm_public_ip", { config: (c) => ({ ...c, zones: ["1"] }) })).toEqual([
      { type: "azurerm_public_ip", action: "replace", paths: ["zones.~", "zones.~"] },
    ]);
  });

  test("a workspace id whose static segments differ in case is read back re-cased (ParseWorkspaceIDInsensitively): a change on every plan", () => {
    const lower = (c: any) => ({ ...c, log_analytics_workspace_id: c.log_analytics_workspace_id.replace("/resourceGroups/", "/resourcegroups/") });
    const changes = planWith("azurerm_monitor_diagnostic_setting", { config: lower }, "Gateway_Diagnostics");
    expect(changes).toEqual([{ type: "azurerm_monitor_diagnostic_setting", action: "update", paths: ["log_analytics_workspace_id"] }]);
  });

  test("a role's name in another case is suppressed (suppress.CaseDifference); another principal replaces the assignment", () => {
    expect(planWith("azurerm_role_assignment", { config: (c) => ({ ...c, role_definition_name: c.role_definition_name.toUpperCase() }) })).toEqual([]);
    const other = planWith("azurerm_role_assignment", { config: (c) => ({ ...c, principal_id: "99999999-2222-4333-8444-555555555555" }) }, "operations");
    expect(other).toEqual([{ type: "azurerm_role_assignment", action: "replace", paths: ["principal_id"] }]);
  });

  test("a tenant-level roleDefinitionId (no subscription) reads back under the scope's subscription: a replacement on every plan", () => {
    const tenantLevel = (c: any) => {
      const { role_definition_name: _name, ...rest } = c;
      return { ...rest, role_definition_id: "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7" };
    };
    const changes = planWith("azurerm_role_assignment", { config: tenantLevel, state: (s) => s }, "operations");
    expect(changes).toEqual([{ type: "azurerm_role_assignment", action: "replace", paths: ["role_definition_id"] }]);
  });

  test("WAF policy: a setting Azure returns differently is an update; the lock's notes (ForceNew) a replacement", () => {
    const waf = planWith("azurerm_web_application_firewall_policy", { state: (s) => ((s.policy_settings[0].mode = "Detection"), s) });
    expect(waf).toEqual([{ type: "azurerm_web_application_firewall_policy", action: "update", paths: ["policy_settings.0.mode"] }]);
    const lock = planWith("azurerm_management_lock", { config: (c) => ({ ...c, notes: "other" }) });
    expect(lock).toEqual([{ type: "azurerm_management_lock", action: "replace", paths: ["notes"] }]);
  });

  test("user-assigned identity and virtual network: 'West Europe' is 'westeurope' (location.DiffSuppressFunc)", () => {
    expect(planWith("azurerm_user_assigned_identity", { config: (c) => ({ ...c, location: "West Europe" }) })).toEqual([]);
    expect(planWith("azurerm_virtual_network", { config: (c) => ({ ...c, location: "West Europe" }) })).toEqual([]);
  });

  test("a changed listener host name: the gateway is updated in place, the patch replaced (replace_triggered_by), nothing else", () => {
    const changes = planWith("azurerm_application_gateway", { config: (c) => ((c.http_listener[0].host_names = ["other.contoso.com"]), c) });
    expect(changes.map((c) => [c.type, c.action])).toEqual([
      ["azurerm_application_gateway", "update"],
      ["azapi_update_resource", "replace"],
    ]);
  });
});

describe("addRoleAssignment with a roleDefinitionId: rendered under the gateway's subscription, so the second plan is empty", () => {
  const READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
  test.each([
    ["tenant-level", `/providers/Microsoft.Authorization/roleDefinitions/${READER}`],
    ["another subscription's", `/subscriptions/11111111-1111-4111-8111-111111111111/providers/Microsoft.Authorization/roleDefinitions/${READER}`],
    ["the gateway's subscription, lower-case provider", `/subscriptions/${SUBSCRIPTION_ID}/providers/microsoft.authorization/roleDefinitions/${READER}`],
  ])("%s id", (_what, roleDefinitionId) => {
    const stack = testStack();
    passthroughGateway(stack).addRoleAssignment("ops", { principalId: "7f1c5e2a-4b3d-4c6e-9a8b-0d1e2f3a4b5c", roleDefinitionId });
    const json = synthJson(stack);
    const role = onlyResource(json, "azurerm_role_assignment").config;
    expect(role.role_definition_id).toBe(
      `/subscriptions/\${element(split("/", azurerm_application_gateway.Gateway_43CB3636.id), 2)}/providers/Microsoft.Authorization/roleDefinitions/${READER}`,
    );
    expect(planStack(json).filter((p) => p.action !== "no-op")).toEqual([]);
  });

  test("an id that is a Terraform expression keeps its last segment, split by Terraform", () => {
    const stack = testStack();
    const roleDefinitionId = new TerraformVariable(stack, "role_id", { type: "string" }).stringValue;
    passthroughGateway(stack).addRoleAssignment("ops", { principalId: "7f1c5e2a-4b3d-4c6e-9a8b-0d1e2f3a4b5c", roleDefinitionId });
    const role = onlyResource(synthJson(stack), "azurerm_role_assignment").config;
    expect(role.role_definition_id).toBe(
      '/subscriptions/${element(split("/", azurerm_application_gateway.Gateway_43CB3636.id), 2)}/providers/Microsoft.Authorization/roleDefinitions/${element(reverse(split("/", var.role_id)), 0)}',
    );
  });
});

describe("a URL rewrite of only the path (or only the query string) keeps the other part, in both deployment modes", () => {
  const build = (url: UrlRewrite, deployment?: GatewayDeployment) => {
    const stack = testStack();
    const gw = bareGateway(stack, deployment === undefined ? {} : { deployment });
    const profile = gw.addSslProfile("mtls", { clientAuthentication: ClientAuthentication.passthrough() });
    const listener = gw.addHttpsListener("https", { certificate: CERT, sslProfile: profile });
    const rewriteRuleSet = gw.addRewriteRuleSet("rewrite", { rules: [{ name: "move", ruleSequence: 100, url }] });
    const backendPool = gw.addBackendPool("app", { fqdns: ["app.azurewebsites.net"] });
    const backendSettings = gw.addBackendSettings("https", { protocol: BackendProtocol.HTTPS });
    gw.addRoutingRule("route", { priority: 100, listener, backendPool, backendSettings, rewriteRuleSet });
    return synthJson(stack);
  };
  /** The URL configuration of the rule "move" (its set may be merged with the library's certificate headers). */
  const urlOf = (gateway: any) =>
    gateway.properties.rewriteRuleSets.flatMap((s: any) => s.properties.rewriteRules).find((r: any) => r.name === "move").actionSet.urlConfiguration;

  test.each([
    ["path only", { path: "/v2/{var_uri_path}" }, { modifiedPath: "/v2/{var_uri_path}", reroute: false }],
    ["query string only", { queryString: "v=2" }, { modifiedQueryString: "v=2", reroute: false }],
    ["both", { path: "/v2", queryString: "v=2" }, { modifiedPath: "/v2", modifiedQueryString: "v=2", reroute: false }],
  ])("%s: azurerm sends only what is set, the modes agree, the second plan is empty", (_what, url, expected) => {
    const azurerm = build(url);
    const [g] = deployStack(azurerm);
    expect(urlOf(g.final)).toEqual(expected);
    const [singleGateway, defaultGateway] = gatewaysOfBothModes(build(url, GatewayDeployment.SINGLE_AZAPI_RESOURCE), azurerm);
    expect(urlOf(singleGateway)).toEqual(urlOf(defaultGateway));
    expect(planStack(azurerm, {}, {}, applyStack(azurerm, {}, [g])).filter((p) => p.action !== "no-op")).toEqual([]);
  });
});

describe("a gateway using the optional features the suite's other stacks leave out", () => {
  const build = (deployment?: GatewayDeployment) => {
    const stack = testStack();
    const gw = bareGateway(stack, {
      ...(deployment === undefined ? {} : { deployment }),
      sku: GatewaySku.WAF_V2,
      capacity: GatewayCapacity.fixed(2),
      sslPolicy: SslPolicy.customV2({ minProtocolVersion: "TLSv1_2", cipherSuites: ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"] }),
      privateFrontendIpAddress: "10.0.0.10",
      requestBuffering: false,
      responseBuffering: true,
      zones: ["3", "1"],
      tags: { team: "edge", Env: "Prod" },
      customErrorPages: [{ statusCode: CustomErrorStatusCode.HTTP_403, url: "https://pages.example.com/403.html" }],
      deletionLock: true,
      logAnalyticsWorkspaceId: WORKSPACE_ID,
      publicIpDiagnostics: true,
    });
    const strict = gw.addSslProfile("strict", {
      clientAuthentication: ClientAuthentication.strict({
        trustedClientCertificates: [{ name: "ca", data: CA_CER_BASE64 }],
        verifyClientCertIssuerDn: true,
        verifyClientRevocation: true,
      }),
      sslPolicy: SslPolicy.predefined("AppGwSslPolicy20220101S"),
    });
    const passthrough = gw.addSslProfile("pass", { clientAuthentication: ClientAuthentication.passthrough() });
    const secure = gw.addHttpsListener("secure", {
      certificate: CERT,
      sslProfile: strict,
      hostNames: ["b.example.com", "a.example.com"],
      requireSni: true,
      customErrorPages: [{ statusCode: CustomErrorStatusCode.HTTP_502, url: "https://pages.example.com/502.html" }],
    });
    const open = gw.addHttpsListener("open", { certificate: CERT, sslProfile: passthrough, hostNames: ["c.example.com"] });
    const pool = gw.addBackendPool("ips", { ipAddresses: ["10.1.0.5", "10.1.0.4"] });
    const settings = gw.addBackendSettings("tuned", {
      protocol: BackendProtocol.HTTPS,
      port: 8443,
      hostName: "app.internal.example.com",
      requestTimeout: 120,
      cookieBasedAffinity: true,
      affinityCookieName: "tuned-affinity",
      connectionDrainingTimeout: 3600,
      path: "/app/",
      dedicatedBackendConnection: true,
      healthProbe: {
        path: "/ready",
        interval: 15,
        timeout: 10,
        unhealthyThreshold: 5,
        statusCodes: ["200", "204"],
        host: "app.internal.example.com",
        port: 9443,
        minServers: 1,
        responseBodyMatch: "ok",
      },
    });
    gw.addRoutingRule("secure", { priority: 10, listener: secure, backendPool: pool, backendSettings: settings });
    gw.addRoutingRule("open", { priority: 20, listener: open, backendPool: pool, backendSettings: settings });
    gw.addHttpRedirect("to-secure", { target: secure, priority: 30, hostNames: ["b.example.com"] });
    gw.addRoleAssignment("ops", { principalId: "7f1c5e2a-4b3d-4c6e-9a8b-0d1e2f3a4b5c", roleDefinitionName: "Reader", principalType: "Group" });
    return synthJson(stack);
  };
  const azurerm = build();
  const single = build(GatewayDeployment.SINGLE_AZAPI_RESOURCE);

  test("every resource plans no change after the apply, in both modes", () => {
    expect(planStack(azurerm).filter((p) => p.action !== "no-op")).toEqual([]);
    expect(planStack(single).filter((p) => p.action !== "no-op")).toEqual([]);
  });

  test("both modes leave the same gateway in Azure", () => {
    const [singleGateway, defaultGateway] = gatewaysOfBothModes(single, azurerm);
    expect(singleGateway).toEqual(defaultGateway);
  });

  test("backend settings and probe options reach Azure as set (not only equal in both modes)", () => {
    const [gateway] = gatewaysOfBothModes(single, azurerm);
    const settings = gateway.properties.backendHttpSettingsCollection[0].properties;
    expect(settings).toMatchObject({
      cookieBasedAffinity: "Enabled",
      affinityCookieName: "tuned-affinity",
      connectionDraining: { enabled: true, drainTimeoutInSec: 3600 },
      path: "/app/",
      dedicatedBackendConnection: true,
    });
    expect(gateway.properties.probes[0].properties).toMatchObject({ port: 9443, minServers: 1, match: { statusCodes: ["200", "204"], body: "ok" } });
  });
});

describe("the library's WAF policy enforces the file upload limit it sets", () => {
  const waf = RESOURCES.azurerm_web_application_firewall_policy;
  const [name, config] = Object.entries(JSON.parse(Testing.synth(STACKS["api-platform"](), true)).resource.azurerm_web_application_firewall_policy)[0] as [string, any];
  const address = `azurerm_web_application_firewall_policy.${name}`;

  test("azurerm sends an unset file_upload_enforcement (Optional+Computed) as false, though ARM's default is true", () => {
    const unset = JSON.parse(JSON.stringify(config));
    delete unset.policy_settings.file_upload_enforcement;
    expect((waf.read(unset, { address }).policy_settings as any)[0].file_upload_enforcement).toBe(false);
  });

  test("so the library sets it: the policy Azure stores enforces the limit", () => {
    expect((waf.read(config, { address }).policy_settings as any)[0].file_upload_enforcement).toBe(true);
  });
});
