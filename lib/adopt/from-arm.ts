// ARM → program: an existing gateway (ARM's shape, ./arm-json.ts) as calls on the library's
// API. Every choice the library makes for its user (the rewrite sets that carry the client
// certificate, one name for an HTTP redirect's listener, redirect and rule, a path-based
// rule's map named as the rule) is read back here into the prop that makes it. What has no
// prop is noted; ./compare.ts then finds every difference the program's rendering still has.
import { BackendProtocol } from "../parts/backend-settings";
import { CustomErrorStatusCode } from "../options/custom-error-page";
import { GatewaySku, LoadDistributionAlgorithm } from "../core/enums";
import { RedirectType } from "../parts/redirect";
import { UnauthorizedRequestAction } from "../options/jwt-validation";
import { FORWARD_REWRITE_SET, STRIP_REWRITE_SET } from "../options/client-certificate-headers";
import { bool, isObject, items, Json, JsonObject, list, num, parseArmId, props, refName, str, stringList } from "./arm-json";
import { readFrontends } from "./from-arm-frontends";
import { readLayer4 } from "./from-arm-layer4";
import { ProbeClaims, probeTiming } from "./probe-claims";
import { addPart, arr, call, Expr, identifier, lit, member, obj, optLit, optObj, ref, Stmt, strings } from "./program";

/** The library's name for the construct that runs the certificate-header rewrite (FORWARD/STRIP sets). */
const MERGED_SUFFIX = { forward: "-mtls-forward", strip: "-mtls-strip" } as const;
/** The library's certificate-header rule, last in a merged set (certificateHeaderRewriteRule). */
const LIBRARY_RULE = { forward: "forward-client-cert", strip: "strip-client-cert" } as const;
/** ClientCertificateHeaders' props by the server variable each carries. */
const HEADER_PROPS: { readonly [variable: string]: string } = {
  client_certificate: "certificate",
  client_certificate_subject: "subject",
  client_certificate_issuer: "issuer",
  client_certificate_fingerprint: "fingerprint",
  client_certificate_serial: "serial",
  client_certificate_start_date: "startDate",
  client_certificate_end_date: "endDate",
  client_certificate_verification: "verification",
};

/** The program, and what the converter knows it could not say with the API. */
export interface Conversion {
  readonly stmts: Stmt[];
  readonly notExpressed: string[];
  /** Sensitive inputs the generated stack declares (PFX data and passwords). */
  readonly inputs: string[];
  readonly gatewayName: string;
  readonly resourceGroupName: string;
  readonly subscriptionId: string;
}

/** What a route's rewrite set name says: the user's own set, and the certificate-header mode the library adds. */
interface SetUse {
  readonly own?: string;
  readonly mode?: "forward" | "strip";
}

export function fromArm(gw: JsonObject): Conversion {
  const p = props(gw);
  const notes: string[] = [];
  const stmts: Stmt[] = [];
  const inputs: string[] = [];
  const taken = new Set(["gateway", "input", "adopt", "deployment", "app", "scope", "id"]);
  const id = String(gw.id ?? "");
  const parsed = parseArmId(id);
  const name = String(gw.name ?? parsed?.name ?? "");
  const resourceGroupName = parsed?.resourceGroupName ?? String(gw.resourceGroup ?? "");
  const subscriptionId = parsed?.subscriptionId ?? "";
  const note = (text: string) => notes.push(text);

  // ---- the gateway's own props
  const sku = isObject(p.sku) ? p.sku : {};
  const skuExpr = member("GatewaySku", GatewaySku as any, sku.name);
  if (skuExpr === undefined) note(`sku.name ${JSON.stringify(sku.name)}: the library deploys v2 gateways only (Standard_v2, WAF_v2)`);
  if (sku.tier !== sku.name) note(`sku.tier ${JSON.stringify(sku.tier)} differs from sku.name: the library sets the tier to the name`);
  const autoscale = isObject(p.autoscaleConfiguration) ? p.autoscaleConfiguration : undefined;
  const capacity = autoscale
    ? call("GatewayCapacity", "autoscale", obj({ minCapacity: optLit(num(autoscale.minCapacity)), maxCapacity: optLit(num(autoscale.maxCapacity)) }))
    : num(sku.capacity) !== undefined
      ? call("GatewayCapacity", "fixed", lit(num(sku.capacity)!))
      : undefined;

  const gatewayIps = items(p, "gatewayIPConfigurations");
  if (gatewayIps.length !== 1) note(`gatewayIPConfigurations: ${gatewayIps.length} configurations; the library writes exactly one`);
  const subnetId = str((props(gatewayIps[0] ?? {}).subnet as JsonObject | undefined)?.id) ?? "";

  const frontends = readFrontends(p, { subscriptionId, resourceGroupName }, note);

  const identity = isObject(gw.identity) ? gw.identity : undefined;
  const identityIds = identity && isObject(identity.userAssignedIdentities) ? Object.keys(identity.userAssignedIdentities) : [];
  if (identity && String(identity.type) !== "UserAssigned") note(`identity.type ${JSON.stringify(identity.type)}: the library gives a gateway one user-assigned identity`);
  if (identityIds.length > 1) note(`identity: ${identityIds.length} user-assigned identities; the library gives a gateway one`);

  const firewallPolicyId = str((p.firewallPolicy as JsonObject | undefined)?.id);
  if (p.webApplicationFirewallConfiguration !== undefined) note("webApplicationFirewallConfiguration (WAF settings on the gateway): the library uses WAF policies only (firewallPolicyId)");
  if (sku.name === GatewaySku.WAF_V2 && firewallPolicyId === undefined) note("a WAF_v2 gateway without a WAF policy: the library would create one, `<name>-waf`");

  const tags = isObject(gw.tags) && Object.keys(gw.tags).length > 0 ? obj(Object.fromEntries(Object.entries(gw.tags).map(([k, v]) => [k, lit(String(v))]))) : undefined;
  const zones = stringList(gw.zones);
  const global = isObject(p.globalConfiguration) ? p.globalConfiguration : undefined;

  const certificateHeaders = readCertificateHeaders(p);
  const gatewayProps = obj({
    name: lit(name),
    resourceGroupName: lit(resourceGroupName),
    location: lit(String(gw.location ?? "")),
    subnet: call("GatewaySubnet", "fromSubnetId", obj({ subnetId: lit(subnetId) })),
    sku: skuExpr,
    capacity,
    sslPolicy: isObject(p.sslPolicy) ? sslPolicy(p.sslPolicy) : undefined,
    gatewayIpConfigurationName: optLit(str(gatewayIps[0]?.name)),
    ...frontends.props,
    clientCertificateHeaders: certificateHeaders,
    identity: identityIds.length > 0 ? call("GatewayIdentity", "fromUserAssignedIdentity", lit(identityIds[0])) : undefined,
    firewallPolicyId: optLit(firewallPolicyId),
    customErrorPages: customErrorPages(p.customErrorConfigurations, "customErrorConfigurations", note),
    enableHttp2: bool(p.enableHttp2) === true ? lit(true) : undefined,
    enableFips: optLit(bool(p.enableFips)),
    requestBuffering: global ? optLit(bool(global.enableRequestBuffering)) : undefined,
    responseBuffering: global ? optLit(bool(global.enableResponseBuffering)) : undefined,
    zones: zones.length > 0 ? strings(zones) : undefined,
    tags,
    deployment: ref("deployment"),
    adopt: ref("adopt"),
  });
  if (!isObject(p.sslPolicy)) note("sslPolicy: none set (Azure's default policy); the library always sets one (AppGwSslPolicy20220101 unless told)");
  const ips = frontends.adoptedPublicIps;
  const adopted = ips.length === 0 ? "the gateway exists; the first plan takes it over" : `the gateway and its public IP${ips.length > 1 ? "s" : ""} ${ips.join(", ")} exist; the first plan takes them over`;
  stmts.push({ k: "const", name: "adopt", value: call("Adoption", "inProviderSubscription"), comment: `Import blocks: ${adopted}.` });
  // The gateway and its parts are declared below: certificates first, as several listeners may share one.
  const declarations: Stmt[] = [];

  // ---- certificates
  const certVar = new Map<string, string>();
  for (const c of items(p, "sslCertificates")) {
    const cname = String(c.name);
    const v = identifier("cert", cname, taken);
    certVar.set(cname, v);
    const secretId = str(props(c).keyVaultSecretId);
    if (secretId !== undefined) {
      declarations.push({ k: "const", name: v, value: call("ListenerCertificate", "fromKeyVaultSecret", lit(cname), obj({ secretId: lit(secretId) })) });
    } else {
      const base = `ssl_certificate_${cname.replace(/[^A-Za-z0-9_]/g, "_")}`;
      inputs.push(`${base}_data`, `${base}_password`);
      declarations.push({
        k: "const",
        name: v,
        comment: `Azure never returns a PFX: give it (base64) and its password as the variables ${base}_data and ${base}_password.`,
        value: call(
          "ListenerCertificate",
          "fromPfx",
          lit(cname),
          obj({
            data: { k: "input", name: `${base}_data`, description: `Base64 PFX of the listener certificate ${cname}` },
            password: { k: "input", name: `${base}_password`, description: `Password of the PFX ${cname}` },
          }),
        ),
      });
    }
  }
  const trustedClient = new Map(items(p, "trustedClientCertificates").map((c) => [String(c.name), str(props(c).data) ?? ""]));
  const trustedRoot = new Map(items(p, "trustedRootCertificates").map((c) => [String(c.name), props(c)]));

  stmts.push(...declarations);
  stmts.push({ k: "const", name: "gateway", value: { k: "new", cls: "MtlsApplicationGateway", id: "Gateway", props: gatewayProps }, comment: frontends.assumption });

  // ---- SSL profiles
  const profileVar = new Map<string, string>();
  const usedClientCas = new Set<string>();
  for (const profile of items(p, "sslProfiles")) {
    const pname = String(profile.name);
    const pp = props(profile);
    const auth = isObject(pp.clientAuthConfiguration) ? pp.clientAuthConfiguration : {};
    const cas = list(pp.trustedClientCertificates).map((r) => refName(r)).filter((n): n is string => n !== undefined);
    cas.forEach((c) => usedClientCas.add(c));
    let clientAuthentication: Expr;
    if (auth.verifyClientAuthMode === "Passthrough") {
      clientAuthentication = call("ClientAuthentication", "passthrough");
      if (cas.length > 0) note(`sslProfiles.${pname}: passthrough with trusted client CAs; the library's passthrough profile has none`);
    } else if (cas.length > 0) {
      clientAuthentication = call(
        "ClientAuthentication",
        "strict",
        obj({
          trustedClientCertificates: arr(cas.map((c) => obj({ name: lit(c), data: lit(trustedClient.get(c) ?? "") }))),
          verifyClientCertIssuerDn: auth.verifyClientCertIssuerDN === true ? lit(true) : undefined,
          verifyClientRevocation: auth.verifyClientRevocation === "OCSP" ? lit(true) : undefined,
        }),
      );
    } else {
      clientAuthentication = call("ClientAuthentication", "none");
    }
    stmts.push(
      addPart(taken, profileVar, "profile", pname, "addSslProfile", obj({ clientAuthentication, sslPolicy: isObject(pp.sslPolicy) ? sslPolicy(pp.sslPolicy) : undefined })),
    );
  }
  for (const c of trustedClient.keys()) if (!usedClientCas.has(c)) note(`trustedClientCertificates.${c}: used by no SSL profile (the library writes the CAs of its profiles only)`);

  // ---- routes: which listener forwards the client certificate, and the user's own rewrite sets
  const sets = new Map(items(p, "rewriteRuleSets").map((s) => [String(s.name), s]));
  const rules = items(p, "requestRoutingRules");
  const maps = new Map(items(p, "urlPathMaps").map((m) => [String(m.name), m]));
  // Entra ID JWT validation configurations by name: a routing rule names the one it uses, and the
  // library writes each configuration its rules use (JwtValidation.entraId on the rule).
  const jwtConfigs = new Map(items(p, "entraJWTValidationConfigs").map((c) => [String(c.name), props(c)]));
  const jwtUsed = new Set<string>();
  const jwtValidation = (rp: JsonObject, ruleName: string): Expr | undefined => {
    const jwtName = refName(rp.entraJWTValidationConfig);
    if (jwtName === undefined) return undefined;
    const c = jwtConfigs.get(jwtName);
    if (c === undefined) {
      note(`requestRoutingRules.${ruleName}: its JWT validation configuration ${JSON.stringify(jwtName)} is not in entraJWTValidationConfigs`);
      return undefined;
    }
    jwtUsed.add(jwtName);
    return call(
      "JwtValidation",
      "entraId",
      obj({
        name: lit(jwtName),
        tenantId: optLit(str(c.tenantId)),
        clientId: optLit(str(c.clientId)),
        audiences: stringList(c.audiences).length > 0 ? strings(stringList(c.audiences)) : undefined,
        // Deny is the library's default.
        unauthorizedRequestAction:
          c.unAuthorizedRequestAction === UnauthorizedRequestAction.DENY
            ? undefined
            : member("UnauthorizedRequestAction", UnauthorizedRequestAction as any, c.unAuthorizedRequestAction),
      }),
    );
  };
  const setUse = (setName: string | undefined): SetUse => {
    if (setName === undefined) return {};
    if (setName === FORWARD_REWRITE_SET) return { mode: "forward" };
    if (setName === STRIP_REWRITE_SET) return { mode: "strip" };
    for (const mode of ["forward", "strip"] as const) {
      const rules = list(props(sets.get(setName) ?? {}).rewriteRules).filter(isObject);
      if (setName.endsWith(MERGED_SUFFIX[mode]) && rules.length > 0 && rules[rules.length - 1].name === LIBRARY_RULE[mode]) {
        return { own: setName.slice(0, -MERGED_SUFFIX[mode].length), mode };
      }
    }
    return { own: setName };
  };
  const forwarding = new Map<string, boolean>();
  const routeTargets = (t: JsonObject, prefix: "" | "default"): JsonObject => {
    const key = (f: string) => (prefix === "" ? f : `default${f[0].toUpperCase()}${f.slice(1)}`);
    return {
      pool: refName(t[key("backendAddressPool")]) ?? null,
      settings: refName(t[key("backendHttpSettings")]) ?? null,
      redirect: refName(t[key("redirectConfiguration")]) ?? null,
      rewrite: refName(t[key("rewriteRuleSet")]) ?? null,
      policy: refName(t[key("loadDistributionPolicy")]) ?? null,
    };
  };
  const routesOf = (rule: JsonObject): JsonObject[] => {
    const rp = props(rule);
    if (rp.ruleType !== "PathBasedRouting") return [routeTargets(rp, "")];
    const map = maps.get(refName(rp.urlPathMap) ?? "");
    if (!map) return [];
    return [routeTargets(props(map), "default"), ...items(props(map), "pathRules").map((r) => routeTargets(props(r), ""))];
  };
  // Routes to a backend that neither forward nor delete the certificate headers: the library deletes them there.
  const unstripped = new Set<string>();
  for (const rule of rules) {
    const listener = refName(props(rule).httpListener) ?? "";
    for (const route of routesOf(rule)) {
      const use = setUse(str(route.rewrite));
      if (use.mode === undefined && route.pool !== null) unstripped.add(String(rule.name));
      if (use.mode === undefined) continue;
      const forwards = use.mode === "forward";
      if (forwarding.has(listener) && forwarding.get(listener) !== forwards) {
        note(`httpListeners.${listener}: some of its routes forward the client certificate and some strip it; the library does one per listener`);
      }
      forwarding.set(listener, forwards);
    }
  }
  if ([...forwarding.values()].includes(true)) {
    for (const rname of unstripped) {
      note(
        `requestRoutingRules.${rname}: a route to a backend that neither forwards nor deletes the client-certificate headers the gateway forwards elsewhere (a client can send its own); the library deletes them on every such route, and the program does`,
      );
    }
  }
  const ownSetVar = new Map<string, string>();
  const declareOwnSet = (own: string, setName: string) => {
    if (ownSetVar.has(own)) return;
    const source = sets.get(own) ?? sets.get(setName);
    let rewriteRules = list(props(source ?? {}).rewriteRules).filter(isObject);
    if (!sets.has(own)) rewriteRules = rewriteRules.slice(0, -1); // the merged set's last rule is the library's
    const v = identifier("rewrites", own, taken);
    ownSetVar.set(own, v);
    stmts.push({ k: "call", name: v, target: "gateway", method: "addRewriteRuleSet", args: [lit(own), obj({ rules: arr(rewriteRules.map(rewriteRule)) })] });
  };

  // ---- listeners
  const ports = new Map(items(p, "frontendPorts").map((fp) => [String(fp.name), num(props(fp).port)]));
  const listenerVar = new Map<string, string>();
  const httpListeners = items(p, "httpListeners");
  const redirects = new Map(items(p, "redirectConfigurations").map((r) => [String(r.name), props(r)]));
  for (const l of httpListeners.filter((x) => props(x).protocol === "Https")) {
    const lname = String(l.name);
    const lp = props(l);
    const profile = refName(lp.sslProfile);
    const hostNames = stringList(lp.hostNames).length > 0 ? stringList(lp.hostNames) : str(lp.hostName) !== undefined ? [str(lp.hostName)!] : [];
    const requestsCertificate = profile !== undefined && profileRequestsCertificate(items(p, "sslProfiles").find((x) => x.name === profile));
    const forwards = forwarding.get(lname) ?? false;
    const cert = refName(lp.sslCertificate);
    if (cert === undefined || !certVar.has(cert)) note(`httpListeners.${lname}: an HTTPS listener without a certificate of the gateway`);
    const frontendName = refName(lp.frontendIPConfiguration);
    stmts.push(
      addPart(
        taken,
        listenerVar,
        "listener",
        lname,
        "addHttpsListener",
        obj({
          port: optLit(ports.get(refName(lp.frontendPort) ?? "")),
          frontendPortName: optLit(refName(lp.frontendPort)),
          certificate: cert !== undefined && certVar.has(cert) ? ref(certVar.get(cert)!) : undefined,
          sslProfile: profile !== undefined && profileVar.has(profile) ? ref(profileVar.get(profile)!) : undefined,
          hostNames: hostNames.length > 0 ? strings(hostNames) : undefined,
          requireSni: lp.requireServerNameIndication === true ? lit(true) : undefined,
          frontend: frontends.listenerFrontend(frontendName),
          forwardClientCertificate: forwards !== requestsCertificate ? lit(forwards) : undefined,
          customErrorPages: customErrorPages(lp.customErrorConfigurations, `httpListeners.${lname}.customErrorConfigurations`, note),
          firewallPolicyId: optLit(str((lp.firewallPolicy as JsonObject | undefined)?.id)),
        }),
      ),
    );
  }

  // ---- backends
  const poolVar = new Map<string, string>();
  for (const pool of items(p, "backendAddressPools")) {
    const addresses = list(props(pool).backendAddresses).filter(isObject);
    const fqdns = addresses.map((a) => str(a.fqdn)).filter((x): x is string => x !== undefined);
    const ips = addresses.map((a) => str(a.ipAddress)).filter((x): x is string => x !== undefined);
    const poolProps = obj({ fqdns: fqdns.length > 0 ? strings(fqdns) : undefined, ipAddresses: ips.length > 0 ? strings(ips) : undefined });
    stmts.push(addPart(taken, poolVar, "pool", String(pool.name), "addBackendPool", poolProps));
  }
  // Load distribution policies (over the pools; routes name them): the library writes every one it is given.
  const policyVar = new Map<string, string>();
  for (const policy of items(p, "loadDistributionPolicies")) {
    const pname = String(policy.name);
    const pp = props(policy);
    const targets = items(pp, "loadDistributionTargets").map((t) => {
      const tp = props(t);
      const pool = refName(tp.backendAddressPool);
      if (pool === undefined || !poolVar.has(pool)) note(`loadDistributionPolicies.${pname}.loadDistributionTargets.${t.name}: its backend pool ${JSON.stringify(pool ?? null)} is not one of the gateway's`);
      return obj({
        // The pool's name, and a weight of 1, are the library's defaults.
        name: t.name === pool ? undefined : optLit(str(t.name)),
        backendPool: pool !== undefined && poolVar.has(pool) ? ref(poolVar.get(pool)!) : undefined,
        weightPerServer: num(tp.weightPerServer) === 1 ? undefined : optLit(num(tp.weightPerServer)),
      });
    });
    const algorithm = member("LoadDistributionAlgorithm", LoadDistributionAlgorithm, pp.loadDistributionAlgorithm);
    stmts.push(addPart(taken, policyVar, "policy", pname, "addLoadDistributionPolicy", obj({ algorithm, targets: arr(targets) })));
  }
  const policyExpr = (policyName: string, at: string): Expr | undefined => {
    if (policyVar.has(policyName)) return ref(policyVar.get(policyName)!);
    note(`${at}: its load distribution policy ${JSON.stringify(policyName)} is not in loadDistributionPolicies`);
    return undefined;
  };
  const probes = new ProbeClaims(p, note);
  const settingsVar = new Map<string, string>();
  for (const s of items(p, "backendHttpSettingsCollection")) {
    const sname = String(s.name);
    const sp = props(s);
    const probeName = refName(sp.probe);
    const probe = probes.claim(probeName, sname);
    const match = isObject(probe?.match) ? probe.match : {};
    const healthProbe =
      probe === undefined
        ? undefined
        : obj({
            ...probeTiming(probeName!, probe),
            path: optLit(str(probe.path)),
            statusCodes: stringList(match.statusCodes).length > 0 ? strings(stringList(match.statusCodes)) : undefined,
            host: str(probe.host) ? lit(str(probe.host)!) : undefined,
            port: optLit(num(probe.port)),
            // Absent or 0 (ARM's default) and "" (what azurerm sends unset) are the library's defaults.
            minServers: num(probe.minServers) ? lit(num(probe.minServers)!) : undefined,
            responseBodyMatch: str(match.body) ? lit(str(match.body)!) : undefined,
          });
    const roots = list(sp.trustedRootCertificates).map((r) => refName(r)).filter((n): n is string => n !== undefined);
    stmts.push(
      addPart(
        taken,
        settingsVar,
        "settings",
        sname,
        "addBackendSettings",
        obj({
          protocol: member("BackendProtocol", BackendProtocol as any, sp.protocol),
          port: optLit(num(sp.port)),
          hostName: optLit(str(sp.hostName)),
          // Absent, it is ARM's default, false (spec: "Default value is false"); the library's default differs.
          pickHostNameFromBackendAddress: lit(bool(sp.pickHostNameFromBackendAddress) ?? false),
          requestTimeout: optLit(num(sp.requestTimeout)),
          cookieBasedAffinity: sp.cookieBasedAffinity === "Enabled" ? lit(true) : undefined,
          affinityCookieName: optLit(str(sp.affinityCookieName)),
          // Draining that is off (however long its timeout) is the library's default.
          connectionDrainingTimeout:
            isObject(sp.connectionDraining) && sp.connectionDraining.enabled === true ? optLit(num(sp.connectionDraining.drainTimeoutInSec)) : undefined,
          path: str(sp.path) ? lit(str(sp.path)!) : undefined,
          dedicatedBackendConnection: sp.dedicatedBackendConnection === true ? lit(true) : undefined,
          trustedRootCertificates: roots.length > 0 ? arr(roots.map((r) => trustedRootCertificate(r, trustedRoot.get(r) ?? {}))) : undefined,
          healthProbe,
        }),
      ),
    );
  }

  // ---- routing rules, HTTP redirects and path maps
  const redirectExpr = (redirectName: string): Expr | undefined => {
    const r = redirects.get(redirectName);
    if (!r) return undefined;
    const options = optObj({
      type: r.redirectType === "Permanent" ? undefined : member("RedirectType", RedirectType as any, r.redirectType),
      includePath: r.includePath === false ? lit(false) : undefined,
      includeQueryString: r.includeQueryString === false ? lit(false) : undefined,
    });
    const target = refName(r.targetListener);
    if (target !== undefined && listenerVar.has(target)) return call("Redirect", "toListener", ref(listenerVar.get(target)!), ...(options ? [options] : []));
    if (str(r.targetUrl) !== undefined) return call("Redirect", "toUrl", lit(str(r.targetUrl)!), ...(options ? [options] : []));
    note(`redirectConfigurations.${redirectName}: a redirect to neither an HTTPS listener of the gateway nor a URL`);
    return undefined;
  };
  const route = (t: JsonObject, ruleName: string, expectedRedirectName: string): { [key: string]: Expr | undefined } => {
    const use = setUse(str(t.rewrite));
    if (use.own !== undefined) declareOwnSet(use.own, String(t.rewrite));
    if (t.redirect !== null && t.redirect !== expectedRedirectName) {
      note(`${ruleName}: its redirect configuration is named ${JSON.stringify(t.redirect)}; the library names it ${JSON.stringify(expectedRedirectName)}`);
    }
    return {
      backendPool: t.pool !== null ? ref(poolVar.get(String(t.pool)) ?? "undefined") : undefined,
      backendSettings: t.settings !== null ? ref(settingsVar.get(String(t.settings)) ?? "undefined") : undefined,
      redirect: t.redirect !== null ? redirectExpr(String(t.redirect)) : undefined,
      rewriteRuleSet: use.own !== undefined ? ref(ownSetVar.get(use.own)!) : undefined,
      loadDistributionPolicy: t.policy !== null ? policyExpr(String(t.policy), ruleName) : undefined,
    };
  };
  for (const rule of rules) {
    const rname = String(rule.name);
    const rp = props(rule);
    const listenerName = refName(rp.httpListener) ?? "";
    const listener = httpListeners.find((l) => l.name === listenerName);
    const priority = optLit(num(rp.priority));
    if (priority === undefined) note(`requestRoutingRules.${rname}: no priority; the library requires one (API 2021-08-01 and later)`);
    if (listener && props(listener).protocol === "Http") {
      stmts.push(...httpRedirect(rule, listener, redirects, ports, listenerVar, note));
      continue;
    }
    const listenerRef = listenerVar.has(listenerName) ? ref(listenerVar.get(listenerName)!) : undefined;
    if (rp.ruleType === "PathBasedRouting") {
      const mapName = refName(rp.urlPathMap) ?? "";
      const map = maps.get(mapName);
      if (mapName !== rname) note(`requestRoutingRules.${rname}: its URL path map is named ${JSON.stringify(mapName)}; the library names it as the rule`);
      const mp = props(map ?? {});
      const v = identifier("rule", rname, taken);
      stmts.push({
        k: "call",
        name: v,
        target: "gateway",
        method: "addPathBasedRoutingRule",
        args: [
          lit(rname),
          obj({ priority, listener: listenerRef, ...route(routeTargets(mp, "default"), `urlPathMaps.${mapName}`, rname), jwtValidation: jwtValidation(rp, rname) }),
        ],
      });
      for (const pr of items(mp, "pathRules")) {
        const prp = props(pr);
        const prName = String(pr.name);
        stmts.push({
          k: "call",
          target: v,
          method: "addPathRule",
          args: [
            lit(prName),
            obj({
              paths: strings(stringList(prp.paths)),
              ...route(routeTargets(prp, ""), `urlPathMaps.${mapName}.pathRules.${prName}`, `${rname}-${prName}`),
              firewallPolicyId: optLit(str((prp.firewallPolicy as JsonObject | undefined)?.id)),
            }),
          ],
        });
      }
      continue;
    }
    stmts.push({
      k: "call",
      target: "gateway",
      method: "addRoutingRule",
      args: [
        lit(rname),
        obj({ priority, listener: listenerRef, ...route(routeTargets(rp, ""), `requestRoutingRules.${rname}`, rname), jwtValidation: jwtValidation(rp, rname) }),
      ],
    });
  }

  // ---- layer 4 (TCP/TLS proxy): listeners, backend settings and their probes, routing rules
  stmts.push(
    ...readLayer4({
      p,
      taken,
      note,
      ports,
      certificates: certVar,
      sslProfiles: profileVar,
      backendPools: poolVar,
      listenerFrontend: frontends.listenerFrontend,
      probes,
      trustedRootCertificate: (r) => trustedRootCertificate(r, trustedRoot.get(r) ?? {}),
    }),
  );
  probes.noteUnclaimed();
  for (const key of UNSUPPORTED) if (list(p[key]).length > 0) note(`${key}: ${list(p[key]).length} item(s); the library has no API for them`);
  for (const unused of jwtConfigs.keys()) if (!jwtUsed.has(unused)) note(`entraJWTValidationConfigs.${unused}: used by no routing rule (the library writes the configurations its rules use)`);
  return { stmts, notExpressed: notes, inputs, gatewayName: name, resourceGroupName, subscriptionId };
}

/** Collections the library has no part for (v1 authentication certificates). */
const UNSUPPORTED = ["authenticationCertificates"];

/** A TLS policy, by its raw fields (SslPolicy.fromAttributes). */
function sslPolicy(policy: JsonObject): Expr {
  return call(
    "SslPolicy",
    "fromAttributes",
    obj({
      policyType: optLit(str(policy.policyType)),
      policyName: optLit(str(policy.policyName)),
      minProtocolVersion: optLit(str(policy.minProtocolVersion)),
      cipherSuites: Array.isArray(policy.cipherSuites) ? strings(stringList(policy.cipherSuites)) : undefined,
      disabledProtocols: Array.isArray(policy.disabledSslProtocols) && policy.disabledSslProtocols.length > 0 ? strings(stringList(policy.disabledSslProtocols)) : undefined,
    }),
  );
}

function customErrorPages(value: Json | undefined, at: string, note: (text: string) => void): Expr | undefined {
  const pages = list(value).filter(isObject);
  const out: Expr[] = [];
  for (const page of pages) {
    const code = member("CustomErrorStatusCode", CustomErrorStatusCode as any, page.statusCode);
    if (code === undefined) note(`${at}: status code ${JSON.stringify(page.statusCode)} is not one the library offers`);
    else out.push(obj({ statusCode: code, url: lit(String(page.customErrorPageUrl ?? "")) }));
  }
  return out.length > 0 ? arr(out) : undefined;
}

function trustedRootCertificate(name: string, c: JsonObject): Expr {
  const secretId = str(c.keyVaultSecretId);
  return secretId !== undefined
    ? call("TrustedRootCertificate", "fromKeyVaultSecret", lit(name), lit(secretId))
    : call("TrustedRootCertificate", "fromData", lit(name), lit(str(c.data) ?? ""));
}

function rewriteRule(r: JsonObject): Expr {
  const action = isObject(r.actionSet) ? r.actionSet : {};
  const headerList = (v: Json | undefined) => {
    const hs = list(v).filter(isObject);
    return hs.length > 0 ? arr(hs.map((h) => obj({ headerName: lit(String(h.headerName)), headerValue: lit(String(h.headerValue ?? "")) }))) : undefined;
  };
  const conditions = list(r.conditions).filter(isObject);
  const url = isObject(action.urlConfiguration) ? action.urlConfiguration : undefined;
  return obj({
    name: lit(String(r.name)),
    ruleSequence: lit(Number(r.ruleSequence)),
    conditions:
      conditions.length > 0
        ? arr(
            conditions.map((c) =>
              obj({
                variable: lit(String(c.variable)),
                pattern: lit(String(c.pattern)),
                ignoreCase: c.ignoreCase === true ? lit(true) : undefined,
                negate: c.negate === true ? lit(true) : undefined,
              }),
            ),
          )
        : undefined,
    requestHeaders: headerList(action.requestHeaderConfigurations),
    responseHeaders: headerList(action.responseHeaderConfigurations),
    url: url ? obj({ path: optLit(str(url.modifiedPath)), queryString: optLit(str(url.modifiedQueryString)), reroute: url.reroute === true ? lit(true) : undefined }) : undefined,
  });
}

/** Whether a profile asks clients for a certificate (passthrough, or strict with CAs). */
function profileRequestsCertificate(profile: JsonObject | undefined): boolean {
  if (!profile) return false;
  const pp = props(profile);
  const auth = isObject(pp.clientAuthConfiguration) ? pp.clientAuthConfiguration : {};
  return auth.verifyClientAuthMode === "Passthrough" || list(pp.trustedClientCertificates).length > 0;
}

/**
 * The client-certificate headers, from the library's forward rule (in its own set or last in
 * a merged one): each header set to `{var_<variable>}`. Undefined when no route forwards.
 */
function readCertificateHeaders(p: JsonObject): Expr | undefined {
  for (const set of items(p, "rewriteRuleSets")) {
    const rules = list(props(set).rewriteRules).filter(isObject);
    const forward = rules.find((r) => r.name === LIBRARY_RULE.forward);
    if (!forward || !(set.name === FORWARD_REWRITE_SET || String(set.name).endsWith(MERGED_SUFFIX.forward))) continue;
    const action = isObject(forward.actionSet) ? forward.actionSet : {};
    const members: { [key: string]: Expr | undefined } = {};
    for (const h of list(action.requestHeaderConfigurations).filter(isObject)) {
      const variable = /^\{var_([a-z_]+)\}$/.exec(String(h.headerValue))?.[1];
      const prop = variable === undefined ? undefined : HEADER_PROPS[variable];
      if (prop !== undefined) members[prop] = lit(String(h.headerName));
    }
    // The default certificate header is "X-Client-Cert": say it only when it differs or is absent.
    if (members.certificate === undefined) members.certificate = undefined;
    else if ((members.certificate as { v: string }).v === "X-Client-Cert") delete members.certificate;
    return optObj(members);
  }
  return undefined;
}

/** An HTTP listener, its rule and its redirect as one `addHttpRedirect` (the library names all three alike). */
function httpRedirect(
  rule: JsonObject,
  listener: JsonObject,
  redirects: Map<string, JsonObject>,
  ports: Map<string, number | undefined>,
  listenerVar: Map<string, string>,
  note: (text: string) => void,
): Stmt[] {
  const rname = String(rule.name);
  const rp = props(rule);
  const lp = props(listener);
  const redirectName = refName(rp.redirectConfiguration);
  const r = redirectName === undefined ? undefined : redirects.get(redirectName);
  const target = refName(r?.targetListener);
  if (!r || target === undefined || !listenerVar.has(target)) {
    note(`requestRoutingRules.${rname}: a rule of an HTTP listener that is not a redirect to an HTTPS listener of the gateway (the library's only HTTP listener is addHttpRedirect's)`);
    return [];
  }
  if (listener.name !== rname || redirectName !== rname) {
    note(`requestRoutingRules.${rname}: its HTTP listener (${listener.name}) and redirect (${redirectName}) have other names; addHttpRedirect gives all three the rule's name`);
  }
  const hostNames = stringList(lp.hostNames);
  const port = ports.get(refName(lp.frontendPort) ?? "");
  return [
    {
      k: "call",
      target: "gateway",
      method: "addHttpRedirect",
      args: [
        lit(rname),
        obj({
          target: ref(listenerVar.get(target)!),
          priority: optLit(num(rp.priority)),
          port: optLit(port),
          frontendPortName: optLit(refName(lp.frontendPort)),
          hostNames: strings(hostNames),
          type: r.redirectType === "Permanent" ? undefined : member("RedirectType", RedirectType as any, r.redirectType),
          includePath: r.includePath === false ? lit(false) : undefined,
          includeQueryString: r.includeQueryString === false ? lit(false) : undefined,
        }),
      ],
    },
  ];
}
