#!/usr/bin/env node
// Generates the cdktf bindings for the azure/azapi provider into .gen/providers/azapi,
// offline, from the provider schema in reference/. This is the same generator
// `cdktf get` runs (see cdktf.json terraformProviders), fed a local schema instead of
// the registry, so both produce the same folder.
const fs = require("fs");
const path = require("path");
const { CodeMaker, TerraformProviderGenerator } = require("@cdktf/provider-generator");
const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require("@cdktf/commons");

const root = path.resolve(__dirname, "..");
const schemaPath = path.resolve(
  root,
  process.env.AZAPI_SCHEMA || "reference/azapi-2.10.0.provider-schema.json",
);
const constraint = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8")).terraformProviders.find((p) =>
  p.startsWith("azure/azapi@"),
);

async function main() {
  // No provider_versions: cdktf then writes the constraint of cdktf.json ("~> 2.10") into
  // required_providers, not the one version the bindings were generated from (2.10.0).
  const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema);
  generator.generate(
    new ConstructsMakerProviderTarget(new TerraformProviderConstraint(constraint), LANGUAGES[0]),
  );
  const outdir = path.join(root, ".gen");
  fs.rmSync(path.join(outdir, "providers", "azapi"), { recursive: true, force: true });
  await code.save(outdir);
  console.log(`generated ${path.relative(root, path.join(outdir, "providers", "azapi"))} from ${path.relative(root, schemaPath)} (${constraint})`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
