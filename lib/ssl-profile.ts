import { ApplicationGatewaySslProfile } from "@cdktf/provider-azurerm/lib/application-gateway";
import { Construct } from "constructs";
import { ClientAuthentication, ClientAuthMode } from "./client-authentication";
import { assertValid } from "./errors";
import { nameRule, strictCaCountRule } from "./rules/values";
import { checkSslPolicy, SslPolicy } from "./ssl-policy";

/** Props of an SSL profile. */
export interface SslProfileProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /**
   * How clients are authenticated.
   * @default ClientAuthentication.none()
   */
  readonly clientAuthentication?: ClientAuthentication;
  /**
   * TLS policy of listeners that use this profile.
   * @default the gateway's policy
   */
  readonly sslPolicy?: SslPolicy;
}

/**
 * An SSL profile: TLS policy and client authentication for the listeners that
 * name it. Create it with `MtlsApplicationGateway.addSslProfile`.
 */
export class SslProfile extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Client authentication of this profile. */
  public readonly clientAuthentication: ClientAuthentication;
  /** TLS policy, when the profile overrides the gateway's. */
  public readonly sslPolicy?: SslPolicy;

  constructor(scope: Construct, id: string, props: SslProfileProps = {}) {
    super(scope, id);
    this.name = props.name ?? id;
    this.clientAuthentication = props.clientAuthentication ?? ClientAuthentication.none();
    this.sslPolicy = props.sslPolicy;
    assertValid(this, "name", this.name, nameRule(this.name));
    const auth = this.clientAuthentication;
    if (auth.mode === ClientAuthMode.STRICT) {
      const count = auth.trustedClientCertificates.length;
      assertValid(this, "clientAuthentication.trustedClientCertificates", `${count} certificates`, strictCaCountRule(count));
    }
    for (const ca of auth.trustedClientCertificates) {
      assertValid(this, "clientAuthentication.trustedClientCertificates[].name", ca.name, nameRule(ca.name));
    }
    if (this.sslPolicy) checkSslPolicy(this, "sslPolicy", this.sslPolicy);
  }

  /** True when this profile is in passthrough mode. */
  public get isPassthrough(): boolean {
    return this.clientAuthentication.mode === ClientAuthMode.PASSTHROUGH;
  }

  /**
   * The azurerm `ssl_profile` block. azurerm cannot express passthrough: for a
   * passthrough profile this is a profile without trusted CAs, and the
   * passthrough patch sets `verifyClientAuthMode` afterwards.
   */
  public toSslProfile(): ApplicationGatewaySslProfile {
    const auth = this.clientAuthentication;
    const trusted = auth.trustedClientCertificates.map((c) => c.name);
    return {
      name: this.name,
      trustedClientCertificateNames: trusted.length > 0 ? trusted : undefined,
      verifyClientCertIssuerDn: auth.verifyClientCertIssuerDn,
      verifyClientCertificateRevocation: auth.verifyClientRevocation ? "OCSP" : undefined,
      sslPolicy: this.sslPolicy?.toSslPolicy(),
    };
  }
}
