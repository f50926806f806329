// Cases of the rules lib/rules/values/routing.ts defines: each fires on its bad case and is silent on its good ones.
import { Redirect, RedirectType } from "../../../lib";
import { CERT, passthroughGateway } from "../../support/stack";
import { Cases, Build, withPaths } from "../../support/rule-cases";

/** An HTTPS listener whose rule redirects. */
function withRedirect(redirect: Redirect): Build {
  return (s) => {
    const gw = passthroughGateway(s);
    const listener = gw.addHttpsListener("old", { certificate: CERT, port: 8443 });
    gw.addRoutingRule("old", { priority: 2, listener, redirect });
  };
}

export const CASES: Cases = {
  "AGW-ROUTE-TARGET": {
    bad: (s) => {
      const gw = passthroughGateway(s);
      const listener = gw.addHttpsListener("x", { certificate: CERT, port: 8443 });
      gw.addRoutingRule("x", { priority: 2, listener, backendPool: gw.backendPools[0], redirect: Redirect.toUrl("https://contoso.com") });
    },
    good: [
      (s) => {
        const gw = passthroughGateway(s);
        const listener = gw.addHttpsListener("x", { certificate: CERT, port: 8443 });
        gw.addRoutingRule("x", { priority: 2, listener, redirect: Redirect.toUrl("https://contoso.com") });
      },
    ],
  },
  "AGW-PATH": {
    bad: withPaths(["/images/*.jpg"]),
    good: [withPaths(["/images/*", "/videos*"]), withPaths(["/"])],
  },
  "AGW-REDIRECT-URL": {
    bad: withRedirect(Redirect.toUrl("contoso.com/new")),
    good: [withRedirect(Redirect.toUrl("https://www.contoso.com/new", { type: RedirectType.FOUND, includePath: false }))],
  },
};
