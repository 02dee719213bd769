import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { contractOperations } from '../contract/contract.js';
import { type InputLocation, toFieldErrors } from '../contract/validator.js';
import { ProblemError, type ProblemKind, problemBody } from './problem.js';

const VALIDATION_LOCATIONS: Record<string, InputLocation> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

/** Fastify's own 4xx errors (parsing, limits, content types) in the contract's terms. */
function kindOfStatus(status: number): ProblemKind {
  switch (status) {
    case 400:
      return 'malformed-request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 405:
      return 'method-not-allowed';
    case 409:
      return 'conflict';
    case 413:
      return 'payload-too-large';
    case 415:
      return 'unsupported-media-type';
    case 422:
      return 'validation';
    case 429:
      return 'rate-limited';
    case 503:
      return 'service-unavailable';
    default:
      return status >= 500 ? 'internal' : 'malformed-request';
  }
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, error: ProblemError): FastifyReply {
  const body = problemBody(
    error.kind,
    error.detail,
    { requestId: request.id, instance: request.url.split('?')[0] },
    error.extra,
  );
  if (error.extra.retryAfterSeconds !== undefined)
    reply.header('Retry-After', String(error.extra.retryAfterSeconds));
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

/**
 * The one place errors become responses: every error is RFC 9457 problem+json. A client's mistake is
 * always a 4xx; only a defect of the server itself is a 500, and it is logged with the request id.
 */
export function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof ProblemError) return sendProblem(request, reply, error);
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const location = VALIDATION_LOCATIONS[fastifyError.validationContext ?? 'body'] ?? 'body';
    const errors = toFieldErrors(fastifyError.validation as never, location);
    const where = location === 'body' ? 'The request body' : `The ${location} input`;
    return sendProblem(
      request,
      reply,
      new ProblemError(
        'validation',
        `${where} does not match the contract at ${errors.map((e) => e.pointer || '(root)').join(', ')}.`,
        {
          errors,
        },
      ),
    );
  }
  const status = fastifyError.statusCode ?? 500;
  if (status < 500) {
    return sendProblem(request, reply, new ProblemError(kindOfStatus(status), fastifyError.message));
  }
  request.log.error({ err: error, requestId: request.id }, 'unhandled error');
  console.error(`[dvc-sandbox] ${request.id} ${request.method} ${request.url}:`, error);
  return sendProblem(
    request,
    reply,
    new ProblemError('internal', 'An unexpected error occurred; quote the requestId.'),
  );
}

const operationPatterns = contractOperations().map((operation) => ({
  method: operation.method,
  pattern: new RegExp(`^${operation.routePath.replace(/:[^/]+/g, '[^/]+')}$`),
}));

/**
 * Unknown paths answer 404; a known path with another method answers 405 with `Allow`, so a developer
 * who POSTs to a GET-only path learns what went wrong.
 */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0] ?? '';
  const allowed: string[] = operationPatterns.filter((o) => o.pattern.test(path)).map((o) => o.method);
  if (allowed.length > 0 && !allowed.includes(request.method) && request.method !== 'OPTIONS') {
    reply.header('Allow', [...new Set(allowed)].join(', '));
    return sendProblem(
      request,
      reply,
      new ProblemError(
        'method-not-allowed',
        `${request.method} is not allowed on ${path}; use ${allowed.join(' or ')}.`,
      ),
    );
  }
  return sendProblem(
    request,
    reply,
    new ProblemError('not-found', `No operation at ${request.method} ${path}.`),
  );
}
