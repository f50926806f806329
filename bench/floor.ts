// The floor: load cdktf and the provider modules both sides use, build nothing.
import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { App } from "cdktf";
import { AzapiProvider } from "../.gen/providers/azapi/provider";
import { UpdateResource } from "../.gen/providers/azapi/update-resource";

// Referenced, so that the compiler keeps the imports.
export const LOADED = [App, AzurermProvider, VirtualNetwork, Subnet, PublicIp, ApplicationGateway, AzapiProvider, UpdateResource];
