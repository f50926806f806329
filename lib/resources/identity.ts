import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { assertValid, derivedNote } from "../core/errors";
import { Adoption, armPath } from "./adoption";
import { claimName } from "./placement";
import { identityNameRule } from "../rules/values/names";
import { idNameNote, identityIdRule } from "../rules/values/resource-ids";
import { principalRule } from "../rules/values/roles";
import { brandApiClass, checkCall } from "../rules/values/props";

/** Where a created identity goes. */
export interface IdentityPlacement {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly tags?: { [key: string]: string };
  readonly provider?: TerraformProvider;
  /** The identity already exists under `name`: import it. */
  readonly adopt?: Adoption;
}

/** An identity the gateway uses, e.g. to read certificates from Key Vault. */
export interface BoundIdentity {
  /** Resource id of the user-assigned identity. */
  readonly identityId: string;
  /** Its principal (object) id, when known: needed to grant it access. */
  readonly principalId?: string;
}

/**
 * The user-assigned managed identity of the gateway: one the construct creates,
 * or one you pass in.
 */
export class GatewayIdentity {
  /**
   * A new user-assigned identity, created beside the gateway.
   * @param name Azure name of the identity; default `<gateway name>-identity`
   */
  public static create(name?: string): GatewayIdentity {
    checkCall("GatewayIdentity.create", "GatewayIdentity.create", [name]);
    return new GatewayIdentity(undefined, undefined, name);
  }

  /**
   * An existing user-assigned identity.
   * @param identityId its resource id
   * @param principalId its principal (object) id, to let the library grant it Key Vault access
   */
  public static fromUserAssignedIdentity(identityId: string, principalId?: string): GatewayIdentity {
    checkCall("GatewayIdentity.fromUserAssignedIdentity", "GatewayIdentity.fromUserAssignedIdentity", [identityId, principalId]);
    return new GatewayIdentity(identityId, principalId, undefined);
  }

  private constructor(
    private readonly identityId: string | undefined,
    private readonly principalId: string | undefined,
    private readonly name: string | undefined,
  ) {}

  /**
   * Creates the identity if needed and returns its ids.
   * @param viaAzurerm whether azurerm reads the identity id (it checks the spelling case-sensitively)
   * @internal
   */
  public _bind(scope: Construct, placement: IdentityPlacement, viaAzurerm: boolean): BoundIdentity {
    if (this.identityId !== undefined) {
      assertValid(scope, "identity.identityId", this.identityId, identityIdRule([viaAzurerm, this.identityId]), idNameNote("identity", this.identityId));
      if (this.principalId !== undefined) {
        assertValid(scope, "identity.principalId", this.principalId, principalRule([this.principalId, undefined]));
      }
      return { identityId: this.identityId, principalId: this.principalId };
    }
    const name = this.name ?? `${placement.name}-identity`;
    assertValid(scope, "identity.name", name, identityNameRule(name), derivedNote(this.name, "the gateway's name", "GatewayIdentity.create(name)"));
    claimName(scope, "identity.name", "Microsoft.ManagedIdentity/userAssignedIdentities", { ...placement, name });
    const created = new UserAssignedIdentity(scope, "Identity", {
      name,
      resourceGroupName: placement.resourceGroupName,
      location: placement.location,
      tags: placement.tags,
      provider: placement.provider,
    });
    const path = armPath(placement.resourceGroupName, "Microsoft.ManagedIdentity/userAssignedIdentities", name);
    placement.adopt?._import(scope, created, path, { azurerm: placement.provider, importer: placement.provider });
    return { identityId: created.id, principalId: created.principalId };
  }
}
brandApiClass(GatewayIdentity, "GatewayIdentity");
