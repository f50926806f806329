import { Token } from "cdktf";

/** Which frontend IP configuration of the gateway a listener is bound to. */
export enum ListenerFrontend {
  /** The Standard static public IP. */
  PUBLIC = "public",
  /** The private IP in the gateway subnet (set `MtlsApplicationGatewayProps.privateFrontendIpAddress`). */
  PRIVATE = "private",
}

/** `port-<port>`; a port that is a Terraform expression stays one inside the name. */
export function defaultFrontendPortName(port: number): string {
  return `port-${Token.isUnresolved(port) ? Token.asString(port) : port}`;
}
