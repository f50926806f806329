// Cases of the rules lib/rules/values/jwt.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import { EntraJwtValidationProps, GatewayDeployment, JwtValidation } from "../../../lib";
import { bareGateway, CERT } from "../../support/stack";
import { Cases } from "../../support/rule-cases";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const CLIENT = "5a8d5b4e-1c2f-4e7a-9b3d-6f0e1a2b3c4d";

/** A single-resource gateway whose one routing rule validates tokens as given. */
export const withJwt = (props: Partial<EntraJwtValidationProps>, deployment = GatewayDeployment.SINGLE_AZAPI_RESOURCE) => (s: TerraformStack) => {
  const gw = bareGateway(s, { deployment });
  const listener = gw.addHttpsListener("l", { certificate: CERT });
  const pool = gw.addBackendPool("p", { fqdns: ["api.example.com"] });
  const settings = gw.addBackendSettings("s");
  const jwtValidation = JwtValidation.entraId({ name: "entra", tenantId: TENANT, clientId: CLIENT, ...props });
  gw.addRoutingRule("r", { priority: 1, listener, backendPool: pool, backendSettings: settings, jwtValidation });
};

export const CASES: Cases = {
  // Learn json-web-token-overview: the client id is a GUID; a tenant is a GUID or common/organizations/consumers; at most 5 audiences.
  "AGW-JWT-VALIDATION": {
    bad: withJwt({ clientId: "api://contoso-api" }),
    good: [
      withJwt({}),
      withJwt({ tenantId: "organizations" }),
      withJwt({ tenantId: "common", audiences: ["api://a", "api://b", "api://c", "api://d", "https://contoso.com/api"] }),
    ],
  },
};
