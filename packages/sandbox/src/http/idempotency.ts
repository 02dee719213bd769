import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { normalizeNfcDeep } from '../dossiers/normalize-text.js';
import { IdempotencyStore, type StoredResponse } from '../store/idempotency-store.js';
import type { SandboxApp, SandboxContext } from './operation.js';
import { ProblemError, problemBody } from './problem.js';

/**
 * How long a key is remembered. The contract promises at least 7 days: long enough for a counter PC that
 * queued a submission offline over a long holiday weekend to replay it and get the same dossier back.
 */
export const IDEMPOTENCY_KEY_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Expired keys are swept hourly: the table stays small, and a key never outlives its week by much. */
const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * An in-flight key older than this was left by a process that stopped mid-request: no submission takes
 * five minutes, even with the sandbox's artificial latency, so the next request with the key takes it over.
 */
const STALE_IN_FLIGHT_MS = 5 * 60 * 1000;

/** A duplicate sent while the first is processed may retry in a second: submission takes milliseconds. */
const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

/** The request header (lower-case, as Node delivers it). */
const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** What a processed request answers; the body is serialised once and stored as sent. */
export interface IdempotentResult {
  status: number;
  body: unknown;
  /** Headers to send and to replay, e.g. `Location`. */
  headers?: Record<string, string>;
}

/**
 * The key of a request. The draft defines the header as a Structured Field string (`"8e03…"`); clients
 * commonly send the bare token too, so a quoted value is unwrapped and both spellings name one key.
 */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const raw = request.headers[IDEMPOTENCY_KEY_HEADER];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) return undefined;
  const quoted = /^"((?:[^"\\]|\\["\\])*)"$/.exec(value);
  return quoted ? (quoted[1] ?? '').replace(/\\(["\\])/g, '$1') : value;
}

/**
 * A `preValidation` hook for operations that require the header: a missing key is 400
 * `idempotency-key-missing` (the draft's answer), checked before the contract's header schema would call
 * it a generic validation error.
 */
export async function requireIdempotencyKey(request: FastifyRequest): Promise<void> {
  if (idempotencyKeyOf(request) === undefined) {
    throw new ProblemError(
      'idempotency-key-missing',
      'This operation requires an Idempotency-Key header: one key (a UUID) per logical submission, kept for every retry.',
    );
  }
}

/** JSON with object keys sorted at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The request's fingerprint (the draft's "idempotency fingerprint"): SHA-256 of the operation and the
 * canonical JSON of the parsed body with every string in NFC. Key order, whitespace and Unicode
 * normalisation do not make two requests different; any change of a value does.
 */
export function requestFingerprint(operationId: string, body: unknown): string {
  const canonical = canonicalJson(normalizeNfcDeep(body ?? null));
  return createHash('sha256').update(`${operationId}\n${canonical}`).digest('hex');
}

function send(reply: FastifyReply, response: StoredResponse, replayed: boolean): FastifyReply {
  reply.code(response.status).headers(response.headers);
  if (replayed) reply.header('Idempotency-Replayed', 'true');
  return reply.send(response.body);
}

function problemResponse(request: FastifyRequest, error: ProblemError): StoredResponse {
  const body = problemBody(
    error.kind,
    error.detail,
    { requestId: request.id, instance: request.url.split('?')[0] },
    error.extra,
  );
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  if (error.extra.retryAfterSeconds !== undefined)
    headers['retry-after'] = String(error.extra.retryAfterSeconds);
  return { status: body.status, body: JSON.stringify(body), headers };
}

/**
 * Runs a non-idempotent operation exactly once per (partner, `Idempotency-Key`), as
 * draft-ietf-httpapi-idempotency-key-header asks:
 *
 * - first request: the key is taken atomically (`INSERT … ON CONFLICT DO NOTHING`), the operation runs,
 *   and its response is stored **in the same transaction** as the operation's own writes — a dossier
 *   never exists without its stored response, whatever crashes when;
 * - same key, same fingerprint, completed: the stored response is replayed byte for byte, with
 *   `Idempotency-Replayed: true`;
 * - same key, same fingerprint, still in flight: 409 `request-in-progress` with `Retry-After`;
 * - same key, other fingerprint: 422 `idempotency-key-reused`.
 *
 * Failures follow the draft's "respond with the result of the previously completed operation, success or
 * an error": a 4xx the operation itself answers (a field that fails validation, an unknown procedure) is
 * its final outcome and is replayed for the same body; a corrected body is a new request and needs a new
 * key. A 5xx is a defect of the server, not an outcome: its transaction is rolled back and the key is
 * released, so the client's retry with the same key runs the operation again. Requests refused before
 * processing — authentication, the contract's schema, the rate limit — never touch the key.
 *
 * @param process the operation; synchronous so that it and the stored response commit together.
 */
export async function handleIdempotently(
  request: FastifyRequest,
  reply: FastifyReply,
  context: SandboxContext,
  scope: { partnerCode: string; operationId: string },
  process: () => IdempotentResult,
): Promise<FastifyReply> {
  const key = idempotencyKeyOf(request);
  if (key === undefined) {
    throw new ProblemError('idempotency-key-missing', 'This operation requires an Idempotency-Key header.');
  }
  const store = new IdempotencyStore(context.db);
  const now = context.now();
  const fingerprint = requestFingerprint(scope.operationId, request.body);
  const claim = store.claim(
    scope.partnerCode,
    key,
    fingerprint,
    now,
    new Date(now.getTime() - STALE_IN_FLIGHT_MS),
  );
  switch (claim.kind) {
    case 'mismatch':
      throw new ProblemError(
        'idempotency-key-reused',
        'This Idempotency-Key was already used with a different request body; use a new key for a new submission.',
      );
    case 'in-flight':
      throw new ProblemError(
        'request-in-progress',
        'A request with this Idempotency-Key is still being processed; retry shortly to get its response.',
        { retryAfterSeconds: IN_PROGRESS_RETRY_AFTER_SECONDS },
      );
    case 'completed':
      return send(reply, claim.response, true);
    case 'claimed':
      break;
  }

  if (context.config.submissionDelayMs > 0) await sleep(context.config.submissionDelayMs);

  let response: StoredResponse;
  try {
    response = context.db.transaction(() => {
      const result = process();
      const stored: StoredResponse = {
        status: result.status,
        body: JSON.stringify(result.body),
        headers: { 'content-type': 'application/json; charset=utf-8', ...result.headers },
      };
      store.complete(scope.partnerCode, key, stored);
      return stored;
    })();
  } catch (error) {
    if (error instanceof ProblemError && error.status < 500) {
      store.complete(scope.partnerCode, key, problemResponse(request, error));
    } else {
      store.release(scope.partnerCode, key);
    }
    throw error;
  }
  return send(reply, response, false);
}

/**
 * Purges keys older than the retention period now and every hour after, by the sandbox clock; stops
 * with the app.
 */
export function startIdempotencyKeyPurge(app: SandboxApp, context: SandboxContext): void {
  const store = new IdempotencyStore(context.db);
  const purge = () => store.purgeOlderThan(new Date(context.now().getTime() - IDEMPOTENCY_KEY_RETENTION_MS));
  purge();
  const timer = setInterval(purge, PURGE_INTERVAL_MS);
  // The sweep must never keep a test process or a stopping server alive.
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
