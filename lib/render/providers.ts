// Which Terraform providers a stack declares. Terraform resolves a resource's
// provider by its type prefix (azurerm_*, azapi_*) from `required_providers`:
// any provider construct of that type satisfies it, whatever bindings made it
// (ours, a user's own `cdktf get`, an alias).
import { TerraformProvider, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { formatProblem } from "../core/errors";
import { RuleInfo } from "../core/rule";

/** True when the construct is a provider of this Terraform type (`azapi`, `azurerm`). */
export function isProviderOfType(c: unknown, type: string): c is TerraformProvider {
  return c instanceof TerraformProvider && c.terraformResourceType === type;
}

const CHECKED = new WeakMap<TerraformStack, Set<string>>();

/**
 * Reports at synth, once per stack, when the stack declares no provider of this
 * type (one walk of the tree per stack, however many gateways need it).
 */
export function requireProvider(scope: IConstruct, type: string, rule: RuleInfo): void {
  const stack = TerraformStack.of(scope);
  const types = CHECKED.get(stack) ?? new Set<string>();
  CHECKED.set(stack, types);
  if (types.has(type)) return;
  types.add(type);
  scope.node.addValidation({
    validate: () =>
      stack.node.findAll().some((c) => isProviderOfType(c, type))
        ? []
        : [formatProblem(scope.node.path, "stack providers", `no ${type} provider`, rule)],
  });
}
