// The quickstart's deployment adopted. What exists: the template's gateway as Azure holds it
// (support/seed-deployment.ts: PUT at 2025-03-01, read back as a GET returns it) and its public
// IP. lib/adopt converts the GET; the generated app is synthesized in the default deployment
// (azurerm + passthrough patch) and its first plan is modelled: the import blocks' ids, then the
// plugin SDK's diff of the config against the state an import reads (azurerm's importer is a
// passthrough to Read, which has no prior state), the public IP likewise, and the patch, which
// has no import and is created: its GET-merge-PUT leaves the gateway as it was.
import { convertGateway } from "../../lib/adopt/convert";
import { SEED } from "../fixtures/seed";
import { runApp } from "../support/generated-app";
import { armGet, armPut, azapiUpdatePut, MODEL_VARIABLES, UpdateResourceConfig } from "../support/provider-model";
import { flattenGateway } from "../support/provider-model/azurerm-read";
import { RESOURCES, resolvedConfig } from "../support/provider-model/azurerm-resources";
import { gatewaySchema } from "../support/provider-model/azurerm-schema";
import { JsonObject, semanticallyEqual } from "../support/provider-model/json";
import { Change, diffResource } from "../support/provider-model/plan";
import { Resolver, resourcesOf } from "../support/provider-model/terraform";
import { SEED_GATEWAY_ID, SEED_PUBLIC_IP_CONFIG, SEED_PUBLIC_IP_ID, seedGatewayGet, seedGatewayPut } from "../support/seed-deployment";
import { synthJson, testApp } from "../support/stack";

const existing = seedGatewayGet();
// The PFX the user passes in: Azure never returns it, so any value is the one they hold.
const PFX = { ssl_certificate_sslCert_data: "c2VlZC1wZng=", ssl_certificate_sslCert_password: "seed-pfx-password" };

/** The generated app of a GET, synthesized in the default deployment, with a resolver of its references. */
function adopted(get: JsonObject) {
  const result = convertGateway(get, { source: "the quickstart's deployment" });
  const stack = synthJson(runApp(result.code, testApp(), "quickstart"));
  const resolver = new Resolver(stack, { ...MODEL_VARIABLES, ...PFX });
  return { result, stack, resolver };
}

/** The first plan's changes to the gateway (an import: Read of the GET with no prior state), a set item's changes field by field. */
function gatewayPlan(get: JsonObject, app = adopted(get)) {
  const { resolver } = app;
  const version = resolver.requiredVersion("azurerm");
  const schema = gatewaySchema(version);
  const [[name]] = resourcesOf(app.stack, "azurerm_application_gateway");
  const config = resolver.resolve(resolver.resource("azurerm_application_gateway", name)) as JsonObject;
  const changes = diffResource(schema, config, flattenGateway(get, {}, version));
  const added = changes.filter((c) => /\.\d+$/.test(c.path) && c.old === undefined);
  const removed = changes.filter((c) => c.path.endsWith(".~"));
  const fields = added.flatMap((a) => {
    const block = a.path.split(".")[0];
    const before = removed.find((r) => r.path.startsWith(`${block}.`) && (r.old as JsonObject).name === (a.new as JsonObject).name);
    if (!before) return [a];
    return diffResource(schema[block].block!, a.new as JsonObject, before.old as JsonObject, `${block}[${(a.new as JsonObject).name}]`, a.forceNew);
  });
  return [...changes.filter((c) => !added.includes(c) && !removed.includes(c)), ...fields].map((c: Change) => ({ path: c.path, old: c.old, new: c.new, forceNew: c.forceNew }));
}

const app = adopted(existing);
const { result, stack, resolver } = app;
const [[gatewayName]] = resourcesOf(stack, "azurerm_application_gateway");
const [[publicIpName]] = resourcesOf(stack, "azurerm_public_ip");
const gatewayAddress = `azurerm_application_gateway.${gatewayName}`;

test("the generated app adopts the gateway and the public IP by the ids Azure has, and nothing else", () => {
  expect(resolver.resolve(stack.import)).toEqual([
    { to: `azurerm_public_ip.${publicIpName}`, id: SEED_PUBLIC_IP_ID },
    { to: gatewayAddress, id: SEED_GATEWAY_ID },
  ]);
  expect(Object.keys(stack.resource).sort()).toEqual(["azapi_update_resource", "azurerm_application_gateway", "azurerm_public_ip"]);
});

test("the gateway's first plan replaces nothing; its in-place changes are the ones the README lists, each for its stated reason", () => {
  expect(gatewayPlan(existing, app)).toEqual([
    // The template sends no privateIPAllocationMethod and the model's GET returns only what was PUT;
    // azurerm's expander always sends "Dynamic" (and the single resource, as azurerm does).
    { path: "frontend_ip_configuration.0.private_ip_address_allocation", old: "", new: "Dynamic", forceNew: false },
    // The template sends none of cookieBasedAffinity, pickHostNameFromBackendAddress, requestTimeout and the
    // model's GET returns only what was PUT: the library's values (azurerm's for the timeout) are new to the state.
    { path: "backend_http_settings[settings2].cookie_based_affinity", old: "", new: "Disabled", forceNew: false },
    { path: "backend_http_settings[settings2].pick_host_name_from_backend_address", old: undefined, new: false, forceNew: false },
    { path: "backend_http_settings[settings2].request_timeout", old: undefined, new: 30, forceNew: false },
    // Azure never returns a PFX: azurerm's Read copies data and password from the prior state,
    // which an import does not have (flattenApplicationGatewaySslCertificates).
    { path: "ssl_certificate[sslCert].data", old: undefined, new: "c2VlZC1wZng=", forceNew: false },
    { path: "ssl_certificate[sslCert].password", old: undefined, new: "seed-pfx-password", forceNew: false },
  ]);
});

test("with the values a GET of Azure states for them (whatever they are: the code copies them), only the certificate's re-send remains", () => {
  const withDefaults = JSON.parse(JSON.stringify(existing));
  withDefaults.properties.frontendIPConfigurations[0].properties.privateIPAllocationMethod = "Dynamic";
  Object.assign(withDefaults.properties.backendHttpSettingsCollection[0].properties, {
    cookieBasedAffinity: "Disabled",
    pickHostNameFromBackendAddress: false,
    requestTimeout: 20,
  });
  expect(gatewayPlan(withDefaults).map((c) => c.path)).toEqual(["ssl_certificate[sslCert].data", "ssl_certificate[sslCert].password"]);
});

test("the public IP's first plan has no change (Standard, Static, as the template made it)", () => {
  const model = RESOURCES.azurerm_public_ip;
  expect(diffResource(model.schema, resolvedConfig(resolver, "azurerm_public_ip", publicIpName), model.read(SEED_PUBLIC_IP_CONFIG, { address: "seed" }))).toEqual([]);
});

test("the passthrough patch has no import (azapi_update_resource has no ImportState); creating it re-sends the mode the gateway has", () => {
  const [[, raw]] = resourcesOf(stack, "azapi_update_resource");
  const patch = resolver.resolve(raw) as unknown as UpdateResourceConfig;
  expect(patch.resource_id).toBe(SEED_GATEWAY_ID);
  const after = armGet(armPut(SEED_GATEWAY_ID, azapiUpdatePut(patch, existing), "2025-03-01", armPutOfExisting()));
  expect(semanticallyEqual(after, existing)).toBe(true);
});

/** ARM's stored gateway behind `existing` (the patch's PUT keeps the certificate by name). */
const armPutOfExisting = () => armPut(SEED_GATEWAY_ID, seedGatewayPut(), "2025-03-01");

test("the converter's report lists what the single-resource body would add to the template's gateway; the code keeps the seed's values", () => {
  expect(result.notExpressed).toEqual([
    'properties.frontendIPConfigurations.appGatewayFrontendIP.properties.privateIPAllocationMethod: existing (none), generated "Dynamic"',
    'properties.backendHttpSettingsCollection.settings2.properties.cookieBasedAffinity: existing (none), generated "Disabled"',
    "properties.backendHttpSettingsCollection.settings2.properties.dedicatedBackendConnection: existing (none), generated false",
    'properties.backendHttpSettingsCollection.settings2.properties.path: existing (none), generated ""',
    "properties.backendHttpSettingsCollection.settings2.properties.pickHostNameFromBackendAddress: existing (none), generated false",
    "properties.backendHttpSettingsCollection.settings2.properties.requestTimeout: existing (none), generated 30",
    "properties.httpListeners.listener2.properties.requireServerNameIndication: existing (none), generated false",
    "properties.enableHttp2: existing (none), generated false",
  ]);
  // The template's capacity (3, hardcoded in its resource) is what exists, and what the code says.
  expect(result.code).toContain(`capacity: GatewayCapacity.fixed(${SEED.gateway.sku.capacity})`);
  expect(result.code).toContain('addSslProfile("sslnotrustedcert", { clientAuthentication: ClientAuthentication.passthrough() })');
});
