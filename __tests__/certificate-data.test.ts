// Trusted CAs from what users have: a PEM file's text or a certificate file (DER
// or PEM), and a message for PEM text given as data that says which forms work.
import { X509Certificate } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CertificateData, ClientAuthentication, GatewayConfigError, TrustedRootCertificate } from "../lib";
import { CA_CER_BASE64 } from "./fixtures/ca-certificate";
import { bareGateway, testStack } from "./support/stack";

const CA_DER = Buffer.from(CA_CER_BASE64, "base64");
const CA_PEM = new X509Certificate(CA_DER).toString();

/** A strict profile trusting `data`, on a new gateway; answers the error message, or "" when accepted. */
function strictWith(data: string): string {
  const gw = bareGateway(testStack());
  try {
    gw.addSslProfile("strict", { clientAuthentication: ClientAuthentication.strict({ trustedClientCertificates: [{ name: "ca", data }] }) });
    return "";
  } catch (e) {
    if (!(e instanceof GatewayConfigError)) throw e;
    return e.message;
  }
}

test("CertificateData.fromPem gives the base64 of the PEM text, which a strict profile accepts, for one certificate and a chain", () => {
  expect(CertificateData.fromPem(CA_PEM)).toBe(Buffer.from(CA_PEM).toString("base64"));
  expect(strictWith(CertificateData.fromPem(CA_PEM))).toBe("");
  expect(strictWith(CertificateData.fromPem(CA_PEM + CA_PEM))).toBe("");
});

test("CertificateData.fromPem refuses text without a certificate, and one whose block does not parse, saying what it takes", () => {
  expect(() => CertificateData.fromPem(CA_CER_BASE64)).toThrow(/CertificateData.fromPem\(pem\) = "MII.*is not allowed: PEM text with one or more "-----BEGIN CERTIFICATE-----" blocks.*\[AGW-CERT-DATA\]/);
  const broken = CA_PEM.replace(/\n[A-Za-z0-9+/]{10}/, "\nAAAAAAAAAA");
  expect(() => CertificateData.fromPem(broken)).toThrow(GatewayConfigError);
});

test("CertificateData.fromFile reads a DER .cer file and a PEM file into the base64 Azure takes", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cert-data."));
  fs.writeFileSync(path.join(dir, "ca.cer"), CA_DER);
  fs.writeFileSync(path.join(dir, "ca.pem"), CA_PEM);
  expect(CertificateData.fromFile(path.join(dir, "ca.cer"))).toBe(CA_CER_BASE64);
  expect(CertificateData.fromFile(path.join(dir, "ca.pem"))).toBe(Buffer.from(CA_PEM).toString("base64"));
  expect(strictWith(CertificateData.fromFile(path.join(dir, "ca.cer")))).toBe("");
});

test("PEM text given as data is refused with the forms that are accepted and the factory that makes one", () => {
  const message = strictWith(CA_PEM);
  expect(message).toContain("clientAuthentication.trustedClientCertificates[].data = \"-----BEGIN CERTIFICATE-----");
  expect(message).toContain("(PEM text as is, not its base64: pass CertificateData.fromPem(text))");
  expect(message).toContain("the base64 of a .cer file: of one DER certificate, or of PEM text with one or more certificates");
  expect(message).toContain("PEM text as is and raw DER bytes are not accepted [AGW-CERT-DATA]");
  expect(strictWith("not a certificate")).not.toContain("PEM text as is, not its base64");
});

test("TrustedRootCertificate.fromPem holds the PEM text's base64, which backend settings accept; a block that is no certificate is refused", () => {
  const stack = testStack();
  const gw = bareGateway(stack);
  const root = TrustedRootCertificate.fromPem("private-ca", CA_PEM);
  expect(root.data).toBe(Buffer.from(CA_PEM).toString("base64"));
  expect(() => gw.addBackendSettings("s", { trustedRootCertificates: [root] })).not.toThrow();
  expect(() => TrustedRootCertificate.fromPem("x", "-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----")).toThrow(/\[AGW-CERT-DATA\]/);
});
