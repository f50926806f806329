// The best-practice rules (warnings, pure functions of the gateway's view), opt-in through the
// policy pack (lib/checks, `GatewayChecks({ bestPractices: true })`), for the library's gateways
// and raw ones alike. Placeholder until the best-practice definitions are merged: the pack runs
// whatever these two lists hold.
import { RuleInfo } from "../../core/rule";
import { GatewayRule } from "../view";

/** The best-practice rules, in the order the README lists them. */
export const BEST_PRACTICE_RULES: RuleInfo[] = [];

/** Their checks, in the order they run. */
export const BEST_PRACTICE_CHECKS: GatewayRule[] = [];
