// BackendSettings with its backend pool: protocol, port, host name (picked or given), timeout and health probe.
import { BackendProtocol } from "../../lib";
import { bareGateway, CERT, defaultGatewayConfig, gatewayConfig, testStack } from "../support/stack";
import { failure } from "../support/failure";

describe("MtlsApplicationGateway defaults", () => {
  const gw = defaultGatewayConfig();

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
});

describe("MtlsApplicationGateway options", () => {
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
});

describe("health probes", () => {
  test("App Service style by default: host picked from the backend settings, same protocol", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const listener = gw.addHttpsListener("https", { certificate: CERT });
    const pool = gw.addBackendPool("app", { fqdns: ["app.azurewebsites.net"] });
    const settings = gw.addBackendSettings("app", { healthProbe: { path: "/healthz" } });
    gw.addRoutingRule("app", { priority: 1, listener, backendPool: pool, backendSettings: settings });
    const c = gatewayConfig(stack);
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

describe("names the library derives are checked by their resource type's rules", () => {
  test("a probe name derived from long settings name says which prop to set", () => {
    const gw = bareGateway(testStack());
    expect(failure(() => gw.addBackendSettings("s", { name: "s".repeat(76), healthProbe: {} }))).toContain(
      `healthProbe.name = "${"s".repeat(76)}-probe" (derived from the settings' name; set healthProbe.name instead)`,
    );
    expect(() => gw.addBackendSettings("t", { name: "s".repeat(76), healthProbe: { name: "short-probe" } })).not.toThrow();
  });
});

describe("connection draining, affinity cookie, path override, dedicated connection", () => {
  const settingsOf = (props: object) => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const listener = gw.addHttpsListener("l", { certificate: CERT });
    const pool = gw.addBackendPool("p", { fqdns: ["app.example.com"] });
    gw.addRoutingRule("r", { priority: 1, listener, backendPool: pool, backendSettings: gw.addBackendSettings("s", props) });
    return gatewayConfig(stack).backend_http_settings[0];
  };

  test("unset, none of them is written (azurerm's defaults: draining off, Azure's cookie name, no prefix, pooled connections)", () => {
    const s = settingsOf({});
    for (const key of ["connection_draining", "affinity_cookie_name", "path", "dedicated_backend_connection_enabled"]) expect(s).not.toHaveProperty(key);
  });

  test("set, each is written as azurerm names it", () => {
    expect(
      settingsOf({ cookieBasedAffinity: true, affinityCookieName: "sticky", connectionDrainingTimeout: 30, path: "/v1/", dedicatedBackendConnection: true }),
    ).toMatchObject({
      cookie_based_affinity: "Enabled",
      affinity_cookie_name: "sticky",
      connection_draining: { enabled: true, drain_timeout_sec: 30 },
      path: "/v1/",
      dedicated_backend_connection_enabled: true,
    });
  });

  test("an affinity cookie name without cookie-based affinity is refused, naming both props", () => {
    const gw = bareGateway(testStack());
    const message = failure(() => gw.addBackendSettings("s", { affinityCookieName: "sticky" }));
    expect(message).toContain("AGW-AFFINITY-COOKIE");
    expect(message).toContain("affinityCookieName");
    expect(message).toContain('"cookieBasedAffinity":false');
  });
});
