// Adoption: `adopt` writes a Terraform import block for every resource a construct would
// create, with the id azurerm's (or azapi's) importer parses, in both deployment modes.
import { App, TerraformStack } from "cdktf";
import { Adoption, GatewayDeployment, GatewayIdentity, GatewayNetwork, GatewaySku, WafPolicy } from "../../lib";
import { MtlsPassthroughStack } from "../../main";
import { passthroughGateway, synthJson, testStack } from "../support/stack";

const SUB = "11111111-2222-4333-8444-555555555555";
/** `{ address: id }` of the stack's import blocks (cdktf writes them under each resource's `import`). */
function imports(json: any): { [address: string]: string } {
  const out: { [address: string]: string } = {};
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    for (const [name, config] of Object.entries(byName as any)) {
      const blocks = json.import ?? [];
      for (const b of blocks) if (b.to === `${type}.${name}`) out[b.to] = b.id;
      void config;
    }
  }
  return out;
}
const rg = "/resourceGroups/rg/providers";

describe("MtlsApplicationGateway({ adopt })", () => {
  test("azurerm mode: the gateway, its public IP and created identity import by their ARM ids; the passthrough patch has none", () => {
    const stack = testStack();
    passthroughGateway(stack, { adopt: Adoption.inSubscription(SUB), identity: GatewayIdentity.create("agw-id") });
    const json = synthJson(stack);
    const ids = Object.values(imports(json)).sort();
    expect(ids).toEqual(
      [
        `/subscriptions/${SUB}${rg}/Microsoft.ManagedIdentity/userAssignedIdentities/agw-id`,
        `/subscriptions/${SUB}${rg}/Microsoft.Network/applicationGateways/agw`,
        `/subscriptions/${SUB}${rg}/Microsoft.Network/publicIPAddresses/agw-pip`,
      ].sort(),
    );
    expect(json.import.map((b: any) => b.to.split(".")[0]).sort()).toEqual(["azurerm_application_gateway", "azurerm_public_ip", "azurerm_user_assigned_identity"]);
    expect(Object.keys(json.resource.azapi_update_resource)).toHaveLength(1);
  });

  test("single azapi_resource mode: the gateway imports through azapi, at the body's API version", () => {
    const stack = testStack();
    passthroughGateway(stack, { adopt: Adoption.inSubscription(SUB), deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE });
    const json = synthJson(stack);
    const gateway = json.import.find((b: any) => b.to.startsWith("azapi_resource."));
    expect(gateway.id).toBe(`/subscriptions/${SUB}${rg}/Microsoft.Network/applicationGateways/agw?api-version=2025-03-01`);
    // No provider named: Terraform takes the one of the resource type (azapi), or the alias given as azapiProvider.
    expect(gateway.provider).toBeUndefined();
  });

  test("the provider's subscription: one azurerm_client_config data source for the whole stack", () => {
    const stack = testStack();
    const adopt = Adoption.inProviderSubscription();
    new GatewayNetwork(stack, "Network", { name: "vnet", resourceGroupName: "rg", location: "westus", adopt });
    passthroughGateway(stack, { adopt, sku: GatewaySku.WAF_V2 });
    const json = synthJson(stack);
    expect(Object.keys(json.data.azurerm_client_config)).toHaveLength(1);
    const sub = "${data.azurerm_client_config.AdoptionClientConfig.subscription_id}";
    expect(Object.values(imports(json)).sort()).toEqual(
      [
        `/subscriptions/${sub}${rg}/Microsoft.Network/virtualNetworks/vnet`,
        `/subscriptions/${sub}${rg}/Microsoft.Network/virtualNetworks/vnet/subnets/appgwsubnet`,
        `/subscriptions/${sub}${rg}/Microsoft.Network/virtualNetworks/vnet/subnets/backendSubnet`,
        `/subscriptions/${sub}${rg}/Microsoft.Network/applicationGateways/agw`,
        `/subscriptions/${sub}${rg}/Microsoft.Network/publicIPAddresses/agw-pip`,
        `/subscriptions/${sub}${rg}/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/agw-waf`,
      ].sort(),
    );
  });

  test("diagnostic settings and the lock import by `<target>|<name>` and `<scope>/providers/Microsoft.Authorization/locks/<name>`", () => {
    const stack = testStack();
    passthroughGateway(stack, {
      adopt: Adoption.inSubscription(SUB),
      logAnalyticsWorkspaceId: `/subscriptions/${SUB}/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/logs-w`,
      publicIpDiagnostics: true,
      deletionLock: true,
    });
    const gw = `/subscriptions/${SUB}${rg}/Microsoft.Network/applicationGateways/agw`;
    expect(Object.values(imports(synthJson(stack)))).toEqual(
      expect.arrayContaining([
        `${gw}|agw-diagnostics`,
        `/subscriptions/${SUB}${rg}/Microsoft.Network/publicIPAddresses/agw-pip|agw-pip-diagnostics`,
        `${gw}/providers/Microsoft.Authorization/locks/agw-delete-lock`,
      ]),
    );
  });

  test("a WafPolicy of its own adopts too; without adopt nothing is imported", () => {
    const stack = testStack();
    new WafPolicy(stack, "Waf", { name: "waf", resourceGroupName: "rg", location: "westus", adopt: Adoption.inSubscription(SUB) });
    passthroughGateway(stack);
    expect(synthJson(stack).import).toEqual([
      { to: expect.stringMatching(/^azurerm_web_application_firewall_policy\./), id: `/subscriptions/${SUB}${rg}/Microsoft.Network/applicationGatewayWebApplicationFirewallPolicies/waf` },
    ]);
  });

  test("a subscription id that is no GUID fails where it is used, naming the construct and the rule", () => {
    const stack = testStack();
    expect(() => passthroughGateway(stack, { adopt: Adoption.inSubscription("my-subscription") })).toThrow(
      /Gateway: adopt.subscriptionId = "my-subscription" is not allowed: a subscription id: a GUID .*\[AGW-SUBSCRIPTION-ID\]/,
    );
  });
});

test("the quickstart stack without adopt has no import block (existing stacks are unchanged)", () => {
  const app = new App();
  const json = synthJson(new MtlsPassthroughStack(app, "q") as TerraformStack);
  expect(json.import).toBeUndefined();
});
