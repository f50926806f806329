// A layer-4 routing rule: ARM 2025-03-01 `routingRules[]` (ApplicationGatewayRoutingRule),
// apart from `requestRoutingRules[]`; azurerm 4.67+ `routing_rule` blocks. Always Basic:
// a TCP/TLS listener's connections all go to one backend pool.
import { Construct } from "constructs";
import { assertValid } from "../core/errors";
import { RoutingRuleModel } from "../model/gateway-model";
import { priorityRule } from "../rules/values/listeners";
import { nameRule } from "../rules/values/names";
import { checkCall, childPath } from "../rules/values/props";
import { BackendPool } from "./backend-pool";
import { Layer4BackendSettings } from "./layer4-backend-settings";
import { Layer4Listener } from "./layer4-listener";

/** Props of a layer-4 routing rule. */
export interface Layer4RoutingRuleProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /** Evaluation order, 1 (first) to 20000; unique among the gateway's routing rules of both layers. */
  readonly priority: number;
  /** The TCP or TLS listener whose connections this rule routes. */
  readonly listener: Layer4Listener;
  /** Where the connections go. */
  readonly backendPool: BackendPool;
  /** How the gateway connects to the pool. */
  readonly backendSettings: Layer4BackendSettings;
}

/**
 * A layer-4 routing rule: TCP or TLS listener → backend pool with layer-4 backend settings.
 * Create it with `MtlsApplicationGateway.addLayer4RoutingRule`.
 */
export class Layer4RoutingRule extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Priority. */
  public readonly priority: number;
  /** Listener. */
  public readonly listener: Layer4Listener;
  /** Backend pool. */
  public readonly backendPool: BackendPool;
  /** Backend settings. */
  public readonly backendSettings: Layer4BackendSettings;

  constructor(scope: Construct, id: string, props: Layer4RoutingRuleProps) {
    checkCall(childPath(scope, id), "Layer4RoutingRule", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.priority = props.priority;
    this.listener = props.listener;
    this.backendPool = props.backendPool;
    this.backendSettings = props.backendSettings;
    assertValid(this, "name", this.name, nameRule(this.name));
    assertValid(this, "priority", this.priority, priorityRule(this.priority));
  }

  /** The rule as the model describes it. @internal */
  public _describe(): RoutingRuleModel {
    return {
      name: this.name,
      priority: this.priority,
      listener: this.listener.name,
      backendAddressPool: this.backendPool.name,
      backendSettings: this.backendSettings.name,
    };
  }
}
