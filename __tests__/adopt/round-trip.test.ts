// ARM → code → ARM: every example and the property tests' valid gateways (same generator, seed and count),
// deployed as the single azapi_resource in the provider model, read back (the GET), converted
// to an app by lib/adopt, the app type-checked and run, and its gateway's body compared with
// the original's: the same, with nothing in the converter's report. The examples the default
// deployment can write are also adopted from what azurerm and the patch left in Azure, and the
// generated app, deployed the same way, leaves the same gateway.
import * as fc from "fast-check";
import { TerraformStack } from "cdktf";
import { ApiPlatformStack } from "../../examples/api-platform";
import { DualStackStack } from "../../examples/dual-stack";
import { EntraApiStack } from "../../examples/entra-api";
import { KeyVaultWafStack } from "../../examples/keyvault-waf-redirect";
import { MixedMtlsStack } from "../../examples/mixed-strict-passthrough";
import { PrivateGatewayStack } from "../../examples/private-gateway";
import { TlsProxyStack } from "../../examples/tls-proxy";
import {
  FrontendPublicIp,
  GatewayDeployment,
  GatewayNetwork,
  JwtValidation,
  Layer4Protocol,
  ListenerFrontend,
  LoadDistributionAlgorithm,
  TrustedRootCertificate,
  UnauthorizedRequestAction,
} from "../../lib";
import { convertGateway } from "../../lib/adopt/convert";
import { CA_CER_BASE64 } from "../fixtures/ca-certificate";
import { build, validGateway } from "../support/gateway-spec";
import { runApp, typeCheckApps } from "../support/generated-app";
import { MODEL_VARIABLES } from "../support/provider-model";
import { gatewaySchema } from "../support/provider-model/azurerm-schema";
import { defaultDeploymentGateway, deploySingleResource, withoutEmpties } from "../support/single-resource";
import { bareGateway, CERT, SUBNET_ID, synthJson, testApp, testStack } from "../support/stack";
import { AZURERM, FLAVOUR } from "../support/flavour";
import { NEEDS_AZURERM_LAYER4 } from "../support/stacks";

const SINGLE = GatewayDeployment.SINGLE_AZAPI_RESOURCE;
/** Public CA data Azure would accept in place of the model's placeholders (the converter's code passes it to the library's checks). */
const VARIABLES: { readonly [name: string]: string } = { ...MODEL_VARIABLES, partner_ca_certificate: CA_CER_BASE64, internal_ca_certificate: CA_CER_BASE64 };
// As many as the property test deploys (properties-valid.test.ts: 60 runs, seed 20261128), from the same generator and seed.
const PROPERTY_CASES = 60;

/** Entra ID JWT validation (single-resource only): a Deny configuration with audiences on a basic rule, an Allow one on a path-based rule. */
function jwtGateway(): TerraformStack {
  const stack = testStack();
  const gw = bareGateway(stack, { deployment: SINGLE });
  const pool = gw.addBackendPool("p", { fqdns: ["api.example.com"] });
  const settings = gw.addBackendSettings("s");
  const a = gw.addHttpsListener("a", { certificate: CERT, hostNames: ["a.example.com"] });
  const b = gw.addHttpsListener("b", { certificate: CERT, hostNames: ["b.example.com"] });
  const clientId = "5a8d5b4e-1c2f-4e7a-9b3d-6f0e1a2b3c4d";
  const strict = JwtValidation.entraId({ name: "api-tokens", tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47", clientId, audiences: ["api://contoso-api", "api://other"] });
  const lenient = JwtValidation.entraId({ name: "lenient", tenantId: "common", clientId, unauthorizedRequestAction: UnauthorizedRequestAction.ALLOW });
  gw.addRoutingRule("basic", { priority: 1, listener: a, backendPool: pool, backendSettings: settings, jwtValidation: strict });
  gw
    .addPathBasedRoutingRule("paths", { priority: 2, listener: b, backendPool: pool, backendSettings: settings, jwtValidation: lenient })
    .addPathRule("v1", { paths: ["/v1/*"], backendPool: pool, backendSettings: settings });
  return stack;
}

/**
 * Load distribution policies (single-resource only): one with an algorithm and weighted, named targets on a
 * basic rule, one with Azure's algorithm on a path-based rule's default route and one of its path rules.
 */
function loadDistributionGateway(): TerraformStack {
  const stack = testStack();
  const gw = bareGateway(stack, { deployment: SINGLE });
  const blue = gw.addBackendPool("blue", { fqdns: ["blue.example.com"] });
  const green = gw.addBackendPool("green", { ipAddresses: ["10.0.2.4", "10.0.2.5"] });
  const settings = gw.addBackendSettings("s");
  const a = gw.addHttpsListener("a", { certificate: CERT, hostNames: ["a.example.com"] });
  const b = gw.addHttpsListener("b", { certificate: CERT, hostNames: ["b.example.com"] });
  const weighted = gw.addLoadDistributionPolicy("canary", {
    algorithm: LoadDistributionAlgorithm.LEAST_CONNECTIONS,
    targets: [{ backendPool: blue, weightPerServer: 9 }, { name: "green-target", backendPool: green }],
  });
  const even = gw.addLoadDistributionPolicy("even", { targets: [{ backendPool: blue }, { backendPool: green, weightPerServer: 1 }] });
  gw.addRoutingRule("basic", { priority: 1, listener: a, backendPool: blue, backendSettings: settings, loadDistributionPolicy: weighted });
  const paths = gw.addPathBasedRoutingRule("paths", { priority: 2, listener: b, backendPool: blue, backendSettings: settings, loadDistributionPolicy: even });
  paths.addPathRule("v1", { paths: ["/v1/*"], backendPool: green, backendSettings: settings, loadDistributionPolicy: weighted });
  paths.addPathRule("v2", { paths: ["/v2/*"], backendPool: green, backendSettings: settings });
  return stack;
}

/**
 * Layer 4 beyond the example: TLS backend settings with their own CA and a probe on another port and of
 * another name, a TLS listener without an SSL profile, a TCP listener on the private frontend.
 */
function layer4Gateway(): TerraformStack {
  const stack = testStack();
  const gw = bareGateway(stack, { deployment: SINGLE, privateFrontendIpAddress: "10.0.0.10" });
  const pool = gw.addBackendPool("db", { ipAddresses: ["10.0.2.4"] });
  const tls = gw.addLayer4BackendSettings("db-tls", {
    port: 5432,
    timeout: 120,
    hostName: "db.internal.example.com",
    trustedRootCertificates: [TrustedRootCertificate.fromData("db-ca", CA_CER_BASE64)],
    healthProbe: { name: "db-handshake", port: 5433, unhealthyThreshold: 5 },
  });
  const tcp = gw.addLayer4BackendSettings("db-tcp", { protocol: Layer4Protocol.TCP, port: 5432, healthProbe: { interval: 10 } });
  gw.addLayer4RoutingRule("tls-in", { priority: 10, listener: gw.addTlsListener("tls-in", { port: 6432, certificate: CERT }), backendPool: pool, backendSettings: tls });
  const internal = gw.addTcpListener("tcp-in", { port: 7432, frontendPortName: "internal-7432", frontend: ListenerFrontend.PRIVATE });
  gw.addLayer4RoutingRule("tcp-in", { priority: 20, listener: internal, backendPool: pool, backendSettings: tcp });
  return stack;
}

/**
 * Every frontend, none under the library's default name: public IPv4 and IPv6 IPs the gateway creates, a
 * private frontend, Private Link on the public IPv4 frontend (one IP configuration), and a listener on each.
 */
function frontendsGateway(): TerraformStack {
  const stack = testStack();
  const network = new GatewayNetwork(stack, "Network", {
    name: "vnet",
    resourceGroupName: "rg",
    location: "westus",
    addressSpace: ["10.0.0.0/16", "fd00:db8:1::/48"],
    gatewaySubnetIpv6Prefix: "fd00:db8:1::/64",
  });
  const gw = bareGateway(stack, {
    deployment: SINGLE,
    subnet: network.gatewaySubnet,
    publicIpName: "edge-v4",
    frontendIpConfigurationName: "fe-v4",
    ipv6PublicIp: FrontendPublicIp.create(),
    ipv6PublicIpName: "edge-v6",
    ipv6FrontendIpConfigurationName: "fe-v6",
    privateFrontendIpAddress: "10.0.0.10",
    privateFrontendIpConfigurationName: "fe-private",
    privateLinkConfigurations: [{ name: "public-link", frontend: ListenerFrontend.PUBLIC, subnetId: SUBNET_ID }],
  });
  const pool = gw.addBackendPool("p", { fqdns: ["api.example.com"] });
  const settings = gw.addBackendSettings("s");
  const frontends: [string, ListenerFrontend, number][] = [
    ["v4", ListenerFrontend.PUBLIC, 1],
    ["v6", ListenerFrontend.PUBLIC_IPV6, 2],
    ["private", ListenerFrontend.PRIVATE, 3],
  ];
  for (const [name, frontend, priority] of frontends) {
    const listener = gw.addHttpsListener(name, { certificate: CERT, hostNames: [`${name}.example.com`], frontend });
    gw.addRoutingRule(name, { priority, listener, backendPool: pool, backendSettings: settings });
  }
  gw.addLayer4RoutingRule("tcp-v6", {
    priority: 4,
    listener: gw.addTcpListener("tcp-v6", { port: 8883, frontend: ListenerFrontend.PUBLIC_IPV6 }),
    backendPool: pool,
    backendSettings: gw.addLayer4BackendSettings("tcp", { protocol: Layer4Protocol.TCP, port: 8883 }),
  });
  return stack;
}

const cases: [string, () => TerraformStack][] = [
  ["example mixed-strict-passthrough", () => new MixedMtlsStack(testApp(), "mixed", SINGLE)],
  ["example keyvault-waf-redirect", () => new KeyVaultWafStack(testApp(), "kv", SINGLE)],
  ["example api-platform", () => new ApiPlatformStack(testApp(), "api", SINGLE)],
  ["example tls-proxy (TCP and TLS proxy)", () => new TlsProxyStack(testApp(), "tls-proxy", SINGLE)],
  ["example private-gateway (no public IP, Private Link)", () => new PrivateGatewayStack(testApp(), "private-gateway", SINGLE)],
  ["example dual-stack (an owned IPv4 public IP, a created IPv6 one)", () => new DualStackStack(testApp(), "dual-stack", SINGLE)],
  ["example entra-api (Entra ID JWT validation, a load distribution policy)", () => new EntraApiStack(testApp(), "entra-api", SINGLE)],
  ["Entra ID JWT validation on a basic and a path-based rule", jwtGateway],
  ["load distribution policies on a basic rule, a path map's default route and a path rule", loadDistributionGateway],
  ["every frontend under a name of its own, Private Link on the public one, listeners of both layers on them", frontendsGateway],
  ["layer-4 backend settings with a CA and probes of their own, a TLS listener without a profile, a TCP listener on the private frontend", layer4Gateway],
  ...fc.sample(validGateway, { numRuns: PROPERTY_CASES, seed: 20261128 }).map((spec, i): [string, () => TerraformStack] => [
    `property gateway ${i} (${spec.listeners.length} listeners, ${spec.sku})`,
    () => {
      const stack = testStack();
      build(stack, spec, SINGLE);
      return stack;
    },
  ]),
];

/** The gateway's resolved azapi_resource config (body: what azapi PUTs, less the sensitive body). */
const gatewayOf = (stack: TerraformStack, variables = VARIABLES) => deploySingleResource(synthJson(stack), { variables });

/** The generated app's certificate variables, given the original's PFX data and password (Azure never returns them). */
function certificateVariables(original: ReturnType<typeof gatewayOf>): { [name: string]: string } {
  const secrets = ((original.config.sensitive_body as any)?.properties?.sslCertificates ?? []) as any[];
  return Object.fromEntries(
    secrets.flatMap((c) => {
      const base = `ssl_certificate_${String(c.name).replace(/[^A-Za-z0-9_]/g, "_")}`;
      return [
        [`${base}_data`, c.properties.data],
        [`${base}_password`, c.properties.password],
      ];
    }),
  );
}

const converted = cases.map(([name, make]) => {
  const original = gatewayOf(make());
  const result = convertGateway(original.final, { source: name });
  return { name, original, result };
});
const typeErrors = typeCheckApps(Object.fromEntries(converted.map((c, i) => [`app${i}`, c.result.code])));

describe.each(converted.map((c, i) => [c.name, c, `app${i}`] as const))("%s", (_name, { original, result }, file) => {
  test("the converter reports nothing it could not express", () => {
    expect(result.notExpressed).toEqual([]);
  });

  test("the generated app type-checks", () => {
    expect(typeErrors[file]).toEqual([]);
  });

  test("the generated app, synthesized, writes the same gateway body, location, tags and identity", () => {
    const again = gatewayOf(runApp(result.code, testApp(), "adopted", SINGLE), { ...VARIABLES, ...certificateVariables(original) });
    for (const key of ["body", "location", "tags", "identity", "name"] as const) expect([key, again.config[key]]).toEqual([key, original.config[key]]);
    expect(again.put).toEqual(original.put);
  });
});

/** The examples' PFX, as the generated app's certificate variables (Azure never returns it). */
const EXAMPLE_PFX = (certificate: string) => ({
  [`ssl_certificate_${certificate}_data`]: VARIABLES.pfx_base64,
  [`ssl_certificate_${certificate}_password`]: VARIABLES.pfx_password,
});
/**
 * The examples the default deployment (azurerm + passthrough patch) writes in this flavour and the provider
 * model deploys, with their certificate's variable name. A layer-4 example needs azurerm's `listener`,
 * `routing_rule` and `backend` blocks: in the binding (azurerm ≥ 4.67, the cdktn flavour) and in the model's
 * azurerm schema of that version.
 */
const layer4Deployable = AZURERM.layer4Blocks && "routing_rule" in gatewaySchema(AZURERM.version);
const azurermExamples: [string, () => TerraformStack, string][] = [
  ["tls-proxy", () => new TlsProxyStack(testApp(), "tls-proxy"), "contoso_wildcard"],
  ["private-gateway", () => new PrivateGatewayStack(testApp(), "private-gateway"), "internal_api"],
  ["dual-stack", () => new DualStackStack(testApp(), "dual-stack"), "api_contoso"],
].filter(([name]) => layer4Deployable || !NEEDS_AZURERM_LAYER4.has(name as string)) as [string, () => TerraformStack, string][];

describe.each(azurermExamples)("example %s, deployed by azurerm and the passthrough patch", (_name, make, certificate) => {
  const existing = withoutEmpties(defaultDeploymentGateway(synthJson(make()), { variables: VARIABLES }));
  const result = convertGateway(existing, { source: _name });

  test("the converter reports nothing it could not express", () => {
    expect(result.notExpressed).toEqual([]);
  });

  test("the generated app, deployed the same way, leaves the same gateway in Azure", () => {
    const again = defaultDeploymentGateway(synthJson(runApp(result.code, testApp(), "adopted")), { variables: { ...VARIABLES, ...EXAMPLE_PFX(certificate) } });
    expect(withoutEmpties(again)).toEqual(existing);
  });
});

test("the generated code imports the package by its name in this flavour", () => {
  expect(converted[0].result.code).toContain(`} from "${FLAVOUR.packageName}";`);
});
