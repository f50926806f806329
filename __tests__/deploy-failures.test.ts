// Failures that used to wait for `terraform apply` (or be silent) and now come
// at synth, with our message: provider declarations, the escape hatch, part ids,
// and how values are shown. (The Key Vault permission race: parts/identity.test.ts.)
import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { App, TerraformProvider, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AzapiProvider } from "../.gen/providers/azapi/provider";
import {
  ClientAuthentication,
  GatewayCapacity,
  GatewayConfigError,
  GatewayIdentity,
  GatewayNetwork,
  RuleId,
} from "../lib";
import { describeValue } from "../lib/core/errors";
import { AZURERM } from "./support/flavour";
import { bareGateway, CERT, completeRoute, onlyResource, passthroughGateway, synthJson, testApp, testStack } from "./support/stack";
import { failure } from "./support/failure";

describe("the azapi provider is recognised by its Terraform type, as Terraform does", () => {
  /** A provider from a user's own `cdktf get` of azapi: another class, the same Terraform type. */
  class OwnAzapiBindings extends TerraformProvider {
    constructor(scope: Construct, id: string, alias?: string) {
      super(scope, id, { terraformResourceType: "azapi", terraformGeneratorMetadata: { providerName: "azapi" } });
      this.alias = alias;
    }
    protected synthesizeAttributes() {
      return { alias: this.alias };
    }
  }
  const stackWith = (declare: (s: TerraformStack) => TerraformProvider | void) => {
    const stack = new TerraformStack(testApp(), "test");
    new AzurermProvider(stack, "azurerm", { features: [{}] });
    return { stack, provider: declare(stack) };
  };

  test("a user's own azapi bindings satisfy the check", () => {
    const { stack } = stackWith((s) => new OwnAzapiBindings(s, "azapi"));
    passthroughGateway(stack);
    expect(failure(() => Testing.synth(stack, true))).toBe("");
  });

  test("a stack without any azapi provider fails at synth with the rule id", () => {
    const { stack } = stackWith(() => undefined);
    passthroughGateway(stack);
    expect(failure(() => Testing.synth(stack, true))).toContain("stack providers = \"no azapi provider\" is not allowed");
  });

  test("an aliased azapi provider passed to the gateway is the patch's provider", () => {
    const { stack, provider } = stackWith((s) => new AzapiProvider(s, "azapi-other", { alias: "other" }));
    passthroughGateway(stack, { azapiProvider: provider as TerraformProvider });
    const patch = onlyResource(synthJson(stack), "azapi_update_resource").config;
    expect(patch.provider).toBe("azapi.other");
  });

  test("an aliased azurerm provider passed to the gateway is the provider of every azurerm resource it creates", () => {
    const stack = testStack();
    const other = new AzurermProvider(stack, "azurerm-other", { features: [{}], alias: "other" });
    passthroughGateway(stack, { azurermProvider: other, identity: GatewayIdentity.create(), logAnalyticsWorkspaceId: "${var.ws}" });
    const json = synthJson(stack);
    for (const type of ["azurerm_application_gateway", "azurerm_public_ip", "azurerm_user_assigned_identity", "azurerm_monitor_diagnostic_setting"]) {
      expect([type, onlyResource(json, type).config.provider]).toEqual([type, "azurerm.other"]);
    }
  });
});

describe("blocks set on gateway.resource are never dropped silently", () => {
  test("a rewrite rule set put on the resource fails synth, naming the block and where it comes from", () => {
    const stack = testStack();
    const gw = passthroughGateway(stack);
    (gw.resource as ApplicationGateway).putRewriteRuleSet([{ name: "mine", rewriteRule: [] }]);
    const message = failure(() => Testing.synth(stack, true));
    expect(message).toContain("test/Gateway/Resource: rewriteRuleSet = \"set on the resource; use addRewriteRuleSet (merged with the gateway's clientCertificateHeaders)\" is not allowed");
    expect(message).toContain("[AGW-ESCAPE-HATCH]");
  });

  test("a reset of a block the library writes is caught too", () => {
    const stack = testStack();
    const gw = passthroughGateway(stack);
    (gw.resource as ApplicationGateway).putBackendAddressPool([]);
    expect(failure(() => Testing.synth(stack, true))).toContain("backendAddressPool = \"set on the resource; use addBackendPool\"");
  });

  test("without validations, and where the synth resolves the resource before validating (App.synth), the same line stops it", () => {
    const line = 'test/Gateway/Resource: probe = "set on the resource; use addBackendSettings (healthProbe)" is not allowed';
    const withProbeOnResource = () => {
      const app = testApp();
      const gw = passthroughGateway(testStack(app));
      (gw.resource as ApplicationGateway).putProbe([{ name: "p", protocol: "Https", path: "/", interval: 30, timeout: 30, unhealthyThreshold: 3 }]);
      return { app, stack: gw.node.scope as TerraformStack };
    };
    expect(failure(() => Testing.synth(withProbeOnResource().stack, false))).toContain(line);
    expect(failure(() => withProbeOnResource().app.synth())).toContain(line);
  });

  test("attributes the library does not write from parts can be set or overridden", () => {
    const stack = testStack();
    const gw = passthroughGateway(stack);
    gw.resource.addOverride(AZURERM.http2, true);
    expect(onlyResource(synthJson(stack), "azurerm_application_gateway").config[AZURERM.http2]).toBe(true);
  });
});

describe("part ids", () => {
  test("two parts of one kind with the same id: our error, with the rule id", () => {
    const gw = passthroughGateway(testStack());
    let error: unknown;
    try {
      gw.addBackendPool("https-app", { name: "other" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GatewayConfigError);
    expect((error as GatewayConfigError).ruleId).toBe(RuleId.PART_ID);
    expect((error as Error).message).toBe(
      'test/Gateway/BackendPool/: id = "https-app" is not allowed: a non-empty literal construct id without \'/\', unique among this gateway\'s parts of the same kind [AGW-PART-ID]',
    );
  });

  test("an id that is a Terraform expression is refused", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const id = new TerraformVariable(stack, "pool_name", { type: "string" }).stringValue;
    expect(failure(() => gw.addBackendPool(id))).toContain("id = (a Terraform expression) is not allowed");
  });

  test("parts of different kinds may share an id, as Azure names may", () => {
    const gw = passthroughGateway(testStack());
    expect(() => gw.addBackendPool("https")).not.toThrow();
  });
});

describe("values in messages", () => {
  test.each([
    [NaN, "NaN"],
    [Infinity, "Infinity"],
    [-Infinity, "-Infinity"],
    [[1, NaN], "[1,NaN]"],
    [{ minCapacity: NaN }, '{"minCapacity":"NaN"}'],
    ["a", '"a"'],
    [undefined, "(not set)"],
  ])("%p prints as %s", (value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });

  test("a NaN capacity is reported as NaN, not null", () => {
    expect(failure(() => passthroughGateway(testStack(), { capacity: GatewayCapacity.fixed(NaN) }))).toContain("capacity.instances = NaN is not allowed");
  });
});

describe("acknowledging a warning", () => {
  const httpGateway = (stack: TerraformStack) => {
    const gw = bareGateway(stack);
    const profile = gw.addSslProfile("mtls", { clientAuthentication: ClientAuthentication.passthrough() });
    const listener = gw.addHttpsListener("https", { certificate: CERT, sslProfile: profile });
    const pool = gw.addBackendPool("app", { fqdns: ["app.example.com"] });
    const settings = gw.addBackendSettings("http", { protocol: "Http" as any, port: 80 });
    gw.addRoutingRule("r", { priority: 1, listener, backendPool: pool, backendSettings: settings });
    return gw;
  };
  const warnings = (stack: TerraformStack) =>
    stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => /warn/.test(m.type)).map((m) => String(m.data)));

  test("the warning is reported once, naming the construct path only through its annotation", () => {
    const stack = testStack();
    httpGateway(stack);
    Testing.synth(stack, true);
    const found = warnings(stack);
    expect(found).toEqual([expect.stringMatching(/^backendSettings = "http": recommended: .*\[AGW-CERT-OVER-HTTP\]$/)]);
  });

  test("an acknowledged warning is silent, and the acknowledgement is in the synthesized output", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ack."));
    try {
      const app = new App({ outdir: dir });
      const stack = new TerraformStack(app, "ack");
      new AzurermProvider(stack, "azurerm", { features: [{}] });
      new AzapiProvider(stack, "azapi", {});
      httpGateway(stack).acknowledge(RuleId.CERT_OVER_HTTP, "the backend only accepts Http inside the VNet");
      app.synth();
      expect(warnings(stack)).toEqual([]);
      const json = JSON.parse(fs.readFileSync(path.join(dir, "stacks", "ack", "cdk.tf.json"), "utf8"));
      expect(onlyResource(json, "azurerm_application_gateway").config["//"].acknowledgedWarnings).toEqual([
        { rule: "AGW-CERT-OVER-HTTP", reason: "the backend only accepts Http inside the VNet" },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("errors cannot be acknowledged, nor unknown ids, nor without a reason", () => {
    const gw = httpGateway(testStack());
    expect(failure(() => gw.acknowledge(RuleId.PRIORITY, "x"))).toContain("errors cannot be acknowledged");
    expect(failure(() => gw.acknowledge("AGW-NOPE", "x"))).toContain('acknowledge(ruleId) = "AGW-NOPE" is not allowed');
    expect(failure(() => gw.acknowledge(RuleId.CERT_OVER_HTTP, " "))).toContain("acknowledge(reason)");
  });
});

describe("Terraform expressions given as lists are skipped, not rejected", () => {
  test("host names, FQDNs, IPs and address spaces as list expressions synthesize", () => {
    const stack = testStack();
    const list = (name: string) => new TerraformVariable(stack, name, { type: "list(string)" }).listValue;
    const network = new GatewayNetwork(stack, "Net", { name: "vnet", resourceGroupName: "rg", location: "westus", addressSpace: list("space") });
    const gw = bareGateway(stack, { subnet: network.gatewaySubnet });
    const listener = gw.addHttpsListener("https", { certificate: CERT, hostNames: list("hosts") });
    const pool = gw.addBackendPool("fqdns", { fqdns: list("fqdns") });
    gw.addBackendPool("ips", { ipAddresses: list("ips") });
    gw.addRoutingRule("r", { priority: 1, listener, backendPool: pool, backendSettings: gw.addBackendSettings("s") });
    const config = onlyResource(synthJson(stack), "azurerm_application_gateway").config;
    expect(config.http_listener[0].host_names).toBe("${var.hosts}");
    expect(config.backend_address_pool.map((p: any) => p.fqdns ?? p.ip_addresses)).toEqual(["${var.fqdns}", "${var.ips}"]);
  });
});

describe("names the library derives are checked by their resource type's rules", () => {
  test("a public IP name derived from a long gateway name says which prop to set", () => {
    expect(failure(() => passthroughGateway(testStack(), { name: "a".repeat(78) }))).toContain(
      `test/Gateway: publicIpName = "${"a".repeat(78)}-pip" (derived from name; set publicIpName instead) is not allowed`,
    );
  });

  test("an identity name derived from a gateway name with a period says which prop to set", () => {
    expect(failure(() => passthroughGateway(testStack(), { name: "edge.agw", identity: GatewayIdentity.create() }))).toContain(
      'identity.name = "edge.agw-identity" (derived from the gateway\'s name; set GatewayIdentity.create(name) instead) is not allowed',
    );
  });

});

describe("uniqueness and limits, as Azure counts them", () => {
  test("names differing only in case collide", () => {
    const stack = testStack();
    const gw = passthroughGateway(stack);
    gw.addBackendPool("a", { name: "App" });
    gw.addBackendPool("b", { name: "app" });
    expect(failure(() => Testing.synth(stack, true))).toContain('test/Gateway/BackendPool/b: name = "app" (the backend pool test/Gateway/BackendPool/a has it) is not allowed');
  });

  test("two listeners on one port may not share a host name, whatever else they list", () => {
    const stack = testStack();
    const gw = bareGateway(stack);
    completeRoute(gw, gw.addHttpsListener("a", { certificate: CERT, hostNames: ["a.contoso.com", "API.contoso.com"] }), 1);
    completeRoute(gw, gw.addHttpsListener("b", { certificate: CERT, hostNames: ["api.contoso.com"] }), 2);
    expect(failure(() => Testing.synth(stack, true))).toContain("test/Gateway/Listener/b: hostNames = [\"api.contoso.com\"] (listener \"a\" listens there already) is not allowed");
  });

  /** `count` listeners on port 443 (one host name each), routed to one pool, or for the last `redirects`, redirected from port 80. */
  const manyListeners = (count: number, redirects: number) => {
    const stack = testStack();
    const gw = bareGateway(stack);
    const pool = gw.addBackendPool("pool", { fqdns: ["app.example.com"] });
    const settings = gw.addBackendSettings("s");
    const target = gw.addHttpsListener("target", { certificate: CERT, hostNames: ["target.example.com"] });
    gw.addRoutingRule("target", { priority: 1, listener: target, backendPool: pool, backendSettings: settings });
    for (let i = 1; i < count; i++) {
      const hostNames = [`h${i}.example.com`];
      if (i >= count - redirects) {
        gw.addHttpRedirect(`r${i}`, { target, priority: i + 1, hostNames });
        continue;
      }
      const listener = gw.addHttpsListener(`l${i}`, { certificate: CERT, hostNames });
      gw.addRoutingRule(`l${i}`, { priority: i + 1, listener, backendPool: pool, backendSettings: settings });
    }
    return stack;
  };

  test("101 listeners routing to a backend pool exceed the 100 active listeners", () => {
    expect(failure(() => Testing.synth(manyListeners(101, 0), true))).toContain('test/Gateway: activeListeners = "101 of them" is not allowed');
  });

  test("redirect-only listeners do not count as active", () => {
    expect(failure(() => Testing.synth(manyListeners(101, 1), true))).toBe("");
  });
});
