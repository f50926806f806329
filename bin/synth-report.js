// What `cdktf synth` prints after an app ran, shared by the package's runner
// (bin/appgw-mtls-synth.js) and this repository's `npm run synth` (scripts/synth.js):
// every warning and error annotation of the stacks in the manifest, one line each,
// then the stacks written, or the number of errors. Plain text, TTY or not.
const fs = require("fs");

const LABELS = { "@cdktf/info": "INFO", "@cdktf/warn": "WARN", "@cdktf/error": "ERROR" };

/** Prints the manifest's annotations; answers the number of errors, or undefined when there is no manifest. */
function printManifest(manifestFile) {
  if (!fs.existsSync(manifestFile)) return undefined;
  const stacks = Object.values(JSON.parse(fs.readFileSync(manifestFile, "utf8")).stacks);
  let errors = 0;
  for (const { constructPath, level, message } of stacks.flatMap((stack) => stack.annotations || [])) {
    const label = LABELS[level] || level;
    if (label === "ERROR") errors++;
    (label === "ERROR" ? console.error : console.log)(`${label} [${constructPath}]: ${message}`);
  }
  if (errors > 0) console.error(`synth failed: ${errors} error${errors === 1 ? "" : "s"} above`);
  else console.log(`Generated Terraform code for the stacks: ${stacks.map((stack) => stack.name).join(", ")}`);
  return errors;
}

const VALIDATION_FAILED = /Validation failed with the following errors:\n([\s\S]*?)\n\s*\n\s*If you wish to ignore these validations, pass 'skipValidation: true'[^\n]*\n?/;

/**
 * cdktf's "Validation failed" error as the list of failed checks alone: without
 * its advice to pass `skipValidation: true` (which would write a gateway the
 * library knows is wrong) and without its stack trace, which points into cdktf.
 * Any other text is answered unchanged.
 */
function withoutSkipValidationAdvice(text) {
  const match = VALIDATION_FAILED.exec(text);
  if (!match) return text;
  return `Validation failed with the following errors:\n${match[1]}\n`;
}

module.exports = { printManifest, withoutSkipValidationAdvice };
