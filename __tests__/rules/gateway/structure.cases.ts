// Cases of the rules lib/rules/gateway/structure.ts defines: each fires on its bad case and is silent on its good ones.
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { TerraformStack } from "cdktf";
import { ListenerCertificate, Redirect } from "../../../lib";
import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { bareGateway, CERT, passthroughGateway, testApp } from "../../support/stack";
import { Cases, twoListeners, secret } from "../../support/rule-cases";

function azurermOnlyStack(): TerraformStack {
  const stack = new TerraformStack(testApp(), "test");
  new AzurermProvider(stack, "azurerm", { features: [{}] });
  return stack;
}
const pools = (count: number) => (s: TerraformStack) => {
  const gw = passthroughGateway(s);
  for (let i = 0; i < count - 1; i++) gw.addBackendPool(`extra${i}`, { fqdns: ["x.example.com"] });
};

export const CASES: Cases = {
  "AGW-REQUIRED": { bad: (s) => bareGateway(s), good: [(s) => passthroughGateway(s)] },
  "AGW-REF": {
    bad: (s) => {
      const other = passthroughGateway(s, { name: "other" }, "Other");
      const gw = bareGateway(s);
      const listener = gw.addHttpsListener("l", { certificate: CERT });
      gw.addRoutingRule("r", { priority: 1, listener, backendPool: other.backendPools[0], backendSettings: gw.addBackendSettings("s") });
      gw.addBackendPool("own", { fqdns: ["a.example.com"] });
    },
    good: [(s) => { passthroughGateway(s, { name: "other" }, "Other"); passthroughGateway(s); }],
  },
  "AGW-NAME-UNIQUE": {
    bad: (s) => { const gw = passthroughGateway(s); gw.addBackendPool("a", { name: "app" }); gw.addBackendPool("b", { name: "app" }); },
    good: [(s) => { const gw = passthroughGateway(s); gw.addBackendPool("a", { name: "app" }); gw.addBackendPool("b", { name: "app2" }); }],
  },
  "AGW-SHARED-NAME": {
    bad: twoListeners({ port: 443 }, { port: 8443, certificate: ListenerCertificate.fromPfx("cert", { data: secret, password: secret }) }),
    good: [twoListeners({ port: 443 }, { port: 8443 })],
  },
  "AGW-LIMIT": { bad: pools(101), good: [pools(100)] },
  "AGW-AZAPI-PROVIDER": {
    // The rule is about the stack, so its bad case runs in a stack without the azapi provider.
    bad: (s) => passthroughGateway(s),
    badStack: azurermOnlyStack,
    good: [(s) => passthroughGateway(s)],
  },
  "AGW-DERIVED-NAME": {
    bad: (s) => {
      const gw = passthroughGateway(s);
      const listener = gw.addHttpsListener("x", { certificate: CERT, port: 8443 });
      const rule = gw.addPathBasedRoutingRule("r".repeat(60), { priority: 2, listener, backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] });
      rule.addPathRule("p".repeat(30), { paths: ["/old/*"], redirect: Redirect.toUrl("https://contoso.com") });
    },
    good: [
      (s) => {
        const gw = passthroughGateway(s);
        const listener = gw.addHttpsListener("x", { certificate: CERT, port: 8443 });
        const rule = gw.addPathBasedRoutingRule("r".repeat(49), { priority: 2, listener, backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] });
        rule.addPathRule("p".repeat(30), { paths: ["/old/*"], redirect: Redirect.toUrl("https://contoso.com") });
      },
    ],
  },
  "AGW-ESCAPE-HATCH": {
    bad: (s) => (passthroughGateway(s).resource as ApplicationGateway).putRewriteRuleSet([{ name: "mine", rewriteRule: [] }]),
    good: [(s) => (passthroughGateway(s).resource as ApplicationGateway).putGlobal({ requestBufferingEnabled: false, responseBufferingEnabled: false })],
  },
};
