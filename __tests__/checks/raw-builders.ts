// Gateways the library did not build, for the policy pack's tests: one small description of a
// gateway (the seed quickstart's, by default) written either as a raw `azurerm_application_gateway`
// (with an `azapi_update_resource` patch for passthrough profiles, as azurerm cannot say
// passthrough) or as one raw `azapi_resource` with the ARM body, and what the pack reports for it.
import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, Aspects, TerraformResource, TerraformStack, TerraformVariable } from "cdktf";
import { Resource } from "../../.gen/providers/azapi/resource";
import { UpdateResource } from "../../.gen/providers/azapi/update-resource";
import { GatewayCheckFinding, GatewayChecks, GatewayChecksProps } from "../../lib";
import { SUBNET_ID, testStack } from "../support/stack";
import { runChecks } from "./twins";

export const GATEWAY_TYPE = "Microsoft.Network/applicationGateways@2025-03-01";
export const RG_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-mtls";
export const PUBLIC_IP_ID = `${RG_ID}/providers/Microsoft.Network/publicIPAddresses/mtlsPip`;
/** The id ARM gives the gateway's child `<collection>/<name>` (AVM and ARM templates reference children by id). */
export const childId = (collection: string, name: string) => `${RG_ID}/providers/Microsoft.Network/applicationGateways/mtlsAppGw/${collection}/${name}`;

export interface RawListener {
  readonly name: string;
  /** A multi-site listener's host name; none: a basic listener, which answers every host. */
  readonly hostName?: string;
  readonly sslProfile?: string;
}
export interface RawRule {
  readonly name: string;
  readonly listener: string;
  readonly priority: number;
  readonly rewriteRuleSet?: string;
}
export interface RawHeader {
  readonly headerName: string;
  readonly headerValue: string;
}
export interface RawRewriteSet {
  readonly name: string;
  readonly ruleName: string;
  readonly headers: RawHeader[];
}
export interface RawSslPolicy {
  readonly policyType: string;
  readonly policyName?: string;
  readonly minProtocolVersion?: string;
}

/** What the tests vary of a gateway; the rest is the seed's (one public frontend, port 444, one pool and settings). */
export interface RawSpec {
  readonly sslPolicy: RawSslPolicy;
  /** SSL profiles by name, and whether each is passthrough (else no client authentication). */
  readonly profiles: { readonly name: string; readonly passthrough: boolean }[];
  readonly listeners: RawListener[];
  readonly rules: RawRule[];
  readonly rewriteSets: RawRewriteSet[];
}

/** The seed quickstart's gateway: a passthrough profile on an HTTPS listener on port 444, one rule to an App Service. */
export const SEED: RawSpec = {
  sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20220101" },
  profiles: [{ name: "sslnotrustedcert", passthrough: true }],
  listeners: [{ name: "listener2", sslProfile: "sslnotrustedcert" }],
  rules: [{ name: "rule2", listener: "listener2", priority: 2000 }],
  rewriteSets: [],
};

/** The library's own certificate-header sets, by the names the pack recognizes them by (lib/options/client-certificate-headers.ts). */
export const LIBRARY_FORWARD: RawRewriteSet = {
  name: "mtls-forward-client-cert",
  ruleName: "forward-client-cert",
  headers: [{ headerName: "X-Client-Cert", headerValue: "{var_client_certificate}" }],
};
export const LIBRARY_STRIP: RawRewriteSet = { name: "mtls-strip-client-cert", ruleName: "strip-client-cert", headers: [{ headerName: "X-Client-Cert", headerValue: "" }] };

/** The seed's gateway forwarding the client certificate with the library's set: a passthrough gateway without a finding. */
export const SEED_FORWARDING: RawSpec = { ...SEED, rules: [{ ...SEED.rules[0], rewriteRuleSet: LIBRARY_FORWARD.name }], rewriteSets: [LIBRARY_FORWARD] };

/** SEED_FORWARDING with a catch-all (basic) listener on the same port, its rule deleting the certificate headers, tried at `priority`; the mTLS listener named `host`. */
export const withCatchAll = (priority: number, host: string): RawSpec => ({
  ...SEED_FORWARDING,
  listeners: [{ name: "catchall" }, { ...SEED.listeners[0], hostName: host }],
  rules: [{ name: "catchall", listener: "catchall", priority, rewriteRuleSet: LIBRARY_STRIP.name }, SEED_FORWARDING.rules[0]],
  rewriteSets: [LIBRARY_FORWARD, LIBRARY_STRIP],
});

export type Kind = "azurerm" | "azapi";
export const KINDS: Kind[] = ["azurerm", "azapi"];

/** The stack's sensitive certificate inputs, as Terraform expressions. */
function certificateInputs(stack: TerraformStack) {
  return {
    data: new TerraformVariable(stack, "cert_data", { sensitive: true }).stringValue,
    password: new TerraformVariable(stack, "cert_password", { sensitive: true }).stringValue,
  };
}

/** The gateway as a raw azurerm_application_gateway, its passthrough profiles set by an azapi_update_resource patch. */
export function azurermGateway(stack: TerraformStack, spec: RawSpec, id = "Raw"): TerraformResource {
  const cert = certificateInputs(stack);
  const gateway = new ApplicationGateway(stack, id, {
    name: "mtlsAppGw",
    resourceGroupName: "rg-mtls",
    location: "westus",
    sku: { name: "Standard_v2", tier: "Standard_v2", capacity: 2 },
    gatewayIpConfiguration: [{ name: "appGatewayIpConfig", subnetId: SUBNET_ID }],
    frontendIpConfiguration: [{ name: "appGatewayFrontendIP", publicIpAddressId: PUBLIC_IP_ID }],
    frontendPort: [{ name: "port2", port: 444 }],
    sslCertificate: [{ name: "sslCert", data: cert.data, password: cert.password }],
    sslPolicy: spec.sslPolicy,
    sslProfile: spec.profiles.map((p) => ({ name: p.name })),
    httpListener: spec.listeners.map((l) => ({
      name: l.name,
      frontendIpConfigurationName: "appGatewayFrontendIP",
      frontendPortName: "port2",
      protocol: "Https",
      sslCertificateName: "sslCert",
      sslProfileName: l.sslProfile,
      hostName: l.hostName,
    })),
    backendAddressPool: [{ name: "pool2", fqdns: ["headerappgw.azurewebsites.net"] }],
    backendHttpSettings: [{ name: "settings2", port: 443, protocol: "Https", cookieBasedAffinity: "Disabled", pickHostNameFromBackendAddress: true }],
    rewriteRuleSet: spec.rewriteSets.length === 0 ? undefined : spec.rewriteSets.map((s) => ({
      name: s.name,
      rewriteRule: [{ name: s.ruleName, ruleSequence: 100, requestHeaderConfiguration: s.headers }],
    })),
    requestRoutingRule: spec.rules.map((r) => ({
      name: r.name,
      ruleType: "Basic",
      priority: r.priority,
      httpListenerName: r.listener,
      backendAddressPoolName: "pool2",
      backendHttpSettingsName: "settings2",
      rewriteRuleSetName: r.rewriteRuleSet,
    })),
  });
  const passthrough = spec.profiles.filter((p) => p.passthrough);
  if (passthrough.length > 0) {
    new UpdateResource(stack, `${id}Passthrough`, {
      type: GATEWAY_TYPE,
      resourceId: gateway.id,
      body: { properties: { sslProfiles: passthrough.map((p) => ({ name: p.name, properties: { clientAuthConfiguration: { verifyClientAuthMode: "Passthrough" } } })) } },
    });
  }
  return gateway;
}

/** The ARM body of the gateway (what an azapi_resource PUTs), its children referenced by id. */
export function armBody(spec: RawSpec, cert: { data: string; password: string }): { [key: string]: unknown } {
  const ref = (collection: string, name: string | undefined) => (name === undefined ? undefined : { id: childId(collection, name) });
  return {
    properties: {
      sku: { name: "Standard_v2", tier: "Standard_v2", capacity: 2 },
      sslCertificates: [{ name: "sslCert", properties: { data: cert.data, password: cert.password } }],
      sslPolicy: spec.sslPolicy,
      sslProfiles: spec.profiles.map((p) => ({
        name: p.name,
        properties: { clientAuthConfiguration: p.passthrough ? { verifyClientCertIssuerDN: false, verifyClientRevocation: "None", verifyClientAuthMode: "Passthrough" } : {} },
      })),
      gatewayIPConfigurations: [{ name: "appGatewayIpConfig", properties: { subnet: { id: SUBNET_ID } } }],
      frontendIPConfigurations: [{ name: "appGatewayFrontendIP", properties: { publicIPAddress: { id: PUBLIC_IP_ID } } }],
      frontendPorts: [{ name: "port2", properties: { port: 444 } }],
      backendAddressPools: [{ name: "pool2", properties: { backendAddresses: [{ fqdn: "headerappgw.azurewebsites.net" }] } }],
      backendHttpSettingsCollection: [{ name: "settings2", properties: { port: 443, protocol: "Https", pickHostNameFromBackendAddress: true } }],
      httpListeners: spec.listeners.map((l) => ({
        name: l.name,
        properties: {
          frontendIPConfiguration: ref("frontendIPConfigurations", "appGatewayFrontendIP"),
          frontendPort: ref("frontendPorts", "port2"),
          protocol: "Https",
          sslCertificate: ref("sslCertificates", "sslCert"),
          sslProfile: ref("sslProfiles", l.sslProfile),
          hostName: l.hostName,
        },
      })),
      rewriteRuleSets: spec.rewriteSets.map((s) => ({
        name: s.name,
        properties: { rewriteRules: [{ name: s.ruleName, ruleSequence: 100, actionSet: { requestHeaderConfigurations: s.headers } }] },
      })),
      requestRoutingRules: spec.rules.map((r) => ({
        name: r.name,
        properties: {
          ruleType: "Basic",
          priority: r.priority,
          httpListener: ref("httpListeners", r.listener),
          backendAddressPool: ref("backendAddressPools", "pool2"),
          backendHttpSettings: ref("backendHttpSettingsCollection", "settings2"),
          rewriteRuleSet: ref("rewriteRuleSets", r.rewriteRuleSet),
        },
      })),
    },
  };
}

/** The gateway as one raw azapi_resource of type Microsoft.Network/applicationGateways@2025-03-01. */
export function azapiGateway(stack: TerraformStack, spec: RawSpec, id = "Raw"): TerraformResource {
  return new Resource(stack, id, {
    type: GATEWAY_TYPE,
    name: "mtlsAppGw",
    parentId: RG_ID,
    location: "westus",
    body: armBody(spec, certificateInputs(stack)),
  });
}

/** A stack with the gateway of that kind, the pack added to it with `Aspects.of(stack).add(...)`. */
export function checkedGateway(kind: Kind, spec: RawSpec, props: GatewayChecksProps = {}, stack: TerraformStack = testStack()) {
  const gateway = kind === "azurerm" ? azurermGateway(stack, spec) : azapiGateway(stack, spec);
  const checks = new GatewayChecks(props);
  Aspects.of(stack).add(checks);
  return { stack, gateway, checks };
}

/** What a synth reports: the validation errors (which fail it), the pack's findings, the warnings annotated on the gateway, and what it could not judge (info annotations). */
export interface Reported {
  readonly errors: string[];
  readonly findings: GatewayCheckFinding[];
  readonly warnings: string[];
  readonly notJudged: string[];
}

/** The stack's cdk.tf.json as `app.synth()` writes it (with the `"//"` metadata that Testing.synth leaves out). */
export function synthesizedFile(build: (stack: TerraformStack) => void): any {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "checks."));
  try {
    const app = new App({ outdir: dir });
    const stack = testStack(app);
    build(stack);
    app.synth();
    return JSON.parse(fs.readFileSync(path.join(dir, "stacks", stack.node.id, "cdk.tf.json"), "utf8"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function synthReports(checked: { stack: TerraformStack; gateway: TerraformResource; checks: GatewayChecks }): Reported {
  const errors = runChecks(checked.stack);
  const annotations = (type: RegExp) => checked.gateway.node.metadata.filter((m) => type.test(m.type)).map((m) => String(m.data));
  return { errors, findings: checked.checks.findings, warnings: annotations(/warn/i), notJudged: annotations(/info/i) };
}
