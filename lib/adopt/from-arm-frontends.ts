// ARM → program, the frontends: which public IPs the gateway has (none, one the library creates
// and adopts, one owned elsewhere; IPv4 and IPv6), its private frontend, its Private Link
// configurations, and the frontend each listener names, as the gateway's props and a listener's
// `frontend`. The inverse of the frontends MtlsApplicationGateway describes (its constructor)
// and lib/render/arm/gateway-body.ts writes.
import { ListenerFrontend } from "../core/enums";
import { isObject, items, JsonObject, parseArmId, props, refName, str } from "./arm-json";
import { arr, call, enumMember, Expr, lit, obj, optLit } from "./program";

/** What the frontends say: the gateway's props, and the `frontend` of a listener by the frontend it names. */
export interface Frontends {
  /** The gateway's props for its frontends (undefined members are left out). */
  readonly props: { readonly [prop: string]: Expr | undefined };
  /** A listener's `frontend`, from the frontend IP configuration it names; undefined for the public IPv4 one (the default). */
  listenerFrontend(frontendName: string | undefined): Expr | undefined;
  /** The public IPs the program creates beside the gateway, by name: existing ones, which `adopt` imports. */
  readonly adoptedPublicIps: string[];
  /** What the converter assumed where ARM does not say (a comment above the gateway). */
  readonly assumption?: string;
}

/** The gateway's subscription and group, which decide whether a public IP is the library's to create (and adopt). */
interface Owner {
  readonly subscriptionId: string;
  readonly resourceGroupName: string;
}

const frontendEnum = (frontend: ListenerFrontend): Expr => {
  const key = (Object.keys(ListenerFrontend) as (keyof typeof ListenerFrontend)[]).find((k) => ListenerFrontend[k] === frontend)!;
  return enumMember("ListenerFrontend", key);
};

/**
 * A public IP as the gateway's props: one in the gateway's subscription and group is the
 * library's (created beside the gateway under its name, and adopted: the import blocks take it
 * over); one elsewhere is owned by someone else (`FrontendPublicIp.fromId`), as the library
 * creates its public IPs in the gateway's group only.
 */
function publicIpProps(id: string, owner: Owner, nameProp: string, create: boolean): { [prop: string]: Expr | undefined } {
  const parsed = parseArmId(id);
  const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();
  const ours = parsed !== undefined && same(parsed.resourceGroupName, owner.resourceGroupName) && (owner.subscriptionId === "" || same(parsed.subscriptionId, owner.subscriptionId));
  if (!ours) return { ip: call("FrontendPublicIp", "fromId", lit(id)) };
  // The IPv4 public IP is created by default: only its name is said.
  return { ip: create ? call("FrontendPublicIp", "create") : undefined, [nameProp]: lit(parsed!.name) };
}

export function readFrontends(p: JsonObject, owner: Owner, note: (text: string) => void): Frontends {
  const frontends = items(p, "frontendIPConfigurations");
  const isPublic = (f: JsonObject) => isObject(props(f).publicIPAddress);
  const publicFrontends = frontends.filter(isPublic);
  const privateFrontends = frontends.filter((f) => !isPublic(f));
  if (publicFrontends.length > 2) note(`frontendIPConfigurations: ${publicFrontends.length} public frontends; a gateway has at most one per IP version (IPv4, IPv6)`);
  // ARM's frontend has no IP version (ApplicationGatewayFrontendIPConfigurationPropertiesFormat: privateIPAddress,
  // privateIPAllocationMethod, subnet, publicIPAddress, privateLinkConfiguration): it is the public IP's. The
  // library writes the IPv4 public frontend first and the IPv6 one after it.
  const [ipv4, ipv6] = publicFrontends;
  const publicIpId = (f: JsonObject | undefined) => str((props(f ?? {}).publicIPAddress as JsonObject | undefined)?.id);

  const privateFrontend = privateFrontends[0];
  const privateProps = props(privateFrontend ?? {});
  if (privateFrontends.length > 1) note(`frontendIPConfigurations: ${privateFrontends.length} private frontends; the library writes at most one`);
  if (privateFrontend && privateProps.privateIPAllocationMethod !== "Static") {
    note(`frontendIPConfigurations.${privateFrontend.name}: a Dynamic private IP; the library's private frontend is Static (privateFrontendIpAddress)`);
  }

  const frontendOf = new Map<string, ListenerFrontend>();
  if (ipv4) frontendOf.set(String(ipv4.name), ListenerFrontend.PUBLIC);
  if (ipv6) frontendOf.set(String(ipv6.name), ListenerFrontend.PUBLIC_IPV6);
  if (privateFrontend) frontendOf.set(String(privateFrontend.name), ListenerFrontend.PRIVATE);

  const v4 = ipv4 === undefined ? { ip: call("FrontendPublicIp", "none") } : publicIpProps(publicIpId(ipv4)!, owner, "publicIpName", false);
  const v6 = ipv6 === undefined ? {} : publicIpProps(publicIpId(ipv6)!, owner, "ipv6PublicIpName", true);
  return {
    props: {
      publicIp: v4.ip,
      publicIpName: v4.publicIpName,
      frontendIpConfigurationName: optLit(str(ipv4?.name)),
      privateFrontendIpAddress: privateFrontend ? optLit(str(privateProps.privateIPAddress)) : undefined,
      privateFrontendIpConfigurationName: privateFrontend ? optLit(str(privateFrontend.name)) : undefined,
      ipv6PublicIp: v6.ip,
      ipv6PublicIpName: v6.ipv6PublicIpName,
      ipv6FrontendIpConfigurationName: optLit(str(ipv6?.name)),
      privateLinkConfigurations: privateLinks(p, frontends, frontendOf, note),
    },
    adoptedPublicIps: [v4.publicIpName, v6.ipv6PublicIpName].flatMap((e) => (e?.k === "lit" ? [String(e.v)] : [])),
    listenerFrontend: (name) => {
      const frontend = name === undefined ? undefined : frontendOf.get(name);
      return frontend === undefined || frontend === ListenerFrontend.PUBLIC ? undefined : frontendEnum(frontend);
    },
    assumption:
      ipv6 === undefined
        ? undefined
        : `ARM does not say a frontend's IP version (its public IP does): ${ipv4.name} is taken as the IPv4 frontend and ${ipv6.name}, the second public one, as the IPv6 frontend.`,
  };
}

/**
 * `privateLinkConfigurations` as the gateway prop: each with the frontend that names it, the
 * subnet of its IP configurations and their count (the library names them `<name>-ip<n>`,
 * Dynamic, the first primary: a difference there is the comparison's to report).
 */
function privateLinks(p: JsonObject, frontends: JsonObject[], frontendOf: Map<string, ListenerFrontend>, note: (text: string) => void): Expr | undefined {
  const out: Expr[] = [];
  for (const c of items(p, "privateLinkConfigurations")) {
    const name = String(c.name);
    const users = frontends.filter((f) => refName(props(f).privateLinkConfiguration) === name);
    if (users.length === 0) {
      note(`privateLinkConfigurations.${name}: used by no frontend (the library writes a configuration on the frontend given as its \`frontend\`)`);
      continue;
    }
    if (users.length > 1) note(`privateLinkConfigurations.${name}: used by the frontends ${users.map((f) => f.name).join(", ")}; the library gives a configuration one frontend`);
    const ipConfigurations = items(props(c), "ipConfigurations");
    const subnets = [...new Set(ipConfigurations.map((ip) => str((props(ip).subnet as JsonObject | undefined)?.id) ?? ""))];
    if (subnets.length > 1) note(`privateLinkConfigurations.${name}: its IP configurations are in ${subnets.length} subnets; the library gives a configuration one subnetId`);
    out.push(
      obj({
        name: lit(name),
        frontend: frontendEnum(frontendOf.get(String(users[0].name)) ?? ListenerFrontend.PUBLIC),
        subnetId: lit(subnets[0] ?? ""),
        // One is the default.
        ipConfigurations: ipConfigurations.length === 1 ? undefined : lit(ipConfigurations.length),
      }),
    );
  }
  return out.length > 0 ? arr(out) : undefined;
}
