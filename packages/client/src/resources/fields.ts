import type { Transport } from '../http/transport.js';
import { FieldListSchema } from '../schemas/catalogue.js';
import type { FieldList } from '../types.js';
import type { RequestOptions } from './request-options.js';

/** Fields of procedures ("lĩnh vực"). Public. */
export interface FieldsResource {
  /** All fields with their procedure counts. */
  list(options?: RequestOptions): Promise<FieldList>;
}

/** Creates the fields resource over a transport. */
export function createFieldsResource(transport: Transport): FieldsResource {
  return {
    list: (options) =>
      transport.send({ path: 'v1/fields', schema: FieldListSchema, signal: options?.signal }),
  };
}
