import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { AuthContext, Caller, CredentialKind } from '../auth/authenticate.js';
import type { Scope } from '../auth/embed-tokens.js';
import type { SandboxConfig } from '../config.js';
import { contractOperation } from '../contract/contract.js';
import type { ContractValidator } from '../contract/validator.js';
import type { SandboxDatabase } from '../store/database.js';

/** What every route handler can reach. */
export interface SandboxContext extends AuthContext {
  config: SandboxConfig;
  db: SandboxDatabase;
  validator: ContractValidator;
}

/** The Fastify instance of the sandbox. */
export type SandboxApp = FastifyInstance;

/** A request as a handler sees it, with typed inputs. */
export type OperationRequest<Body = unknown, Query = unknown, Params = unknown> = FastifyRequest<{
  Body: Body;
  Querystring: Query;
  Params: Params;
}>;

export type OperationHandler<Body = unknown, Query = unknown, Params = unknown> = (
  request: OperationRequest<Body, Query, Params>,
  reply: FastifyReply,
) => Promise<unknown>;

/**
 * Registers the handler of one contract operation. Method, path and input schemas come from the
 * contract, so a route cannot drift from it; Fastify validates inputs before the handler runs.
 *
 * @example
 * registerOperation(app, 'getProcedure', async (request) => store.procedure(request.params.code));
 */
export function registerOperation<Body = unknown, Query = unknown, Params = unknown>(
  app: SandboxApp,
  operationId: string,
  handler: OperationHandler<Body, Query, Params>,
  // `config` carries route-level plugin options, e.g. a stricter `rateLimit` for the public lookup.
  options: Pick<RouteShorthandOptions, 'bodyLimit' | 'config'> = {},
): void {
  const operation = contractOperation(operationId);
  app.route({
    method: operation.method,
    url: operation.routePath,
    schema: {
      ...(operation.query ? { querystring: operation.query } : {}),
      ...(operation.params ? { params: operation.params } : {}),
      ...(operation.headers ? { headers: operation.headers } : {}),
      // Multipart bodies are parsed and checked by their own handler.
      ...(operation.body && operation.bodyMediaType === 'application/json' ? { body: operation.body } : {}),
    },
    ...options,
    handler: handler as OperationHandler,
  });
}

/** Authenticates the request of a handler (see `authenticate`). */
export type Authenticate = (
  request: FastifyRequest,
  accepted: readonly CredentialKind[],
  scope?: Scope,
) => Promise<Caller>;
