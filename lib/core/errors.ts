import { IConstruct } from "constructs";
import { isUnknown, RuleInfo } from "./rule";

/**
 * Thrown at construction for a prop that can never be valid, whatever else the
 * stack holds (a port of 70000, a priority of 0). Problems that depend on other
 * parts of the gateway are collected by `node.addValidation` instead, so that a
 * synth lists all of them at once. `ruleId` is the rule's id (`AGW-PORT`, ...).
 */
class ConfigError extends Error {
  constructor(
    message: string,
    /** Id of the broken rule, as in the README's table. */
    public readonly ruleId?: string,
  ) {
    super(message);
    this.name = "GatewayConfigError";
  }
}

// Exported as a value and a type rather than a class declaration: jsii cannot
// export a subclass of Error, so other languages see only the message (which
// carries the rule id), while TypeScript users can `toThrow(GatewayConfigError)`.
export const GatewayConfigError = ConfigError;
export type GatewayConfigError = ConfigError;

/** How a prop value is shown in a message; tokens are unknown until apply. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "(not set)";
  if (isUnknown(value)) return "(a Terraform expression)";
  // JSON would print NaN and Infinity as null.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return `[${value.map(describeValue).join(",")}]`;
  return JSON.stringify(value, (_key, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
}

/** A long value (certificate data) as a message shows it: its start and its length. */
export function excerpt(text: string, max = 40): string {
  return isUnknown(text) || text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** What a rule allows, with its id: the end of every message. */
export function ruleText(rule: RuleInfo): string {
  return `${rule.allowed} [${rule.id}]`;
}

/**
 * `<path>: <prop> = <value> is not allowed: <allowed> [<rule id>]`; a value the
 * library derived carries a note, e.g. `(derived from name; set publicIpName)`.
 */
export function formatProblem(path: string, prop: string, value: unknown, rule: RuleInfo, note?: string): string {
  return `${path}: ${prop} = ${describeValue(value)}${note === undefined ? "" : ` (${note})`} is not allowed: ${ruleText(rule)}`;
}

/**
 * `<prop> = <value>: recommended: <advice> [<rule id>]`, for warnings: the
 * annotation they become carries the construct path already.
 */
export function formatAdvice(prop: string, value: unknown, rule: RuleInfo, note?: string): string {
  return `${prop} = ${describeValue(value)}${note === undefined ? "" : ` (${note})`}: recommended: ${ruleText(rule)}`;
}

/** Throws when a value rule's answer names a broken rule. */
export function assertValid(scope: IConstruct | string, prop: string, value: unknown, broken: RuleInfo | undefined, note?: string): void {
  if (broken !== undefined) {
    const path = typeof scope === "string" ? scope : scope.node.path;
    throw new GatewayConfigError(formatProblem(path, prop, value, broken, note), broken.id);
  }
}

/** The note of a name the library derived: where it came from, and which prop sets it instead. */
export function derivedNote(given: unknown, from: string, setInstead: string): string | undefined {
  return given === undefined ? `derived from ${from}; set ${setInstead} instead` : undefined;
}
