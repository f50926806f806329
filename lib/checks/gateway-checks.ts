// The policy pack: the library's rules applied to every Application Gateway of a cdktf app,
// including those it did not build (raw azurerm_application_gateway, azapi_resource gateways and
// the azapi_update_resource patches on them). An Aspect: it marks each gateway resource it visits
// with a validation, which reads the gateway at synth (after every patch and part is declared),
// judges it (./judge.ts) and reports as our own gateways report: errors fail the synth, naming
// the construct path; warnings become annotations on the resource.
import { Annotations, IAspect, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { isObject, JsonObject } from "../adopt/arm-json";
import { formatAdvice, formatProblem, GatewayConfigError } from "../core/errors";
import { RuleInfo, Severity } from "../core/rule";
import { MtlsApplicationGateway } from "../gateway/mtls-application-gateway";
import { BEST_PRACTICE_CHECKS, BEST_PRACTICE_RULES } from "../rules/practice";
import { RULES } from "../rules/registry";
import { checkCall } from "../rules/values/props";
import { judge, Judged, Judgement } from "./judge";
import { addressOf, argumentsOf, isGatewayPatch, isGatewayResource, mergeBody, patchTarget, readGateway, surroundingsOf, TerraformResourceLike } from "./raw-gateways";

/** Props of the policy pack. */
export interface GatewayChecksProps {
  /**
   * Also run the best-practice rules (warnings) on every gateway, this library's
   * `MtlsApplicationGateway` included.
   * @default false
   */
  readonly bestPractices?: boolean;
  /**
   * Report every warning as an error, so that synth fails on it (e.g. in CI).
   * @default false: warnings are annotations
   */
  readonly warningsAsErrors?: boolean;
  /**
   * Ids of warnings reported as errors (synth fails on them), e.g. `["AGW-SUBNET-SIZE"]`.
   * @default none
   */
  readonly errorRuleIds?: string[];
}

/** One finding of the pack, as reported (or suppressed). */
export interface GatewayCheckFinding {
  /** The rule's id, e.g. `AGW-PASSTHROUGH-NO-HEADER`. */
  readonly ruleId: string;
  /** "error" (synth fails) or "warning" (an annotation), after `warningsAsErrors` and `errorRuleIds`. */
  readonly severity: string;
  /** The construct path the finding names: the gateway resource's, and the part's kind and Azure name under it. */
  readonly path: string;
  /** The message, in the format of the library's own rules. */
  readonly message: string;
  /**
   * Why it is suppressed (`GatewayChecks.suppress`); a suppressed finding is not reported.
   * @default not suppressed
   */
  readonly suppressedBecause?: string;
}

const ERROR = "error";
const WARNING = "warning";

/** What one gateway resource was judged to have, once per synth. */
interface Checked {
  readonly findings: GatewayCheckFinding[];
  readonly errors: string[];
}

/**
 * The library's rules as a policy pack for every Application Gateway in a cdktf app or stack:
 * `Aspects.of(stack).add(new GatewayChecks())`. It reads each `azurerm_application_gateway`,
 * `azapi_resource` of type `Microsoft.Network/applicationGateways` (with the
 * `azapi_update_resource` patches that target it) into the library's model and runs the name,
 * value, cross-part and mTLS rules on it, with the library's rule ids and messages; Terraform
 * expressions are unknown and never judged. Gateways built with `MtlsApplicationGateway` check
 * themselves: the pack adds only the best-practice rules to them, when asked.
 */
export class GatewayChecks implements IAspect {
  private readonly bestPractices: boolean;
  private readonly raised: Set<string>;
  private readonly warningsAsErrors: boolean;
  private readonly marked = new WeakSet<IConstruct>();
  private readonly suppressions = new Map<IConstruct, Map<string, string>>();
  private readonly results = new Map<IConstruct, Checked>();

  constructor(props: GatewayChecksProps = {}) {
    checkCall("GatewayChecks", "GatewayChecks", [props]);
    const warnings = new Set(allRules().filter((r) => r.severity === Severity.WARNING).map((r) => r.id as string));
    for (const id of props.errorRuleIds ?? []) {
      if (!warnings.has(id)) {
        throw new GatewayConfigError(
          `GatewayChecks: errorRuleIds = ${JSON.stringify(id)} is not allowed: the id of a warning (${[...warnings].join(", ")}); errors are errors already`,
        );
      }
    }
    this.bestPractices = props.bestPractices ?? false;
    this.warningsAsErrors = props.warningsAsErrors ?? false;
    this.raised = new Set(props.errorRuleIds ?? []);
  }

  /**
   * Marks each Application Gateway resource for checking at synth (cdktf calls this for every construct).
   * @param node a construct of the tree the pack was added to
   */
  public visit(node: IConstruct): void {
    // Not node.node.path: the node is what is checked, and may be missing.
    checkCall("GatewayChecks.visit", "GatewayChecks.visit", [node]);
    // The library's own gateways check their own rules: the pack has only best practices for them.
    if (this.marked.has(node) || (!this.bestPractices && ourGateway(node) !== undefined) || !isGatewayResource(node)) return;
    this.marked.add(node);
    node.node.addValidation({ validate: () => this.check(node).errors });
  }

  /**
   * Accepts a finding of one rule on one gateway: it is no longer reported, and the
   * suppression, with its reason, is recorded in the resource's metadata in the synthesized
   * output (`"//": { "suppressedFindings": [...] }`). On an `MtlsApplicationGateway` only the
   * best-practice rules can be suppressed here (its own warnings are acknowledged on it).
   * @param gateway the gateway's Terraform resource, or an `MtlsApplicationGateway`
   * @param ruleId the rule's id (see `RuleId`)
   * @param reason why the finding does not apply here
   */
  public suppress(gateway: IConstruct, ruleId: string, reason: string): void {
    checkCall("GatewayChecks.suppress", "GatewayChecks.suppress", [gateway, ruleId, reason]);
    const resource = gateway instanceof MtlsApplicationGateway ? gateway.resource : gateway;
    const ours = ourGateway(resource) !== undefined;
    if (!isGatewayResource(resource)) {
      throw new GatewayConfigError(
        `${gateway.node.path}: suppress(gateway) is not allowed: an Application Gateway's Terraform resource (azurerm_application_gateway, or azapi_resource of type Microsoft.Network/applicationGateways) or an MtlsApplicationGateway`,
      );
    }
    const allowed = ours ? BEST_PRACTICE_RULES : allRules();
    if (!allowed.some((r) => r.id === ruleId)) {
      throw new GatewayConfigError(
        `${gateway.node.path}: suppress(ruleId) = ${JSON.stringify(ruleId)} is not allowed: the id of one of the pack's rules${ours ? " of best practice (acknowledge the library's own warnings on the gateway)" : ""}`,
      );
    }
    if (reason.trim() === "") {
      throw new GatewayConfigError(`${gateway.node.path}: suppress(reason) = "" is not allowed: a reason, recorded beside the suppression`);
    }
    const byRule = this.suppressions.get(resource) ?? new Map<string, string>();
    byRule.set(ruleId, reason);
    this.suppressions.set(resource, byRule);
    (resource as unknown as { addOverride(path: string, value: unknown): void }).addOverride(
      "//.suppressedFindings",
      [...byRule].map(([rule, why]) => ({ rule, reason: why })),
    );
  }

  /** Every finding of the last synth, reported or suppressed, gateway by gateway. */
  public get findings(): GatewayCheckFinding[] {
    return [...this.results.values()].flatMap((r) => r.findings);
  }

  /** Judges the gateway once per synth: errors for its validation; warnings and what was not read become annotations. */
  private check(resource: TerraformResourceLike): Checked {
    const done = this.results.get(resource);
    if (done !== undefined) return done;
    const judgement = this.judge(resource);
    const suppressed = this.suppressions.get(resource) ?? new Map<string, string>();
    const findings = judgement.findings.map((j) => this.report(j, suppressed.get(j.rule.id)));
    for (const [j, f] of judgement.findings.map((x, i) => [x, findings[i]] as const)) {
      if (f.suppressedBecause !== undefined || f.severity !== WARNING) continue;
      Annotations.of(resource).addWarning(`${partUnder(resource, j.path)}${f.message}`);
    }
    for (const note of judgement.notRead) Annotations.of(resource).addInfo(`not judged (the checks could not read it into the library's model): ${note}`);
    const checked = { findings, errors: findings.filter((f) => f.severity === ERROR && f.suppressedBecause === undefined).map((f) => f.message) };
    this.results.set(resource, checked);
    return checked;
  }

  private judge(resource: TerraformResourceLike): Judgement {
    const extra = this.bestPractices ? BEST_PRACTICE_CHECKS : [];
    const ours = ourGateway(resource);
    if (ours !== undefined) {
      // The gateway checks its own rules; the pack adds the best-practice ones.
      const view = ours._view();
      return { findings: extra.flatMap((rule) => rule(view)).map((f) => ({ rule: f.rule, path: f.scope.node.path, finding: f })), notRead: [] };
    }
    const raw = readGateway(resource);
    if (raw.arm === undefined) return { findings: [], notRead: [raw.unreadable ?? "unreadable"] };
    let arm: JsonObject = raw.arm;
    const notRead: string[] = [];
    const address = addressOf(resource);
    for (const patch of TerraformStack.of(resource).node.findAll().filter(isGatewayPatch)) {
      if (patchTarget(patch) !== address) continue;
      const body = argumentsOf(patch).body;
      if (isObject(body)) arm = mergeBody(arm, body) as JsonObject;
      else notRead.push(`the patch ${patch.node.path}: its body is a Terraform expression, not merged`);
    }
    const judged = judge(arm, resource.node.path, raw.deployment, extra, surroundingsOf(resource));
    return { findings: judged.findings, notRead: [...notRead, ...judged.notRead] };
  }

  private report(j: Judged, suppressedBecause: string | undefined): GatewayCheckFinding {
    const raised = j.rule.severity === Severity.WARNING && (this.warningsAsErrors || this.raised.has(j.rule.id));
    const severity = j.rule.severity === Severity.ERROR || raised ? ERROR : WARNING;
    const f = j.finding;
    const message =
      j.thrown ??
      (severity === ERROR ? formatProblem(j.path, f!.prop, f!.value, f!.rule, f!.note) : formatAdvice(f!.prop, f!.value, f!.rule, f!.note));
    return { ruleId: j.rule.id, severity, path: j.path, message, suppressedBecause };
  }
}

/** Every rule the pack may report: the library's and the best-practice ones. */
const allRules = (): RuleInfo[] => [...RULES, ...BEST_PRACTICE_RULES];

/** A finding's path as the resource's annotation names it: the part under the gateway (`Listener/<name>: `), nothing for the gateway itself. */
function partUnder(resource: IConstruct, path: string): string {
  // An MtlsApplicationGateway's findings name the gateway construct, the resource's parent.
  const gateway = ourGateway(resource)?.node.path ?? resource.node.path;
  if (path === gateway || path === resource.node.path) return "";
  return path.startsWith(`${gateway}/`) ? `${path.slice(gateway.length + 1)}: ` : `${path}: `;
}

/** The library's gateway whose resource this is, if any. */
function ourGateway(resource: IConstruct): MtlsApplicationGateway | undefined {
  const owner = resource.node.scope;
  return owner instanceof MtlsApplicationGateway && owner.resource === (resource as unknown) ? owner : undefined;
}
