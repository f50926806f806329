// IPv4 address and CIDR arithmetic for the subnet rules.

/** An IPv4 block: first address as an unsigned 32-bit number, and its prefix length. */
export interface Ipv4Block {
  readonly start: number;
  readonly prefix: number;
  readonly size: number;
}

const OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

export function ipv4ToNumber(text: string): number {
  return text.split(".").reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

/** Parses `a.b.c.d/n`; undefined when not a CIDR or when host bits are set. */
export function parseCidr(text: string): Ipv4Block | undefined {
  const [ip, bits, extra] = text.split("/");
  if (extra !== undefined || bits === undefined || !isIpv4(ip) || !/^(\d|[12]\d|3[0-2])$/.test(bits)) return undefined;
  const prefix = Number(bits);
  const size = 2 ** (32 - prefix);
  const start = ipv4ToNumber(ip);
  if (start % size !== 0) return undefined;
  return { start, prefix, size };
}

export function blockContains(outer: Ipv4Block, inner: Ipv4Block): boolean {
  return inner.start >= outer.start && inner.start + inner.size <= outer.start + outer.size;
}

export function blocksOverlap(a: Ipv4Block, b: Ipv4Block): boolean {
  return a.start < b.start + b.size && b.start < a.start + a.size;
}

/** An IPv6 block: first address as a 128-bit number, and its prefix length. */
export interface Ipv6Block {
  readonly start: bigint;
  readonly prefix: number;
}

/** An IPv6 address (hexadecimal groups, at most one `::`; no embedded IPv4) as a 128-bit number. */
export function ipv6ToNumber(text: string): bigint | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  const [head, tail] = [groups(halves[0]), halves.length === 2 ? groups(halves[1]) : []];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return all.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g, 16)), 0n);
}

/** Parses an IPv6 `address/n`; undefined when not one or when host bits are set. */
export function parseIpv6Cidr(text: string): Ipv6Block | undefined {
  const [ip, bits, extra] = text.split("/");
  if (extra !== undefined || bits === undefined || !/^(\d|[1-9]\d|1[01]\d|12[0-8])$/.test(bits)) return undefined;
  const start = ipv6ToNumber(ip);
  const prefix = Number(bits);
  if (start === undefined || start % (1n << BigInt(128 - prefix)) !== 0n) return undefined;
  return { start, prefix };
}

export function ipv6BlockContains(outer: Ipv6Block, inner: Ipv6Block): boolean {
  return inner.prefix >= outer.prefix && inner.start >> BigInt(128 - outer.prefix) === outer.start >> BigInt(128 - outer.prefix);
}

/** Whether an address range is IPv6 (Azure's address spaces and prefixes hold both families). */
export const isIpv6Range = (text: string): boolean => text.includes(":");
