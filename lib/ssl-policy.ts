import { ApplicationGatewaySslPolicy } from "@cdktf/provider-azurerm/lib/application-gateway";

/**
 * Names of Azure's predefined TLS policies (Learn: application-gateway-ssl-policy-overview).
 * `AppGwSslPolicy20150501` and `AppGwSslPolicy20170401` were retired on 2025-08-31.
 */
export enum PredefinedSslPolicy {
  /** TLS 1.2+ with the 2022 cipher list: the recommended default. */
  APPGW_SSL_POLICY_20220101 = "AppGwSslPolicy20220101",
  /** TLS 1.2+ strict ciphers, 2022 family. */
  APPGW_SSL_POLICY_20220101S = "AppGwSslPolicy20220101S",
  /** TLS 1.2+ strict ciphers, 2017 family. */
  APPGW_SSL_POLICY_20170401S = "AppGwSslPolicy20170401S",
}

/** A custom TLS policy. */
export interface CustomSslPolicyProps {
  /** Lowest TLS version accepted, e.g. `TLSv1_2`. */
  readonly minProtocolVersion: string;
  /** Cipher suites, e.g. `TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384`. */
  readonly cipherSuites: string[];
}

/**
 * The TLS policy of the gateway or of one SSL profile.
 */
export class SslPolicy {
  /** One of Azure's predefined policies, by name (see `PredefinedSslPolicy`). */
  public static predefined(policyName: string): SslPolicy {
    return new SslPolicy({ policyType: "Predefined", policyName });
  }

  /** A `CustomV2` policy (2022 family: TLS 1.2 or 1.3 minimum). */
  public static customV2(props: CustomSslPolicyProps): SslPolicy {
    return new SslPolicy({ policyType: "CustomV2", ...props });
  }

  /** The recommended default, `AppGwSslPolicy20220101`. */
  public static recommended(): SslPolicy {
    return SslPolicy.predefined(PredefinedSslPolicy.APPGW_SSL_POLICY_20220101);
  }

  /** `Predefined` or `CustomV2`. */
  public readonly policyType: string;
  /** Predefined policy name, when predefined. */
  public readonly policyName?: string;
  /** Minimum TLS version, when custom. */
  public readonly minProtocolVersion?: string;
  /** Cipher suites, when custom. */
  public readonly cipherSuites?: string[];

  private constructor(config: ApplicationGatewaySslPolicy & { policyType: string }) {
    this.policyType = config.policyType;
    this.policyName = config.policyName;
    this.minProtocolVersion = config.minProtocolVersion;
    this.cipherSuites = config.cipherSuites;
  }

  /** The azurerm `ssl_policy` block (the SSL profile's block has the same fields). */
  public toSslPolicy(): ApplicationGatewaySslPolicy {
    return {
      policyType: this.policyType,
      policyName: this.policyName,
      minProtocolVersion: this.minProtocolVersion,
      cipherSuites: this.cipherSuites,
    };
  }
}
