// The cdktn flavour's jest: the repository's config (jest.config.js, copied beside this file),
// run against the cdktf flavour's snapshots, and unable to load cdktf.
const base = require("./jest.config.js");

module.exports = {
  ...base,
  // Maps a cdktn stack's text to the cdktf flavour's words before comparing it with the
  // cdktf snapshot (__tests__/support/flavour-output.ts, asCdktfText); --ci writes none.
  snapshotSerializers: ["<rootDir>/__tests__/support/cdktn-snapshot-serializer.ts"],
  // This tree sits inside the cdktf checkout, whose node_modules Node would find when a
  // cdktf import were left: such an import fails here instead of passing quietly.
  moduleNameMapper: {
    "^(cdktf|@cdktf/[^/]+)(/.*)?$": "<rootDir>/__tests__/support/cdktf-is-not-here.js",
  },
};
