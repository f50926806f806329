// Layer-4 listeners (TCP/TLS proxy, GA 2025-11-26): ARM 2025-03-01 `listeners[]`, a
// collection apart from the layer-7 `httpListeners[]`. A TCP listener proxies bytes; a TLS
// listener terminates TLS with a server certificate first, and may authenticate clients
// with a strict SSL profile (Learn: mutual-authentication-overview, "mutual authentication
// configuration for TLS protocol listeners").
import { Construct } from "constructs";
import { Layer4Protocol, ListenerFrontend } from "../core/enums";
import { ListenerModel } from "../model/gateway-model";
import { ListenerCertificate } from "../options/listener-certificate";
import { brandApiClass, checkCall, childPath } from "../rules/values/props";
import { checkListenerBinding, checkListenerCertificate, defaultFrontendPortName } from "./listener-binding";
import { SslProfile } from "./ssl-profile";

/** Props of a TCP listener. */
export interface TcpListenerProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /** Frontend port (1–65199 on v2). */
  readonly port: number;
  /**
   * Name of the frontend port on the gateway.
   * @default `port-<port>`
   */
  readonly frontendPortName?: string;
  /**
   * Frontend IP the listener is bound to.
   * @default ListenerFrontend.PUBLIC
   */
  readonly frontend?: ListenerFrontend;
}

/** Props of a TLS listener. */
export interface TlsListenerProps extends TcpListenerProps {
  /** The server certificate the listener presents. */
  readonly certificate: ListenerCertificate;
  /**
   * SSL profile: TLS policy and strict client authentication (a passthrough profile is
   * refused: layer 4 has no headers to hand the client certificate to the backend).
   * @default none: the gateway's TLS policy, no client certificate
   */
  readonly sslProfile?: SslProfile;
}

/** A layer-4 listener: TCP or TLS. */
export abstract class Layer4Listener extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Frontend port. */
  public readonly port: number;
  /** Name of the frontend port on the gateway. */
  public readonly frontendPortName: string;
  /** Frontend IP the listener is bound to. */
  public readonly frontend: ListenerFrontend;
  /** Host names: none, a layer-4 listener answers whatever arrives on its port. */
  public readonly hostNames: string[] = [];
  /** TCP or TLS. */
  public abstract readonly protocol: Layer4Protocol;

  constructor(scope: Construct, id: string, props: TcpListenerProps) {
    checkCall(childPath(scope, id), "Layer4Listener", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.port = props.port;
    this.frontendPortName = props.frontendPortName ?? defaultFrontendPortName(this.port);
    this.frontend = props.frontend ?? ListenerFrontend.PUBLIC;
    checkListenerBinding(this, this);
  }

  /**
   * The listener as the model describes it.
   * @param frontendIpConfigurationName the gateway's name for this listener's frontend
   * @internal
   */
  public _describe(frontendIpConfigurationName: string): ListenerModel {
    return {
      name: this.name,
      protocol: this.protocol === Layer4Protocol.TLS ? "Tls" : "Tcp",
      frontendIPConfiguration: frontendIpConfigurationName,
      frontendPort: this.frontendPortName,
    };
  }
}

/**
 * A TCP listener: the gateway proxies the connection's bytes to a backend. Create it with
 * `MtlsApplicationGateway.addTcpListener`.
 */
export class TcpListener extends Layer4Listener {
  /** Always TCP. */
  public readonly protocol: Layer4Protocol = Layer4Protocol.TCP;

  constructor(scope: Construct, id: string, props: TcpListenerProps) {
    checkCall(childPath(scope, id), "TcpListener", [scope, id, props]);
    super(scope, id, props);
  }
}
brandApiClass(Layer4Listener, "Layer4Listener");

/**
 * A TLS listener: the gateway terminates TLS with its certificate, then proxies the
 * bytes. Create it with `MtlsApplicationGateway.addTlsListener`.
 */
export class TlsListener extends Layer4Listener {
  /** Always TLS. */
  public readonly protocol: Layer4Protocol = Layer4Protocol.TLS;
  /** Server certificate. */
  public readonly certificate: ListenerCertificate;
  /** SSL profile, if any. */
  public readonly sslProfile?: SslProfile;

  constructor(scope: Construct, id: string, props: TlsListenerProps) {
    checkCall(childPath(scope, id), "TlsListener", [scope, id, props]);
    super(scope, id, props);
    this.certificate = props.certificate;
    this.sslProfile = props.sslProfile;
    checkListenerCertificate(this, this.certificate);
  }

  /** @internal */
  public _describe(frontendIpConfigurationName: string): ListenerModel {
    return { ...super._describe(frontendIpConfigurationName), sslCertificate: this.certificate.name, sslProfile: this.sslProfile?.name };
  }
}
