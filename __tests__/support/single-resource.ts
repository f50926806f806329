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
  // The PUT runs azapi's validation first and sends nothing when it fails.
  const { body: put, errors: validation } = azapiResourcePut(config);
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

/**
 * The gateway as ARM means it: ARM makes no difference between a collection (or
 * tag map) that is absent and one that is empty, and azurerm sends every
 * collection, empty or not; the single resource sends only what it has.
 */
export function withoutEmpties(value: any): any {
  if (Array.isArray(value)) return value.map(withoutEmpties);
  if (value === null || typeof value !== "object") return value;
  const empty = (v: any) => (Array.isArray(v) ? v.length === 0 : v !== null && typeof v === "object" && Object.keys(v).length === 0);
  return Object.fromEntries(
    Object.entries(value)
      .map(([k, v]) => [k, withoutEmpties(v)] as const)
      .filter(([, v]) => !empty(v)),
  );
}

/**
 * The gateway without an HTTP probe's `enableProbeProxyProtocolHeader: false`: azurerm 4.73
 * sends it on every probe (v4.73.0 expandApplicationGatewayProbes), azurerm 4.55 on none, and
 * the 2025-03-01 spec documents false as its default and the header as one of TCP or TLS probes
 * ("Whether to send Proxy Protocol header along with the Health Probe over TCP or TLS protocol.
 * Default value is false."): on an Http(s) probe, false and absent are the same gateway, and
 * the single resource, written once for both azurerm versions, can send only one of them.
 * A layer-4 probe keeps it (the single resource sends what 4.73 sends).
 */
export function withoutHttpProbeProxyHeader(gateway: any): any {
  for (const probe of gateway?.properties?.probes ?? []) {
    const p = probe.properties ?? {};
    if (["Http", "Https"].includes(p.protocol) && p.enableProbeProxyProtocolHeader === false) delete p.enableProbeProxyProtocolHeader;
  }
  return gateway;
}

/** Both modes' gateways in Azure, as ARM means them: `[single resource, default deployment]`. */
export function gatewaysOfBothModes(single: any, azurerm: any, o: ModelOptions = {}): [any, any] {
  const asArmMeansIt = (gateway: any) => withoutEmpties(withoutHttpProbeProxyHeader(gateway));
  return [asArmMeansIt(deploySingleResource(single, o).final), asArmMeansIt(defaultDeploymentGateway(azurerm, o))];
}
