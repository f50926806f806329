// Cross-part rules on what a cross-part rule returns, and helpers shared by them: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { RuleInfo } from "../../core/rule";
import { Finding } from "../view";

export type Scope = Finding["scope"];

export const finding = (rule: RuleInfo, scope: Scope, prop: string, value: unknown, note?: string): Finding => ({ rule, scope, prop, value, note });

/** Every element after the first that shares its key with an earlier one. */
export function duplicates<T, K>(items: T[], key: (item: T) => K): T[] {
  return duplicatesOf(items, key).map((d) => d.item);
}

/** Every element after the first that shares its key with an earlier one, with that first one. */
export function duplicatesOf<T, K>(items: T[], key: (item: T) => K): { item: T; first: T }[] {
  const seen = new Map<K, T>();
  const found: { item: T; first: T }[] = [];
  for (const item of items) {
    const first = seen.get(key(item));
    if (first === undefined) seen.set(key(item), item);
    else found.push({ item, first });
  }
  return found;
}
