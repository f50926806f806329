import { Construct } from "constructs";
import { assertValid, derivedNote, excerpt } from "../core/errors";
import { describeProbe, HealthProbeProps } from "../options/health-probe";
import { TrustedRootCertificate } from "../options/trusted-root-certificate";
import { BackendHttpSettingsModel, ProbeModel } from "../model/gateway-model";
import { DEFAULT_REQUEST_TIMEOUT } from "../model/defaults";
import { affinityCookieRule, backendPathRule, backendPortRule, connectionDrainingRule, fqdnRule, hostNamePickRule, requestTimeoutRule, trustedRootRule } from "../rules/values/backends";
import { certificateDataNote } from "../options/certificate-data";
import { certDataRule, keyVaultSecretIdRule, secretIdNote } from "../rules/values/certificates";
import { nameRule } from "../rules/values/names";
import { probeMinServersRule, probePathRule, probePortRule, probeStatusCodesRule, probeSecondsRule, probeThresholdRule } from "../rules/values/probes";
import { brandApiClass, checkCall, childPath } from "../rules/values/props";

/** Protocol between the gateway and the backend. */
export enum BackendProtocol {
  /** Plain HTTP. */
  HTTP = "Http",
  /** TLS to the backend. */
  HTTPS = "Https",
}

/** Props of backend settings. */
export interface BackendSettingsProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /**
   * Protocol to the backend.
   * @default BackendProtocol.HTTPS
   */
  readonly protocol?: BackendProtocol;
  /**
   * Backend port.
   * @default 443 for HTTPS, 80 for HTTP
   */
  readonly port?: number;
  /**
   * Host header sent to the backend.
   * @default the original host, or the backend's own name (see `pickHostNameFromBackendAddress`)
   */
  readonly hostName?: string;
  /**
   * Send the backend target's own DNS name as Host header, as App Service and other
   * multi-tenant PaaS backends require (Learn: application-gateway-web-app-overview).
   * @default true when no `hostName` is set and every pool routed through these
   * settings has only FQDN targets; false otherwise
   */
  readonly pickHostNameFromBackendAddress?: boolean;
  /**
   * Request timeout in seconds (1–86400; Azure honours at most 240 for backends on the internet).
   * @default 30 (azurerm's default; Azure's own is 20)
   */
  readonly requestTimeout?: number;
  /**
   * Cookie-based session affinity.
   * @default false
   */
  readonly cookieBasedAffinity?: boolean;
  /**
   * Name of the affinity cookie (needs `cookieBasedAffinity: true`), e.g. when
   * two gateways front one site and each must keep its own cookie.
   * @default Azure's ApplicationGatewayAffinity
   */
  readonly affinityCookieName?: string;
  /**
   * Connection draining: seconds (1–3600) a backend target being removed (or
   * turning unhealthy through a configuration change) keeps serving its
   * in-flight requests before its connections close.
   * @default draining off
   */
  readonly connectionDrainingTimeout?: number;
  /**
   * Override backend path: a prefix, starting with '/', put before the
   * request's path on its way to the backend (e.g. "/app" sends `/x` as `/app/x`).
   * @default none: the request's own path
   */
  readonly path?: string;
  /**
   * One backend connection per client connection instead of pooled connections
   * (for backends that authenticate a connection, e.g. NTLM).
   * @default false
   */
  readonly dedicatedBackendConnection?: boolean;
  /**
   * CAs that sign the backends' server certificates, for end-to-end TLS to a
   * private CA (Https only). Backends with a certificate from a well-known public
   * CA need none.
   * @default none: well-known CAs
   */
  readonly trustedRootCertificates?: TrustedRootCertificate[];
  /**
   * A custom health probe for the pools routed through these settings, named
   * `<name>-probe`, with the same protocol.
   * @default none: Azure's default probe
   */
  readonly healthProbe?: HealthProbeProps;
}

/**
 * Backend settings ("HTTP settings"): how the gateway talks to a backend pool.
 * Create them with `MtlsApplicationGateway.addBackendSettings`.
 */
export class BackendSettings extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Protocol to the backend. */
  public readonly protocol: BackendProtocol;
  /** Backend port. */
  public readonly port: number;
  /** Host header override, if any. */
  public readonly hostName?: string;
  /** Explicit choice for picking the host name from the backend address. */
  public readonly pickHostNameFromBackendAddress?: boolean;
  /** Request timeout in seconds, if set. */
  public readonly requestTimeout?: number;
  /** Cookie-based affinity. */
  public readonly cookieBasedAffinity: boolean;
  /** Name of the affinity cookie, if set. */
  public readonly affinityCookieName?: string;
  /** Connection draining timeout in seconds, if draining is on. */
  public readonly connectionDrainingTimeout?: number;
  /** Override backend path, if set. */
  public readonly path?: string;
  /** One backend connection per client connection. */
  public readonly dedicatedBackendConnection: boolean;
  /** Custom health probe, if any. */
  public readonly healthProbe?: HealthProbeProps;
  /** Trusted root CAs of the backends. */
  public readonly trustedRootCertificates: TrustedRootCertificate[];

  constructor(scope: Construct, id: string, props: BackendSettingsProps = {}) {
    checkCall(childPath(scope, id), "BackendSettings", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.protocol = props.protocol ?? BackendProtocol.HTTPS;
    this.port = props.port ?? (this.protocol === BackendProtocol.HTTPS ? 443 : 80);
    this.hostName = props.hostName;
    this.pickHostNameFromBackendAddress = props.pickHostNameFromBackendAddress;
    this.requestTimeout = props.requestTimeout;
    this.cookieBasedAffinity = props.cookieBasedAffinity ?? false;
    this.affinityCookieName = props.affinityCookieName;
    this.connectionDrainingTimeout = props.connectionDrainingTimeout;
    this.path = props.path;
    this.dedicatedBackendConnection = props.dedicatedBackendConnection ?? false;
    this.healthProbe = props.healthProbe;
    this.trustedRootCertificates = props.trustedRootCertificates ?? [];
    const roots: [boolean, boolean] = [this.protocol === BackendProtocol.HTTPS, this.trustedRootCertificates.length > 0];
    assertValid(this, "trustedRootCertificates", this.trustedRootCertificates.map((c) => c.name), trustedRootRule(roots));
    for (const root of this.trustedRootCertificates) {
      assertValid(this, "trustedRootCertificates[].name", root.name, nameRule(root.name));
      assertValid(this, "trustedRootCertificates[].keyVaultSecretId", root.keyVaultSecretId, keyVaultSecretIdRule(root.keyVaultSecretId), secretIdNote(root.keyVaultSecretId));
      if (root.data !== undefined) assertValid(this, "trustedRootCertificates[].data", excerpt(root.data), certDataRule(root.data), certificateDataNote(root.data));
    }
    assertValid(this, "name", this.name, nameRule(this.name));
    assertValid(this, "port", this.port, backendPortRule(this.port));
    assertValid(this, "requestTimeout", this.requestTimeout, requestTimeoutRule(this.requestTimeout));
    assertValid(this, "hostName", this.hostName, fqdnRule(this.hostName));
    assertValid(this, "connectionDrainingTimeout", this.connectionDrainingTimeout, connectionDrainingRule(this.connectionDrainingTimeout));
    assertValid(this, "path", this.path, backendPathRule(this.path));
    if (this.affinityCookieName !== undefined) {
      const cookie: [string, boolean] = [this.affinityCookieName, this.cookieBasedAffinity];
      assertValid(this, "affinityCookieName", { affinityCookieName: this.affinityCookieName, cookieBasedAffinity: this.cookieBasedAffinity }, affinityCookieRule(cookie));
    }
    const both: [boolean, boolean] = [this.hostName !== undefined, this.pickHostNameFromBackendAddress === true];
    assertValid(this, "pickHostNameFromBackendAddress", { hostName: this.hostName, pickHostNameFromBackendAddress: true }, hostNamePickRule(both));
    const probe = this.healthProbe ?? {};
    if (this.healthProbe !== undefined) {
      assertValid(this, "healthProbe.name", this.probeName, nameRule(this.probeName), derivedNote(probe.name, "the settings' name", "healthProbe.name"));
    }
    assertValid(this, "healthProbe.path", probe.path, probePathRule(probe.path));
    assertValid(this, "healthProbe.interval", probe.interval, probeSecondsRule(probe.interval));
    assertValid(this, "healthProbe.timeout", probe.timeout, probeSecondsRule(probe.timeout));
    assertValid(this, "healthProbe.unhealthyThreshold", probe.unhealthyThreshold, probeThresholdRule(probe.unhealthyThreshold));
    assertValid(this, "healthProbe.host", probe.host, fqdnRule(probe.host));
    assertValid(this, "healthProbe.statusCodes", probe.statusCodes, probeStatusCodesRule(probe.statusCodes));
    assertValid(this, "healthProbe.port", probe.port, probePortRule(probe.port));
    assertValid(this, "healthProbe.minServers", probe.minServers, probeMinServersRule(probe.minServers));
  }

  /**
   * The settings as the model describes them.
   * @param fqdnBackendsOnly whether every pool routed through these settings has only FQDN targets
   * @internal
   */
  public _describe(fqdnBackendsOnly: boolean): BackendHttpSettingsModel {
    return {
      name: this.name,
      protocol: this.protocol,
      port: this.port,
      cookieBasedAffinity: this.cookieBasedAffinity ? "Enabled" : "Disabled",
      hostName: this.hostName,
      // See `pickHostNameFromBackendAddress` for the default.
      pickHostNameFromBackendAddress: this.pickHostNameFromBackendAddress ?? (this.hostName === undefined && fqdnBackendsOnly),
      requestTimeout: this.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT,
      connectionDraining: this.connectionDrainingTimeout === undefined ? undefined : { enabled: true, drainTimeoutInSec: this.connectionDrainingTimeout },
      affinityCookieName: this.affinityCookieName,
      path: this.path,
      dedicatedBackendConnection: this.dedicatedBackendConnection,
      probe: this.healthProbe ? this.probeName : undefined,
      trustedRootCertificates: this.trustedRootCertificates.map((c) => c.name),
    };
  }

  /** Name of the custom probe. */
  public get probeName(): string {
    return this.healthProbe?.name ?? `${this.name}-probe`;
  }

  /** The custom probe as the model describes it, if one is configured. @internal */
  public _describeProbe(): ProbeModel | undefined {
    return this.healthProbe ? describeProbe(this.probeName, this.protocol, this.healthProbe) : undefined;
  }
}
brandApiClass(BackendSettings, "BackendSettings");
