#!/usr/bin/env node
// `npm run get`, step 1: installs this folder's package-lock.json (the azapi
// generator) into node_modules/.cache/azapi-generator, which step 2 puts on
// NODE_PATH. A dot-folder, because jsii-docgen reads every .jsii below the repo
// (except in dot-folders), and the generator's newer `constructs` would change
// API.md. Skips the install when the same lockfile is already installed there.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const dir = path.resolve(__dirname, "..", "..", "node_modules", ".cache", "azapi-generator");
const lock = fs.readFileSync(path.join(__dirname, "package-lock.json"), "utf8");
const installed = path.join(dir, "node_modules", ".package-lock.json");
if (!fs.existsSync(installed) || fs.readFileSync(path.join(dir, "package-lock.json"), "utf8") !== lock) {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(__dirname, "package.json"), path.join(dir, "package.json"));
  fs.writeFileSync(path.join(dir, "package-lock.json"), lock);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  execFileSync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
}
