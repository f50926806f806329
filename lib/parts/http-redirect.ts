import { Construct } from "constructs";
import { assertValid } from "../core/errors";
import { checkListenerBinding, defaultFrontendPortName } from "./listener-binding";
import { ListenerFrontend } from "../core/enums";
import { HttpsListener } from "./https-listener";
import { HttpListenerModel, RedirectConfigurationModel, RequestRoutingRuleModel } from "../model/gateway-model";
import { Redirect, RedirectOptions } from "./redirect";
import { priorityRule } from "../rules/values/listeners";
import { checkCall, childPath } from "../rules/values/props";

/** Props of an HTTP → HTTPS redirect. */
export interface HttpRedirectProps extends RedirectOptions {
  /**
   * Name of the HTTP listener, the redirect configuration and the routing rule.
   * @default the construct id
   */
  readonly name?: string;
  /** The HTTPS listener clients are sent to. */
  readonly target: HttpsListener;
  /** Priority of the redirect's routing rule (1–20000, unique). */
  readonly priority: number;
  /**
   * Port of the plain-HTTP listener.
   * @default 80
   */
  readonly port?: number;
  /**
   * Name of the frontend port.
   * @default `port-<port>`
   */
  readonly frontendPortName?: string;
  /**
   * Host names the HTTP listener answers.
   * @default the target's host names
   */
  readonly hostNames?: string[];
}

/**
 * A plain-HTTP listener whose requests are redirected to an HTTPS listener
 * (by default permanently, 301, path and query string kept). Create it with
 * `MtlsApplicationGateway.addHttpRedirect`. It never reaches a backend, so it
 * needs no certificate headers.
 */
export class HttpRedirect extends Construct {
  /** Name of the listener, redirect configuration and routing rule. */
  public readonly name: string;
  /** The HTTPS listener redirected to. */
  public readonly target: HttpsListener;
  /** Priority of the routing rule. */
  public readonly priority: number;
  /** HTTP port. */
  public readonly port: number;
  /** Frontend port name. */
  public readonly frontendPortName: string;
  /** Host names. */
  public readonly hostNames: string[];
  /** The redirect. */
  public readonly redirect: Redirect;

  constructor(scope: Construct, id: string, props: HttpRedirectProps) {
    checkCall(childPath(scope, id), "HttpRedirect", [scope, id, props]);
    super(scope, id);
    this.name = props.name ?? id;
    this.target = props.target;
    this.priority = props.priority;
    this.port = props.port ?? 80;
    this.frontendPortName = props.frontendPortName ?? defaultFrontendPortName(this.port);
    this.hostNames = props.hostNames ?? props.target.hostNames;
    this.redirect = Redirect.toListener(props.target, props);
    checkListenerBinding(this, this);
    assertValid(this, "priority", this.priority, priorityRule(this.priority));
  }

  /** Same frontend as the target. */
  public get frontend(): ListenerFrontend {
    return this.target.frontend;
  }

  /**
   * The plain-HTTP listener as the model describes it.
   * @param frontendIpConfigurationName the gateway's name for this listener's frontend
   * @internal
   */
  public _describeListener(frontendIpConfigurationName: string): HttpListenerModel {
    return {
      name: this.name,
      protocol: "Http",
      frontendIPConfiguration: frontendIpConfigurationName,
      frontendPort: this.frontendPortName,
      hostNames: this.hostNames,
      requireServerNameIndication: false,
      customErrorConfigurations: [],
    };
  }

  /** The redirect configuration as the model describes it. @internal */
  public _describeRedirect(): RedirectConfigurationModel {
    return this.redirect._describe(this.name);
  }

  /** The routing rule as the model describes it. @internal */
  public _describeRule(): RequestRoutingRuleModel {
    return {
      name: this.name,
      ruleType: "Basic",
      priority: this.priority,
      httpListener: this.name,
      redirectConfiguration: this.name,
    };
  }
}
