// Value rules on helpers shared by the value rules: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
/** A GUID's text, any case (role ids, principal ids, tenant and client ids). */
export const GUID = "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";

export const between = (min: number, max: number) => (v: number) => Number.isInteger(v) && v >= min && v <= max;
