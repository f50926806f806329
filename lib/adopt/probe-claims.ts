// Which backend settings of an existing gateway take each of its probes: the library gives each
// settings, of layer 7 and layer 4 alike, a probe of its own (their `healthProbe`), so a probe
// belongs to the first settings that name it; a second one is noted, as is a probe none names.
import { items, JsonObject, num, props } from "./arm-json";
import { Expr, lit, optLit } from "./program";

export class ProbeClaims {
  private readonly probes: Map<string, JsonObject>;
  private readonly owner = new Map<string, string>();

  constructor(
    gatewayProperties: JsonObject,
    private readonly note: (text: string) => void,
  ) {
    this.probes = new Map(items(gatewayProperties, "probes").map((pr) => [String(pr.name), props(pr)]));
  }

  /** The properties of the probe the settings name, when it is theirs: undefined when they name none, an unknown one, or one another settings took. */
  public claim(probeName: string | undefined, settingsName: string): JsonObject | undefined {
    if (probeName === undefined) return undefined;
    if (this.owner.has(probeName)) {
      this.note(`probes.${probeName}: shared by backend settings ${this.owner.get(probeName)} and ${settingsName}; the library gives each settings a probe of its own`);
      return undefined;
    }
    const probe = this.probes.get(probeName);
    if (probe !== undefined) this.owner.set(probeName, settingsName);
    return probe;
  }

  /** Notes every probe no settings took. */
  public noteUnclaimed(): void {
    for (const name of this.probes.keys()) if (!this.owner.has(name)) this.note(`probes.${name}: used by no backend settings (the library writes the probes of its settings only)`);
  }
}

/** A probe's name and timing, as both layers' `healthProbe` say them. */
export function probeTiming(name: string, probe: JsonObject): { [prop: string]: Expr | undefined } {
  return {
    name: lit(name),
    interval: optLit(num(probe.interval)),
    timeout: optLit(num(probe.timeout)),
    unhealthyThreshold: optLit(num(probe.unhealthyThreshold)),
  };
}
