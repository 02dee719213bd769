import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { isOriginAllowed } from '../auth/origins.js';
import { registerRoutes } from '../routes/index.js';
import { handleClientError, handleFrameworkError } from './client-errors.js';
import { handleError, handleNotFound } from './error-handler.js';
import type { SandboxApp, SandboxContext } from './operation.js';
import { ProblemError } from './problem.js';

/** Headers a browser app may read from our responses. */
const EXPOSED_HEADERS = ['X-Request-Id', 'ETag', 'Retry-After', 'Idempotency-Replayed', 'Location'];

/**
 * Builds the sandbox's HTTP application: contract validation, problem+json errors, CORS for allowed
 * origins, a rate limit per credential, every operation of the contract, and (optionally) a static folder
 * served from the same origin.
 */
export async function createApp(
  context: SandboxContext,
  options: { staticRoot?: string } = {},
): Promise<SandboxApp> {
  const { config } = context;
  const app = Fastify({
    logger: false,
    bodyLimit: config.jsonBodyLimit,
    genReqId: () => `req_${randomUUID().replaceAll('-', '')}`,
    // Dossier codes contain dots; keep paths as they are.
    routerOptions: { ignoreTrailingSlash: true },
    // Undecodable paths (`%FF`) and over-long path parameters answer problem+json like any other error,
    // and so do requests Node's parser refuses before routing (a URL over 16 KB).
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  });

  app.setValidatorCompiler(({ schema, httpPart }) => {
    const location =
      httpPart === 'body'
        ? 'body'
        : httpPart === 'headers'
          ? 'header'
          : httpPart === 'params'
            ? 'path'
            : 'query';
    return context.validator.compile(schema as Record<string, unknown>, location);
  });
  app.setErrorHandler(handleError);
  // Every operation takes JSON or (uploads) multipart: without Fastify's default text/plain parser, a
  // text body answers 415 instead of reaching the schema check as a string.
  app.removeContentTypeParser('text/plain');
  app.setNotFoundHandler(handleNotFound);
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });

  await app.register(cors, {
    origin: (origin, callback) =>
      callback(null, origin ? isOriginAllowed(origin, config.allowedOrigins) : false),
    exposedHeaders: EXPOSED_HEADERS,
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'Accept-Language'],
    methods: ['GET', 'POST'],
    maxAge: 600,
  });

  await app.register(rateLimit, {
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.windowMs,
    // One bucket per credential, so one partner's busy counter does not starve another; anonymous
    // callers (catalogue, public lookup) are counted per IP.
    keyGenerator: (request) => request.headers.authorization ?? `ip:${request.ip}`,
    errorResponseBuilder: (_request, limit) => {
      const retryAfterSeconds = Math.max(1, Math.ceil(limit.ttl / 1000));
      return new ProblemError('rate-limited', `More than ${limit.max} requests in ${limit.after}.`, {
        retryAfterSeconds,
      });
    },
  });

  registerRoutes(app, context);

  if (options.staticRoot) {
    await app.register(fastifyStatic, { root: options.staticRoot, prefix: '/', index: ['index.html'] });
  }
  return app;
}
