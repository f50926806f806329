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
