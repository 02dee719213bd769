import type * as z from 'zod/mini';
import type { Locale } from '../locale.js';
import { DVC_ERROR_BRAND, DvcError } from './dvc-error.js';
import { fallbackMessages, type UserMessages } from './messages.js';

/**
 * A success answer whose body does not match the contract (or is not JSON): the server and this client
 * disagree on the contract. For a submission the server *did* act on it.
 */
export class DvcResponseValidationError extends DvcError {
  override readonly name = 'DvcResponseValidationError';
  readonly [DVC_ERROR_BRAND] = 'DvcResponseValidationError';
  readonly userMessage: string;
  readonly userMessages: UserMessages;
  /** Where the body differs from the contract (empty when the body was not JSON). */
  readonly issues: readonly z.core.$ZodIssue[];
  /** The response (its body has been read). */
  readonly response: Response;
  /** The body as received (parsed JSON, or the text when it was not JSON). */
  readonly body: unknown;

  constructor(init: {
    request: Request | undefined;
    response: Response;
    body: unknown;
    issues: readonly z.core.$ZodIssue[];
    locale: Locale;
  }) {
    const where = init.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    super(
      `The answer to ${init.request?.method} ${init.request?.url} does not match the contract: ${where || 'not JSON'}`,
      init.request,
    );
    this.issues = init.issues;
    this.response = init.response;
    this.body = init.body;
    this.userMessages = fallbackMessages('invalidResponse');
    this.userMessage = this.userMessages[init.locale];
  }
}
