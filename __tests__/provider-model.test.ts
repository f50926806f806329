// The provider model (support/provider-model) is not vacuous: it reports the drift and
// the failures the providers' code produces, and each step does what the cited code does.
import { MixedMtlsStack } from "../examples/mixed-strict-passthrough";
import { MtlsPassthroughStack } from "../main";
import { strictPutBodyValidator } from "./support/arm-schema";
import {
  ArmError,
  armGet,
  armPut,
  azapiResourcePut,
  azapiResourceReadBack,
  azapiResourceValidate,
  azurermErrors,
  azurermPutBody,
  deployStack,
  finalGatewayBody,
  formatError,
  gatewayChange,
  gatewayPlan,
  gatewayState,
  ModelOptions,
  ResourceConfig,
} from "./support/provider-model";
import { getWriteOnly } from "./support/provider-model/bicep-types";
import { Json, mergeObject, updateObject } from "./support/provider-model/json";
import { onlyResource, synthJson, testApp } from "./support/stack";

const mixed = synthJson(new MixedMtlsStack(testApp(), "mixed-mtls"));
const seed = synthJson(new MtlsPassthroughStack(testApp(), "mtls-passthrough"));
const validate = strictPutBodyValidator();

/** A copy of a synthesized stack with its gateway and patch configs changed. */
function edited(stack: any, edit: (gateway: any, patch: any) => void): any {
  const copy = JSON.parse(JSON.stringify(stack));
  edit(
    onlyResource(copy, "azurerm_application_gateway").config,
    copy.resource.azapi_update_resource && onlyResource(copy, "azapi_update_resource").config
  );
  return copy;
}
const only = (stack: any, o: ModelOptions = {}) => {
  const deployed = deployStack(stack, o);
  expect(deployed).toHaveLength(1);
  return deployed[0];
};
const messages = (stack: any) => azurermErrors(stack, onlyResource(stack, "azurerm_application_gateway").address).map(formatError);
const profile = (body: any, name: string) => body.properties.sslProfiles.find((p: any) => p.name === name);

describe("the patch's read-back (azapi_update_resource Read → utils.UpdateObject)", () => {
  test("mixed example: no change right after apply", () => {
    expect(only(mixed).patches.map((p) => p.readBack.changed)).toEqual([false]);
  });

  test("the pre-fix patch (no ignore_other_items_in_list) drifts on every plan: Read appends the strict profile it does not name", () => {
    const preFix = edited(mixed, (_gw, patch) => delete patch.ignore_other_items_in_list);
    const [patch] = only(preFix).patches;
    expect(patch.readBack.changed).toBe(true);
    expect((patch.readBack.body as any).properties.sslProfiles.map((p: any) => p.name)).toEqual(["api-passthrough", "partners-strict"]);
  });

  test("a gateway with one profile does not drift even without the option (nothing to append)", () => {
    const preFix = edited(seed, (_gw, patch) => delete patch.ignore_other_items_in_list);
    expect(only(preFix).patches.map((p) => p.readBack.changed)).toEqual([false]);
  });
});

describe("an azurerm-only write (update PUT at 2025-01-01, whose model has no verifyClientAuthMode)", () => {
  test.each(["absent", "Strict"] as const)("is reported by the next plan when GET then shows the mode as %s", (reset) => {
    const change = gatewayChange(only(mixed, { unsetAuthModeReadsAs: reset }), ["tags"]);
    expect(profile(change.azurermPut, "api-passthrough").properties.clientAuthConfiguration.verifyClientAuthMode).toBeUndefined();
    expect(profile(change.afterAzurerm, "api-passthrough").properties.clientAuthConfiguration.verifyClientAuthMode).toBe(
      reset === "Strict" ? "Strict" : undefined
    );
    expect(change.readBackAfterAzurerm.map((r) => r.changed)).toEqual([true]);
  });

  test("with azapi's default ignore_missing_property = true an absent mode goes unnoticed (why the patch sets false)", () => {
    const lenient = edited(mixed, (_gw, patch) => delete patch.ignore_missing_property);
    expect(gatewayChange(only(lenient), ["tags"]).readBackAfterAzurerm.map((r) => r.changed)).toEqual([false]);
  });

  test("replace_triggered_by re-runs the patch in the same apply; without it passthrough stays lost", () => {
    const rerun = gatewayChange(only(mixed), ["tags"]);
    expect([rerun.patchesReran, profile(rerun.final, "api-passthrough").properties.clientAuthConfiguration.verifyClientAuthMode]).toEqual([
      true,
      "Passthrough",
    ]);
    const noTrigger = gatewayChange(only(edited(mixed, (_gw, patch) => delete patch.lifecycle)), ["tags"]);
    expect([noTrigger.patchesReran, noTrigger.readBackFinal[0].changed]).toEqual([false, true]);
  });

  test("the strict profile keeps its CA and mode through the write and the re-run", () => {
    const change = gatewayChange(only(mixed), ["tags"]);
    const strict = profile(change.final, "partners-strict").properties;
    expect(strict.trustedClientCertificates.map((r: any) => r.id.split("/").pop())).toEqual(["partner-ca"]);
    expect(strict.clientAuthConfiguration).toEqual({ verifyClientCertIssuerDN: true, verifyClientRevocation: "None" });
  });
});

describe("azurerm's create path (resourceApplicationGatewayCreate)", () => {
  const body = azurermPutBody(seed, onlyResource(seed, "azurerm_application_gateway").address);

  test("the SSL profile expander sends clientAuthConfiguration and an empty trustedClientCertificates, never verifyClientAuthMode", () => {
    expect(body.properties).toMatchObject({
      sslProfiles: [
        {
          name: "sslnotrustedcert",
          properties: { clientAuthConfiguration: { verifyClientCertIssuerDN: false, verifyClientRevocation: "None" }, trustedClientCertificates: [] },
        },
      ],
    });
    expect(JSON.stringify(body)).not.toContain("verifyClientAuthMode");
  });

  test("sub-resource references are built from the gateway id (backendHttpSettingsCollection, not backendHttpSettings)", () => {
    const rule = (body.properties as any).requestRoutingRules[0].properties;
    expect(rule.backendHttpSettings.id).toMatch(/\/applicationGateways\/mtlsAppGw\/backendHttpSettingsCollection\/settings2$/);
  });

  test("an ssl_policy with policy_name but no policy_type is sent as {}", () => {
    const stack = edited(seed, (gw) => delete gw.ssl_policy.policy_type);
    expect(azurermPutBody(stack, onlyResource(stack, "azurerm_application_gateway").address).properties).toMatchObject({ sslPolicy: {} });
  });

  test.each([
    [
      "a probe with neither host nor pick_host_name_from_backend_http_settings",
      (gw: any) => (gw.probe = [{ name: "p", protocol: "Http", path: "/", interval: 30, timeout: 30, unhealthy_threshold: 3 }]),
      /one of `host` or `pick_host_name_from_backend_http_settings` must be set/,
    ],
    [
      "a v1 SKU with capacity 33",
      (gw: any) => (gw.sku = { name: "Standard_Medium", tier: "Standard", capacity: 33 }),
      /capacity value between 1 and 32 \[plan, applicationGatewayCustomizeDiff\]/,
    ],
    [
      "disabled_protocols with policy_type",
      (gw: any) => (gw.ssl_policy.disabled_protocols = ["TLSv1_0"]),
      /setting disabled_protocols is not allowed when policy_type is defined/,
    ],
    [
      "a subnet id that is not one",
      (gw: any) => (gw.gateway_ip_configuration[0].subnet_id = "/subnets/agw"),
      /gateway_ip_configuration\.0\.subnet_id = "\/subnets\/agw": .*Subnet ID failed \[plan/,
    ],
    [
      "a TLS 1.3 cipher suite in a CustomV2 policy (azurerm's list has none)",
      (gw: any) => (gw.ssl_policy = { policy_type: "CustomV2", min_protocol_version: "TLSv1_3", cipher_suites: ["TLS_AES_256_GCM_SHA384"] }),
      /ssl_policy\.0\.cipher_suites\.0 = "TLS_AES_256_GCM_SHA384": expected .* to be one of/,
    ],
    [
      "an argument azurerm does not know",
      (gw: any) => (gw.verify_client_auth_mode = "Passthrough"),
      /An argument named "verify_client_auth_mode" is not expected here/,
    ],
  ])("reports %s", (_what, edit, message) => {
    expect(messages(seed)).toEqual([]);
    expect(messages(edited(seed, edit)).join("\n")).toMatch(message);
  });
});

describe("the azurerm version the stack pins decides the schema (4.55.0: cdktf flavour, 4.73.0: cdktn flavour)", () => {
  const ISSUER_DN = ["verify_client_cert_issuer_dn", "verify_client_certificate_issuer_dn"];
  const HTTP2 = ["enable_http2", "http2_enabled"];
  /** The seed's stack pinned to `version`, with these issuer-DN and HTTP/2 arguments (and no other spelling of them). */
  const pinned = (version: string, args: { [name: string]: boolean } = {}) => {
    const stack = edited(seed, (gw) => {
      for (const name of HTTP2) delete gw[name];
      for (const name of ISSUER_DN) delete gw.ssl_profile[0][name];
      for (const [name, value] of Object.entries(args)) (ISSUER_DN.includes(name) ? gw.ssl_profile[0] : gw)[name] = value;
    });
    stack.terraform.required_providers.azurerm.version = version;
    return stack;
  };
  const sent = (stack: any) => {
    const p = azurermPutBody(stack, onlyResource(stack, "azurerm_application_gateway").address).properties as any;
    return { issuerDn: p.sslProfiles[0].properties.clientAuthConfiguration.verifyClientCertIssuerDN, http2: p.enableHttp2 };
  };

  test.each(["verify_client_certificate_issuer_dn", "http2_enabled"])("4.55.0 does not know %s (new in 4.73.0)", (name) => {
    expect(messages(pinned("4.55.0", { [name]: true })).join("\n")).toMatch(new RegExp(`An argument named "${name}" is not expected here`));
  });

  test.each([
    ["neither spelling", {}, { issuerDn: false, http2: false }],
    ["the new names", { verify_client_certificate_issuer_dn: true, http2_enabled: true }, { issuerDn: true, http2: true }],
    ["the deprecated names", { verify_client_cert_issuer_dn: true, enable_http2: true }, { issuerDn: true, http2: true }],
    ["both issuer-DN names, the deprecated one false: it wins (its raw config is not null)", { verify_client_cert_issuer_dn: false, verify_client_certificate_issuer_dn: true }, { issuerDn: false, http2: false }],
  ])("4.73.0 takes %s", (_what, args, expected) => {
    const stack = pinned("4.73.0", args);
    expect(messages(stack)).toEqual([]);
    expect(sent(stack)).toEqual(expected);
  });

  test("4.73.0 refuses both HTTP/2 names (ConflictsWith)", () => {
    expect(messages(pinned("4.73.0", { enable_http2: false, http2_enabled: true }))).toEqual([
      'azurerm_application_gateway.Gateway_43CB3636: http2_enabled = true: "http2_enabled": conflicts with enable_http2 [plan, resourceApplicationGateway schema]',
    ]);
  });

  test("host_name with pick_host_name_from_backend_address: 4.55.0 stops at apply (Create's check), 4.73.0 at plan (moved to CustomizeDiff)", () => {
    const withHostName = (version: string) => {
      const stack = pinned(version);
      onlyResource(stack, "azurerm_application_gateway").config.backend_http_settings[0].host_name = "app.example.com";
      return messages(stack).join("\n");
    };
    expect(withHostName("4.55.0")).toMatch(/only one of `host_name` or `pick_host_name_from_backend_address` can be set \[apply, resourceApplicationGatewayCreate\]/);
    expect(withHostName("4.73.0")).toMatch(
      /only one of `host_name` or `pick_host_name_from_backend_address` can be set for `backend_http_settings` "[^"]+" \[plan, applicationGatewayCustomizeDiff\]/,
    );
  });

  test("4.73.0 sends enableProbeProxyProtocolHeader on every probe (expandApplicationGatewayProbes), 4.55.0 on none", () => {
    const probes = (version: string) => {
      const stack = pinned(version);
      const gw = onlyResource(stack, "azurerm_application_gateway").config;
      gw.probe = [{ name: "p", protocol: "Https", path: "/", interval: 30, timeout: 30, unhealthy_threshold: 3, pick_host_name_from_backend_http_settings: true }];
      return (azurermPutBody(stack, onlyResource(stack, "azurerm_application_gateway").address).properties as any).probes.map(
        (p: any) => p.properties.enableProbeProxyProtocolHeader,
      );
    };
    expect(probes("4.55.0")).toEqual([undefined]);
    expect(probes("4.73.0")).toEqual([false]);
  });

  test("a version the model does not know is an error, not a guess", () => {
    expect(() => messages(pinned("4.60.0"))).toThrow("provider model: azurerm 4.60.0 is not modelled (known: 4.55.0, 4.73.0)");
  });
});

test("finalGatewayBody: the seed's gateway as a 2025-03-01 GET returns it after the apply, as the quickstart shows it", () => {
  const body = finalGatewayBody(seed);
  const p = profile(body, "sslnotrustedcert");
  // The quickstart's "Validate the deployment" sample: the mode, and the listeners using the profile.
  expect(p.properties.clientAuthConfiguration).toEqual({
    verifyClientCertIssuerDN: false,
    verifyClientRevocation: "None",
    verifyClientAuthMode: "Passthrough",
  });
  expect(p.properties.httpListeners).toEqual([{ id: `${body.id}/httpListeners/listener2` }]);
  expect(p.properties.provisioningState).toBe("Succeeded");
});

describe("ARM's GET (2025-03-01) and azapi's PUT", () => {
  const g = only(mixed);

  test("GET: ids on every sub-resource, read-only fields, no certificate data or password", () => {
    const cert = (g.afterCreate.properties as any).sslCertificates[0];
    expect(cert.id).toBe(`${g.gatewayId}/sslCertificates/contoso-wildcard`);
    expect(Object.keys(cert.properties).sort()).toEqual(["provisioningState", "publicCertData"]);
    expect((g.afterCreate.properties as any).backendHttpSettingsCollection[0].id).toBe(`${g.gatewayId}/backendHttpSettingsCollection/partners`);
  });

  test("the GET is not a valid PUT body (read-only and unknown fields); azapi's PUT, stripped by the embedded type, is", () => {
    const errors = validate(g.afterCreate).join("\n");
    for (const field of ["etag", "provisioningState", "publicCertData", "httpListeners"]) expect(errors).toContain(field);
    expect(validate(g.patches[0].put)).toEqual([]);
  });

  test("azapi's merge touches only the named profile's client-auth settings; the PFX goes back without data", () => {
    const { existing, put } = g.patches[0];
    const withoutPassthrough = JSON.parse(JSON.stringify(put));
    delete profile(withoutPassthrough, "api-passthrough").properties.clientAuthConfiguration.verifyClientAuthMode;
    expect(withoutPassthrough).toEqual(getWriteOnly(existing)); // what a PUT of the GET alone would be
    expect((put.properties as any).sslCertificates).toEqual([
      { name: "contoso-wildcard", id: `${g.gatewayId}/sslCertificates/contoso-wildcard`, properties: {} },
    ]);
  });

  test("ARM keeps a certificate sent without data only when one of that name exists", () => {
    expect(() => armPut(g.gatewayId, g.patches[0].put, "2025-03-01")).toThrow(ArmError);
    expect(() => armPut(g.gatewayId, g.patches[0].put, "2025-03-01", g.arm)).not.toThrow();
  });

  test("a reference to a sub-resource the gateway lacks is rejected", () => {
    const put = JSON.parse(JSON.stringify(g.patches[0].put));
    put.properties.requestRoutingRules[0].properties.backendHttpSettings.id = `${g.gatewayId}/backendHttpSettings/partners`;
    expect(() => armPut(g.gatewayId, put, "2025-03-01", g.arm)).toThrow(/backendHttpSettings\/partners, which is not part of the gateway/);
  });
});

describe("azapi_resource (a whole gateway as one resource)", () => {
  const g = only(mixed);
  const props = JSON.parse(JSON.stringify(g.azurermPut.properties));
  profile({ properties: props }, "api-passthrough").properties.clientAuthConfiguration.verifyClientAuthMode = "Passthrough";
  const secrets = props.sslCertificates.map((c: any) => ({ name: c.name, properties: { data: c.properties.data, password: c.properties.password } }));
  for (const c of props.sslCertificates) c.properties = {};
  const config: ResourceConfig = {
    type: "Microsoft.Network/applicationGateways@2025-03-01",
    name: "edge-agw",
    parent_id: g.gatewayId.replace(/\/providers\/.*$/, ""),
    location: "westeurope",
    body: { properties: props },
    sensitive_body: { properties: { sslCertificates: secrets } },
  };

  test("certificate secrets in sensitive_body: validates, PUTs a strictly valid body with the data, reads back without a change", () => {
    expect(azapiResourceValidate(config)).toEqual([]);
    const { body } = azapiResourcePut(config);
    expect(validate(body)).toEqual([]);
    expect((body as any).properties.sslCertificates[0].properties.data).toBe(secrets[0].properties.data);
    expect(azapiResourceReadBack(config, armGet(armPut(g.gatewayId, body!, "2025-03-01"))).changed).toBe(false);
  });

  test("schema validation rejects read-only and unknown keys, and nulls go only with ignore_null_property", () => {
    const bad = { ...config, body: { properties: { ...props, provisioningState: "Succeeded", sslProfile: [] } } };
    expect(azapiResourceValidate(bad)).toEqual([
      "`properties.provisioningState` is not expected here, it's read only",
      "`properties.sslProfile` is not expected here",
    ]);
    const withNull = { ...config, body: { properties: { ...props, firewallPolicy: null } } };
    expect(azapiResourcePut(withNull).body?.properties).toHaveProperty("firewallPolicy", null);
    expect(azapiResourcePut({ ...withNull, ignore_null_property: true }).body?.properties).not.toHaveProperty("firewallPolicy");
  });
});

describe("utils/json.go", () => {
  const base: Json = {
    list: [
      { name: "a", v: 1, keep: true },
      { name: "b", v: 2 },
    ],
  };

  test("MergeObject: lists of named items merge by name, keep order, append unknown names, delete nothing", () => {
    expect(
      mergeObject(base, {
        list: [
          { name: "b", v: 3 },
          { name: "c", v: 4 },
        ],
      })
    ).toEqual({
      list: [
        { name: "a", v: 1, keep: true },
        { name: "b", v: 3 },
        { name: "c", v: 4 },
      ],
    });
  });

  test("UpdateObject: configured shape kept, missing keys per ignore_missing_property (zero values always kept), casing per ignore_casing", () => {
    const config = { list: [{ name: "b", v: 2, flag: false, mode: "x" }] };
    expect(updateObject(config, base, { ignoreMissingProperty: false })).toEqual({
      list: [
        { name: "b", v: 2, flag: false },
        { name: "a", v: 1, keep: true },
      ],
    });
    expect(updateObject(config, base, { ignoreMissingProperty: false, ignoreOtherItemsInList: ["list"] })).toEqual({
      list: [{ name: "b", v: 2, flag: false }],
    });
    expect(updateObject({ s: "Passthrough" }, { s: "passthrough" }, { ignoreCasing: true })).toEqual({ s: "Passthrough" });
    expect(updateObject({ s: "Passthrough" }, { s: "passthrough" }, {})).toEqual({ s: "passthrough" });
  });
});

describe("azurerm 4.73.0's layer-4 blocks (listener, routing_rule, backend; Tcp/Tls probes)", () => {
  /** The seed pinned to `version` with one TLS proxy route (listener, backend with a Tls probe, routing rule) added. */
  const withLayer4 = (version: string, edit: (gw: any) => void = () => undefined) => {
    const stack = edited(seed, (gw) => {
      for (const name of ["enable_http2", "http2_enabled"]) delete gw[name];
      for (const name of ["verify_client_cert_issuer_dn", "verify_client_certificate_issuer_dn"]) delete gw.ssl_profile[0][name];
      gw.frontend_port = [...gw.frontend_port, { name: "port-5432", port: 5432 }];
      gw.listener = [{ name: "pg", frontend_ip_configuration_name: "appGatewayFrontendIP", frontend_port_name: "port-5432", protocol: "Tls", ssl_certificate_name: "sslCert" }];
      gw.backend = [{ name: "pg", protocol: "Tls", port: 5432, host_name: "db.example.com", probe_name: "pg-probe" }];
      gw.routing_rule = [{ name: "pg", priority: 500, listener_name: "pg", backend_address_pool_name: "pool2", backend_name: "pg" }];
      gw.probe = [{ name: "pg-probe", protocol: "Tls", interval: 15, timeout: 10, unhealthy_threshold: 3 }];
      edit(gw);
    });
    stack.terraform.required_providers.azurerm.version = version;
    return stack;
  };
  const put = (stack: any) => azurermPutBody(stack, onlyResource(stack, "azurerm_application_gateway").address).properties as any;

  test("4.73.0 PUTs them as listeners, routingRules (always Basic) and backendSettingsCollection, every probe field sent", () => {
    const stack = withLayer4("4.73.0");
    expect(messages(stack)).toEqual([]);
    const p = put(stack);
    const gw = p.listeners[0].properties.frontendPort.id.replace(/\/frontendPorts\/port-5432$/, "");
    expect(gw).toMatch(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/applicationGateways\/[^/]+$/);
    expect(p.listeners).toEqual([
      {
        name: "pg",
        properties: {
          frontendIPConfiguration: { id: `${gw}/frontendIPConfigurations/appGatewayFrontendIP` },
          frontendPort: { id: `${gw}/frontendPorts/port-5432` },
          protocol: "Tls",
          sslCertificate: { id: `${gw}/sslCertificates/sslCert` },
        },
      },
    ]);
    expect(p.routingRules).toEqual([
      {
        name: "pg",
        properties: {
          ruleType: "Basic",
          listener: { id: `${gw}/listeners/pg` },
          backendAddressPool: { id: `${gw}/backendAddressPools/pool2` },
          backendSettings: { id: `${gw}/backendSettingsCollection/pg` },
          priority: 500,
        },
      },
    ]);
    // timeout_in_seconds and client_ip_preservation_enabled unset: their schema Defaults, 30 and false.
    expect(p.backendSettingsCollection).toEqual([
      {
        name: "pg",
        properties: { port: 5432, protocol: "Tls", timeout: 30, enableL4ClientIpPreservation: false, hostName: "db.example.com", probe: { id: `${gw}/probes/pg-probe` } },
      },
    ]);
    expect(p.probes).toEqual([
      {
        name: "pg-probe",
        properties: {
          host: "",
          interval: 15,
          minServers: 0,
          path: "",
          protocol: "Tls",
          timeout: 10,
          unhealthyThreshold: 3,
          pickHostNameFromBackendHttpSettings: false,
          enableProbeProxyProtocolHeader: false,
        },
      },
    ]);
    expect(validate(azurermPutBody(stack, onlyResource(stack, "azurerm_application_gateway").address))).toEqual([]);
  });

  test("4.55.0 knows none of them, nor a Tls probe", () => {
    const errors = messages(withLayer4("4.55.0")).join("\n");
    for (const name of ["listener", "backend", "routing_rule"]) expect(errors).toContain(`An argument named "${name}" is not expected here`);
    expect(errors).toMatch(/probe\.0\.protocol = "Tls": expected probe\.0\.protocol to be one of \["Http","Https"\]/);
  });

  test.each([
    ["a Tls listener without ssl_certificate_name", (gw: any) => delete gw.listener[0].ssl_certificate_name, /`ssl_certificate_name` must be set when `protocol` is `Tls` for `listener` "pg" \[plan, applicationGatewayCustomizeDiff\]/],
    ["host_names on a Tcp listener", (gw: any) => Object.assign(gw.listener[0], { protocol: "Tcp", ssl_certificate_name: undefined, host_names: ["a.example.com"] }), /`host_names` cannot be set when `protocol` is `Tcp` for `listener` "pg"/],
    ["host_name on a Tcp backend", (gw: any) => (gw.backend[0].protocol = "Tcp"), /`host_name` cannot be set when `protocol` is `Tcp` for `backend` "pg"/],
    ["a path on a Tls probe", (gw: any) => (gw.probe[0].path = "/health"), /`host`, `pick_host_name_from_backend_http_settings`, `path`, and `match` cannot be set when `protocol` is `Tcp` or `Tls` for `probe` "pg-probe"/],
    ["a proxy protocol header on an Https probe", (gw: any) => Object.assign(gw.probe[0], { protocol: "Https", path: "/", pick_host_name_from_backend_http_settings: true, proxy_protocol_header_enabled: true }), /`proxy_protocol_header_enabled` can only be set when `protocol` is `Tcp` or `Tls`/],
    ["a probe timeout above its interval", (gw: any) => (gw.probe[0].timeout = 20), /`timeout` must not be greater than `interval` for `probe` "pg-probe"/],
    ["a probe unhealthy_threshold of 21", (gw: any) => (gw.probe[0].unhealthy_threshold = 21), /probe\.0\.unhealthy_threshold = 21: expected probe\.0\.unhealthy_threshold to be in the range \(1 - 20\)/],
    ["an Http backend", (gw: any) => (gw.backend[0].protocol = "Http"), /backend\.0\.protocol = "Http": expected backend\.0\.protocol to be one of \["Tcp","Tls"\]/],
    ["a routing rule without priority", (gw: any) => delete gw.routing_rule[0].priority, /routing_rule\.0\.priority = null: The argument "priority" is required/],
    ["a listener name ending in a hyphen", (gw: any) => (gw.listener[0].name = "pg-"), /listener\.0\.name = "pg-": listener\.0\.name must be between 1 - 80 characters long/],
    ["neither http_listener nor listener (AtLeastOneOf)", (gw: any) => { delete gw.http_listener; delete gw.listener; }, /"http_listener": one of `http_listener,listener` must be specified/],
  ])("4.73.0 reports %s", (_what, edit, message) => {
    expect(messages(withLayer4("4.73.0", edit)).join("\n")).toMatch(message);
  });

  test("only layer-4 parts: http_listener, backend_http_settings and request_routing_rule may be left out in 4.73.0 (Optional, AtLeastOneOf with their twins), not in 4.55.0", () => {
    const layer4Only = (gw: any) => {
      for (const block of ["http_listener", "backend_http_settings", "request_routing_rule", "ssl_profile", "trusted_client_certificate"]) delete gw[block];
    };
    expect(messages(withLayer4("4.73.0", layer4Only))).toEqual([]);
    const errors = messages(withLayer4("4.55.0", layer4Only)).join("\n");
    for (const block of ["http_listener", "backend_http_settings", "request_routing_rule"]) expect(errors).toContain(`The argument "${block}" is required`);
  });

  describe("read back (v4.73.0 resourceApplicationGatewaySetFlatten)", () => {
    const g = only(withLayer4("4.73.0"));
    const withFinal = (edit: (get: any) => void) => {
      const final = JSON.parse(JSON.stringify(g.final));
      edit(final);
      return { ...g, final };
    };

    test("the second plan is empty; the state holds the blocks with their computed ids", () => {
      expect(gatewayPlan(g)).toEqual([]);
      const state = gatewayState(g) as any;
      expect(state.listener[0]).toMatchObject({ name: "pg", protocol: "Tls", host_names: [], frontend_port_name: "port-5432", ssl_certificate_name: "sslCert" });
      expect(state.listener[0].frontend_port_id).toBe(`${g.gatewayId}/frontendPorts/port-5432`);
      expect(state.routing_rule[0]).toMatchObject({ name: "pg", priority: 500, listener_id: `${g.gatewayId}/listeners/pg`, backend_id: `${g.gatewayId}/backendSettingsCollection/pg` });
      expect(state.backend[0]).toMatchObject({ name: "pg", timeout_in_seconds: 30, client_ip_preservation_enabled: false, probe_id: `${g.gatewayId}/probes/pg-probe` });
      expect(state.probe[0]).toMatchObject({ host: "", path: "", proxy_protocol_header_enabled: false, match: [] });
    });

    test("a value Azure returns differently shows in the plan: client IP preservation on", () => {
      const changed = withFinal((get) => (get.properties.backendSettingsCollection[0].properties.enableL4ClientIpPreservation = true));
      expect(gatewayPlan(changed)).toEqual([{ path: "backend.0.client_ip_preservation_enabled", old: true, new: false, forceNew: false }]);
    });

    test("listener and routing_rule are sets (order never diffs), backend a list (order does)", () => {
      const two = only(
        withLayer4("4.73.0", (gw) => {
          gw.frontend_port.push({ name: "port-1883", port: 1883 });
          gw.listener.push({ name: "mqtt", frontend_ip_configuration_name: "appGatewayFrontendIP", frontend_port_name: "port-1883", protocol: "Tcp" });
          gw.backend.push({ name: "mqtt", protocol: "Tcp", port: 1883 });
          gw.routing_rule.push({ name: "mqtt", priority: 600, listener_name: "mqtt", backend_address_pool_name: "pool2", backend_name: "mqtt" });
        }),
      );
      expect(gatewayPlan(two)).toEqual([]);
      const reversed = (key: string) => {
        const final = JSON.parse(JSON.stringify(two.final));
        final.properties[key].reverse();
        return gatewayPlan({ ...two, final }).map((c) => c.path);
      };
      expect(reversed("listeners")).toEqual([]);
      expect(reversed("routingRules")).toEqual([]);
      expect(reversed("backendSettingsCollection")).toEqual(expect.arrayContaining(["backend.0.name", "backend.1.name"]));
    });
  });
});
