// Terraform's plan for a resource of the plugin SDK (v2): the diff of the config against the
// state a refresh wrote, as helper/schema computes it (schemaMap.Diff → diffString, diffList,
// diffSet, diffMap; ResourceData.diffChange):
// - a primitive compares as a string; unset in config it is its Default, else its zero value
//   when the state has one ("" vs absent is no change); unset and Computed, the state's value
//   stays (no change); a StateFunc turns the configured value into what the state stores; a
//   DiffSuppressFunc on (old, new) drops the change;
// - a TypeList compares its length, then item by item: order matters; unset and Computed, no change;
// - a TypeSet compares as a set: an item of the config matches an item of the state when they
//   have no difference (the hash functions of azurerm's sets, applicationGateway*Hash, hash a
//   subset of the fields, and a field outside it that differs still plans an in-place change:
//   either way the set shows a change; only whether it is a change is modelled);
// - a TypeMap compares key by key;
// - a change under a ForceNew attribute is a replacement ("requires replacement").
import { isObject, Json, JsonObject } from "./json";
import { Schema } from "./azurerm-schema";
import { blocks } from "./terraform";

/** One attribute the plan shows as changed. */
export interface Change {
  /** Attribute path as Terraform prints it (set items by their index in the config). */
  readonly path: string;
  readonly old: Json | undefined;
  readonly new: Json | undefined;
  /** Under a ForceNew attribute: the plan replaces the resource. */
  readonly forceNew: boolean;
}

const ZERO: { [kind: string]: Json } = { string: "", bool: false, int: 0 };
const unset = (v: Json | undefined) => v === undefined || v === null;
/** How the SDK compares primitives: as strings, absent as "". */
const asString = (v: Json | undefined): string => (unset(v) ? "" : String(v));

/** The diff of a resource's `config` (resolved, as in the stack) against its `state`. */
export function diffResource(schema: Schema, config: JsonObject, state: JsonObject, at = "", forceNew = false): Change[] {
  const changes: Change[] = [];
  const key = (name: string) => (at === "" ? name : `${at}.${name}`);
  for (const [name, attr] of Object.entries(schema)) {
    const path = key(name);
    const fn = forceNew || attr.forceNew === true;
    const raw = config[name];
    const old = state[name];
    if (unset(raw) && attr.computed) continue;
    if (attr.kind === "block") {
      const configured = blocks(raw);
      const current = blocks(old as Json);
      changes.push(...(attr.set ? diffSet : diffList)(configured, current, path, (c, s, p) => diffResource(attr.block!, c, s, p, fn), fn));
      continue;
    }
    if (attr.kind === "list") {
      const configured = unset(raw) ? [] : (raw as Json[]).map((v) => applyStateFunc(attr.stateFunc, v));
      const current = unset(old) ? [] : (old as Json[]);
      const same = (c: Json, s: Json) => asString(c) === asString(s);
      const itemDiff = (c: JsonObject, s: JsonObject, p: string): Change[] =>
        same(c.v, s.v) ? [] : [{ path: p, old: s.v, new: c.v, forceNew: fn }];
      const wrap = (vs: Json[]) => vs.map((v) => ({ v }));
      changes.push(...(attr.set ? diffSet : diffList)(wrap(configured), wrap(current), path, itemDiff, fn));
      continue;
    }
    if (attr.kind === "map") {
      const c = (isObject(raw) ? raw : {}) as JsonObject;
      const s = (isObject(old) ? old : {}) as JsonObject;
      for (const k of new Set([...Object.keys(c), ...Object.keys(s)])) {
        if (asString(c[k]) !== asString(s[k]) || (k in c) !== (k in s)) changes.push({ path: `${path}.${k}`, old: s[k], new: c[k], forceNew: fn });
      }
      continue;
    }
    // diffString: n = config, else Default; nil n against a non-nil o becomes the zero value.
    let n: Json | undefined = unset(raw) ? attr.default : applyStateFunc(attr.stateFunc, raw);
    if (unset(n) && !unset(old)) n = ZERO[attr.kind];
    const [os, ns] = [asString(old), asString(n)];
    if (os === ns) continue;
    if (attr.suppress?.(os, ns)) continue;
    changes.push({ path, old, new: n, forceNew: fn });
  }
  return changes;
}

const applyStateFunc = (f: ((v: string) => string) | undefined, v: Json): Json => (f && typeof v === "string" ? f(v) : v);

type ItemDiff = (config: JsonObject, state: JsonObject, path: string) => Change[];

/** diffList: the count, then each index. */
function diffList(configured: JsonObject[], current: JsonObject[], path: string, item: ItemDiff, forceNew: boolean): Change[] {
  const changes: Change[] = [];
  if (configured.length !== current.length) changes.push({ path: `${path}.#`, old: current.length, new: configured.length, forceNew });
  for (let i = 0; i < Math.min(configured.length, current.length); i++) changes.push(...item(configured[i], current[i], `${path}.${i}`));
  for (let i = current.length; i < configured.length; i++) changes.push(...item(configured[i], {}, `${path}.${i}`));
  return changes;
}

/** diffSet: items match regardless of order; an unmatched config item is an addition, an unmatched state item a removal. */
function diffSet(configured: JsonObject[], current: JsonObject[], path: string, item: ItemDiff, forceNew: boolean): Change[] {
  const left = [...current];
  const changes: Change[] = [];
  configured.forEach((c, i) => {
    const match = left.findIndex((s) => item(c, s, "").length === 0);
    if (match >= 0) left.splice(match, 1);
    else changes.push({ path: `${path}.${i}`, old: undefined, new: c as Json, forceNew });
  });
  for (const s of left) changes.push({ path: `${path}.~`, old: s as Json, new: undefined, forceNew });
  return changes;
}
