// The seed's gateway (main.ts, SEED_PARAMETERS) as plain values, shared by both
// sides of the benchmark. No import of the library here: the hand-written side
// must not load it.
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { AzapiProvider } from "../.gen/providers/azapi/provider";

export const STACK_ID = "bench";

export const SEED = {
  addressPrefix: "10.0.0.0/16",
  gatewaySubnet: { name: "appgwsubnet", prefix: "10.0.0.0/24" },
  backendSubnet: { name: "backendSubnet", prefix: "10.0.2.0/24" },
  sku: "Standard_v2",
  capacity: 2,
  sslPolicy: "AppGwSslPolicy20220101",
  gatewayIpConfiguration: "appGatewayIpConfig",
  frontendIpConfiguration: "appGatewayFrontendIP",
  sslProfile: "sslnotrustedcert",
  listener: "listener2",
  frontendPort: { name: "port2", port: 444 },
  certificate: "sslCert",
  backendPool: { name: "pool2", fqdn: "headerappgw-hsa5gjh8fpfebcfd.westus-01.azurewebsites.net" },
  backendSettings: { name: "settings2", protocol: "Http", port: 80 },
  rule: { name: "rule2", priority: 2000 },
  // What the library adds to a passthrough route by default.
  forwardClientCert: { ruleSet: "mtls-forward-client-cert", rule: "forward-client-cert", header: "X-Client-Cert" },
  patchType: "Microsoft.Network/applicationGateways@2025-03-01",
};

/** One HTTPS route of a gateway: listener, backend pool, backend settings and the rule that binds them. */
export interface Route {
  readonly listener: string;
  readonly port: { readonly name: string; readonly port: number };
  readonly hostNames?: string[];
  /** A passthrough SSL profile: the route then forwards the client certificate to the backend. */
  readonly profile?: string;
  readonly pool: { readonly name: string; readonly fqdn: string };
  readonly settings: { readonly name: string; readonly protocol: string; readonly port: number };
  readonly rule: { readonly name: string; readonly priority: number };
}

/** The parts of one gateway as plain values; all listeners share one certificate. */
export interface GatewayParts {
  readonly certificate: string;
  readonly routes: Route[];
}

/** The seed's one route. */
export const SEED_PARTS: GatewayParts = {
  certificate: SEED.certificate,
  routes: [
    {
      listener: SEED.listener,
      port: SEED.frontendPort,
      profile: SEED.sslProfile,
      pool: SEED.backendPool,
      settings: SEED.backendSettings,
      rule: SEED.rule,
    },
  ],
};

/** The big gateway: 100 routes (listener, pool, settings, rule) on port 443 told apart by host name; 50 passthrough profiles. */
export const BIG = { routes: 100, profiles: 50 };

export const BIG_PARTS: GatewayParts = {
  certificate: "sslCert",
  routes: Array.from({ length: BIG.routes }, (_, r) => ({
    listener: `listener${r}`,
    port: { name: "port-443", port: 443 },
    hostNames: [`app${r}.contoso.com`],
    profile: r < BIG.profiles ? `profile${r}` : undefined,
    pool: { name: `pool${r}`, fqdn: `app${r}.azurewebsites.net` },
    settings: { name: `settings${r}`, protocol: "Https", port: 443 },
    rule: { name: `rule${r}`, priority: 100 + r },
  })),
};

/** The distinct passthrough profiles of a gateway's routes, in order. */
export const profilesOf = (parts: GatewayParts): string[] => [
  ...new Set(parts.routes.flatMap((route) => (route.profile ? [route.profile] : []))),
];

/** Gateway 0 is main.ts's gateway (same construct ids and names); the others get a number. */
export const suffix = (i: number): string => (i === 0 ? "" : `${i}`);

/** Azure names of gateway i, unique per gateway. */
export function namesOf(i: number) {
  return { vnet: `mtlsVnet${suffix(i)}`, publicIp: `mtlsPip${suffix(i)}`, gateway: `mtlsAppGw${suffix(i)}` };
}

/** The stack's inputs, declared as main.ts declares them. */
export interface Inputs {
  readonly resourceGroupName: string;
  readonly location: string;
  readonly certData: string;
  readonly certPassword: string;
}

/** What a side hands back for the outputs main.ts declares. */
export interface GatewayOutputs {
  readonly publicIpAddress: string;
  readonly gatewayId: string;
}

/** Adds gateway i (network, public IP, gateway, passthrough patch) to the stack. */
export type AddGateway = (stack: TerraformStack, i: number, inputs: Inputs) => GatewayOutputs;

/** A stack with both providers, main.ts's variables, and n gateways added by one side. */
export function benchStack(app: App, n: number, addGateway: AddGateway): TerraformStack {
  const stack = new TerraformStack(app, STACK_ID);
  new AzurermProvider(stack, "azurerm", { features: [{}] });
  new AzapiProvider(stack, "azapi", {});
  const variable = (name: string, description: string, sensitive = false) =>
    new TerraformVariable(stack, name, { type: "string", description, sensitive: sensitive || undefined }).stringValue;
  const inputs: Inputs = {
    resourceGroupName: variable("resource_group_name", "Existing resource group to deploy into"),
    location: variable("location", "Azure region of the resources, e.g. westus"),
    certData: variable("ssl_certificate_data", "Base64-encoded PFX of the listener certificate", true),
    certPassword: variable("ssl_certificate_password", "Password of the PFX", true),
  };
  for (let i = 0; i < n; i++) {
    const outputs = addGateway(stack, i, inputs);
    new TerraformOutput(stack, `public_ip_address${suffix(i)}`, {
      value: outputs.publicIpAddress,
      description: "Public IP address of the gateway frontend",
    });
    new TerraformOutput(stack, `application_gateway_id${suffix(i)}`, {
      value: outputs.gatewayId,
      description: "Resource id of the Application Gateway",
    });
  }
  return stack;
}
