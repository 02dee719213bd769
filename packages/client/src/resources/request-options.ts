/** Options every call takes. */
export interface RequestOptions {
  /**
   * Cancels the call (and its retries). The promise rejects with the signal's reason, untouched.
   *
   * @example
   * const controller = new AbortController();
   * client.procedures.list({ q: 'khai sinh' }, { signal: controller.signal });
   * controller.abort();
   */
  signal?: AbortSignal;
}

/** Encodes one path segment (NFC first: the server matches codes on NFC text). */
export const segment = (value: string): string => encodeURIComponent(value.normalize('NFC'));
