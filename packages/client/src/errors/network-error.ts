import type { Locale } from '../locale.js';
import { DVC_ERROR_BRAND, DvcError } from './dvc-error.js';
import { fallbackMessages, type UserMessages } from './messages.js';

/**
 * No answer came back: offline, DNS, connection reset, CORS refusal. The server may or may not have
 * acted on the request — for a submission, resubmit with the same idempotency key.
 */
export class DvcNetworkError extends DvcError {
  override readonly name = 'DvcNetworkError';
  readonly [DVC_ERROR_BRAND] = 'DvcNetworkError';
  readonly userMessage: string;
  readonly userMessages: UserMessages;

  constructor(init: { request: Request | undefined; cause: unknown; locale: Locale }) {
    const reason = init.cause instanceof Error ? init.cause.message : String(init.cause);
    super(`Network error: ${reason}`, init.request, init.cause);
    this.userMessages = fallbackMessages('network');
    this.userMessage = this.userMessages[init.locale];
  }
}
