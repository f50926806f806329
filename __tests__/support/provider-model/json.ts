// azapi's JSON helpers (Azure/terraform-provider-azapi v2.10.0, utils/json.go), in
// TypeScript: how azapi merges a body into a GET response, and how it projects a GET
// response onto the shape of a body to decide whether the next plan shows a change.
// Values are plain JSON (objects, arrays, strings, numbers, booleans, null).

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** utils.UpdateJsonOption. Paths are dot-separated object keys, e.g. "properties.sslProfiles". */
export interface JsonOptions {
  readonly ignoreCasing?: boolean;
  readonly ignoreMissingProperty?: boolean;
  readonly ignoreNullProperty?: boolean;
  /** list path → the item key that identifies an item (default "name"). */
  readonly listUniqueIdProperty?: { [path: string]: string };
  /** list paths whose remote-only items are not appended to the projection. */
  readonly ignoreOtherItemsInList?: string[];
}

export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v);

/** reflect.DeepEqual on decoded JSON. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/** JSON with object keys sorted, as Go's json.Marshal writes a map (utils.NormalizeJson). */
export function normalizedJson(value: unknown): string {
  const sort = (v: any): any =>
    Array.isArray(v)
      ? v.map(sort)
      : isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sort(v[k])])
        )
      : v;
  return JSON.stringify(sort(value));
}

/** dynamic.SemanticallyEqual: equal after normalization (the body plan modifier's test). */
export const semanticallyEqual = (a: unknown, b: unknown): boolean => normalizedJson(a) === normalizedJson(b);

const childPath = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

/** utils.listIdentifierKeyForPath. */
const identifierKey = (path: string, o: JsonOptions) => o.listUniqueIdProperty?.[path]?.trim() || "name";

/** utils.identifierOfArrayItemByKey: the item's key value(s), "" when it has none. */
function identifierOf(item: unknown, key: string): string {
  if (!isObject(item)) return "";
  const values = key
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "")
    .map((k) => (typeof item[k] === "string" ? (item[k] as string) : ""));
  return values.some((v) => v !== "") ? values.join("_") : "";
}

const sameItem = (a: unknown, b: unknown, key: string) => {
  const ai = identifierOf(a, key);
  return ai !== "" && ai === identifierOf(b, key);
};

/**
 * What MergeObject and UpdateObject do alike with two lists `a` and `b`: an empty side gives
 * `b`; lists whose first items do not both carry the identifier pair up by index when their
 * lengths agree and give `b` otherwise; else the key to pair items by.
 */
function startLists(a: Json[], b: Json[], path: string, o: JsonOptions, pair: (x: Json, y: Json) => Json): { done: Json[] } | { key: string } {
  if (a.length === 0 || b.length === 0) return { done: b };
  const key = identifierKey(path, o);
  if (identifierOf(a[0], key) !== "" && identifierOf(b[0], key) !== "") return { key };
  return { done: a.length === b.length ? a.map((x, i) => pair(x, b[i])) : b };
}

/**
 * utils.MergeObjectWithOption: `update` merged into `base`. Objects merge key by key;
 * lists whose first items both carry the identifier merge item by item (base order kept,
 * unmatched update items appended, nothing removed); other lists merge by index when
 * their lengths agree and are replaced otherwise; anything else takes the update's value.
 */
export function mergeObject(base: Json | undefined, update: Json | undefined, o: JsonOptions = {}, path = ""): Json | undefined {
  if (update === null || update === undefined) return update;
  if (isObject(base) && isObject(update)) {
    const res: JsonObject = {};
    for (const [key, value] of Object.entries(base)) {
      res[key] = key in update ? (mergeObject(value, update[key], o, childPath(path, key)) as Json) : value;
    }
    for (const [key, value] of Object.entries(update)) {
      if (res[key] === null || res[key] === undefined) res[key] = value;
    }
    return res;
  }
  if (Array.isArray(base) && Array.isArray(update)) {
    const start = startLists(base, update, path, o, (x, y) => mergeObject(x, y, o, path) as Json);
    if ("done" in start) return start.done;
    const key = start.key;
    const used = update.map(() => false);
    const res: Json[] = base.map((b) => {
      const i = update.findIndex((u, j) => !used[j] && sameItem(b, u, key));
      if (i < 0) return b;
      used[i] = true;
      return mergeObject(b, update[i], o, path) as Json;
    });
    update.forEach((u, i) => used[i] || res.push(u));
    return res;
  }
  return update;
}

const isZeroValue = (v: unknown) =>
  v === null ||
  v === undefined ||
  v === "" ||
  v === 0 ||
  v === false ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.keys(v).length === 0);

/**
 * utils.UpdateObject: the remote value `remote` in the shape of the configured `config`.
 * - objects keep only the configured keys; a key the remote lacks is kept as configured
 *   when `ignoreMissingProperty` is set or the configured value is a zero value
 *   (false, "", 0, empty), and dropped otherwise;
 * - lists of identified items: each configured item is matched to an equal remote item,
 *   else to the remote item with the same identifier (unmatched configured items are
 *   dropped); remote items nobody matched are appended unless the path is listed in
 *   `ignoreOtherItemsInList`;
 * - strings equal ignoring case count as configured with `ignoreCasing`; with
 *   `ignoreMissingProperty` a redacted remote string ("", "***", "<redacted>") too.
 */
export function updateObject(config: Json | undefined, remote: Json | undefined, o: JsonOptions = {}, path = ""): Json | undefined {
  if (deepEqual(config, remote)) return config;
  if (isObject(config) && isObject(remote)) {
    const res: JsonObject = {};
    for (const [key, value] of Object.entries(config)) {
      if (value === null && o.ignoreNullProperty) res[key] = null;
      else if (remote[key] !== null && remote[key] !== undefined) res[key] = updateObject(value, remote[key], o, childPath(path, key)) as Json;
      else if (o.ignoreMissingProperty || isZeroValue(value)) res[key] = value;
    }
    return res;
  }
  if (Array.isArray(config) && Array.isArray(remote)) {
    const start = startLists(config, remote, path, o, (x, y) => updateObject(x, y, o, path) as Json);
    if ("done" in start) return start.done;
    const key = start.key;
    const used = remote.map(() => false);
    const res: Json[] = [];
    for (const c of config) {
      let i = remote.findIndex((r, j) => !used[j] && deepEqual(c, r));
      if (i < 0) i = remote.findIndex((r, j) => !used[j] && sameItem(c, r, key));
      if (i < 0) continue;
      used[i] = true;
      res.push(updateObject(c, remote[i], o, path) as Json);
    }
    if (!o.ignoreOtherItemsInList?.includes(path)) remote.forEach((r, i) => used[i] || res.push(r));
    return res;
  }
  if (typeof config === "string" && typeof remote === "string") {
    if (o.ignoreCasing && config.toLowerCase() === remote.toLowerCase()) return config;
    if (o.ignoreMissingProperty && (/^\*+$/.test(remote) || remote === "<redacted>" || remote === "")) return config;
  }
  return remote;
}

/** utils.RemoveNullProperty: null object values and null list items removed, recursively. */
export function removeNullProperty(value: Json): Json {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(removeNullProperty);
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, removeNullProperty(v)])
    );
  }
  return value;
}

/** utils.FilterFields: only the listed paths ("a.b", "a.list[0].c") of `value`. */
export function filterFields(value: Json | undefined, keep: Set<string>, path = ""): Json | undefined {
  if (value === null || value === undefined) return value;
  if (keep.has(path)) return value;
  if (isObject(value)) {
    const res: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      const out = filterFields(v, keep, childPath(path, k));
      if (out !== null && out !== undefined) res[k] = out;
    }
    return Object.keys(res).length === 0 ? undefined : res;
  }
  if (Array.isArray(value)) {
    return value.map((v, i) => filterFields(v, keep, `${path}[${i}]`)).filter((v): v is Json => v !== null && v !== undefined);
  }
  return undefined;
}

/** A deep copy (bodies are passed between steps that must not share objects). */
export const clone = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));
