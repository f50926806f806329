// Layer-4 backend settings (TCP/TLS proxy): ARM 2025-03-01 `backendSettingsCollection[]`, apart
// from the layer-7 `backendHttpSettingsCollection[]`; azurerm 4.67+ `backend` blocks.
import { Construct } from "constructs";
import { assertValid, derivedNote, excerpt } from "../core/errors";
import { Layer4Protocol } from "../core/enums";
import { BackendSettingsModel, Layer4ProbeModel } from "../model/gateway-model";
import { DEFAULT_REQUEST_TIMEOUT } from "../model/defaults";
import { certificateDataNote } from "../options/certificate-data";
import { TrustedRootCertificate } from "../options/trusted-root-certificate";
import { backendPortRule, fqdnRule, requestTimeoutRule } from "../rules/values/backends";
import { certDataRule, keyVaultSecretIdRule, secretIdNote } from "../rules/values/certificates";
import { l4TlsOnlyRule } from "../rules/values/layer4";
import { nameRule } from "../rules/values/names";
import { probePortRule, probeSecondsRule, probeThresholdRule } from "../rules/values/probes";
import { brandApiClass, checkCall, childPath } from "../rules/values/props";

/** A layer-4 health probe: a TCP connection (or TLS handshake) to each backend server. */
export interface Layer4HealthProbeProps {
  /**
   * Name of the probe on the gateway.
   * @default `<backend settings name>-probe`
   */
  readonly name?: string;
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
   * Port probed (1–65535).
   * @default the backend settings' port
   */
  readonly port?: number;
}

/** Props of layer-4 backend settings. */
export interface Layer4BackendSettingsProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /**
   * Protocol to the backend: TCP, or TLS (the gateway opens a TLS connection to the backend).
   * @default Layer4Protocol.TLS
   */
  readonly protocol?: Layer4Protocol;
  /** Backend port (1–65535). */
  readonly port: number;
  /**
   * Connection timeout in seconds (1–86400).
   * @default 30 (azurerm's default)
   */
  readonly timeout?: number;
  /**
   * Server name (SNI) sent to the backend; Tls only.
   * @default none
   */
  readonly hostName?: string;
  /**
   * CAs that sign the backends' server certificates (private CA); Tls only.
   * @default none: well-known CAs
   */
  readonly trustedRootCertificates?: TrustedRootCertificate[];
  /**
   * A custom layer-4 health probe, with the same protocol as the settings.
   * @default none: Azure's default probe
   */
  readonly healthProbe?: Layer4HealthProbeProps;
}

/**
 * Layer-4 backend settings: how the gateway connects to a backend pool for a TCP or TLS
 * listener. Create them with `MtlsApplicationGateway.addLayer4BackendSettings`.
 */
export class Layer4BackendSettings extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Protocol to the backend. */
  public readonly protocol: Layer4Protocol;
  /** Backend port. */
  public readonly port: number;
  /** Connection timeout in seconds, if set. */
  public readonly timeout?: number;
  /** Server name sent to the backend, if any. */
  public readonly hostName?: string;
  /** Trusted root CAs of the backends. */
  public readonly trustedRootCertificates: TrustedRootCertificate[];
  /** Custom health probe, if any. */
  public readonly healthProbe?: Layer4HealthProbeProps;

  constructor(scope: Construct, id: string, props: Layer4BackendSettingsProps) {
    checkCall(childPath(scope, id), "Layer4BackendSettings", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.protocol = props.protocol ?? Layer4Protocol.TLS;
    this.port = props.port;
    this.timeout = props.timeout;
    this.hostName = props.hostName;
    this.trustedRootCertificates = props.trustedRootCertificates ?? [];
    this.healthProbe = props.healthProbe;
    const tls = this.protocol === Layer4Protocol.TLS;
    assertValid(this, "name", this.name, nameRule(this.name));
    assertValid(this, "port", this.port, backendPortRule(this.port));
    assertValid(this, "timeout", this.timeout, requestTimeoutRule(this.timeout));
    assertValid(this, "hostName", this.hostName, fqdnRule(this.hostName) ?? l4TlsOnlyRule([tls, this.hostName !== undefined]), `protocol = "${this.protocol}"`);
    const roots = this.trustedRootCertificates.map((c) => c.name);
    assertValid(this, "trustedRootCertificates", roots, l4TlsOnlyRule([tls, roots.length > 0]), `protocol = "${this.protocol}"`);
    for (const root of this.trustedRootCertificates) {
      assertValid(this, "trustedRootCertificates[].name", root.name, nameRule(root.name));
      assertValid(this, "trustedRootCertificates[].keyVaultSecretId", root.keyVaultSecretId, keyVaultSecretIdRule(root.keyVaultSecretId), secretIdNote(root.keyVaultSecretId));
      if (root.data !== undefined) assertValid(this, "trustedRootCertificates[].data", excerpt(root.data), certDataRule(root.data), certificateDataNote(root.data));
    }
    const probe = this.healthProbe ?? {};
    if (this.healthProbe !== undefined) {
      assertValid(this, "healthProbe.name", this.probeName, nameRule(this.probeName), derivedNote(probe.name, "the settings' name", "healthProbe.name"));
    }
    assertValid(this, "healthProbe.interval", probe.interval, probeSecondsRule(probe.interval));
    assertValid(this, "healthProbe.timeout", probe.timeout, probeSecondsRule(probe.timeout));
    assertValid(this, "healthProbe.unhealthyThreshold", probe.unhealthyThreshold, probeThresholdRule(probe.unhealthyThreshold));
    assertValid(this, "healthProbe.port", probe.port, probePortRule(probe.port));
  }

  /** Name of the custom probe. */
  public get probeName(): string {
    return this.healthProbe?.name ?? `${this.name}-probe`;
  }

  /** The settings as the model describes them. @internal */
  public _describe(): BackendSettingsModel {
    return {
      name: this.name,
      protocol: this.protocol === Layer4Protocol.TLS ? "Tls" : "Tcp",
      port: this.port,
      timeout: this.timeout ?? DEFAULT_REQUEST_TIMEOUT,
      hostName: this.hostName,
      probe: this.healthProbe ? this.probeName : undefined,
      trustedRootCertificates: this.trustedRootCertificates.map((c) => c.name),
    };
  }

  /** The custom probe as the model describes it, if one is configured. @internal */
  public _describeProbe(): Layer4ProbeModel | undefined {
    const p = this.healthProbe;
    if (p === undefined) return undefined;
    return {
      name: this.probeName,
      protocol: this.protocol === Layer4Protocol.TLS ? "Tls" : "Tcp",
      interval: p.interval ?? 30,
      timeout: p.timeout ?? 30,
      unhealthyThreshold: p.unhealthyThreshold ?? 3,
      port: p.port,
    };
  }
}
brandApiClass(Layer4BackendSettings, "Layer4BackendSettings");
