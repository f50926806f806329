// Offline Terraform check. Terraform cannot download azurerm or azapi here, but
// `terraform_data` is built in: replacing every provider resource by a
// `terraform_data` that carries its arguments lets the real CLI parse the JSON,
// resolve every reference and meta-argument, and plan what an apply would do.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** A Terraform JSON document (cdk.tf.json). */
export type TfJson = { [key: string]: any };

const STAND_IN_TYPE = "terraform_data";
/** Never part of a provider type, so a stand-in name splits back into type and name. */
const SEP = "__";
const DATA_PREFIX = `data${SEP}`;
/** Top-level keys the conversion knows; anything else (modules, imports, ...) throws rather than passing unchecked. */
const KNOWN_KEYS = new Set(["//", "terraform", "provider", "resource", "data", "variable", "output", "locals", "moved", "removed"]);

/** Name of the `terraform_data` that stands in for `type.name` (or `data.type.name`). */
export function standInName(type: string, name: string, mode: "resource" | "data" = "resource"): string {
  return `${mode === "data" ? DATA_PREFIX : ""}${type}${SEP}${name}`;
}

/** The provider type a stand-in stands for, from its name or address. */
export function standInType(standIn: string): string {
  return standIn.replace(/^terraform_data\./, "").replace(DATA_PREFIX, "").split(SEP)[0];
}

/**
 * The stack with every resource and data source as a `terraform_data` stand-in:
 * - `input` = the arguments, plus plausible values for the computed attributes
 *   that something references (`id`, `ip_address`, ...);
 * - every reference `type.name.attr` reads `terraform_data.<stand-in>.output.attr`;
 * - `depends_on`, `count`, `for_each` and `lifecycle` are kept, addresses rewritten
 *   in the form they were written in (a bare address stays bare, `${...}` stays `${...}`);
 * - providers, `required_providers` and the backend are dropped (local state);
 *   provisioners too (they would run commands); variables and outputs are kept.
 */
export function toStandIn(stack: TfJson): TfJson {
  const unknown = Object.keys(stack).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length > 0) throw new Error(`toStandIn: cannot convert top-level ${unknown.join(", ")}`);

  const blocks = [
    ...entries(stack.resource, "resource"),
    ...entries(stack.data, "data"),
  ];
  const refs = new References(new Map(blocks.map((b) => [b.address, b.standIn])));

  const standIns: TfJson = {};
  for (const b of blocks) standIns[b.standIn] = convertBlock(b, refs);
  const out: TfJson = {};
  const { backend: _b, cloud: _c, required_providers: _r, ...terraform } = stack.terraform ?? {};
  if (Object.keys(terraform).length > 0) out.terraform = terraform;
  if (stack.variable) out.variable = stack.variable;
  if (stack.locals) out.locals = refs.inValues(stack.locals);
  if (stack.output) out.output = refs.inValues(stack.output);
  // Last: outputs and locals may read computed attributes too.
  for (const b of blocks) {
    const input = standIns[b.standIn].input;
    for (const attr of refs.attributesRead(b.standIn)) {
      if (!(attr in input)) input[attr] = computedValue(b.type, b.name, attr, input);
    }
  }
  if (blocks.length > 0) out.resource = { [STAND_IN_TYPE]: standIns };
  // `moved` and `removed` name resources that may be gone from the config: their stand-in addresses by name.
  const standInAddress = (address: string) => {
    const [type, name] = address.split(".");
    return `${STAND_IN_TYPE}.${standInName(type, name)}`;
  };
  if (stack.moved) out.moved = stack.moved.map((m: TfJson) => ({ ...m, from: standInAddress(m.from), to: standInAddress(m.to) }));
  if (stack.removed) out.removed = stack.removed.map((r: TfJson) => ({ ...r, from: standInAddress(r.from) }));
  return out;
}

interface Block {
  readonly type: string;
  readonly name: string;
  /** As Terraform addresses it: `type.name` or `data.type.name`. */
  readonly address: string;
  readonly standIn: string;
  readonly config: TfJson;
}

function entries(section: TfJson | undefined, mode: "resource" | "data"): Block[] {
  return Object.entries(section ?? {}).flatMap(([type, byName]) =>
    Object.entries(byName as TfJson).map(([name, config]) => ({
      type,
      name,
      address: `${mode === "data" ? "data." : ""}${type}.${name}`,
      standIn: standInName(type, name, mode),
      config,
    })),
  );
}

function convertBlock(block: Block, refs: References): TfJson {
  const {
    "//": _comment,
    provider: _provider,
    provisioner: _provisioner,
    connection: _connection,
    depends_on: dependsOn,
    count,
    for_each: forEach,
    lifecycle,
    ...args
  } = block.config;
  const standIn: TfJson = { "//": { stand_in_for: block.address }, input: refs.inValues(args) };
  if (count !== undefined) standIn.count = refs.inValues(count);
  if (forEach !== undefined) standIn.for_each = refs.inValues(forEach);
  if (dependsOn !== undefined) standIn.depends_on = dependsOn.map((a: string) => refs.inAddress(a));
  if (lifecycle !== undefined) {
    const { replace_triggered_by: triggers, ignore_changes: ignore, ...rest } = lifecycle;
    standIn.lifecycle = { ...rest };
    if (triggers !== undefined) standIn.lifecycle.replace_triggered_by = triggers.map((a: string) => refs.inAddress(a));
    // The arguments live under `input` now; "all" stays "all".
    if (ignore !== undefined) standIn.lifecycle.ignore_changes = Array.isArray(ignore) ? ignore.map((a) => `input.${a}`) : ignore;
  }
  return standIn;
}

/** Rewrites references to provider resources into references to their stand-ins. */
class References {
  private readonly pattern: RegExp;
  private readonly read = new Map<string, Set<string>>();

  constructor(private readonly standIns: Map<string, string>) {
    // Longest first, and no identifier character after it: `x.gw` must not match inside `x.gw2`.
    const alternatives = [...standIns.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.pattern = new RegExp(
      `(?<![\\w.-])(${alternatives.join("|") || "(?!)"})(?![\\w-])((?:\\[[^\\]]*\\]|\\.\\*)?)(\\.[A-Za-z_][\\w-]*)?`,
      "g",
    );
  }

  /** Every string in `value`, references rewritten inside its `${...}` expressions only (not in literal text). */
  public inValues(value: any): any {
    if (typeof value === "string") return mapExpressions(value, (e) => this.rewrite(e, false));
    if (Array.isArray(value)) return value.map((v) => this.inValues(v));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.inValues(v)]));
    }
    return value;
  }

  /** A `depends_on` / `replace_triggered_by` entry: a whole resource stays a whole resource. */
  public inAddress(text: string): string {
    return this.rewrite(text, true);
  }

  /** Attributes read from a stand-in, e.g. `id` of `${azurerm_subnet.x.id}`. */
  public attributesRead(standIn: string): string[] {
    return [...(this.read.get(standIn) ?? [])];
  }

  private rewrite(text: string, wholeResource: boolean): string {
    return text.replace(this.pattern, (_match, address: string, index: string, attr?: string) => {
      const standIn = this.standIns.get(address)!;
      const target = `${STAND_IN_TYPE}.${standIn}${index}`;
      if (attr === undefined) return wholeResource ? target : `${target}.output`;
      if (!this.read.has(standIn)) this.read.set(standIn, new Set());
      this.read.get(standIn)!.add(attr.slice(1));
      return `${target}.output${attr}`;
    });
  }
}

/** Applies `fn` to each `${...}` of a Terraform template string (`$${` is a literal). */
function mapExpressions(text: string, fn: (expression: string) => string): string {
  let out = "";
  let i = 0;
  for (;;) {
    const start = text.indexOf("${", i);
    if (start < 0) return out + text.slice(i);
    if (text[start - 1] === "$") {
      out += text.slice(i, start + 2);
      i = start + 2;
      continue;
    }
    let end = start + 1;
    for (let depth = 0; end < text.length; end++) {
      if (text[end] === "{") depth++;
      else if (text[end] === "}" && --depth === 0) break;
    }
    out += text.slice(i, start) + fn(text.slice(start, end + 1));
    i = end + 1;
  }
}

/** What the provider would compute; only the shape matters (a string where a string is read). */
function computedValue(type: string, name: string, attr: string, input: TfJson): unknown {
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  switch (attr) {
    case "id":
      return (
        `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/${str(input.resource_group_name) ?? "stand-in"}` +
        `/providers/${type}/${str(input.name) ?? name}`
      );
    case "ip_address":
      return "203.0.113.10"; // documentation range, RFC 5737
    default:
      return `computed ${type}.${attr}`;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---- running the Terraform CLI on a stand-in, offline ----

/** A TF_VAR_ value of the declared type for each variable without a default (Terraform would prompt otherwise). */
function placeholderValues(variables: TfJson): { [name: string]: string } {
  const byType: { [type: string]: (name: string) => string } = {
    string: (name) => `stand-in-${name}`,
    number: () => "1",
    bool: () => "false",
  };
  const values: { [name: string]: string } = {};
  for (const [name, v] of Object.entries(variables)) {
    if (v.default !== undefined) continue;
    const type = String(v.type ?? "string");
    values[name] = byType[type]?.(name) ?? (/^(list|set|tuple)\b/.test(type) ? "[]" : "{}");
  }
  return values;
}

/** The `terraform` binary on PATH, if any. */
export function findTerraform(): string | undefined {
  const names = process.platform === "win32" ? ["terraform.exe"] : ["terraform"];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        if (fs.statSync(file).isFile()) return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** One planned change, with the provider type its stand-in stands for. */
export interface PlannedChange {
  /** Stand-in address, e.g. `terraform_data.azurerm_application_gateway__Gateway_43CB3636`. */
  readonly address: string;
  /** The provider type stood in for, e.g. `azurerm_application_gateway`. */
  readonly type: string;
  /** Terraform's actions: ["create"], ["update"], ["delete","create"], ["no-op"], ... */
  readonly actions: string[];
  /** Terraform's `action_reason`, e.g. "replace_by_triggers". */
  readonly reason?: string;
  /** The address it had in state before a `moved` block, if any. */
  readonly previousAddress?: string;
}

export interface TerraformResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A temp dir with one stand-in config (`main.tf.json`) and local state, and the CLI run in it.
 * Variables are passed as TF_VAR_ environment variables: the given values, else a placeholder.
 */
export class StandInWorkspace {
  public readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "tf-standin."));
  private placeholders: { [name: string]: string } = {};

  constructor(
    private readonly variables: { [name: string]: string } = {},
    private readonly terraform: string = findTerraform() ?? "terraform",
  ) {}

  /** Writes the stand-in of a synthesized stack (replacing the previous one). */
  public write(stack: TfJson): TfJson {
    const standIn = toStandIn(stack);
    fs.writeFileSync(path.join(this.dir, "main.tf.json"), JSON.stringify(standIn, null, 2));
    this.placeholders = placeholderValues(standIn.variable ?? {});
    return standIn;
  }

  /** Runs `terraform <command> ...args` with -no-color (and -input=false where it exists). */
  public run(command: string, ...args: string[]): TerraformResult {
    const input = ["init", "plan", "apply"].includes(command) ? ["-input=false"] : [];
    const env: NodeJS.ProcessEnv = { ...process.env, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };
    for (const [name, value] of Object.entries({ ...this.placeholders, ...this.variables })) env[`TF_VAR_${name}`] = value;
    const r = spawnSync(this.terraform, [command, "-no-color", ...input, ...args], { cwd: this.dir, env, encoding: "utf8" });
    if (r.error) throw r.error;
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  /** Like `run`, but throws with Terraform's output unless the exit status is allowed. */
  public ok(command: string, args: string[] = [], allowed: number[] = [0]): TerraformResult {
    const r = this.run(command, ...args);
    if (!allowed.includes(r.status)) {
      throw new Error(`terraform ${command} ${args.join(" ")} exited ${r.status}:\n${r.stderr}\n${r.stdout}`);
    }
    return r;
  }

  /** The changes `terraform plan` would make now, read from `terraform show -json` of a saved plan. */
  public plan(): PlannedChange[] {
    this.ok("plan", ["-out=tfplan", "-detailed-exitcode"], [0, 2]);
    const plan = JSON.parse(this.ok("show", ["-json", "tfplan"]).stdout);
    return (plan.resource_changes ?? []).map((rc: any) => ({
      address: rc.address,
      type: standInType(rc.name),
      actions: rc.change.actions,
      reason: rc.action_reason,
      previousAddress: rc.previous_address,
    }));
  }

  public dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
