import type { FastifyReply } from 'fastify';
import { sendWithEtag } from '../http/conditional.js';
import { pageOf } from '../http/cursor.js';
import { registerOperation, type SandboxApp, type SandboxContext } from '../http/operation.js';
import { ProblemError } from '../http/problem.js';
import { CatalogueStore, type ProcedureFilters } from '../store/catalogue-store.js';

/**
 * The catalogue changes only when the sandbox is re-seeded, so browsers and CDNs may reuse an answer
 * for five minutes without asking, then revalidate it with the ETag (a 304 costs no body). Five
 * minutes keeps a picker snappy while a catalogue update still shows up within the same session.
 */
const CATALOGUE_CACHE_CONTROL = 'public, max-age=300';

interface ListProceduresQuery extends ProcedureFilters {
  q?: string;
  limit?: number;
  cursor?: string;
}

function cacheable(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', CATALOGUE_CACHE_CONTROL);
}

/** `GET /v1/procedures`, `GET /v1/procedures/{code}` and `GET /v1/fields` — public, no credential. */
export function registerCatalogueRoutes(app: SandboxApp, context: SandboxContext): void {
  // One snapshot and search index per app, built when the app starts rather than on the first search.
  const catalogue = CatalogueStore.load(context.db);

  registerOperation<unknown, ListProceduresQuery>(app, 'listProcedures', async (request, reply) => {
    const { q, field, level, onlineLevel, agentAssisted, limit, cursor } = request.query;
    const filters: ProcedureFilters = { field, level, onlineLevel, agentAssisted };
    const matches = catalogue.find(q, filters);
    // The cursor is bound to the query as typed after NFC, so "Đăng ký" in NFD pages like NFC.
    const page = pageOf(matches, { cursor, limit }, { q: q?.normalize('NFC'), ...filters });
    return sendWithEtag(request, cacheable(reply), page);
  });

  registerOperation<unknown, unknown, { code: string }>(app, 'getProcedure', async (request, reply) => {
    const procedure = catalogue.procedure(request.params.code);
    if (!procedure) throw new ProblemError('not-found', `No procedure has the code ${request.params.code}.`);
    return sendWithEtag(request, cacheable(reply), procedure);
  });

  registerOperation(app, 'listFields', async (_request, reply) => {
    cacheable(reply);
    return { items: catalogue.fields() };
  });
}
