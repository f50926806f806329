// The provider model's verdict on the single-resource deployment: the gateway's
// `azapi_resource` validated and PUT as azapi would (body + sensitive_body), stored
// by ARM and read back, compared with what the default deployment (azurerm's PUT,
// then the passthrough patch) leaves in Azure.
import { strictPutBodyValidator } from "./arm-schema";
import {
  armGet,
  armPut,
  azapiResourcePut,
  azapiResourceReadBack,
  azapiResourceValidate,
  finalGatewayBody,
  MODEL_VARIABLES,
  ModelOptions,
  ResourceConfig,
} from "./provider-model";
import { Resolver, resourcesOf } from "./provider-model/terraform";

/** What deploying the stack's one whole-gateway `azapi_resource` does. */
export interface SingleResourceDeploy {
  readonly config: ResourceConfig;
  /** azapi's schema validation at plan (empty when it passes). */
  readonly validation: string[];
  /** The PUT azapi sends. */
  readonly put: any;
  /** The strict 2025-03-01 schema's verdict on that PUT (empty when valid). */
  readonly schemaErrors: string[];
  /** GET after the PUT. */
  readonly final: any;
  /** Whether the next plan shows a change. */
  readonly changedAfterApply: boolean;
}

/** Deploys the stack's only gateway `azapi_resource` in the model. */
export function deploySingleResource(stack: any, o: ModelOptions = {}): SingleResourceDeploy {
  const gateways = resourcesOf(stack, "azapi_resource").filter(([, r]) => String(r.type).startsWith("Microsoft.Network/applicationGateways@"));
  if (gateways.length !== 1) throw new Error(`expected one gateway azapi_resource, found ${gateways.length}`);
  const config = new Resolver(stack, o.variables ?? MODEL_VARIABLES).resolve(gateways[0][1]) as unknown as ResourceConfig;
  const validation = azapiResourceValidate(config);
  const { body: put } = azapiResourcePut(config);
  const id = `${config.parent_id}/providers/Microsoft.Network/applicationGateways/${config.name}`;
  const final = put ? armGet(armPut(id, put, "2025-03-01", undefined, o)) : undefined;
  return {
    config,
    validation,
    put,
    schemaErrors: put ? strictPutBodyValidator()(put) : ["no PUT"],
    final,
    changedAfterApply: final ? azapiResourceReadBack(config, final).changed : true,
  };
}

/** The gateway the default deployment leaves in Azure (GET after azurerm's PUT and the patch). */
export function defaultDeploymentGateway(stack: any, o: ModelOptions = {}): any {
  return finalGatewayBody(stack, undefined, o);
}
