import { Token } from "cdktf";
import { IConstruct } from "constructs";
import { assertValid } from "../core/errors";
import { CustomErrorPage } from "../options/custom-error-page";
import { CustomErrorModel } from "../model/gateway-model";
import { customErrorRule, frontendPortRule, hostNameCountRule, hostNameRule } from "../rules/values/listeners";
import { nameRule } from "../rules/values/names";
import { keyVaultSecretIdRule, secretIdNote } from "../rules/values/certificates";
import { idNameNote, keyVaultIdRule, keyVaultMatchRule } from "../rules/values/resource-ids";
import type { ListenerCertificate } from "../options/listener-certificate";


/** `port-<port>`; a port that is a Terraform expression stays one inside the name. */
export function defaultFrontendPortName(port: number): string {
  return `port-${Token.isUnresolved(port) ? Token.asString(port) : port}`;
}

/** What every listener binds to: a frontend port and, for multi-site, host names. */
export interface ListenerBinding {
  readonly name: string;
  readonly port: number;
  readonly frontendPortName: string;
  readonly hostNames: string[];
}

/** Throws for a listener binding that can never be valid (HTTPS listeners and redirects alike). */
export function checkListenerBinding(scope: IConstruct, binding: ListenerBinding): void {
  assertValid(scope, "name", binding.name, nameRule(binding.name));
  assertValid(scope, "port", binding.port, frontendPortRule(binding.port));
  assertValid(scope, "frontendPortName", binding.frontendPortName, nameRule(binding.frontendPortName));
  assertValid(scope, "hostNames", binding.hostNames, hostNameCountRule(binding.hostNames));
  for (const host of binding.hostNames) assertValid(scope, "hostNames[]", host, hostNameRule(host));
}

/** Throws for custom error pages that can never be valid (gateway and listener level alike). */
export function checkCustomErrorPages(scope: IConstruct, prop: string, pages: CustomErrorPage[]): void {
  const seen = new Set<string>();
  for (const page of pages) {
    assertValid(scope, `${prop}[]`, page, customErrorRule([page.statusCode, page.url, seen.has(page.statusCode)]));
    seen.add(page.statusCode);
  }
}

/** Custom error pages as the model describes them. */
export function describeCustomErrors(pages: CustomErrorPage[]): CustomErrorModel[] {
  return pages.map((p) => ({ statusCode: p.statusCode, customErrorPageUrl: p.url }));
}

/** Throws for a server certificate that can never be valid (HTTPS and TLS listeners alike). */
export function checkListenerCertificate(scope: IConstruct, certificate: ListenerCertificate): void {
  assertValid(scope, "certificate.name", certificate.name, nameRule(certificate.name));
  const secretId = certificate.keyVaultSecretId;
  assertValid(scope, "certificate.secretId", secretId, keyVaultSecretIdRule(secretId), secretIdNote(secretId));
  const keyVaultId = certificate.keyVaultId;
  assertValid(scope, "certificate.keyVaultId", keyVaultId, keyVaultIdRule(keyVaultId) ?? keyVaultMatchRule([secretId, keyVaultId]), idNameNote("keyVault", keyVaultId));
}
