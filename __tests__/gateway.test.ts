import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Testing } from "cdktf";
import {
  BackendProtocol,
  ClientAuthentication,
  GatewayCapacity,
  GatewaySku,
  ListenerCertificate,
  SslPolicy,
} from "../lib";
import { AZURERM } from "./support/flavour";
import { bareGateway, CERT, completeRoute, expression, onlyResource, passthroughGateway, synthJson, testStack } from "./support/stack";
import { CA_CER_BASE64 } from "./fixtures/ca-certificate";

const gatewayConfig = (stack: ReturnType<typeof testStack>) => onlyResource(synthJson(stack), "azurerm_application_gateway").config;

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

  test("an HTTPS listener on 443 with the certificate and the SSL profile", () => {
    expect(gw.frontend_port).toEqual([{ name: "port-443", port: 443 }]);
    expect(gw.http_listener).toEqual([
      {
        name: "https",
        protocol: "Https",
        frontend_ip_configuration_name: "appGatewayFrontendIP",
        frontend_port_name: "port-443",
        ssl_certificate_name: "cert",
        ssl_profile_name: "mtls",
      },
    ]);
    expect(gw.ssl_certificate).toEqual([{ name: "cert", data: "${var.cert_data}", password: "${var.cert_password}" }]);
  });

  test("the passthrough profile is written to azurerm without trusted CAs (azapi sets the mode)", () => {
    expect(gw.ssl_profile).toEqual([{ name: "mtls", [AZURERM.issuerDn]: false }]);
    expect(gw.trusted_client_certificate).toBeUndefined();
  });

  test("FQDN backends get the host name from the backend address (App Service)", () => {
    expect(gw.backend_address_pool).toEqual([{ name: "https-app", fqdns: ["app.azurewebsites.net"] }]);
    expect(gw.backend_http_settings).toEqual([
      {
        name: "https-https",
        protocol: "Https",
        port: 443,
        cookie_based_affinity: "Disabled",
        pick_host_name_from_backend_address: true,
      },
    ]);
  });

  test("a basic routing rule with its priority", () => {
    expect(gw.request_routing_rule).toEqual([
      {
        name: "https-route",
        rule_type: "Basic",
        priority: 100,
        http_listener_name: "https",
        backend_address_pool_name: "https-app",
        backend_http_settings_name: "https-https",
        rewrite_rule_set_name: "mtls-forward-client-cert",
      },
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

  test("a custom TLS policy", () => {
    const stack = testStack();
    passthroughGateway(stack, {
      sslPolicy: SslPolicy.customV2({
        minProtocolVersion: "TLSv1_3",
        cipherSuites: ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"],
      }),
    });
    expect(gatewayConfig(stack).ssl_policy).toEqual({
      policy_type: "CustomV2",
      min_protocol_version: "TLSv1_3",
      cipher_suites: ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"],
    });
  });

  test("a strict profile lists its trusted client CAs, and the gateway carries each CA once", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const ca = { name: "partner-ca", data: CA_CER_BASE64 };
    const a = gw.addSslProfile("a", {
      clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [ca], verifyClientRevocation: true }),
    });
    const b = gw.addSslProfile("b", {
      clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [ca], verifyClientCertIssuerDn: true }),
      sslPolicy: SslPolicy.predefined("AppGwSslPolicy20220101S"),
    });
    completeRoute(gw, gw.addHttpsListener("la", { certificate: CERT, sslProfile: a }), 1);
    completeRoute(gw, gw.addHttpsListener("lb", { port: 8443, certificate: CERT, sslProfile: b }), 2);
    const config = gatewayConfig(stack);
    expect(config.trusted_client_certificate).toEqual([{ name: "partner-ca", data: CA_CER_BASE64 }]);
    expect(config.ssl_profile).toEqual([
      {
        name: "a",
        trusted_client_certificate_names: ["partner-ca"],
        [AZURERM.issuerDn]: false,
        verify_client_certificate_revocation: "OCSP",
      },
      {
        name: "b",
        trusted_client_certificate_names: ["partner-ca"],
        [AZURERM.issuerDn]: true,
        ssl_policy: { policy_type: "Predefined", policy_name: "AppGwSslPolicy20220101S" },
      },
    ]);
    expect(config.ssl_certificate).toHaveLength(1);
    expect(config.frontend_port).toEqual([
      { name: "port-443", port: 443 },
      { name: "port-8443", port: 8443 },
    ]);
    expect(gw.passthroughPatch).toBeUndefined();
  });

  test("IP backends keep the original host; an explicit host name wins over picking one", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const listener = gw.addHttpsListener("l", { certificate: CERT, hostNames: ["api.contoso.com"] });
    const other = gw.addHttpsListener("other", { certificate: CERT, hostNames: ["other.contoso.com"] });
    const ips = gw.addBackendPool("ips", { ipAddresses: ["10.0.2.4"] });
    const fqdn = gw.addBackendPool("fqdn", { fqdns: ["app.azurewebsites.net"] });
    const plain = gw.addBackendSettings("plain", { protocol: BackendProtocol.HTTP });
    const named = gw.addBackendSettings("named", { hostName: "api.contoso.com", requestTimeout: 60 });
    gw.addRoutingRule("r1", { priority: 1, listener, backendPool: ips, backendSettings: plain });
    gw.addRoutingRule("r2", { priority: 2, listener: other, backendPool: fqdn, backendSettings: named });
    const config = gatewayConfig(stack);
    expect(config.http_listener[0].host_names).toEqual(["api.contoso.com"]);
    expect(config.backend_address_pool[0]).toEqual({ name: "ips", ip_addresses: ["10.0.2.4"] });
    expect(config.backend_http_settings).toEqual([
      { name: "plain", protocol: "Http", port: 80, cookie_based_affinity: "Disabled", pick_host_name_from_backend_address: false },
      {
        name: "named",
        protocol: "Https",
        port: 443,
        cookie_based_affinity: "Disabled",
        host_name: "api.contoso.com",
        pick_host_name_from_backend_address: false,
        request_timeout: 60,
      },
    ]);
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
