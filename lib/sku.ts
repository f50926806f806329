import { GatewayConfigError } from "./errors";

/**
 * Application Gateway SKU names as Azure spells them.
 *
 * Only the v2 SKUs support mutual TLS and header rewrites (Learn:
 * mutual-authentication-overview); the v1 names exist so that a stack that still
 * uses them is told so at synth instead of failing at deploy.
 */
export enum GatewaySku {
  /** Standard v2: autoscaling, zone redundancy, mTLS. */
  STANDARD_V2 = "Standard_v2",
  /** WAF v2: Standard v2 plus a web application firewall policy. */
  WAF_V2 = "WAF_v2",
  /** v1, retired: no mTLS. */
  STANDARD_SMALL = "Standard_Small",
  /** v1, retired: no mTLS. */
  STANDARD_MEDIUM = "Standard_Medium",
  /** v1, retired: no mTLS. */
  STANDARD_LARGE = "Standard_Large",
  /** v1, retired: no mTLS. */
  WAF_MEDIUM = "WAF_Medium",
  /** v1, retired: no mTLS. */
  WAF_LARGE = "WAF_Large",
}

/** True for Standard_v2 and WAF_v2. */
export function isV2Sku(sku: GatewaySku): boolean {
  return sku === GatewaySku.STANDARD_V2 || sku === GatewaySku.WAF_V2;
}

/** The `tier` Azure expects beside a SKU name. */
export function skuTier(sku: GatewaySku): string {
  if (isV2Sku(sku)) return sku;
  return sku.startsWith("WAF") ? "WAF" : "Standard";
}

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
    return new GatewayCapacity(instances, undefined, undefined);
  }

  /**
   * Autoscale between `minCapacity` and `maxCapacity` instances.
   * @param props bounds (default 0 to 10)
   */
  public static autoscale(props: AutoscaleProps = {}): GatewayCapacity {
    return new GatewayCapacity(undefined, props.minCapacity ?? 0, props.maxCapacity ?? 10);
  }

  /** Fixed instance count, when not autoscaling. */
  public readonly instances?: number;
  /** Autoscale lower bound, when autoscaling. */
  public readonly minCapacity?: number;
  /** Autoscale upper bound, when autoscaling. */
  public readonly maxCapacity?: number;

  private constructor(instances?: number, minCapacity?: number, maxCapacity?: number) {
    if (instances === undefined && minCapacity === undefined) {
      throw new GatewayConfigError("GatewayCapacity needs a fixed count or autoscale bounds");
    }
    this.instances = instances;
    this.minCapacity = minCapacity;
    this.maxCapacity = maxCapacity;
  }

  /** The most instances this capacity can run: what the subnet must hold. */
  public get maxInstances(): number {
    return this.instances ?? this.maxCapacity ?? 10;
  }
}
