import { Token } from "cdktf";
import { RuleId } from "./rule-id";

/** Whether a broken rule stops synth or only warns. */
export enum Severity {
  ERROR = "error",
  WARNING = "warning",
}

/** What the README's rule table says of one rule. */
export interface RuleInfo {
  /** Stable id, printed in every message, e.g. `AGW-PORT`. */
  readonly id: RuleId;
  readonly severity: Severity;
  /** What is allowed, as the message says it. */
  readonly allowed: string;
  /** Where the number or constraint comes from. */
  readonly source: string;
  /** When it is checked: where the value is given (throws), or at synth with the other parts. */
  readonly checked: Checked;
}

export enum Checked {
  /** Thrown where the value is given: it can never be valid. */
  AT_CONSTRUCTION = "at construction (throws)",
  /** Collected by `node.addValidation` and listed together at synth. */
  AT_SYNTH = "at synth (listed with all others)",
}

/** A rule's definition, beside its check; rules/registry.ts lists every rule in order. */
export function defineRule(info: RuleInfo): RuleInfo {
  return info;
}

/**
 * A value the synthesizer cannot see: skipped by every rule, never rejected.
 * That is a cdktf token, or a string with a Terraform template (`${...}`, which
 * Terraform evaluates in JSON). A Terraform list expression is a one-element
 * array whose element is not a token on its own (`#{TfToken[...]}`), so an
 * element is also unknown when it is such a list's element. A map expression has
 * a token for a key.
 */
export function isUnknown(value: unknown): boolean {
  if (typeof value === "string" && value.includes("${")) return true;
  // Stryker disable next-line ConditionalExpression: equivalent; for any other value (a boolean, null, undefined, an object) Token.isUnresolved([value]) is false, so the next lines give the same answer
  if (typeof value === "string" || typeof value === "number") return Token.isUnresolved(value) || Token.isUnresolved([value]);
  // A list expression, a map expression (Token.asStringMap: a token for a key) or any other resolvable.
  if (typeof value === "object" && value !== null) return Token.isUnresolved(value);
  return false;
}

/**
 * A rule on one prop value (or a tuple of values it needs together). The
 * returned function answers `undefined` when the value is valid, unset or
 * unknown (a token, a list expression, or a list or tuple holding one), else the rule.
 */
export function valueRule<T>(info: RuleInfo, isValid: (value: T) => boolean): (value: T | undefined) => RuleInfo | undefined {
  const unknown = (v: unknown) => isUnknown(v) || (Array.isArray(v) && v.some(isUnknown));
  return (value) => (value === undefined || unknown(value) || isValid(value) ? undefined : info);
}
