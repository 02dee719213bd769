import type { DvcApiError } from './api-error.js';
import { DVC_ERROR_BRAND, type DvcError, type DvcErrorName } from './dvc-error.js';
import type { DvcNetworkError } from './network-error.js';
import type { DvcResponseValidationError } from './response-validation-error.js';
import type { DvcTimeoutError } from './timeout-error.js';

// Checks the `name` and the registry-symbol brand rather than `instanceof`, so errors from another copy
// of the package or another realm (iframe, worker) are recognised.
function isBranded(error: unknown, name?: DvcErrorName): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const brand = (error as { [DVC_ERROR_BRAND]?: unknown })[DVC_ERROR_BRAND];
  return (
    typeof brand === 'string' && (error as Error).name === brand && (name === undefined || brand === name)
  );
}

/** Whether `error` is any dvc-kit error (works across bundles and realms). */
export const isDvcError = (error: unknown): error is DvcError => isBranded(error);

/**
 * Whether `error` is a {@link DvcApiError}: the server answered with an error status.
 *
 * @example
 * catch (error) {
 *   if (isDvcApiError(error) && error.kind === 'validation') showFieldErrors(error.errors);
 * }
 */
export const isDvcApiError = (error: unknown): error is DvcApiError => isBranded(error, 'DvcApiError');

/** Whether `error` is a {@link DvcNetworkError}: no answer came back. */
export const isDvcNetworkError = (error: unknown): error is DvcNetworkError =>
  isBranded(error, 'DvcNetworkError');

/** Whether `error` is a {@link DvcTimeoutError}: no answer within the timeout. */
export const isDvcTimeoutError = (error: unknown): error is DvcTimeoutError =>
  isBranded(error, 'DvcTimeoutError');

/** Whether `error` is a {@link DvcResponseValidationError}: the answer broke the contract. */
export const isDvcResponseValidationError = (error: unknown): error is DvcResponseValidationError =>
  isBranded(error, 'DvcResponseValidationError');
