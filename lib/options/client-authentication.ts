import { ClientAuthMode } from "../core/enums";
import { ClientAuthConfigurationModel } from "../model/gateway-model";
import { brandApiClass, checkCall } from "../rules/values/props";


/** A CA certificate that a strict SSL profile trusts for client certificates. */
export interface TrustedClientCertificate {
  /** Name on the gateway (`trustedClientCertificates[].name`). */
  readonly name: string;
  /**
   * The CA chain as the base64 of a .cer file (of one DER certificate, or of PEM
   * text with one or more certificates): public data, not a secret. From a PEM
   * file's text: `CertificateData.fromPem(text)`; from a file: `CertificateData.fromFile(path)`.
   */
  readonly data: string;
}

/** Options of strict client authentication. */
export interface StrictClientAuthenticationProps {
  /** The CA certificates client certificates must chain to (1–100 per profile). */
  readonly trustedClientCertificates: TrustedClientCertificate[];
  /**
   * Also require the client certificate's issuer DN to match a trusted CA.
   * @default false
   */
  readonly verifyClientCertIssuerDn?: boolean;
  /**
   * Check revocation by OCSP.
   * @default false
   */
  readonly verifyClientRevocation?: boolean;
}

/**
 * How an SSL profile authenticates clients: not at all, strict, or passthrough.
 */
export class ClientAuthentication {
  /** No client certificate is requested. */
  public static none(): ClientAuthentication {
    return new ClientAuthentication(undefined, [], false, false);
  }

  /**
   * The gateway requests a client certificate but never rejects one; the backend
   * must validate it. Needs ARM API 2025-03-01, set through the passthrough patch.
   */
  public static passthrough(): ClientAuthentication {
    return new ClientAuthentication(ClientAuthMode.PASSTHROUGH, [], false, false);
  }

  /**
   * The gateway rejects a client whose certificate does not chain to a trusted CA.
   * @param props trusted CAs (1–100) and verification options
   */
  public static strict(props: StrictClientAuthenticationProps): ClientAuthentication {
    checkCall("ClientAuthentication.strict", "ClientAuthentication.strict", [props]);
    return new ClientAuthentication(
      ClientAuthMode.STRICT,
      props.trustedClientCertificates,
      props.verifyClientCertIssuerDn ?? false,
      props.verifyClientRevocation ?? false,
    );
  }

  /** The mode, or undefined when no client certificate is requested. */
  public readonly mode?: ClientAuthMode;
  /** Trusted client CAs (strict only). */
  public readonly trustedClientCertificates: TrustedClientCertificate[];
  /** Whether the issuer DN is verified (strict only). */
  public readonly verifyClientCertIssuerDn: boolean;
  /** Whether revocation is checked by OCSP (strict only). */
  public readonly verifyClientRevocation: boolean;

  private constructor(
    mode: ClientAuthMode | undefined,
    trusted: TrustedClientCertificate[],
    verifyIssuerDn: boolean,
    verifyRevocation: boolean,
  ) {
    this.mode = mode;
    this.trustedClientCertificates = trusted;
    this.verifyClientCertIssuerDn = verifyIssuerDn;
    this.verifyClientRevocation = verifyRevocation;
  }

  /** The client-auth configuration as the model describes it. @internal */
  public _describe(): ClientAuthConfigurationModel {
    return {
      verifyClientAuthMode: this.mode,
      verifyClientCertIssuerDN: this.verifyClientCertIssuerDn,
      verifyClientRevocation: this.verifyClientRevocation ? "OCSP" : "None",
    };
  }
}
brandApiClass(ClientAuthentication, "ClientAuthentication");
