// Best-practice rules on listeners (opt-in, warnings): pure functions of the gateway's view
// (rules/view.ts), read from the model's listeners and routing rules. practice/index.ts lists them.
import { RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { finding } from "../gateway/finding";
import { GatewayRule } from "../view";
import { practiceRule } from "./define";
import { psrule, wellArchitected } from "./anchors";

export const BP_HTTPS_ONLY = practiceRule(
  RuleId.BP_HTTPS_ONLY,
  "plain-HTTP listeners only to redirect to HTTPS: every routing rule of an HTTP listener a redirect",
  `${psrule("Azure.AppGw.UseHTTPS")}; ${wellArchitected("Security")}`,
);

/**
 * Routing rules on an HTTP listener that do not redirect. The library's HTTP listeners are
 * `addHttpRedirect`'s, which always redirect: only a gateway it did not build can break this.
 */
export const httpOnlyRedirects: GatewayRule = (gw) => {
  const http = new Set(gw.model.httpListeners.filter((l) => l.protocol === "Http").map((l) => l.name));
  return gw.model.requestRoutingRules
    .filter((r) => http.has(r.httpListener) && r.redirectConfiguration === undefined)
    .map((r) => finding(BP_HTTPS_ONLY, gw.scope, "httpListener", r.httpListener, `its routing rule ${JSON.stringify(r.name)} does not redirect`));
};

/** The rules of this file, in the order docs/RULES.md lists them. */
export const PRACTICE_LISTENERS_RULES: RuleInfo[] = [BP_HTTPS_ONLY];
