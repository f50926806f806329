/**
 * How the gateway is written to Azure.
 *
 * - `AZURERM_WITH_PASSTHROUGH_PATCH`: an `azurerm_application_gateway`, plus the
 *   `azapi_update_resource` that sets passthrough where azurerm cannot. Two full
 *   PUTs per change, with minutes between them in which passthrough is off.
 * - `SINGLE_AZAPI_RESOURCE`: the whole gateway as one `azapi_resource` at
 *   `Microsoft.Network/applicationGateways@2025-03-01`: one PUT per change,
 *   passthrough included, certificate secrets in `sensitive_body`.
 */
export enum GatewayDeployment {
  /** azurerm gateway plus the azapi passthrough patch (the default). */
  AZURERM_WITH_PASSTHROUGH_PATCH = "azurerm-with-passthrough-patch",
  /** One azapi_resource for the whole gateway. */
  SINGLE_AZAPI_RESOURCE = "single-azapi-resource",
}
