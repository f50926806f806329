// Cases of the rules lib/rules/values/props.ts defines: each fires on its bad case and is silent on its good ones.
// The bad values are what a JavaScript caller can pass past the TypeScript types; every other
// constructor, method and factory is walked by __tests__/api-shapes.test.ts.
import { HttpsListenerProps, RedirectType } from "../../../lib";
import { bareGateway, CERT, completeRoute } from "../../support/stack";
import { Cases, withListener } from "../../support/rule-cases";
import { TerraformStack } from "cdktf";

/** A gateway whose one listener is built from these props as a JavaScript caller gives them. */
const jsListener = (props: object) => withListener(props as Partial<HttpsListenerProps>);
/** A gateway whose routing rule redirects with this type, as a JavaScript caller gives it. */
const redirectOfType = (type: string) => (s: TerraformStack) => {
  const gw = bareGateway(s);
  const target = gw.addHttpsListener("target", { certificate: CERT });
  completeRoute(gw, target, 1);
  gw.addHttpRedirect("http", { target, priority: 2, type: type as RedirectType });
};

export const CASES: Cases = {
  "AGW-PROP-TYPE": {
    // A host name where a list of them is expected.
    bad: jsListener({ hostNames: "app.contoso.com" }),
    good: [jsListener({ hostNames: ["app.contoso.com"] }), jsListener({ hostNames: undefined })],
  },
  "AGW-ENUM": {
    // 301 is Permanent; "Moved" is no ARM redirect type.
    bad: redirectOfType("Moved"),
    good: [redirectOfType("Permanent"), redirectOfType("Temporary")],
  },
};
