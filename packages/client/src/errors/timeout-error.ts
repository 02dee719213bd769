import type { Locale } from '../locale.js';
import { DVC_ERROR_BRAND, DvcError } from './dvc-error.js';
import { fallbackMessages, type UserMessages } from './messages.js';

/** No answer within the timeout (after the retries the request was allowed). */
export class DvcTimeoutError extends DvcError {
  override readonly name = 'DvcTimeoutError';
  readonly [DVC_ERROR_BRAND] = 'DvcTimeoutError';
  readonly userMessage: string;
  readonly userMessages: UserMessages;
  /** The timeout of each attempt, in milliseconds. */
  readonly timeoutMs: number;

  constructor(init: { request: Request | undefined; timeoutMs: number; cause: unknown; locale: Locale }) {
    super(`No answer within ${init.timeoutMs} ms`, init.request, init.cause);
    this.timeoutMs = init.timeoutMs;
    this.userMessages = fallbackMessages('timeout');
    this.userMessage = this.userMessages[init.locale];
  }
}
