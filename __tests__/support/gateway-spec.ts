// The random gateways of the property tests (fast-check): what a spec is, the
// arbitraries of valid ones, how a spec becomes a gateway, and the ways to break one.
import * as fc from "fast-check";
import { TerraformStack, Testing } from "cdktf";
import {
  BackendProtocol,
  ClientAuthentication,
  GatewayCapacity,
  GatewayConfigError,
  GatewayDeployment,
  GatewaySku,
  GatewaySubnet,
  ListenerCertificate,
  MtlsApplicationGateway,
  SslPolicy,
} from "../../lib";
import { ExpectedProfiles } from "./deploy-checks";
import { expression, SUBNET_ID, testStack } from "./stack";
import { CA_CER_BASE64 } from "../fixtures/ca-certificate";

export interface ListenerSpec {
  name: string;
  port: number;
  hostNames: string[];
  auth: "none" | "passthrough" | "strict";
  priority: number;
  fqdns: string[];
  ips: string[];
  protocol: BackendProtocol;
  backendPort: number;
}
export interface GatewaySpec {
  name: string;
  sku: GatewaySku;
  capacity: { fixed?: number; min?: number; max?: number };
  prefix: string;
  policy: string;
  header: string;
  listeners: ListenerSpec[];
}

export const label = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
export const azureName = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,20}[A-Za-z0-9_]$/);
export const fqdn = fc.tuple(label, label).map(([a, b]) => `${a}.${b}.example.com`);
export const ipv4 = fc.tuple(fc.nat(255), fc.nat(255)).map(([a, b]) => `10.0.${a}.${b}`);

const validListener = (i: number): fc.Arbitrary<ListenerSpec> =>
  fc.record({
    name: azureName.map((n) => `${n}${i}`),
    port: fc.integer({ min: 1, max: 65199 }),
    hostNames: fc.array(fqdn, { maxLength: 5 }),
    auth: fc.constantFrom("none", "passthrough", "strict"),
    priority: fc.integer({ min: 1, max: 20000 }),
    fqdns: fc.array(fqdn, { minLength: 1, maxLength: 3 }),
    ips: fc.constant([]),
    protocol: fc.constantFrom(BackendProtocol.HTTP, BackendProtocol.HTTPS),
    backendPort: fc.integer({ min: 1, max: 65535 }),
  });

export const validGateway: fc.Arbitrary<GatewaySpec> = fc
  .record({
    name: azureName,
    sku: fc.constantFrom(GatewaySku.STANDARD_V2, GatewaySku.WAF_V2),
    capacity: fc.oneof(
      fc.record({ fixed: fc.integer({ min: 1, max: 125 }) }),
      fc.integer({ min: 0, max: 100 }).chain((min) => fc.record({ min: fc.constant(min), max: fc.integer({ min: Math.max(2, min), max: 125 }) })),
    ),
    prefix: fc.constantFrom("10.0.0.0/24", "10.0.0.0/23", "10.0.0.0/16"),
    policy: fc.constantFrom("AppGwSslPolicy20220101", "AppGwSslPolicy20220101S"),
    header: fc.constantFrom("X-Client-Cert", "X-Mtls-Cert", "Client-Certificate"),
    listeners: fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => validListener(i)))),
  })
  .filter((g) => {
    // Distinct ports and priorities keep the random gateway valid.
    const unique = (xs: unknown[]) => new Set(xs).size === xs.length;
    return unique(g.listeners.map((l) => l.port)) && unique(g.listeners.map((l) => l.priority));
  });

/** The SSL profiles `build` makes for a spec, as the deployed gateway must have them. */
export function expectedProfiles(spec: GatewaySpec): ExpectedProfiles {
  const profiles = spec.listeners.map((l, i) => ({ ...l, profile: `profile${i}`, ca: `ca${i}` }));
  return {
    passthrough: profiles.filter((l) => l.auth === "passthrough").map((l) => l.profile),
    strict: profiles.filter((l) => l.auth === "strict").map((l) => ({ name: l.profile, trustedClientCertificates: [l.ca] })),
  };
}

/** Builds the gateway a spec describes. */
export function build(stack: TerraformStack, spec: GatewaySpec, deployment?: GatewayDeployment): MtlsApplicationGateway {
  const { fixed, min, max } = spec.capacity;
  const gw = new MtlsApplicationGateway(stack, "Gateway", {
    deployment,
    name: spec.name,
    resourceGroupName: "rg",
    location: "westus",
    // A well-formed subnet id: azurerm checks the format at plan (commonids.ValidateSubnetID).
    subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, addressPrefix: spec.prefix }),
    sku: spec.sku,
    capacity: fixed !== undefined ? GatewayCapacity.fixed(fixed) : GatewayCapacity.autoscale({ minCapacity: min, maxCapacity: max }),
    sslPolicy: SslPolicy.predefined(spec.policy),
    clientCertificateHeaders: { certificate: spec.header },
  });
  const certificate = ListenerCertificate.fromPfx("cert", { data: expression("${var.d}"), password: expression("${var.p}") });
  spec.listeners.forEach((l, i) => {
    const clientAuthentication =
      l.auth === "passthrough"
        ? ClientAuthentication.passthrough()
        : l.auth === "strict"
          ? ClientAuthentication.strict({ trustedClientCertificates: [{ name: `ca${i}`, data: CA_CER_BASE64 }] })
          : undefined;
    const sslProfile = clientAuthentication ? gw.addSslProfile(`profile${i}`, { clientAuthentication }) : undefined;
    const listener = gw.addHttpsListener(l.name, { port: l.port, hostNames: l.hostNames, certificate, sslProfile });
    const backendPool = gw.addBackendPool(`pool${i}`, { fqdns: l.fqdns, ipAddresses: l.ips });
    const backendSettings = gw.addBackendSettings(`settings${i}`, { protocol: l.protocol, port: l.backendPort });
    gw.addRoutingRule(`rule${i}`, { priority: l.priority, listener, backendPool, backendSettings });
  });
  return gw;
}

export function synth(spec: GatewaySpec, deployment?: GatewayDeployment): string {
  const stack = testStack();
  build(stack, spec, deployment);
  return Testing.synth(stack, true);
}

/** Only this library's errors are allowed: thrown at construction, or listed by synth. */
export function isValidationError(e: unknown): boolean {
  if (e instanceof GatewayConfigError) return /\[AGW-[A-Z0-9-]+\]$/.test(e.message);
  const message = (e as Error)?.message ?? "";
  return /^Validation failed/.test(message) && /\[AGW-[A-Z0-9-]+\]/.test(message);
}

/** One way to break a valid spec; each maps to a rule. */
export const breakers: [string, (g: GatewaySpec) => GatewaySpec][] = [
  ["port above 65199", (g) => withFirst(g, { port: 65200 + (g.listeners[0].port % 335) })],
  ["priority 0", (g) => withFirst(g, { priority: 0 })],
  ["duplicate priority", (g) => ({ ...g, listeners: [...g.listeners, { ...g.listeners[0], name: "dup", port: 65001 }] })],
  ["six host names", (g) => withFirst(g, { hostNames: ["a", "b", "c", "d", "e", "f"].map((h) => `${h}.example.com`) })],
  ["bad FQDN", (g) => withFirst(g, { fqdns: ["under_score.example.com"] })],
  ["bad IP", (g) => withFirst(g, { ips: ["10.0.0.999"] })],
  ["name with a space", (g) => ({ ...g, name: `${g.name} x` })],
  ["capacity 126", (g) => ({ ...g, capacity: { fixed: 126 } })],
  ["autoscale min > max", (g) => ({ ...g, capacity: { min: 50, max: 10 } })],
  ["bad CIDR", (g) => ({ ...g, prefix: "10.0.0.1/24" })],
  ["retired TLS policy", (g) => ({ ...g, policy: "AppGwSslPolicy20150501" })],
  ["header with a space", (g) => ({ ...g, header: "X Client" })],
  ["a v1 SKU", (g) => ({ ...g, sku: "Standard_Medium" as GatewaySku })],
  ["backend port 0", (g) => withFirst(g, { backendPort: 0 })],
];
export function withFirst(g: GatewaySpec, change: Partial<ListenerSpec>): GatewaySpec {
  return { ...g, listeners: [{ ...g.listeners[0], ...change }, ...g.listeners.slice(1)] };
}

