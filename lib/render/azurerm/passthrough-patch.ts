// The escape hatch. azurerm (4.55, and 4.73 in the cdktn flavour) cannot set an SSL
// profile's `verifyClientAuthMode`; this file is the only place that knows it, so that it
// can be deleted once azurerm gains `ssl_profile.verify_client_auth_mode`
// (hashicorp/terraform-provider-azurerm#31844, PR #33445). Until then a binding that has
// it gets no patch: ./provider-features.ts detects it, ./azurerm-renderer.ts writes the mode.
import { Lazy, TerraformProvider, TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { UpdateResource } from "../../../.gen/providers/azapi/update-resource";
import { requireProvider } from "../providers";
import { addressOf } from "../renderer";
import { AZAPI_PROVIDER } from "../../rules/gateway/structure";
import { checkCall, childPath } from "../../rules/values/props";

/**
 * First ARM API version with `verifyClientAuthMode` (azure-rest-api-specs PR #38337).
 */
export const PASSTHROUGH_API_VERSION = "2025-03-01";

/** Props of the passthrough patch. */
export interface PassthroughPatchProps {
  /** The `azurerm_application_gateway` whose SSL profiles are patched. */
  readonly gateway: TerraformResource;
  /**
   * The azapi provider (an aliased one, say).
   * @default the stack's default azapi provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * One `azapi_update_resource` that sets `verifyClientAuthMode = "Passthrough"`
 * on the passthrough SSL profiles of one gateway.
 *
 * - azapi GETs the gateway at API 2025-03-01, merges `body` into it (lists of
 *   named items merge by name, so only these profiles' client-auth settings are
 *   touched) and PUTs it back.
 * - azurerm updates the gateway with a full PUT at API 2025-01-01, which drops the
 *   setting; `replace_triggered_by` the gateway re-runs this patch in the same
 *   apply after every such update.
 * - `ignore_missing_property = false` makes a reset show as drift on the next plan.
 */
export class PassthroughPatch extends Construct {
  /** The `azapi_update_resource` (typed as cdktf's resource: the generated binding is not part of this API). */
  public readonly resource: TerraformResource;
  private profiles: () => string[] = () => [];

  constructor(scope: Construct, id: string, props: PassthroughPatchProps) {
    checkCall(childPath(scope, id), "PassthroughPatch", [scope, id, props]);
    super(scope, id);
    const gateway = props.gateway;
    this.resource = new UpdateResource(this, "Resource", {
      type: `Microsoft.Network/applicationGateways@${PASSTHROUGH_API_VERSION}`,
      resourceId: gateway.getStringAttribute("id"),
      body: Lazy.anyValue({ produce: () => passthroughBody(this.profileNames) }) as any,
      ignoreMissingProperty: false,
      // Read appends the GET's profiles that body does not name unless told not to: without
      // this a gateway with a strict and a passthrough profile shows a change on every plan.
      ignoreOtherItemsInList: ["properties.sslProfiles"],
      dependsOn: [gateway],
      provider: props.provider,
      lifecycle: {
        replaceTriggeredBy: [addressOf(gateway)],
      },
    });
    requireProvider(this, "azapi", AZAPI_PROVIDER);
  }

  /** Names of the SSL profiles this patch switches to passthrough. */
  public get profileNames(): string[] {
    return this.profiles();
  }

  /** Where the profile names come from: the gateway's model, at synth. @internal */
  public _bindProfiles(profiles: () => string[]): void {
    this.profiles = profiles;
  }
}

/** The PUT body fragment: one entry per passthrough profile, camelCase as GET returns it. */
export function passthroughBody(profileNames: string[]): { [key: string]: any } {
  return {
    properties: {
      sslProfiles: profileNames.map((name) => ({
        name,
        properties: {
          clientAuthConfiguration: {
            verifyClientAuthMode: "Passthrough",
            verifyClientCertIssuerDN: false,
            verifyClientRevocation: "None",
          },
        },
      })),
    },
  };
}
