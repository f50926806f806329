// HttpRedirect: a port-80 listener whose rule redirects to an HTTPS listener.
import { bareGateway, CERT, completeRoute, gatewayConfig, testStack } from "../support/stack";

describe("HTTP → HTTPS redirect", () => {
  test("a port-80 listener, a permanent redirect to the HTTPS listener, and its routing rule", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const https = gw.addHttpsListener("https", { certificate: CERT, hostNames: ["api.contoso.com"] });
    completeRoute(gw, https, 10);
    gw.addHttpRedirect("http", { target: https, priority: 5 });
    const c = gatewayConfig(stack);
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
