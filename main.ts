// Microsoft's quickstart "Deploy an Azure Application Gateway with mTLS
// passthrough listener" (values in __tests__/fixtures/seed.ts) as a cdktf app. Every value of
// the seed's template and parameter file is the default here; the resource group
// and location are inputs, as the seed deploys into an existing group.
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { App, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import {
  AzapiProvider,
  BackendProtocol,
  ClientAuthentication,
  GatewayCapacity,
  GatewayDeployment,
  GatewayNetwork,
  GatewaySku,
  ListenerCertificate,
  MtlsApplicationGateway,
  PredefinedSslPolicy,
  RuleId,
  SslPolicy,
} from "./lib";

/** The seed's deployment parameters (deploymentParameters.json and the template's variables). */
export interface SeedParameters {
  readonly addressPrefix: string;
  readonly subnetPrefix: string;
  readonly backendSubnetPrefix: string;
  readonly skuName: GatewaySku;
  readonly capacity: number;
  readonly frontendPort: number;
  readonly backendFqdn: string;
  readonly rulePriority: number;
}

export const SEED_PARAMETERS: SeedParameters = {
  addressPrefix: "10.0.0.0/16",
  subnetPrefix: "10.0.0.0/24",
  backendSubnetPrefix: "10.0.2.0/24",
  skuName: GatewaySku.STANDARD_V2,
  // The parameter file says 2; the template's resource hardcodes 3. We follow the parameter.
  capacity: 2,
  frontendPort: 444,
  backendFqdn: "headerappgw-hsa5gjh8fpfebcfd.westus-01.azurewebsites.net",
  rulePriority: 2000,
};

/** The seed's inputs: where to deploy, and the listener certificate (sensitive expressions). */
export interface SeedInputs {
  readonly resourceGroupName: string;
  readonly location: string;
  readonly certData: string;
  readonly certPassword: string;
  /** How the gateway is written to Azure (default: azurerm and the passthrough patch). */
  readonly deployment?: GatewayDeployment;
  /** Set for the one deploy that moves an existing gateway between deployment modes. */
  readonly movedFrom?: GatewayDeployment;
}

/** Azure names of the seed's VNet, public IP and gateway (the template's variables). */
export interface SeedNames {
  readonly vnet: string;
  readonly publicIp: string;
  readonly gateway: string;
}

export const SEED_NAMES: SeedNames = { vnet: "mtlsVnet", publicIp: "mtlsPip", gateway: "mtlsAppGw" };

/**
 * The seed's network and gateway, added to a scope. `idSuffix` and `names` let
 * several of them share one stack (the benchmark does).
 */
export function addSeedGateway(
  scope: Construct,
  inputs: SeedInputs,
  seed: SeedParameters = SEED_PARAMETERS,
  idSuffix = "",
  names: SeedNames = SEED_NAMES,
): MtlsApplicationGateway {
  const network = new GatewayNetwork(scope, `Network${idSuffix}`, {
    name: names.vnet,
    resourceGroupName: inputs.resourceGroupName,
    location: inputs.location,
    addressSpace: [seed.addressPrefix],
    gatewaySubnetName: "appgwsubnet",
    gatewaySubnetPrefix: seed.subnetPrefix,
    backendSubnetName: "backendSubnet",
    backendSubnetPrefix: seed.backendSubnetPrefix,
  });

  const gateway = new MtlsApplicationGateway(scope, `Gateway${idSuffix}`, {
    name: names.gateway,
    resourceGroupName: inputs.resourceGroupName,
    location: inputs.location,
    subnet: network.gatewaySubnet,
    sku: seed.skuName,
    capacity: GatewayCapacity.fixed(seed.capacity),
    sslPolicy: SslPolicy.predefined(PredefinedSslPolicy.APPGW_SSL_POLICY_20220101),
    publicIpName: names.publicIp,
    gatewayIpConfigurationName: "appGatewayIpConfig",
    frontendIpConfigurationName: "appGatewayFrontendIP",
    deployment: inputs.deployment,
    movedFrom: inputs.movedFrom,
  });

  const profile = gateway.addSslProfile("sslnotrustedcert", {
    clientAuthentication: ClientAuthentication.passthrough(),
  });
  const listener = gateway.addHttpsListener("listener2", {
    port: seed.frontendPort,
    frontendPortName: "port2",
    certificate: ListenerCertificate.fromPfx("sslCert", { data: inputs.certData, password: inputs.certPassword }),
    sslProfile: profile,
  });
  const pool = gateway.addBackendPool("pool2", { fqdns: [seed.backendFqdn] });
  // The seed sets Http/80 and no host-name override. Its backend is an App
  // Service, which answers 404 without the override, so this keeps the
  // library's default for FQDN pools (pick the host name from the backend).
  const settings = gateway.addBackendSettings("settings2", { protocol: BackendProtocol.HTTP, port: 80 });
  gateway.addRoutingRule("rule2", {
    priority: seed.rulePriority,
    listener,
    backendPool: pool,
    backendSettings: settings,
  });
  gateway.acknowledge(
    RuleId.CERT_OVER_HTTP,
    "Microsoft's quickstart reaches its App Service backend over Http/80; the forwarded certificate is public data, but use Https backend settings in production",
  );

  return gateway;
}

export class MtlsPassthroughStack extends TerraformStack {
  public readonly gateway: MtlsApplicationGateway;

  constructor(scope: Construct, id: string, seed: SeedParameters = SEED_PARAMETERS, deployment?: GatewayDeployment, movedFrom?: GatewayDeployment) {
    super(scope, id);

    // State next to cdktf.json, written relative to the stack's working directory
    // (cdktf.out/stacks/<id>) so that the synthesized JSON is the same on every machine.
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    new AzurermProvider(this, "azurerm", { features: [{}] });
    new AzapiProvider(this, "azapi", {});

    const resourceGroupName = new TerraformVariable(this, "resource_group_name", {
      type: "string",
      description: "Existing resource group to deploy into",
    }).stringValue;
    const location = new TerraformVariable(this, "location", {
      type: "string",
      description: "Azure region of the resources, e.g. westus",
    }).stringValue;
    const certData = new TerraformVariable(this, "ssl_certificate_data", {
      type: "string",
      sensitive: true,
      description: "Base64-encoded PFX of the listener certificate",
    }).stringValue;
    const certPassword = new TerraformVariable(this, "ssl_certificate_password", {
      type: "string",
      sensitive: true,
      description: "Password of the PFX",
    }).stringValue;

    const gateway = addSeedGateway(this, { resourceGroupName, location, certData, certPassword, deployment, movedFrom }, seed);

    new TerraformOutput(this, "public_ip_address", {
      value: gateway.publicIp!.ipAddress,
      description: "Public IP address of the gateway frontend",
    });
    new TerraformOutput(this, "application_gateway_id", {
      value: gateway.gatewayId,
      description: "Resource id of the Application Gateway",
    });
    this.gateway = gateway;
  }
}

if (require.main === module) {
  const app = new App();
  new MtlsPassthroughStack(app, "mtls-passthrough");
  app.synth();
}
