// What a cdktf or @cdktf/* import resolves to in the cdktn flavour's tests (jest.cdktn.config.js).
throw new Error("the cdktn flavour imported a cdktf package: scripts/build-flavour.js rewrites imports it knows (flavours/cdktn/flavour.json, modules)");
