/** Which frontend IP configuration of the gateway a listener is bound to. */
export enum ListenerFrontend {
  /** The Standard static public IP. */
  PUBLIC = "public",
  /** The private IP in the gateway subnet (set `MtlsApplicationGatewayProps.privateFrontendIpAddress`). */
  PRIVATE = "private",
}
