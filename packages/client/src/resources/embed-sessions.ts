import type { Transport } from '../http/transport.js';
import { EmbedSessionSchema } from '../schemas/embed-sessions.js';
import type { EmbedSession, EmbedSessionCreate } from '../types.js';
import type { RequestOptions } from './request-options.js';

/** Embed sessions: the partner backend exchanges its secret key for a short-lived browser token. */
export interface EmbedSessionsResource {
  /**
   * Mints an embed token bound to `origin` and `scopes` (at most 15 minutes). Hand `token` to your page,
   * whose client returns it from `getToken`.
   *
   * @example
   * const { token, expiresAt } = await server.embedSessions.create({
   *   origin: 'https://quay.vnpost.vn',
   *   scopes: ['dossier:create', 'dossier:read'],
   *   agentPointId: 'loc-vnpost-ba-dinh-01',
   *   staff: { id: 'nv-0042', fullName: 'Trần Thị Bích' },
   * });
   */
  create(body: EmbedSessionCreate, options?: RequestOptions): Promise<EmbedSession>;
}

/** Creates the embed-sessions resource over a (secret-key) transport. */
export function createEmbedSessionsResource(transport: Transport): EmbedSessionsResource {
  return {
    create: (body, options) =>
      transport.send({
        method: 'post',
        path: 'v1/embed-sessions',
        json: body,
        schema: EmbedSessionSchema,
        auth: true,
        signal: options?.signal,
      }),
  };
}
