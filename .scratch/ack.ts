import { Testing } from "cdktf";
import { MtlsPassthroughStack } from "../main";
const app = Testing.app();
const st = new MtlsPassthroughStack(app, "s");
st.gateway.acknowledge("AGW-CERT-OVER-HTTP", "the seed's backend is Http/80");
const j = JSON.parse(Testing.synth(st, true));
const gw = Object.values(j.resource.azurerm_application_gateway)[0] as any;
console.log(JSON.stringify(gw["//"], null, 1));
console.log(st.node.findAll().flatMap(c => c.node.metadata.filter(m => /warn/.test(m.type)).map(m => m.data)));
