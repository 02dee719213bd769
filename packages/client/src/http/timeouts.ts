/** Per-attempt timeouts, by kind of request, in milliseconds. */
export interface TimeoutOptions {
  /**
   * Reads (catalogue, places, status). Default 10 s: the answers are small; past 10 s on a weak line a
   * retry on a fresh connection does better than waiting.
   *
   * @example
   * createClient({ baseUrl, timeout: { read: 15_000 } });
   */
  read?: number;
  /**
   * Submissions and other writes. Default 30 s: the server validates, stores and issues a receipt, and
   * an idempotency key makes a retry after a timeout safe, so waiting longer buys little.
   */
  submit?: number;
  /**
   * Uploads, from the file's size in bytes. Default 30 s + 1 s per 100 KB, i.e. an upstream of about
   * 0.8 Mbit/s — a weak 3G line at a rural agent point — with 30 s for the connection and the server's
   * checks: a 10 MB scan (the contract's maximum) gets 130 s.
   */
  upload?: (sizeBytes: number) => number;
}

/** What a request is, for its timeout and retries. */
export type RequestKind = 'read' | 'submit' | 'upload';

const SECOND = 1000;
const UPLOAD_BYTES_PER_SECOND = 100_000;

/** The default timeouts (see {@link TimeoutOptions} for why each number). */
export const DEFAULT_TIMEOUTS: Required<TimeoutOptions> = {
  read: 10 * SECOND,
  submit: 30 * SECOND,
  upload: (sizeBytes) => 30 * SECOND + Math.ceil(sizeBytes / UPLOAD_BYTES_PER_SECOND) * SECOND,
};
