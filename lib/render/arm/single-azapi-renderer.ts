// The single-resource renderer: the whole gateway as one `azapi_resource`
// (Microsoft.Network/applicationGateways@2025-03-01), its body rendered from the
// model by ./arm.ts. One PUT per change, passthrough included.
import { Lazy, TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { DataAzapiClientConfig } from "../../../.gen/providers/azapi/data-azapi-client-config";
import { Resource } from "../../../.gen/providers/azapi/resource";
import { PASSTHROUGH_API_VERSION } from "../azurerm/passthrough-patch";
import { requireProvider } from "../providers";
import { AZAPI_PROVIDER } from "../../rules/gateway/structure";
import { armGatewayBody, ArmGatewayBody } from "./gateway-body";
import { addressOf, GatewayRenderer, RendererInputs, wholeModel } from "../renderer";

/** The gateway's resource type and the first API version that knows passthrough. */
export const GATEWAY_TYPE = `Microsoft.Network/applicationGateways@${PASSTHROUGH_API_VERSION}`;

/**
 * azurerm's own timeouts for an application gateway (90 min each): a gateway PUT
 * can outlast azapi's 30-minute default.
 */
const TIMEOUTS = { create: "90m", update: "90m", delete: "90m", read: "5m" };

export class SingleAzapiRenderer implements GatewayRenderer {
  public readonly resource: Resource;
  public readonly gatewayId: string;

  constructor(scope: Construct, inputs: RendererInputs) {
    const s = inputs.settings;
    // The subscription of the azapi provider in use; the resource group is ours to name.
    const client = new DataAzapiClientConfig(scope, "ClientConfig", { provider: inputs.azapiProvider });
    const parentId = `/subscriptions/${client.subscriptionId}/resourceGroups/${s.resourceGroupName}`;
    // Known before the gateway exists, so children can reference each other by id
    // (a reference to the resource's own `id` would be a cycle).
    const ownId = `${parentId}/providers/Microsoft.Network/applicationGateways/${s.name}`;
    // Rendered once per model: body and sensitive_body come from the same rendering.
    let rendered: { parts: unknown; body: ArmGatewayBody } | undefined;
    const render = () => {
      const parts = inputs.parts();
      // Stryker disable next-line ConditionalExpression,EqualityOperator,OptionalChaining: a cache; rendering the same parts again gives the same body
      if (rendered?.parts !== parts) rendered = { parts, body: armGatewayBody(wholeModel(inputs), ownId) };
      return rendered.body;
    };
    this.resource = new Resource(scope, "Resource", {
      type: GATEWAY_TYPE,
      name: s.name,
      parentId,
      location: s.location,
      tags: s.tags,
      identity: s.identityIds ? [{ type: "UserAssigned", identityIds: s.identityIds }] : undefined,
      body: Lazy.anyValue({ produce: () => render().body }) as any,
      // PFX data and passwords: sent on create and update, never stored in plan or state.
      sensitiveBody: Lazy.anyValue({ produce: () => render().sensitiveBody }) as any,
      schemaValidationEnabled: true,
      timeouts: TIMEOUTS,
      provider: inputs.azapiProvider,
    });
    this.gatewayId = this.resource.id;
    requireProvider(scope, "azapi", AZAPI_PROVIDER);
  }

  public passthroughProfileAdded(): void {
    // Passthrough is part of the one body: nothing else to create.
  }

  public dependOn(resource: TerraformResource): void {
    this.resource.dependsOn = [...(this.resource.dependsOn ?? []), addressOf(resource)];
  }

  public blocksSetElsewhere(): string[] {
    return [];
  }
}
