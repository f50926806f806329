import { TrustedCertificateModel } from "../model/gateway-model";

/**
 * A CA the gateway trusts for the certificates of HTTPS backends (end-to-end
 * TLS to a backend signed by a private CA). Backends with a certificate from a
 * well-known public CA need none (Learn: end-to-end-ssl-portal).
 */
export class TrustedRootCertificate {
  /**
   * A CA certificate given inline (public data).
   * @param name its name on the gateway (`trustedRootCertificates[].name`)
   * @param data Base64 of the CA certificate in .cer (DER or PEM) form
   */
  public static fromData(name: string, data: string): TrustedRootCertificate {
    return new TrustedRootCertificate({ name, data });
  }

  /**
   * A CA certificate the gateway reads from Key Vault with its user-assigned identity.
   * @param name its name on the gateway
   * @param secretId the secret id (versionless to follow renewals)
   */
  public static fromKeyVaultSecret(name: string, secretId: string): TrustedRootCertificate {
    return new TrustedRootCertificate({ name, keyVaultSecretId: secretId });
  }

  /** Name on the gateway. */
  public readonly name: string;
  /** Base64 data, when given inline. */
  public readonly data?: string;
  /** Key Vault secret id, when read from Key Vault. */
  public readonly keyVaultSecretId?: string;

  private constructor(model: TrustedCertificateModel) {
    this.name = model.name;
    this.data = model.data;
    this.keyVaultSecretId = model.keyVaultSecretId;
  }

  /** The certificate as the model describes it. @internal */
  public _describe(): TrustedCertificateModel {
    return { name: this.name, data: this.data, keyVaultSecretId: this.keyVaultSecretId };
  }
}
