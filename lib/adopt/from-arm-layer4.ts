// ARM → program, the layer-4 (TCP/TLS proxy) parts: `listeners` (addTcpListener, addTlsListener),
// `backendSettingsCollection` and their Tcp/Tls probes (addLayer4BackendSettings), `routingRules`
// (addLayer4RoutingRule). The inverse of the parts' `_describe()` (lib/parts/layer4-*.ts) and of
// what lib/render/arm/gateway-body.ts writes of them.
import { Layer4Protocol } from "../core/enums";
import { items, JsonObject, list, num, props, refName, str } from "./arm-json";
import { ProbeClaims, probeTiming } from "./probe-claims";
import { addPart, arr, Expr, lit, member, obj, optLit, ref, Stmt } from "./program";

/** What the layer-4 parts refer to that the rest of the program declares. */
export interface Layer4Context {
  readonly p: JsonObject;
  /** Identifiers the program uses already. */
  readonly taken: Set<string>;
  readonly note: (text: string) => void;
  /** Frontend ports' numbers by name. */
  readonly ports: Map<string, number | undefined>;
  /** The program's constants by the Azure name of what they hold. */
  readonly certificates: Map<string, string>;
  readonly sslProfiles: Map<string, string>;
  readonly backendPools: Map<string, string>;
  /** A listener's `frontend` by the frontend IP configuration it names. */
  readonly listenerFrontend: (frontendName: string | undefined) => Expr | undefined;
  /** The gateway's probes, and which backend settings took each (the layer-7 settings first). */
  readonly probes: ProbeClaims;
  /** A trusted root certificate by name, as a value. */
  readonly trustedRootCertificate: (name: string) => Expr;
}

/** The layer-4 listeners, backend settings and routing rules, in that order. */
export function readLayer4(ctx: Layer4Context): Stmt[] {
  const listenerVar = new Map<string, string>();
  const settingsVar = new Map<string, string>();
  return [...listeners(ctx, listenerVar), ...backendSettings(ctx, settingsVar), ...routingRules(ctx, listenerVar, settingsVar)];
}

function listeners(ctx: Layer4Context, listenerVar: Map<string, string>): Stmt[] {
  const out: Stmt[] = [];
  for (const l of items(ctx.p, "listeners")) {
    const lname = String(l.name);
    const lp = props(l);
    const tls = lp.protocol === Layer4Protocol.TLS;
    if (!tls && lp.protocol !== Layer4Protocol.TCP) {
      ctx.note(`listeners.${lname}: protocol ${JSON.stringify(lp.protocol)}; the library's layer-4 listeners are Tcp or Tls`);
      continue;
    }
    const portName = refName(lp.frontendPort);
    const common = {
      port: optLit(ctx.ports.get(portName ?? "")),
      frontendPortName: optLit(portName),
      frontend: ctx.listenerFrontend(refName(lp.frontendIPConfiguration)),
    };
    const cert = refName(lp.sslCertificate);
    const profile = refName(lp.sslProfile);
    if (tls && (cert === undefined || !ctx.certificates.has(cert))) ctx.note(`listeners.${lname}: a TLS listener without a certificate of the gateway`);
    const listenerProps = obj({
      ...common,
      certificate: tls && cert !== undefined && ctx.certificates.has(cert) ? ref(ctx.certificates.get(cert)!) : undefined,
      sslProfile: tls && profile !== undefined && ctx.sslProfiles.has(profile) ? ref(ctx.sslProfiles.get(profile)!) : undefined,
    });
    out.push(addPart(ctx.taken, listenerVar, "listener", lname, tls ? "addTlsListener" : "addTcpListener", listenerProps));
  }
  return out;
}

function backendSettings(ctx: Layer4Context, settingsVar: Map<string, string>): Stmt[] {
  const out: Stmt[] = [];
  for (const s of items(ctx.p, "backendSettingsCollection")) {
    const sname = String(s.name);
    const sp = props(s);
    const probeName = refName(sp.probe);
    const probe = ctx.probes.claim(probeName, sname);
    if (probe !== undefined && probe.protocol !== sp.protocol) {
      ctx.note(`probes.${probeName}: protocol ${JSON.stringify(probe.protocol)}; the library probes layer-4 backends with the settings' protocol (${JSON.stringify(sp.protocol)})`);
    }
    const healthProbe =
      probe === undefined
        ? undefined
        : obj({
            ...probeTiming(probeName!, probe),
            port: optLit(num(probe.port)),
          });
    const roots = list(sp.trustedRootCertificates).map((r) => refName(r)).filter((n): n is string => n !== undefined);
    const settingsProps = obj({
      // Tls is the library's default.
      protocol: sp.protocol === Layer4Protocol.TLS ? undefined : member("Layer4Protocol", Layer4Protocol, sp.protocol),
      port: optLit(num(sp.port)),
      timeout: optLit(num(sp.timeout)),
      hostName: optLit(str(sp.hostName)),
      trustedRootCertificates: roots.length > 0 ? arr(roots.map(ctx.trustedRootCertificate)) : undefined,
      healthProbe,
    });
    out.push(addPart(ctx.taken, settingsVar, "settings", sname, "addLayer4BackendSettings", settingsProps));
  }
  return out;
}

function routingRules(ctx: Layer4Context, listenerVar: Map<string, string>, settingsVar: Map<string, string>): Stmt[] {
  const out: Stmt[] = [];
  for (const r of items(ctx.p, "routingRules")) {
    const rname = String(r.name);
    const rp = props(r);
    if (rp.ruleType !== undefined && rp.ruleType !== "Basic") ctx.note(`routingRules.${rname}: ruleType ${JSON.stringify(rp.ruleType)}; the library's layer-4 rules are Basic`);
    const named = (vars: Map<string, string>, reference: JsonObject[keyof JsonObject] | undefined) => {
      const name = refName(reference);
      return name !== undefined && vars.has(name) ? ref(vars.get(name)!) : undefined;
    };
    out.push({
      k: "call",
      target: "gateway",
      method: "addLayer4RoutingRule",
      args: [
        lit(rname),
        obj({
          priority: optLit(num(rp.priority)),
          listener: named(listenerVar, rp.listener),
          backendPool: named(ctx.backendPools, rp.backendAddressPool),
          backendSettings: named(settingsVar, rp.backendSettings),
        }),
      ],
    });
  }
  return out;
}
