// The library is built twice from one source: for cdktf (@cdktf/provider-azurerm 14.23.1,
// azurerm 4.55.0) and for CDK Terrain (cdktn 0.24, @cdktn/provider-azurerm 16.1.0, azurerm
// 4.73.0; scripts/build-flavour.js). This file runs in both. Every stack the suite
// snapshots is synthesized here and compared with the cdktf flavour's snapshot: in the cdktf
// flavour nothing differs; in the cdktn flavour exactly the azurerm pin and the two
// arguments azurerm 4.73.0 renamed (the old names are deprecated there, removed in 5.0).
import { Testing } from "cdktf";
import * as path from "path";
import { GatewayDeployment } from "../lib";
import { FLAVOUR } from "./support/flavour";
import { asCdktfText, cdktfTestingText, differences, readSnapshots, SNAPSHOT_DIR } from "./support/flavour-output";
import { defaultDeploymentRefusedSomewhere, STACKS } from "./support/stacks";

const EXPECTED_DIFFERENCES = {
  cdktf: [],
  cdktn: [
    "resource.azurerm_application_gateway.*.enable_http2 → http2_enabled (renamed)",
    "resource.azurerm_application_gateway.*.ssl_profile[].verify_client_cert_issuer_dn → verify_client_certificate_issuer_dn (renamed)",
    'terraform.required_providers.azurerm.version: "4.55.0" → "4.73.0"',
  ],
};

/** The snapshot of each stack, by the name its test gives it. */
const SINGLE = "in the single-resource mode";
const snapshotted: [string, string, string, () => unknown][] = [
  ["main-stack", "main.ts inputs and outputs the whole synthesized stack matches the snapshot 1", "main", () => STACKS.main()],
  [
    "main-stack",
    `main.ts inputs and outputs ${SINGLE}, the whole synthesized stack matches its snapshot (deploy-checked in deployment-modes.test.ts) 1`,
    "main, single resource",
    () => STACKS.main(GatewayDeployment.SINGLE_AZAPI_RESOURCE),
  ],
  ...Object.keys(STACKS)
    .filter((name) => name !== "main")
    .flatMap((name): [string, string, string, () => unknown][] => [
      // The cdktf flavour refuses a layer-4 stack's default deployment, both a single-resource-only one's: no snapshot of it to compare.
      ...(defaultDeploymentRefusedSomewhere(name) ? [] : [["examples", `example ${name} synthesizes and matches its snapshot 1`, name, () => STACKS[name]()] as [string, string, string, () => unknown]]),
      [
        "examples",
        `example ${name} ${SINGLE} too: synthesizes and matches its snapshot (deploy-checked in deployment-modes.test.ts) 1`,
        `${name}, single resource`,
        () => STACKS[name](GatewayDeployment.SINGLE_AZAPI_RESOURCE),
      ],
    ]),
];

const rows = snapshotted.map(([file, key, label, build]) => {
  const snapshots = readSnapshots(path.join(SNAPSHOT_DIR, `${file}.test.ts.snap`));
  if (!(key in snapshots)) throw new Error(`no snapshot "${key}" in ${file}.test.ts.snap`);
  return { label, cdktf: snapshots[key], text: Testing.synth(build() as any, true) };
});

test("every snapshot of a whole synthesized stack is compared (main.ts and the examples, both deployment modes)", () => {
  const keys = ["main-stack", "examples"].flatMap((file) => Object.keys(readSnapshots(path.join(SNAPSHOT_DIR, `${file}.test.ts.snap`))));
  expect(snapshotted.map(([, key]) => key).sort()).toEqual(keys.sort());
  expect(rows).toHaveLength(14);
});

test(`the ${FLAVOUR.name} flavour's Terraform differs from the cdktf snapshots in ${EXPECTED_DIFFERENCES[FLAVOUR.name].length} ways, all listed`, () => {
  const found = new Set(rows.flatMap((r) => differences(JSON.parse(r.cdktf), JSON.parse(r.text))));
  expect([...found].sort()).toEqual(EXPECTED_DIFFERENCES[FLAVOUR.name]);
});

test.each(rows.map((r) => [r.label, r] as const))("%s: equal to its cdktf snapshot once those differences are mapped back", (_label, r) => {
  expect(FLAVOUR.name === "cdktn" ? asCdktfText(r.text) : r.text).toBe(r.cdktf);
});

test("cdktfTestingText prints as cdktf's Testing.synth does (every cdktf snapshot, byte for byte)", () => {
  for (const r of rows) expect(cdktfTestingText(JSON.parse(r.cdktf))).toBe(r.cdktf);
});

describe("asCdktfText refuses a cdktn stack that is not one", () => {
  const base = {
    resource: { azurerm_application_gateway: { gw: { ssl_profile: [{ name: "p", verify_client_certificate_issuer_dn: false }] } } },
    terraform: { required_providers: { azurerm: { source: "azurerm", version: "4.73.0" } } },
  };
  const variant = (edit: (json: any) => void) => {
    const json = JSON.parse(JSON.stringify(base));
    edit(json);
    return JSON.stringify(json);
  };

  test("maps a well-formed one", () => {
    expect(JSON.parse(asCdktfText(JSON.stringify(base)))).toEqual({
      resource: { azurerm_application_gateway: { gw: { ssl_profile: [{ name: "p", verify_client_cert_issuer_dn: false }] } } },
      terraform: { required_providers: { azurerm: { source: "azurerm", version: "4.55.0" } } },
    });
  });

  test.each([
    ["pinned to 4.55.0", (j: any) => (j.terraform.required_providers.azurerm.version = "4.55.0"), /azurerm\.version is 4\.55\.0, not the cdktn flavour's 4\.73\.0/],
    ["with azurerm 4.55's issuer-DN name", (j: any) => (j.resource.azurerm_application_gateway.gw.ssl_profile[0] = { name: "p", verify_client_cert_issuer_dn: true }), /ssl_profile p has verify_client_cert_issuer_dn/],
    ["with azurerm 4.55's HTTP/2 name", (j: any) => (j.resource.azurerm_application_gateway.gw.enable_http2 = true), /has enable_http2/],
    ["with both HTTP/2 names", (j: any) => Object.assign(j.resource.azurerm_application_gateway.gw, { http2_enabled: true, enable_http2: true }), /has enable_http2/],
  ])("%s", (_what, edit, message) => {
    expect(() => asCdktfText(variant(edit))).toThrow(message);
  });
});
