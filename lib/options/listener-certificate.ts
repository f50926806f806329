import { SslCertificateModel } from "../model/gateway-model";
import { brandApiClass, checkCall } from "../rules/values/props";

/** The PFX bundle of a listener certificate. */
export interface PfxCertificateProps {
  /**
   * Base64 PFX data. Pass a Terraform expression (a sensitive `TerraformVariable`,
   * `Fn.filebase64(...)`), never a literal: a literal would be written in clear
   * into cdk.tf.json.
   */
  readonly data: string;
  /** PFX password; like `data`, a sensitive Terraform expression. */
  readonly password: string;
}

/** A certificate kept in Key Vault. */
export interface KeyVaultCertificateProps {
  /**
   * Secret id of the certificate, e.g. `https://my-vault.vault.azure.net/secrets/edge-cert`
   * (without a version, so that the gateway picks up renewals).
   */
  readonly secretId: string;
  /**
   * Resource id of the vault. When given, the gateway's identity is granted
   * "Key Vault Secrets User" on it (the vault must use Azure RBAC).
   * @default no role assignment: grant access yourself
   */
  readonly keyVaultId?: string;
}

/**
 * The server certificate an HTTPS listener presents.
 *
 * A class with static factories rather than a union, so that the API can be
 * generated for every jsii language.
 */
export class ListenerCertificate {
  /**
   * A PFX bundle uploaded inline with the gateway.
   * @param name the certificate's name on the gateway (`sslCertificates[].name`)
   * @param props PFX data and password, as sensitive Terraform expressions
   */
  public static fromPfx(name: string, props: PfxCertificateProps): ListenerCertificate {
    checkCall("ListenerCertificate.fromPfx", "ListenerCertificate.fromPfx", [name, props]);
    return new ListenerCertificate(name, { name, data: props.data, password: props.password });
  }

  /**
   * A certificate the gateway reads from Key Vault with its user-assigned identity
   * (set `MtlsApplicationGatewayProps.identity`).
   * @param name the certificate's name on the gateway
   * @param props secret id, and optionally the vault to grant access to
   */
  public static fromKeyVaultSecret(name: string, props: KeyVaultCertificateProps): ListenerCertificate {
    checkCall("ListenerCertificate.fromKeyVaultSecret", "ListenerCertificate.fromKeyVaultSecret", [name, props]);
    return new ListenerCertificate(name, { name, keyVaultSecretId: props.secretId }, props.keyVaultId);
  }

  /** The certificate's name on the gateway. */
  public readonly name: string;
  /** Vault to grant the gateway's identity access to, if any. */
  public readonly keyVaultId?: string;
  private readonly config: SslCertificateModel;

  private constructor(name: string, config: SslCertificateModel, keyVaultId?: string) {
    this.name = name;
    this.config = config;
    this.keyVaultId = keyVaultId;
  }

  /** Key Vault secret id, when the certificate comes from Key Vault. */
  public get keyVaultSecretId(): string | undefined {
    return this.config.keyVaultSecretId;
  }

  /** The certificate as the model describes it. @internal */
  public _describe(): SslCertificateModel {
    return this.config;
  }

  /** The props that must stay secret (tokens in a correct stack), by name. @internal */
  public get _secrets(): { readonly prop: string; readonly value: string }[] {
    return (["data", "password"] as const)
      .map((prop) => ({ prop, value: this.config[prop] }))
      .filter((s): s is { prop: "data" | "password"; value: string } => s.value !== undefined);
  }
}
brandApiClass(ListenerCertificate, "ListenerCertificate");
