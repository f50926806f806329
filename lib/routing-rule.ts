import { Construct } from "constructs";
import { BackendPool } from "./backend-pool";
import { BackendSettings } from "./backend-settings";
import { assertValid } from "./errors";
import { HttpsListener } from "./listener";
import { RequestRoutingRuleModel } from "./model/gateway-model";
import { nameRule, priorityRule } from "./rules/values";

/** Props of a request routing rule. */
export interface RoutingRuleProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /** Evaluation order, 1 (first) to 20000; unique per gateway, required on v2. */
  readonly priority: number;
  /** The listener whose requests this rule routes. */
  readonly listener: HttpsListener;
  /** Where the requests go. */
  readonly backendPool: BackendPool;
  /** How the gateway talks to the pool. */
  readonly backendSettings: BackendSettings;
}

/**
 * A basic request routing rule: listener → backend pool with backend settings.
 * Create it with `MtlsApplicationGateway.addRoutingRule`.
 */
export class RoutingRule extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Priority. */
  public readonly priority: number;
  /** Listener. */
  public readonly listener: HttpsListener;
  /** Backend pool. */
  public readonly backendPool: BackendPool;
  /** Backend settings. */
  public readonly backendSettings: BackendSettings;

  constructor(scope: Construct, id: string, props: RoutingRuleProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.priority = props.priority;
    this.listener = props.listener;
    this.backendPool = props.backendPool;
    this.backendSettings = props.backendSettings;
    assertValid(this, "name", this.name, nameRule(this.name));
    assertValid(this, "priority", this.priority, priorityRule(this.priority));
  }

  /**
   * The rule as the model describes it.
   * @param rewriteRuleSetName the rewrite set the gateway assigns (certificate headers)
   * @internal
   */
  public _describe(rewriteRuleSetName: string | undefined): RequestRoutingRuleModel {
    return {
      name: this.name,
      ruleType: "Basic",
      priority: this.priority,
      httpListener: this.listener.name,
      backendAddressPool: this.backendPool.name,
      backendHttpSettings: this.backendSettings.name,
      rewriteRuleSet: rewriteRuleSetName,
    };
  }
}
