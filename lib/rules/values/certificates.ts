// Value rules on certificate data, Key Vault secret ids and trusted client CAs: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, isUnknown, Severity, valueRule, RuleInfo } from "../../core/rule";
import { isVaultName } from "./resource-ids";
import { RuleId } from "../../core/rule-id";
import { isCerData } from "../certificate-data";
import { between } from "./common";

export const KEY_VAULT_SECRET_ID = defineRule({
  id: RuleId.KV_SECRET_ID,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "a Key Vault secret id: https://<vault>.vault.azure.net/secrets/<name>[/<version>], the vault named by its naming rule (3–24 letters, digits and '-', starting with a letter, ending with a letter or digit, no '--'), the secret name 1–127 letters, digits and '-', the version 32 hex digits",
  source:
    "Learn: key-vault-certs (keyVaultSecretId); Key Vault object identifiers; resource-name-rules (Microsoft.KeyVault vaults, vaults/secrets); azurerm v4.55.0 key_vault_secret_id: keyVaultValidate.NestedItemIdWithOptionalVersion",
});

const SECRET_ID = /^https:\/\/([A-Za-z0-9-]+)\.vault\.(azure\.net|azure\.cn|usgovcloudapi\.net)\/secrets\/[A-Za-z0-9-]{1,127}(\/[0-9a-fA-F]{32})?\/?$/;

export const keyVaultSecretIdRule = valueRule<string>(KEY_VAULT_SECRET_ID, (v) => {
  const vault = SECRET_ID.exec(v)?.[1];
  return vault !== undefined && isVaultName(vault);
});

/** What a message adds after a secret id whose vault name breaks the vault naming rule. */
export function secretIdNote(secretId: string | undefined): string | undefined {
  const vault = secretId === undefined || isUnknown(secretId) ? undefined : SECRET_ID.exec(secretId)?.[1];
  return vault !== undefined && !isVaultName(vault) ? `vault name ${JSON.stringify(vault)} breaks its naming rule` : undefined;
}

export const STRICT_CA_COUNT = defineRule({
  id: RuleId.STRICT_CAS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "1 to 100 trusted client CA certificates for a strict profile, each file (its base64 data decoded) at most 25 KB",
  source:
    "Learn: mutual-authentication-overview (each uploaded file 25 KB or less); application-gateway limits (100 per SSL profile; maximum trusted client CA certificate size 25 KB, the root and intermediates of one file together)",
});

export const strictCaCountRule = valueRule<number>(STRICT_CA_COUNT, between(1, 100));

/** The size of a CA file from its base64 data, in bytes. */
export const caFileBytes = (data: string): number => Buffer.from(data.replace(/\s+/g, ""), "base64").length;

/** A trusted client CA file's base64 data: at most 25 KB decoded. */
export const strictCaSizeRule = valueRule<string>(STRICT_CA_COUNT, (data) => caFileBytes(data) <= 25 * 1024);

export const CERT_DATA = defineRule({
  id: RuleId.CERT_DATA,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "the base64 of a .cer file: of one DER certificate, or of PEM text with one or more certificates; CertificateData.fromPem(pemText) and CertificateData.fromFile(path) make it, as Terraform's filebase64(\"ca.cer\") does; PEM text as is and raw DER bytes are not accepted",
  source:
    "azurerm v4.55.0 docs, trusted_client_certificate.data and trusted_root_certificate.data (the base-64 encoded certificate); Learn: mutual-authentication-overview (.CER uploads of the CA chain); Azure's 'Invalid data in .cer file' (MicrosoftDocs/azure-docs#69393)",
});

export const certDataRule = valueRule<string>(CERT_DATA, isCerData);

/** The rules of this file, in the order the README lists them. */
export const CERTIFICATES_VALUE_RULES: RuleInfo[] = [KEY_VAULT_SECRET_ID, STRICT_CA_COUNT, CERT_DATA];
