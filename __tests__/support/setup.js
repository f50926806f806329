// cdktf's jest matchers (toHaveResource, toHaveResourceWithProperties, ...).
const { Testing } = require("cdktf");
const fs = require("fs");
const os = require("os");
const path = require("path");

Testing.setupJest();

// Testing.app() makes a temp folder per call; tests share one per file instead.
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-appgw-test."));
global.__TEST_OUTDIR__ = outdir;
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
