import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { assertValid } from "../core/errors";
import { Adoption, armPath } from "./adoption";
import { checkPlacement, claimName } from "./placement";
import { subnetNameRule, vnetNameRule } from "../rules/values/names";
import { cidrRule, reservedRangeRule, subnetInVnetRule, subnetOverlapRule, subnetPrefixLengthRule } from "../rules/values/network";
import { ipv6SpaceRule, ipv6SubnetRule } from "../rules/values/frontends";
import { isIpv6Range } from "../rules/cidr";
import { brandApiClass, checkCall, childPath } from "../rules/values/props";

/** The delegation Azure requires on a v2 gateway's subnet (new gateways fail
 * with ApplicationGatewayNetworkIsolationRequiresSubnetDelegation without it). */
export const APP_GATEWAY_DELEGATION = "Microsoft.Network/applicationGateways";

/** What the gateway needs to know of the subnet it is placed in. */
export interface GatewaySubnetAttributes {
  /** Resource id of the subnet. */
  readonly subnetId: string;
  /**
   * The subnet's address prefix, for the size checks.
   * @default unknown: the size checks are skipped
   */
  readonly addressPrefix?: string;
  /**
   * Whether the subnet is delegated to `Microsoft.Network/applicationGateways`.
   * @default true (you say it is; the gateway cannot check a subnet it did not create)
   */
  readonly delegated?: boolean;
  /**
   * Region of the subnet's virtual network, for the check that the gateway is in the same one.
   * @default unknown: the region check is skipped
   */
  readonly location?: string;
  /**
   * The subnet's IPv6 prefix, if it is dual-stack (needed for an IPv6 frontend).
   * @default unknown: the dual-stack check is skipped
   */
  readonly ipv6AddressPrefix?: string;
}

/**
 * The subnet a gateway is placed in: one made by `GatewayNetwork`, or one you bring.
 */
export class GatewaySubnet {
  /** A subnet that exists elsewhere (another stack, another team). */
  public static fromSubnetId(attrs: GatewaySubnetAttributes): GatewaySubnet {
    checkCall("GatewaySubnet.fromSubnetId", "GatewaySubnet.fromSubnetId", [attrs]);
    const dualStack = attrs.ipv6AddressPrefix === undefined ? undefined : true;
    return new GatewaySubnet(attrs.subnetId, attrs.addressPrefix, attrs.delegated ?? true, undefined, attrs.location, attrs.ipv6AddressPrefix, dualStack);
  }

  /** @internal */
  public static _ofNetwork(subnetId: string, addressPrefix: string, vnetAddressSpace: string[], location: string, ipv6Prefix?: string): GatewaySubnet {
    return new GatewaySubnet(subnetId, addressPrefix, true, vnetAddressSpace, location, ipv6Prefix, ipv6Prefix !== undefined);
  }

  /** Resource id. */
  public readonly subnetId: string;
  /** Address prefix, when known. */
  public readonly addressPrefix?: string;
  /** Whether it is delegated to Application Gateway. */
  public readonly delegated: boolean;
  /** Address space of the VNet, when known. */
  public readonly vnetAddressSpace?: string[];
  /** Region of the VNet, when known. */
  public readonly location?: string;
  /** IPv6 prefix of a dual-stack subnet, when known. */
  public readonly ipv6AddressPrefix?: string;
  /** Whether the subnet is dual-stack (IPv4 and IPv6); undefined when unknown. */
  public readonly dualStack?: boolean;

  private constructor(
    subnetId: string,
    addressPrefix: string | undefined,
    delegated: boolean,
    vnetAddressSpace: string[] | undefined,
    location: string | undefined,
    ipv6AddressPrefix?: string,
    dualStack?: boolean,
  ) {
    this.subnetId = subnetId;
    this.addressPrefix = addressPrefix;
    this.delegated = delegated;
    this.vnetAddressSpace = vnetAddressSpace;
    this.location = location;
    this.ipv6AddressPrefix = ipv6AddressPrefix;
    this.dualStack = dualStack;
  }
}
brandApiClass(GatewaySubnet, "GatewaySubnet");

/** Props of the gateway's network. */
export interface GatewayNetworkProps {
  /** Name of the virtual network. */
  readonly name: string;
  /** Resource group of the VNet. */
  readonly resourceGroupName: string;
  /** Azure region. */
  readonly location: string;
  /**
   * Address space of the VNet.
   * @default ["10.0.0.0/16"]
   */
  readonly addressSpace?: string[];
  /**
   * Name of the gateway subnet.
   * @default "appgwsubnet"
   */
  readonly gatewaySubnetName?: string;
  /**
   * Prefix of the gateway subnet; /24 holds the 125-instance maximum.
   * @default "10.0.0.0/24"
   */
  readonly gatewaySubnetPrefix?: string;
  /**
   * An IPv6 /64 prefix for the gateway subnet, which makes it dual-stack (for
   * `ipv6PublicIp`). It must lie in an IPv6 block of `addressSpace`.
   * @default none: an IPv4-only subnet
   */
  readonly gatewaySubnetIpv6Prefix?: string;
  /**
   * Name of the backend subnet.
   * @default "backendSubnet"
   */
  readonly backendSubnetName?: string;
  /**
   * Prefix of the backend subnet.
   * @default "10.0.2.0/24"
   */
  readonly backendSubnetPrefix?: string;
  /**
   * Create the backend subnet at all.
   * @default true
   */
  readonly createBackendSubnet?: boolean;
  /**
   * Tags of the VNet.
   * @default none
   */
  readonly tags?: { [key: string]: string };
  /**
   * The azurerm provider for the VNet and subnets (an aliased one, say).
   * @default the stack's default azurerm provider
   */
  readonly provider?: TerraformProvider;
  /**
   * The VNet and its subnets already exist under these names: Terraform imports them (see `Adoption`).
   * @default none: they are created
   */
  readonly adopt?: Adoption;
}

/**
 * A VNet with a gateway subnet delegated to Application Gateway and, beside it,
 * a backend subnet: the layout of Microsoft's mTLS passthrough quickstart.
 */
export class GatewayNetwork extends Construct {
  /** The virtual network. */
  public readonly virtualNetwork: VirtualNetwork;
  /** The gateway subnet resource. */
  public readonly gatewaySubnetResource: Subnet;
  /** The backend subnet resource, unless disabled. */
  public readonly backendSubnet?: Subnet;
  /** The gateway subnet, to pass to `MtlsApplicationGateway`. */
  public readonly gatewaySubnet: GatewaySubnet;

  constructor(scope: Construct, id: string, props: GatewayNetworkProps) {
    checkCall(childPath(scope, id), "GatewayNetwork", [scope, id, props]);
    super(scope, id);
    const addressSpace = props.addressSpace ?? ["10.0.0.0/16"];
    const gatewayPrefix = props.gatewaySubnetPrefix ?? "10.0.0.0/24";
    const backendPrefix = props.backendSubnetPrefix ?? "10.0.2.0/24";
    const withBackend = props.createBackendSubnet ?? true;
    const gatewaySubnetName = props.gatewaySubnetName ?? "appgwsubnet";
    const backendSubnetName = props.backendSubnetName ?? "backendSubnet";
    assertValid(this, "name", props.name, vnetNameRule(props.name));
    checkPlacement(this, props);
    claimName(this, "name", "Microsoft.Network/virtualNetworks", props);
    for (const block of addressSpace) {
      // A dual-stack VNet lists its IPv6 blocks in the same address space.
      assertValid(this, "addressSpace[]", block, isIpv6Range(block) ? ipv6SpaceRule(block) : cidrRule(block) ?? reservedRangeRule(block));
    }
    const ipv6Prefix = props.gatewaySubnetIpv6Prefix;
    if (ipv6Prefix !== undefined) assertValid(this, "gatewaySubnetIpv6Prefix", ipv6Prefix, ipv6SubnetRule([ipv6Prefix, addressSpace]));
    const subnets: [string, string, string, string][] = [["gatewaySubnetPrefix", gatewayPrefix, "gatewaySubnetName", gatewaySubnetName]];
    if (withBackend) subnets.push(["backendSubnetPrefix", backendPrefix, "backendSubnetName", backendSubnetName]);
    for (const [prop, prefix, nameProp, name] of subnets) {
      assertValid(this, nameProp, name, subnetNameRule(name));
      assertValid(this, prop, prefix, cidrRule(prefix) ?? subnetPrefixLengthRule(prefix));
      assertValid(this, prop, prefix, subnetInVnetRule([prefix, addressSpace.filter((b) => !isIpv6Range(b))]));
    }
    if (withBackend) assertValid(this, "backendSubnetPrefix", backendPrefix, subnetOverlapRule([backendPrefix, gatewayPrefix]));

    this.virtualNetwork = new VirtualNetwork(this, "VirtualNetwork", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      addressSpace,
      tags: props.tags,
      provider: props.provider,
    });

    this.gatewaySubnetResource = new Subnet(this, "GatewaySubnet", {
      name: gatewaySubnetName,
      resourceGroupName: props.resourceGroupName,
      provider: props.provider,
      virtualNetworkName: this.virtualNetwork.name,
      addressPrefixes: ipv6Prefix === undefined ? [gatewayPrefix] : [gatewayPrefix, ipv6Prefix],
      delegation: [
        {
          name: APP_GATEWAY_DELEGATION,
          serviceDelegation: {
            name: APP_GATEWAY_DELEGATION,
            // The only action Azure lists for this delegation; stating it avoids a perpetual diff.
            actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"],
          },
        },
      ],
    });

    if (withBackend) {
      this.backendSubnet = new Subnet(this, "BackendSubnet", {
        name: backendSubnetName,
        resourceGroupName: props.resourceGroupName,
        provider: props.provider,
        virtualNetworkName: this.virtualNetwork.name,
        addressPrefixes: [backendPrefix],
      });
    }

    const vnetPath = armPath(props.resourceGroupName, "Microsoft.Network/virtualNetworks", props.name);
    const providers = { azurerm: props.provider, importer: props.provider };
    props.adopt?._import(this, this.virtualNetwork, vnetPath, providers);
    props.adopt?._import(this, this.gatewaySubnetResource, `${vnetPath}/subnets/${gatewaySubnetName}`, providers);
    if (this.backendSubnet) props.adopt?._import(this, this.backendSubnet, `${vnetPath}/subnets/${backendSubnetName}`, providers);

    this.gatewaySubnet = GatewaySubnet._ofNetwork(this.gatewaySubnetResource.id, gatewayPrefix, addressSpace, props.location, ipv6Prefix);
  }
}
