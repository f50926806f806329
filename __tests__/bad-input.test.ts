// Bad input fails at synth with a message that names the construct path, the
// prop, the value and what is allowed; never a TypeError, never at deploy.
import { Testing } from "cdktf";
import { ClientAuthentication, GatewayConfigError, GatewayIdentity, GatewaySku, GatewaySubnet, MtlsApplicationGateway } from "../lib";
import { bareGateway, CERT, completeRoute, IDENTITY_ID, passthroughGateway, SUBNET_ID, testStack } from "./support/stack";

/** The message cdktf's synth fails with, or "" when it passes. */
function synthError(stack: ReturnType<typeof testStack>): string {
  try {
    Testing.synth(stack, true);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

describe("a v1 SKU (retired on 2026-04-28), as a JavaScript or Python user could still pass it", () => {
  test("throws where it is given, naming the gateway's path, the prop, the value and the SKUs allowed", () => {
    const stack = testStack();
    expect(() => passthroughGateway(stack, { sku: "Standard_Medium" as GatewaySku })).toThrow(
      'test/Gateway: sku = "Standard_Medium" is not allowed: Standard_v2 or WAF_v2 (the v1 SKUs were retired on 2026-04-28; mutual TLS and header rewrites are v2 only) [AGW-SKU]',
    );
  });

  test("the same gateway on Standard_v2 passes", () => {
    const stack = testStack();
    passthroughGateway(stack, { sku: GatewaySku.STANDARD_V2 });
    expect(synthError(stack)).toBe("");
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

describe("a routing rule priority outside 1–20000", () => {
  test.each([0, 20001, -5, 1.5])("%p throws at once with path, prop, value and range", (priority) => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const listener = gw.addHttpsListener("https", { certificate: CERT });
    const pool = gw.addBackendPool("pool", { fqdns: ["a.example.com"] });
    const settings = gw.addBackendSettings("settings");
    let error: unknown;
    try {
      gw.addRoutingRule("rule", { priority, listener, backendPool: pool, backendSettings: settings });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GatewayConfigError);
    expect((error as Error).message).toBe(
      `test/Gateway/RoutingRule/rule: priority = ${priority} is not allowed: an integer from 1 to 20000 [AGW-PRIORITY]`,
    );
  });

  test.each([1, 20000])("the bounds %p are accepted", (priority) => {
    const stack = testStack();
    const gw = bareGateway(stack);
    completeRoute(gw, gw.addHttpsListener("https", { certificate: CERT }), priority);
    expect(synthError(stack)).toBe("");
  });

  test("two rules with one priority fail at synth, both problems listed with others in one run", () => {
    const stack = testStack();
    const gw = passthroughGateway(stack, { subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, delegated: false }) });
    completeRoute(gw, gw.addHttpsListener("second", { port: 8443, certificate: CERT }), 100);
    const message = synthError(stack);
    expect(message).toContain('test/Gateway/RoutingRule/second-route: priority = 100 (routing rule "https-route" has it) is not allowed');
    expect(message).toContain("[AGW-PRIORITY-UNIQUE]");
    expect(message).toContain("[AGW-SUBNET-DELEGATION]");
  });
});

describe("a gateway without the required parts", () => {
  test("lists each missing kind", () => {
    const stack = testStack();
    bareGateway(stack);
    const message = synthError(stack);
    for (const prop of ["listeners", "backendPools", "backendSettings", "routingRules"]) {
      expect(message).toContain(`test/Gateway: ${prop} = [] is not allowed`);
    }
  });
});

describe("an identity you bring, with a principal id that is not an object id", () => {
  test("throws where it is given: the Key Vault role assignment would fail with InvalidPrincipalId", () => {
    const stack = testStack();
    expect(() => passthroughGateway(stack, { identity: GatewayIdentity.fromUserAssignedIdentity(IDENTITY_ID, "agw-identity") })).toThrow(
      'test/Gateway: identity.principalId = "agw-identity" is not allowed: a principal\'s object id (a GUID), and principalType User, Group or ServicePrincipal when given [AGW-PRINCIPAL]',
    );
  });
});

describe("two gateways of one stack with the same Azure name in one resource group", () => {
  test("the second throws, naming the first: both would write the one Azure gateway", () => {
    const stack = testStack();
    passthroughGateway(stack);
    const subnet = GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID });
    expect(() => new MtlsApplicationGateway(stack, "Second", { name: "AGW", resourceGroupName: "rg", location: "westus", subnet, publicIpName: "second-pip" })).toThrow(
      'test/Second: name = "AGW" (test/Gateway already creates the Microsoft.Network/applicationGateways of that name in resource group "rg") is not allowed:',
    );
  });
});
