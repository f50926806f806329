// Client certificate forwarding (options/client-certificate-headers.ts): the rewrite rule sets that set the
// certificate headers on mTLS listeners and strip them on every other.
import { ClientAuthentication, GatewayDeployment } from "../../lib";
import { bareGateway, CERT, completeRoute, gatewayConfig, mixedGateway, onlyResource, synthJson, testStack } from "../support/stack";

const ruleSets = (gw: any) => Object.fromEntries(gw.request_routing_rule.map((r: any) => [r.name, r.rewrite_rule_set_name]));
const headersOf = (gw: any, set: string) =>
  gw.rewrite_rule_set.find((s: any) => s.name === set).rewrite_rule[0].request_header_configuration;

describe("client certificate forwarding", () => {
  test("mTLS listeners set X-Client-Cert from the certificate; every other listener deletes it", () => {
    const stack = testStack();
    mixedGateway(stack);
    const gw = gatewayConfig(stack);
    expect(ruleSets(gw)).toEqual({
      "public-api-route": "mtls-forward-client-cert",
      "partner-api-route": "mtls-forward-client-cert",
      "www-route": "mtls-strip-client-cert",
    });
    expect(headersOf(gw, "mtls-forward-client-cert")).toEqual([
      { header_name: "X-Client-Cert", header_value: "{var_client_certificate}" },
    ]);
    expect(headersOf(gw, "mtls-strip-client-cert")).toEqual([{ header_name: "X-Client-Cert", header_value: "" }]);
  });

  test("header names are configurable, and every detail variable can be forwarded (and is stripped elsewhere)", () => {
    const stack = testStack();
    mixedGateway(stack, {
      clientCertificateHeaders: {
        certificate: "X-Mtls-Cert",
        subject: "X-Mtls-Subject",
        issuer: "X-Mtls-Issuer",
        fingerprint: "X-Mtls-Fingerprint",
        serial: "X-Mtls-Serial",
        startDate: "X-Mtls-Not-Before",
        endDate: "X-Mtls-Not-After",
        verification: "X-Mtls-Verification",
      },
    });
    const gw = gatewayConfig(stack);
    expect(headersOf(gw, "mtls-forward-client-cert")).toEqual([
      { header_name: "X-Mtls-Cert", header_value: "{var_client_certificate}" },
      { header_name: "X-Mtls-Subject", header_value: "{var_client_certificate_subject}" },
      { header_name: "X-Mtls-Issuer", header_value: "{var_client_certificate_issuer}" },
      { header_name: "X-Mtls-Fingerprint", header_value: "{var_client_certificate_fingerprint}" },
      { header_name: "X-Mtls-Serial", header_value: "{var_client_certificate_serial}" },
      { header_name: "X-Mtls-Not-Before", header_value: "{var_client_certificate_start_date}" },
      { header_name: "X-Mtls-Not-After", header_value: "{var_client_certificate_end_date}" },
      { header_name: "X-Mtls-Verification", header_value: "{var_client_certificate_verification}" },
    ]);
    expect(headersOf(gw, "mtls-strip-client-cert").map((h: any) => h.header_value)).toEqual(Array(8).fill(""));
  });

  test("the library's own sets: forward then strip whatever order the routes came in, each one rule at rule sequence 100, in both deployment modes", () => {
    const setsOf = (deployment: GatewayDeployment) => {
      const stack = testStack();
      const gw = bareGateway(stack, { deployment });
      completeRoute(gw, gw.addHttpsListener("plain", { certificate: CERT }), 1);
      const passthrough = gw.addSslProfile("p", { clientAuthentication: ClientAuthentication.passthrough() });
      completeRoute(gw, gw.addHttpsListener("mtls", { port: 8443, certificate: CERT, sslProfile: passthrough }), 2);
      const json = synthJson(stack);
      if (deployment === GatewayDeployment.SINGLE_AZAPI_RESOURCE) {
        const sets: any[] = onlyResource(json, "azapi_resource").config.body.properties.rewriteRuleSets;
        return sets.map((s) => [s.name, s.properties.rewriteRules.map((r: any) => [r.name, r.ruleSequence])]);
      }
      const sets: any[] = onlyResource(json, "azurerm_application_gateway").config.rewrite_rule_set;
      return sets.map((s) => [s.name, s.rewrite_rule.map((r: any) => [r.name, r.rule_sequence])]);
    };
    for (const deployment of [GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH, GatewayDeployment.SINGLE_AZAPI_RESOURCE]) {
      expect(setsOf(deployment)).toEqual([
        ["mtls-forward-client-cert", [["forward-client-cert", 100]]],
        ["mtls-strip-client-cert", [["strip-client-cert", 100]]],
      ]);
    }
  });

  test("an mTLS listener that opts out strips the headers like any other", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const passthrough = gw.addSslProfile("p", { clientAuthentication: ClientAuthentication.passthrough() });
    completeRoute(gw, gw.addHttpsListener("forwards", { certificate: CERT, sslProfile: passthrough }), 1);
    completeRoute(gw, gw.addHttpsListener("quiet", { port: 8443, certificate: CERT, sslProfile: passthrough, forwardClientCertificate: false }), 2);
    expect(ruleSets(gatewayConfig(stack))).toEqual({ "forwards-route": "mtls-forward-client-cert", "quiet-route": "mtls-strip-client-cert" });
  });

  test("a gateway where no listener forwards has no rewrite sets at all", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    completeRoute(gw, gw.addHttpsListener("plain", { certificate: CERT }));
    const c = gatewayConfig(stack);
    expect(c.rewrite_rule_set).toBeUndefined();
    expect(c.request_routing_rule[0].rewrite_rule_set_name).toBeUndefined();
  });
});
