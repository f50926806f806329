// The stacks the suite synthesizes whole (snapshots, both deployment modes, both flavours):
// main.ts's seed and the examples, by name, in either deployment mode.
import { TerraformStack } from "cdktf";
import { ApiPlatformStack } from "../../examples/api-platform";
import { KeyVaultWafStack } from "../../examples/keyvault-waf-redirect";
import { MixedMtlsStack } from "../../examples/mixed-strict-passthrough";
import { TlsProxyStack } from "../../examples/tls-proxy";
import { PrivateGatewayStack } from "../../examples/private-gateway";
import { DualStackStack } from "../../examples/dual-stack";
import { EntraApiStack } from "../../examples/entra-api";
import { GatewayDeployment } from "../../lib";
import { MtlsPassthroughStack, SEED_PARAMETERS } from "../../main";
import { testApp } from "./stack";
import { AZURERM } from "./flavour";

export type BuildStack = (deployment?: GatewayDeployment) => TerraformStack;

export const STACKS: { readonly main: BuildStack; readonly [name: string]: BuildStack } = {
  main: (d) => new MtlsPassthroughStack(testApp(), "mtls-passthrough", SEED_PARAMETERS, d),
  "mixed-strict-passthrough": (d) => new MixedMtlsStack(testApp(), "mixed-mtls", d),
  "keyvault-waf-redirect": (d) => new KeyVaultWafStack(testApp(), "keyvault-waf", d),
  "api-platform": (d) => new ApiPlatformStack(testApp(), "api-platform", d),
  "tls-proxy": (d) => new TlsProxyStack(testApp(), "tls-proxy", d),
  "private-gateway": (d) => new PrivateGatewayStack(testApp(), "private-gateway", d),
  "dual-stack": (d) => new DualStackStack(testApp(), "dual-stack", d),
  // Its own default is the single resource; here, as for the others, no argument means the library's default deployment.
  "entra-api": (d) => new EntraApiStack(testApp(), "entra-api", d ?? GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH),
};

/**
 * Stacks with layer-4 (TCP/TLS proxy) parts: their default deployment needs azurerm ≥ 4.67, so
 * the cdktf flavour (azurerm 4.55) refuses it (AGW-DEPLOYMENT-MODE) and only the cdktn flavour
 * (4.73) renders it (AZURERM.layer4Blocks says which this flavour is).
 */
export const NEEDS_AZURERM_LAYER4: ReadonlySet<string> = new Set(["tls-proxy"]);

/**
 * Stacks only the single-resource deployment can write (Entra ID JWT validation, load distribution
 * policies): no azurerm release has an argument for them, so both flavours refuse their default
 * deployment (AGW-DEPLOYMENT-MODE).
 */
export const SINGLE_RESOURCE_ONLY: ReadonlySet<string> = new Set(["entra-api"]);

/** Whether this flavour refuses the stack's default deployment (azurerm and the passthrough patch). */
export const defaultDeploymentRefused = (name: string): boolean =>
  SINGLE_RESOURCE_ONLY.has(name) || (NEEDS_AZURERM_LAYER4.has(name) && !AZURERM.layer4Blocks);

/** Whether some flavour refuses it: then no snapshot of its default deployment is kept. */
export const defaultDeploymentRefusedSomewhere = (name: string): boolean => SINGLE_RESOURCE_ONLY.has(name) || NEEDS_AZURERM_LAYER4.has(name);
