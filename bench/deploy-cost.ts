// Deploy cost of the seed's stack, read from Terraform's own plan on the offline
// stand-in (tools/terraform-standin.ts): how many times an apply writes the gateway.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, Testing } from "cdktf";
import { GatewayDeployment } from "../lib";
import { MtlsPassthroughStack, SEED_PARAMETERS, SeedParameters } from "../main";
import { PlannedChange, StandInWorkspace } from "../tools/terraform-standin";

/**
 * Types whose create, update or replace is a full PUT of the gateway: azurerm's
 * gateway, the patch (azapi GETs, merges and PUTs it whole), the single azapi_resource.
 */
const GATEWAY_WRITERS = ["azurerm_application_gateway", "azapi_update_resource", "azapi_resource"];

/** PUTs of the gateway that applying these changes makes. */
export function gatewayWrites(changes: PlannedChange[]): number {
  return changes.filter((c) => GATEWAY_WRITERS.includes(c.type) && c.actions.some((a) => a === "create" || a === "update")).length;
}

export interface DeployCost {
  readonly firstDeploy: number;
  readonly listenerChange: number;
  readonly noChange: number;
}

/** The seed's stack deployed in one mode: first deploy, a re-plan, then a listener change. */
export function measureDeployCost(terraform: string, deployment = GatewayDeployment.AZURERM_WITH_PASSTHROUGH_PATCH): DeployCost {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-deploy."));
  const ws = new StandInWorkspace({}, terraform);
  const seed = (changes: Partial<SeedParameters> = {}) =>
    JSON.parse(
      Testing.synth(new MtlsPassthroughStack(new App({ outdir }), "mtls-passthrough", { ...SEED_PARAMETERS, ...changes }, deployment), true),
    );
  try {
    ws.write(seed());
    ws.ok("init");
    const firstDeploy = gatewayWrites(ws.plan());
    ws.ok("apply", ["-auto-approve"]);
    const noChange = gatewayWrites(ws.plan());
    ws.write(seed({ frontendPort: SEED_PARAMETERS.frontendPort + 1 }));
    const listenerChange = gatewayWrites(ws.plan());
    return { firstDeploy, listenerChange, noChange };
  } finally {
    ws.dispose();
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
