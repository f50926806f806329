// A best-practice rule's definition: a warning, judged on the gateway's view when the pack runs.
import { Checked, defineRule, RuleInfo, Severity } from "../../core/rule";
import { RuleId } from "../../core/rule-id";

export const practiceRule = (id: RuleId, allowed: string, source: string): RuleInfo =>
  defineRule({ id, severity: Severity.WARNING, checked: Checked.AT_SYNTH, allowed, source });
