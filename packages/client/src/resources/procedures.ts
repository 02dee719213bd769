import type { Transport } from '../http/transport.js';
import { ProcedureDetailSchema, ProcedurePageSchema } from '../schemas/catalogue.js';
import type { ProcedureDetail, ProcedurePage, ProcedureQuery } from '../types.js';
import { type RequestOptions, segment } from './request-options.js';

/** The catalogue of procedures ("thủ tục hành chính"). Public: no token is sent. */
export interface ProceduresResource {
  /**
   * Searches and filters procedures. `q` forgives missing diacritics. Answers are revalidated with
   * their `ETag`: an unchanged page costs a 304 and no body. Treat answers as read-only (the cached
   * body is shared).
   *
   * @example
   * const page = await client.procedures.list({ q: 'dang ky khai sinh', limit: 10 });
   */
  list(query?: ProcedureQuery, options?: RequestOptions): Promise<ProcedurePage>;
  /** One procedure in full (documents, cases, e-form); revalidated with its `ETag` like `list`. */
  get(code: string, options?: RequestOptions): Promise<ProcedureDetail>;
}

/** Creates the procedures resource over a transport. */
export function createProceduresResource(transport: Transport): ProceduresResource {
  return {
    list: (query, options) =>
      transport.send({
        path: 'v1/procedures',
        query,
        schema: ProcedurePageSchema,
        revalidate: true,
        signal: options?.signal,
      }),
    get: (code, options) =>
      transport.send({
        path: `v1/procedures/${segment(code)}`,
        schema: ProcedureDetailSchema,
        revalidate: true,
        signal: options?.signal,
      }),
  };
}
