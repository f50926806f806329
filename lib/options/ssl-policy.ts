import { IConstruct } from "constructs";
import { assertValid } from "../core/errors";
import { SslPolicyModel } from "../model/gateway-model";
import { PREDEFINED_POLICY_FAMILY, tlsCipherRule, tlsDisabledProtocolsRule, tlsMinVersionRule, tlsPolicyNameRule, tlsPolicyTypeRule, tlsPredefinedOnlyNameRule, tlsProtocolRule } from "../rules/values/tls";
import { brandApiClass, checkCall } from "../rules/values/props";

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

/** The raw fields of a TLS policy (ARM `ApplicationGatewaySslPolicy`), for policies the factories do not cover. */
export interface SslPolicyAttributes {
  /**
   * `Predefined`, `Custom` or `CustomV2`.
   * @default none
   */
  readonly policyType?: string;
  /**
   * Predefined policy name.
   * @default none
   */
  readonly policyName?: string;
  /**
   * Minimum TLS version.
   * @default none
   */
  readonly minProtocolVersion?: string;
  /**
   * Cipher suites.
   * @default none
   */
  readonly cipherSuites?: string[];
  /**
   * Protocols to disable (the legacy form; cannot be combined with a policy name or type).
   * @default none
   */
  readonly disabledProtocols?: string[];
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
  /**
   * One of Azure's predefined policies, by name.
   * @param policyName e.g. `AppGwSslPolicy20220101` (see `PredefinedSslPolicy`)
   */
  public static predefined(policyName: string): SslPolicy {
    checkCall("SslPolicy.predefined", "SslPolicy.predefined", [policyName]);
    return new SslPolicy({ policyType: "Predefined", policyName });
  }

  /**
   * One of Azure's predefined policies, from the enum (for jsii languages whose
   * enums are not strings, such as Python).
   * @param policy the predefined policy
   */
  public static fromPredefined(policy: PredefinedSslPolicy): SslPolicy {
    checkCall("SslPolicy.fromPredefined", "SslPolicy.fromPredefined", [policy]);
    return SslPolicy.predefined(policy);
  }

  /**
   * A `CustomV2` policy (2022 family: TLS 1.2 or 1.3 minimum).
   * @param props minimum version and cipher suites
   */
  public static customV2(props: CustomSslPolicyProps): SslPolicy {
    checkCall("SslPolicy.customV2", "SslPolicy.customV2", [props]);
    return new SslPolicy({ policyType: "CustomV2", ...props });
  }

  /**
   * Any combination of the TLS policy fields; checked like the others.
   * @param attributes the raw fields
   */
  public static fromAttributes(attributes: SslPolicyAttributes): SslPolicy {
    checkCall("SslPolicy.fromAttributes", "SslPolicy.fromAttributes", [attributes]);
    return new SslPolicy(attributes);
  }

  /** The recommended default, `AppGwSslPolicy20220101`. */
  public static recommended(): SslPolicy {
    return SslPolicy.predefined(PredefinedSslPolicy.APPGW_SSL_POLICY_20220101);
  }

  /** `Predefined`, `Custom` or `CustomV2`. */
  public readonly policyType?: string;
  /** Predefined policy name, when predefined. */
  public readonly policyName?: string;
  /** Minimum TLS version, when custom. */
  public readonly minProtocolVersion?: string;
  /** Cipher suites, when custom. */
  public readonly cipherSuites?: string[];
  /** Disabled protocols (legacy form). */
  public readonly disabledProtocols?: string[];

  private constructor(config: SslPolicyAttributes) {
    this.policyType = config.policyType;
    this.policyName = config.policyName;
    this.minProtocolVersion = config.minProtocolVersion;
    this.cipherSuites = config.cipherSuites;
    this.disabledProtocols = config.disabledProtocols;
  }

  /**
   * The policy family: Azure does not allow 2022 policies (AppGwSslPolicy2022*,
   * CustomV2) beside older ones (AppGwSslPolicy2017*, Custom, disabled protocols)
   * on one gateway. Undefined when unknown (a token).
   */
  public get family(): string | undefined {
    if (this.policyType === "CustomV2") return "2022";
    if (this.policyName !== undefined) return PREDEFINED_POLICY_FAMILY[this.policyName];
    return "legacy";
  }

  /** The policy as the model describes it. @internal */
  public _describe(): SslPolicyModel {
    return {
      policyType: this.policyType,
      policyName: this.policyName,
      minProtocolVersion: this.minProtocolVersion,
      cipherSuites: this.cipherSuites,
      disabledSslProtocols: this.disabledProtocols,
    };
  }
}
brandApiClass(SslPolicy, "SslPolicy");

/** Throws when a TLS policy can never be valid. */
export function checkSslPolicy(scope: IConstruct, prop: string, policy: SslPolicy): void {
  const type = policy.policyType;
  const custom = policy.minProtocolVersion !== undefined || (policy.cipherSuites ?? []).length > 0;
  assertValid(scope, `${prop}.policyType`, type, tlsPolicyTypeRule([type, policy.policyName !== undefined || custom]));
  assertValid(scope, `${prop}.policyName`, policy.policyName, tlsPolicyNameRule(policy.policyName));
  assertValid(scope, prop, policy._describe(), tlsPredefinedOnlyNameRule([type, policy.policyName !== undefined, custom]));
  if (type === "Custom" || type === "CustomV2") {
    assertValid(scope, `${prop}.minProtocolVersion`, policy.minProtocolVersion, tlsMinVersionRule([type, policy.minProtocolVersion ?? ""]));
  }
  for (const cipher of policy.cipherSuites ?? []) assertValid(scope, `${prop}.cipherSuites[]`, cipher, tlsCipherRule([type, cipher]));
  const disabled = policy.disabledProtocols ?? [];
  for (const protocol of disabled) assertValid(scope, `${prop}.disabledProtocols[]`, protocol, tlsProtocolRule(protocol));
  const named = policy.policyName !== undefined || type !== undefined;
  assertValid(scope, `${prop}.disabledProtocols`, disabled, tlsDisabledProtocolsRule([disabled, named]));
}
