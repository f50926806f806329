// Cases of the rules lib/rules/gateway/backends.ts defines: each fires on its bad case and is silent on its good ones.
import { Cases, withSettings } from "../../support/rule-cases";

export const CASES: Cases = {
  "AGW-PROBE-HOST": {
    bad: withSettings({ healthProbe: {} }, { ipAddresses: ["10.0.2.4"] }),
    good: [withSettings({ healthProbe: { host: "app.internal" } }, { ipAddresses: ["10.0.2.4"] }), withSettings({ healthProbe: {} })],
  },
};
