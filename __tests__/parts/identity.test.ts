// GatewayIdentity: the user-assigned identity a Key Vault certificate needs, created or brought, and the
// role assignment on the vault the gateway waits for.
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { TerraformStack, TerraformVariable } from "cdktf";
import { GatewayIdentity, ListenerCertificate } from "../../lib";
import { bareGateway, completeRoute, IDENTITY_ID, passthroughGateway, onlyResource, synthJson, testStack } from "../support/stack";

describe("certificates from Key Vault", () => {
  const secretId = "https://edge-kv.vault.azure.net/secrets/edge-cert";
  const vaultId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/edge-kv";

  test("a created identity is attached to the gateway and granted Key Vault Secrets User on the vault", () => {
    const stack = testStack();
    const gw = bareGateway(stack, { identity: GatewayIdentity.create() });
    completeRoute(gw, gw.addHttpsListener("kv", { certificate: ListenerCertificate.fromKeyVaultSecret("edge", { secretId, keyVaultId: vaultId }) }));
    const json = synthJson(stack);
    const synth = JSON.stringify(json);
    expect(synth).toHaveResourceWithProperties(UserAssignedIdentity, { name: "agw-identity", resource_group_name: "rg" });
    const identity = onlyResource(json, "azurerm_user_assigned_identity");
    const c = onlyResource(json, "azurerm_application_gateway").config;
    expect(c.identity).toEqual({ type: "UserAssigned", identity_ids: [`\${${identity.address}.id}`] });
    expect(c.ssl_certificate).toEqual([{ name: "edge", key_vault_secret_id: secretId }]);
    expect(synth).toHaveResourceWithProperties(RoleAssignment, {
      scope: vaultId,
      role_definition_name: "Key Vault Secrets User",
      principal_id: `\${${identity.address}.principal_id}`,
    });
  });

  test("an identity passed in is used as is; without a principal id no role is assigned", () => {
    const stack = testStack();
    const id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/agw";
    const gw = bareGateway(stack, { identity: GatewayIdentity.fromUserAssignedIdentity(id) });
    completeRoute(gw, gw.addHttpsListener("kv", { certificate: ListenerCertificate.fromKeyVaultSecret("edge", { secretId, keyVaultId: vaultId }) }));
    const json = synthJson(stack);
    expect(onlyResource(json, "azurerm_application_gateway").config.identity).toEqual({ type: "UserAssigned", identity_ids: [id] });
    expect(json.resource.azurerm_user_assigned_identity).toBeUndefined();
    expect(json.resource.azurerm_role_assignment).toBeUndefined();
    expect(gw.identityId).toBe(id);
  });
});

describe("Key Vault certificates: the gateway waits for its permission", () => {
  const kvGateway = (stack: TerraformStack, name: string) => {
    const gw = bareGateway(stack, { identity: GatewayIdentity.create() });
    const certificate = ListenerCertificate.fromKeyVaultSecret(name, {
      secretId: "https://edge-kv.vault.azure.net/secrets/edge",
      keyVaultId: "${var.key_vault_id}",
    });
    completeRoute(gw, gw.addHttpsListener("https", { certificate }));
    return gw;
  };

  test("the gateway depends_on the role assignment that lets its identity read the vault", () => {
    const stack = testStack();
    kvGateway(stack, "edge");
    const json = synthJson(stack);
    const role = onlyResource(json, "azurerm_role_assignment");
    expect(onlyResource(json, "azurerm_application_gateway").config.depends_on).toEqual([role.address]);
  });

  test("a certificate name that is a Terraform expression does not become a construct id", () => {
    const stack = testStack();
    kvGateway(stack, new TerraformVariable(stack, "cert_name", { type: "string" }).stringValue);
    const json = synthJson(stack);
    expect(onlyResource(json, "azurerm_role_assignment").address).toMatch(/^azurerm_role_assignment\.Gateway_KeyVaultAccess1_/);
  });
});

describe("an identity you bring, with a principal id that is not an object id", () => {
  test("throws where it is given: the Key Vault role assignment would fail with InvalidPrincipalId", () => {
    const stack = testStack();
    expect(() => passthroughGateway(stack, { identity: GatewayIdentity.fromUserAssignedIdentity(IDENTITY_ID, "agw-identity") })).toThrow(
      'test/Gateway: identity.principalId = "agw-identity" is not allowed: a principal\'s object id (a GUID), and principalType User, Group or ServicePrincipal when given [AGW-PRINCIPAL]',
    );
  });
});
