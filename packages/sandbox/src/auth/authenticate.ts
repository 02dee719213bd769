import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem.js';
import type { SandboxDatabase } from '../store/database.js';
import { type EmbedClaims, type Scope, verifyEmbedToken } from './embed-tokens.js';
import { partnerOfSecretKey } from './secret-keys.js';
import type { PartnerCode } from './test-keys.js';

/** Who is calling, once authenticated. */
export type Caller =
  | { kind: 'secret-key'; partnerCode: PartnerCode }
  | ({ kind: 'embed-token' } & EmbedClaims);

/** Which credentials an operation accepts (its `security` in the contract). */
export type CredentialKind = Caller['kind'];

export interface AuthContext {
  db: SandboxDatabase;
  tokenSecret: Uint8Array;
  now: () => Date;
}

/** The bearer credential of a request, if any. */
export function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match)
    throw new ProblemError('unauthorized', 'The Authorization header must be `Bearer <credential>`.');
  return match[1];
}

/**
 * Authenticates a request with one of the accepted credentials and checks the scope. Secret keys carry
 * every scope (they never leave the partner's servers); embed tokens carry what their session asked for
 * and only work from the origin they are bound to.
 */
export async function authenticate(
  request: FastifyRequest,
  context: AuthContext,
  accepted: readonly CredentialKind[],
  scope?: Scope,
): Promise<Caller> {
  const credential = bearerOf(request);
  if (!credential) {
    throw new ProblemError(
      'unauthorized',
      'This operation needs `Authorization: Bearer <embed token or secret key>`.',
    );
  }
  if (credential.startsWith('sk_')) {
    const partnerCode = partnerOfSecretKey(context.db, credential);
    if (!partnerCode) throw new ProblemError('unauthorized', 'Unknown secret key.');
    if (!accepted.includes('secret-key')) {
      throw new ProblemError('forbidden', 'This operation takes an embed token, not a secret key.');
    }
    return { kind: 'secret-key', partnerCode };
  }
  const claims = await verifyEmbedToken(context.tokenSecret, credential, context.now());
  if (!accepted.includes('embed-token')) {
    throw new ProblemError('forbidden', 'This operation takes a secret key: call it from your backend.');
  }
  // A browser always sends Origin on cross-origin and POST requests; a token replayed from another site
  // is refused. Server-to-server calls send none and are trusted to the token's other checks.
  const origin = request.headers.origin;
  if (origin && origin !== claims.origin) {
    throw new ProblemError('forbidden', `This embed token is bound to ${claims.origin}, not ${origin}.`);
  }
  if (scope && !claims.scopes.includes(scope)) {
    throw new ProblemError('forbidden', `This embed token lacks the scope ${scope}.`);
  }
  return { kind: 'embed-token', ...claims };
}
