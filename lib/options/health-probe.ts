import { ProbeModel } from "../model/gateway-model";

/** A custom health probe of one backend settings. */
export interface HealthProbeProps {
  /**
   * Name of the probe on the gateway.
   * @default `<backend settings name>-probe`
   */
  readonly name?: string;
  /**
   * Path probed.
   * @default "/"
   */
  readonly path?: string;
  /**
   * Seconds between probes.
   * @default 30
   */
  readonly interval?: number;
  /**
   * Seconds before a probe times out.
   * @default 30
   */
  readonly timeout?: number;
  /**
   * Failed probes before a server is marked unhealthy.
   * @default 3
   */
  readonly unhealthyThreshold?: number;
  /**
   * Status codes that count as healthy.
   * @default ["200-399"]
   */
  readonly statusCodes?: string[];
  /**
   * Host header of the probe.
   * @default taken from the backend settings (App Service style: the settings'
   * host name, or the backend's own name when they pick it from the backend)
   */
  readonly host?: string;
  /**
   * Port probed, when the backend answers health probes on another port than
   * the one it serves (1–65535).
   * @default the backend settings' port
   */
  readonly port?: number;
  /**
   * Servers always marked healthy, whatever the probe says (ARM's `minServers`).
   * @default 0
   */
  readonly minServers?: number;
  /**
   * Text the probe response's body must contain to count as healthy (a plain
   * "contains" match, as well as a healthy status code).
   * @default none: the status code alone decides
   */
  readonly responseBodyMatch?: string;
}

/** The probe as the model describes it, for backend settings of this protocol. */
export function describeProbe(name: string, protocol: ProbeModel["protocol"], props: HealthProbeProps): ProbeModel {
  return {
    name,
    protocol,
    path: props.path ?? "/",
    interval: props.interval ?? 30,
    timeout: props.timeout ?? 30,
    unhealthyThreshold: props.unhealthyThreshold ?? 3,
    host: props.host,
    pickHostNameFromBackendHttpSettings: props.host === undefined,
    minServers: props.minServers ?? 0,
    port: props.port,
    match: { statusCodes: props.statusCodes ?? ["200-399"], body: props.responseBodyMatch },
  };
}
