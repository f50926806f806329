import { Construct } from "constructs";
import { ClientAuthentication } from "../options/client-authentication";
import { ClientAuthMode } from "../core/enums";
import { assertValid, excerpt } from "../core/errors";
import { SslProfileModel } from "../model/gateway-model";
import { certificateDataNote } from "../options/certificate-data";
import { caFileBytes, certDataRule, strictCaCountRule, strictCaSizeRule } from "../rules/values/certificates";
import { nameRule } from "../rules/values/names";
import { checkSslPolicy, SslPolicy } from "../options/ssl-policy";
import { brandApiClass, checkCall, childPath } from "../rules/values/props";

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
    checkCall(childPath(scope, id), "SslProfile", [scope, id, props]);
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
      assertValid(this, "clientAuthentication.trustedClientCertificates[].data", excerpt(ca.data), certDataRule(ca.data), certificateDataNote(ca.data));
      assertValid(this, "clientAuthentication.trustedClientCertificates[].data", excerpt(ca.data), strictCaSizeRule(ca.data), `${caFileBytes(ca.data)} bytes`);
    }
    if (this.sslPolicy) checkSslPolicy(this, "sslPolicy", this.sslPolicy);
  }

  /** True when this profile is in passthrough mode. */
  public get isPassthrough(): boolean {
    return this.clientAuthentication.mode === ClientAuthMode.PASSTHROUGH;
  }

  /** The profile as the model describes it. @internal */
  public _describe(): SslProfileModel {
    return {
      name: this.name,
      trustedClientCertificates: this.clientAuthentication.trustedClientCertificates.map((c) => c.name),
      clientAuthConfiguration: this.clientAuthentication._describe(),
      sslPolicy: this.sslPolicy?._describe(),
    };
  }
}
brandApiClass(SslProfile, "SslProfile");
