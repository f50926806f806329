import { Construct } from "constructs";
import { assertValid } from "../core/errors";
import { BackendAddressPoolModel } from "../model/gateway-model";
import { fqdnRule, ipAddressRule } from "../rules/values/backends";
import { nameRule } from "../rules/values/names";
import { brandApiClass, checkCall, childPath } from "../rules/values/props";

/** Props of a backend pool. */
export interface BackendPoolProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /**
   * Targets by DNS name (App Service, Container Apps, any FQDN).
   * @default none
   */
  readonly fqdns?: string[];
  /**
   * Targets by IP address.
   * @default none
   */
  readonly ipAddresses?: string[];
}

/**
 * A backend pool: the servers requests are sent to. Create it with
 * `MtlsApplicationGateway.addBackendPool`.
 */
export class BackendPool extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** FQDN targets. */
  public readonly fqdns: string[];
  /** IP targets. */
  public readonly ipAddresses: string[];

  constructor(scope: Construct, id: string, props: BackendPoolProps = {}) {
    checkCall(childPath(scope, id), "BackendPool", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.fqdns = props.fqdns ?? [];
    this.ipAddresses = props.ipAddresses ?? [];
    assertValid(this, "name", this.name, nameRule(this.name));
    for (const fqdn of this.fqdns) assertValid(this, "fqdns[]", fqdn, fqdnRule(fqdn));
    for (const ip of this.ipAddresses) assertValid(this, "ipAddresses[]", ip, ipAddressRule(ip));
  }

  /** True when every target is a DNS name (the App Service case). */
  public get hasOnlyFqdnTargets(): boolean {
    return this.fqdns.length > 0 && this.ipAddresses.length === 0;
  }

  /** The pool as the model describes it. @internal */
  public _describe(): BackendAddressPoolModel {
    return { name: this.name, fqdns: this.fqdns, ipAddresses: this.ipAddresses };
  }
}
brandApiClass(BackendPool, "BackendPool");
