// Errors that finish the sentence: a message that involves another part names it,
// and listener shadowing (Learn: multiple-site-overview) says which listener and
// rule take the host name first.
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { HttpsListenerProps, ListenerCertificate, MtlsApplicationGateway } from "../lib";
import { bareGateway, CERT, completeRoute, passthroughGateway, testStack } from "./support/stack";

/** The validation errors of a stack, or "" when it synthesizes. */
function synthErrors(build: (stack: TerraformStack) => void): string {
  const stack = testStack();
  build(stack);
  try {
    Testing.synth(stack, true);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

/** Two listeners routed with the given priorities, each built from its props. */
const listeners = (...specs: [Partial<HttpsListenerProps>, number][]) => (s: TerraformStack) => {
  const gw = bareGateway(s);
  specs.forEach(([props, priority], i) => completeRoute(gw, gw.addHttpsListener(`l${i}`, { certificate: CERT, ...props }), priority));
};

describe("AGW-LISTENER-SHADOWED", () => {
  test("a basic listener at a smaller priority number names the listener and rule that take the host name, and both priorities", () => {
    const errors = synthErrors(listeners([{}, 10], [{ hostNames: ["shop.contoso.com"] }, 20]));
    expect(errors).toContain(
      'test/Gateway/Listener/l1: hostNames = ["shop.contoso.com"] ("shop.contoso.com" goes to listener "l0" first: it matches every host name and its rule "l0-route" has priority 10, before 20) is not allowed:',
    );
    expect(errors).toContain("[AGW-LISTENER-SHADOWED]");
  });

  test.each([
    ["*.contoso.com", "shop.contoso.com"],
    ["*.CONTOSO.com", "Shop.contoso.COM"],
    ["shop?.contoso.com", "shop1.contoso.com"],
    ["*.contoso.com", "*.shop.contoso.com"],
  ])("a wildcard %s before %s takes it", (first, second) => {
    expect(synthErrors(listeners([{ hostNames: [first] }, 1], [{ hostNames: [second] }, 2]))).toContain("[AGW-LISTENER-SHADOWED]");
  });

  test.each([
    ["*.contoso.com", "contoso.com", "the wildcard's dot needs a label before it"],
    ["*.contoso.com", "shop.contoso.com.evil.net", "the pattern is anchored at both ends"],
    ["shop?.contoso.com", "shop12.contoso.com", "? stands for one character"],
    ["shop.contoso.com", "*.contoso.com", "a specific name does not cover a wildcard"],
    ["*.shop.contoso.com", "*.contoso.com", "a narrower wildcard does not cover a wider one"],
  ])("%s before %s is allowed: %s", (first, second) => {
    expect(synthErrors(listeners([{ hostNames: [first] }, 1], [{ hostNames: [second] }, 2]))).toBe("");
  });

  test("the order is the priority number's, not the order the listeners were added in", () => {
    expect(synthErrors(listeners([{ hostNames: ["shop.contoso.com"] }, 20], [{}, 10]))).toContain("[AGW-LISTENER-SHADOWED]");
    expect(synthErrors(listeners([{}, 20], [{ hostNames: ["shop.contoso.com"] }, 10]))).toBe("");
  });

  test("one host name taken is enough: the listener's other names are listed with it", () => {
    const errors = synthErrors(listeners([{ hostNames: ["*.contoso.com"] }, 1], [{ hostNames: ["fabrikam.com", "shop.contoso.com"] }, 2]));
    expect(errors).toContain('hostNames = ["fabrikam.com","shop.contoso.com"] ("shop.contoso.com" goes to listener "l0" first: it matches host names ["*.contoso.com"]');
  });

  test("listeners on different ports do not shadow each other; an HTTP redirect's basic listener shadows on its own port only", () => {
    expect(synthErrors(listeners([{}, 1], [{ port: 8443, hostNames: ["shop.contoso.com"] }, 2]))).toBe("");
    const redirectFirst = (s: TerraformStack) => {
      const gw = bareGateway(s);
      const https = gw.addHttpsListener("https", { certificate: CERT });
      completeRoute(gw, https, 10);
      gw.addHttpRedirect("http", { target: https, priority: 1, port: 80 });
    };
    expect(synthErrors(redirectFirst)).toBe("");
  });
});

test("AGW-LISTENER-ONE-RULE names the routing rule the listener already has", () => {
  const errors = synthErrors((s) => {
    const gw = passthroughGateway(s);
    const [listener] = gw.listeners;
    gw.addRoutingRule("second", { priority: 2, listener, backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] });
  });
  expect(errors).toContain('test/Gateway/RoutingRule/second: listener = "https" (the listener already has routing rule "https-route") is not allowed:');
});

describe("AGW-SECRET says which of the certificate's props is the literal", () => {
  const withCertificate = (certificate: (s: TerraformStack) => ListenerCertificate) => (s: TerraformStack) => {
    const gw: MtlsApplicationGateway = bareGateway(s);
    completeRoute(gw, gw.addHttpsListener("l", { certificate: certificate(s) }));
  };
  const secret = (s: TerraformStack, name: string) => new TerraformVariable(s, name, { type: "string", sensitive: true }).stringValue;

  test("the password", () => {
    const errors = synthErrors(withCertificate((s) => ListenerCertificate.fromPfx("c", { data: secret(s, "d"), password: "hunter2" })));
    expect(errors).toContain('test/Gateway/Listener/l: certificate.password = "(a literal, not shown)" (certificate "c") is not allowed:');
    expect(errors).not.toContain("certificate.data");
    expect(errors).not.toContain("hunter2");
  });

  test("the data", () => {
    const errors = synthErrors(withCertificate((s) => ListenerCertificate.fromPfx("c", { data: "MIIK", password: secret(s, "p") })));
    expect(errors).toContain("certificate.data = ");
    expect(errors).not.toContain("certificate.password");
  });

  test("both, one line each", () => {
    const errors = synthErrors(withCertificate(() => ListenerCertificate.fromPfx("c", { data: "MIIK", password: "hunter2" })));
    expect(errors).toContain("certificate.data = ");
    expect(errors).toContain("certificate.password = ");
  });
});

describe("the messages of other cross-part rules name the part they clash with", () => {
  test("AGW-PRIORITY-UNIQUE names the rule that has the priority", () => {
    expect(synthErrors(listeners([{ port: 443 }, 7], [{ port: 8443 }, 7]))).toContain('test/Gateway/RoutingRule/l1-route: priority = 7 (routing rule "l0-route" has it) is not allowed:');
  });

  test("AGW-LISTENER-UNIQUE names the listener already there", () => {
    expect(synthErrors(listeners([{}, 1], [{}, 2]))).toContain('test/Gateway/Listener/l1: hostNames = [] (listener "l0" listens there already) is not allowed:');
  });

  test("AGW-NAME-UNIQUE names the part that has the name", () => {
    const errors = synthErrors((s) => {
      const gw = passthroughGateway(s);
      gw.addBackendPool("a", { name: "app" });
      gw.addBackendPool("b", { name: "APP" });
    });
    expect(errors).toContain('name = "APP" (the backend pool test/Gateway/BackendPool/a has it) is not allowed:');
  });

  // Each kind of part is its own collection in ARM (sslProfiles, httpListeners, backendAddressPools, ...):
  // the message says which kind clashed. An HTTP redirect is a listener and a routing rule.
  const rule = { actionSet: { requestHeaderConfigurations: [{ headerName: "X-Seen", headerValue: "1" }] } };
  test.each<[string, string, (gw: MtlsApplicationGateway) => void]>([
    ["SSL profile", "test/Gateway/SslProfile/a", (gw) => { gw.addSslProfile("a", { name: "dup" }); gw.addSslProfile("b", { name: "DUP" }); }],
    ["listener", "test/Gateway/Listener/a", (gw) => {
      const target = gw.addHttpsListener("a", { certificate: CERT, name: "dup", port: 8443 });
      completeRoute(gw, target, 5);
      gw.addHttpRedirect("b", { name: "DUP", target, priority: 6, port: 8080 });
    }],
    ["backend settings", "test/Gateway/BackendSettings/a", (gw) => { gw.addBackendSettings("a", { name: "dup" }); gw.addBackendSettings("b", { name: "DUP" }); }],
    ["routing rule", "test/Gateway/RoutingRule/a", (gw) => {
      gw.addRoutingRule("a", { name: "dup", priority: 5, listener: gw.addHttpsListener("la", { certificate: CERT, port: 8443 }), backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] });
      gw.addRoutingRule("b", { name: "DUP", priority: 6, listener: gw.addHttpsListener("lb", { certificate: CERT, port: 9443 }), backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] });
    }],
    ["rewrite rule set", "test/Gateway/RewriteRuleSet/a", (gw) => { gw.addRewriteRuleSet("a", { name: "dup", rules: [{ name: "r", ruleSequence: 100, ...rule }] }); gw.addRewriteRuleSet("b", { name: "DUP", rules: [{ name: "r", ruleSequence: 100, ...rule }] }); }],
  ])("AGW-NAME-UNIQUE names the kind of part: %s", (kind, first, add) => {
    const errors = synthErrors((s) => add(passthroughGateway(s)));
    expect(errors).toContain(`name = "DUP" (the ${kind} ${first} has it) is not allowed:`);
  });

  test("AGW-PORT-PROTOCOL names the HTTPS listener on the port", () => {
    const errors = synthErrors((s) => {
      const gw = bareGateway(s);
      const https = gw.addHttpsListener("https", { certificate: CERT });
      completeRoute(gw, https, 1);
      gw.addHttpRedirect("http", { target: https, priority: 2, port: 443 });
    });
    expect(errors).toContain('port = 443 (HTTPS listener "https" uses it) is not allowed:');
  });
});
