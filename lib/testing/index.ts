// cdktf-azure-appgw-mtls/testing: assertions for users' tests (testing/package.json points here).
export { GatewayTesting } from "./gateway-testing";
export { GatewaySummary, ListenerSummary, PathRuleSummary, RouteSummary, RoutingRuleSummary, SslProfileSummary } from "./gateway-summary";
