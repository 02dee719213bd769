import { DEFAULT_PAGE_LIMIT, decodeCursor, encodeCursor } from '../http/cursor.js';
import { registerOperation, type SandboxApp, type SandboxContext } from '../http/operation.js';
import { WARDS_ATTRIBUTION } from '../seed/seed-data.js';
import { type LocationFilters, PlacesStore } from '../store/places-store.js';

interface ListLocationsQuery extends LocationFilters {
  limit?: number;
  cursor?: string;
}

/**
 * `GET /v1/locations`, `/v1/wards`, `/v1/partners` and `/v1/calendar/holidays` — public, no credential.
 * They are seeded reference data, so they are sent fresh (no caching headers): a partner's backend
 * that caches them decides for how long itself.
 */
export function registerPlaceRoutes(app: SandboxApp, context: SandboxContext): void {
  const places = new PlacesStore(context.db);

  registerOperation<unknown, ListLocationsQuery>(app, 'listLocations', async (request) => {
    const {
      type,
      wardCode,
      partnerCode,
      acceptsResultReturn,
      limit = DEFAULT_PAGE_LIMIT,
      cursor,
    } = request.query;
    const filters: LocationFilters = { type, wardCode, partnerCode, acceptsResultReturn };
    const offset = decodeCursor(cursor, { ...filters });
    const { items, total } = places.locations(filters, offset, limit);
    const end = offset + items.length;
    return { items, total, nextCursor: end < total ? encodeCursor(end, { ...filters }) : null };
  });

  // CC BY 4.0 requires the source and licence to travel with the data.
  registerOperation(app, 'listWards', async () => ({
    items: places.wards(),
    attribution: WARDS_ATTRIBUTION,
  }));

  registerOperation(app, 'listPartners', async () => ({ items: places.partners() }));

  registerOperation<unknown, { year: number }>(app, 'listHolidays', async (request) => ({
    year: request.query.year,
    items: places.holidays(request.query.year),
  }));
}
