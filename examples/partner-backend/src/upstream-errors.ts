import { isDvcApiError, isDvcNetworkError, isDvcTimeoutError } from '@dvc-kit/client/server';
import { PartnerProblem } from './problem.js';

/**
 * Turns a failure of a call to the dvc-kit API into this backend's problem: the API unreachable is a
 * 503 the page can retry; a refusal of the partner's own request (a revoked key, an origin the API does
 * not allow) is the partner's configuration, so a 500 whose detail says what the API said.
 */
export function upstreamProblem(error: unknown, what: string): PartnerProblem {
  if (error instanceof PartnerProblem) return error;
  if (isDvcNetworkError(error) || isDvcTimeoutError(error)) {
    return new PartnerProblem(
      'service-unavailable',
      `${what}: the dvc-kit API did not answer (${error.message}).`,
    );
  }
  if (isDvcApiError(error)) {
    return new PartnerProblem(
      error.kind === 'forbidden' ? 'forbidden' : 'internal',
      `${what}: the dvc-kit API answered ${error.status} ${error.kind}: ${error.message} (request ${error.requestId ?? 'unknown'}).`,
      error.problem ? { userMessage: error.problem.userMessage } : {},
    );
  }
  return new PartnerProblem('internal', `${what}: ${error instanceof Error ? error.message : String(error)}`);
}
