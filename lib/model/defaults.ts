// Defaults the model states for a value the user left unset, where a renderer must
// know them too (to leave out what its provider fills in itself).

/** Backend settings' request timeout, seconds: azurerm's schema default (Azure's own is 20). */
export const DEFAULT_REQUEST_TIMEOUT = 30;
