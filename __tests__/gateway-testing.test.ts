// cdktf-azure-appgw-mtls/testing: what a user's test can assert about their
// gateway, the same in both deployment modes, and a check that fails the test on
// any warning nobody acknowledged.
import { TerraformStack } from "cdktf";
import { ClientAuthentication, GatewayDeployment, MtlsApplicationGateway } from "../lib";
import { GatewayTesting } from "../lib/testing";
import { CA_CER_BASE64 } from "./fixtures/ca-certificate";
import { bareGateway, CERT, completeRoute, testStack } from "./support/stack";

/** A passthrough listener that forwards (or not) the certificate, a strict one on 8443 with a path rule, in the given mode. */
function edge(deployment: GatewayDeployment, forwardClientCertificate = true): { stack: TerraformStack; gateway: MtlsApplicationGateway } {
  const stack = testStack();
  const gateway = bareGateway(stack, { deployment, clientCertificateHeaders: { subject: "X-Client-Subject" } });
  const passthrough = gateway.addSslProfile("mtls", { clientAuthentication: ClientAuthentication.passthrough() });
  completeRoute(gateway, gateway.addHttpsListener("https", { certificate: CERT, sslProfile: passthrough, forwardClientCertificate }), 10);
  const strict = gateway.addSslProfile("strict", {
    clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [{ name: "partners-ca", data: CA_CER_BASE64 }] }),
  });
  const partners = gateway.addHttpsListener("partners", { certificate: CERT, sslProfile: strict, port: 8443, hostNames: ["partners.contoso.com"] });
  const pool = gateway.addBackendPool("api", { fqdns: ["api.azurewebsites.net"] });
  const settings = gateway.addBackendSettings("api-https");
  gateway
    .addPathBasedRoutingRule("partners", { priority: 20, listener: partners, backendPool: pool, backendSettings: settings })
    .addPathRule("v2", { paths: ["/v2/*"], backendPool: pool, backendSettings: settings });
  return { stack, gateway };
}

test("summarize: listeners with their client-auth mode and forwarded headers, profiles and rules", () => {
  const summary = GatewayTesting.summarize(edge(GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH).stack);
  expect(summary.listeners).toEqual([
    { name: "https", protocol: "Https", port: 443, hostNames: [], frontend: "public", sslProfile: "mtls", clientAuth: "Passthrough", forwardedHeaders: ["X-Client-Cert", "X-Client-Subject"] },
    { name: "partners", protocol: "Https", port: 8443, hostNames: ["partners.contoso.com"], frontend: "public", sslProfile: "strict", clientAuth: "Strict", forwardedHeaders: ["X-Client-Cert", "X-Client-Subject"] },
  ]);
  expect(summary.sslProfiles).toEqual([
    { name: "mtls", clientAuth: "Passthrough", trustedClientCertificates: [] },
    { name: "strict", clientAuth: "Strict", trustedClientCertificates: ["partners-ca"] },
  ]);
  expect(summary.routingRules).toEqual([
    { name: "https-route", priority: 10, listener: "https", ruleType: "Basic", backendPool: "https-app", backendSettings: "https-https", pathRules: [] },
    {
      name: "partners", priority: 20, listener: "partners", ruleType: "PathBasedRouting", backendPool: "api", backendSettings: "api-https",
      pathRules: [{ name: "v2", paths: ["/v2/*"], backendPool: "api", backendSettings: "api-https" }],
    },
  ]);
});

test("the summary is the same in both deployment modes", () => {
  const patch = GatewayTesting.summarize(edge(GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH).gateway);
  const single = GatewayTesting.summarize(edge(GatewayDeployment.SINGLE_AZAPI_RESOURCE).gateway);
  expect(single).toEqual(patch);
});

test("a listener that does not forward the certificate shows no forwarded header", () => {
  const [https] = GatewayTesting.summarize(edge(GatewayDeployment.SINGLE_AZAPI_RESOURCE, false).stack).listeners;
  expect(https).toMatchObject({ name: "https", clientAuth: "Passthrough", forwardedHeaders: [] });
});

describe.each([GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH, GatewayDeployment.SINGLE_AZAPI_RESOURCE])("in %s mode", (deployment) => {
  test("assertNoUnacknowledgedWarnings fails on a passthrough listener that forwards nothing, naming the warning", () => {
    const { stack } = edge(deployment, false);
    expect(() => GatewayTesting.assertNoUnacknowledgedWarnings(stack)).toThrow(
      /^1 warning nobody acknowledged \(fix, or gateway.acknowledge\(ruleId, reason\)\):\n {2}test\/Gateway\/Listener\/https: forwardClientCertificate = false: recommended: .*\[AGW-PASSTHROUGH-NO-HEADER\]$/,
    );
  });

  test("assertNoUnacknowledgedWarnings passes once the warning is acknowledged, and on a stack with none", () => {
    const warned = edge(deployment, false);
    warned.gateway.acknowledge("AGW-PASSTHROUGH-NO-HEADER", "the backend reads the certificate from its own TLS terminator");
    expect(() => GatewayTesting.assertNoUnacknowledgedWarnings(warned.stack)).not.toThrow();
    expect(() => GatewayTesting.assertNoUnacknowledgedWarnings(edge(deployment).stack)).not.toThrow();
  });
});

test("assertNoUnacknowledgedWarnings counts the warnings, one line each", () => {
  const { stack, gateway } = edge(GatewayDeployment.SINGLE_AZAPI_RESOURCE, false);
  const mtls = gateway.sslProfiles.find((p) => p.name === "mtls");
  completeRoute(gateway, gateway.addHttpsListener("second", { certificate: CERT, sslProfile: mtls, port: 9443, forwardClientCertificate: false }), 30);
  expect(() => GatewayTesting.assertNoUnacknowledgedWarnings(stack)).toThrow(
    /^2 warnings nobody acknowledged \(fix, or gateway.acknowledge\(ruleId, reason\)\):\n {2}test\/Gateway\/Listener\/https: [^\n]*\[AGW-PASSTHROUGH-NO-HEADER\]\n {2}test\/Gateway\/Listener\/second: [^\n]*\[AGW-PASSTHROUGH-NO-HEADER\]$/,
  );
});

test("summarize needs exactly one gateway under the scope it is given", () => {
  const stack = testStack();
  expect(() => GatewayTesting.summarize(stack)).toThrow("GatewayTesting: test holds 0 MtlsApplicationGateway constructs: pass the one to summarize");
  bareGateway(stack, {}, "A");
  bareGateway(stack, { name: "agw-b" }, "B");
  expect(() => GatewayTesting.summarize(stack)).toThrow("GatewayTesting: test holds 2 MtlsApplicationGateway constructs (test/A, test/B): pass the one to summarize");
});
