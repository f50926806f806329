import { ApplicationGatewaySslCertificate } from "@cdktf/provider-azurerm/lib/application-gateway";

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
   */
  public static fromPfx(name: string, props: PfxCertificateProps): ListenerCertificate {
    return new ListenerCertificate(name, { name, data: props.data, password: props.password });
  }

  /** The certificate's name on the gateway. */
  public readonly name: string;
  private readonly config: ApplicationGatewaySslCertificate;

  private constructor(name: string, config: ApplicationGatewaySslCertificate) {
    this.name = name;
    this.config = config;
  }

  /** The azurerm `ssl_certificate` block. */
  public toSslCertificate(): ApplicationGatewaySslCertificate {
    return this.config;
  }

  /** The values that must stay secret (tokens in a correct stack). @internal */
  public get _secretValues(): string[] {
    return [this.config.data, this.config.password].filter((v): v is string => v !== undefined);
  }
}
