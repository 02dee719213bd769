import type { Transport } from '../http/transport.js';
import { WardListSchema } from '../schemas/places.js';
import type { WardList } from '../types.js';
import type { RequestOptions } from './request-options.js';

/** Hanoi's 126 communes and wards (since 1-7-2025). Public. */
export interface WardsResource {
  /** All wards and communes, with the list's attribution. */
  list(options?: RequestOptions): Promise<WardList>;
}

/** Creates the wards resource over a transport. */
export function createWardsResource(transport: Transport): WardsResource {
  return {
    list: (options) => transport.send({ path: 'v1/wards', schema: WardListSchema, signal: options?.signal }),
  };
}
