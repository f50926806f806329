// What a user's test asserts about their gateway, independent of the deployment
// mode: the gateway as the library models it, and the warnings nobody acknowledged.
import { AnnotationMetadataEntryType, TerraformStack, Testing } from "cdktf";
import { IConstruct } from "constructs";
import { MtlsApplicationGateway } from "../gateway/mtls-application-gateway";
import { GatewaySummary, summarize } from "./gateway-summary";

/** Assertions over gateways for a user's tests (jest or any other runner: failures are thrown errors). */
export class GatewayTesting {
  /**
   * The one gateway under `scope` (a stack, or the gateway itself) as the library
   * models it: listeners with their client-auth mode and forwarded headers, SSL
   * profiles, routing rules. The same in both deployment modes and both flavours.
   */
  public static summarize(scope: IConstruct): GatewaySummary {
    return summarize(GatewayTesting.gatewayIn(scope)._model);
  }

  /**
   * Synthesizes the stack with validations (a broken rule throws) and answers
   * every warning annotation nobody acknowledged, as `<construct path>: <message>`.
   */
  public static unacknowledgedWarnings(stack: TerraformStack): string[] {
    Testing.synth(stack, true);
    return stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => `${c.node.path}: ${m.data}`));
  }

  /**
   * Throws, listing them, when the stack has a warning nobody acknowledged
   * (`gateway.acknowledge(ruleId, reason)`); also throws on any broken rule.
   */
  public static assertNoUnacknowledgedWarnings(stack: TerraformStack): void {
    const warnings = GatewayTesting.unacknowledgedWarnings(stack);
    if (warnings.length > 0) {
      throw new Error(
        `${warnings.length} warning${warnings.length === 1 ? "" : "s"} nobody acknowledged (fix, or gateway.acknowledge(ruleId, reason)):\n  ${warnings.join("\n  ")}`,
      );
    }
  }

  private static gatewayIn(scope: IConstruct): MtlsApplicationGateway {
    if (scope instanceof MtlsApplicationGateway) return scope;
    const found = scope.node.findAll().filter((c): c is MtlsApplicationGateway => c instanceof MtlsApplicationGateway);
    if (found.length !== 1) {
      throw new Error(
        `GatewayTesting: ${scope.node.path || "the app"} holds ${found.length} MtlsApplicationGateway constructs${found.length > 1 ? ` (${found.map((g) => g.node.path).join(", ")})` : ""}: pass the one to summarize`,
      );
    }
    return found[0];
  }

  private constructor() {}
}
