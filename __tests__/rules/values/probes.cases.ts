// Cases of the rules lib/rules/values/probes.ts defines: each fires on its bad case and is silent on its good ones.
import { Cases, withSettings } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-PROBE-TIMING": {
    bad: withSettings({ healthProbe: { interval: 0 } }),
    good: [withSettings({ healthProbe: { interval: 1, timeout: 86400 } })],
  },
  "AGW-PROBE-THRESHOLD": { bad: withSettings({ healthProbe: { unhealthyThreshold: 21 } }), good: [withSettings({ healthProbe: { unhealthyThreshold: 20 } })] },
  "AGW-PROBE-PATH": { bad: withSettings({ healthProbe: { path: "healthz" } }), good: [withSettings({ healthProbe: { path: "/" } })] },
  "AGW-PROBE-STATUS": {
    bad: withSettings({ healthProbe: { statusCodes: ["200-99"] } }),
    good: [withSettings({ healthProbe: { statusCodes: ["100-599"] } }), withSettings({ healthProbe: { statusCodes: ["200", "401-403"] } })],
  },
  "AGW-PROBE-PORT": {
    bad: withSettings({ healthProbe: { port: 0 } }),
    good: [withSettings({ healthProbe: { port: 1 } }), withSettings({ healthProbe: { port: 65535 } })],
  },
  "AGW-PROBE-MIN-SERVERS": { bad: withSettings({ healthProbe: { minServers: -1 } }), good: [withSettings({ healthProbe: { minServers: 0 } })] },
};
