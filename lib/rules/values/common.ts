// Value rules on helpers shared by the value rules: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
export const between = (min: number, max: number) => (v: number) => Number.isInteger(v) && v >= min && v <= max;
