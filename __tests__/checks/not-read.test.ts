// What the policy pack cannot read into the library's model is said, never dropped: an info
// annotation on the raw resource ("not judged ..."), and no finding made up for it.
import { Fn, TerraformStack } from "cdktf";
import { UpdateResource } from "../../.gen/providers/azapi/update-resource";
import { testStack } from "../support/stack";
import { Aspects } from "cdktf";
import { Resource } from "../../.gen/providers/azapi/resource";
import { GatewayChecks } from "../../lib";
import { GATEWAY_TYPE, LIBRARY_FORWARD, PUBLIC_IP_ID, RG_ID, RawSpec, SEED, SEED_FORWARDING, armBody, checkedGateway, childId, synthReports } from "./raw-builders";


test("the seed's gateway, forwarding the certificate, is read whole (the baseline of the cases below)", () => {
  expect(synthReports(checkedGateway("azurerm", SEED_FORWARDING)).notJudged).toEqual([]);
  expect(synthReports(checkedGateway("azapi", SEED_FORWARDING)).notJudged).toEqual([]);
});

describe("azurerm's layer-4 blocks (listener, routing_rule, backend) are read and judged like the library's layer-4 parts", () => {
  /** The seed with a TCP listener, rule and backend on `port` (azurerm 4.67+ arguments, set by override: the cdktf flavour's 4.55 binding has no setter). */
  const withTcp = (port: string) => {
    const checked = checkedGateway("azurerm", SEED_FORWARDING);
    checked.gateway.addOverride("frontend_port", [{ name: "port2", port: 444 }, { name: "port5432", port: 5432 }]);
    checked.gateway.addOverride("listener", [{ name: "tcp", protocol: "Tcp", frontend_ip_configuration_name: "appGatewayFrontendIP", frontend_port_name: port }]);
    checked.gateway.addOverride("routing_rule", [{ name: "tcp", priority: 300, listener_name: "tcp", backend_address_pool_name: "pool2", backend_name: "pg" }]);
    checked.gateway.addOverride("backend", [{ name: "pg", port: 5432, protocol: "Tcp" }]);
    return synthReports(checked);
  };

  test("a TCP listener on its own port: read whole, nothing found", () => {
    const reported = withTcp("port5432");
    expect(reported.notJudged).toEqual([]);
    expect(reported.errors).toEqual([]);
    expect(reported.findings).toEqual([]);
  });

  test("a TCP listener on the HTTPS listener's port: AGW-L4-PORT, on the raw resource", () => {
    const reported = withTcp("port2");
    expect(reported.notJudged).toEqual([]);
    expect(reported.findings.map((f) => f.ruleId)).toEqual(["AGW-L4-PORT"]);
    expect(reported.errors).toEqual([expect.stringMatching(/AGW-L4-PORT/)]);
  });
});

test("an azapi body that is a Terraform expression (jsonencode of a variable) is not judged, and says so", () => {
  const checked = checkedGateway("azapi", SEED_FORWARDING);
  checked.gateway.addOverride("body", "${jsondecode(var.gateway_body)}");
  const reported = synthReports(checked);
  expect(reported.findings).toEqual([]);
  expect(reported.notJudged).toEqual([expect.stringMatching(/its body is a Terraform expression/)]);
});

test("a patch whose body is a Terraform expression is not merged, and says so", () => {
  const stack: TerraformStack = testStack();
  const checked = checkedGateway("azurerm", SEED_FORWARDING, {}, stack);
  new UpdateResource(stack, "Opaque", { type: GATEWAY_TYPE, resourceId: checked.gateway.getStringAttribute("id"), body: Fn.jsondecode("{}") as unknown as { [key: string]: unknown } });
  expect(synthReports(checked).notJudged).toEqual([expect.stringMatching(/^not judged .*: the patch test\/Opaque: its body is a Terraform expression, not merged$/)]);
});

test("a v1 gateway is not judged at all (the rules are written for v2), and says so", () => {
  const checked = checkedGateway("azapi", SEED_FORWARDING);
  checked.gateway.addOverride("body.properties.sku", { name: "Standard_Medium", tier: "Standard", capacity: 2 });
  const reported = synthReports(checked);
  expect(reported.findings).toEqual([]);
  expect(reported.notJudged).toEqual([expect.stringMatching(/sku\.name "Standard_Medium": the rules judge v2 gateways .* only; nothing of this gateway was judged/)]);
});

test("a dual-stack gateway's IPv6 frontend is read as the IPv6 frontend, with its listeners: never as a private frontend", () => {
  const spec: RawSpec = {
    ...SEED_FORWARDING,
    listeners: [...SEED.listeners, { name: "listener-v6", sslProfile: "sslnotrustedcert" }],
    rules: [...SEED_FORWARDING.rules, { name: "rule-v6", listener: "listener-v6", priority: 2001, rewriteRuleSet: LIBRARY_FORWARD.name }],
  };
  const stack = testStack();
  const body = armBody(spec, { data: "${var.cert_data}", password: "${var.cert_password}" }) as any;
  const v6 = { name: "appGatewayFrontendIPv6", properties: { publicIPAddress: { id: PUBLIC_IP_ID.replace("mtlsPip", "mtlsPip-v6") } } };
  body.properties.frontendIPConfigurations.push(v6);
  body.properties.httpListeners[1].properties.frontendIPConfiguration = { id: childId("frontendIPConfigurations", v6.name) };
  const gateway = new Resource(stack, "Raw", { type: GATEWAY_TYPE, name: "mtlsAppGw", parentId: RG_ID, location: "westus", body });
  const checks = new GatewayChecks();
  Aspects.of(stack).add(checks);
  const reported = synthReports({ stack, gateway, checks });
  expect(reported.errors).toEqual([]);
  expect(reported.findings).toEqual([]);
  expect(reported.notJudged).toEqual([]);
});
