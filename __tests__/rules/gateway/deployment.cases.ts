// Cases of the rules lib/rules/gateway/deployment.ts defines: each fires on its bad case and is silent on its good ones.
import { GatewayDeployment } from "../../../lib";
import { Cases } from "../../support/rule-cases";
import { withJwt } from "../values/jwt.cases";

export const CASES: Cases = {
  "AGW-DEPLOYMENT-MODE": {
    bad: withJwt({}, GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH),
    good: [withJwt({}, GatewayDeployment.SINGLE_AZAPI_RESOURCE)],
  },
};
