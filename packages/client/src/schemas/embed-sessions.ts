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

/**
 * `EmbedSessionCreate` (request): `ttlSeconds` may be left out, and the server then applies the
 * contract's default (900 s).
 */
export const EmbedSessionCreateSchema = z.object({
  origin: z.string(),
  scopes: z.array(ScopeSchema),
  agentPointId: z.optional(z.string()),
  staff: z.optional(StaffSchema),
  ttlSeconds: z.optional(z.number()),
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
