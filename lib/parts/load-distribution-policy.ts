// A load distribution policy: ARM 2025-03-01 `loadDistributionPolicies[]`, which routing rules,
// path rules and a path map's default route reference. No azurerm release has an argument for it
// (v4.55.0, v4.73.0 application_gateway_resource.go): single-resource deployment only.
import { Construct } from "constructs";
import { assertValid } from "../core/errors";
import { LoadDistributionAlgorithm } from "../core/enums";
import { LoadDistributionPolicyModel } from "../model/gateway-model";
import { lbTargetsRule, lbWeightRule } from "../rules/values/load-distribution";
import { nameRule } from "../rules/values/names";
import { brandApiClass, checkCall, childPath } from "../rules/values/props";
import { BackendPool } from "./backend-pool";

/** One target of a load distribution policy: a backend pool and the weight of each of its servers. */
export interface LoadDistributionTarget {
  /**
   * Name of the target within the policy.
   * @default the backend pool's name
   */
  readonly name?: string;
  /** The backend pool. */
  readonly backendPool: BackendPool;
  /**
   * Weight of each server of the pool (1–100).
   * @default 1
   */
  readonly weightPerServer?: number;
}

/** Props of a load distribution policy. */
export interface LoadDistributionPolicyProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /**
   * How a server is picked.
   * @default Azure's default (not sent)
   */
  readonly algorithm?: LoadDistributionAlgorithm;
  /** The pools the policy distributes over, with their weights. */
  readonly targets: LoadDistributionTarget[];
}

/**
 * A load distribution policy (single-resource deployment only). Create it with
 * `MtlsApplicationGateway.addLoadDistributionPolicy` and give it to a route's
 * `loadDistributionPolicy`.
 */
export class LoadDistributionPolicy extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Algorithm, if set. */
  public readonly algorithm?: LoadDistributionAlgorithm;
  /** Targets. */
  public readonly targets: LoadDistributionTarget[];

  constructor(scope: Construct, id: string, props: LoadDistributionPolicyProps) {
    checkCall(childPath(scope, id), "LoadDistributionPolicy", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.algorithm = props.algorithm;
    this.targets = props.targets;
    assertValid(this, "name", this.name, nameRule(this.name));
    const names = this.targets.map((t) => t.name ?? t.backendPool.name);
    const pools = this.targets.map((t) => t.backendPool.name);
    const repeats = new Set(names).size < names.length || new Set(pools).size < pools.length;
    assertValid(this, "targets", names, lbTargetsRule([this.targets.length, repeats]));
    for (const t of this.targets) {
      assertValid(this, "targets[].name", t.name, t.name === undefined ? undefined : nameRule(t.name));
      assertValid(this, "targets[].weightPerServer", t.weightPerServer, lbWeightRule(t.weightPerServer));
    }
  }

  /** The policy as the model describes it. @internal */
  public _describe(): LoadDistributionPolicyModel {
    return {
      name: this.name,
      loadDistributionAlgorithm: this.algorithm,
      loadDistributionTargets: this.targets.map((t) => ({
        name: t.name ?? t.backendPool.name,
        weightPerServer: t.weightPerServer ?? 1,
        backendAddressPool: t.backendPool.name,
      })),
    };
  }
}
brandApiClass(LoadDistributionPolicy, "LoadDistributionPolicy");
