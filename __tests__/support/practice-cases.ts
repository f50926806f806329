// What the best-practice cases in __tests__/rules/practice/ share: the case shape, and the
// best-practice findings of the gateways a stack holds, as the messages would print them.
import { TerraformStack } from "cdktf";
import { MtlsApplicationGateway } from "../../lib";
import { formatAdvice } from "../../lib/core/errors";
import { checkBestPractices } from "../../lib/rules/practice";
import { GatewayView } from "../../lib/rules/view";
import { Build } from "./rule-cases";

export interface PracticeCase {
  /** Builds a stack whose gateway breaks the rule (with `badView`, the gateway it changes). */
  readonly bad: Build;
  /**
   * For a rule only a gateway the library did not build can break (the library never writes
   * what it warns of): the bad gateway's view as the policy pack reads a raw one, `bad`'s changed.
   */
  readonly badView?: (view: GatewayView) => GatewayView;
  /** Builds stacks at the rule's boundary, each valid and silent for the rule. */
  readonly good: Build[];
}
/** One topic's cases, by rule id: what a practice `*.cases.ts` file exports as `CASES`. */
export type PracticeCases = { readonly [rule: string]: PracticeCase };

export function gatewaysOf(stack: TerraformStack): MtlsApplicationGateway[] {
  return stack.node.findAll().filter((c): c is MtlsApplicationGateway => c instanceof MtlsApplicationGateway);
}

/** The best-practice findings of every gateway in the stack, one message line each: path, then the advice. */
export function practiceFindings(stack: TerraformStack, change: (view: GatewayView) => GatewayView = (v) => v): string[] {
  return gatewaysOf(stack).flatMap((gw) => gatewayPracticeFindings(gw, change));
}

/** One gateway's best-practice findings (on it, or on its WAF policy wherever that sits), one message line each. */
export function gatewayPracticeFindings(gw: MtlsApplicationGateway, change: (view: GatewayView) => GatewayView = (v) => v): string[] {
  return checkBestPractices(change(gw._view())).map((f) => `${f.scope.node.path}: ${formatAdvice(f.prop, f.value, f.rule, f.note)}`);
}
