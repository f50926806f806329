import { Construct } from "constructs";
import { assertValid } from "../core/errors";
import { HttpsListener } from "./https-listener";
import { checkRoute, RouteProps } from "./route";
import { priorityRule } from "../rules/values/listeners";
import { nameRule } from "../rules/values/names";
import { checkCall, childPath } from "../rules/values/props";
import { jwtAudiencesRule, jwtClientRule, jwtTenantRule } from "../rules/values/jwt";
import { JwtValidation } from "../options/jwt-validation";

/** What every request routing rule has: a name, a priority, a listener and a route. */
export interface RoutingRuleBaseProps extends RouteProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /** Evaluation order, 1 (first) to 20000; unique per gateway, required on v2. */
  readonly priority: number;
  /** The listener whose requests this rule routes. */
  readonly listener: HttpsListener;
  /**
   * Validate Microsoft Entra ID tokens on this rule's requests (single-resource
   * deployment only: azurerm has no argument for it).
   * @default none: the gateway does not look at tokens
   */
  readonly jwtValidation?: JwtValidation;
}

/** A request routing rule of either kind (basic or path-based). */
export abstract class RoutingRuleBase extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Priority. */
  public readonly priority: number;
  /** Listener. */
  public readonly listener: HttpsListener;
  /** Where the rule routes (a path-based rule: its default route). */
  public readonly route: RouteProps;
  /** Token validation on the rule's requests, if any. */
  public readonly jwtValidation?: JwtValidation;

  constructor(scope: Construct, id: string, props: RoutingRuleBaseProps) {
    checkCall(childPath(scope, id), "RoutingRuleBase", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.priority = props.priority;
    this.listener = props.listener;
    this.route = props;
    this.jwtValidation = props.jwtValidation;
    assertValid(this, "name", this.name, nameRule(this.name));
    assertValid(this, "priority", this.priority, priorityRule(this.priority));
    checkRoute(this, "", props);
    const jwt = this.jwtValidation;
    if (jwt !== undefined) {
      assertValid(this, "jwtValidation.name", jwt.name, nameRule(jwt.name));
      assertValid(this, "jwtValidation.tenantId", jwt.tenantId, jwtTenantRule(jwt.tenantId));
      assertValid(this, "jwtValidation.clientId", jwt.clientId, jwtClientRule(jwt.clientId));
      assertValid(this, "jwtValidation.audiences", jwt.audiences, jwtAudiencesRule(jwt.audiences));
    }
  }

  /** What the rule's model says of its token validation. @internal */
  protected _describeJwtValidation(): { entraJWTValidationConfig?: string } {
    return this.jwtValidation === undefined ? {} : { entraJWTValidationConfig: this.jwtValidation.name };
  }
}
