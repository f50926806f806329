// Every rule of the registry fires on a bad value and stays silent on its boundary values.
// A rule's cases sit beside its topic: the rule lib/rules/<kind>/<topic>.ts defines has its
// cases in __tests__/rules/<kind>/<topic>.cases.ts. A rule without cases, a case of no rule
// and a case filed under another topic each fail the suite.
import * as fs from "fs";
import * as path from "path";
import { TerraformStack, TerraformVariable, Token } from "cdktf";
import {
  ClientAuthentication,
  GatewayCapacity,
  GatewayNetwork,
  GatewaySubnet,
  MtlsApplicationGateway,
  Redirect,
  SslPolicy,
} from "../../lib";
import { RuleInfo, Severity } from "../../lib/core/rule";
import { RULES } from "../../lib/rules/registry";
import { CERT, passthroughGateway, testStack } from "../support/stack";
import { Case, Cases, problems, withRewrites } from "../support/rule-cases";

const LIB_RULES = path.resolve(__dirname, "../../lib/rules");
const KINDS = ["values", "gateway"];

/** Topic ("values/backends") of every rule, from the module under lib/rules/<kind>/ that exports its RuleInfo. */
function definingTopics(rules: readonly RuleInfo[]): Map<string, string> {
  const topics = new Map<string, string>();
  for (const kind of KINDS) {
    for (const file of fs.readdirSync(path.join(LIB_RULES, kind)).filter((f) => f.endsWith(".ts"))) {
      const exports: Record<string, unknown> = require(path.join(LIB_RULES, kind, file));
      for (const value of Object.values(exports)) {
        const rule = rules.find((r) => r === value);
        if (rule) topics.set(rule.id, `${kind}/${file.replace(/\.ts$/, "")}`);
      }
    }
  }
  return topics;
}

/** The cases files, by topic ("values/backends" for values/backends.cases.ts). */
function casesFiles(): Map<string, Cases> {
  const files = new Map<string, Cases>();
  for (const kind of KINDS) {
    for (const file of fs.readdirSync(path.join(__dirname, kind)).filter((f) => f.endsWith(".cases.ts"))) {
      files.set(`${kind}/${file.replace(/\.cases\.ts$/, "")}`, require(path.join(__dirname, kind, file)).CASES);
    }
  }
  return files;
}

/** Cases filed under a topic other than the one that defines their rule, as "id in file, defined in topic". */
function misplaced(files: Map<string, Cases>, topics: Map<string, string>): string[] {
  return [...files].flatMap(([file, cases]) =>
    Object.keys(cases)
      .filter((id) => topics.has(id) && topics.get(id) !== file)
      .map((id) => `${id} in ${file}.cases.ts, defined in lib/rules/${topics.get(id)}.ts`),
  );
}

const TOPICS = definingTopics(RULES);
const FILES = casesFiles();
const CASES: { [rule: string]: Case } = {};
for (const cases of FILES.values()) Object.assign(CASES, cases);

describe("the rule cases", () => {
  test("every rule of the registry is defined in a module under lib/rules/values or lib/rules/gateway", () => {
    expect(RULES.filter((r) => !TOPICS.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  test("every rule of the registry has a firing and a silent case", () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(Object.keys(CASES).sort());
    for (const c of Object.values(CASES)) expect(c.good.length).toBeGreaterThan(0);
  });

  test("no cases file names a rule the registry does not have, and no rule has cases in two files", () => {
    const ids = [...FILES.values()].flatMap((cases) => Object.keys(cases));
    expect(ids.filter((id) => !RULES.some((r) => r.id === id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test("each rule's cases sit in the cases file of the topic whose module defines it", () => {
    expect(misplaced(FILES, TOPICS)).toEqual([]);
  });

  test("the placement check catches a case filed under another topic", () => {
    const port = FILES.get("values/listeners")!["AGW-PORT"];
    const moved = new Map([...FILES, ["values/backends", { ...FILES.get("values/backends"), "AGW-PORT": port }]]);
    expect(misplaced(moved, TOPICS)).toEqual(["AGW-PORT in values/backends.cases.ts, defined in lib/rules/values/listeners.ts"]);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  const where = rule.severity === Severity.ERROR ? "errors" : "warnings";

  test(`fires as ${rule.severity} on a bad value, with path, prop, value and what is allowed`, () => {
    const found = problems(CASES[id].bad, (CASES[id].badStack ?? testStack)());
    const line = found[where].split("\n").find((l) => l.includes(`[${id}]`));
    expect(line).toBeDefined();
    const verdict = rule.severity === Severity.ERROR ? " is not allowed: " : ": recommended: ";
    expect(line).toMatch(/test\/[^:]*: [\w.[\]]+( [\w.[\]]+)* = .+ \[AGW-[A-Z0-9-]+\]/);
    expect(line).toContain(verdict);
    expect(line).toContain(rule.allowed);
    if (rule.severity === Severity.WARNING) expect(found.errors).toBe("");
  });

  test("is silent on the boundary values, which synthesize without errors", () => {
    for (const good of CASES[id].good) {
      const found = problems(good, testStack());
      expect(found.errors).toBe("");
      expect(found.warnings).not.toContain(`[${id}]`);
    }
  });
});

test("AGW-REWRITE-LIMITS at its boundary: 40 of your headers pass the set's own check; merged with the forward rule they are 41, and AGW-LIMIT says so", () => {
  const headers = (n: number) => Array.from({ length: n }, (_, i) => ({ headerName: `X-H${i}`, headerValue: "1" }));
  const found = problems(withRewrites([{ name: "r", ruleSequence: 1, requestHeaders: headers(40) }]));
  expect(found.errors).not.toContain("[AGW-REWRITE-LIMITS]");
  expect(found.errors).toContain("rewriteRuleSets[].headerConfigurations = \"41 of them\" (in the rewrite set \"mine-mtls-forward\" as rendered) is not allowed");
  expect(found.errors).toContain("[AGW-LIMIT]");
});

test("AGW-LIMIT on a rule's path rules at its boundary: 100 pass, 101 are refused", () => {
  const withPathRules = (n: number) => (s: TerraformStack) => {
    const gw = passthroughGateway(s);
    const listener = gw.addHttpsListener("x", { certificate: CERT, port: 8443 });
    const rule = gw.addPathBasedRoutingRule("paths", { priority: 2, listener, backendPool: gw.backendPools[0], backendSettings: gw.backendSettings[0] });
    for (let i = 0; i < n; i++) rule.addPathRule(`p${i}`, { paths: [`/p${i}/*`], redirect: Redirect.toUrl("https://contoso.com") });
  };
  expect(problems(withPathRules(100)).errors).toBe("");
  expect(problems(withPathRules(101)).errors).toContain('pathRules = "101 of them" is not allowed');
});

test("AGW-NAME: a name ends with a letter, a digit or '_', never with '.' or '-'", () => {
  const named = (name: string) => (s: TerraformStack) => passthroughGateway(s).addBackendPool("p", { name });
  expect(problems(named("app_")).errors).toBe("");
  expect(problems(named("app.")).errors).toContain("[AGW-NAME]");
  expect(problems(named("app-")).errors).toContain("[AGW-NAME]");
});

test("AGW-CERT-HEADER-OWNED protects every forwarded detail header, not only the certificate's", () => {
  const headers = { subject: "X-Client-Subject", fingerprint: "X-Client-Fingerprint" };
  const setting = (headerName: string) => problems(withRewrites([{ name: "r", ruleSequence: 1, requestHeaders: [{ headerName, headerValue: "forged" }] }], { clientCertificateHeaders: headers }));
  for (const header of ["X-Client-Cert", "x-client-subject", "X-Client-Fingerprint"]) expect(setting(header).errors).toContain("[AGW-CERT-HEADER-OWNED]");
  expect(setting("X-Client-Issuer").errors).toBe("");
});

test("values that are Terraform expressions (unknown until apply) are skipped by every rule, not rejected", () => {
  const stack = testStack();
  const num = (name: string) => new TerraformVariable(stack, name, { type: "number" }).numberValue;
  const str = (name: string) => new TerraformVariable(stack, name, { type: "string" }).stringValue;
  const gw = new MtlsApplicationGateway(stack, "Gateway", {
    name: str("gateway_name"),
    resourceGroupName: "rg",
    location: str("location"),
    tags: { [str("tag_name")]: str("tag_value"), env: str("env") },
    subnet: GatewaySubnet.fromSubnetId({ subnetId: str("subnet_id"), addressPrefix: str("subnet_prefix"), location: "westus" }),
    capacity: GatewayCapacity.autoscale({ minCapacity: num("min"), maxCapacity: num("max") }),
    privateFrontendIpAddress: str("private_ip"),
    sslPolicy: SslPolicy.predefined(str("tls_policy")),
  });
  const profile = gw.addSslProfile("p", { clientAuthentication: ClientAuthentication.passthrough() });
  const listener = gw.addHttpsListener("l", { port: num("port"), hostNames: [str("host")], certificate: CERT, sslProfile: profile });
  const pool = gw.addBackendPool("pool", { fqdns: [str("fqdn")] });
  gw.addBackendPool("ips", { ipAddresses: [str("ip")] });
  const settings = gw.addBackendSettings("s", { port: num("backend_port"), requestTimeout: num("timeout"), healthProbe: { path: str("path"), statusCodes: [str("status")] } });
  gw.addRoutingRule("r", { priority: num("priority"), listener, backendPool: pool, backendSettings: settings });
  const tagMap = Token.asStringMap(new TerraformVariable(stack, "tags", { type: "map(string)" }).value);
  new GatewayNetwork(stack, "Net", { name: "vnet", resourceGroupName: "rg", location: "westus", tags: tagMap });
  expect(problems(() => undefined, stack).errors).toBe("");
});
