/**
 * The policy's shape, checked when the verifier is built. TypeScript callers get
 * this from the types; JavaScript and JSON callers do not, and a wrong type
 * there used to change meaning silently (a string `commonNames` became a
 * substring match, an unknown `crlCoverage` turned revocation off) or throw on
 * every request. So every field is checked here and a mistake throws, naming
 * the field, the value and what is allowed.
 */
import { X509Certificate } from "node:crypto";

const FIELDS = [
  "trustAnchors",
  "intermediates",
  "allowed",
  "requireClientAuth",
  "clock",
  "clockToleranceSeconds",
  "crls",
  "crlCoverage",
  "maxHeaderLength",
] as const;
const NAME_LISTS = ["commonNames", "dnsNames", "emails", "uris"] as const;
export const CRL_COVERAGES = ["chain", "leaf"] as const;

/** A short, log-safe rendering of a wrong value for the error message. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value === "object" ? (value.constructor?.name ?? "object") : typeof value}`;
}

export function fail(field: string, value: unknown, allowed: string): never {
  throw new Error(`ClientCertificateVerifier: ${field} is ${shown(value)}; ${allowed}`);
}

/** A value, or an array of values, each passing `ok`. */
function checkOneOrMany(field: string, value: unknown, ok: (v: unknown) => boolean, allowed: string): void {
  const list = Array.isArray(value) ? value : [value];
  list.forEach((v, i) => ok(v) || fail(Array.isArray(value) ? `${field}[${i}]` : field, v, allowed));
}

const isCertificateInput = (v: unknown) => typeof v === "string" || Buffer.isBuffer(v) || v instanceof X509Certificate;
const isCrlInput = (v: unknown) => typeof v === "string" || Buffer.isBuffer(v);

/** Throws on the first field of the wrong type, enum value or range; says nothing about the certificates' content. */
export function checkPolicyShape(policy: unknown): void {
  if (typeof policy !== "object" || policy === null || Array.isArray(policy)) fail("the policy", policy, "give an object with trustAnchors");
  const p = policy as Record<string, unknown>;
  const unknown = Object.keys(p).find((k) => !(FIELDS as readonly string[]).includes(k));
  if (unknown !== undefined) fail(`policy field ${JSON.stringify(unknown)}`, p[unknown], `the fields are ${FIELDS.join(", ")}`);

  checkOneOrMany("trustAnchors", p.trustAnchors, isCertificateInput, "give PEM text, DER bytes or X509Certificate objects (one, or an array)");
  if (p.intermediates !== undefined) {
    checkOneOrMany("intermediates", p.intermediates, isCertificateInput, "give PEM text, DER bytes or X509Certificate objects (one, or an array)");
  }
  if (p.crls !== undefined) checkOneOrMany("crls", p.crls, isCrlInput, "give PEM text or DER bytes (one, or an array)");
  if (p.crlCoverage !== undefined && !(CRL_COVERAGES as readonly unknown[]).includes(p.crlCoverage)) {
    fail("crlCoverage", p.crlCoverage, `allowed: ${CRL_COVERAGES.map((c) => JSON.stringify(c)).join(", ")}`);
  }
  if (p.requireClientAuth !== undefined && typeof p.requireClientAuth !== "boolean") fail("requireClientAuth", p.requireClientAuth, "give true or false");
  if (p.clock !== undefined && typeof p.clock !== "function") fail("clock", p.clock, "give a function returning a Date");
  const tolerance = p.clockToleranceSeconds;
  if (tolerance !== undefined && (typeof tolerance !== "number" || !Number.isFinite(tolerance) || tolerance < 0)) {
    fail("clockToleranceSeconds", tolerance, "give a finite number of seconds, 0 or more");
  }
  const max = p.maxHeaderLength;
  if (max !== undefined && (typeof max !== "number" || !Number.isSafeInteger(max) || max <= 0)) {
    fail("maxHeaderLength", max, "give a whole number of characters, 1 or more");
  }

  const allowed = p.allowed;
  if (allowed === undefined) return;
  if (typeof allowed !== "object" || allowed === null || Array.isArray(allowed)) fail("allowed", allowed, `give an object with ${NAME_LISTS.join(", ")}`);
  const names = allowed as Record<string, unknown>;
  const other = Object.keys(names).find((k) => !(NAME_LISTS as readonly string[]).includes(k));
  if (other !== undefined) fail(`allowed field ${JSON.stringify(other)}`, names[other], `the fields are ${NAME_LISTS.join(", ")}`);
  for (const list of NAME_LISTS) {
    const value = names[list];
    if (value === undefined) continue;
    if (!Array.isArray(value)) fail(`allowed.${list}`, value, "give an array of strings (a single name too: [\"name\"])");
    value.forEach((n, i) => (typeof n === "string" && n.length > 0) || fail(`allowed.${list}[${i}]`, n, "give a non-empty string"));
  }
  if (!NAME_LISTS.some((l) => (names[l] as unknown[] | undefined)?.length)) {
    throw new Error("ClientCertificateVerifier: allowed lists no name, so it would reject every certificate; leave it out to allow any name");
  }
}
