/**
 * Response codes Application Gateway can replace with a custom error page
 * (Learn: custom-error, "Supported response codes"; 404 is listed by ARM but
 * "currently not supported").
 */
export enum CustomErrorStatusCode {
  /** 400 Bad Request. */
  HTTP_400 = "HttpStatus400",
  /** 403 Forbidden (also what the WAF answers when it blocks). */
  HTTP_403 = "HttpStatus403",
  /** 405 Method Not Allowed. */
  HTTP_405 = "HttpStatus405",
  /** 408 Request Timeout. */
  HTTP_408 = "HttpStatus408",
  /** 500 Internal Server Error. */
  HTTP_500 = "HttpStatus500",
  /** 502 Bad Gateway (no healthy backend). */
  HTTP_502 = "HttpStatus502",
  /** 503 Service Unavailable. */
  HTTP_503 = "HttpStatus503",
  /** 504 Gateway Timeout. */
  HTTP_504 = "HttpStatus504",
}

/** A page the gateway serves instead of its own error page. */
export interface CustomErrorPage {
  /** The response code it replaces. */
  readonly statusCode: CustomErrorStatusCode;
  /** Public HTTPS URL of an .htm or .html page under 1 MB (an Azure storage blob, say). */
  readonly url: string;
}
