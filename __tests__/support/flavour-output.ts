// The synthesized Terraform of the two flavours, compared. The cdktn flavour keeps no
// snapshots of its own: it runs against the cdktf flavour's __snapshots__ through
// `asCdktfText` (its snapshot serializer, cdktn-snapshot-serializer.ts), which maps the
// differences listed in AZURERM_BY_FLAVOUR back and nothing else; flavours.test.ts
// states the differences themselves.
import * as fs from "fs";
import * as path from "path";
import { AZURERM_BY_FLAVOUR } from "./flavour";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Terraform JSON as cdktf's Testing.synth prints it (json-stable-stringify, two spaces):
 * keys in code-unit order, and an empty object or list opened and closed on two lines.
 * cdktn's Testing.synth prints the same JSON with safe-stable-stringify, whose `{}` is on one line.
 */
export function cdktfTestingText(value: Json, level = 0): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const indent = `\n${"  ".repeat(level)}`;
  const entries = Array.isArray(value)
    ? value.map((v) => cdktfTestingText(v, level + 1))
    : Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}: ${cdktfTestingText(value[k], level + 1)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}${entries.map((e) => `${indent}  ${e}`).join(",")}${indent}${close}`;
}

/** Renames `from` to `to` in an object (throws when `to` is there already: the flavour wrote both spellings). */
function rename(o: JsonObject, from: string, to: string, where: string): void {
  if (!(from in o)) return;
  if (to in o) throw new Error(`${where} has both ${from} and ${to}`);
  o[to] = o[from];
  delete o[from];
}

/**
 * A cdktn-flavour stack (Testing.synth text) as the cdktf flavour would have written it:
 * azurerm pinned to 4.55.0 instead of 4.73.0, the old names of the two renamed arguments,
 * cdktf's printing. Throws when the stack already uses a cdktf spelling, so that a flavour
 * writing azurerm 4.55's names cannot pass a cdktf snapshot.
 */
export function asCdktfText(cdktnText: string): string {
  const json = JSON.parse(cdktnText) as JsonObject;
  const [cdktf, cdktn] = [AZURERM_BY_FLAVOUR.cdktf, AZURERM_BY_FLAVOUR.cdktn];
  const azurerm = (json.terraform as any)?.required_providers?.azurerm;
  if (azurerm) {
    if (azurerm.version !== cdktn.version) throw new Error(`required_providers.azurerm.version is ${azurerm.version}, not the cdktn flavour's ${cdktn.version}`);
    azurerm.version = cdktf.version;
  }
  for (const [name, gateway] of Object.entries(((json.resource as any)?.azurerm_application_gateway ?? {}) as { [name: string]: JsonObject })) {
    const at = `azurerm_application_gateway.${name}`;
    if (cdktf.http2 in gateway) throw new Error(`${at} has ${cdktf.http2} (azurerm 4.55's name)`);
    rename(gateway, cdktn.http2, cdktf.http2, at);
    for (const profile of (gateway.ssl_profile ?? []) as JsonObject[]) {
      if (cdktf.issuerDn in profile) throw new Error(`${at}.ssl_profile ${profile.name} has ${cdktf.issuerDn} (azurerm 4.55's name)`);
      rename(profile, cdktn.issuerDn, cdktf.issuerDn, `${at}.ssl_profile ${profile.name}`);
    }
  }
  return cdktfTestingText(json);
}

/** The entries of a jest snapshot file, by name; a string snapshot's value is the string itself. */
export function readSnapshots(file: string): { [name: string]: string } {
  const entries: { [name: string]: string } = {};
  new Function("exports", fs.readFileSync(file, "utf8"))(entries);
  // jest stores a string between double quotes, on lines of its own.
  return Object.fromEntries(Object.entries(entries).map(([name, value]) => [name, value.trim().replace(/^"|"$/g, "")]));
}

export const SNAPSHOT_DIR = path.resolve(__dirname, "..", "__snapshots__");

/**
 * How `b` differs from `a`, one line per kind of difference: paths with resource names
 * as `*` and list indexes as `[]`, a key renamed with its value kept as `old → new (renamed)`.
 */
export function differences(a: Json, b: Json): string[] {
  const found = new Set<string>();
  const walk = (x: Json, y: Json, at: string[]) => {
    const where = at.map((s, i) => (at[0] === "resource" || at[0] === "data") && i === 2 ? "*" : s).join(".").replace(/\.\[\]/g, "[]");
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) return x.forEach((v, i) => walk(v, y[i], [...at, "[]"]));
    if (!isObject(x) || !isObject(y)) {
      if (JSON.stringify(x) !== JSON.stringify(y)) found.add(`${where}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
      return;
    }
    const onlyX = Object.keys(x).filter((k) => !(k in y));
    const onlyY = Object.keys(y).filter((k) => !(k in x));
    for (const k of onlyX) {
      const renamed = onlyY.find((n) => JSON.stringify(x[k]) === JSON.stringify(y[n]));
      if (renamed !== undefined) {
        onlyY.splice(onlyY.indexOf(renamed), 1);
        found.add(`${where}.${k} → ${renamed} (renamed)`);
      } else found.add(`${where}.${k}: removed`);
    }
    for (const k of onlyY) found.add(`${where}.${k}: added`);
    for (const k of Object.keys(x).filter((n) => n in y)) walk(x[k], y[k], [...at, k]);
  };
  walk(a, b, []);
  return [...found].sort();
}
