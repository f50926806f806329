// Shapes both renderers write the same way from the model (azurerm/ and arm/ each
// add only what their target spells differently).
import { CustomErrorModel, HeaderConfigurationModel } from "../model/gateway-model";

/** An empty list is left out: azurerm's optional blocks are absent, not `[]`, and ARM's are omitted. */
export const nonEmpty = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);

/** Custom error pages, as both azurerm (`custom_error_configuration`) and ARM (`customErrorConfigurations`) take them. */
export const customErrors = (errors: CustomErrorModel[]) =>
  nonEmpty(errors.map((e) => ({ statusCode: e.statusCode, customErrorPageUrl: e.customErrorPageUrl })));

/** Request or response header configurations of a rewrite rule. */
export const headers = (configs: HeaderConfigurationModel[]) => nonEmpty(configs.map((h) => ({ headerName: h.headerName, headerValue: h.headerValue })));
