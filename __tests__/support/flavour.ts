// Which flavour this tree is: the cdktf package, or its CDK Terrain build (scripts/build-flavour.js
// writes the same sources with cdktn imports and the package.json of flavours/cdktn). Read from
// package.json, so that the same tests run in both; what each flavour's Terraform must say is
// stated here, once, and `flavours.test.ts` checks the whole difference.
import * as path from "path";

const pkg = require(path.resolve(__dirname, "../../package.json"));
const peers = Object.keys(pkg.peerDependencies ?? {});

export type FlavourName = "cdktf" | "cdktn";

/** The flavour's package names. */
export const FLAVOUR = {
  /** "cdktf" or "cdktn": the core package, which is also the flavour's name. */
  name: (peers.includes("cdktn") ? "cdktn" : "cdktf") as FlavourName,
  /** The npm name of this library in the flavour. */
  packageName: pkg.name as string,
  /** The azurerm bindings the flavour builds against. */
  azurermPackage: peers.find((p) => p.endsWith("/provider-azurerm")) as string,
};

/** How each flavour's azurerm writes the arguments that differ between azurerm 4.55.0 and 4.73.0. */
export const AZURERM_BY_FLAVOUR: {
  readonly [f in FlavourName]: { readonly version: string; readonly issuerDn: string; readonly http2: string; readonly layer4Blocks: boolean };
} = {
  cdktf: { version: "4.55.0", issuerDn: "verify_client_cert_issuer_dn", http2: "enable_http2", layer4Blocks: false },
  // azurerm v4.73.0 deprecates both old names (removed in 5.0) in favour of these; v4.67.0 added the
  // layer-4 blocks listener, routing_rule and backend.
  cdktn: { version: "4.73.0", issuerDn: "verify_client_certificate_issuer_dn", http2: "http2_enabled", layer4Blocks: true },
};

/** This flavour's azurerm: its version pin and argument names. */
export const AZURERM = AZURERM_BY_FLAVOUR[FLAVOUR.name];

/** A RegExp source matching `text` literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
