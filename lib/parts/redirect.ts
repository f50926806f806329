import type { HttpsListener } from "./https-listener";
import { RedirectConfigurationModel } from "../model/gateway-model";
import { brandApiClass, checkCall } from "../rules/values/props";

/** The HTTP status of a redirect (ARM `ApplicationGatewayRedirectType`). */
export enum RedirectType {
  /** 301. */
  PERMANENT = "Permanent",
  /** 302. */
  FOUND = "Found",
  /** 303. */
  SEE_OTHER = "SeeOther",
  /** 307. */
  TEMPORARY = "Temporary",
}

/** How a redirect answers. */
export interface RedirectOptions {
  /**
   * The redirect's status.
   * @default RedirectType.PERMANENT
   */
  readonly type?: RedirectType;
  /**
   * Append the request's path to the target.
   * @default true
   */
  readonly includePath?: boolean;
  /**
   * Append the request's query string to the target.
   * @default true
   */
  readonly includeQueryString?: boolean;
}

/**
 * Where a routing rule (or path rule) sends clients instead of a backend: another
 * listener of the gateway, or an external URL (Learn: redirect-overview).
 */
export class Redirect {
  /**
   * To a listener of this gateway (HTTP to HTTPS, or between sites).
   * @param listener the target listener
   * @param options status, path and query string
   */
  public static toListener(listener: HttpsListener, options: RedirectOptions = {}): Redirect {
    checkCall("Redirect.toListener", "Redirect.toListener", [listener, options]);
    return new Redirect(listener, undefined, options);
  }

  /**
   * To an external site.
   * @param url absolute http(s) URL
   * @param options status, path and query string
   */
  public static toUrl(url: string, options: RedirectOptions = {}): Redirect {
    checkCall("Redirect.toUrl", "Redirect.toUrl", [url, options]);
    return new Redirect(undefined, url, options);
  }

  /** Target listener, when redirecting between listeners. */
  public readonly targetListener?: HttpsListener;
  /** Target URL, when redirecting to an external site. */
  public readonly targetUrl?: string;
  /** Status. */
  public readonly type: RedirectType;
  /** Whether the path is kept. */
  public readonly includePath: boolean;
  /** Whether the query string is kept. */
  public readonly includeQueryString: boolean;

  private constructor(targetListener: HttpsListener | undefined, targetUrl: string | undefined, options: RedirectOptions) {
    this.targetListener = targetListener;
    this.targetUrl = targetUrl;
    this.type = options.type ?? RedirectType.PERMANENT;
    this.includePath = options.includePath ?? true;
    this.includeQueryString = options.includeQueryString ?? true;
  }

  /**
   * The redirect configuration as the model describes it.
   * @param name its name on the gateway
   * @internal
   */
  public _describe(name: string): RedirectConfigurationModel {
    return {
      name,
      redirectType: this.type,
      targetListener: this.targetListener?.name,
      targetUrl: this.targetUrl,
      includePath: this.includePath,
      includeQueryString: this.includeQueryString,
    };
  }
}
brandApiClass(Redirect, "Redirect");
