// The benchmark compares like with like: the hand-written stack (bench/handwritten-stack.ts)
// declares exactly the resources the library writes, and the library side is main.ts's seed.
import { createHash } from "crypto";
import { Testing } from "cdktf";
import { MtlsPassthroughStack } from "../main";
import { addHandwrittenBigGateway, addHandwrittenGateway } from "../bench/handwritten-stack";
import { addLibraryBigGateway, addLibraryGateway } from "../bench/library-stack";
import { AddGateway, benchStack, BIG } from "../bench/shape";
import { testApp } from "./support/stack";

type Json = { [key: string]: any };

const synth = (n: number, addGateway: AddGateway): Json => JSON.parse(Testing.synth(benchStack(testApp(), n, addGateway)));

/** Without cdktf's `//` metadata, at any depth. */
function withoutComments(value: any): any {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "//").map(([k, v]) => [k, withoutComments(v)]));
}

/**
 * The stack with every logical id replaced by a hash of the resource's content, in
 * which references carry the hashed names of what they point at: two stacks that
 * declare the same resources become equal whatever their construct ids.
 */
function canonical(json: Json): Json {
  const doc = withoutComments(json);
  const addresses = Object.entries(doc.resource as Json).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const reference = new RegExp(`(${addresses.sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\w-])`, "g");
  const names = new Map<string, string>();
  const rename = (text: string): string => text.replace(reference, (address) => nameOf(address));
  const nameOf = (address: string): string => {
    if (!names.has(address)) {
      const [type, name] = address.split(".");
      const body = rename(JSON.stringify(doc.resource[type][name]));
      names.set(address, `${type}.${createHash("sha1").update(body).digest("hex").slice(0, 12)}`);
    }
    return names.get(address)!;
  };
  const resource: Json = {};
  for (const address of addresses) {
    const [type, name] = address.split(".");
    resource[type] = { ...resource[type], [nameOf(address).split(".")[1]]: JSON.parse(rename(JSON.stringify(doc.resource[type][name]))) };
  }
  return { ...JSON.parse(rename(JSON.stringify(doc))), resource };
}

const countByType = (json: Json) => Object.fromEntries(Object.entries(json.resource as Json).map(([type, byName]) => [type, Object.keys(byName).length]));

describe("bench: library (a) and hand-written (b) stacks", () => {
  const library = synth(2, addLibraryGateway);
  const handwritten = synth(2, addHandwrittenGateway);

  test("for N=2 both declare per gateway a VNet, two subnets, a public IP, the gateway and the passthrough patch", () => {
    const perGateway = { azurerm_virtual_network: 1, azurerm_subnet: 2, azurerm_public_ip: 1, azurerm_application_gateway: 1, azapi_update_resource: 1 };
    const twice = Object.fromEntries(Object.entries(perGateway).map(([type, n]) => [type, 2 * n]));
    expect(countByType(library)).toEqual(twice);
    expect(countByType(handwritten)).toEqual(twice);
  });

  test("for N=2 they synthesize the same JSON, up to `//` metadata and logical ids", () => {
    expect(canonical(handwritten)).toEqual(canonical(library));
  });

  test("the comparison tells one changed argument apart", () => {
    const changed = JSON.parse(JSON.stringify(handwritten));
    const gateways = Object.values(changed.resource.azurerm_application_gateway) as Json[];
    gateways[1].sku.capacity = 3;
    expect(canonical(changed)).not.toEqual(canonical(library));
  });

  test("gateway 0 of the library side is main.ts's seed stack", () => {
    const { terraform: _t, ...seed } = canonical(JSON.parse(Testing.synth(new MtlsPassthroughStack(testApp(), "seed"))));
    const { terraform: _l, ...one } = canonical(synth(1, addLibraryGateway));
    expect(one).toEqual(seed);
  });
});

describe("bench: the big gateway, library (a) and hand-written (b)", () => {
  const library = synth(1, addLibraryBigGateway);
  const handwritten = synth(1, addHandwrittenBigGateway);
  const [gateway] = Object.values(library.resource.azurerm_application_gateway) as Json[];

  test(`has ${BIG.routes} listeners, pools, settings and rules, and ${BIG.profiles} passthrough SSL profiles in the patch`, () => {
    for (const block of ["http_listener", "backend_address_pool", "backend_http_settings", "request_routing_rule"]) {
      expect([block, gateway[block].length]).toEqual([block, BIG.routes]);
    }
    expect(gateway.ssl_profile).toHaveLength(BIG.profiles);
    const [patch] = Object.values(library.resource.azapi_update_resource) as Json[];
    expect(patch.body.properties.sslProfiles).toHaveLength(BIG.profiles);
  });

  test("they synthesize the same JSON, up to `//` metadata and logical ids", () => {
    expect(canonical(handwritten)).toEqual(canonical(library));
  });
});
