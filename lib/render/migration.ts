// Moving a deployed gateway from the default deployment (azurerm + patch) to the
// single azapi_resource without destroying it: a `moved` block takes the azurerm
// gateway's state over (azapi implements MoveState since v2.12.0; cross-type moves
// need Terraform 1.8), and a `removed` block forgets the patch (its delete would do
// nothing in Azure anyway, but a plan would list it as a destroy). See the README,
// "Moving an existing gateway to the single resource".
import { TerraformElement, TerraformResource, TerraformStack } from "cdktf";
import { Construct } from "constructs";

/** A top-level `removed` block that forgets a resource without destroying it (Terraform 1.7+). */
class RemovedBlock extends TerraformElement {
  constructor(scope: Construct, id: string, private readonly from: () => string | undefined) {
    super(scope, id);
  }

  public toTerraform(): any {
    const from = this.from();
    return from === undefined ? {} : { removed: [{ from, lifecycle: { destroy: false } }] };
  }
}

/**
 * Emits what moving `gateway` (the single resource) from the default deployment
 * needs: `moved` from the azurerm gateway of the same construct path, and, when
 * the gateway has a passthrough profile (so the old stack had a patch), `removed`
 * for the patch.
 */
export function moveFromAzurermDeployment(scope: Construct, gateway: TerraformResource, hadPatch: () => boolean): void {
  const stack = TerraformStack.of(scope);
  // Same construct path as in the default deployment, so the same logical id.
  gateway.moveFromId(`azurerm_application_gateway.${gateway.friendlyUniqueId}`);
  // Where the patch lived: <gateway>/PassthroughPatch/Resource (plain constructs emit nothing).
  const patchPath = new Construct(new Construct(scope, "PassthroughPatch"), "Resource");
  const patchAddress = `azapi_update_resource.${stack.getLogicalId(patchPath.node)}`;
  new RemovedBlock(scope, "RemovedPassthroughPatch", () => (hadPatch() ? patchAddress : undefined));
}
