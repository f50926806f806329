import { Testing } from "cdktf";
import { GatewayDeployment } from "../lib";
import { ApiPlatformStack } from "../examples/api-platform";
(global as any).__TEST_OUTDIR__ = "/tmp/single-out";
const mode = process.argv[2] === "single" ? GatewayDeployment.SINGLE_AZAPI_RESOURCE : GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH;
const j = JSON.parse(Testing.synth(new ApiPlatformStack(Testing.app(), "s", mode), true));
if (process.argv[2] === "single") {
  const r = Object.values(j.resource.azapi_resource)[0] as any;
  const p = r.body.properties;
  console.log(JSON.stringify({ urlPathMaps: p.urlPathMaps, rewriteRuleSets: p.rewriteRuleSets.map((s: any) => s.name), redirect: p.redirectConfigurations, enableHttp2: p.enableHttp2, ce: p.customErrorConfigurations, roots: p.trustedRootCertificates }, null, 1).replace(/\/subscriptions\/\$\{[^}]+\}\/resourceGroups\/rg-api-platform\/providers\/Microsoft.Network\/applicationGateways\/api-platform-agw/g, "<gw>"));
} else {
  const g = Object.values(j.resource.azurerm_application_gateway)[0] as any;
  console.log(JSON.stringify({ url_path_map: g.url_path_map, rrr: g.request_routing_rule, rewrite: g.rewrite_rule_set.map((s: any) => [s.name, s.rewrite_rule.map((r: any) => r.name)]), redirect: g.redirect_configuration, http2: g.enable_http2, ce: g.custom_error_configuration, roots: g.trusted_root_certificate, deps: g.depends_on }, null, 1));
  console.log(Object.keys(j.resource));
}
