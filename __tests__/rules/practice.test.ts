// The opt-in best-practice rules (lib/rules/practice/): every one fires as a warning on a bad
// gateway and stays silent on its boundary, never runs by default, and the examples get the
// findings the table below says. Cases sit beside their topic, as rules.test.ts has them:
// the rule lib/rules/practice/<topic>.ts defines has its cases in practice/<topic>.cases.ts.
import * as fs from "fs";
import * as path from "path";
import { TerraformStack } from "cdktf";
import { RuleInfo, Severity } from "../../lib/core/rule";
import { RULES } from "../../lib/rules/registry";
import { ANCHORS_COVERED_BY_DEFAULT_RULES, BEST_PRACTICE_CHECKS, BEST_PRACTICE_RULES } from "../../lib/rules/practice";
import { problems } from "../support/rule-cases";
import { gatewaysOf, PracticeCase, PracticeCases, practiceFindings } from "../support/practice-cases";
import { testStack } from "../support/stack";
import { STACKS } from "../support/stacks";

const LIB_PRACTICE = path.resolve(__dirname, "../../lib/rules/practice");
const CASES_DIR = path.join(__dirname, "practice");

/** Topic ("availability") of every rule, from the module under lib/rules/practice/ that exports its RuleInfo (index.ts re-lists them). */
function definingTopics(rules: readonly RuleInfo[]): Map<string, string> {
  const topics = new Map<string, string>();
  for (const file of fs.readdirSync(LIB_PRACTICE).filter((f) => f.endsWith(".ts") && f !== "index.ts")) {
    for (const value of Object.values(require(path.join(LIB_PRACTICE, file)) as Record<string, unknown>)) {
      const rule = rules.find((r) => r === value);
      if (rule) topics.set(rule.id, file.replace(/\.ts$/, ""));
    }
  }
  return topics;
}

const FILES = new Map<string, PracticeCases>(
  fs.readdirSync(CASES_DIR).filter((f) => f.endsWith(".cases.ts")).map((f) => [f.replace(/\.cases\.ts$/, ""), require(path.join(CASES_DIR, f)).CASES]),
);
const TOPICS = definingTopics(BEST_PRACTICE_RULES);
const CASES: { [rule: string]: PracticeCase } = {};
for (const cases of FILES.values()) Object.assign(CASES, cases);

/** A stack built by `build`, synthesized without errors (a bad best practice is still a valid gateway). */
function built(build: (s: TerraformStack) => void): TerraformStack {
  const stack = testStack();
  expect(problems(build, stack).errors).toBe("");
  return stack;
}

describe("the best-practice cases", () => {
  test("every best-practice rule is defined in a topic module under lib/rules/practice, and its cases sit in that topic's cases file", () => {
    expect(BEST_PRACTICE_RULES.filter((r) => !TOPICS.has(r.id)).map((r) => r.id)).toEqual([]);
    const misplaced = [...FILES].flatMap(([file, cases]) => Object.keys(cases).filter((id) => TOPICS.get(id) !== file).map((id) => `${id} in ${file}.cases.ts`));
    expect(misplaced).toEqual([]);
  });

  test("every best-practice rule has a firing and a silent case, and no cases file names another id", () => {
    expect(BEST_PRACTICE_RULES.map((r) => r.id).sort()).toEqual(Object.keys(CASES).sort());
    for (const c of Object.values(CASES)) expect(c.good.length).toBeGreaterThan(0);
  });

  test("every check reports on some bad case: no check in BEST_PRACTICE_CHECKS is dead", () => {
    const views = Object.values(CASES).flatMap((c) => gatewaysOf(built(c.bad)).map((gw) => (c.badView ?? ((v) => v))(gw._view())));
    expect(BEST_PRACTICE_CHECKS.map((check, i) => [i, views.some((v) => check(v).length > 0)]).filter(([, fires]) => !fires)).toEqual([]);
  });

  test("they are warnings, and none is a default rule: the registry's rules and the default checks stay as they are", () => {
    expect(BEST_PRACTICE_RULES.filter((r) => r.severity !== Severity.WARNING).map((r) => r.id)).toEqual([]);
    expect(BEST_PRACTICE_RULES.filter((r) => RULES.some((d) => d.id === r.id)).map((r) => r.id)).toEqual([]);
  });

  test("each source cites a PSRule.Rules.Azure rule or the Well-Architected service guide, with its URL", () => {
    for (const r of BEST_PRACTICE_RULES) expect(r.source).toMatch(/(PSRule\.Rules\.Azure Azure\.AppGw\w*\.\w+|Well-Architected service guide for Application Gateway, [\w ]+) \(https:\/\//);
  });

  test("the anchors the default rules already cover name rules of the registry", () => {
    const ids = ANCHORS_COVERED_BY_DEFAULT_RULES.flatMap((a) => a.rules);
    expect(ids.filter((id) => !RULES.some((r) => r.id === id))).toEqual([]);
  });
});

describe.each(BEST_PRACTICE_RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  test("fires as a warning on the bad gateway, with path, prop, value and what is allowed; not by default", () => {
    const stack = built(CASES[id].bad);
    const line = practiceFindings(stack, CASES[id].badView).find((l) => l.includes(`[${id}]`));
    expect(line).toBeDefined();
    expect(line).toMatch(/^test\/[^:]*: [\w.[\]]+( [\w.[\]]+)* = .+ \[AGW-BP-[A-Z0-9-]+\]/);
    expect(line).toContain(": recommended: ");
    expect(line).toContain(rule.allowed);
    // The default synth (validation and annotations) does not report it.
    expect(problems(() => undefined, stack).warnings).not.toContain(`[${id}]`);
  });

  test("is silent on the boundary gateways", () => {
    for (const good of CASES[id].good) expect(practiceFindings(built(good)).filter((l) => l.includes(`[${id}]`))).toEqual([]);
  });
});
