import { BackendPool } from "./backend-pool";
import { BackendSettings } from "./backend-settings";
import { RequestRoutingRuleModel } from "../model/gateway-model";
import { describeRoute } from "./route";
import { RoutingRuleBase, RoutingRuleBaseProps } from "./routing-rule-base";

/** Props of a basic request routing rule. */
export interface RoutingRuleProps extends RoutingRuleBaseProps {}

/**
 * A basic request routing rule: listener → backend pool with backend settings,
 * or listener → redirect. Create it with `MtlsApplicationGateway.addRoutingRule`.
 */
export class RoutingRule extends RoutingRuleBase {
  /** Backend pool, when the rule routes to a backend. */
  public get backendPool(): BackendPool | undefined {
    return this.route.backendPool;
  }

  /** Backend settings, when the rule routes to a backend. */
  public get backendSettings(): BackendSettings | undefined {
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
      ...this._describeJwtValidation(),
    };
  }
}
