import { isDvcApiError, isDvcError, isDvcResponseValidationError } from '../errors/guards.js';
import { isDefinitiveRejection } from '../errors/rejection.js';
import type { OutboxError } from './outbox-item.js';

// Refusals about the session, not the dossier: fixing the token fixes every item, so they wait in order.
const SESSION_PROBLEMS = ['unauthorized', 'token-expired', 'forbidden'];

/**
 * Whether a failed item needs a person: the server refused the dossier itself (validation, conflict…),
 * or created it but answered something unreadable. Everything else (offline, timeouts, 5xx, 429, an
 * expired session) is retried later with the same key.
 */
export function needsAttention(error: unknown): boolean {
  return (
    (isDefinitiveRejection(error) && !SESSION_PROBLEMS.includes(error.kind)) ||
    isDvcResponseValidationError(error)
  );
}

/** The persistable summary of a failure. */
export function describeFailure(error: unknown): OutboxError {
  if (isDvcApiError(error)) {
    return {
      kind: error.kind,
      message: error.userMessage,
      status: error.status,
      ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
      ...(error.errors.length > 0 ? { fieldErrors: [...error.errors] } : {}),
    };
  }
  if (isDvcError(error)) {
    const kind = {
      DvcNetworkError: 'network',
      DvcTimeoutError: 'timeout',
      DvcResponseValidationError: 'invalid-response',
    };
    return { kind: kind[error.name as keyof typeof kind] ?? 'unknown', message: error.userMessage };
  }
  return { kind: 'unknown', message: error instanceof Error ? error.message : String(error) };
}
