// Cross-part rules on what a deployment mode can write: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { Finding, GatewayRule, GatewayView } from "../view";
import { finding } from "./finding";

/**
 * A setting that only some deployment modes (or azurerm versions) can write: one entry per
 * capability, so the rule's allowed text, its source and its check stay together.
 */
interface ModeLimitedSetting {
  /** What may be set, and in which mode or version. */
  readonly allowed: string;
  readonly source: string;
  /** Where the gateway sets it although its mode cannot write it. */
  readonly refusals: (gw: GatewayView) => Finding[];
}

const MODE_LIMITED_SETTINGS: ModeLimitedSetting[] = [
  {
    allowed:
      "Microsoft Entra ID JWT validation only with deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE (ARM 2025-03-01), since no azurerm release (4.55, nor 4.73 of the cdktn flavour) has an argument for it",
    source:
      "ARM spec 2025-03-01 ApplicationGatewayPropertiesFormat.entraJWTValidationConfigs and ApplicationGatewayRequestRoutingRulePropertiesFormat.entraJWTValidationConfig; azurerm v4.55.0 and v4.73.0 application_gateway_resource.go (no such argument)",
    refusals: (gw) =>
      gw.renderedByAzurerm
        ? [...gw.routingRules, ...gw.pathBasedRoutingRules]
            .filter((r) => r.jwtValidation !== undefined)
            .map((r) => finding(DEPLOYMENT_MODE, r, "jwtValidation", r.jwtValidation!.name, "azurerm, the default deployment, cannot write it"))
        : [],
  },
  {
    allowed:
      "TCP/TLS listeners, layer-4 routing rules and layer-4 backend settings with azurerm ≥ 4.67 (the cdktn flavour's 4.73) or with deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE (ARM 2025-03-01); the cdktf flavour's azurerm 4.55 has no argument for them",
    source:
      "ARM spec 2025-03-01 ApplicationGatewayPropertiesFormat.listeners, routingRules, backendSettingsCollection; azurerm v4.67.0 application_gateway_resource.go added the listener, routing_rule and backend blocks (absent in v4.55.0)",
    refusals: (gw) =>
      gw.renderedByAzurerm && !gw.azurermHasLayer4Blocks
        ? [...gw.layer4Listeners, ...gw.layer4BackendSettings, ...gw.layer4RoutingRules].map((p) =>
            finding(DEPLOYMENT_MODE, p, "name", p.name, "a layer-4 part: azurerm 4.55, the default deployment of the cdktf flavour, cannot write it"),
          )
        : [],
  },
  {
    allowed:
      "load distribution policies only with deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE (ARM 2025-03-01), since no azurerm release (4.55, nor 4.73 of the cdktn flavour) has an argument for them",
    source:
      "ARM spec 2025-03-01 ApplicationGatewayPropertiesFormat.loadDistributionPolicies, ApplicationGatewayRequestRoutingRulePropertiesFormat.loadDistributionPolicy; azurerm v4.55.0 and v4.73.0 application_gateway_resource.go (no such argument)",
    refusals: (gw) =>
      gw.renderedByAzurerm
        ? gw.loadDistributionPolicies.map((p) => finding(DEPLOYMENT_MODE, p, "name", p.name, "a load distribution policy: azurerm, the default deployment, cannot write it"))
        : [],
  },
];

export const DEPLOYMENT_MODE = defineRule({
  id: RuleId.DEPLOYMENT_MODE,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: `settings the deployment mode can write: ${MODE_LIMITED_SETTINGS.map((s) => s.allowed).join("; ")}`,
  source: MODE_LIMITED_SETTINGS.map((s) => s.source).join("; "),
});

/** A setting the chosen mode cannot write is refused, never dropped. */
export const modeCanWriteEverything: GatewayRule = (gw) => MODE_LIMITED_SETTINGS.flatMap((s) => s.refusals(gw));

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_DEPLOYMENT_RULES: RuleInfo[] = [DEPLOYMENT_MODE];
