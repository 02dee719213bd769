import { errors, jwtVerify, SignJWT } from 'jose';
import { ProblemError } from '../http/problem.js';
import type { PartnerCode } from './test-keys.js';

/** The scopes an embed token may carry (the contract's `Scope`). */
export const SCOPES = [
  'dossier:create',
  'dossier:read',
  'dossier:update',
  'rating:create',
  'sandbox:simulate',
] as const;
export type Scope = (typeof SCOPES)[number];

/** What an embed token grants. */
export interface EmbedClaims {
  partnerCode: PartnerCode;
  origin: string;
  scopes: Scope[];
  agentPointId: string | null;
  staff: { id: string; fullName: string } | null;
  expiresAt: Date;
}

const ISSUER = 'dvc-kit-sandbox';
/** At most 15 minutes (product.md): a leaked token is soon useless. */
export const MAX_TOKEN_TTL_SECONDS = 900;

/** Signs an embed token (HS256 JWT; `aud` is the origin it is bound to). */
export async function signEmbedToken(secret: Uint8Array, claims: EmbedClaims, now: Date): Promise<string> {
  return new SignJWT({
    scope: claims.scopes.join(' '),
    ap: claims.agentPointId,
    staff: claims.staff,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setSubject(claims.partnerCode)
    .setAudience(claims.origin)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(claims.expiresAt.getTime() / 1000))
    .sign(secret);
}

/**
 * Verifies an embed token's signature, issuer and expiry against the sandbox clock. An expired token
 * answers `token-expired` (so clients refresh it); any other defect answers `unauthorized`.
 */
export async function verifyEmbedToken(secret: Uint8Array, token: string, now: Date): Promise<EmbedClaims> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      algorithms: ['HS256'],
      currentDate: now,
    });
    const scopes = String(payload.scope ?? '')
      .split(' ')
      .filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
    const audience = Array.isArray(payload.aud) ? payload.aud[0] : payload.aud;
    return {
      partnerCode: payload.sub as PartnerCode,
      origin: String(audience ?? ''),
      scopes,
      agentPointId: (payload.ap as string | null | undefined) ?? null,
      staff: (payload.staff as EmbedClaims['staff'] | undefined) ?? null,
      expiresAt: new Date((payload.exp ?? 0) * 1000),
    };
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      throw new ProblemError('token-expired', 'The embed token has expired; ask your backend for a new one.');
    }
    throw new ProblemError('unauthorized', 'The embed token is not valid (signature, issuer or format).');
  }
}
