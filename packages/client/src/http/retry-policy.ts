import { isHTTPError, type RetryOptions } from 'ky';
import { PROBLEM_TYPE_BASE } from '../errors/problem-kind.js';

/**
 * How the client retries a request that may safely be repeated: a GET, or a POST that carries an
 * `Idempotency-Key`. Any other POST is sent exactly once.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. Default 3: two retries ride out a blip without holding a user for long. */
  attempts?: number;
  /** The first backoff, doubled on each retry (with full jitter). Default 300 ms. */
  baseDelayMs?: number;
  /** The cap of one backoff. Default 5 s: longer and the user gives up first. */
  maxDelayMs?: number;
  /**
   * The longest `Retry-After` the client waits for. Default 60 s; a longer one is not waited for and the
   * error reaches the app, which can tell the user when to come back.
   */
  maxRetryAfterMs?: number;
}

/** The default retry policy (see {@link RetryPolicy} for why each number). */
export const DEFAULT_RETRY: Required<RetryPolicy> = {
  attempts: 3,
  baseDelayMs: 300,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 60_000,
};

// 408/429/5xx say "not done, try again"; 409 only with the problem type `request-in-progress` (checked in
// `shouldRetry`): the same key is still being processed, so asking again later gets the stored answer.
// Every other 4xx would fail again the same way.
const RETRY_STATUSES = [408, 409, 429, 500, 502, 503, 504];
const RETRY_AFTER_STATUSES = [409, 429, 503];
const REQUEST_IN_PROGRESS = `${PROBLEM_TYPE_BASE}request-in-progress`;

/** Milliseconds to wait from a `Retry-After` header (seconds or an HTTP date), or undefined. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  const ms = Number.isNaN(seconds) ? Date.parse(value) - now : seconds * 1000;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * ky's retry options for one request. `repeatable` is true for GETs and keyed POSTs; everything else
 * gets `limit: 0`. Timeouts and network errors are retried too: for a keyed POST the key makes it safe.
 */
export function toKyRetry(policy: Required<RetryPolicy>, repeatable: boolean): RetryOptions {
  return {
    limit: repeatable ? policy.attempts - 1 : 0,
    methods: ['get', 'post'],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: RETRY_AFTER_STATUSES,
    retryOnTimeout: true,
    jitter: true,
    delay: (attempt) => policy.baseDelayMs * 2 ** (attempt - 1),
    backoffLimit: policy.maxDelayMs,
    async shouldRetry({ error }) {
      if (!isHTTPError(error)) return undefined;
      const { response } = error;
      const wait = retryAfterMs(response.headers);
      if (wait !== undefined && wait > policy.maxRetryAfterMs) return false;
      if (response.status === 409) {
        const problem = await response
          .clone()
          .json()
          .catch(() => undefined);
        return problem?.type === REQUEST_IN_PROGRESS ? undefined : false;
      }
      return undefined;
    },
  };
}
