import * as fs from "fs";
import { RULES_PAGE, withRulesTable } from "../tools/rules-table";

test("docs/RULES.md's rule table lists every rule with its message, source and severity (npm run docs:rules)", () => {
  const page = fs.readFileSync(RULES_PAGE, "utf8");
  expect(withRulesTable(page)).toBe(page);
});
