import { brandApiClass, checkCall } from "../rules/values/props";

/** Autoscale bounds. */
export interface AutoscaleProps {
  /**
   * Instances that always run.
   * @default 0
   */
  readonly minCapacity?: number;
  /**
   * Upper bound of instances.
   * @default 10 (Azure's default)
   */
  readonly maxCapacity?: number;
}

/**
 * How many instances the gateway runs: a fixed count or autoscale bounds.
 */
export class GatewayCapacity {
  /**
   * A fixed instance count.
   * @param instances 1–125 on v2
   */
  public static fixed(instances: number): GatewayCapacity {
    checkCall("GatewayCapacity.fixed", "GatewayCapacity.fixed", [instances]);
    return new GatewayCapacity(instances, undefined, undefined);
  }

  /**
   * Autoscale between `minCapacity` and `maxCapacity` instances.
   * @param props bounds (default 0 to 10)
   */
  public static autoscale(props: AutoscaleProps = {}): GatewayCapacity {
    checkCall("GatewayCapacity.autoscale", "GatewayCapacity.autoscale", [props]);
    return new GatewayCapacity(undefined, props.minCapacity ?? 0, props.maxCapacity ?? 10);
  }

  /** Fixed instance count, when not autoscaling. */
  public readonly instances?: number;
  /** Autoscale lower bound, when autoscaling. */
  public readonly minCapacity?: number;
  /** Autoscale upper bound, when autoscaling. */
  public readonly maxCapacity?: number;

  private constructor(instances?: number, minCapacity?: number, maxCapacity?: number) {
    // Only the factories call it, and their props are checked (AGW-PROP-TYPE): one of the two is always set.
    this.instances = instances;
    this.minCapacity = minCapacity;
    this.maxCapacity = maxCapacity;
  }

  /** The most instances this capacity can run: what the subnet must hold. */
  public get maxInstances(): number {
    return this.instances ?? this.maxCapacity ?? 10;
  }
}
brandApiClass(GatewayCapacity, "GatewayCapacity");
