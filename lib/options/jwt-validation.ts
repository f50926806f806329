import { EntraJwtValidationConfigModel } from "../model/gateway-model";
import { brandApiClass, checkCall } from "../rules/values/props";

/** What the gateway does with a request whose token is missing or invalid. */
export enum UnauthorizedRequestAction {
  /** Answer 401 (Learn: json-web-token-overview). */
  DENY = "Deny",
  /** Forward it without the `x-msft-entra-identity` header: the backend decides. */
  ALLOW = "Allow",
}

/** Props of `JwtValidation.entraId`. */
export interface EntraJwtValidationProps {
  /** Name on the gateway (`entraJWTValidationConfigs[].name`). */
  readonly name: string;
  /** The tenant's id (a GUID), or `common`, `organizations` or `consumers` for a multitenant app. */
  readonly tenantId: string;
  /** The Application (client) id of the API's app registration (a GUID). */
  readonly clientId: string;
  /**
   * Further valid `aud` claim values (at most 5), e.g. a custom App ID URI.
   * @default none: the client id and its App ID URI
   */
  readonly audiences?: string[];
  /**
   * What a request without a valid token gets.
   * @default UnauthorizedRequestAction.DENY
   */
  readonly unauthorizedRequestAction?: UnauthorizedRequestAction;
}

/**
 * Token validation at the gateway: Microsoft Entra ID JWTs on a routing rule's
 * requests (signature, issuer, tenant, audience, lifetime); a valid one reaches
 * the backend with `x-msft-entra-identity: <tenantId>:<oid>` (Learn:
 * json-web-token-overview, preview). ARM 2025-03-01 has it; azurerm does not, so
 * only the single-resource deployment can write it (rule AGW-DEPLOYMENT-MODE).
 */
export class JwtValidation {
  /** Validation of tokens that Microsoft Entra ID issued for one app registration. */
  public static entraId(props: EntraJwtValidationProps): JwtValidation {
    checkCall("JwtValidation.entraId", "JwtValidation.entraId", [props]);
    return new JwtValidation(props);
  }

  /** Name on the gateway. */
  public readonly name: string;
  /** Tenant id, or common / organizations / consumers. */
  public readonly tenantId: string;
  /** Client id of the app registration. */
  public readonly clientId: string;
  /** Further valid audiences. */
  public readonly audiences: string[];
  /** What a request without a valid token gets. */
  public readonly unauthorizedRequestAction: UnauthorizedRequestAction;

  private constructor(props: EntraJwtValidationProps) {
    this.name = props.name;
    this.tenantId = props.tenantId;
    this.clientId = props.clientId;
    this.audiences = props.audiences ?? [];
    this.unauthorizedRequestAction = props.unauthorizedRequestAction ?? UnauthorizedRequestAction.DENY;
  }

  /** The configuration as the model describes it. @internal */
  public _describe(): EntraJwtValidationConfigModel {
    return {
      name: this.name,
      tenantId: this.tenantId,
      clientId: this.clientId,
      audiences: this.audiences,
      unAuthorizedRequestAction: this.unauthorizedRequestAction,
    };
  }
}

brandApiClass(JwtValidation, "JwtValidation");
