// SslProfile: passthrough and strict client authentication, its trusted client CAs and its own TLS policy.
import { ClientAuthentication, SslPolicy } from "../../lib";
import { AZURERM } from "../support/flavour";
import { bareGateway, CERT, completeRoute, defaultGatewayConfig, gatewayConfig, mixedGateway, onlyResource, synthJson, testStack } from "../support/stack";
import { CA_CER_BASE64 } from "../fixtures/ca-certificate";

describe("MtlsApplicationGateway defaults", () => {
  const gw = defaultGatewayConfig();

  test("the passthrough profile is written to azurerm without trusted CAs (azapi sets the mode)", () => {
    expect(gw.ssl_profile).toEqual([{ name: "mtls", [AZURERM.issuerDn]: false }]);
    expect(gw.trusted_client_certificate).toBeUndefined();
  });
});

describe("MtlsApplicationGateway options", () => {
  test("a strict profile lists its trusted client CAs, and the gateway carries each CA once", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const ca = { name: "partner-ca", data: CA_CER_BASE64 };
    const a = gw.addSslProfile("a", {
      clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [ca], verifyClientRevocation: true }),
    });
    const b = gw.addSslProfile("b", {
      clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [ca], verifyClientCertIssuerDn: true }),
      sslPolicy: SslPolicy.predefined("AppGwSslPolicy20220101S"),
    });
    completeRoute(gw, gw.addHttpsListener("la", { certificate: CERT, sslProfile: a }), 1);
    completeRoute(gw, gw.addHttpsListener("lb", { port: 8443, certificate: CERT, sslProfile: b }), 2);
    const config = gatewayConfig(stack);
    expect(config.trusted_client_certificate).toEqual([{ name: "partner-ca", data: CA_CER_BASE64 }]);
    expect(config.ssl_profile).toEqual([
      {
        name: "a",
        trusted_client_certificate_names: ["partner-ca"],
        [AZURERM.issuerDn]: false,
        verify_client_certificate_revocation: "OCSP",
      },
      {
        name: "b",
        trusted_client_certificate_names: ["partner-ca"],
        [AZURERM.issuerDn]: true,
        ssl_policy: { policy_type: "Predefined", policy_name: "AppGwSslPolicy20220101S" },
      },
    ]);
    expect(config.ssl_certificate).toHaveLength(1);
    expect(config.frontend_port).toEqual([
      { name: "port-443", port: 443 },
      { name: "port-8443", port: 8443 },
    ]);
    expect(gw.passthroughPatch).toBeUndefined();
  });
});

describe("strict and passthrough side by side", () => {
  test("azurerm writes both profiles; the patch switches only the passthrough one", () => {
    const stack = testStack();
    mixedGateway(stack);
    const json = synthJson(stack);
    const gw = onlyResource(json, "azurerm_application_gateway").config;
    expect(gw.ssl_profile.map((p: any) => p.name)).toEqual(["passthrough", "partners"]);
    expect(gw.ssl_profile[1].trusted_client_certificate_names).toEqual(["partner-ca"]);
    const patch = onlyResource(json, "azapi_update_resource").config;
    expect(patch.body.properties.sslProfiles.map((p: any) => p.name)).toEqual(["passthrough"]);
  });
});
