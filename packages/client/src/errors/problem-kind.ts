/** The prefix of every problem `type` URL in the contract. */
export const PROBLEM_TYPE_BASE = 'https://dvc-kit.dev/problems/';

/**
 * The closed set of problem kinds: the last segment of the contract's `ProblemType` URLs. Apps switch
 * on these short names (`error.kind === 'validation'`) rather than on URLs. `schemas.test.ts` proves
 * the list equals the contract's enum.
 */
export const PROBLEM_KINDS = [
  'malformed-request',
  'validation',
  'unauthorized',
  'token-expired',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'conflict',
  'invalid-state',
  'already-rated',
  'idempotency-key-missing',
  'idempotency-key-reused',
  'request-in-progress',
  'payload-too-large',
  'unsupported-media-type',
  'rate-limited',
  'internal',
  'service-unavailable',
] as const;

/** A problem kind, e.g. `'validation'` or `'token-expired'`. */
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/**
 * The kind of an error answer. A problem+json body gives it exactly; a body that is not problem+json
 * (a proxy's HTML page, an empty 502) gets the kind its status implies, or `'unknown'`.
 */
export type ApiErrorKind = ProblemKind | 'unknown';

// What a bare status means when the body carries no problem type (e.g. a gateway's own error page).
const KIND_BY_STATUS: Readonly<Record<number, ProblemKind>> = {
  400: 'malformed-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'validation',
  429: 'rate-limited',
  500: 'internal',
  502: 'service-unavailable',
  503: 'service-unavailable',
  504: 'service-unavailable',
};

/** The short kind of a problem `type` URL, or `undefined` for a URL outside the contract's set. */
export function problemKindOf(type: unknown): ProblemKind | undefined {
  if (typeof type !== 'string' || !type.startsWith(PROBLEM_TYPE_BASE)) return undefined;
  const kind = type.slice(PROBLEM_TYPE_BASE.length);
  return (PROBLEM_KINDS as readonly string[]).includes(kind) ? (kind as ProblemKind) : undefined;
}

/** The kind a bare HTTP status implies when no problem type was sent. */
export function problemKindOfStatus(status: number): ApiErrorKind {
  return KIND_BY_STATUS[status] ?? 'unknown';
}
