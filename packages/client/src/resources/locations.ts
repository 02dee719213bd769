import type { Transport } from '../http/transport.js';
import { LocationPageSchema } from '../schemas/places.js';
import type { LocationPage, LocationQuery } from '../types.js';
import type { RequestOptions } from './request-options.js';

/** The Center's locations and the partners' agent points. Public. */
export interface LocationsResource {
  /**
   * A page of places, filtered.
   *
   * @example
   * const { items } = await client.locations.list({ type: 'AGENT_POINT', acceptsResultReturn: true });
   */
  list(query?: LocationQuery, options?: RequestOptions): Promise<LocationPage>;
}

/** Creates the locations resource over a transport. */
export function createLocationsResource(transport: Transport): LocationsResource {
  return {
    list: (query, options) =>
      transport.send({ path: 'v1/locations', query, schema: LocationPageSchema, signal: options?.signal }),
  };
}
