// Cases of the rules lib/rules/values/load-distribution.ts defines: each fires on its bad case and is silent on its good ones.
import { TerraformStack } from "cdktf";
import { GatewayDeployment, LoadDistributionAlgorithm, LoadDistributionTarget, MtlsApplicationGateway, Redirect } from "../../../lib";
import { Cases } from "../../support/rule-cases";
import { bareGateway, CERT } from "../../support/stack";

type Targets = (gw: MtlsApplicationGateway) => LoadDistributionTarget[];

/** A single-resource gateway whose one rule routes through a policy over the given targets (pools "a" and "b" exist). */
export const withPolicy =
  (targets: Targets, deployment = GatewayDeployment.SINGLE_AZAPI_RESOURCE, redirect = false) =>
  (s: TerraformStack) => {
    const gw = bareGateway(s, { deployment });
    const listener = gw.addHttpsListener("l", { certificate: CERT });
    const a = gw.addBackendPool("a", { fqdns: ["a.example.com"] });
    gw.addBackendPool("b", { fqdns: ["b.example.com"] });
    const policy = gw.addLoadDistributionPolicy("spread", { algorithm: LoadDistributionAlgorithm.LEAST_CONNECTIONS, targets: targets(gw) });
    const route = redirect
      ? { redirect: Redirect.toUrl("https://example.com") }
      : { backendPool: a, backendSettings: gw.addBackendSettings("s") };
    gw.addRoutingRule("r", { priority: 1, listener, ...route, loadDistributionPolicy: policy });
  };

const pools = (gw: MtlsApplicationGateway) => gw.backendPools;

export const CASES: Cases = {
  // ARM spec 2025-03-01 ApplicationGatewayLoadDistributionTargetPropertiesFormat.weightPerServer: 1–100.
  "AGW-LB-WEIGHT": {
    bad: withPolicy((gw) => [{ backendPool: pools(gw)[0], weightPerServer: 101 }]),
    good: [
      withPolicy((gw) => [{ backendPool: pools(gw)[0], weightPerServer: 100 }]),
      withPolicy((gw) => [{ backendPool: pools(gw)[0], weightPerServer: 1 }, { backendPool: pools(gw)[1] }]),
    ],
  },
  "AGW-LB-TARGETS": {
    bad: withPolicy((gw) => [{ backendPool: pools(gw)[0] }, { backendPool: pools(gw)[0], name: "again" }]),
    good: [withPolicy((gw) => [{ backendPool: pools(gw)[0] }]), withPolicy((gw) => pools(gw).map((backendPool) => ({ backendPool })))],
  },
  "AGW-LB-ROUTE": {
    bad: withPolicy((gw) => [{ backendPool: pools(gw)[0] }], GatewayDeployment.SINGLE_AZAPI_RESOURCE, true),
    good: [withPolicy((gw) => [{ backendPool: pools(gw)[0] }])],
  },
};
