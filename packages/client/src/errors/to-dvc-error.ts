import { isHTTPError, isTimeoutError } from 'ky';
import type { Locale } from '../locale.js';
import { DvcApiError } from './api-error.js';
import { DvcNetworkError } from './network-error.js';
import { readProblem } from './read-problem.js';
import { DvcTimeoutError } from './timeout-error.js';

/**
 * Turns what ky throws into a dvc-kit error: an error status becomes a `DvcApiError` (with the problem
 * details read from the body), a timeout a `DvcTimeoutError`, anything else from `fetch` a
 * `DvcNetworkError`. An abort the caller asked for is passed through untouched.
 */
export async function toDvcError(
  error: unknown,
  context: {
    /** The request, for errors that come without one (built lazily: only failures pay for it). */
    request: () => Request | undefined;
    timeoutMs: number;
    locale: Locale;
    signal: AbortSignal | undefined;
  },
): Promise<unknown> {
  const { locale } = context;
  if (context.signal?.aborted) return error;
  if (isHTTPError(error)) {
    const problem = await readProblem(error.response);
    return new DvcApiError({ request: error.request, response: error.response, problem, locale });
  }
  if (isTimeoutError(error)) {
    return new DvcTimeoutError({
      request: error.request,
      timeoutMs: context.timeoutMs,
      cause: error,
      locale,
    });
  }
  return new DvcNetworkError({ request: context.request(), cause: error, locale });
}
