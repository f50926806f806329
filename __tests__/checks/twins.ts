// Raw twins of the library's gateways, for the policy pack's tests: the construct's own
// synthesized gateway (its azurerm resource and passthrough patch, or its single azapi body)
// re-declared as plain Terraform resources in a fresh stack, and what each side reports,
// normalized to paths under the gateway with parts named by their Azure names.
import { Aspects, TerraformResource, TerraformStack, Testing } from "cdktf";
import { IConstruct } from "constructs";
import { GatewayChecks, GatewayChecksProps, MtlsApplicationGateway } from "../../lib";
import { synthJson, testApp } from "../support/stack";

/** A raw resource of the type, with the synthesized arguments as its own. */
export function rawResource(stack: TerraformStack, id: string, type: string, args: { [key: string]: unknown }): TerraformResource {
  const r = new TerraformResource(stack, id, { terraformResourceType: type });
  for (const [key, value] of Object.entries(args)) {
    if (key === "//" || key === "depends_on" || key === "lifecycle" || key === "provider") continue;
    r.addOverride(key, value);
  }
  return r;
}

/** The construct's gateway (and patch) re-declared raw in a fresh stack; the checks added to it. */
export function rawTwin(original: TerraformStack, props: GatewayChecksProps = {}): { stack: TerraformStack; gateway: TerraformResource; checks: GatewayChecks } {
  const json = synthJson(original) as any;
  const stack = new TerraformStack(testApp(), "twin");
  const azurerm = Object.values(json.resource.azurerm_application_gateway ?? {}) as any[];
  const azapi = Object.values(json.resource.azapi_resource ?? {}).filter((r: any) => /applicationGateways@/i.test(r.type)) as any[];
  if (azurerm.length + azapi.length !== 1) throw new Error(`expected one gateway, found ${azurerm.length + azapi.length}`);
  const gateway = azurerm.length === 1 ? rawResource(stack, "Gateway", "azurerm_application_gateway", azurerm[0]) : rawResource(stack, "Gateway", "azapi_resource", azapi[0]);
  for (const [i, patch] of (Object.values(json.resource.azapi_update_resource ?? {}) as any[]).entries()) {
    rawResource(stack, `Patch${i}`, "azapi_update_resource", { ...patch, resource_id: `\${${gateway.terraformResourceType}.${gateway.friendlyUniqueId}.id}` });
  }
  const checks = new GatewayChecks(props);
  // The warnings the construct acknowledged are the twin's suppressions.
  const construct = original.node.findAll().find((c): c is MtlsApplicationGateway => c instanceof MtlsApplicationGateway)!;
  for (const [rule, reason] of construct._acknowledged) checks.suppress(gateway, rule, reason);
  Aspects.of(stack).add(checks);
  return { stack, gateway, checks };
}

/** One finding as both sides compare it: severity, path under the gateway (parts by Azure name), message without its path. */
export type Reported = string;

const withoutPath = (message: string, path: string) => (message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message);

/** The construct's own findings: its validation errors and the warnings it annotates, normalized. */
export function constructReports(stack: TerraformStack): Reported[] {
  const gateway = stack.node.findAll().find((c): c is MtlsApplicationGateway => c instanceof MtlsApplicationGateway)!;
  const byPath = new Map(gateway.node.findAll().map((c) => [c.node.path, c]));
  const relative = (path: string) => {
    if (path === `${gateway.node.path}/Resource`) return "";
    const segments = path.slice(gateway.node.path.length).split("/").filter((s) => s !== "");
    return segments
      .map((s, i) => {
        const c = byPath.get([gateway.node.path, ...segments.slice(0, i + 1)].join("/")) as (IConstruct & { name?: unknown }) | undefined;
        return i > 0 && typeof c?.name === "string" ? c.name : s;
      })
      .map((s) => `/${s}`)
      .join("");
  };
  const errors = gateway.node.validate().flatMap((e) => e.split("\n"));
  const out = errors.map((e) => {
    const path = e.slice(0, e.indexOf(": "));
    return `error ${relative(path)} ${withoutPath(e, path)}`;
  });
  for (const c of gateway.node.findAll()) {
    for (const m of c.node.metadata.filter((x) => x.type === "aws:cdk:warning" || /warn/i.test(x.type))) out.push(`warning ${relative(c.node.path)} ${String(m.data)}`);
  }
  return out.sort();
}

/** What the pack reports for the raw twin, normalized the same way. */
export function packReports(twin: { stack: TerraformStack; gateway: TerraformResource; checks: GatewayChecks }): Reported[] {
  runChecks(twin.stack);
  const base = twin.gateway.node.path;
  return twin.checks.findings
    .filter((f) => f.suppressedBecause === undefined)
    .map((f) => `${f.severity} ${f.path.slice(base.length)} ${withoutPath(f.message, f.path)}`)
    .sort();
}

/** Runs the aspects the way a synth does, then the validations: what the checks found. */
export function runChecks(stack: TerraformStack): string[] {
  Testing.synth(stack, false);
  return stack.node.findAll().flatMap((c) => c.node.validate());
}
