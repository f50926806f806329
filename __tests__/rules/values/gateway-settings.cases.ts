// Cases of the rules lib/rules/values/gateway-settings.ts defines: each fires on its bad case and is silent on its good ones.
import { GatewayDeployment } from "../../../lib";
import { WORKSPACE_ID } from "../../support/stack";
import { Cases, sub } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-DIAGNOSTICS-WORKSPACE": {
    bad: sub("10.0.0.0/24", { publicIpDiagnostics: true }),
    good: [sub("10.0.0.0/24", { publicIpDiagnostics: true, logAnalyticsWorkspaceId: WORKSPACE_ID })],
  },
  "AGW-MOVED-FROM": {
    bad: sub("10.0.0.0/24", { movedFrom: GatewayDeployment.SINGLE_AZAPI_RESOURCE }),
    good: [sub("10.0.0.0/24", { deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE, movedFrom: GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH })],
  },
};
