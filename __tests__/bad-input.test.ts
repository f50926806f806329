// Bad input fails at synth with a message that names the construct path, the
// prop, the value and what is allowed; never a TypeError, never at deploy.
import { GatewayIdentity, GatewaySku, GatewaySubnet, ListenerCertificate, MtlsApplicationGateway, TrustedRootCertificate } from "../lib";
import { CA_CER_BASE64 } from "./fixtures/ca-certificate";
import { bareGateway, CERT, completeRoute, passthroughGateway, SUBNET_ID, testStack } from "./support/stack";
import { synthError } from "./support/failure";

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

describe("a construct id used twice on an add* method: our AGW-PART-ID, not the constructs library's error", () => {
  test("two path rules of one path-based rule with one id", () => {
    const stack = testStack();
    const gw = passthroughGateway(stack);
    const listener = gw.addHttpsListener("other", { certificate: CERT, port: 8443 });
    const rule = gw.addPathBasedRoutingRule("paths", { priority: 2, listener, backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] });
    rule.addPathRule("images", { paths: ["/images/*"], backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] });
    expect(() => rule.addPathRule("images", { paths: ["/img/*"], backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] })).toThrow(
      'test/Gateway/RoutingRule/paths/: id = "images" is not allowed: a non-empty literal construct id without \'/\', unique among this gateway\'s parts of the same kind [AGW-PART-ID]',
    );
    // Another id passes.
    rule.addPathRule("img", { paths: ["/img/*"], backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] });
    expect(synthError(stack)).toBe("");
  });

  test("two role assignments with one id, and an id with '/'", () => {
    const gw = passthroughGateway(testStack());
    const props = { principalId: "00000000-0000-0000-0000-000000000001", roleDefinitionName: "Reader" };
    gw.addRoleAssignment("ops", props);
    expect(() => gw.addRoleAssignment("ops", props)).toThrow('test/Gateway/: id = "ops" is not allowed: a non-empty literal construct id');
    expect(() => gw.addRoleAssignment("ops/readers", props)).toThrow("[AGW-PART-ID]");
    expect(() => gw.addRoleAssignment("ops2", props)).not.toThrow();
  });

  test("Key Vault certificates of one name in two vaults: the synth error names them (AGW-SHARED-NAME), the vault grants do not collide first", () => {
    const stack = testStack();
    const gw = bareGateway(stack, { identity: GatewayIdentity.create() });
    const vault = (name: string) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/${name}`;
    const cert = (name: string) => ListenerCertificate.fromKeyVaultSecret("edge", { secretId: `https://${name}.vault.azure.net/secrets/edge`, keyVaultId: vault(name) });
    completeRoute(gw, gw.addHttpsListener("a", { certificate: cert("kv-one") }), 1);
    completeRoute(gw, gw.addHttpsListener("b", { certificate: cert("kv-two"), port: 8443 }), 2);
    expect(synthError(stack)).toContain('test/Gateway/Listener/b: certificate = "edge" is not allowed: one definition per name');
  });
});

describe("names unique inside nested collections keyed by name", () => {
  const pathRules = (a: string, b: string) => {
    const stack = testStack();
    const gw = passthroughGateway(stack);
    const listener = gw.addHttpsListener("other", { certificate: CERT, port: 8443 });
    const route = { backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] };
    const rule = gw.addPathBasedRoutingRule("paths", { priority: 2, listener, ...route });
    rule.addPathRule("one", { name: a, paths: ["/a/*"], ...route });
    rule.addPathRule("two", { name: b, paths: ["/b/*"], ...route });
    return synthError(stack);
  };

  test("two path rules of one URL path map with one name, compared ignoring case (pathRules are the map's child resources)", () => {
    expect(pathRules("images", "Images")).toContain(
      'test/Gateway/RoutingRule/paths/two: name = "Images" (the path rule of paths test/Gateway/RoutingRule/paths/one has it) is not allowed:',
    );
    expect(pathRules("images", "img")).toBe("");
  });

  test("path rules of two maps may share a name", () => {
    const stack = testStack();
    const gw = passthroughGateway(stack);
    const route = { backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] };
    for (const [i, port] of [8443, 9443].entries()) {
      const listener = gw.addHttpsListener(`l${port}`, { certificate: CERT, port });
      gw.addPathBasedRoutingRule(`paths${i}`, { priority: 2 + i, listener, ...route }).addPathRule("images", { paths: ["/images/*"], ...route });
    }
    expect(synthError(stack)).toBe("");
  });

  const probes = (a: string, b: string) => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const listener = gw.addHttpsListener("l", { certificate: CERT });
    const backendPool = gw.addBackendPool("pool", { fqdns: ["app.contoso.com"] });
    gw.addRoutingRule("r", { priority: 1, listener, backendPool, backendSettings: gw.addBackendSettings("s1", { healthProbe: { name: a, path: "/health" } }) });
    gw.addBackendSettings("s2", { healthProbe: { name: b, path: "/status", host: "app.contoso.com" } });
    return synthError(stack);
  };

  test("two backend settings whose probes have one name (the probes collection is keyed by name)", () => {
    expect(probes("probe", "PROBE")).toContain(
      'test/Gateway/BackendSettings/s2: healthProbe.name = "PROBE" (probes has "probe" already: Azure compares these names ignoring case) is not allowed: a name no other part of the same kind',
    );
    expect(probes("probe", "probe2")).toBe("");
  });
});

describe("one name shared by different contents", () => {
  const roots = (second: TrustedRootCertificate) => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const listener = gw.addHttpsListener("l", { certificate: CERT });
    const backendPool = gw.addBackendPool("pool", { fqdns: ["app.contoso.com"] });
    const first = TrustedRootCertificate.fromData("private-ca", CA_CER_BASE64);
    gw.addRoutingRule("r", { priority: 1, listener, backendPool, backendSettings: gw.addBackendSettings("s1", { trustedRootCertificates: [first] }) });
    gw.addBackendSettings("s2", { trustedRootCertificates: [second] });
    return synthError(stack);
  };

  test("trusted root certificates: one name, two CAs (the gateway would keep only the first)", () => {
    expect(roots(TrustedRootCertificate.fromKeyVaultSecret("private-ca", "https://edge-kv.vault.azure.net/secrets/ca"))).toContain(
      'test/Gateway/BackendSettings/s2: trustedRootCertificates = "private-ca" is not allowed: one definition per name: certificates, trusted client CAs, trusted root certificates',
    );
    // The same CA given twice, or under another name, is fine.
    expect(roots(TrustedRootCertificate.fromData("private-ca", CA_CER_BASE64))).toBe("");
    expect(roots(TrustedRootCertificate.fromData("other-ca", CA_CER_BASE64))).toBe("");
  });

  test("listener certificates: two objects with the same contents are one certificate; another secret under the name is refused", () => {
    const build = (secretB: string) => {
      const stack = testStack();
      const gw = bareGateway(stack, { identity: GatewayIdentity.create() });
      const cert = (secret: string) => ListenerCertificate.fromKeyVaultSecret("edge", { secretId: `https://edge-kv.vault.azure.net/secrets/${secret}` });
      completeRoute(gw, gw.addHttpsListener("a", { certificate: cert("edge") }), 1);
      completeRoute(gw, gw.addHttpsListener("b", { certificate: cert(secretB), port: 8443 }), 2);
      return synthError(stack);
    };
    expect(build("edge")).toBe("");
    expect(build("other")).toContain('test/Gateway/Listener/b: certificate = "edge" is not allowed: one definition per name');
  });
});
