// No certificate data, password or key in clear: not in the synthesized JSON,
// not in cdktf.out/, not in a snapshot. Secrets enter as sensitive Terraform
// variables (or Key Vault references) and stay expressions until apply.
import * as fs from "fs";
import * as path from "path";
import { Testing } from "cdktf";
import { KeyVaultWafStack } from "../examples/keyvault-waf-redirect";
import { MixedMtlsStack } from "../examples/mixed-strict-passthrough";
import { MtlsPassthroughStack } from "../main";
import { ListenerCertificate } from "../lib";
import { bareGateway, completeRoute, expression, testApp, testStack } from "./support/stack";

const SENTINEL_PFX = "MIIKSENTINELpfxDATA0123456789abcdefSENTINEL==";
const SENTINEL_PASSWORD = "Sentinel-Pa55word-7c1e";

/** Every file below a folder, as text. */
function readTree(dir: string): { file: string; text: string }[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile())
    .map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));
}

/** Values of every "password" and "data" key of certificates in a synthesized stack. */
function certificateValues(json: any): string[] {
  const gateways = Object.values<any>(json.resource?.azurerm_application_gateway ?? {});
  return gateways.flatMap((g) => [
    ...(g.ssl_certificate ?? []).flatMap((c: any) => [c.data, c.password].filter((v) => v !== undefined)),
  ]);
}

describe("the main stack, synthesized with the secrets in the environment as a user would have them", () => {
  const saved = { ...process.env };
  let files: { file: string; text: string }[] = [];
  let outdir = "";
  beforeAll(() => {
    process.env.TF_VAR_ssl_certificate_data = SENTINEL_PFX;
    process.env.TF_VAR_ssl_certificate_password = SENTINEL_PASSWORD;
    outdir = Testing.fullSynth(new MtlsPassthroughStack(testApp(), "mtls-passthrough"));
    files = readTree(outdir);
  });
  afterAll(() => {
    process.env = saved;
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test("no file of the synth output holds the PFX data or the password", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const { file, text } of files) {
      expect({ file, leaks: text.includes(SENTINEL_PFX) || text.includes(SENTINEL_PASSWORD) }).toEqual({ file, leaks: false });
    }
  });

  test("the certificate is written as references to sensitive variables", () => {
    const stackFile = files.find((f) => f.file.endsWith("cdk.tf.json"))!;
    const json = JSON.parse(stackFile.text);
    expect(certificateValues(json)).toEqual(["${var.ssl_certificate_data}", "${var.ssl_certificate_password}"]);
    expect(json.variable.ssl_certificate_data).toMatchObject({ sensitive: true });
    expect(json.variable.ssl_certificate_password).toMatchObject({ sensitive: true });
    expect(json.variable.ssl_certificate_data.default).toBeUndefined();
    expect(json.variable.ssl_certificate_password.default).toBeUndefined();
  });

  test("across every file of the output, each certificate \"password\" and \"data\" key holds only its variable", () => {
    const text = files.map((f) => f.text).join("\n");
    expect([...text.matchAll(/"password":\s*"([^"]*)"/g)].map((m) => m[1])).toEqual(["${var.ssl_certificate_password}"]);
    expect([...text.matchAll(/"data":\s*"([^"]*)"/g)].map((m) => m[1])).toEqual(["${var.ssl_certificate_data}"]);
  });
});

test("a literal password is rejected at synth, and the message does not repeat it", () => {
  const s = testStack();
  const gw = bareGateway(s);
  const secret = "pa55-Literal-9f3e";
  const certificate = ListenerCertificate.fromPfx("c", { data: expression("${var.d}"), password: secret });
  completeRoute(gw, gw.addHttpsListener("l", { certificate }));
  let message = "";
  try {
    Testing.synth(s, true);
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).toContain('test/Gateway/Listener/l: certificate.password = "(a literal, not shown)" (certificate "c") is not allowed');
  expect(message).toContain("[AGW-SECRET]");
  expect(message).not.toContain(secret);
});

test("the examples hold no secret value: variables or Key Vault references only", () => {
  for (const stack of [new MixedMtlsStack(testApp(), "mixed"), new KeyVaultWafStack(testApp(), "kv")]) {
    const json = JSON.parse(Testing.synth(stack, true));
    for (const value of certificateValues(json)) expect(value).toMatch(/^\$\{var\.\w+\}$/);
    for (const variable of Object.values<any>(json.variable)) expect(variable.default).toBeUndefined();
  }
});

test("no snapshot holds certificate material: no PEM block, no long base64, passwords only as expressions", () => {
  const dir = path.join(__dirname, "__snapshots__");
  const snapshots = readTree(dir);
  expect(snapshots.length).toBeGreaterThan(0);
  for (const { file, text } of snapshots) {
    expect({ file, pem: /-----BEGIN [A-Z ]+-----/.test(text) }).toEqual({ file, pem: false });
    expect({ file, base64: /[A-Za-z0-9+/]{200,}={0,2}/.test(text) }).toEqual({ file, base64: false });
    // Snapshots escape "$" as "\$".
    const passwords = [...text.matchAll(/"password": "(.*?)"/g)].map((m) => m[1].replace(/\\\$/g, "$"));
    for (const p of passwords) expect({ file, password: p }).toEqual({ file, password: expect.stringMatching(/^\$\{var\.\w+\}$/) });
  }
});
