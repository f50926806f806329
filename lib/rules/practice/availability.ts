// Best-practice rules on instances and zones (opt-in, warnings): pure functions of the gateway's
// view (rules/view.ts), read from the model's sku, autoscale and zones. practice/index.ts lists them.
import { isUnknown, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";
import { finding } from "../gateway/finding";
import { GatewayRule } from "../view";
import { practiceRule } from "./define";
import { psrule, wellArchitected } from "./anchors";

export const BP_MIN_INSTANCES = practiceRule(
  RuleId.BP_MIN_INSTANCES,
  "at least two instances: a fixed capacity of 2 or more, or an autoscale minimum of 2 or more",
  `${psrule("Azure.AppGw.MinInstance")}; ${wellArchitected("Reliability")}`,
);

/** The fixed count, or else the autoscale minimum: the fewest instances the gateway keeps. */
export const minInstances: GatewayRule = (gw) => {
  const fixed = gw.model.sku.capacity;
  const [prop, min] = fixed !== undefined ? ["capacity.instances", fixed] : ["capacity.minCapacity", gw.model.autoscaleConfiguration?.minCapacity];
  return min === undefined || isUnknown(min) || min >= 2 ? [] : [finding(BP_MIN_INSTANCES, gw.scope, prop, min)];
};

export const BP_ZONES = practiceRule(
  RuleId.BP_ZONES,
  "a zone-redundant gateway: two or more availability zones (the library knows no list of the regions that have zones: suppress this with a reason in a region without them)",
  `${psrule("Azure.AppGw.AvailabilityZone")}; ${wellArchitected("Reliability")}`,
);

/** Zones set, at least two of them; a list that is a Terraform expression is not judged. */
export const zoneRedundant: GatewayRule = (gw) => {
  const zones = gw.model.zones ?? [];
  if (isUnknown(zones) || zones.some(isUnknown) || zones.length >= 2) return [];
  return [finding(BP_ZONES, gw.scope, "zones", gw.model.zones)];
};

/** The rules of this file, in the order docs/RULES.md lists them. */
export const PRACTICE_AVAILABILITY_RULES: RuleInfo[] = [BP_MIN_INSTANCES, BP_ZONES];
