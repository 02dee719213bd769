import type { Transport } from '../http/transport.js';
import { PartnerListSchema } from '../schemas/places.js';
import type { PartnerList } from '../types.js';
import type { RequestOptions } from './request-options.js';

/** The partners that run agent points. Public. */
export interface PartnersResource {
  /** All partners with their agent point counts. */
  list(options?: RequestOptions): Promise<PartnerList>;
}

/** Creates the partners resource over a transport. */
export function createPartnersResource(transport: Transport): PartnersResource {
  return {
    list: (options) =>
      transport.send({ path: 'v1/partners', schema: PartnerListSchema, signal: options?.signal }),
  };
}
