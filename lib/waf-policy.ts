import { WebApplicationFirewallPolicy as AzurermWafPolicy } from "@cdktf/provider-azurerm/lib/web-application-firewall-policy";
import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { assertValid } from "./errors";
import { resourceGroupNameRule, wafPolicyNameRule } from "./rules/values";

/** Props of a WAF policy. */
export interface WafPolicyProps {
  /** Azure name of the policy. */
  readonly name: string;
  /** Resource group. */
  readonly resourceGroupName: string;
  /** Azure region. */
  readonly location: string;
  /**
   * Block matching requests (`Prevention`) or only log them (`Detection`).
   * @default true (Prevention)
   */
  readonly prevention?: boolean;
  /**
   * Managed rule set type.
   * @default "Microsoft_DefaultRuleSet"
   */
  readonly managedRuleSetType?: string;
  /**
   * Managed rule set version.
   * @default "2.1" (DRS 2.1, the current default rule set for Application Gateway WAF)
   */
  readonly managedRuleSetVersion?: string;
  /**
   * Tags.
   * @default none
   */
  readonly tags?: { [key: string]: string };
  /**
   * The azurerm provider.
   * @default the stack's default azurerm provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A web application firewall policy for a WAF_v2 gateway: enabled, in prevention
 * mode, with a current managed rule set (Learn: application-gateway-waf-configuration).
 */
export class WafPolicy extends Construct {
  /** The policy resource. */
  public readonly resource: AzurermWafPolicy;
  /** Resource id, for `MtlsApplicationGatewayProps.firewallPolicyId`. */
  public readonly policyId: string;

  constructor(scope: Construct, id: string, props: WafPolicyProps) {
    super(scope, id);
    assertValid(this, "name", props.name, wafPolicyNameRule(props.name));
    assertValid(this, "resourceGroupName", props.resourceGroupName, resourceGroupNameRule(props.resourceGroupName));
    this.resource = new AzurermWafPolicy(this, "Resource", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      tags: props.tags,
      provider: props.provider,
      policySettings: {
        enabled: true,
        mode: props.prevention === false ? "Detection" : "Prevention",
        requestBodyCheck: true,
      },
      managedRules: {
        managedRuleSet: [
          { type: props.managedRuleSetType ?? "Microsoft_DefaultRuleSet", version: props.managedRuleSetVersion ?? "2.1" },
        ],
      },
    });
    this.policyId = this.resource.id;
  }
}
