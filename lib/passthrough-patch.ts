// The escape hatch. azurerm (4.55) cannot set an SSL profile's
// `verifyClientAuthMode`; this file is the only place that knows it, so that it
// can be deleted once azurerm gains `ssl_profile.verify_client_auth_mode`
// (hashicorp/terraform-provider-azurerm#31844, PR #33445).
import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { Lazy, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { AzapiProvider } from "../.gen/providers/azapi/provider";
import { UpdateResource } from "../.gen/providers/azapi/update-resource";
import { formatProblem } from "./errors";
import { AZAPI_PROVIDER } from "./rules/gateway-rules";

/**
 * First ARM API version with `verifyClientAuthMode` (azure-rest-api-specs PR #38337).
 */
export const PASSTHROUGH_API_VERSION = "2025-03-01";

const STACKS_CHECKED = new WeakSet<TerraformStack>();

/** Props of the passthrough patch. */
export interface PassthroughPatchProps {
  /** The gateway whose SSL profiles are patched. */
  readonly gateway: ApplicationGateway;
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
  /** The azapi resource. */
  public readonly resource: UpdateResource;
  private readonly profileNames: string[] = [];

  constructor(scope: Construct, id: string, props: PassthroughPatchProps) {
    super(scope, id);
    const gateway = props.gateway;
    this.resource = new UpdateResource(this, "Resource", {
      type: `Microsoft.Network/applicationGateways@${PASSTHROUGH_API_VERSION}`,
      resourceId: gateway.id,
      body: Lazy.anyValue({ produce: () => passthroughBody(this.profileNames) }) as any,
      ignoreMissingProperty: false,
      // Read appends the GET's profiles that body does not name unless told not to: without
      // this a gateway with a strict and a passthrough profile shows a change on every plan.
      ignoreOtherItemsInList: ["properties.sslProfiles"],
      dependsOn: [gateway],
      lifecycle: {
        // cdktf would write a resource here as "${azurerm_application_gateway.x}",
        // which Terraform rejects in JSON; it accepts the bare address.
        replaceTriggeredBy: [`${gateway.terraformResourceType}.${gateway.friendlyUniqueId}`],
      },
    });
    // One check per stack, not per patch: finding the provider walks the whole tree.
    const stack = TerraformStack.of(this);
    if (!STACKS_CHECKED.has(stack)) {
      STACKS_CHECKED.add(stack);
      this.node.addValidation({
        validate: () =>
          stack.node.findAll().some((c) => c instanceof AzapiProvider)
            ? []
            : [formatProblem(this.node.path, "stack providers", "no azapi provider", `${AZAPI_PROVIDER.allowed} [${AZAPI_PROVIDER.id}]`)],
      });
    }
  }

  /**
   * Switches the SSL profile of this name to passthrough.
   * @param name the SSL profile's Azure name
   */
  public addProfile(name: string): void {
    this.profileNames.push(name);
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
