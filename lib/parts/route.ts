import { IConstruct } from "constructs";
import type { BackendPool } from "./backend-pool";
import type { BackendSettings } from "./backend-settings";
import { assertValid } from "../core/errors";
import { RouteTargetModel } from "../model/gateway-model";
import type { Redirect } from "./redirect";
import type { RewriteRuleSet } from "./rewrite-rule-set";
import type { LoadDistributionPolicy } from "./load-distribution-policy";
import { redirectUrlRule, routeTargetRule } from "../rules/values/routing";
import { lbRouteRule } from "../rules/values/load-distribution";

/**
 * Where requests go: a backend pool with backend settings, or a redirect; and
 * your own rewrites on the way. Shared by routing rules, path rules and the
 * default route of a path-based rule.
 */
export interface RouteProps {
  /**
   * Where the requests go (with `backendSettings`).
   * @default none: give a redirect instead
   */
  readonly backendPool?: BackendPool;
  /**
   * How the gateway talks to the pool (with `backendPool`).
   * @default none: give a redirect instead
   */
  readonly backendSettings?: BackendSettings;
  /**
   * Send clients elsewhere instead of to a backend.
   * @default none: give a backend pool and settings instead
   */
  readonly redirect?: Redirect;
  /**
   * Your own rewrites, merged with the client-certificate rule the route needs.
   * @default only the library's certificate rule, if any
   */
  readonly rewriteRuleSet?: RewriteRuleSet;
  /**
   * How requests are spread over backend servers (single-resource deployment only:
   * azurerm has no argument for it). Only on a route to a backend.
   * @default none: Azure's round robin over the backend pool
   */
  readonly loadDistributionPolicy?: LoadDistributionPolicy;
}

/** Throws unless the route has exactly one target (backend or redirect). */
export function checkRoute(scope: IConstruct, prefix: string, route: RouteProps): void {
  const given: [boolean, boolean, boolean, boolean] = [
    route.backendPool !== undefined,
    route.backendSettings !== undefined,
    route.redirect !== undefined,
    route.rewriteRuleSet !== undefined,
  ];
  assertValid(scope, `${prefix}backendPool`, describeTarget(route), routeTargetRule(given));
  const policy = route.loadDistributionPolicy?.name;
  assertValid(scope, `${prefix}loadDistributionPolicy`, policy, lbRouteRule([policy !== undefined, route.redirect !== undefined]));
  const url = route.redirect?.targetUrl;
  assertValid(scope, `${prefix}redirect.targetUrl`, url, redirectUrlRule(url));
}

/** The route's target as shown in a message. */
function describeTarget(route: RouteProps): { [key: string]: string } {
  const named = (part?: { name: string }) => part?.name;
  const entries: [string, string | undefined][] = [
    ["backendPool", named(route.backendPool)],
    ["backendSettings", named(route.backendSettings)],
    ["redirect", route.redirect && (route.redirect.targetUrl ?? route.redirect.targetListener?.name)],
    ["rewriteRuleSet", named(route.rewriteRuleSet)],
  ];
  return Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined));
}

/**
 * The route as the model describes it.
 * @param redirectName the name of its redirect configuration, if it redirects
 * @param rewriteRuleSetName the rewrite set the gateway assigns
 */
export function describeRoute(route: RouteProps, redirectName: string, rewriteRuleSetName: string | undefined): RouteTargetModel {
  return {
    backendAddressPool: route.backendPool?.name,
    backendHttpSettings: route.backendSettings?.name,
    redirectConfiguration: route.redirect ? redirectName : undefined,
    rewriteRuleSet: rewriteRuleSetName,
    loadDistributionPolicy: route.loadDistributionPolicy?.name,
  };
}
