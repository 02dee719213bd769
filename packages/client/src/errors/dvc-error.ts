import type { UserMessages } from './messages.js';

/**
 * The brand every dvc-kit error carries, under a registry symbol so that an error thrown by another
 * copy of this package (a second partner bundle on the page, an iframe, a worker) is still recognised:
 * `instanceof` fails across copies and realms, `Symbol.for` does not.
 */
export const DVC_ERROR_BRAND: unique symbol = Symbol.for('dvc-kit.error');

/** The names of dvc-kit's error classes; each error's `name` and brand value. */
export type DvcErrorName =
  | 'DvcApiError'
  | 'DvcNetworkError'
  | 'DvcTimeoutError'
  | 'DvcResponseValidationError';

/** What every dvc-kit error has. */
export abstract class DvcError extends Error {
  abstract override readonly name: DvcErrorName;
  /** The error's class name, under the cross-realm brand symbol. */
  abstract readonly [DVC_ERROR_BRAND]: DvcErrorName;
  /** A short message safe to show the user, in the client's locale. */
  abstract readonly userMessage: string;
  /**
   * The same message in every language the client speaks, so that a page that switches language
   * while an error is on screen can re-word it: `userMessages[locale]`.
   */
  abstract readonly userMessages: UserMessages;
  /** The request that failed, when one was built. */
  readonly request: Request | undefined;
  /**
   * The `Idempotency-Key` of the submission that failed (errors of `dossiers.create` only). Submit the
   * same body again — or pass this key — to resume the same submission without creating a duplicate.
   */
  idempotencyKey: string | undefined;

  constructor(message: string, request: Request | undefined, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.request = request;
    this.idempotencyKey = undefined;
  }
}
