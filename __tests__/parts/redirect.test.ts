// Redirect: where a routing rule (or path rule) sends the client instead of a backend, to a listener or a URL.
import { Redirect, RedirectType } from "../../lib";
import { bareGateway, CERT, completeRoute, gatewayConfig, testStack } from "../support/stack";

/** The redirect configurations of a gateway whose rule "old" (on its own listener, port 8443) redirects as given. */
function redirectsOf(redirect: (gw: ReturnType<typeof bareGateway>) => Redirect): any[] {
  const stack = testStack();
  const gw = bareGateway(stack);
  completeRoute(gw, gw.addHttpsListener("https", { certificate: CERT }), 1);
  const listener = gw.addHttpsListener("old", { certificate: CERT, port: 8443 });
  gw.addRoutingRule("old", { priority: 2, listener, redirect: redirect(gw) });
  const c = gatewayConfig(stack);
  expect(c.request_routing_rule[1]).toEqual({ name: "old", rule_type: "Basic", priority: 2, http_listener_name: "old", redirect_configuration_name: "old" });
  return c.redirect_configuration;
}

test("to a URL: permanent, with the path and the query string, unless told otherwise", () => {
  expect(redirectsOf(() => Redirect.toUrl("https://www.contoso.com/new"))).toEqual([
    { name: "old", redirect_type: "Permanent", target_url: "https://www.contoso.com/new", include_path: true, include_query_string: true },
  ]);
  expect(redirectsOf(() => Redirect.toUrl("https://www.contoso.com/new", { type: RedirectType.TEMPORARY, includeQueryString: false }))).toEqual([
    { name: "old", redirect_type: "Temporary", target_url: "https://www.contoso.com/new", include_path: true, include_query_string: false },
  ]);
});

test("to a listener of the gateway: by the listener's name", () => {
  expect(redirectsOf((gw) => Redirect.toListener(gw.listeners[0], { type: RedirectType.SEE_OTHER, includePath: false }))).toEqual([
    { name: "old", redirect_type: "SeeOther", target_listener_name: "https", include_path: false, include_query_string: true },
  ]);
});
