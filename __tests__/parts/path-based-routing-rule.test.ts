// PathBasedRoutingRule and its path rules: a URL path map named like the rule, whose default route is the
// rule's own target.
import { Redirect, RedirectType } from "../../lib";
import { bareGateway, CERT, gatewayConfig, testStack } from "../support/stack";

/** A rule whose default goes to an App Service pool; /images/* and /img/* go to an IP pool with a rewrite set, /old/* redirects. */
function pathRouted(): any {
  const stack = testStack();
  const gw = bareGateway(stack);
  const listener = gw.addHttpsListener("l", { certificate: CERT });
  const app = gw.addBackendPool("app", { fqdns: ["app.example.com"] });
  const images = gw.addBackendPool("img", { ipAddresses: ["10.0.2.4", "10.0.2.5"] });
  const settings = gw.addBackendSettings("s");
  const headers = gw.addRewriteRuleSet("headers", {
    rules: [{ name: "hsts", ruleSequence: 100, responseHeaders: [{ headerName: "Strict-Transport-Security", headerValue: "max-age=31536000" }] }],
  });
  const rule = gw.addPathBasedRoutingRule("r", { priority: 1, listener, backendPool: app, backendSettings: settings });
  rule.addPathRule("images", { paths: ["/images/*", "/img/*"], backendPool: images, backendSettings: settings, rewriteRuleSet: headers });
  rule.addPathRule("old", { paths: ["/old/*"], redirect: Redirect.toUrl("https://contoso.com/new", { type: RedirectType.FOUND, includePath: false }) });
  return gatewayConfig(stack);
}

describe("a path-based routing rule", () => {
  const gw = pathRouted();

  test("is a PathBasedRouting request routing rule pointing at the URL path map of its name", () => {
    expect(gw.request_routing_rule).toEqual([{ name: "r", rule_type: "PathBasedRouting", priority: 1, http_listener_name: "l", url_path_map_name: "r" }]);
  });

  test("its own target is the map's default; each path rule lists its paths and its target, in the order added", () => {
    expect(gw.url_path_map).toEqual([
      {
        name: "r",
        default_backend_address_pool_name: "app",
        default_backend_http_settings_name: "s",
        path_rule: [
          { name: "images", paths: ["/images/*", "/img/*"], backend_address_pool_name: "img", backend_http_settings_name: "s", rewrite_rule_set_name: "headers" },
          { name: "old", paths: ["/old/*"], redirect_configuration_name: "r-old" },
        ],
      },
    ]);
  });

  test("a path rule that redirects gets a redirect configuration named <rule>-<path rule>", () => {
    expect(gw.redirect_configuration).toEqual([
      { name: "r-old", redirect_type: "Found", target_url: "https://contoso.com/new", include_path: false, include_query_string: true },
    ]);
  });
});
