// Cases of the rules lib/rules/values/resource-ids.ts defines: each fires on its bad case and is silent on its good ones.
import { Adoption, FrontendPublicIp, GatewayIdentity, GatewaySku, GatewaySubnet, ListenerCertificate } from "../../../lib";
import {
  IDENTITY_ID,
  KEY_VAULT_ID,
  passthroughGateway,
  SUBNET_ID,
  WAF_POLICY_ID,
  WORKSPACE_ID,
} from "../../support/stack";
import { Cases, sub, withListener } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-SUBSCRIPTION-ID": {
    bad: sub("10.0.0.0/24", { adopt: Adoption.inSubscription("00000000-0000-0000-0000-00000000000") }),
    good: [sub("10.0.0.0/24", { adopt: Adoption.inSubscription("00000000-0000-0000-0000-000000000000") }), sub("10.0.0.0/24", { adopt: Adoption.inProviderSubscription() })],
  },
  "AGW-SUBNET-ID": {
    bad: (s) => passthroughGateway(s, { subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID.replace("resourceGroups", "resourcegroups") }) }),
    good: [(s) => passthroughGateway(s, { subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID }) })],
  },
  "AGW-IDENTITY-ID": {
    bad: sub("10.0.0.0/24", { identity: GatewayIdentity.fromUserAssignedIdentity(IDENTITY_ID.replace("userAssignedIdentities", "identities")) }),
    good: [sub("10.0.0.0/24", { identity: GatewayIdentity.fromUserAssignedIdentity(IDENTITY_ID) })],
  },
  "AGW-WAF-POLICY-ID": {
    bad: sub("10.0.0.0/24", { sku: GatewaySku.WAF_V2, firewallPolicyId: WAF_POLICY_ID.replace("/applicationGateway", "/ApplicationGateway") }),
    good: [sub("10.0.0.0/24", { sku: GatewaySku.WAF_V2, firewallPolicyId: WAF_POLICY_ID })],
  },
  "AGW-WORKSPACE-ID": {
    bad: sub("10.0.0.0/24", { logAnalyticsWorkspaceId: WORKSPACE_ID.replace("/workspaces/", "/workspace/") }),
    good: [sub("10.0.0.0/24", { logAnalyticsWorkspaceId: WORKSPACE_ID })],
  },
  "AGW-KV-ID": {
    bad: withListener(
      { certificate: ListenerCertificate.fromKeyVaultSecret("kv", { secretId: "https://edge-kv.vault.azure.net/secrets/c", keyVaultId: "/vaults/edge-kv" }) },
      { identity: GatewayIdentity.create() },
    ),
    good: [
      withListener(
        { certificate: ListenerCertificate.fromKeyVaultSecret("kv", { secretId: "https://edge-kv.vault.azure.net/secrets/c", keyVaultId: KEY_VAULT_ID }) },
        { identity: GatewayIdentity.create() },
      ),
    ],
  },
  "AGW-KV-MATCH": {
    bad: withListener(
      { certificate: ListenerCertificate.fromKeyVaultSecret("kv", { secretId: "https://other-kv.vault.azure.net/secrets/c", keyVaultId: KEY_VAULT_ID }) },
      { identity: GatewayIdentity.create() },
    ),
    good: [
      withListener(
        { certificate: ListenerCertificate.fromKeyVaultSecret("kv", { secretId: "https://Edge-KV.vault.azure.net/secrets/c", keyVaultId: KEY_VAULT_ID }) },
        { identity: GatewayIdentity.create() },
      ),
      withListener({ certificate: ListenerCertificate.fromKeyVaultSecret("kv", { secretId: "https://other-kv.vault.azure.net/secrets/c" }) }, { identity: GatewayIdentity.create() }),
    ],
  },
  "AGW-PUBLIC-IP-ID": {
    bad: sub("10.0.0.0/24", { publicIp: FrontendPublicIp.fromId(SUBNET_ID.replace(/virtualNetworks.*/, "publicIpAddresses/reserved")) }),
    good: [sub("10.0.0.0/24", { publicIp: FrontendPublicIp.fromId(SUBNET_ID.replace(/virtualNetworks.*/, "publicIPAddresses/reserved")) })],
  },
};
