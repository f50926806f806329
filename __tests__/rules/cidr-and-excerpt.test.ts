// Direct expectations at the boundaries of the CIDR parsers and of the value excerpt in messages:
// mutants drawn in the library's mutation sample (docs/MUTATION.md, "The library") survived here.
import { excerpt } from "../../lib/core/errors";
import { parseCidr, parseIpv6Cidr } from "../../lib/rules/cidr";

describe("parseCidr", () => {
  test("a block with its prefix is read", () => {
    expect(parseCidr("10.0.0.0/16")).toEqual({ start: 10 * 2 ** 24, prefix: 16, size: 65536 });
  });

  test.each([
    ["a second slash, even with a valid prefix before it", "10.0.0.0/16/8"],
    ["no prefix", "10.0.0.0"],
    ["a prefix over 32", "10.0.0.0/33"],
    ["an address that is not IPv4", "10.0.0.300/16"],
    ["host bits set", "10.0.0.1/16"],
  ])("refuses %s", (_why, text) => {
    expect(parseCidr(text)).toBeUndefined();
  });
});

describe("parseIpv6Cidr", () => {
  test.each([
    ["::/0", 0],
    ["2000::/8", 8],
    ["2001:db8::/32", 32],
    ["2001:db8::/128", 128],
  ])("reads %s (prefix %d, one digit too)", (text, prefix) => {
    expect(parseIpv6Cidr(text)?.prefix).toBe(prefix);
  });

  test.each(["2001:db8::/129", "2001:db8::/08", "2001:db8::/x", "2001:db8::g/64", "2001:db8::12345/80", "2001:db8:::/64"])("refuses %s", (text) => {
    expect(parseIpv6Cidr(text)).toBeUndefined();
  });
});

describe("excerpt (a long value in a message)", () => {
  test("a value of exactly the limit is shown whole; one character more is cut and its length said", () => {
    const forty = "a".repeat(40);
    expect(excerpt(forty)).toBe(forty);
    expect(excerpt(`${forty}b`)).toBe(`${forty}… (41 characters)`);
  });
});
