// The checks a rule holds beyond its one registry case (rules.test.ts runs that one): each
// fires one past what Azure allows, with our message, and is silent at the boundary. Limits
// are counted on what the gateway is given (merged rewrite sets, redirect listeners), names
// compared ignoring case, and every name inside an id by its own resource's naming rule.
// Sources: Learn azure-subscription-service-limits (Application Gateway limits),
// resource-name-rules, rewrite-http-headers-url (Limitations), fips; ARM Microsoft.Network 2025-03-01.
import { TerraformStack } from "cdktf";
import {
  BackendProtocol,
  ClientAuthentication,
  CustomErrorStatusCode,
  GatewayIdentity,
  GatewaySku,
  GatewaySubnet,
  ListenerCertificate,
  MtlsApplicationGateway,
  Redirect,
  RewriteRuleProps,
  SslPolicy,
  TrustedRootCertificate,
  WafOperator,
} from "../../lib";
import { CA_CER_BASE64 } from "../fixtures/ca-certificate";
import { values } from "./values/waf.cases";
import { bareGateway, CERT, completeRoute, IDENTITY_ID, passthroughGateway, SUBNET_ID, WAF_POLICY_ID, WORKSPACE_ID } from "../support/stack";
import { Build, problems, secret, sub, withListener, withPaths, withRewrites, withSettings } from "../support/rule-cases";

interface Boundary {
  /** One past the limit (or the bad spelling): fails with this text and the rule id. */
  readonly bad: Build;
  readonly message: string;
  readonly rule: string;
  /** At the limit (or a valid spelling): synthesizes without errors. */
  readonly good: Build[];
}

const GUID = "00000000-0000-0000-0000-000000000000";
const rgPrefix = (rg = "rg-shared", subscription = GUID) => `/subscriptions/${subscription}/resourceGroups/${rg}/providers`;
const subnetId = (vnet: string, subnet: string, rg?: string, subscription?: string) =>
  `${rgPrefix(rg, subscription)}/Microsoft.Network/virtualNetworks/${vnet}/subnets/${subnet}`;
const onSubnet = (id: string) => (s: TerraformStack) => passthroughGateway(s, { subnet: GatewaySubnet.fromSubnetId({ subnetId: id, addressPrefix: "10.0.0.0/24" }) });
const kvListener = (secretId: string, keyVaultId?: string) =>
  withListener({ certificate: ListenerCertificate.fromKeyVaultSecret("kv", { secretId, keyVaultId }) }, { identity: GatewayIdentity.create() });
const rootFromVault = (secretId: string, withIdentity = true) => (s: TerraformStack) => {
  const gw = bareGateway(s, { identity: withIdentity ? GatewayIdentity.create() : undefined });
  const listener = gw.addHttpsListener("l", { certificate: CERT });
  const backendSettings = gw.addBackendSettings("s", {
    protocol: BackendProtocol.HTTPS,
    trustedRootCertificates: [TrustedRootCertificate.fromKeyVaultSecret("root", secretId)],
  });
  gw.addRoutingRule("r", { priority: 1, listener, backendPool: gw.addBackendPool("pool", { fqdns: ["app.example.com"] }), backendSettings });
};

/** A passthrough gateway plus `build(gw)`. */
const withGateway = (build: (gw: MtlsApplicationGateway) => void, props = {}) => (s: TerraformStack) => build(passthroughGateway(s, props));
const times = (n: number, f: (i: number) => void) => Array.from({ length: n }, (_, i) => f(i));

// Limits (Learn: azure-subscription-service-limits, Application Gateway limits).
/** The passthrough gateway's listener on 443, and `n` more on ports 1000, 1001, ... */
const ports = (n: number) => withGateway((gw) => times(n, (i) => gw.addHttpsListener(`p${i}`, { certificate: CERT, port: 1000 + i })));
/** The passthrough gateway's listener, `https` multi-site HTTPS listeners on 443 and `redirects` HTTP redirects on 80. */
const listeners = (https: number, redirects: number) =>
  withGateway((gw) => {
    times(https, (i) => gw.addHttpsListener(`h${i}`, { certificate: CERT, hostNames: [`h${i}.example.com`] }));
    times(redirects, (i) => gw.addHttpRedirect(`r${i}`, { target: gw.listeners[0], priority: 1000 + i, hostNames: [`r${i}.example.com`] }));
  });
const backendSettings = (n: number) => withGateway((gw) => times(n - 1, (i) => gw.addBackendSettings(`s${i}`)));
const certificates = (n: number) =>
  withGateway((gw) =>
    times(n - 1, (i) =>
      gw.addHttpsListener(`c${i}`, { certificate: ListenerCertificate.fromPfx(`cert${i}`, { data: secret, password: secret }), hostNames: [`c${i}.example.com`] }),
    ),
  );
const clientCas = (n: number) =>
  withGateway((gw) => {
    for (let p = 0; p * 100 < n; p++) {
      const cas = Array.from({ length: Math.min(100, n - p * 100) }, (_, i) => ({ name: `ca${p * 100 + i}`, data: CA_CER_BASE64 }));
      const profile = gw.addSslProfile(`strict${p}`, { clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: cas }) });
      gw.addHttpsListener(`l${p}`, { certificate: CERT, sslProfile: profile, hostNames: [`l${p}.example.com`] });
    }
  });
const trustedRoots = (n: number) =>
  withGateway((gw) =>
    gw.addBackendSettings("roots", {
      protocol: BackendProtocol.HTTPS,
      trustedRootCertificates: Array.from({ length: n }, (_, i) => TrustedRootCertificate.fromData(`root${i}`, CA_CER_BASE64)),
    }),
  );
const redirects = (n: number) =>
  withGateway((gw) => times(n, (i) => gw.addHttpRedirect(`r${i}`, { target: gw.listeners[0], priority: 1000 + i, hostNames: [`r${i}.example.com`] })));
/** A forwarding route (the library adds one header) with a set of `request` + `response` headers and a URL rewrite. */
const configurations = (request: number, response: number) => {
  const headers = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ headerName: `${prefix}${i}`, headerValue: "1" }));
  const rules: RewriteRuleProps[] = [
    { name: "headers", ruleSequence: 1, requestHeaders: headers(request, "X-Req-"), responseHeaders: headers(response, "X-Resp-") },
    { name: "url", ruleSequence: 2, url: { path: "/v2/" } },
  ];
  return withRewrites(rules);
};
type Target = "pool" | "redirect";
/**
 * `basic` listeners with basic rules to a pool, and one with a path-based rule whose default and whose
 * one path rule each go to the pool or redirect.
 */
const withPathMapListener = (basic: number, defaultTo: Target, pathTo: Target) => (s: TerraformStack) => {
  const gw = bareGateway(s);
  const backendPool = gw.addBackendPool("pool", { fqdns: ["app.example.com"] });
  const backendSettings = gw.addBackendSettings("s");
  const to = (target: Target, url: string) => (target === "pool" ? { backendPool, backendSettings } : { redirect: Redirect.toUrl(url) });
  times(basic, (i) =>
    gw.addRoutingRule(`b${i}`, { priority: i + 1, listener: gw.addHttpsListener(`b${i}`, { certificate: CERT, hostNames: [`b${i}.example.com`] }), backendPool, backendSettings }),
  );
  const listener = gw.addHttpsListener("paths", { certificate: CERT, hostNames: ["paths.example.com"] });
  const rule = gw.addPathBasedRoutingRule("paths", { priority: 6000, listener, ...to(defaultTo, "https://contoso.com") });
  rule.addPathRule("api", { paths: ["/api/*"], ...to(pathTo, "https://api.contoso.com") });
};

/** A path-based rule with `n` path rules. */
const pathRules = (n: number) => (s: TerraformStack) => {
  const gw = bareGateway(s);
  const backendPool = gw.addBackendPool("pool", { fqdns: ["app.example.com"] });
  const backendSettings = gw.addBackendSettings("s");
  const rule = gw.addPathBasedRoutingRule("paths", { priority: 1, listener: gw.addHttpsListener("l", { certificate: CERT }), backendPool, backendSettings });
  times(n, (i) => rule.addPathRule(`p${i}`, { paths: [`/p${i}/*`], backendPool, backendSettings }));
};
const targets = (n: number) => withGateway((gw) => gw.addBackendPool("many", { fqdns: Array.from({ length: n }, (_, i) => `t${i}.example.com`) }));
/** The fixture CA as PEM text. */
const CA_PEM = `-----BEGIN CERTIFICATE-----\n${CA_CER_BASE64.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`;
/** The most copies of the CA's PEM that fit in 25 KB. */
const CA_COPIES = Math.floor((25 * 1024) / CA_PEM.length);
/** A strict profile whose one trusted client CA file is `data`. */
const withClientCa = (data: string) =>
  withGateway((gw) => gw.addSslProfile("strict", { clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [{ name: "ca", data }] }) }));
const latin1Base64 = (text: string) => Buffer.from(text, "latin1").toString("base64");
/** A strict profile whose one CA file is the CA's PEM `copies` times over (base64 of the text). */
const caFile = (copies: number) => withClientCa(latin1Base64(CA_PEM.repeat(copies)));

/** A strict profile whose one CA file is the CA's PEM as often as fits, padded with newlines to `bytes` bytes. */
const caFileOfBytes = (bytes: number) => {
  const text = CA_PEM.repeat(CA_COPIES).padEnd(bytes, "\n");
  if (text.length !== bytes) throw new Error(`the CA file is ${text.length} bytes, not ${bytes}`);
  return withClientCa(latin1Base64(text));
};

// Names, compared ignoring case, on what is rendered.
const twoPorts = (a: string, b: string) =>
  withGateway((gw) => {
    gw.addHttpsListener("a", { certificate: CERT, port: 8443, frontendPortName: a });
    gw.addHttpsListener("b", { certificate: CERT, port: 9443, frontendPortName: b });
  });
const twoCertificates = (a: string, b: string) =>
  withGateway((gw) => {
    gw.addHttpsListener("a", { certificate: ListenerCertificate.fromPfx(a, { data: secret, password: secret }), hostNames: ["a.example.com"] });
    gw.addHttpsListener("b", { certificate: ListenerCertificate.fromPfx(b, { data: secret, password: secret }), hostNames: ["b.example.com"] });
  });
const twoClientCas = (a: string, b: string) =>
  withGateway((gw) =>
    [a, b].forEach((name, i) => {
      const profile = gw.addSslProfile(`strict${i}`, { clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [{ name, data: CA_CER_BASE64 }] }) });
      gw.addHttpsListener(`l${i}`, { certificate: CERT, sslProfile: profile, hostNames: [`l${i}.example.com`] });
    }),
  );
const twoRoots = (a: string, b: string) =>
  withGateway((gw) =>
    [a, b].forEach((name, i) =>
      gw.addBackendSettings(`s${i}`, { protocol: BackendProtocol.HTTPS, trustedRootCertificates: [TrustedRootCertificate.fromData(name, CA_CER_BASE64)] }),
    ),
  );
const twoProbes = (a: string, b: string) =>
  withGateway((gw) => [a, b].forEach((name, i) => gw.addBackendSettings(`s${i}`, { healthProbe: { name, path: "/health", host: "app.example.com" } })));
const frontendNames = (publicName: string, privateName: string) =>
  sub("10.0.0.0/24", { privateFrontendIpAddress: "10.0.0.10", frontendIpConfigurationName: publicName, privateFrontendIpConfigurationName: privateName });

/** A passthrough gateway with these gateway-level custom error pages: [status code, URL]. */
const errorPages = (...pages: [string, string][]) =>
  sub("10.0.0.0/24", { customErrorPages: pages.map(([statusCode, url]) => ({ statusCode: statusCode as CustomErrorStatusCode, url })) });
const headerRule = (name: string, side: "requestHeaders" | "responseHeaders" = "requestHeaders", value = "x") =>
  withRewrites([{ name: "r", ruleSequence: 1, [side]: [{ headerName: name, headerValue: value }] }]);
const fipsCustomV2 = (cipher: string, onProfile = false) => (s: TerraformStack) => {
  const policy = SslPolicy.customV2({ minProtocolVersion: "TLSv1_2", cipherSuites: [cipher] });
  if (!onProfile) {
    sub("10.0.0.0/24", { enableFips: true, sslPolicy: policy })(s);
    return;
  }
  const gw = bareGateway(s, { enableFips: true });
  const profile = gw.addSslProfile("p", { clientAuthentication: ClientAuthentication.passthrough(), sslPolicy: policy });
  completeRoute(gw, gw.addHttpsListener("l", { certificate: CERT, sslProfile: profile }));
};

const BOUNDARIES: { [check: string]: Boundary } = {
  // AGW-LIMIT
  "100 frontend ports": { bad: ports(100), message: 'frontendPorts = "101 of them"', rule: "AGW-LIMIT", good: [ports(99)] },
  "200 listeners, the listener of each HTTP redirect counted": {
    bad: listeners(198, 2),
    message: 'listeners = "201 of them"',
    rule: "AGW-LIMIT",
    good: [listeners(198, 1), listeners(199, 0)],
  },
  "100 backend settings": { bad: backendSettings(101), message: 'backendSettings = "101 of them"', rule: "AGW-LIMIT", good: [backendSettings(100)] },
  "100 SSL certificates": { bad: certificates(101), message: 'sslCertificates = "101 of them"', rule: "AGW-LIMIT", good: [certificates(100)] },
  "200 trusted client CA certificates": {
    bad: clientCas(201),
    message: 'trustedClientCertificates = "201 of them"',
    rule: "AGW-LIMIT",
    good: [clientCas(200)],
  },
  "100 trusted root certificates": { bad: trustedRoots(101), message: 'trustedRootCertificates = "101 of them"', rule: "AGW-LIMIT", good: [trustedRoots(100)] },
  "100 redirect configurations": { bad: redirects(101), message: 'redirectConfigurations = "101 of them"', rule: "AGW-LIMIT", good: [redirects(100)] },
  "40 header or URL configurations per rewrite set as rendered: request and response headers, URL rewrites and the library's forward header": {
    bad: configurations(20, 19),
    message: 'rewriteRuleSets[].headerConfigurations = "41 of them" (in the rewrite set "mine-mtls-forward" as rendered)',
    rule: "AGW-LIMIT",
    good: [configurations(20, 18)],
  },
  "100 active listeners, a path-based rule whose default goes to a pool counted": {
    bad: withPathMapListener(100, "pool", "redirect"),
    message: 'activeListeners = "101 of them"',
    rule: "AGW-LIMIT",
    good: [withPathMapListener(99, "pool", "redirect")],
  },
  "100 active listeners, a path rule to a pool counted when the path map's default redirects": {
    bad: withPathMapListener(100, "redirect", "pool"),
    message: 'activeListeners = "101 of them"',
    rule: "AGW-LIMIT",
    good: [withPathMapListener(100, "redirect", "redirect"), withPathMapListener(99, "redirect", "pool")],
  },
  "100 path rules per URL path map": { bad: pathRules(101), message: 'pathRules = "101 of them"', rule: "AGW-LIMIT", good: [pathRules(100)] },
  "1200 targets per backend pool": { bad: targets(1201), message: 'targets = "1201 of them"', rule: "AGW-LIMIT", good: [targets(1200)] },
  // AGW-STRICT-CAS: the size of one trusted client CA file
  "a trusted client CA file of at most 25 KB": {
    bad: caFile(CA_COPIES + 1),
    message: `clientAuthentication.trustedClientCertificates[].data = `,
    rule: "AGW-STRICT-CAS",
    good: [caFile(CA_COPIES)],
  },
  "a trusted client CA file of 25 KB (25,600 bytes) exactly, and one byte more": {
    bad: caFileOfBytes(25 * 1024 + 1),
    message: `clientAuthentication.trustedClientCertificates[].data = `,
    rule: "AGW-STRICT-CAS",
    good: [caFileOfBytes(25 * 1024)],
  },
  // AGW-CERT-DATA: base64 (ARM's `data` is a base64 string); a decoder that skips other characters would read a certificate
  "a trusted client CA's data with a character outside base64": {
    bad: withClientCa(`${CA_CER_BASE64.slice(0, 40)}!${CA_CER_BASE64.slice(40)}`),
    message: "clientAuthentication.trustedClientCertificates[].data = ",
    rule: "AGW-CERT-DATA",
    good: [withClientCa(CA_CER_BASE64), withClientCa(CA_CER_BASE64.replace(/.{64}/g, "$&\n"))],
  },
  // AGW-WAF-MATCH-VALUES: Learn custom-waf-rules-overview ("Any – It shouldn't have a MatchValue"; GeoMatch needs a country code)
  "a WAF condition with operator Any and a match value": {
    bad: values(WafOperator.ANY, 1),
    message: 'matchValues = ["v0"]',
    rule: "AGW-WAF-MATCH-VALUES",
    good: [values(WafOperator.ANY, 0)],
  },
  "a WAF condition with operator GeoMatch and no country": {
    bad: values(WafOperator.GEO_MATCH, 0),
    message: "matchValues = []",
    rule: "AGW-WAF-MATCH-VALUES",
    good: [values(WafOperator.GEO_MATCH, 1, () => "US")],
  },
  // AGW-HOSTNAME: Learn multiple-site-overview, "Conditions for using wildcard characters": '*?', '?*'
  // and '**' in one component are invalid (its examples *?.contoso.com and **.contoso.com), and at
  // most 4 wildcard characters in a name (????*.contoso.com is invalid).
  "a host name with two '*' in one label": {
    bad: withListener({ hostNames: ["**.contoso.com"] }),
    message: 'hostNames[] = "**.contoso.com"',
    rule: "AGW-HOSTNAME",
    good: [withListener({ hostNames: ["*.contoso-*.com"] }), withListener({ hostNames: ["*.contoso.*"] })],
  },
  "a host name with '*' and '?' in one label": {
    bad: withListener({ hostNames: ["*?.contoso.com"] }),
    message: 'hostNames[] = "*?.contoso.com"',
    rule: "AGW-HOSTNAME",
    good: [withListener({ hostNames: ["w??.contoso*.edu.*"] }), withListener({ hostNames: ["?.*.contoso.com"] })],
  },
  "a host name with '*' after '?' in one label": {
    bad: withListener({ hostNames: ["w?*.contoso.com"] }),
    message: 'hostNames[] = "w?*.contoso.com"',
    rule: "AGW-HOSTNAME",
    good: [withListener({ hostNames: ["w*.c?ntoso.com"] })],
  },
  "a host name with more than 4 wildcard characters": {
    bad: withListener({ hostNames: ["????*.contoso.com"] }),
    message: 'hostNames[] = "????*.contoso.com"',
    rule: "AGW-HOSTNAME",
    good: [withListener({ hostNames: ["????.contoso.com"] })],
  },
  // AGW-PROBE-STATUS: a probe matches one or more status codes or ranges
  "a health probe's status codes: none at all": {
    bad: withSettings({ healthProbe: { statusCodes: [] } }),
    message: "healthProbe.statusCodes = []",
    rule: "AGW-PROBE-STATUS",
    good: [withSettings({ healthProbe: { statusCodes: ["200"] } })],
  },
  "a health probe's status codes: every entry checked, not only the first": {
    bad: withSettings({ healthProbe: { statusCodes: ["200", "600"] } }),
    message: 'healthProbe.statusCodes = ["200","600"]',
    rule: "AGW-PROBE-STATUS",
    good: [withSettings({ healthProbe: { statusCodes: ["200", "599"] } })],
  },
  // AGW-NAME-UNIQUE on the rendered collections
  "frontend IP configuration names": {
    bad: frontendNames("frontend", "FRONTEND"),
    message: 'privateFrontendIpConfigurationName = "FRONTEND" (frontendIPConfigurations has "frontend" already',
    rule: "AGW-NAME-UNIQUE",
    good: [frontendNames("frontend", "frontend-private")],
  },
  "frontend port names": { bad: twoPorts("web", "WEB"), message: 'test/Gateway/Listener/b: frontendPortName = "WEB" (frontendPorts has "web" already', rule: "AGW-NAME-UNIQUE", good: [twoPorts("web", "web-2")] },
  "SSL certificate names": {
    bad: twoCertificates("edge", "Edge"),
    message: 'test/Gateway/Listener/b: certificate.name = "Edge" (sslCertificates has "edge" already',
    rule: "AGW-NAME-UNIQUE",
    good: [twoCertificates("edge", "edge-2")],
  },
  "trusted client CA names": {
    bad: twoClientCas("partner-ca", "Partner-CA"),
    message: 'test/Gateway/SslProfile/strict1: clientAuthentication.trustedClientCertificates[].name = "Partner-CA"',
    rule: "AGW-NAME-UNIQUE",
    good: [twoClientCas("partner-ca", "partner-ca-2")],
  },
  "trusted root certificate names": {
    bad: twoRoots("root", "ROOT"),
    message: 'test/Gateway/BackendSettings/s1: trustedRootCertificates[].name = "ROOT" (trustedRootCertificates has "root" already',
    rule: "AGW-NAME-UNIQUE",
    good: [twoRoots("root", "root-2")],
  },
  "health probe names": {
    bad: twoProbes("health", "health"),
    message: 'test/Gateway/BackendSettings/s1: healthProbe.name = "health" (probes has "health" already',
    rule: "AGW-NAME-UNIQUE",
    good: [twoProbes("health", "health-2")],
  },
  "two frontend port names for one port number": {
    bad: withGateway((gw) => gw.addHttpsListener("b", { certificate: CERT, frontendPortName: "https-2", hostNames: ["b.example.com"] })),
    message: 'frontendPortName = "https-2"',
    rule: "AGW-SHARED-NAME",
    good: [withGateway((gw) => gw.addHttpsListener("b", { certificate: CERT, hostNames: ["b.example.com"] }))],
  },
  // Names inside ids (Learn: resource-name-rules)
  "subscription id in a subnet id: a GUID": {
    bad: onSubnet(subnetId("vnet", "appgw", "rg", "my-subscription")),
    message: 'subscription id "my-subscription" breaks its naming rule',
    rule: "AGW-SUBNET-ID",
    good: [onSubnet(subnetId("vnet", "appgw", "rg", GUID.replace(/0/g, "a")))],
  },
  "resource group name in a subnet id: not ending with '.'": {
    bad: onSubnet(subnetId("vnet", "appgw", "rg.")),
    message: 'resource group name "rg." breaks its naming rule',
    rule: "AGW-SUBNET-ID",
    good: [onSubnet(subnetId("vnet", "appgw", "r".repeat(90))), onSubnet(subnetId("vnet", "appgw", "rg.(1)"))],
  },
  "resource group name in a subnet id: at most 90 characters": {
    bad: onSubnet(subnetId("vnet", "appgw", "r".repeat(91))),
    message: "resource group name",
    rule: "AGW-SUBNET-ID",
    good: [onSubnet(subnetId("vnet", "appgw", "r".repeat(90)))],
  },
  "virtual network name in a subnet id: 2–64 characters": {
    bad: onSubnet(subnetId("v", "appgw")),
    message: 'virtual network name "v" breaks its naming rule',
    rule: "AGW-SUBNET-ID",
    good: [onSubnet(subnetId("vn", "appgw")), onSubnet(subnetId("v".repeat(64), "appgw"))],
  },
  "subnet name in a subnet id: ending with a letter, digit or '_'": {
    bad: onSubnet(subnetId("vnet", "appgw-")),
    message: 'subnet name "appgw-" breaks its naming rule',
    rule: "AGW-SUBNET-ID",
    good: [onSubnet(subnetId("vnet", "appgw_"))],
  },
  "identity name in an identity id: 3–128 characters": {
    bad: sub("10.0.0.0/24", { identity: GatewayIdentity.fromUserAssignedIdentity(IDENTITY_ID.replace("agw-identity", "id")) }),
    message: 'identity name "id" breaks its naming rule',
    rule: "AGW-IDENTITY-ID",
    good: [sub("10.0.0.0/24", { identity: GatewayIdentity.fromUserAssignedIdentity(IDENTITY_ID.replace("agw-identity", "idx")) })],
  },
  "WAF policy name in a WAF policy id: 1–128 characters": {
    bad: sub("10.0.0.0/24", { sku: GatewaySku.WAF_V2, firewallPolicyId: WAF_POLICY_ID.replace("shared-waf", "w".repeat(129)) }),
    message: "WAF policy name",
    rule: "AGW-WAF-POLICY-ID",
    good: [sub("10.0.0.0/24", { sku: GatewaySku.WAF_V2, firewallPolicyId: WAF_POLICY_ID.replace("shared-waf", "w".repeat(128)) })],
  },
  "workspace name in a workspace id: 4–63 characters, not starting with '-'": {
    bad: sub("10.0.0.0/24", { logAnalyticsWorkspaceId: WORKSPACE_ID.replace("/logs", "/-logs") }),
    message: 'workspace name "-logs" breaks its naming rule',
    rule: "AGW-WORKSPACE-ID",
    good: [sub("10.0.0.0/24", { logAnalyticsWorkspaceId: WORKSPACE_ID.replace("/logs", "/logs-1") })],
  },
  "workspace name in a workspace id: at least 4 characters": {
    bad: sub("10.0.0.0/24", { logAnalyticsWorkspaceId: WORKSPACE_ID.replace("/logs", "/log") }),
    message: 'workspace name "log" breaks its naming rule',
    rule: "AGW-WORKSPACE-ID",
    good: [sub("10.0.0.0/24", { logAnalyticsWorkspaceId: WORKSPACE_ID })],
  },
  "vault name in a Key Vault secret id: no consecutive hyphens": {
    bad: kvListener("https://edge--kv.vault.azure.net/secrets/cert"),
    message: 'vault name "edge--kv" breaks its naming rule',
    rule: "AGW-KV-SECRET-ID",
    good: [kvListener("https://edge-kv.vault.azure.net/secrets/cert")],
  },
  "vault name in a Key Vault secret id: a letter first, a letter or digit last, 3–24 characters": {
    bad: kvListener("https://1edge.vault.azure.net/secrets/cert"),
    message: 'vault name "1edge" breaks its naming rule',
    rule: "AGW-KV-SECRET-ID",
    good: [kvListener("https://abc.vault.azure.net/secrets/cert"), kvListener(`https://k${"v".repeat(22)}1.vault.azure.net/secrets/cert`)],
  },
  "vault name in a Key Vault secret id: not ending with '-'": {
    bad: kvListener("https://edge-.vault.azure.net/secrets/cert"),
    message: 'vault name "edge-" breaks its naming rule',
    rule: "AGW-KV-SECRET-ID",
    good: [kvListener("https://edge1.vault.azure.net/secrets/cert")],
  },
  "secret name in a Key Vault secret id: 1–127 characters": {
    bad: kvListener(`https://edge-kv.vault.azure.net/secrets/${"s".repeat(128)}`),
    message: "certificate.secretId",
    rule: "AGW-KV-SECRET-ID",
    good: [kvListener(`https://edge-kv.vault.azure.net/secrets/${"s".repeat(127)}`)],
  },
  "vault name in a trusted root certificate's secret id": {
    bad: rootFromVault("https://root--kv.vault.azure.net/secrets/root"),
    message: 'vault name "root--kv" breaks its naming rule',
    rule: "AGW-KV-SECRET-ID",
    good: [rootFromVault("https://root-kv.vault.azure.net/secrets/root")],
  },
  "vault name in a Key Vault id": {
    bad: kvListener("https://edge-kv.vault.azure.net/secrets/cert", `${rgPrefix()}/Microsoft.KeyVault/vaults/edge--kv`),
    message: 'vault name "edge--kv" breaks its naming rule',
    rule: "AGW-KV-ID",
    good: [kvListener("https://edge-kv.vault.azure.net/secrets/cert", `${rgPrefix()}/Microsoft.KeyVault/vaults/edge-kv`)],
  },
  "resource group name in a Key Vault id": {
    bad: kvListener("https://edge-kv.vault.azure.net/secrets/cert", `${rgPrefix("rg.")}/Microsoft.KeyVault/vaults/edge-kv`),
    message: 'resource group name "rg." breaks its naming rule',
    rule: "AGW-KV-ID",
    good: [kvListener("https://edge-kv.vault.azure.net/secrets/cert", `${rgPrefix("rg")}/Microsoft.KeyVault/vaults/edge-kv`)],
  },
  "two names in one Key Vault id, each breaking its rule": {
    bad: kvListener("https://edge-kv.vault.azure.net/secrets/cert", `${rgPrefix("rg.")}/Microsoft.KeyVault/vaults/edge--kv`),
    message: 'resource group name "rg.", vault name "edge--kv" break their naming rule',
    rule: "AGW-KV-ID",
    good: [kvListener("https://edge-kv.vault.azure.net/secrets/cert", `${rgPrefix("rg")}/Microsoft.KeyVault/vaults/edge-kv`)],
  },
  // AGW-KV-IDENTITY (Learn: key-vault-certs): a backend's trusted root from Key Vault needs the identity too
  "a trusted root certificate from Key Vault on a gateway without an identity": {
    bad: rootFromVault("https://root-kv.vault.azure.net/secrets/root", false),
    message: 'trustedRootCertificates = "root"',
    rule: "AGW-KV-IDENTITY",
    good: [rootFromVault("https://root-kv.vault.azure.net/secrets/root")],
  },
  // AGW-CUSTOM-ERROR (Learn: custom-error, Requirements): the page is a .htm or .html file at an absolute URL,
  // each status code once per level
  "a custom error page that is not an .htm or .html file": {
    bad: errorPages(["HttpStatus502", "https://pages.contoso.com/502.aspx"]),
    message: "https://pages.contoso.com/502.aspx",
    rule: "AGW-CUSTOM-ERROR",
    good: [errorPages(["HttpStatus502", "https://pages.contoso.com/502.HTML"]), errorPages(["HttpStatus502", "https://pages.contoso.com/errors/502.htm"])],
  },
  "a custom error page at a relative URL": {
    bad: errorPages(["HttpStatus502", "/errors/502.html"]),
    message: "/errors/502.html",
    rule: "AGW-CUSTOM-ERROR",
    good: [errorPages(["HttpStatus502", "https://pages.contoso.com/errors/502.html"])],
  },
  "one status code given two custom error pages": {
    bad: errorPages(["HttpStatus502", "https://pages.contoso.com/a.html"], ["HttpStatus502", "https://pages.contoso.com/b.html"]),
    message: "https://pages.contoso.com/b.html",
    rule: "AGW-CUSTOM-ERROR",
    good: [errorPages(["HttpStatus502", "https://pages.contoso.com/a.html"], ["HttpStatus503", "https://pages.contoso.com/b.html"])],
  },
  "one status code on the gateway and again on a listener": {
    bad: (s) => {
      errorPages(["HttpStatus502", "https://pages.contoso.com/a.html"])(s);
      const gw = s.node.findAll().find((c): c is MtlsApplicationGateway => c instanceof MtlsApplicationGateway)!;
      gw.addHttpsListener("own", {
        certificate: CERT,
        port: 8443,
        customErrorPages: [
          { statusCode: CustomErrorStatusCode.HTTP_403, url: "https://pages.contoso.com/own-403.html" },
          { statusCode: CustomErrorStatusCode.HTTP_403, url: "https://pages.contoso.com/own-403b.html" },
        ],
      });
    },
    message: "https://pages.contoso.com/own-403b.html",
    rule: "AGW-CUSTOM-ERROR",
    good: [
      // A listener's page overrides the gateway's for the same code (Learn: custom-error, Configuration levels).
      (s) => {
        errorPages(["HttpStatus502", "https://pages.contoso.com/a.html"])(s);
        const gw = s.node.findAll().find((c): c is MtlsApplicationGateway => c instanceof MtlsApplicationGateway)!;
        completeRoute(gw, gw.addHttpsListener("own", {
          certificate: CERT,
          port: 8443,
          customErrorPages: [{ statusCode: CustomErrorStatusCode.HTTP_502, url: "https://pages.contoso.com/own-502.html" }],
        }), 2);
      },
    ],
  },
  // AGW-PATH (Learn: url-route-overview, PathPattern; Azure: ApplicationGatewayPathsWithinUrlPathMapMustBeUnique)
  "a path that does not start with '/'": {
    bad: withPaths(["images/*"]),
    message: 'paths[] = "images/*"',
    rule: "AGW-PATH",
    good: [withPaths(["/images/*"])],
  },
  "a path with a query": {
    bad: withPaths(["/images?size=big"]),
    message: 'paths[] = "/images?size=big"',
    rule: "AGW-PATH",
    good: [withPaths(["/images/size=big"])],
  },
  "a path with a fragment": {
    bad: withPaths(["/docs#intro"]),
    message: 'paths[] = "/docs#intro"',
    rule: "AGW-PATH",
    good: [withPaths(["/docs/intro"])],
  },
  "one path twice in a path map": {
    bad: withPaths(["/images/*", "/videos/*", "/images/*"]),
    message: 'paths[] = "/images/*"',
    rule: "AGW-PATH",
    good: [withPaths(["/images/*", "/images"])],
  },
  // AGW-SUBNET-DELEGATION (Learn: configuration-infrastructure)
  "a gateway subnet said not to be delegated": {
    bad: (s) => passthroughGateway(s, { subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, addressPrefix: "10.0.0.0/24", delegated: false }) }),
    message: "test/Gateway: subnet.delegated = false",
    rule: "AGW-SUBNET-DELEGATION",
    good: [(s) => passthroughGateway(s, { subnet: GatewaySubnet.fromSubnetId({ subnetId: SUBNET_ID, addressPrefix: "10.0.0.0/24", delegated: true }) })],
  },
  // AGW-REROUTE (Learn: rewrite-http-headers-url): on a path rule, a set whose every rule reroutes unconditionally
  "a path rule whose rewrite set only reroutes, unconditionally": {
    bad: withPaths(["/api/*"], [{ name: "r", ruleSequence: 1, url: { path: "/v2/", reroute: true } }]),
    message: 'test/Gateway/RoutingRule/r/p: rewriteRuleSet = "mine"',
    rule: "AGW-REROUTE",
    good: [withPaths(["/api/*"], [{ name: "r", ruleSequence: 1, url: { path: "/v2/", reroute: false } }])],
  },
  // AGW-REWRITE-CONDITION (Learn: rewrite-http-headers-url, Rewrite conditions): the variable's prefix is the whole start
  "a condition variable with text before http_req_": {
    bad: withRewrites([{ name: "r", ruleSequence: 1, conditions: [{ variable: "my_http_req_X", pattern: "a" }], requestHeaders: [{ headerName: "X-A", headerValue: "b" }] }]),
    message: 'rules[0].conditions[].variable = "my_http_req_X"',
    rule: "AGW-REWRITE-CONDITION",
    good: [withRewrites([{ name: "r", ruleSequence: 1, conditions: [{ variable: "http_req_X", pattern: "a" }], requestHeaders: [{ headerName: "X-A", headerValue: "b" }] }])],
  },
  // AGW-REWRITE-HEADER (Learn: rewrite-http-headers-url, Limitations)
  "X-Original-Host cannot be rewritten": {
    bad: headerRule("X-Original-Host"),
    message: 'requestHeaders[].headerName = "X-Original-Host"',
    rule: "AGW-REWRITE-HEADER",
    good: [headerRule("X-Original-Hosts"), headerRule("X-Forwarded-Host")],
  },
  "X-Original-Host in any case, as a response header": {
    bad: headerRule("x-original-HOST", "responseHeaders"),
    message: 'responseHeaders[].headerName = "x-original-HOST"',
    rule: "AGW-REWRITE-HEADER",
    good: [headerRule("x-original-url", "responseHeaders")],
  },
  "Connection in lower case": {
    bad: headerRule("connection"),
    message: 'requestHeaders[].headerName = "connection"',
    rule: "AGW-REWRITE-HEADER",
    good: [headerRule("connection-id")],
  },
  "Host deleted (an empty value), on either side; Host set to a value is a rewrite": {
    bad: headerRule("Host", "responseHeaders", ""),
    message: 'responseHeaders[].headerName = "Host"',
    rule: "AGW-REWRITE-HEADER",
    good: [headerRule("Host", "responseHeaders", "edge"), headerRule("Host", "requestHeaders", "app.contoso.com"), headerRule("X-Powered-By", "responseHeaders", "")],
  },
  "Host deleted from the request": {
    bad: headerRule("host", "requestHeaders", ""),
    message: 'requestHeaders[].headerName = "host"',
    rule: "AGW-REWRITE-HEADER",
    good: [headerRule("host", "requestHeaders", "app.contoso.com")],
  },
  "X-Original-Host as a client-certificate header": {
    bad: sub("10.0.0.0/24", { clientCertificateHeaders: { issuer: "X-Original-Host" } }),
    message: 'clientCertificateHeaders.issuer = "X-Original-Host"',
    rule: "AGW-REWRITE-HEADER",
    good: [sub("10.0.0.0/24", { clientCertificateHeaders: { issuer: "X-Original-Issuer" } })],
  },
  // AGW-CERT-HEADER-UNIQUE
  "two certificate fields given one header in other case": {
    bad: sub("10.0.0.0/24", { clientCertificateHeaders: { serial: "X-Cert-Id", fingerprint: "x-cert-ID" } }),
    message: 'clientCertificateHeaders.fingerprint = "x-cert-ID" (clientCertificateHeaders.serial has it)',
    rule: "AGW-CERT-HEADER-UNIQUE",
    good: [sub("10.0.0.0/24", { clientCertificateHeaders: { serial: "X-Cert-Serial", fingerprint: "X-Cert-Fingerprint" } })],
  },
  // AGW-FIPS-TLS (Learn: fips, Custom V2 cipher suites)
  "FIPS: a CustomV2 cipher outside Learn's FIPS list": {
    bad: fipsCustomV2("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"),
    message: 'sslPolicy.cipherSuites = ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"]',
    rule: "AGW-FIPS-TLS",
    good: [fipsCustomV2("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384"), fipsCustomV2("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")],
  },
  "FIPS: an SSL profile's CustomV2 cipher outside the list": {
    bad: fipsCustomV2("TLS_RSA_WITH_AES_256_GCM_SHA384", true),
    message: 'sslPolicy.cipherSuites = ["TLS_RSA_WITH_AES_256_GCM_SHA384"]',
    rule: "AGW-FIPS-TLS",
    good: [fipsCustomV2("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", true)],
  },
};

describe.each(Object.entries(BOUNDARIES))("%s", (_name, boundary) => {
  test("fires one past the boundary, naming the prop and the value", () => {
    const { errors } = problems(boundary.bad);
    const line = errors.split("\n").find((l) => l.includes(boundary.message));
    expect(line).toBeDefined();
    expect(line).toContain(`[${boundary.rule}]`);
    expect(line).toMatch(/test\/[^:]*: /);
  });

  test("is silent at the boundary", () => {
    for (const good of boundary.good) expect(problems(good).errors).toBe("");
  });
});
