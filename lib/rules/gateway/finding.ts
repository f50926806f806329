// Cross-part rules on what a cross-part rule returns, and helpers shared by them: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { RuleInfo } from "../../core/rule";
import { Finding } from "../view";

export type Scope = Finding["scope"];

export const finding = (rule: RuleInfo, scope: Scope, prop: string, value: unknown): Finding => ({ rule, scope, prop, value });

/** Every element after the first that shares its key with an earlier one. */
export function duplicates<T, K>(items: T[], key: (item: T) => K): T[] {
  const seen = new Set<K>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}
