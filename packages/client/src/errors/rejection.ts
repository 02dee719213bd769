import type { DvcApiError } from './api-error.js';
import { isDvcApiError } from './guards.js';

// 408 (timeout), 409 (still in progress) and 429 (slow down) are "not now", not "no".
const NOT_NOW = [408, 409, 429];

/**
 * Whether the server answered and refused (a 4xx other than 408/409/429): nothing was created, and the
 * same request would be refused the same way. Anything else — no answer, a timeout, a 5xx, a 2xx we
 * could not read — leaves the outcome unknown, and only repeating with the same key is safe.
 */
export function isDefinitiveRejection(error: unknown): error is DvcApiError {
  return isDvcApiError(error) && error.status >= 400 && error.status < 500 && !NOT_NOW.includes(error.status);
}
