// RewriteRuleSet: the user's own rewrite rules. On a gateway that forwards the client certificate, a set is
// merged with the library's header rule of the route it is on (lib/gateway/describe.ts, mergedSetName).
import { ClientAuthentication, MtlsApplicationGateway, RewriteRuleSet } from "../../lib";
import { bareGateway, CERT, gatewayConfig, testStack } from "../support/stack";

const TENANT = {
  name: "tenant",
  ruleSequence: 50,
  conditions: [{ variable: "var_uri_path", pattern: "^/t/(.+)" }],
  requestHeaders: [{ headerName: "X-Tenant", headerValue: "{var_uri_path_1}" }],
};
const TENANT_JSON = {
  name: "tenant",
  rule_sequence: 50,
  condition: [{ variable: "var_uri_path", pattern: "^/t/(.+)", ignore_case: false, negate: false }],
  request_header_configuration: [{ header_name: "X-Tenant", header_value: "{var_uri_path_1}" }],
};

/** Routes a new listener on `port` (with a passthrough SSL profile when `passthrough`) to a new pool through `set`. */
function route(gw: MtlsApplicationGateway, name: string, port: number, set: RewriteRuleSet, passthrough: boolean) {
  const sslProfile = passthrough ? gw.addSslProfile(name, { clientAuthentication: ClientAuthentication.passthrough() }) : undefined;
  const listener = gw.addHttpsListener(name, { certificate: CERT, port, sslProfile });
  const backendPool = gw.addBackendPool(name, { fqdns: ["app.example.com"] });
  gw.addRoutingRule(name, { priority: port, listener, backendPool, backendSettings: gw.addBackendSettings(name), rewriteRuleSet: set });
}

test("on a forwarding route a set becomes <set>-mtls-forward, its rules then the forward rule; on a plain route <set>-mtls-strip", () => {
  const stack = testStack();
  const gw = bareGateway(stack);
  const set = gw.addRewriteRuleSet("headers", { rules: [TENANT] });
  route(gw, "mtls", 443, set, true);
  route(gw, "plain", 8443, set, false);
  const c = gatewayConfig(stack);
  expect(c.request_routing_rule.map((r: any) => r.rewrite_rule_set_name)).toEqual(["headers-mtls-forward", "headers-mtls-strip"]);
  expect(c.rewrite_rule_set).toEqual([
    {
      name: "headers-mtls-forward",
      rewrite_rule: [
        TENANT_JSON,
        { name: "forward-client-cert", rule_sequence: 100, request_header_configuration: [{ header_name: "X-Client-Cert", header_value: "{var_client_certificate}" }] },
      ],
    },
    {
      name: "headers-mtls-strip",
      rewrite_rule: [TENANT_JSON, { name: "strip-client-cert", rule_sequence: 100, request_header_configuration: [{ header_name: "X-Client-Cert", header_value: "" }] }],
    },
  ]);
});

test("on a gateway where no listener forwards, a set is written as it is, under its own name", () => {
  const stack = testStack();
  const gw = bareGateway(stack);
  route(gw, "plain", 443, gw.addRewriteRuleSet("headers", { rules: [TENANT] }), false);
  const c = gatewayConfig(stack);
  expect(c.request_routing_rule[0].rewrite_rule_set_name).toBe("headers");
  expect(c.rewrite_rule_set).toEqual([{ name: "headers", rewrite_rule: [TENANT_JSON] }]);
});

test("a set no route uses is not written", () => {
  const stack = testStack();
  const gw = bareGateway(stack);
  const used = gw.addRewriteRuleSet("used", { rules: [TENANT] });
  gw.addRewriteRuleSet("unused", { rules: [TENANT] });
  route(gw, "plain", 443, used, false);
  expect(gatewayConfig(stack).rewrite_rule_set.map((s: any) => s.name)).toEqual(["used"]);
});
