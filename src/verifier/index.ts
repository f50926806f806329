/**
 * cdktf-azure-appgw-mtls/verifier: validates, in a Node backend, the client
 * certificate an Application Gateway passthrough listener forwards. Imports only
 * `node:` modules, so a backend needs none of the construct library's
 * dependencies. Not part of the jsii assembly (see README, "The backend half").
 */
export { ClientCertificateVerifier } from "./verifier";
export type {
  Accepted,
  AllowedNames,
  CertificateInput,
  ClientCertificatePolicy,
  ClientIdentity,
  CrlInput,
  Rejected,
  VerificationResult,
} from "./verifier";
export { Reason, httpStatus } from "./reasons";
export type { ReasonCode } from "./reasons";
export { decodeCertificateHeader, DEFAULT_MAX_HEADER_LENGTH } from "./header";
export type { DecodedHeader } from "./header";
export { clientCertificateGuard } from "./http";
export type { GuardOptions, RequestLike, ResponseLike } from "./http";
