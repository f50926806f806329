// Judges one gateway read into ARM's shape: the converter (../adopt/from-arm.ts) turns it into
// the program of library calls that builds it, the program runs in a scratch app of its own
// (../adopt/evaluate.ts), and the library's rules judge what it built. A value rule throws where
// its value is given: each call's GatewayConfigError is a finding and the run goes on with the
// next call. The cross-part rules, and the best-practice rules when asked, then run on the
// scratch gateway's view. Every finding names the raw resource's construct path, followed by the
// part's kind and Azure name as our own gateway's parts are named (`<path>/Listener/<name>`).
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { TerraformStack, Testing } from "cdktf";
import { AzapiProvider } from "../../.gen/providers/azapi/provider";
import { isObject, items, JsonObject, props } from "../adopt/arm-json";
import { evaluate } from "../adopt/evaluate";
import { fromArm } from "../adopt/from-arm";
import { GatewayDeployment, GatewaySku } from "../core/enums";
import { GatewayConfigError } from "../core/errors";
import { isUnknown, RuleInfo } from "../core/rule";
import { RuleId } from "../core/rule-id";
import { MtlsApplicationGateway } from "../gateway/mtls-application-gateway";
import { RULES } from "../rules/registry";
import { Finding, GatewayRule } from "../rules/view";
import { checkGateway } from "../rules/registry";
import { RawSurroundings, rawView } from "./raw-view";

/** One broken rule, as the checks report it before suppressions and severity changes. */
export interface Judged {
  readonly rule: RuleInfo;
  /** The construct path the message names: the raw resource's, and the part's kind and name under it. */
  readonly path: string;
  /** Set for cross-part findings (the message is built from them); unset for a value rule's thrown message. */
  readonly finding?: Finding;
  /** A value rule's message, as it was thrown (with `path` in place of the scratch gateway's). */
  readonly thrown?: string;
}

/** What the checks made of one gateway. */
export interface Judgement {
  readonly findings: Judged[];
  /** What the converter could not read into the library's model: the rules did not judge it as written. */
  readonly notRead: string[];
}

/** The construct path of the scratch gateway (its stack and the program's gateway id). */
const SCRATCH = "checks/Gateway";

/** A path under the scratch gateway, as a path under the raw resource (the gateway's own resource is the raw resource). */
export function underRaw(rawPath: string, scratchPath: string): string {
  if (!scratchPath.startsWith(SCRATCH)) return rawPath;
  const rest = scratchPath.slice(SCRATCH.length);
  return rest === "/Resource" ? rawPath : `${rawPath}${rest}`;
}

/** The PFX data and passwords the gateway holds (azurerm arguments or azapi's sensitive body), by the converter's input names. */
function certificateInputs(arm: JsonObject): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const c of items(props(arm), "sslCertificates")) {
    const base = `ssl_certificate_${String(c.name).replace(/[^A-Za-z0-9_]/g, "_")}`;
    const p = props(c);
    if (p.data !== undefined) out.set(`${base}_data`, p.data);
    if (p.password !== undefined) out.set(`${base}_password`, p.password);
  }
  return out;
}

/**
 * Judges one gateway.
 * @param arm the gateway in ARM's shape (patches merged)
 * @param rawPath the construct path of its Terraform resource
 * @param deployment how it is written: azurerm (with any patch) or one azapi_resource
 * @param extra further checks of the view (the best-practice rules, when asked)
 * @param surroundings what the stack says beside the gateway (its diagnostic setting's workspace)
 */
export function judge(arm: JsonObject, rawPath: string, deployment: GatewayDeployment, extra: readonly GatewayRule[], surroundings: RawSurroundings = {}): Judgement {
  const sku = isObject(props(arm).sku) ? (props(arm).sku as JsonObject).name : undefined;
  if (!isUnknown(sku) && !Object.values(GatewaySku).includes(sku as GatewaySku)) {
    // The rules are written for v2 gateways: a v1 gateway's limits and features differ.
    return { findings: [], notRead: [`sku.name ${JSON.stringify(sku ?? null)}: the rules judge v2 gateways (Standard_v2, WAF_v2) only; nothing of this gateway was judged`] };
  }
  const conversion = fromArm(arm);
  const app = Testing.app();
  const stack = new TerraformStack(app, SCRATCH.split("/")[0]);
  new AzurermProvider(stack, "azurerm", { features: [{}] });
  new AzapiProvider(stack, "azapi", {});
  const findings: Judged[] = [];
  const notRead = [...conversion.notExpressed];
  const inputs = certificateInputs(arm);
  const scope = evaluate(
    stack,
    // The checks import nothing: the program's Adoption is left out.
    conversion.stmts.filter((s) => !(s.k === "const" && s.name === "adopt")),
    { deployment, adopt: undefined },
    {
      input: (name) => inputs.get(name),
      onError: (_stmt, e) => {
        if (e instanceof GatewayConfigError) {
          const rule = RULES.find((r) => r.id === e.ruleId);
          const thrown = e.message
            .split("\n")
            .map((line) => (line.startsWith(SCRATCH) ? `${underRaw(rawPath, line.slice(0, line.indexOf(":")))}${line.slice(line.indexOf(":"))}` : line))
            .join("\n");
          if (rule !== undefined) findings.push({ rule, path: thrown.slice(0, thrown.indexOf(":")), thrown });
          else notRead.push(`the library refused a call: ${thrown}`);
        } else if (!String((e as Error)?.message).startsWith("converter program:")) {
          // A call that needs what an earlier call refused fails in turn ("converter program: ..."): that is the earlier finding.
          notRead.push(`the library could not build a part: ${(e as Error)?.message ?? String(e)}`);
        }
      },
    },
  );
  const gateway = scope.get("gateway");
  if (gateway instanceof MtlsApplicationGateway) {
    const view = gateway._view();
    // The best-practice rules read what the library's model cannot say of a raw gateway (./raw-view.ts).
    const asIs = rawView(view, arm, surroundings);
    // AGW-DEPLOYMENT-MODE says what the library's own azurerm renderer cannot write; a raw gateway is
    // already written (its provider version, or its patch, decides what it can say).
    const judgeable = checkGateway(view).filter((f) => f.rule.id !== RuleId.DEPLOYMENT_MODE);
    for (const f of [...judgeable, ...extra.flatMap((rule) => rule(asIs))]) {
      findings.push({ rule: f.rule, path: underRaw(rawPath, f.scope.node.path), finding: f });
    }
  }
  return { findings, notRead };
}
