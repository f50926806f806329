// A gateway azurerm created (the mixed example, deployed by the provider model in the default
// deployment: azurerm's PUT, then the passthrough patch), adopted by a new app: the converter's
// code, synthesized in the default deployment, imports it; the first plan against the state an
// import reads (azurerm's Read of the GET, no prior state) replaces nothing and changes only the
// PFX, which no GET returns.
import { MixedMtlsStack } from "../../examples/mixed-strict-passthrough";
import { convertGateway } from "../../lib/adopt/convert";
import { CA_CER_BASE64 } from "../fixtures/ca-certificate";
import { runApp } from "../support/generated-app";
import { deployStack, MODEL_VARIABLES } from "../support/provider-model";
import { flattenGateway } from "../support/provider-model/azurerm-read";
import { gatewaySchema } from "../support/provider-model/azurerm-schema";
import { JsonObject } from "../support/provider-model/json";
import { diffResource } from "../support/provider-model/plan";
import { Resolver, resourcesOf } from "../support/provider-model/terraform";
import { synthJson, testApp } from "../support/stack";

const variables: { [name: string]: string } = { ...MODEL_VARIABLES, partner_ca_certificate: CA_CER_BASE64 };
const [deployed] = deployStack(synthJson(new MixedMtlsStack(testApp(), "mixed")), { variables });
const result = convertGateway(deployed.final, { source: "the mixed example, deployed by azurerm" });
const stack = synthJson(runApp(result.code, testApp(), "adopted"));
// The PFX the adopting app is given: the one the example deployed.
const resolver = new Resolver(stack, {
  ...variables,
  ssl_certificate_contoso_wildcard_data: variables.pfx_base64,
  ssl_certificate_contoso_wildcard_password: variables.pfx_password,
});

test("the converter reproduces the gateway azurerm and the patch left in Azure: nothing to report", () => {
  expect(result.notExpressed).toEqual([]);
});

test("the first plan imports the gateway and changes only the certificate's data and password (an import has no prior state to copy them from)", () => {
  const [[name]] = resourcesOf(stack, "azurerm_application_gateway");
  expect(resolver.resolve(stack.import)).toEqual(expect.arrayContaining([{ to: `azurerm_application_gateway.${name}`, id: deployed.gatewayId }]));
  const version = resolver.requiredVersion("azurerm");
  const config = resolver.resolve(resolver.resource("azurerm_application_gateway", name)) as JsonObject;
  const changes = diffResource(gatewaySchema(version), config, flattenGateway(deployed.final, {}, version));
  expect(changes.map((c) => [c.path, c.forceNew])).toEqual([
    ["ssl_certificate.0", false],
    ["ssl_certificate.~", false],
  ]);
  const [added, removed] = changes as { new?: any; old?: any }[];
  expect(Object.keys(added.new).sort()).toEqual(["data", "name", "password"]);
  expect(removed.old).toEqual(expect.objectContaining({ name: "contoso-wildcard", public_cert_data: expect.any(String) }));
  expect(removed.old.data).toBeUndefined();
});

test("with the prior state a Terraform that created it holds (data and password in state), the plan is empty: the certificate is the only difference", () => {
  const [[name]] = resourcesOf(stack, "azurerm_application_gateway");
  const version = resolver.requiredVersion("azurerm");
  const config = resolver.resolve(resolver.resource("azurerm_application_gateway", name)) as JsonObject;
  const prior = { ssl_certificate: (config.ssl_certificate as JsonObject[]).map((c) => ({ name: c.name, data: c.data, password: c.password })) };
  expect(diffResource(gatewaySchema(version), config, flattenGateway(deployed.final, prior, version))).toEqual([]);
});
