import { Lazy, TerraformProvider, TerraformResource } from "cdktf";
import { GatewayModel, GatewayPartsModel, GatewaySettingsModel } from "../model/gateway-model";

/** What a renderer gets from the gateway. */
export interface RendererInputs {
  readonly settings: GatewaySettingsModel;
  /** The part half of the model; built at synth, once every part is added. */
  readonly parts: () => GatewayPartsModel;
  readonly azurermProvider?: TerraformProvider;
  readonly azapiProvider?: TerraformProvider;
}

/** The Terraform that one deployment mode writes for the gateway itself. */
export interface GatewayRenderer {
  /** The gateway's Terraform resource. */
  readonly resource: TerraformResource;
  /** The gateway's resource id, as a Terraform expression. */
  readonly gatewayId: string;
  /** A passthrough SSL profile was added (construction time: a renderer may need a resource for it). */
  passthroughProfileAdded(): void;
  /** The gateway must be created after this resource (a role assignment it needs). */
  dependOn(resource: TerraformResource): void;
  /** Part blocks someone set on the resource directly (the library would replace them). */
  blocksSetElsewhere(): string[];
}

/** The whole model, for renderers that write everything at synth. */
export function wholeModel(inputs: RendererInputs): GatewayModel {
  return { ...inputs.settings, ...inputs.parts() };
}

/**
 * The resource's bare Terraform address (`type.name`), read at synth so that it
 * follows a logical id set later. Terraform JSON wants this form in `depends_on`
 * and `replace_triggered_by`; cdktf's own would be `${type.name}`, which it rejects.
 */
export function addressOf(resource: TerraformResource): string {
  return Lazy.stringValue({ produce: () => `${resource.terraformResourceType}.${resource.friendlyUniqueId}` });
}
