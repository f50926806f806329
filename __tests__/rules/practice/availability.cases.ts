// Cases of the rules lib/rules/practice/availability.ts defines: each fires on its bad case and is silent on its good ones.
import { GatewayCapacity } from "../../../lib";
import { sub } from "../../support/rule-cases";
import { PracticeCases } from "../../support/practice-cases";

export const CASES: PracticeCases = {
  "AGW-BP-MIN-INSTANCES": {
    bad: sub("10.0.0.0/24", { capacity: GatewayCapacity.fixed(1) }),
    good: [
      sub("10.0.0.0/24", { capacity: GatewayCapacity.fixed(2) }),
      sub("10.0.0.0/24", { capacity: GatewayCapacity.autoscale({ minCapacity: 2, maxCapacity: 10 }) }),
    ],
  },
  "AGW-BP-ZONES": {
    bad: sub("10.0.0.0/24", { zones: ["1"] }),
    good: [sub("10.0.0.0/24", { zones: ["1", "2"] }), sub("10.0.0.0/24", { zones: ["1", "2", "3"] })],
  },
};
