import { CertificateData } from "./certificate-data";
import { TrustedCertificateModel } from "../model/gateway-model";
import { brandApiClass, checkCall } from "../rules/values/props";

/**
 * A CA the gateway trusts for the certificates of HTTPS backends (end-to-end
 * TLS to a backend signed by a private CA). Backends with a certificate from a
 * well-known public CA need none (Learn: end-to-end-ssl-portal).
 */
export class TrustedRootCertificate {
  /**
   * A CA certificate given inline (public data).
   * @param name its name on the gateway (`trustedRootCertificates[].name`)
   * @param data the base64 of a .cer file (of a DER certificate or of PEM text); see `CertificateData`
   */
  public static fromData(name: string, data: string): TrustedRootCertificate {
    checkCall("TrustedRootCertificate.fromData", "TrustedRootCertificate.fromData", [name, data]);
    return new TrustedRootCertificate({ name, data });
  }

  /**
   * A CA certificate given as PEM text (one or more certificates), as read from a .pem file.
   * @param name its name on the gateway
   * @param pem the PEM text: `-----BEGIN CERTIFICATE-----` blocks
   */
  public static fromPem(name: string, pem: string): TrustedRootCertificate {
    checkCall("TrustedRootCertificate.fromPem", "TrustedRootCertificate.fromPem", [name, pem]);
    return TrustedRootCertificate.fromData(name, CertificateData.fromPem(pem));
  }

  /**
   * A CA certificate the gateway reads from Key Vault with its user-assigned identity.
   * @param name its name on the gateway
   * @param secretId the secret id (versionless to follow renewals)
   */
  public static fromKeyVaultSecret(name: string, secretId: string): TrustedRootCertificate {
    checkCall("TrustedRootCertificate.fromKeyVaultSecret", "TrustedRootCertificate.fromKeyVaultSecret", [name, secretId]);
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
brandApiClass(TrustedRootCertificate, "TrustedRootCertificate");
