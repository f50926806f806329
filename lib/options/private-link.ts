import { ListenerFrontend } from "../core/enums";
import { PrivateLinkConfigurationModel } from "../model/gateway-model";

/**
 * A Private Link configuration: private endpoints in other virtual networks (other
 * tenants too) reach one of the gateway's frontends through it (Learn: Application
 * Gateway Private Link).
 */
export interface PrivateLinkConfiguration {
  /** Name of the configuration. */
  readonly name: string;
  /**
   * The frontend private endpoints reach: `PUBLIC` or `PRIVATE` (Azure has no IPv6 Private Link).
   */
  readonly frontend: ListenerFrontend;
  /**
   * Resource id of the subnet its IP configurations take addresses from: not the
   * gateway's subnet, and with its private link service network policies disabled
   * (`private_link_service_network_policies_enabled = false` on an azurerm subnet).
   */
  readonly subnetId: string;
  /**
   * How many IP configurations (addresses) it has: each carries 64K concurrent
   * connections through Private Link. Allocated dynamically; the first is primary.
   * @default 1
   */
  readonly ipConfigurations?: number;
}

/** The configurations as ARM's `privateLinkConfigurations`: IP configurations `<name>-ip<n>`, the first primary. */
export function describePrivateLinks(configs: PrivateLinkConfiguration[]): PrivateLinkConfigurationModel[] | undefined {
  if (configs.length === 0) return undefined;
  return configs.map((c) => ({
    name: c.name,
    ipConfigurations: Array.from({ length: c.ipConfigurations ?? 1 }, (_, i) => ({
      name: `${c.name}-ip${i + 1}`,
      subnetId: c.subnetId,
      privateIPAllocationMethod: "Dynamic" as const,
      primary: i === 0,
    })),
  }));
}
