// Cases of the rules lib/rules/practice/observability.ts defines: each fires on its bad case and is silent on its good ones.
import { WORKSPACE_ID } from "../../support/stack";
import { sub } from "../../support/rule-cases";
import { PracticeCases } from "../../support/practice-cases";

export const CASES: PracticeCases = {
  "AGW-BP-DIAGNOSTICS": {
    bad: sub("10.0.0.0/24"),
    good: [sub("10.0.0.0/24", { logAnalyticsWorkspaceId: WORKSPACE_ID })],
  },
};
