import * as fs from "fs";
import { README, readmeWithRulesTable } from "../tools/rules-table";

test("the README's rule table lists every rule with its message, source and severity (npm run docs:rules)", () => {
  const readme = fs.readFileSync(README, "utf8");
  expect(readmeWithRulesTable(readme)).toBe(readme);
});
