// The builders that rule cases in __tests__/rules/ share: each builds one stack into the given one.
// A builder one topic uses sits in that topic's cases file.
import { TerraformStack, Testing } from "cdktf";
import {
  BackendProtocol,
  ClientAuthentication,
  GatewayConfigError,
  GatewayNetwork,
  GatewaySubnet,
  ListenerCertificate,
  MtlsApplicationGateway,
  MtlsApplicationGatewayProps,
  RewriteRuleProps,
} from "../../lib";
import {
  bareGateway,
  CERT,
  completeRoute,
  expression,
  passthroughGateway,
  SUBNET_ID,
  testStack,
} from "./stack";

export type Build = (stack: TerraformStack) => void;
export interface Case {
  /** Builds a stack that breaks the rule. */
  readonly bad: Build;
  /** Builds stacks at the rule's boundary, each valid. */
  readonly good: Build[];
  /** The stack the bad case builds into, for a rule about the stack itself (default: `testStack()`). */
  readonly badStack?: () => TerraformStack;
}
/** One topic's cases, by rule id: what a `*.cases.ts` file exports as `CASES`. */
export type Cases = { readonly [rule: string]: Case };
/** Errors (thrown at construction or listed by synth) and warnings of one stack. */
export function problems(build: Build, stack: TerraformStack = testStack()): { errors: string; warnings: string } {
  try {
    build(stack);
    Testing.synth(stack, true);
  } catch (e) {
    if (!(e instanceof GatewayConfigError) && !/^Validation failed/.test((e as Error).message)) throw e;
    return { errors: (e as Error).message, warnings: "" };
  }
  const warnings = stack.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => /warn/i.test(m.type)).map((m) => `${c.node.path}: ${m.data}`));
  return { errors: "", warnings: warnings.join("\n") };
}
export const sub = (prefix: string, props: Partial<ConstructorParameters<typeof MtlsApplicationGateway>[2]> = {}) => (s: TerraformStack) =>
  passthroughGateway(s, { subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, addressPrefix: prefix }), ...props });
export const net = (props: object) => (s: TerraformStack) =>
  new GatewayNetwork(s, "Net", { name: "vnet", resourceGroupName: "rg", location: "westus", ...props });
/** A gateway with one listener built from `listener` props, routed to an FQDN pool over HTTPS. */
export const withListener = (props: object, gwProps: object = {}) => (s: TerraformStack) => {
  const gw = bareGateway(s, gwProps);
  completeRoute(gw, gw.addHttpsListener("l", { certificate: CERT, ...props }));
};
export const withSettings = (props: object, pool: object = { fqdns: ["app.example.com"] }) => (s: TerraformStack) => {
  const gw = bareGateway(s);
  const listener = gw.addHttpsListener("l", { certificate: CERT });
  const backendPool = gw.addBackendPool("pool", pool);
  gw.addRoutingRule("r", { priority: 1, listener, backendPool, backendSettings: gw.addBackendSettings("s", props) });
};
export const twoListeners = (a: object, b: object) => (s: TerraformStack) => {
  const gw = bareGateway(s);
  completeRoute(gw, gw.addHttpsListener("a", { certificate: CERT, ...a }), 1);
  completeRoute(gw, gw.addHttpsListener("b", { certificate: CERT, ...b }), 2);
};
export const kvCert = (secretId: string) => ListenerCertificate.fromKeyVaultSecret("kv", { secretId });
export const secret = expression("${var.secret}");
/** A passthrough gateway whose route carries a rewrite set of these rules. */
export function withRewrites(rules: RewriteRuleProps[], gateway: Partial<MtlsApplicationGatewayProps> = {}): Build {
  return (s) => {
    const gw = bareGateway(s, gateway);
    const profile = gw.addSslProfile("p", { clientAuthentication: ClientAuthentication.passthrough() });
    const listener = gw.addHttpsListener("l", { certificate: CERT, sslProfile: profile });
    const rewriteRuleSet = gw.addRewriteRuleSet("mine", { rules });
    const backendPool = gw.addBackendPool("pool", { fqdns: ["app.example.com"] });
    gw.addRoutingRule("r", { priority: 1, listener, backendPool, backendSettings: gw.addBackendSettings("s"), rewriteRuleSet });
  };
}
/** A path-based rule with one path rule of these paths (and, optionally, rewrites on it). */
export function withPaths(paths: string[], rules?: RewriteRuleProps[]): Build {
  return (s) => {
    const gw = bareGateway(s);
    const listener = gw.addHttpsListener("l", { certificate: CERT });
    const backendPool = gw.addBackendPool("pool", { fqdns: ["app.example.com"] });
    const backendSettings = gw.addBackendSettings("s");
    const rule = gw.addPathBasedRoutingRule("r", { priority: 1, listener, backendPool, backendSettings });
    const rewriteRuleSet = rules && gw.addRewriteRuleSet("mine", { rules });
    rule.addPathRule("p", { paths, backendPool, backendSettings, rewriteRuleSet });
  };
}
export function passthroughGatewayWith(s: TerraformStack, listenerProps: object, protocol = BackendProtocol.HTTPS) {
  const gw = bareGateway(s);
  const profile = gw.addSslProfile("p", { clientAuthentication: ClientAuthentication.passthrough() });
  const listener = gw.addHttpsListener("l", { certificate: CERT, sslProfile: profile, ...listenerProps });
  const pool = gw.addBackendPool("pool", { fqdns: ["app.example.com"] });
  gw.addRoutingRule("r", { priority: 1, listener, backendPool: pool, backendSettings: gw.addBackendSettings("s", { protocol }) });
}
