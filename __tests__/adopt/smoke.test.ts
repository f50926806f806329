import { MixedMtlsStack } from "../../examples/mixed-strict-passthrough";
import { GatewayDeployment } from "../../lib";
import { convertGateway } from "../../lib/adopt/convert";
import { deploySingleResource } from "../support/single-resource";
import { synthJson, testApp } from "../support/stack";
import * as fs from "fs";
import { MODEL_VARIABLES } from "../support/provider-model";
import { CA_CER_BASE64 } from "../fixtures/ca-certificate";

test("smoke", () => {
  const single = synthJson(new MixedMtlsStack(testApp(), "mixed", GatewayDeployment.SINGLE_AZAPI_RESOURCE));
  const d = deploySingleResource(single, { variables: { ...MODEL_VARIABLES, partner_ca_certificate: CA_CER_BASE64 } });
  fs.writeFileSync("/tmp/adopt-smoke/get.json", JSON.stringify(d.final, null, 2));
  const r = convertGateway(d.final, { moduleSpecifier: "../../lib" });
  fs.writeFileSync("/tmp/adopt-smoke/main.ts", r.code);
  console.log(r.notExpressed.join("\n"));
});
