import { brandApiClass, checkCall } from "../rules/values/props";

/**
 * A public frontend of the gateway: a Standard static public IP the gateway
 * creates, one you already own, or none at all (a private-only gateway).
 */
export class FrontendPublicIp {
  /** A new Standard static public IP, created beside the gateway (the default for the IPv4 frontend). */
  public static create(): FrontendPublicIp {
    checkCall("FrontendPublicIp.create", "FrontendPublicIp.create", []);
    return new FrontendPublicIp(true, undefined);
  }

  /**
   * A Standard static public IP you already own (another stack's, a reserved address).
   * It must be of the frontend's IP version, and cover the gateway's zones.
   * @param publicIpAddressId its resource id, `/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/publicIPAddresses/<name>`
   */
  public static fromId(publicIpAddressId: string): FrontendPublicIp {
    checkCall("FrontendPublicIp.fromId", "FrontendPublicIp.fromId", [publicIpAddressId]);
    return new FrontendPublicIp(false, publicIpAddressId);
  }

  /**
   * No public IP: for the IPv4 frontend, a private-only gateway (Learn: "Private Application
   * Gateway deployment"), whose listeners are all on the private frontend.
   */
  public static none(): FrontendPublicIp {
    checkCall("FrontendPublicIp.none", "FrontendPublicIp.none", []);
    return new FrontendPublicIp(false, undefined);
  }

  /** Whether the gateway creates the public IP. */
  public readonly created: boolean;
  /** The id of the public IP you own (`fromId`). */
  public readonly publicIpAddressId?: string;

  private constructor(created: boolean, publicIpAddressId: string | undefined) {
    this.created = created;
    this.publicIpAddressId = publicIpAddressId;
  }

  /** Whether there is a public IP at all. */
  public get isNone(): boolean {
    return !this.created && this.publicIpAddressId === undefined;
  }
}
brandApiClass(FrontendPublicIp, "FrontendPublicIp");
