// The stacks the suite synthesizes whole (snapshots, both deployment modes, both flavours):
// main.ts's seed and the examples, by name, in either deployment mode.
import { TerraformStack } from "cdktf";
import { ApiPlatformStack } from "../../examples/api-platform";
import { KeyVaultWafStack } from "../../examples/keyvault-waf-redirect";
import { MixedMtlsStack } from "../../examples/mixed-strict-passthrough";
import { PrivateGatewayStack } from "../../examples/private-gateway";
import { DualStackStack } from "../../examples/dual-stack";
import { GatewayDeployment } from "../../lib";
import { MtlsPassthroughStack, SEED_PARAMETERS } from "../../main";
import { testApp } from "./stack";

export type BuildStack = (deployment?: GatewayDeployment) => TerraformStack;

export const STACKS: { readonly main: BuildStack; readonly [name: string]: BuildStack } = {
  main: (d) => new MtlsPassthroughStack(testApp(), "mtls-passthrough", SEED_PARAMETERS, d),
  "mixed-strict-passthrough": (d) => new MixedMtlsStack(testApp(), "mixed-mtls", d),
  "keyvault-waf-redirect": (d) => new KeyVaultWafStack(testApp(), "keyvault-waf", d),
  "api-platform": (d) => new ApiPlatformStack(testApp(), "api-platform", d),
  "private-gateway": (d) => new PrivateGatewayStack(testApp(), "private-gateway", d),
  "dual-stack": (d) => new DualStackStack(testApp(), "dual-stack", d),
};
