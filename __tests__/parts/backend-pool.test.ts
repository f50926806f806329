// BackendPool: the servers requests go to, by DNS name or IP address. Whether its targets are all DNS names
// decides the host name its backend settings send by default (lib/gateway/describe.ts, fqdnOnlySettings).
import { bareGateway, CERT, gatewayConfig, testStack } from "../support/stack";

test("a pool is named by its id unless a name is given, and lists its FQDN and IP targets as given", () => {
  const stack = testStack();
  const gw = bareGateway(stack);
  const listener = gw.addHttpsListener("l", { certificate: CERT });
  const mixed = gw.addBackendPool("mixed", { name: "app-servers", fqdns: ["app.example.com"], ipAddresses: ["10.0.2.4"] });
  gw.addRoutingRule("r", { priority: 1, listener, backendPool: mixed, backendSettings: gw.addBackendSettings("s") });
  expect(mixed.hasOnlyFqdnTargets).toBe(false);
  expect(gatewayConfig(stack).backend_address_pool).toEqual([{ name: "app-servers", fqdns: ["app.example.com"], ip_addresses: ["10.0.2.4"] }]);
});

test("settings pick the host name from the backend only when every pool routed with them has FQDN targets only", () => {
  const stack = testStack();
  const gw = bareGateway(stack);
  const fqdns = gw.addBackendPool("fqdns", { fqdns: ["app.example.com"] });
  const ips = gw.addBackendPool("ips", { ipAddresses: ["10.0.2.4"] });
  const onlyFqdn = gw.addBackendSettings("only-fqdn");
  const shared = gw.addBackendSettings("shared");
  const routes: [string, typeof fqdns, typeof onlyFqdn][] = [["a", fqdns, onlyFqdn], ["b", fqdns, shared], ["c", ips, shared]];
  routes.forEach(([name, backendPool, backendSettings], i) => {
    const listener = gw.addHttpsListener(name, { certificate: CERT, port: 8443 + i });
    gw.addRoutingRule(name, { priority: i + 1, listener, backendPool, backendSettings });
  });
  expect(fqdns.hasOnlyFqdnTargets).toBe(true);
  const picks = gatewayConfig(stack).backend_http_settings.map((s: any) => [s.name, s.pick_host_name_from_backend_address]);
  expect(picks).toEqual([["only-fqdn", true], ["shared", false]]);
});
