import { Construct } from "constructs";
import { assertValid } from "./errors";
import { HttpsListener } from "./listener";
import { RequestRoutingRuleModel } from "./model/gateway-model";
import { checkRoute, describeRoute, RouteProps } from "./route";
import { nameRule, priorityRule } from "./rules/values";

/** Props of a request routing rule. */
export interface RoutingRuleProps extends RouteProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /** Evaluation order, 1 (first) to 20000; unique per gateway, required on v2. */
  readonly priority: number;
  /** The listener whose requests this rule routes. */
  readonly listener: HttpsListener;
}

/**
 * A basic request routing rule: listener → backend pool with backend settings,
 * or listener → redirect. Create it with `MtlsApplicationGateway.addRoutingRule`.
 */
export class RoutingRule extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Priority. */
  public readonly priority: number;
  /** Listener. */
  public readonly listener: HttpsListener;
  /** Where the rule routes. */
  public readonly route: RouteProps;

  constructor(scope: Construct, id: string, props: RoutingRuleProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.priority = props.priority;
    this.listener = props.listener;
    this.route = props;
    assertValid(this, "name", this.name, nameRule(this.name));
    assertValid(this, "priority", this.priority, priorityRule(this.priority));
    checkRoute(this, "", props);
  }

  /** Backend pool, when the rule routes to a backend. */
  public get backendPool() {
    return this.route.backendPool;
  }

  /** Backend settings, when the rule routes to a backend. */
  public get backendSettings() {
    return this.route.backendSettings;
  }

  /**
   * The rule as the model describes it.
   * @param rewriteRuleSetName the rewrite set the gateway assigns (certificate headers, merged with yours)
   * @internal
   */
  public _describe(rewriteRuleSetName: string | undefined): RequestRoutingRuleModel {
    return {
      name: this.name,
      ruleType: "Basic",
      priority: this.priority,
      httpListener: this.listener.name,
      ...describeRoute(this.route, this.name, rewriteRuleSetName),
    };
  }
}
