// Where an Azure resource the library creates goes: its resource group, region and
// tags. The gateway, its network and a WAF policy take the same three props, so
// they are checked here once.
import { TerraformProvider, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { assertValid } from "../core/errors";
import { isUnknown } from "../core/rule";
import { resourceNameUniqueRule } from "../rules/values/names";
import { locationRule, resourceGroupNameRule, tagCountRule, tagNameRule, tagValueRule } from "../rules/values/placement";

/** The props every resource the library creates shares. */
export interface Placement {
  readonly resourceGroupName: string;
  readonly location: string;
  readonly tags?: { [key: string]: string };
}

/** Throws for a resource group name, region or tag that Azure or azurerm would reject. */
export function checkPlacement(scope: IConstruct, placement: Placement): void {
  assertValid(scope, "resourceGroupName", placement.resourceGroupName, resourceGroupNameRule(placement.resourceGroupName));
  assertValid(scope, "location", placement.location, locationRule(placement.location));
  checkTags(scope, placement.tags);
}

/** A message names the tag that breaks the rule, not the whole map (which may hold 50). */
function checkTags(scope: IConstruct, tags: { [key: string]: string } | undefined): void {
  if (tags === undefined || isUnknown(tags)) return;
  const entries = Object.entries(tags);
  assertValid(scope, "tags", tags, tagCountRule(entries.length));
  const seen = new Set<string>();
  for (const [name, value] of entries) {
    // A name may be an expression of its own, unknown until apply.
    const repeated = !isUnknown(name) && seen.has(name.toLowerCase());
    if (!isUnknown(name)) seen.add(name.toLowerCase());
    assertValid(scope, "tags", { [name]: value }, tagNameRule([name, repeated]) ?? tagValueRule(value));
  }
}

/** Azure names this stack's library constructs have taken: type, provider, resource group and name → construct path. */
const claimedNames = new WeakMap<TerraformStack, Map<string, string>>();

/**
 * Takes an Azure name for a resource the library creates, and throws when another
 * construct of the stack already created a resource of that type and name in the
 * same resource group through the same provider (names compare ignoring case).
 */
export function claimName(
  scope: IConstruct,
  prop: string,
  azureType: string,
  resource: { readonly resourceGroupName: string; readonly name: string; readonly provider?: TerraformProvider },
): void {
  const { resourceGroupName, name, provider } = resource;
  if (isUnknown(name) || isUnknown(resourceGroupName)) return;
  const stack = TerraformStack.of(scope);
  if (!claimedNames.has(stack)) claimedNames.set(stack, new Map());
  const names = claimedNames.get(stack)!;
  const key = [azureType, provider?.node.path ?? "", resourceGroupName.toLowerCase(), name.toLowerCase()].join("\n");
  const holder = names.get(key);
  const note = holder === undefined ? undefined : `${holder} already creates the ${azureType} of that name in resource group ${JSON.stringify(resourceGroupName)}`;
  assertValid(scope, prop, name, resourceNameUniqueRule(holder === undefined), note);
  names.set(key, scope.node.path);
}
