// End to end with real TLS: nginx in front, configured the way an Application
// Gateway passthrough listener behaves (asks for a client certificate, accepts
// any or none, forwards it URL-encoded in X-Client-Cert and replaces a header of
// that name the client sent), and a Node backend that uses the verifier's guard.
// Node's https client connects with a valid certificate, invalid ones, none, and
// none plus a forged header. Loopback only; every wait is bounded.
//
// nginx comes from the Debian package (.ci/run installs it). Under CI the test
// fails when nginx is missing or does not start; elsewhere it skips, saying so.
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as https from "https";
import * as net from "net";
import * as path from "path";
import { ClientCertificateVerifier, clientCertificateGuard } from "../src/verifier";
import { Issued, gatewayEscape, nginxEscape, standardPki } from "./support/pki";

/** $NGINX when set (the only candidate then), else nginx on PATH or in /usr/sbin. */
const NGINX = (process.env.NGINX ? [process.env.NGINX] : [...(process.env.PATH ?? "").split(path.delimiter).map((d) => path.join(d, "nginx")), "/usr/sbin/nginx"]).find(
  (p) => fs.existsSync(p),
);
const REQUIRED = process.env.CI === "true" || process.env.CI === "1";
const STARTUP_MS = 10_000;
const REQUEST_MS = 5_000;

if (!NGINX && !REQUIRED) {
  console.warn("verifier-e2e: SKIPPED, nginx is not installed (apt-get install nginx); under CI=true this is a failure");
}

const suite = NGINX ? describe : REQUIRED ? describe : describe.skip;

suite("passthrough end to end: nginx (TLS, optional_no_ca) in front of a Node backend using the verifier", () => {
  if (!NGINX) {
    test("nginx is installed (CI runs this test; .ci/run installs the Debian package)", () => {
      const where = process.env.NGINX ? `at NGINX=${process.env.NGINX}` : "on PATH nor at /usr/sbin/nginx";
      throw new Error(`nginx not found ${where}; .ci/run installs it with apt-get`);
    });
    return;
  }

  const t = standardPki();
  const server = t.pki.issue("server", "intermediate", {
    subject: "/CN=localhost",
    extensions: ["basicConstraints = critical,CA:FALSE", "keyUsage = critical,digitalSignature", "extendedKeyUsage = serverAuth", "subjectAltName = DNS:localhost, IP:127.0.0.1"],
  });
  const verifier = new ClientCertificateVerifier({
    trustAnchors: t.root.pem,
    intermediates: t.intermediate.pem,
    crls: [t.pki.crl("intermediate"), t.pki.crl("root")],
  });
  // The reason in the body lets the cases below see why (off by default: it helps a prober).
  const guard = clientCertificateGuard(verifier, { exposeReason: true });
  /** The X-Client-Cert value of each request as the backend received it (undefined: absent). */
  const received: (string | undefined)[] = [];
  const backend = http.createServer((req, res) => {
    received.push(req.headers["x-client-cert"] as string | undefined);
    const accepted = guard(req, res);
    if (accepted) res.end(JSON.stringify({ commonNames: accepted.identity.commonNames }));
  });
  let nginx: ChildProcess | undefined;
  let nginxPort = 0;
  let backendPort = 0;

  beforeAll(async () => {
    backendPort = await listen(backend);
    // A port probed free can be taken by another process before nginx binds it (jest runs files in
    // parallel): then nginx exits with EADDRINUSE and it starts again on another port, at most 5 times.
    for (let attempt = 1; ; attempt++) {
      nginxPort = await freePort();
      try {
        nginx = await startNginx(NGINX, t.pki.dir, nginxPort, backendPort, server, t.intermediate);
        break;
      } catch (e) {
        if (attempt === 5 || !/Address already in use/.test(String(e))) throw e;
      }
    }
  }, 5 * STARTUP_MS + 5_000);

  afterAll(async () => {
    await stop(nginx);
    await new Promise((resolve) => backend.close(resolve));
    t.pki.cleanup();
  });

  /** A request through nginx; `client` is the certificate the TLS client presents. */
  const viaNginx = (client?: Issued, headers: Record<string, string> = {}) =>
    request(https, {
      host: "127.0.0.1",
      port: nginxPort,
      servername: "localhost",
      ca: t.root.pem,
      ...(client ? { cert: fs.readFileSync(client.certFile), key: fs.readFileSync(client.keyFile) } : {}),
      headers,
    });

  test.each([
    ["a valid client certificate", 200, t.leaves.valid, { commonNames: ["client-a"] }],
    ["an expired client certificate (forwarded, as passthrough does)", 403, t.leaves.expired, { reason: "EXPIRED" }],
    ["a client certificate not valid yet (forwarded likewise)", 403, t.leaves.notYetValid, { reason: "NOT_YET_VALID" }],
    ["a certificate from another CA", 403, t.fromOtherCa, { reason: "UNTRUSTED_ISSUER" }],
    ["a self-signed certificate", 403, t.selfSigned, { reason: "UNTRUSTED_ISSUER" }],
    ["a certificate without clientAuth", 403, t.leaves.serverEku, { reason: "MISSING_CLIENT_AUTH_EKU" }],
    ["a revoked certificate (the backend holds the CRLs)", 403, t.leaves.revoked, { reason: "REVOKED" }],
    ["no certificate", 401, undefined, { reason: "NO_CERTIFICATE" }],
  ])("%s: HTTP %s", async (_, status, client, body) => {
    const res = await viaNginx(client);
    expect({ status: res.status, body: JSON.parse(res.body) }).toEqual({ status, body: expect.objectContaining(body) });
  });

  test("no certificate plus a forged X-Client-Cert: nginx drops the client's header, the backend sees none (401)", async () => {
    const forged = gatewayEscape(t.leaves.valid.pem);
    const res = await viaNginx(undefined, { "X-Client-Cert": forged, "x-client-cert": forged });
    expect(res.status).toBe(401);
    expect(received[received.length - 1]).toBeUndefined();
  });

  test("an untrusted certificate plus a forged header of a valid one: the backend sees the presented one (403)", async () => {
    const res = await viaNginx(t.selfSigned, { "X-Client-Cert": gatewayEscape(t.leaves.valid.pem) });
    expect({ status: res.status, body: JSON.parse(res.body) }).toEqual({ status: 403, body: expect.objectContaining({ reason: "UNTRUSTED_ISSUER" }) });
  });

  test("the formats differ: nginx escapes '+', '/' and '=' too, Application Gateway's documented form leaves them; both verify", async () => {
    await viaNginx(t.leaves.valid);
    const value = received[received.length - 1]!;
    // nginx ($ssl_client_escaped_cert): every byte but letters, digits and -._~ escaped.
    expect(value.startsWith("-----BEGIN%20CERTIFICATE-----%0A")).toBe(true);
    expect(value).toMatch(/%2B|%2F/);
    expect(value).not.toMatch(/[^A-Za-z0-9\-._~%]/);
    expect(value).toBe(nginxEscape(t.leaves.valid.pem));
    // Application Gateway ({var_client_certificate}, azure-facts.md): spaces and newlines escaped.
    const gateway = gatewayEscape(t.leaves.valid.pem);
    expect(gateway).toMatch(/[+/]/);
    expect(verifier.verifyHeader(value).ok).toBe(true);
    expect(verifier.verifyHeader(gateway).ok).toBe(true);
  });

  test("the backend reached around the front trusts whatever header it gets: why it must be reachable only through the gateway", async () => {
    const res = await request(http, { host: "127.0.0.1", port: backendPort, headers: { "X-Client-Cert": gatewayEscape(t.leaves.valid.pem) } });
    expect(res.status).toBe(200);
  });
});

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
  });
}

/** A port free on loopback right now (nginx cannot report an ephemeral port it chose). */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  const port = await listen(probe as unknown as http.Server);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** nginx as a child: its own prefix, config, logs and temp paths in `dir`; not a daemon; one process. */
async function startNginx(bin: string, dir: string, port: number, backendPort: number, server: Issued, intermediate: Issued): Promise<ChildProcess> {
  const chain = path.join(dir, "server-chain.pem");
  fs.writeFileSync(chain, server.pem + intermediate.pem);
  const conf = path.join(dir, "nginx.conf");
  const log = path.join(dir, "nginx-error.log");
  const proxy = [
    `proxy_pass http://127.0.0.1:${backendPort};`,
    // The leaf, URL-encoded PEM. Empty without a certificate, and nginx sends no header with an empty
    // value: like the gateway's rewrite, this replaces or deletes a header of that name the client sent.
    "proxy_set_header X-Client-Cert $ssl_client_escaped_cert;",
    "proxy_connect_timeout 2s;",
    "proxy_read_timeout 5s;",
  ].join("\n      ");
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, `${name}-temp`)};`;
  fs.writeFileSync(
    conf,
    `daemon off;
master_process off;
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${log} warn;
events { worker_connections 64; }
http {
  access_log off;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  server {
    listen 127.0.0.1:${port} ssl;
    ssl_certificate ${chain};
    ssl_certificate_key ${server.keyFile};
    # Passthrough: request a client certificate, accept any (expired, self-signed) or none.
    ssl_verify_client optional_no_ca;
    # optional_no_ca still refuses an expired or not-yet-valid certificate (HTTP 495, sent as 400);
    # passthrough does not, so those requests are forwarded too.
    error_page 495 = @forward;
    location / {
      ${proxy}
    }
    location @forward {
      ${proxy}
    }
  }
}
`,
  );
  fs.rmSync(log, { force: true }); // a failed earlier attempt's log must not explain this one
  const child = spawn(bin, ["-p", dir, "-c", conf, "-e", log], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    if (await canConnect(port)) return child;
    await Promise.race([exited, new Promise((r) => setTimeout(r, 50))]);
  }
  const how = child.exitCode !== null ? `exited with code ${child.exitCode}` : `did not listen on 127.0.0.1:${port} within ${STARTUP_MS} ms`;
  child.kill("SIGKILL");
  const errorLog = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
  throw new Error(`nginx (${bin}) ${how}: ${stderr}${errorLog}`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(500);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
  await exited;
  clearTimeout(timer);
}

/** One request, no connection reuse (each TLS client presents its own certificate), bounded in time. */
function request(client: typeof http | typeof https, options: https.RequestOptions): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = client.request({ ...options, agent: false, timeout: REQUEST_MS }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${REQUEST_MS} ms`)));
    req.on("error", reject);
    req.end();
  });
}
