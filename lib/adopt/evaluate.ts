// Runs a converter program (./program.ts) against the library, in a stack of its own: the
// same calls the printed code makes, so that what the converter compares is what the code does.
import { TerraformStack, TerraformVariable } from "cdktf";
import { BackendProtocol } from "../parts/backend-settings";
import { ClientAuthentication } from "../options/client-authentication";
import { CustomErrorStatusCode } from "../options/custom-error-page";
import { GatewayCapacity } from "../options/capacity";
import { GatewayDeployment, GatewaySku, Layer4Protocol, ListenerFrontend, LoadDistributionAlgorithm } from "../core/enums";
import { FrontendPublicIp } from "../options/frontend-public-ip";
import { GatewayIdentity } from "../resources/identity";
import { JwtValidation, UnauthorizedRequestAction } from "../options/jwt-validation";
import { GatewaySubnet } from "../resources/network";
import { ListenerCertificate } from "../options/listener-certificate";
import { MtlsApplicationGateway } from "../gateway/mtls-application-gateway";
import { Adoption } from "../resources/adoption";
import { Redirect, RedirectType } from "../parts/redirect";
import { SslPolicy } from "../options/ssl-policy";
import { TrustedRootCertificate } from "../options/trusted-root-certificate";
import { Expr, NewExpr, Stmt } from "./program";

/** The library's names a program may use: what the generated file imports from the package. */
export const LIBRARY: { readonly [name: string]: any } = {
  Adoption,
  BackendProtocol,
  ClientAuthentication,
  CustomErrorStatusCode,
  FrontendPublicIp,
  GatewayCapacity,
  GatewayDeployment,
  GatewayIdentity,
  GatewaySku,
  GatewaySubnet,
  JwtValidation,
  Layer4Protocol,
  ListenerCertificate,
  ListenerFrontend,
  LoadDistributionAlgorithm,
  MtlsApplicationGateway,
  Redirect,
  RedirectType,
  SslPolicy,
  TrustedRootCertificate,
  UnauthorizedRequestAction,
};

/** What the program's statements put in scope, by constant name. */
export type Scope = Map<string, unknown>;

/** How a run treats what the printed code would not meet. */
export interface EvaluateOptions {
  /** The value of an input (a Terraform variable of the generated stack); undefined: the variable. */
  readonly input?: (name: string) => unknown;
  /**
   * Called with a statement's error instead of throwing it; the run goes on with the next
   * statement (those that use what failed fail in turn). Unset: the first error is thrown.
   */
  readonly onError?: (stmt: Stmt, error: unknown) => void;
}

/**
 * Runs the statements in `stack`. `bindings` are the names the generated stack has before its
 * first statement (its constructor's `deployment` parameter).
 */
export function evaluate(
  stack: TerraformStack,
  stmts: readonly Stmt[],
  bindings: { readonly [name: string]: unknown } = {},
  options: EvaluateOptions = {},
): Scope {
  const scope: Scope = new Map(Object.entries(bindings));
  const inputs = new Map<string, string>();
  const value = (e: Expr): unknown => {
    switch (e.k) {
      case "lit":
        return e.v;
      case "arr":
        return e.items.map(value);
      case "obj":
        return Object.fromEntries(e.members.filter(([, v]) => v !== undefined).map(([k, v]) => [k, value(v!)]));
      case "ref":
        if (!scope.has(e.name)) throw new Error(`converter program: ${e.name} is used before it is declared`);
        return scope.get(e.name);
      case "enum":
        return lookup(e.type)[e.member];
      case "static":
        return lookup(e.cls)[e.method](...e.args.map(value));
      case "input":
        if (options.input?.(e.name) !== undefined) return options.input(e.name);
        if (!inputs.has(e.name)) {
          inputs.set(e.name, new TerraformVariable(stack, e.name, { type: "string", sensitive: true, description: e.description }).stringValue);
        }
        return inputs.get(e.name);
    }
  };
  const construct = (n: NewExpr) => new (lookup(n.cls))(stack, n.id, value(n.props));
  const run = (s: Stmt) => {
    if (s.k === "const") {
      scope.set(s.name, s.value.k === "new" ? construct(s.value) : value(s.value));
      return;
    }
    if (!scope.has(s.target)) throw new Error(`converter program: ${s.target} is used before it is declared`);
    const target = scope.get(s.target) as any;
    const result = target[s.method](...s.args.map(value));
    if (s.name !== undefined) scope.set(s.name, result);
  };
  for (const s of stmts) {
    if (options.onError === undefined) run(s);
    else {
      try {
        run(s);
      } catch (e) {
        options.onError(s, e);
      }
    }
  }
  return scope;
}

function lookup(name: string): any {
  const found = LIBRARY[name];
  if (found === undefined) throw new Error(`converter program: ${name} is not one of the library's names`);
  return found;
}
