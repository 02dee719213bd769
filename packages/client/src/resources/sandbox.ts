import type { Transport } from '../http/transport.js';
import { DossierSchema } from '../schemas/dossiers.js';
import type { Dossier, DossierAdvance } from '../types.js';
import { type RequestOptions, segment } from './request-options.js';

/** The sandbox's simulated back office. Not available in production (the server answers 404). */
export interface SandboxResource {
  /**
   * Moves a dossier to `to`, or along the happy path when `body` is omitted
   * (SUBMITTED → RECEIVED → PROCESSING → RESULT_READY → RETURNED).
   *
   * @example
   * await client.sandbox.advance(code, { to: 'SUPPLEMENT_REQUESTED', missingDocumentCodes: ['TP1'] });
   */
  advance(code: string, body?: DossierAdvance, options?: RequestOptions): Promise<Dossier>;
}

/** Creates the sandbox resource over a transport. */
export function createSandboxResource(transport: Transport): SandboxResource {
  return {
    advance: (code, body, options) =>
      transport.send({
        method: 'post',
        path: `v1/sandbox/dossiers/${segment(code)}/advance`,
        json: body ?? {},
        schema: DossierSchema,
        auth: true,
        signal: options?.signal,
      }),
  };
}
