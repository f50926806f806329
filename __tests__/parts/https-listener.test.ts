// HttpsListener: its frontend port, certificate, SSL profile and frontend IP, as the gateway writes them.
import { ClientAuthentication, ListenerFrontend } from "../../lib";
import { bareGateway, CERT, completeRoute, defaultGatewayConfig, gatewayConfig, testStack } from "../support/stack";
import { synthError } from "../support/failure";

describe("MtlsApplicationGateway defaults", () => {
  const gw = defaultGatewayConfig();

  test("an HTTPS listener on 443 with the certificate and the SSL profile", () => {
    expect(gw.frontend_port).toEqual([{ name: "port-443", port: 443 }]);
    expect(gw.http_listener).toEqual([
      {
        name: "https",
        protocol: "Https",
        frontend_ip_configuration_name: "appGatewayFrontendIP",
        frontend_port_name: "port-443",
        ssl_certificate_name: "cert",
        ssl_profile_name: "mtls",
      },
    ]);
    expect(gw.ssl_certificate).toEqual([{ name: "cert", data: "${var.cert_data}", password: "${var.cert_password}" }]);
  });
});

describe("private frontend", () => {
  test("a static private frontend IP in the gateway subnet, used by private listeners", () => {
    const stack = testStack();
    const gw = bareGateway(stack, { privateFrontendIpAddress: "10.0.0.10" });
    completeRoute(gw, gw.addHttpsListener("internal", { certificate: CERT, frontend: ListenerFrontend.PRIVATE }));
    const c = gatewayConfig(stack);
    expect(c.frontend_ip_configuration[1]).toEqual({
      name: "appGatewayPrivateFrontendIP",
      subnet_id: c.gateway_ip_configuration[0].subnet_id,
      private_ip_address: "10.0.0.10",
      private_ip_address_allocation: "Static",
    });
    expect(c.http_listener[0].frontend_ip_configuration_name).toBe("appGatewayPrivateFrontendIP");
  });
});

describe("a listener naming a profile that is not on its gateway", () => {
  test("fails at synth naming the listener, the prop and the profile", () => {
    const stack = testStack();
    const other = bareGateway(stack, { name: "other" }, "Other");
    const foreign = other.addSslProfile("foreign", { clientAuthentication: ClientAuthentication.passthrough() });
    const gw = bareGateway(stack);
    completeRoute(gw, gw.addHttpsListener("https", { certificate: CERT, sslProfile: foreign }));
    completeRoute(other, other.addHttpsListener("https", { certificate: CERT }));
    expect(synthError(stack)).toContain(
      'test/Gateway/Listener/https: sslProfile = "foreign" is not allowed: a part created on this gateway (with its add* methods) [AGW-REF]',
    );
  });
});
