// What a JavaScript caller (or a Python, Java, .NET or Go one, through jsii) can pass past the
// TypeScript types: for every constructor, add* method and static factory of the public API, each
// required prop left out, each prop set to null, and each prop given a value of another type is
// our error (GatewayConfigError, naming the construct path or factory, the prop and what is
// allowed), never a TypeError. The API is read from lib/rules/api-shapes.ts, which the first test
// checks against the jsii assembly; each enum a caller passes is checked against ARM's values.
import * as fs from "fs";
import * as path from "path";
import { TerraformStack } from "cdktf";
import * as lib from "../lib";
import {
  Layer4BackendSettings,
  Layer4RoutingRule,
  LoadDistributionPolicy,
  TcpListener,
  TlsListener,
  BackendPool,
  BackendSettings,
  CertificateData,
  ClientAuthentication,
  FrontendPublicIp,
  GatewayCapacity,
  GatewayConfigError,
  GatewayIdentity,
  GatewayNetwork,
  GatewaySubnet,
  HttpRedirect,
  HttpsListener,
  ListenerCertificate,
  MtlsApplicationGateway,
  PassthroughPatch,
  PathBasedRoutingRule,
  PathRule,
  Redirect,
  RewriteRuleSet,
  RoutingRule,
  SslPolicy,
  SslProfile,
  TrustedRootCertificate,
  JwtValidation,
  Adoption,
  WafPolicy,
  GatewayChecks,
} from "../lib";
import { API_CALLS, API_ENUMS, API_INTERFACES } from "../lib/rules/api-shapes";
import { BRANDED, describeType } from "../lib/rules/values/props";
import { CA_CER_BASE64 } from "./fixtures/ca-certificate";
import { bareGateway, CERT, completeRoute, testApp, testStack } from "./support/stack";
import { whenAvailable } from "./support/requirements";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { deriveApiShapes, renderApiShapes, ASSEMBLY, OUT } = require("../scripts/derive-api-shapes");

// Required under CI, except where .ci/run checks it elsewhere (APPGW_REFERENCE_OPTIONAL: the README's
// commands on a fresh clone, which build nothing, and the cdktn tree): its main run builds first.
const assemblyRequired = Boolean(process.env.CI) && !process.env.APPGW_REFERENCE_OPTIONAL;
whenAvailable(`the jsii assembly ${ASSEMBLY} (npm run build)`, fs.existsSync(ASSEMBLY), assemblyRequired)("lib/rules/api-shapes.ts", () => {
  test("equals a fresh derivation from the jsii assembly (node scripts/derive-api-shapes.js)", () => {
    const assembly = JSON.parse(fs.readFileSync(ASSEMBLY, "utf8"));
    expect(fs.readFileSync(OUT, "utf8")).toBe(renderApiShapes(deriveApiShapes(assembly, lib)));
  });
});

/** Parts and options a call can be given, one set per call, on a gateway of its own. */
interface Fixture {
  readonly stack: TerraformStack;
  readonly gateway: MtlsApplicationGateway;
  readonly pathBasedRule: PathBasedRoutingRule;
  readonly waf: WafPolicy;
  /** An instance of each class of the library a prop can hold, by class name. */
  readonly instances: { [className: string]: unknown };
}

let counter = 0;
/** A construct id no other call of the fixture has used. */
const freshId = () => `x${++counter}`;

function fixture(): Fixture {
  const stack = testStack();
  const gateway = bareGateway(stack);
  const sslProfile = gateway.addSslProfile("p", { clientAuthentication: ClientAuthentication.passthrough() });
  const listener = gateway.addHttpsListener("l", { certificate: CERT, sslProfile });
  const route = completeRoute(gateway, listener, 1);
  const backendPool = route.backendPool!;
  const backendSettings = route.backendSettings!;
  const rewriteRuleSet = gateway.addRewriteRuleSet("rw", { rules: [{ name: "r", ruleSequence: 1, requestHeaders: [{ headerName: "X-A", headerValue: "1" }] }] });
  const pathBasedRule = gateway.addPathBasedRoutingRule("pbr", { priority: 2, listener: gateway.addHttpsListener("l2", { certificate: CERT, port: 8443 }), backendPool, backendSettings });
  const waf = new WafPolicy(stack, "Waf", { name: "waf", resourceGroupName: "rg", location: "westus" });
  const instances: { [className: string]: unknown } = {
    HttpsListener: listener,
    BackendPool: backendPool,
    BackendSettings: backendSettings,
    SslProfile: sslProfile,
    RewriteRuleSet: rewriteRuleSet,
    Redirect: Redirect.toListener(listener),
    ListenerCertificate: CERT,
    ClientAuthentication: ClientAuthentication.passthrough(),
    SslPolicy: SslPolicy.recommended(),
    GatewayCapacity: GatewayCapacity.fixed(2),
    GatewaySubnet: gateway.subnet,
    GatewayIdentity: GatewayIdentity.create(),
    TrustedRootCertificate: TrustedRootCertificate.fromData("root", CA_CER_BASE64),
    JwtValidation: JwtValidation.entraId({ name: "jwt", tenantId: "common", clientId: "5a8d5b4e-1c2f-4e7a-9b3d-6f0e1a2b3c4d" }),
    Adoption: Adoption.inSubscription("00000000-0000-0000-0000-000000000001"),
    Layer4Listener: gateway.addTcpListener("tcp", { port: 1883 }),
    Layer4BackendSettings: gateway.addLayer4BackendSettings("l4", { port: 1883 }),
    LoadDistributionPolicy: gateway.addLoadDistributionPolicy("lb", { targets: [{ backendPool }] }),
    FrontendPublicIp: FrontendPublicIp.create(),
  };
  return { stack, gateway, pathBasedRule, waf, instances };
}

type Invoke = (f: Fixture, args: unknown[]) => unknown;
const construct = (type: new (...a: any[]) => unknown): Invoke => (_f, a) => new type(...a);
const on = (target: (f: Fixture) => any, method: string): Invoke => (f, a) => target(f)[method](...a);
const gw = (method: string) => on((f) => f.gateway, method);
const statically = (type: any, method: string): Invoke => (_f, a) => type[method](...a);

/** How each call of the API is made (a call the API has and this table lacks fails the suite). */
const INVOKE: { [call: string]: Invoke } = {
  BackendPool: construct(BackendPool),
  BackendSettings: construct(BackendSettings),
  "CertificateData.fromFile": statically(CertificateData, "fromFile"),
  "CertificateData.fromPem": statically(CertificateData, "fromPem"),
  "ClientAuthentication.none": statically(ClientAuthentication, "none"),
  "ClientAuthentication.passthrough": statically(ClientAuthentication, "passthrough"),
  "ClientAuthentication.strict": statically(ClientAuthentication, "strict"),
  "FrontendPublicIp.create": statically(FrontendPublicIp, "create"),
  "FrontendPublicIp.fromId": statically(FrontendPublicIp, "fromId"),
  "FrontendPublicIp.none": statically(FrontendPublicIp, "none"),
  "GatewayCapacity.autoscale": statically(GatewayCapacity, "autoscale"),
  "GatewayCapacity.fixed": statically(GatewayCapacity, "fixed"),
  GatewayChecks: construct(GatewayChecks),
  "GatewayChecks.suppress": on(() => new GatewayChecks(), "suppress"),
  "GatewayChecks.visit": on(() => new GatewayChecks(), "visit"),
  "GatewayIdentity.create": statically(GatewayIdentity, "create"),
  "GatewayIdentity.fromUserAssignedIdentity": statically(GatewayIdentity, "fromUserAssignedIdentity"),
  GatewayNetwork: construct(GatewayNetwork),
  "GatewaySubnet.fromSubnetId": statically(GatewaySubnet, "fromSubnetId"),
  HttpRedirect: construct(HttpRedirect),
  HttpsListener: construct(HttpsListener),
  "ListenerCertificate.fromKeyVaultSecret": statically(ListenerCertificate, "fromKeyVaultSecret"),
  "ListenerCertificate.fromPfx": statically(ListenerCertificate, "fromPfx"),
  MtlsApplicationGateway: construct(MtlsApplicationGateway),
  "MtlsApplicationGateway.acknowledge": gw("acknowledge"),
  "MtlsApplicationGateway.addBackendPool": gw("addBackendPool"),
  "MtlsApplicationGateway.addBackendSettings": gw("addBackendSettings"),
  "MtlsApplicationGateway.addHttpRedirect": gw("addHttpRedirect"),
  "MtlsApplicationGateway.addHttpsListener": gw("addHttpsListener"),
  "MtlsApplicationGateway.addPathBasedRoutingRule": gw("addPathBasedRoutingRule"),
  "MtlsApplicationGateway.addRewriteRuleSet": gw("addRewriteRuleSet"),
  "MtlsApplicationGateway.addRoleAssignment": gw("addRoleAssignment"),
  "MtlsApplicationGateway.addRoutingRule": gw("addRoutingRule"),
  "MtlsApplicationGateway.addSslProfile": gw("addSslProfile"),
  "MtlsApplicationGateway.addTcpListener": gw("addTcpListener"),
  "MtlsApplicationGateway.addTlsListener": gw("addTlsListener"),
  "MtlsApplicationGateway.addLayer4BackendSettings": gw("addLayer4BackendSettings"),
  "MtlsApplicationGateway.addLayer4RoutingRule": gw("addLayer4RoutingRule"),
  "MtlsApplicationGateway.addLoadDistributionPolicy": gw("addLoadDistributionPolicy"),
  TcpListener: construct(TcpListener),
  TlsListener: construct(TlsListener),
  // Abstract: made through a subclass, whose constructor is its own.
  Layer4Listener: construct(TcpListener),
  Layer4BackendSettings: construct(Layer4BackendSettings),
  Layer4RoutingRule: construct(Layer4RoutingRule),
  LoadDistributionPolicy: construct(LoadDistributionPolicy),
  PassthroughPatch: construct(PassthroughPatch),
  PathBasedRoutingRule: construct(PathBasedRoutingRule),
  "PathBasedRoutingRule.addPathRule": on((f) => f.pathBasedRule, "addPathRule"),
  PathRule: construct(PathRule),
  "Redirect.toListener": statically(Redirect, "toListener"),
  "Redirect.toUrl": statically(Redirect, "toUrl"),
  RewriteRuleSet: construct(RewriteRuleSet),
  RoutingRule: construct(RoutingRule),
  // Abstract: made through its subclass, whose constructor is its own.
  RoutingRuleBase: construct(RoutingRule),
  "SslPolicy.customV2": statically(SslPolicy, "customV2"),
  "SslPolicy.fromAttributes": statically(SslPolicy, "fromAttributes"),
  "SslPolicy.fromPredefined": statically(SslPolicy, "fromPredefined"),
  "SslPolicy.predefined": statically(SslPolicy, "predefined"),
  "SslPolicy.recommended": statically(SslPolicy, "recommended"),
  SslProfile: construct(SslProfile),
  "JwtValidation.entraId": statically(JwtValidation, "entraId"),
  "Adoption.inSubscription": statically(Adoption, "inSubscription"),
  "Adoption.inProviderSubscription": statically(Adoption, "inProviderSubscription"),
  "Adoption.subscriptionIdFor": on(() => Adoption.inSubscription("00000000-0000-0000-0000-000000000001"), "subscriptionIdFor"),
  "TrustedRootCertificate.fromData": statically(TrustedRootCertificate, "fromData"),
  "TrustedRootCertificate.fromKeyVaultSecret": statically(TrustedRootCertificate, "fromKeyVaultSecret"),
  "TrustedRootCertificate.fromPem": statically(TrustedRootCertificate, "fromPem"),
  WafPolicy: construct(WafPolicy),
  "WafPolicy.addCustomRule": on((f) => f.waf, "addCustomRule"),
  "WafPolicy.addExclusion": on((f) => f.waf, "addExclusion"),
  "WafPolicy.disableRuleGroup": on((f) => f.waf, "disableRuleGroup"),
  "WafPolicy.overrideRule": on((f) => f.waf, "overrideRule"),
};

/** A value of the type, as a caller that follows the types gives it (required fields only; one element per array). */
function valid(type: string, f: Fixture, name: string): unknown {
  if (type.endsWith("[]")) return [valid(type.slice(0, -2), f, name)];
  if (type.startsWith("{")) return {};
  if (API_ENUMS[type]) return API_ENUMS[type][0];
  if (API_INTERFACES[type]) {
    return Object.fromEntries(API_INTERFACES[type].filter(([, , optional]) => !optional).map(([n, t]) => [n, valid(t, f, n)]));
  }
  switch (type) {
    case "string":
      return name === "id" ? freshId() : "x";
    case "number":
      return 1;
    case "boolean":
      return true;
    case "object":
      // A scope, a provider or the gateway resource a patch is for: any object passes the shape check.
      return name === "scope" ? f.stack : f.gateway.resource;
    default:
      if (!(type in f.instances)) throw new Error(`no instance of ${type} in the fixture`);
      return f.instances[type];
  }
}

/** A value of another type than this one, as a JavaScript caller might give by mistake. */
function wrong(type: string): unknown {
  if (type.endsWith("[]") || type.startsWith("{") || API_INTERFACES[type]) return "x";
  if (API_ENUMS[type]) return `${API_ENUMS[type][0]}-not`;
  switch (type) {
    case "string":
      return 42;
    case "number":
      return "1";
    case "boolean":
      return "yes";
    default:
      return "x";
  }
}

/** One changed prop of a call: where it sits in the arguments, its name as messages give it, its type and whether it is optional. */
interface Site {
  readonly at: (string | number)[];
  readonly prop: string;
  readonly type: string;
  readonly optional: boolean;
  /** Optional props around it that must be given (a valid value of their type) for it to be there. */
  readonly around: { readonly at: (string | number)[]; readonly type: string }[];
}

/** Every prop of the call's arguments: parameters, and the fields of props objects and of their elements, recursively. */
function sites(call: string): Site[] {
  const out: Site[] = [];
  const walk = (at: (string | number)[], prop: string, type: string, optional: boolean, around: Site["around"]) => {
    if (prop !== "") out.push({ at, prop, type, optional, around });
    if (at.length > 6) return;
    // Inside an optional prop, only when it is given.
    const inside = optional && prop !== "" ? [...around, { at, type }] : around;
    const element = type.slice(0, -2);
    if (type.endsWith("[]") && API_INTERFACES[element]) walk([...at, 0], `${prop}[0]`, element, false, inside);
    for (const [n, t, o] of API_INTERFACES[type] ?? []) walk([...at, n], prop === "" ? n : `${prop}.${n}`, t, o, inside);
  };
  API_CALLS[call].forEach(([name, type, optional], i) => walk([i], API_INTERFACES[type] ? "" : name, type, optional, []));
  return out;
}

/** A copy of the arguments with the value at `at` replaced (`undefined` leaves the field out). */
function changed(args: unknown[], at: (string | number)[], value: unknown): unknown[] {
  const set = (node: any, [key, ...rest]: (string | number)[]): any => {
    const copy = Array.isArray(node) ? [...node] : { ...node };
    if (rest.length > 0) copy[key] = set(node[key], rest);
    else if (value === undefined && !Array.isArray(copy)) delete copy[key];
    else copy[key] = value;
    return copy;
  };
  return set(args, at);
}

/** The error a call throws, or undefined. */
function thrown(call: string, f: Fixture, args: unknown[]): Error | undefined {
  try {
    INVOKE[call](f, args);
    return undefined;
  } catch (e) {
    return e as Error;
  }
}

const CALLS = Object.keys(API_CALLS);

test("every call of the API has an invoker here, and every invoker a call", () => {
  expect(Object.keys(INVOKE).sort()).toEqual([...CALLS].sort());
});

describe.each(CALLS)("%s", (call) => {
  let f: Fixture;
  let args: unknown[];
  beforeAll(() => {
    f = fixture();
    args = API_CALLS[call].map(([name, type, optional]) => (optional && !API_INTERFACES[type] ? undefined : valid(type, f, name)));
  });
  /** The call's error with the prop at `at` set to `value`, checked to be ours and to name the prop. */
  const expectOurError = (site: Site, value: unknown, ids: RegExp) => {
    const given = site.around.reduce((a, o) => changed(a, o.at, valid(o.type, f, "")), args);
    const error = thrown(call, f, changed(given, site.at, value));
    expect(error).toBeInstanceOf(GatewayConfigError);
    const message = error!.message;
    expect(message).toContain(`${site.prop} = `);
    expect(message).toMatch(ids);
    // The construct path (test/..., or the id alone without a scope) for a constructor or method of a construct, else the factory.
    // A class that is not a construct (no scope) names itself, as a factory does.
    const construct = API_CALLS[call][0]?.[0] === "scope";
    const where = construct && site.prop === "scope" && !call.includes(".") ? /^x\d+: / : (!construct && !call.includes(".")) || (call.includes(".") && !/^[A-Z]\w+\.(add|acknowledge|override|disable)/.test(call)) ? `${call}: ` : /^test\//;
    if (typeof where === "string") expect(message.startsWith(where)).toBe(true);
    else expect(message).toMatch(where);
  };

  test("with the types followed, the call throws nothing but our own errors of values (never a type error)", () => {
    const error = thrown(call, fixture(), args.map((a, i) => (API_CALLS[call][i][0] === "id" ? freshId() : a)));
    if (error !== undefined) {
      expect(error).toBeInstanceOf(GatewayConfigError);
      expect(error.message).not.toMatch(/\[AGW-PROP-TYPE\]|\[AGW-ENUM\]/);
    }
  });

  const all = sites(call);
  const required = all.filter((s) => !s.optional);
  if (required.length > 0) {
    test.each(required.map((s) => [s.prop, s] as const))("leaving out %s is our error naming it", (_prop, site) => {
      expectOurError(site, undefined, /\[AGW-PROP-TYPE\]/);
    });
  }
  if (all.length > 0) {
    test.each(all.map((s) => [s.prop, s] as const))("%s = null is our error naming it", (_prop, site) => {
      expectOurError(site, null, /\[AGW-PROP-TYPE\]|\[AGW-ENUM\]|\[AGW-SKU\]|\[AGW-CUSTOM-ERROR\]/);
    });
    test.each(all.filter((s) => s.type !== "any").map((s) => [s.prop, s.type, s] as const))("%s given a value that is not %s is our error naming it", (_prop, _type, site) => {
      expectOurError(site, wrong(site.type), /\[AGW-PROP-TYPE\]|\[AGW-ENUM\]|\[AGW-SKU\]|\[AGW-CUSTOM-ERROR\]/);
    });
    const instances = all.filter((s) => BRANDED.includes(s.type));
    if (instances.length > 0) {
      test.each(instances.map((s) => [s.prop, s.type, s] as const))("%s given a plain object, not a %s the library made, is our error naming it", (_prop, _type, site) => {
        expectOurError(site, { name: "x" }, /\[AGW-PROP-TYPE\]/);
      });
    }
  }
});

test("every class of the library a prop or parameter can hold brands its instances", () => {
  const types = [...Object.values(API_INTERFACES), ...Object.values(API_CALLS)].flat().map(([, type]) => type.replace(/\[\]$/, ""));
  const classes = [...new Set(types)].filter((t) => t in lib && !API_ENUMS[t] && !API_INTERFACES[t]);
  expect(classes.sort()).toEqual([...BRANDED].sort());
});

describe("messages", () => {
  test("a prop left out names the construct path, the prop and its type", () => {
    const stack = testStack();
    const gateway = bareGateway(stack);
    expect(() => gateway.addHttpsListener("l", {} as any)).toThrow(
      "test/Gateway/Listener/l: certificate = (not set) is not allowed: every required prop set, and each value of the type the API declares (undefined and null are no value): here a ListenerCertificate (made by its factory or add* method) [AGW-PROP-TYPE]",
    );
  });

  test("no props object at all names the object", () => {
    const gateway = bareGateway(testStack());
    expect(() => gateway.addRoutingRule("r", undefined as any)).toThrow("test/Gateway/RoutingRule/r: props = (not set) is not allowed:");
    expect(() => new MtlsApplicationGateway(testStack(), "G", undefined as any)).toThrow("test/G: props = (not set) is not allowed:");
  });

  test("a construct made in the app itself (whose path is empty) is named by its id alone", () => {
    expect(() => new MtlsApplicationGateway(testApp(), "G", undefined as any)).toThrow(/^G: props = \(not set\) is not allowed:/);
  });

  test("an enum value lists the enum's values", () => {
    const waf = new WafPolicy(testStack(), "Waf", { name: "waf", resourceGroupName: "rg", location: "westus" });
    const condition = { matchVariables: [{ variable: "RemoteAddress" }], operator: "IPMatch", matchValues: ["192.0.2.0/24"] };
    expect(() => waf.addCustomRule({ name: "r", priority: 1, action: "Block", matchConditions: [condition] } as any)).toThrow(
      'test/Waf: customRules[0].matchConditions[0].matchVariables[0].variable = "RemoteAddress" is not allowed: one of the enum\'s values, spelled exactly: here one of WafMatchVariable: "RemoteAddr", "RequestMethod", "QueryString", "PostArgs", "RequestUri", "RequestHeaders", "RequestBody", "RequestCookies" [AGW-ENUM]',
    );
  });

  test.each([
    ["string", "a string"],
    ["number", "a number"],
    ["boolean", "true or false"],
    ["object", "an object"],
    ["any", "a value"],
    ["string[]", "an array, each element a string"],
    ["{string}", "an object whose values are each a string"],
    ["CustomErrorPage[]", "an array, each element an object (CustomErrorPage) with statusCode, url set"],
    ["AutoscaleProps", "an object (AutoscaleProps) with no required field"],
    ["RedirectType", 'one of RedirectType: "Permanent", "Found", "SeeOther", "Temporary"'],
    ["ListenerCertificate", "a ListenerCertificate (made by its factory or add* method)"],
    ["IdentityThing", "an IdentityThing (made by its factory or add* method)"],
  ])("a value of type %s must be, as the message says it: %s", (type, said) => {
    expect(describeType(type)).toBe(said);
  });

  test("a number prop given a string says a number is wanted", () => {
    const gateway = bareGateway(testStack());
    expect(() => gateway.addBackendSettings("s", { port: "443" } as any)).toThrow(
      'test/Gateway/BackendSettings/s: port = "443" is not allowed: every required prop set, and each value of the type the API declares (undefined and null are no value): here a number [AGW-PROP-TYPE]',
    );
  });

  test("a factory names itself", () => {
    expect(() => ListenerCertificate.fromPfx("c", { data: "x" } as any)).toThrow("ListenerCertificate.fromPfx: password = (not set) is not allowed:");
    expect(() => TrustedRootCertificate.fromData(undefined as any, "x")).toThrow("TrustedRootCertificate.fromData: name = (not set) is not allowed:");
  });
});

// ---- each enum a caller passes, against ARM's values ----

const ARM_GATEWAY = path.join(__dirname, "..", "reference", "arm-network-2025-03-01.applicationGateways.schema.json");
const ARM_WAF = path.join(__dirname, "..", "reference", "arm-network-2025-03-01.applicationGatewayWebApplicationFirewallPolicies.schema.json");
const armEnum = (file: string, definition: string, property: string): string[] => {
  const schema = JSON.parse(fs.readFileSync(file, "utf8"));
  // The enum of the property, or of its items; ARM lets an expression stand for either (oneOf).
  const enumOf = (node: any): string[] | undefined =>
    node === undefined ? undefined : (node.enum ?? enumOf(node.items) ?? node.oneOf?.map(enumOf).find(Boolean));
  const values = enumOf(schema.definitions[definition].properties[property]);
  if (!values) throw new Error(`${definition}.${property} has no enum`);
  return values;
};

/**
 * Each enum of the API a caller passes, with the ARM property its value is written to and the
 * ARM values the library leaves out, and why. The library's own enums (no ARM value) say so.
 */
const ARM_ENUMS: { [name: string]: { arm?: [string, string, string]; leftOut?: { [value: string]: string } } } = {
  BackendProtocol: {
    arm: [ARM_GATEWAY, "ApplicationGatewayBackendHttpSettingsPropertiesFormat", "protocol"],
    leftOut: { Tcp: "TCP/TLS proxy (backendSettingsCollection), not HTTP settings", Tls: "TCP/TLS proxy (backendSettingsCollection), not HTTP settings" },
  },
  CustomErrorStatusCode: {
    arm: [ARM_GATEWAY, "ApplicationGatewayCustomError", "statusCode"],
    leftOut: { HttpStatus404: "Learn: custom-error, 404 is currently not supported" },
  },
  GatewaySku: {
    arm: [ARM_GATEWAY, "ApplicationGatewaySku", "name"],
    leftOut: {
      Standard_Small: "v1, retired 2026-04-28",
      Standard_Medium: "v1, retired 2026-04-28",
      Standard_Large: "v1, retired 2026-04-28",
      WAF_Medium: "v1, retired 2026-04-28",
      WAF_Large: "v1, retired 2026-04-28",
      Basic: "no mutual TLS on Basic (Learn: application-gateway basic SKU)",
    },
  },
  UnauthorizedRequestAction: { arm: [ARM_GATEWAY, "ApplicationGatewayEntraJWTValidationConfigPropertiesFormat", "unAuthorizedRequestAction"] },
  RedirectType: { arm: [ARM_GATEWAY, "ApplicationGatewayRedirectConfigurationPropertiesFormat", "redirectType"] },
  PredefinedSslPolicy: {
    arm: [ARM_GATEWAY, "ApplicationGatewaySslPolicy", "policyName"],
    leftOut: { AppGwSslPolicy20150501: "retired 2025-08-31", AppGwSslPolicy20170401: "retired 2025-08-31" },
  },
  WafCustomRuleAction: { arm: [ARM_WAF, "WebApplicationFirewallCustomRule", "action"] },
  WafMatchVariable: { arm: [ARM_WAF, "MatchVariable", "variableName"] },
  WafOperator: { arm: [ARM_WAF, "MatchCondition", "operator"] },
  WafTransform: { arm: [ARM_WAF, "MatchCondition", "transforms"] },
  WafRateLimitDuration: { arm: [ARM_WAF, "WebApplicationFirewallCustomRule", "rateLimitDuration"] },
  WafRateLimitGroupBy: { arm: [ARM_WAF, "GroupByVariable", "variableName"] },
  WafExclusionMatchVariable: { arm: [ARM_WAF, "OwaspCrsExclusionEntry", "matchVariable"] },
  WafSelectorMatchOperator: { arm: [ARM_WAF, "OwaspCrsExclusionEntry", "selectorMatchOperator"] },
  WafManagedRuleAction: { arm: [ARM_WAF, "ManagedRuleOverride", "action"] },
  Layer4Protocol: {
    arm: [ARM_GATEWAY, "ApplicationGatewayBackendSettingsPropertiesFormat", "protocol"],
    leftOut: { Http: "layer 7: BackendProtocol on BackendSettings", Https: "layer 7: BackendProtocol on BackendSettings" },
  },
  LoadDistributionAlgorithm: { arm: [ARM_GATEWAY, "ApplicationGatewayLoadDistributionPolicyPropertiesFormat", "loadDistributionAlgorithm"] },
  // The library's own: which frontend, which deployment mode, which of the policy's rule sets.
  ListenerFrontend: {},
  GatewayDeployment: {},
  WafRuleSet: {},
};

describe("enums a caller passes", () => {
  test("each is listed here with the ARM property it is written to, or as the library's own", () => {
    expect(Object.keys(ARM_ENUMS).sort()).toEqual(Object.keys(API_ENUMS).sort());
  });

  test.each(Object.entries(ARM_ENUMS).filter(([, e]) => e.arm !== undefined))("%s has ARM's values, less those left out for a reason", (name, e) => {
    const [file, definition, property] = e.arm!;
    const arm = armEnum(file, definition, property);
    expect([...API_ENUMS[name]].sort()).toEqual(arm.filter((v) => !(v in (e.leftOut ?? {}))).sort());
    for (const v of Object.keys(e.leftOut ?? {})) expect(arm).toContain(v);
  });
});
