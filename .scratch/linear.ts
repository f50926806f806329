import { App, TerraformStack } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { azapi, ClientAuthentication, GatewaySubnet, ListenerCertificate, MtlsApplicationGateway } from "../lib";
import { Lazy } from "cdktf";
const ex = (t: string) => Lazy.stringValue({ produce: () => t });
for (const n of [100, 400, 1600]) {
  const app = new App({ outdir: "/tmp/linear-out" });
  const stack = new TerraformStack(app, "s");
  new AzurermProvider(stack, "azurerm", { features: [{}] });
  new azapi.provider.AzapiProvider(stack, "azapi", {});
  const gw = new MtlsApplicationGateway(stack, "gw", { name: "g", resourceGroupName: "rg", location: "w", subnet: GatewaySubnet.fromSubnetId({ subnetId: ex("${var.s}") }) });
  const cert = ListenerCertificate.fromPfx("c", { data: ex("${var.d}"), password: ex("${var.p}") });
  const prof = gw.addSslProfile("p", { clientAuthentication: ClientAuthentication.passthrough() });
  const parts = n / 4;
  for (let i = 0; i < parts; i++) {
    const l = gw.addHttpsListener(`l${i}`, { certificate: cert, sslProfile: i % 2 ? prof : undefined, hostNames: [`h${i}.example.com`] });
    const p = gw.addBackendPool(`p${i}`, { fqdns: [`b${i}.example.com`] });
    const s = gw.addBackendSettings(`s${i}`);
    gw.addRoutingRule(`r${i}`, { priority: i + 1, listener: l, backendPool: p, backendSettings: s });
  }
  const t0 = process.hrtime.bigint();
  (gw.resource as any).synthesizeAttributes();
  const t1 = process.hrtime.bigint();
  console.log(`parts=${n} write blocks: ${(Number(t1 - t0) / 1e6).toFixed(1)} ms`);
}
