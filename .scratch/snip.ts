import * as fs from "fs";
import { README, snippetsOf, typeCheck } from "../__tests__/support/readme-snippets";
const t = Date.now();
for (const r of typeCheck(snippetsOf(fs.readFileSync(README, "utf8")))) if (r.errors.length) console.log(r.line, r.errors.slice(0, 4));
console.log("ms", Date.now() - t);
