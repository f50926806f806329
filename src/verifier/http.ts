/**
 * The verifier in an HTTP handler, framework-neutral: works as Express/Connect
 * middleware `(req, res, next)` and inside a plain `node:http` handler, using
 * only what both request/response objects have.
 */
import { Accepted, ClientCertificateVerifier, Rejected } from "./verifier";

/** What the guard reads from a request (Node's IncomingMessage and Express's Request have it). */
export interface RequestLike {
  readonly headers: { readonly [name: string]: string | readonly string[] | undefined };
  /** Set by the guard when the certificate is accepted. */
  clientCertificate?: Accepted;
}

/** What the guard writes to a response (Node's ServerResponse and Express's Response have it). */
export interface ResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
}

export interface GuardOptions {
  /** The request header that carries the certificate. Default "X-Client-Cert", the gateway's default. */
  readonly header?: string;
  /**
   * Put the reason code in the JSON body of a 401/403, for debugging a client. Default false: a
   * reason tells a prober which CA names, pinned names and allow-list the backend has. The detail is never sent.
   */
  readonly exposeReason?: boolean;
  /** Called for each rejection before the response is written, e.g. to log `result.detail`. */
  readonly onReject?: (result: Rejected, req: RequestLike) => void;
}

/**
 * Returns `guard(req, res, next?)`. On acceptance it sets `req.clientCertificate`,
 * calls `next()` when given, and returns the result. On rejection it answers
 * 401 (no certificate) or 403 (certificate refused) with a small JSON body and
 * returns undefined; `next` is not called.
 */
export function clientCertificateGuard(verifier: ClientCertificateVerifier, options: GuardOptions = {}) {
  const header = (options.header ?? "X-Client-Cert").toLowerCase(); // Node lower-cases incoming header names
  const exposeReason = options.exposeReason ?? false;
  return function guard(req: RequestLike, res: ResponseLike, next?: () => void): Accepted | undefined {
    const result = verifier.verifyHeader(req.headers[header]);
    if (result.ok) {
      req.clientCertificate = result;
      next?.();
      return result;
    }
    options.onReject?.(result, req);
    res.statusCode = result.status;
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Cache-Control", "no-store");
    const body = result.status === 401 ? "client certificate required" : "client certificate rejected";
    res.end(JSON.stringify(exposeReason ? { error: body, reason: result.reason } : { error: body }));
    return undefined;
  };
}
