// Value rules on resource group, region and tags: each is checked where the value is given and throws
// (a value that can never be valid). registry.ts lists every rule in order.
import { Checked, defineRule, Severity, valueRule, RuleInfo } from "../../core/rule";
import { RuleId } from "../../core/rule-id";

export const RESOURCE_GROUP_NAME = defineRule({
  id: RuleId.RESOURCE_GROUP_NAME,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "1–90 characters of letters, digits, '_', '-', '.', '(' and ')', not ending with '.'",
  source: "Learn: resource-name-rules, resourcegroups; azurerm (go-azure-helpers resourcegroups.ValidateName: ASCII only)",
});

export const resourceGroupNameRule = valueRule<string>(RESOURCE_GROUP_NAME, (v) => /^[-\w.()]{1,90}$/.test(v) && !v.endsWith("."));

/** A region as azurerm compares it (go-azure-helpers location.Normalize): lower case, spaces removed. */
export const normalizeLocation = (location: string): string => location.toLowerCase().replace(/ /g, "");

export const LOCATION = defineRule({
  id: RuleId.LOCATION,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "an Azure region name such as westeurope or \"West Europe\" (letters and digits; spaces are ignored)",
  source:
    "azurerm v4.55.0 commonschema.Location (location.EnhancedValidate: not empty once lower-cased without spaces, and one of the cloud's regions at plan); Learn: az account list-locations (region names)",
});

export const locationRule = valueRule<string>(LOCATION, (v) => /^[a-z0-9]+$/.test(normalizeLocation(v)));

export const LOCATION_MATCH = defineRule({
  id: RuleId.LOCATION_MATCH,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed: "the region of the gateway's virtual network (spelling and case aside)",
  source:
    "Learn: virtual-networks-overview (a virtual network and the resources in its subnets are in one region); application-gateway configuration-infrastructure (the gateway is deployed in its virtual network)",
});

/** [the gateway's location, its virtual network's location when known] */
export const locationMatchRule = valueRule<[string, string | undefined]>(
  LOCATION_MATCH,
  ([gateway, network]) => network === undefined || normalizeLocation(gateway) === normalizeLocation(network),
);

// Tags, on every resource the library creates (Learn: tag-resources, Limitations;
// azurerm v4.55.0 tags.Validate, go-azure-helpers, which counts UTF-8 bytes, not characters).
const utf8Length = (text: string) => Buffer.byteLength(text, "utf8");

export const TAGS = defineRule({
  id: RuleId.TAGS,
  severity: Severity.ERROR,
  checked: Checked.AT_CONSTRUCTION,
  allowed:
    "at most 50 tags; each name 1–512 bytes (UTF-8), not blank, without < > % & \\ ? /, and not another name in other case; each value at most 256 bytes (UTF-8)",
  source:
    "Learn: tag-resources, Limitations (50 tags; names 512 and values 256 characters; names without < > % & \\ ? /; names are case-insensitive); azurerm v4.55.0 tags.Validate (50 tags, lengths in UTF-8 bytes)",
});

export const tagCountRule = valueRule<number>(TAGS, (count) => count <= 50);

/** [a tag's name, whether an earlier name is the same ignoring case] */
export const tagNameRule = valueRule<[string, boolean]>(
  TAGS,
  ([name, repeated]) => !repeated && name.trim() !== "" && utf8Length(name) <= 512 && !/[<>%&\\?/]/.test(name),
);

export const tagValueRule = valueRule<string>(TAGS, (value) => utf8Length(value) <= 256);

/** The rules of this file, in the order the README lists them. */
export const PLACEMENT_VALUE_RULES: RuleInfo[] = [RESOURCE_GROUP_NAME, LOCATION, LOCATION_MATCH, TAGS];
