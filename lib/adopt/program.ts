// The converter's output before it is text: a short program of calls on the library's API
// (constructors, static factories, `gateway.add*`), as data. One program is both printed as
// TypeScript (print below) and run against the library in-process (./evaluate.ts), so the
// code a user gets is the code whose rendering the converter compared with the input.

/** An expression of the generated code. */
export type Expr =
  | { readonly k: "lit"; readonly v: string | number | boolean }
  | { readonly k: "arr"; readonly items: readonly Expr[] }
  /** An object literal; undefined members are left out. */
  | { readonly k: "obj"; readonly members: readonly (readonly [string, Expr | undefined])[] }
  /** A constant declared earlier. */
  | { readonly k: "ref"; readonly name: string }
  /** A member of one of the library's enums. */
  | { readonly k: "enum"; readonly type: string; readonly member: string }
  /** A static factory of one of the library's classes. */
  | { readonly k: "static"; readonly cls: string; readonly method: string; readonly args: readonly Expr[] }
  /** A sensitive string the existing gateway does not reveal: a Terraform variable of the stack. */
  | { readonly k: "input"; readonly name: string; readonly description: string };

/** A statement: `const <name> = <value>` or `<target>.<method>(<args>)`, with a comment above. */
export type Stmt =
  | { readonly k: "const"; readonly name: string; readonly value: Expr | NewExpr; readonly comment?: string }
  | { readonly k: "call"; readonly name?: string; readonly target: string; readonly method: string; readonly args: readonly Expr[]; readonly comment?: string };

/** `new <cls>(this, <id>, <props>)`: a construct of the stack. */
export interface NewExpr {
  readonly k: "new";
  readonly cls: string;
  readonly id: string;
  readonly props: Expr;
}

export const lit = (v: string | number | boolean): Expr => ({ k: "lit", v });
export const arr = (items: readonly Expr[]): Expr => ({ k: "arr", items });
export const ref = (name: string): Expr => ({ k: "ref", name });
export const enumMember = (type: string, member: string): Expr => ({ k: "enum", type, member });
export const call = (cls: string, method: string, ...args: Expr[]): Expr => ({ k: "static", cls, method, args });
export const strings = (xs: readonly string[]): Expr => arr(xs.map(lit));
/** An object literal of the members that are defined. */
export function obj(members: { readonly [key: string]: Expr | undefined }): Expr {
  return { k: "obj", members: Object.entries(members) };
}
/** An object literal, or undefined when every member is. */
export function optObj(members: { readonly [key: string]: Expr | undefined }): Expr | undefined {
  return Object.values(members).some((v) => v !== undefined) ? obj(members) : undefined;
}
/** The enum member whose value is `value`, as an expression; undefined when none is. */
export function member(type: string, values: { readonly [key: string]: string }, value: unknown): Expr | undefined {
  const key = Object.keys(values).find((k) => values[k] === value);
  return key === undefined ? undefined : enumMember(type, key);
}
export const optLit = (v: string | number | boolean | undefined): Expr | undefined => (v === undefined ? undefined : lit(v));

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** An expression as TypeScript, indented from `indent`. */
export function printExpr(e: Expr, indent = ""): string {
  const inner = `${indent}  `;
  switch (e.k) {
    case "lit":
      return JSON.stringify(e.v);
    case "arr": {
      if (e.items.length === 0) return "[]";
      const parts = e.items.map((x) => printExpr(x, inner));
      const flat = `[${parts.join(", ")}]`;
      return flat.length <= 100 && !flat.includes("\n") ? flat : `[\n${parts.map((p) => `${inner}${p},`).join("\n")}\n${indent}]`;
    }
    case "obj": {
      const members = e.members.filter((m): m is readonly [string, Expr] => m[1] !== undefined);
      if (members.length === 0) return "{}";
      const parts = members.map(([key, value]) => `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${printExpr(value, inner)}`);
      const flat = `{ ${parts.join(", ")} }`;
      return flat.length <= 100 && !flat.includes("\n") ? flat : `{\n${parts.map((p) => `${inner}${p},`).join("\n")}\n${indent}}`;
    }
    case "ref":
      return e.name;
    case "enum":
      return `${e.type}.${e.member}`;
    case "static":
      return `${e.cls}.${e.method}(${e.args.map((a) => printExpr(a, indent)).join(", ")})`;
    case "input":
      return `input(${JSON.stringify(e.name)}, ${JSON.stringify(e.description)})`;
  }
}

/** A statement as TypeScript lines, indented by `indent`. */
export function printStmt(s: Stmt, indent: string): string {
  const comment = s.comment === undefined ? "" : `${s.comment.split("\n").map((l) => `${indent}// ${l}`).join("\n")}\n`;
  if (s.k === "const") {
    const value = s.value.k === "new" ? `new ${s.value.cls}(this, ${JSON.stringify(s.value.id)}, ${printExpr(s.value.props, indent)})` : printExpr(s.value, indent);
    return `${comment}${indent}const ${s.name} = ${value};`;
  }
  const head = s.name === undefined ? "" : `const ${s.name} = `;
  return `${comment}${indent}${head}${s.target}.${s.method}(${s.args.map((a) => printExpr(a, indent)).join(", ")});`;
}

/** Every class and enum of the library a program names (for the import line). */
export function namesUsed(stmts: readonly Stmt[]): string[] {
  const names = new Set<string>();
  const walk = (e: Expr | NewExpr | undefined): void => {
    if (e === undefined) return;
    switch (e.k) {
      case "new":
        names.add(e.cls);
        return walk(e.props);
      case "arr":
        return e.items.forEach(walk);
      case "obj":
        return e.members.forEach(([, v]) => walk(v));
      case "enum":
        names.add(e.type);
        return;
      case "static":
        names.add(e.cls);
        return e.args.forEach(walk);
      default:
        return;
    }
  };
  for (const s of stmts) {
    if (s.k === "const") walk(s.value);
    else s.args.forEach(walk);
  }
  return [...names].sort();
}

/**
 * A JavaScript identifier from an Azure name, unique among `taken` (which it joins). `prefix` is a
 * word (`cert`, `rule`, …), so the prefix and the name's letters and digits are always an identifier.
 */
export function identifier(prefix: string, name: string, taken: Set<string>): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w !== "");
  const body = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  const id = `${prefix}${body}`;
  let candidate = id;
  for (let i = 2; taken.has(candidate); i++) candidate = `${id}${i}`;
  taken.add(candidate);
  return candidate;
}

/**
 * `const <v> = gateway.<method>(<name>, <props>)`: a part the program refers to later, its constant
 * named from `prefix` and the part's Azure name, and recorded in `vars` under that name.
 */
export function addPart(taken: Set<string>, vars: Map<string, string>, prefix: string, name: string, method: string, props: Expr): Stmt {
  const v = identifier(prefix, name, taken);
  vars.set(name, v);
  return { k: "call", name: v, target: "gateway", method, args: [lit(name), props] };
}
