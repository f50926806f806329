import "cdktf/lib/testing/adapters/jest";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { App, Lazy, TerraformStack, Testing } from "cdktf";
import { AzapiProvider } from "../../.gen/providers/azapi/provider";
import {
  BackendProtocol,
  ClientAuthentication,
  GatewayNetwork,
  HttpsListener,
  ListenerCertificate,
  MtlsApplicationGateway,
  MtlsApplicationGatewayProps,
  RoutingRule,
} from "../../lib";
import { CA_CER_BASE64 } from "../fixtures/ca-certificate";

/** An app writing into this test file's temp folder. */
export function testApp(): App {
  return Testing.app({ outdir: (global as any).__TEST_OUTDIR__ });
}

/** A stack with both providers, as a user's stack would have. */
export function testStack(app: App = testApp()): TerraformStack {
  const stack = new TerraformStack(app, "test");
  new AzurermProvider(stack, "azurerm", { features: [{}] });
  new AzapiProvider(stack, "azapi", {});
  return stack;
}

// Well-formed literal ids, in the spelling azurerm checks at plan.
const RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shared/providers";
export const SUBNET_ID = `${RG}/Microsoft.Network/virtualNetworks/vnet/subnets/appgw`;
export const IDENTITY_ID = `${RG}/Microsoft.ManagedIdentity/userAssignedIdentities/agw-identity`;
export const WAF_POLICY_ID = `${RG}/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/shared-waf`;
export const WORKSPACE_ID = `${RG}/Microsoft.OperationalInsights/workspaces/logs`;
export const KEY_VAULT_ID = `${RG}/Microsoft.KeyVault/vaults/edge-kv`;

/** A Terraform expression, unknown at synth, as a sensitive TerraformVariable would give. */
export const expression = (text: string): string => Lazy.stringValue({ produce: () => text });

export const CERT = ListenerCertificate.fromPfx("cert", {
  data: expression("${var.cert_data}"),
  password: expression("${var.cert_password}"),
});

/** A gateway on a new network, no parts yet. */
export function bareGateway(
  stack: TerraformStack,
  props: Partial<MtlsApplicationGatewayProps> = {},
  id = "Gateway",
): MtlsApplicationGateway {
  const subnet =
    props.subnet ??
    new GatewayNetwork(stack, `${id}Network`, { name: `${id}-vnet`, resourceGroupName: "rg", location: "westus" }).gatewaySubnet;
  return new MtlsApplicationGateway(stack, id, { name: "agw", resourceGroupName: "rg", location: "westus", ...props, subnet });
}

/** A complete passthrough gateway: profile, listener, pool, settings, rule. */
export function passthroughGateway(
  stack: TerraformStack,
  props: Partial<MtlsApplicationGatewayProps> = {},
  id = "Gateway",
): MtlsApplicationGateway {
  const gw = bareGateway(stack, props, id);
  const profile = gw.addSslProfile("mtls", { clientAuthentication: ClientAuthentication.passthrough() });
  completeRoute(gw, gw.addHttpsListener("https", { certificate: CERT, sslProfile: profile }));
  return gw;
}

/** A gateway with a passthrough listener, a strict one and a plain one. */
export function mixedGateway(stack: TerraformStack, props: Partial<MtlsApplicationGatewayProps> = {}): MtlsApplicationGateway {
  const gw = bareGateway(stack, props);
  const passthrough = gw.addSslProfile("passthrough", { clientAuthentication: ClientAuthentication.passthrough() });
  const strict = gw.addSslProfile("partners", {
    clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [{ name: "partner-ca", data: CA_CER_BASE64 }] }),
  });
  completeRoute(gw, gw.addHttpsListener("public-api", { certificate: CERT, sslProfile: passthrough, hostNames: ["api.contoso.com"] }), 10);
  completeRoute(gw, gw.addHttpsListener("partner-api", { certificate: CERT, sslProfile: strict, hostNames: ["partners.contoso.com"] }), 20);
  completeRoute(gw, gw.addHttpsListener("www", { certificate: CERT, hostNames: ["www.contoso.com"] }), 30);
  return gw;
}

/** Routes a listener to a new App Service pool over HTTPS. */
export function completeRoute(gw: MtlsApplicationGateway, listener: HttpsListener, priority = 100): RoutingRule {
  const pool = gw.addBackendPool(`${listener.name}-app`, { fqdns: ["app.azurewebsites.net"] });
  const settings = gw.addBackendSettings(`${listener.name}-https`, { protocol: BackendProtocol.HTTPS });
  return gw.addRoutingRule(`${listener.name}-route`, { priority, listener, backendPool: pool, backendSettings: settings });
}

/** The synthesized stack as an object. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack, true));
}

/** The one resource of a type (fails when there is not exactly one). */
export function onlyResource(json: any, type: string): { address: string; config: any } {
  const entries = Object.entries(json.resource?.[type] ?? {});
  if (entries.length !== 1) throw new Error(`expected exactly one ${type}, found ${entries.length}`);
  const [name, config] = entries[0];
  return { address: `${type}.${name}`, config };
}

/** The azurerm_application_gateway block of a stack with one gateway. */
export function gatewayConfig(stack: TerraformStack): any {
  return onlyResource(synthJson(stack), "azurerm_application_gateway").config;
}

/** The azurerm_application_gateway block of `passthroughGateway` with every default. */
export function defaultGatewayConfig(): any {
  const stack = testStack();
  passthroughGateway(stack);
  return gatewayConfig(stack);
}
