import { IConstruct } from "constructs";
import type { DeclaredGateway } from "../gateway/declared";
import type { GatewayModel } from "../model/gateway-model";
import { RuleInfo } from "../core/rule";

/**
 * What the cross-part rules read of a gateway: its parts as declared (for the
 * construct path and prop a finding names) and the model the renderers write
 * (for what the library decided on the user's behalf).
 */
export interface GatewayView extends DeclaredGateway {
  readonly scope: IConstruct;
  readonly model: GatewayModel;
  /** The gateway's Terraform resource, and the part blocks someone set on it directly. */
  readonly resourceScope: IConstruct;
  readonly blocksSetElsewhere: string[];
}

/** One broken rule: where, which prop, the value given, and the rule. */
export interface Finding {
  readonly rule: RuleInfo;
  readonly scope: IConstruct;
  readonly prop: string;
  readonly value: unknown;
}

/** A cross-part rule: a pure function of the gateway's parts. */
export type GatewayRule = (gateway: GatewayView) => Finding[];
