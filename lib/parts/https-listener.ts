import { Construct } from "constructs";
import { ListenerCertificate } from "../options/listener-certificate";
import { CustomErrorPage } from "../options/custom-error-page";
import { assertValid } from "../core/errors";
import { checkCustomErrorPages, checkListenerBinding, checkListenerCertificate, defaultFrontendPortName, describeCustomErrors } from "./listener-binding";
import { ListenerFrontend } from "../core/enums";
import { HttpListenerModel } from "../model/gateway-model";
import { forwardNeedsMtlsRule, sniHostNamesRule } from "../rules/values/listeners";
import { SslProfile } from "./ssl-profile";
import { brandApiClass, checkCall, childPath } from "../rules/values/props";

/** Props of an HTTPS listener. */
export interface HttpsListenerProps {
  /**
   * Name on the gateway.
   * @default the construct id
   */
  readonly name?: string;
  /**
   * Frontend port (1–65199 on v2).
   * @default 443
   */
  readonly port?: number;
  /**
   * Name of the frontend port on the gateway; listeners on the same port share it.
   * @default `port-<port>`
   */
  readonly frontendPortName?: string;
  /** The server certificate the listener presents. */
  readonly certificate: ListenerCertificate;
  /**
   * SSL profile (TLS policy and client authentication) of this listener.
   * @default none: the gateway's TLS policy, no client certificate
   */
  readonly sslProfile?: SslProfile;
  /**
   * Host names this listener answers (multi-site, at most 5).
   * @default none: a basic listener that answers every host
   */
  readonly hostNames?: string[];
  /**
   * Require SNI from clients.
   * @default false
   */
  readonly requireSni?: boolean;
  /**
   * Frontend IP the listener is bound to.
   * @default ListenerFrontend.PUBLIC
   */
  readonly frontend?: ListenerFrontend;
  /**
   * Forward the client certificate to the backend in request headers (see
   * `MtlsApplicationGatewayProps.clientCertificateHeaders`). Only for listeners
   * whose SSL profile authenticates clients.
   * @default true when the SSL profile authenticates clients (passthrough or strict), else false
   */
  readonly forwardClientCertificate?: boolean;
  /**
   * Error pages of this listener, replacing the gateway's for the same codes.
   * @default the gateway's
   */
  readonly customErrorPages?: CustomErrorPage[];
  /**
   * WAF policy of this listener (a WAF_v2 gateway only), overriding the gateway's.
   * @default the gateway's policy
   */
  readonly firewallPolicyId?: string;
}

/**
 * An HTTPS listener on the gateway's public frontend. Create it with
 * `MtlsApplicationGateway.addHttpsListener`.
 */
export class HttpsListener extends Construct {
  /** Name on the gateway. */
  public readonly name: string;
  /** Frontend port. */
  public readonly port: number;
  /** Name of the frontend port on the gateway. */
  public readonly frontendPortName: string;
  /** Server certificate. */
  public readonly certificate: ListenerCertificate;
  /** SSL profile, if any. */
  public readonly sslProfile?: SslProfile;
  /** Host names (empty for a basic listener). */
  public readonly hostNames: string[];
  /** Whether SNI is required. */
  public readonly requireSni?: boolean;
  /** Frontend IP the listener is bound to. */
  public readonly frontend: ListenerFrontend;
  /** Explicit choice of forwarding, if any. */
  public readonly forwardClientCertificate?: boolean;
  /** Error pages of this listener. */
  public readonly customErrorPages: CustomErrorPage[];
  /** WAF policy of this listener, if any. */
  public readonly firewallPolicyId?: string;

  constructor(scope: Construct, id: string, props: HttpsListenerProps) {
    checkCall(childPath(scope, id), "HttpsListener", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.port = props.port ?? 443;
    this.frontendPortName = props.frontendPortName ?? defaultFrontendPortName(this.port);
    this.certificate = props.certificate;
    this.sslProfile = props.sslProfile;
    this.hostNames = props.hostNames ?? [];
    this.requireSni = props.requireSni;
    this.frontend = props.frontend ?? ListenerFrontend.PUBLIC;
    this.forwardClientCertificate = props.forwardClientCertificate;
    this.customErrorPages = props.customErrorPages ?? [];
    this.firewallPolicyId = props.firewallPolicyId;
    checkListenerBinding(this, this);
    checkCustomErrorPages(this, "customErrorPages", this.customErrorPages);
    assertValid(this, "requireSni", this.requireSni, sniHostNamesRule([this.requireSni === true, this.hostNames]), `hostNames = ${JSON.stringify(this.hostNames)}`);
    checkListenerCertificate(this, this.certificate);
    if (this.forwardClientCertificate === true) {
      assertValid(this, "forwardClientCertificate", true, forwardNeedsMtlsRule(this.requestsClientCertificate));
    }
  }

  /** True when the listener's SSL profile requests client certificates. */
  public get requestsClientCertificate(): boolean {
    return this.sslProfile?.clientAuthentication.mode !== undefined;
  }

  /** True when requests from this listener carry the client-certificate headers. */
  public get forwardsClientCertificate(): boolean {
    return this.forwardClientCertificate ?? this.requestsClientCertificate;
  }

  /**
   * The listener as the model describes it.
   * @param frontendIpConfigurationName the gateway's name for this listener's frontend
   * @internal
   */
  public _describe(frontendIpConfigurationName: string): HttpListenerModel {
    return {
      name: this.name,
      protocol: "Https",
      frontendIPConfiguration: frontendIpConfigurationName,
      frontendPort: this.frontendPortName,
      sslCertificate: this.certificate.name,
      sslProfile: this.sslProfile?.name,
      hostNames: this.hostNames,
      requireServerNameIndication: this.requireSni ?? false,
      firewallPolicyId: this.firewallPolicyId,
      customErrorConfigurations: describeCustomErrors(this.customErrorPages),
    };
  }
}
brandApiClass(HttpsListener, "HttpsListener");
