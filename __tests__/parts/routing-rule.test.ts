// RoutingRule: a listener routed to a backend pool with its settings, at a priority from 1 to 20000.
import { GatewayConfigError, GatewaySubnet } from "../../lib";
import { bareGateway, CERT, completeRoute, defaultGatewayConfig, passthroughGateway, SUBNET_ID, testStack } from "../support/stack";
import { synthError } from "../support/failure";

describe("MtlsApplicationGateway defaults", () => {
  const gw = defaultGatewayConfig();

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

describe("a routing rule priority outside 1–20000", () => {
  test.each([0, 20001, -5, 1.5])("%p throws at once with path, prop, value and range", (priority) => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const listener = gw.addHttpsListener("https", { certificate: CERT });
    const pool = gw.addBackendPool("pool", { fqdns: ["a.example.com"] });
    const settings = gw.addBackendSettings("settings");
    let error: unknown;
    try {
      gw.addRoutingRule("rule", { priority, listener, backendPool: pool, backendSettings: settings });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GatewayConfigError);
    expect((error as Error).message).toBe(
      `test/Gateway/RoutingRule/rule: priority = ${priority} is not allowed: an integer from 1 to 20000 [AGW-PRIORITY]`,
    );
  });

  test.each([1, 20000])("the bounds %p are accepted", (priority) => {
    const stack = testStack();
    const gw = bareGateway(stack);
    completeRoute(gw, gw.addHttpsListener("https", { certificate: CERT }), priority);
    expect(synthError(stack)).toBe("");
  });

  test("two rules with one priority fail at synth, both problems listed with others in one run", () => {
    const stack = testStack();
    const gw = passthroughGateway(stack, { subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, delegated: false }) });
    completeRoute(gw, gw.addHttpsListener("second", { port: 8443, certificate: CERT }), 100);
    const message = synthError(stack);
    expect(message).toContain("test/Gateway/RoutingRule/second-route: priority = 100 (routing rule \"https-route\" has it) is not allowed");
    expect(message).toContain("[AGW-PRIORITY-UNIQUE]");
    expect(message).toContain("[AGW-SUBNET-DELEGATION]");
  });
});
