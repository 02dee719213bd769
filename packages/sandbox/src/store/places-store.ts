import type { Holiday, Location, LocationType, Partner, PartnerCode, Ward } from '../seed/seed-types.js';
import type { SandboxDatabase } from './database.js';

/** The filters of `GET /v1/locations`; an absent filter keeps every location. */
export interface LocationFilters {
  type?: LocationType;
  wardCode?: string;
  partnerCode?: PartnerCode;
  acceptsResultReturn?: boolean;
}

/**
 * The Center's own places first, from the head office down to the commune centers, then the agent
 * points: the order in which a citizen looks for somewhere to go.
 */
const LOCATION_TYPE_ORDER = `CASE type
  WHEN 'HEAD_OFFICE' THEN 0 WHEN 'BRANCH' THEN 1 WHEN 'RECEIVING_POINT' THEN 2
  WHEN 'COMMUNE_CENTER' THEN 3 ELSE 4 END`;

function parseRows<T>(rows: unknown[]): T[] {
  return (rows as { data: string }[]).map((row) => JSON.parse(row.data) as T);
}

/**
 * Reads the places tables: wards, partners, locations and the holiday calendar. Locations are paged
 * in SQL (there are hundreds of agent points); the short lists are read whole.
 */
export class PlacesStore {
  readonly #db: SandboxDatabase;

  constructor(db: SandboxDatabase) {
    this.#db = db;
  }

  /** One location by id, or undefined. */
  location(id: string): Location | undefined {
    const row = this.#db.prepare('SELECT data FROM locations WHERE id = ?').get(id) as
      | { data: string }
      | undefined;
    return row ? (JSON.parse(row.data) as Location) : undefined;
  }

  /** One page of the locations passing `filters`, and how many pass them in all. */
  locations(filters: LocationFilters, offset: number, limit: number): { items: Location[]; total: number } {
    const conditions: string[] = [];
    const values: (string | number)[] = [];
    if (filters.type !== undefined) {
      conditions.push('type = ?');
      values.push(filters.type);
    }
    if (filters.wardCode !== undefined) {
      conditions.push('ward_code = ?');
      values.push(filters.wardCode);
    }
    if (filters.partnerCode !== undefined) {
      conditions.push('partner_code = ?');
      values.push(filters.partnerCode);
    }
    if (filters.acceptsResultReturn !== undefined) {
      conditions.push('accepts_result_return = ?');
      values.push(filters.acceptsResultReturn ? 1 : 0);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const { total } = this.#db.prepare(`SELECT count(*) AS total FROM locations ${where}`).get(...values) as {
      total: number;
    };
    const rows = this.#db
      .prepare(`SELECT data FROM locations ${where} ORDER BY ${LOCATION_TYPE_ORDER}, id LIMIT ? OFFSET ?`)
      .all(...values, limit, offset);
    return { items: parseRows<Location>(rows), total };
  }

  /** Every ward and commune, by code. */
  wards(): Ward[] {
    return parseRows<Ward>(this.#db.prepare('SELECT data FROM wards ORDER BY code').all());
  }

  /** Every partner, in the order of the seed data (the Center's own order of its partners). */
  partners(): Partner[] {
    return parseRows<Partner>(this.#db.prepare('SELECT data FROM partners ORDER BY rowid').all());
  }

  /** The holidays of one year, by date; none for a year the calendar does not cover. */
  holidays(year: number): Holiday[] {
    return parseRows<Holiday>(
      this.#db
        .prepare('SELECT data FROM holidays WHERE date >= ? AND date < ? ORDER BY date')
        .all(`${year}-01-01`, `${year + 1}-01-01`),
    );
  }
}
