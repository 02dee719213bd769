import type { Transport } from '../http/transport.js';
import { DossierRatingSchema, LocationRatingSchema } from '../schemas/ratings.js';
import type { DossierRating, DossierRatingCreate, LocationRating, LocationRatingCreate } from '../types.js';
import { type RequestOptions, segment } from './request-options.js';

/** Satisfaction ratings. Only the citizen rates — never the agent on their behalf. */
export interface RatingsResource {
  /**
   * The citizen rates the service for a dossier, once, after the result is ready. The owner's ID number
   * proves it is the citizen; `via` says whose device they used.
   *
   * @example
   * await client.ratings.rateDossier(code, {
   *   ownerPersonalId, satisfaction: 'DISSATISFIED', reasons: ['LATE'], via: 'COUNTER_HANDOVER',
   * });
   */
  rateDossier(code: string, body: DossierRatingCreate, options?: RequestOptions): Promise<DossierRating>;
  /** 1–5 stars for an agent point. */
  rateLocation(id: string, body: LocationRatingCreate, options?: RequestOptions): Promise<LocationRating>;
}

/** Creates the ratings resource over a transport. */
export function createRatingsResource(transport: Transport): RatingsResource {
  return {
    rateDossier: (code, body, options) =>
      transport.send({
        method: 'post',
        path: `v1/dossiers/${segment(code)}/rating`,
        json: body,
        schema: DossierRatingSchema,
        auth: true,
        signal: options?.signal,
      }),
    rateLocation: (id, body, options) =>
      transport.send({
        method: 'post',
        path: `v1/locations/${segment(id)}/ratings`,
        json: body,
        schema: LocationRatingSchema,
        auth: true,
        signal: options?.signal,
      }),
  };
}
