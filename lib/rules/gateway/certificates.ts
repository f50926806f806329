// Cross-part rules on listener certificates: secrets and Key Vault access: pure functions of the gateway's view
// (view.ts), run together at synth. registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { GatewayRule } from "../view";
import { finding } from "./finding";

export const SECRET_LITERAL = defineRule({
  id: RuleId.SECRET,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed:
    "a Terraform expression (a sensitive TerraformVariable, a Key Vault reference, Fn.filebase64(...)): a literal would be written in clear into cdk.tf.json",
  source: "this library's secrets policy; Terraform docs, sensitive input variables",
});

/** Shown instead of a secret value in a message. */
export const HIDDEN = "(a literal, not shown)";

export const secretsAreNotLiterals: GatewayRule = (gw) =>
  gw.listeners.flatMap((l) =>
    l.certificate._secrets
      .filter((s) => !isUnknown(s.value))
      .map((s) => finding(SECRET_LITERAL, l, `certificate.${s.prop}`, HIDDEN, `certificate "${l.certificate.name}"`)),
  );

export const KEY_VAULT_IDENTITY = defineRule({
  id: RuleId.KV_IDENTITY,
  severity: Severity.ERROR,
  checked: Checked.AT_SYNTH,
  allowed: "a Key Vault certificate only on a gateway with a user-assigned identity (set `identity: GatewayIdentity.create()`)",
  source: "Learn: key-vault-certs (Application Gateway reads Key Vault with a user-assigned managed identity)",
});

export const keyVaultNeedsIdentity: GatewayRule = (gw) =>
  gw.hasIdentity
    ? []
    : [
        ...gw.listeners.filter((l) => l.certificate.keyVaultSecretId !== undefined).map((l) => finding(KEY_VAULT_IDENTITY, l, "certificate", l.certificate.name)),
        ...gw.backendSettings.flatMap((s) =>
          s.trustedRootCertificates.filter((c) => c.keyVaultSecretId !== undefined).map((c) => finding(KEY_VAULT_IDENTITY, s, "trustedRootCertificates", c.name)),
        ),
      ];

/** The rules of this file, in the order the README lists them. */
export const CROSS_PART_CERTIFICATES_RULES: RuleInfo[] = [SECRET_LITERAL, KEY_VAULT_IDENTITY];
