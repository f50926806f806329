// Cases of the rules lib/rules/practice/listeners.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import { passthroughGateway } from "../../support/stack";
import { PracticeCases } from "../../support/practice-cases";
import { GatewayView } from "../../../lib/rules/view";

/** A passthrough gateway whose HTTP listener on port 80 redirects to its HTTPS listener. */
const withHttpRedirect = (s: TerraformStack) => {
  const gw = passthroughGateway(s);
  gw.addHttpRedirect("http", { target: gw.listeners[0], priority: 1, port: 80 });
};

/** The same gateway as a raw one could be: the HTTP listener's rule sends requests to a backend instead. */
const routedToBackend = (view: GatewayView): GatewayView => ({
  ...view,
  model: {
    ...view.model,
    requestRoutingRules: view.model.requestRoutingRules.map((r) =>
      r.redirectConfiguration === undefined
        ? r
        : { ...r, redirectConfiguration: undefined, backendAddressPool: view.model.backendAddressPools[0].name, backendHttpSettings: view.model.backendHttpSettingsCollection[0].name },
    ),
  },
});

export const CASES: PracticeCases = {
  "AGW-BP-HTTPS-ONLY": {
    bad: withHttpRedirect,
    badView: routedToBackend,
    good: [withHttpRedirect],
  },
};
