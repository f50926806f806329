// Adoption: resources that already exist in Azure, which Terraform takes over with an
// `import` block on the next plan instead of creating them. Each construct that creates a
// resource calls `_import` with the resource's ARM path; the id is the ARM resource id,
// which is also the import id azurerm's importers parse for every type the library adopts
// (the ids its `terraform import` docs show), and azapi_resource's (ImportState:
// parse.ResourceIDWithApiVersionInfo, `<id>?api-version=<version>`).
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { TerraformProvider, TerraformResource, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { assertValid } from "../core/errors";
import { subscriptionIdRule } from "../rules/values/resource-ids";
import { brandApiClass, checkCall } from "../rules/values/props";

/** The stack's `azurerm_client_config` per azurerm provider: one data source answers them all. */
const clientConfigs = new WeakMap<TerraformStack, Map<string, DataAzurermClientConfig>>();

/**
 * Says that the resources a construct would create already exist (a gateway deployed from
 * the portal, a template or other code, under the names you give the construct): the
 * construct adds a Terraform `import` block for each, so the first plan takes them over
 * instead of creating them. Pass it as `adopt` to `MtlsApplicationGateway` (the gateway,
 * its public IP, and the identity, WAF policy, diagnostic settings and lock it creates),
 * `GatewayNetwork` (the VNet and its subnets) or `WafPolicy`.
 *
 * Import blocks need Terraform 1.5; an id that uses the provider's subscription (an
 * expression) needs 1.6. Remove `adopt` once the first apply has imported everything:
 * the blocks are then no-ops.
 */
export class Adoption {
  /**
   * Resources in this subscription.
   * @param subscriptionId the subscription id (a GUID, or a Terraform expression known at plan)
   */
  public static inSubscription(subscriptionId: string): Adoption {
    checkCall("Adoption.inSubscription", "Adoption.inSubscription", [subscriptionId]);
    return new Adoption(subscriptionId);
  }

  /**
   * Resources in the subscription the azurerm provider runs in: read from an
   * `azurerm_client_config` data source (one per stack and provider).
   */
  public static inProviderSubscription(): Adoption {
    checkCall("Adoption.inProviderSubscription", "Adoption.inProviderSubscription", []);
    return new Adoption(undefined);
  }

  private constructor(private readonly subscriptionId: string | undefined) {}

  /**
   * The subscription id the import ids use, for resources of `scope` made through `provider`.
   * @param scope the construct that adopts (its stack holds the data source)
   * @param provider its azurerm provider (undefined: the stack's default)
   */
  public subscriptionIdFor(scope: IConstruct, provider?: TerraformProvider): string {
    checkCall("Adoption.subscriptionIdFor", "Adoption.subscriptionIdFor", [scope, provider]);
    if (this.subscriptionId !== undefined) {
      assertValid(scope, "adopt.subscriptionId", this.subscriptionId, subscriptionIdRule(this.subscriptionId));
      return this.subscriptionId;
    }
    const stack = TerraformStack.of(scope);
    if (!clientConfigs.has(stack)) clientConfigs.set(stack, new Map());
    const byProvider = clientConfigs.get(stack)!;
    const key = provider?.node.path ?? "";
    if (!byProvider.has(key)) {
      const id = `AdoptionClientConfig${byProvider.size === 0 ? "" : byProvider.size + 1}`;
      byProvider.set(key, new DataAzurermClientConfig(stack, id, { provider }));
    }
    return byProvider.get(key)!.subscriptionId;
  }

  /**
   * Adds the import block of `resource`.
   * @param scope the adopting construct
   * @param resource the resource that already exists
   * @param path its id after `/subscriptions/<id>/`, e.g. `resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip`
   * @param providers `azurerm`: the provider that reads the subscription; `importer`: the resource's own provider
   * @internal
   */
  public _import(
    scope: IConstruct,
    resource: TerraformResource,
    path: string,
    providers: { readonly azurerm?: TerraformProvider; readonly importer?: TerraformProvider } = {},
  ): void {
    resource.importFrom(`/subscriptions/${this.subscriptionIdFor(scope, providers.azurerm)}/${path}`, providers.importer);
  }
}

brandApiClass(Adoption, "Adoption");

/** `resourceGroups/<group>/providers/<type>/<name>`: an ARM path below the subscription. */
export function armPath(resourceGroupName: string, type: string, name: string): string {
  return `resourceGroups/${resourceGroupName}/providers/${type}/${name}`;
}
