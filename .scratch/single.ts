import { Testing } from "cdktf";
import { GatewayDeployment } from "../lib";
import { passthroughGateway, testStack } from "../__tests__/support/stack";
(global as any).__TEST_OUTDIR__ = "/tmp/single-out";
const stack = testStack();
passthroughGateway(stack, { deployment: GatewayDeployment.SINGLE_AZAPI_RESOURCE });
console.log(JSON.stringify(JSON.parse(Testing.synth(stack, true)), null, 1).slice(0, 6000));
