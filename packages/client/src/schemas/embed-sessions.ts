import * as z from 'zod/mini';
import { PartnerCodeSchema } from './common.js';

/** `Scope`: what an embed token may do. */
export const ScopeSchema = z.enum([
  'dossier:create',
  'dossier:read',
  'dossier:update',
  'rating:create',
  'sandbox:simulate',
]);

/** `Staff`: the agent-point staff member who files for the citizen. */
export const StaffSchema = z.object({ id: z.string(), fullName: z.string() });

// The contract's default lifetime of an embed token: 15 minutes, so a leaked token is soon useless.
const DEFAULT_EMBED_TTL_SECONDS = 900;

/**
 * `EmbedSessionCreate` (request): `ttlSeconds` is optional on input and defaults to the contract's
 * 900 s on output, like the server applies it.
 */
export const EmbedSessionCreateSchema = z.object({
  origin: z.string(),
  scopes: z.array(ScopeSchema),
  agentPointId: z.optional(z.string()),
  staff: z.optional(StaffSchema),
  ttlSeconds: z._default(z.number(), DEFAULT_EMBED_TTL_SECONDS),
});

/** `EmbedSession`: the embed token and what it is bound to. */
export const EmbedSessionSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  scopes: z.array(ScopeSchema),
  origin: z.string(),
  partnerCode: PartnerCodeSchema,
  agentPointId: z.nullable(z.string()),
  staff: z.nullable(StaffSchema),
});
