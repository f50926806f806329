import * as fs from "fs";
import { README, RULES_PAGE, withPracticeList, withRulesTable } from "../tools/rules-table";

test("docs/RULES.md's rule tables list every rule, and every best-practice rule, with its message, source and severity (npm run docs:rules)", () => {
  const page = fs.readFileSync(RULES_PAGE, "utf8");
  expect(withRulesTable(page)).toBe(page);
});

test("the README lists every best-practice rule (npm run docs:rules)", () => {
  const page = fs.readFileSync(README, "utf8");
  expect(withPracticeList(page)).toBe(page);
});
