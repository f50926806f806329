// Cases of the rules lib/rules/values/roles.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import { GatewayRoleAssignmentProps } from "../../../lib";
import { passthroughGateway } from "../../support/stack";
import { Cases } from "../../support/rule-cases";

const PRINCIPAL_ID = "7f1c5e2a-4b3d-4c6e-9a8b-0d1e2f3a4b5c";
const READER_ID = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
const withRole = (props: Partial<GatewayRoleAssignmentProps>) => (s: TerraformStack) =>
  passthroughGateway(s).addRoleAssignment("ops", { principalId: PRINCIPAL_ID, ...props });

export const CASES: Cases = {
  "AGW-ROLE-DEFINITION": {
    bad: withRole({ roleDefinitionName: "Reader", roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${READER_ID}` }),
    good: [
      withRole({ roleDefinitionName: "Reader" }),
      withRole({ roleDefinitionId: `/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/${READER_ID}` }),
      withRole({ roleDefinitionId: `/providers/microsoft.authorization/roleDefinitions/${READER_ID.toUpperCase()}` }),
    ],
  },
  "AGW-PRINCIPAL": {
    bad: withRole({ principalId: "ops-team", roleDefinitionName: "Reader" }),
    good: [withRole({ roleDefinitionName: "Reader", principalType: "Group" }), withRole({ roleDefinitionName: "Reader", principalId: PRINCIPAL_ID.toUpperCase() })],
  },
};
