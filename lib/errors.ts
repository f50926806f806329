import { Token } from "cdktf";
import { IConstruct } from "constructs";

/**
 * Thrown at construction for a prop that can never be valid, whatever else the
 * stack holds (a port of 70000, a priority of 0). Problems that depend on other
 * parts of the gateway are collected by `node.addValidation` instead, so that a
 * synth lists all of them at once.
 */
export class GatewayConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GatewayConfigError";
  }
}

/** How a prop value is shown in a message; tokens are unknown until apply. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "(not set)";
  if (typeof value === "string" && Token.isUnresolved(value)) return "(a Terraform expression)";
  if (typeof value === "number" && Token.isUnresolved(value)) return "(a Terraform expression)";
  return JSON.stringify(value);
}

/** `<path>: <prop> = <value> is not allowed: <allowed>` */
export function formatProblem(path: string, prop: string, value: unknown, allowed: string): string {
  return `${path}: ${prop} = ${describeValue(value)} is not allowed: ${allowed}`;
}

/** `<path>: <prop> = <value>: recommended: <advice>`, for warnings. */
export function formatAdvice(path: string, prop: string, value: unknown, advice: string): string {
  return `${path}: ${prop} = ${describeValue(value)}: recommended: ${advice}`;
}

/** Throws when `allowedIfInvalid` (a rule's answer) says the value is invalid. */
export function assertValid(scope: IConstruct | string, prop: string, value: unknown, allowedIfInvalid: string | undefined): void {
  if (allowedIfInvalid !== undefined) {
    const path = typeof scope === "string" ? scope : scope.node.path;
    throw new GatewayConfigError(formatProblem(path, prop, value, allowedIfInvalid));
  }
}
